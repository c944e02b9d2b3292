// `npm run bench`: oxu against real accessibility toolbars, in headless
// Chromium, on pages served from 127.0.0.1. Prints a Markdown table and writes
// bench/results.md, bench/results.json and bench/apply-cost.svg.
//
//   BENCH_RUNS=7      runs per figure (default 7; fewer only for quick checks)
//   BENCH_SIZES=1000,10000,50000   page sizes for the apply-cost figures
//   BENCH_ONLY=oxu,sienna          measure only these toolbars (+ references)
//   BENCH_FULL=1                   also the slowest series (textPixelMode at 50,000)
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants as zc } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { loadavg, cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../scripts/find-browsers.mjs';
import { startServer } from './server.mjs';
import { TOOLBARS } from './toolbars.mjs';
import { SAMPLES, demoAvailable } from './pages.mjs';
import { measureLoad, measureSteps, measureWidths } from './measure.mjs';
import { summary } from './stats.mjs';
import { report } from './report.mjs';
import { applyCostChart } from './chart.mjs';
import { moduleSizes } from './module-sizes.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS || 7));
const SIZES = (process.env.BENCH_SIZES || '1000,10000,50000').split(',').map(Number);
const UNITS = ['px', 'rem'];
/** The reading settings besides text size and the value a visitor would pick first. */
const SETTING_STEPS = [
  ['colorScheme', 'white-on-black'],
  ['letterSpacing', 'wide'],
  ['lineSpacing', 'wide'],
  ['fontFamily', 'sans'],
  ['images', 'hidden'],
  ['motion', 'reduced'],
];
const FULL = !!process.env.BENCH_FULL;
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : null;
const t0 = Date.now();
const log = (...a) => console.error(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s]`, ...a);

const pkgVersion = (name) => JSON.parse(readFileSync(join(ROOT, name ? `node_modules/${name}/package.json` : 'package.json'), 'utf8')).version;

const products = TOOLBARS.filter((t) => !t.reference && (!ONLY || ONLY.includes(t.id)));
const zoom = TOOLBARS.find((t) => t.id === 'zoom');
const none = TOOLBARS.find((t) => t.id === 'none');
for (const t of products) t.version = pkgVersion(t.pkg);

/** Rotates the order each run so no toolbar always goes first. */
const rotated = (list, r) => list.map((_, i) => list[(i + r) % list.length]);

const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  sizes: SIZES,
  commit: (() => {
    try {
      return execFileSync('git', ['log', '-1', '--format=%h %s'], { cwd: ROOT }).toString().trim();
    } catch {
      return null;
    }
  })(),
  toolbars: products.map((t) => ({ id: t.id, label: t.label, version: t.version, step: t.stepLabel })),
  size: {},
  load: {},
  apply: {},
  rules: {},
  correctness: {},
  blocked: {},
  errors: {},
  skipped: [],
};

const note = (tb, r) => {
  for (const u of r.blocked || []) (results.blocked[tb.id] ??= new Set()).add(u);
  results.blocked[`${tb.id}#count`] = (results.blocked[`${tb.id}#count`] || 0) + (r.blocked?.length || 0);
  for (const e of r.errors || []) (results.errors[tb.id] ??= new Set()).add(e);
};

// The build under test, read once: others may rebuild dist/ while this runs.
const snapshots = new Map();
for (const tb of products) for (const f of tb.files) snapshots.set(f, readFileSync(join(ROOT, f)));

// 1. Size -------------------------------------------------------------------
for (const tb of products) {
  const bufs = tb.files.map((f) => snapshots.get(f));
  const total = Buffer.concat(bufs);
  results.size[tb.id] = {
    files: tb.files.map((f) => f.replace(/^node_modules\//, '')),
    raw: total.length,
    gzip: bufs.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0),
    brotli: bufs.reduce((s, b) => s + brotliCompressSync(b, { params: { [zc.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
}

results.modules = await moduleSizes();

const executablePath = await findChrome();
const server = await startServer(ROOT, snapshots);
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
results.browser = `${browser.browserType().name()} ${browser.version()}`;
results.loadBefore = loadavg()[0];
results.cores = cpus().length;
log('Chromium only: the peers are compared where the trace (CDP) measures scripting and paint; npm test covers Firefox and WebKit.');
log(`${results.browser}; load average ${results.loadBefore.toFixed(1)} on ${results.cores} cores; ${RUNS} runs per figure; toolbars: ${products.map((t) => `${t.label}@${t.version}`).join(', ')}`);

try {
  // 2 + 4. Load cost, layout shift and flash, with a saved setting -----------
  const demoSample = 'main p';
  results.demoPage = demoAvailable(ROOT) ? 'demo/index.html' : 'built-in stand-in (demo/index.html not found)';
  const loadRuns = {};
  // warm-up (not recorded): the browser's first page load pays for itself
  await measureLoad(browser, server.origin, none, { url: `${server.origin}/page/demo?tb=none`, sample: demoSample });
  for (let r = 0; r < RUNS; r++) {
    for (const tb of rotated([none, ...products], r)) {
      const res = await measureLoad(browser, server.origin, tb, { url: `${server.origin}/page/demo?tb=${tb.id}`, sample: demoSample });
      note(tb, res);
      (loadRuns[tb.id] ??= []).push(res);
    }
  }
  const baseFont = summary(loadRuns.none.map((x) => x.finalFontSize))?.median;
  for (const [id, runs] of Object.entries(loadRuns)) {
    results.load[id] = {
      evalMs: summary(runs.map((x) => x.evalMs)),
      toolbarMs: summary(runs.map((x) => x.toolbarMs)),
      fcp: summary(runs.map((x) => x.fcp)),
      cls: summary(runs.map((x) => x.cls)),
      firstFrameAtSaved: runs.filter((x) => x.firstFrameAtFinal).length,
      blockedPerLoad: summary(runs.map((x) => x.blocked.length))?.median ?? 0,
      runs: runs.length,
      savedRatio: baseFont ? summary(runs.map((x) => x.finalFontSize / baseFont)) : null,
      raw: runs.map(({ errors, ...x }) => x),
    };
  }
  log('load: done');

  // 3. Apply cost as the page grows ------------------------------------------
  // One load per toolbar and page; RUNS level changes on it (up, back, up, ...).
  const applied = [...products, zoom];
  let k = 0;
  for (const unit of UNITS) {
    for (const n of SIZES) {
      const key = `${unit}-${n}`;
      results.apply[key] = {};
      for (const tb of rotated(applied, k++)) {
        if (tb.maxGrowth && n > tb.maxGrowth && !FULL) {
          results.skipped.push(`${tb.id} ${key}`);
          continue;
        }
        const res = await measureSteps(browser, server.origin, tb, {
          url: `${server.origin}/page/growth?tb=${tb.id}&n=${n}&unit=${unit}`,
          sample: '#main .x a',
          runs: RUNS,
        });
        note(tb, res);
        const rs = res.steps;
        const pick = (f) => summary(rs.map(f));
        results.apply[key][tb.id] = {
          frameMs: pick((x) => x.frameMs),
          syncMs: pick((x) => x.syncMs),
          scriptMs: pick((x) => x.split?.script),
          styleMs: pick((x) => x.split?.style),
          layoutMs: pick((x) => x.split?.layout),
          paintMs: pick((x) => x.split?.paint),
          heapMB: pick((x) => x.heapMB),
          scaled: summary(rs.filter((x) => x.dir === 'up').map((x) => x.scaled)),
          first: { frameMs: rs[0].frameMs, scriptMs: rs[0].split?.script ?? null },
          raw: rs,
        };
      }
      log(`apply ${key}: ${Object.entries(results.apply[key]).map(([id, v]) => `${id} ${v.frameMs?.median.toFixed(1)} ms`).join(', ')}`);
    }
  }

  // oxu between two levels: a visitor already reading larger picks another size.
  {
    const oxu = products.find((t) => t.id === 'oxu');
    if (oxu) {
      const between = { ...oxu, setup: 'Oxu.set({ fontSize: 125 })', setupReady: 'true', step: 'Oxu.set({ fontSize: 150 })', undo: 'Oxu.set({ fontSize: 125 })' };
      results.levels = {};
      for (const n of SIZES) {
        const res = await measureSteps(browser, server.origin, between, { url: `${server.origin}/page/growth?tb=oxu&n=${n}&unit=px`, sample: '#main .x a', runs: RUNS });
        note(oxu, res);
        results.levels[n] = { frameMs: summary(res.steps.map((x) => x.frameMs)), scriptMs: summary(res.steps.map((x) => x.split?.script)) };
      }
      log(`oxu between levels: ${Object.entries(results.levels).map(([n, v]) => `${n}: ${v.scriptMs?.median.toFixed(2)} ms script`).join(', ')}`);
    }
  }

  // Every reading setting: the first step on a fresh page apart from later ones --
  // Each setting switched on (and back) on the growing px page, oxu only; CSS zoom
  // is the relayout floor of the settings that change layout.
  {
    const oxu = products.find((t) => t.id === 'oxu');
    if (oxu) {
      results.settings = {};
      for (const [setting, value] of SETTING_STEPS) {
        const tb = { ...oxu, step: `Oxu.set({ ${setting}: '${value}' })`, undo: `Oxu.set({ ${setting}: 'default' })` };
        results.settings[setting] = { value };
        for (const n of SIZES) {
          const res = await measureSteps(browser, server.origin, tb, { url: `${server.origin}/page/growth?tb=oxu&n=${n}&unit=px`, sample: '#main .x a', runs: RUNS, heap: false });
          note(oxu, res);
          const later = res.steps.slice(1);
          results.settings[setting][n] = {
            first: { scriptMs: res.steps[0].split?.script ?? null, frameMs: res.steps[0].frameMs },
            scriptMs: summary(later.map((x) => x.split?.script)),
            frameMs: summary(later.map((x) => x.frameMs)),
            zoomFrameMs: results.apply[`px-${n}`]?.zoom?.frameMs?.median ?? null,
          };
        }
        log(`${setting}: ${SIZES.map((n) => `${n}: first ${results.settings[setting][n].first.scriptMs?.toFixed(2)} ms script`).join(', ')}`);
      }
    }
  }

  // Where oxu's own script goes: its load, and its first step on fresh px pages of the
  // smallest and largest size (one sample per page above), traced with V8's compile
  // events (a heavier trace, so apart from the figures above).
  {
    const oxu = products.find((t) => t.id === 'oxu');
    if (oxu) {
      const loads = [];
      for (let r = 0; r < RUNS; r++) loads.push(await measureLoad(browser, server.origin, oxu, { url: `${server.origin}/page/demo?tb=oxu`, sample: 'main p', why: true }));
      const n = Math.max(...SIZES);
      const n0 = Math.min(...SIZES);
      // The first step on RUNS fresh pages of each size; later steps on the first of the largest.
      const fresh = async (size) => {
        const out = [];
        for (let r = 0; r < RUNS; r++) {
          const res = await measureSteps(browser, server.origin, oxu, { url: `${server.origin}/page/growth?tb=oxu&n=${size}&unit=px`, sample: '#main .x a', runs: r === 0 && size === n ? RUNS : 1, heap: false, why: true });
          note(oxu, res);
          out.push(res);
        }
        return out;
      };
      const small = await fresh(n0);
      const big = await fresh(n);
      const split = (steps) => ({
        scriptMs: summary(steps.map((x) => x.split?.script)),
        compileMs: summary(steps.map((x) => x.split?.compile)),
        gcMs: summary(steps.map((x) => x.split?.gc)),
      });
      results.why = {
        n,
        n0,
        eval: { ms: summary(loads.map((x) => x.evalMs)), compileMs: summary(loads.map((x) => x.evalCompileMs)), gcMs: summary(loads.map((x) => x.evalGcMs)) },
        first0: split(small.map((x) => x.steps[0])),
        first: split(big.map((x) => x.steps[0])),
        later: split(big[0].steps.slice(1)),
        searchMs: big[0].searchMs,
      };
      // The painted frame against CSS zoom, the two loaded in turn (4 loads each, RUNS steps per load):
      // one load each, as in the growth table, leaves the ratio to the machine's drift between loads.
      results.why.frames = {};
      for (const unit of zoom ? UNITS : []) {
        const acc = { oxu: [], zoom: [] };
        for (let r = 0; r < 4; r++) {
          for (const tb of r % 2 ? [zoom, oxu] : [oxu, zoom]) {
            const res = await measureSteps(browser, server.origin, tb, { url: `${server.origin}/page/growth?tb=${tb.id}&n=${n}&unit=${unit}`, sample: '#main .x a', runs: RUNS + 1, heap: false });
            acc[tb.id].push(...res.steps.slice(1).map((x) => x.frameMs));
          }
        }
        results.why.frames[unit] = { oxu: summary(acc.oxu), zoom: summary(acc.zoom) };
      }
      const W = results.why;
      log(`why: eval ${W.eval.ms?.median.toFixed(2)} ms (compile ${W.eval.compileMs?.median.toFixed(2)}), first step ${n0}: ${W.first0.scriptMs?.median.toFixed(2)} ms, ${n}: ${W.first.scriptMs?.median.toFixed(2)} ms (gc ${W.first.gcMs?.median.toFixed(2)}), later ${W.later.scriptMs?.median.toFixed(2)} ms, search ${W.searchMs?.toFixed(2)} ms`);
    }
  }

  // 5,000 CSS rules: the first application, on a fresh page each run ----------
  // oxu (whose first application rewrites the page's rules) and the toolbars
  // that walk the page reading computed styles; the others only toggle a class
  // or one property and are left out to keep the run short.
  {
    const runs = {};
    const ruled = products.filter((t) => ['oxu', 'sienna', 'accessibility-px'].includes(t.id));
    for (let r = 0; r < RUNS; r++) {
      for (const tb of rotated(ruled, r)) {
        const res = await measureSteps(browser, server.origin, tb, { url: `${server.origin}/page/rules?tb=${tb.id}&n=5000`, sample: '#main p', heap: false });
        note(tb, res);
        (runs[tb.id] ??= []).push(res.steps[0]);
      }
    }
    for (const [id, rs] of Object.entries(runs)) {
      results.rules[id] = {
        scriptMs: summary(rs.map((x) => x.split?.script)),
        syncMs: summary(rs.map((x) => x.syncMs)),
        frameMs: summary(rs.map((x) => x.frameMs)),
        scaled: summary(rs.map((x) => x.scaled)),
      };
    }
    log('5,000 rules: done');
  }

  // 5. Scaling correctness (layout is deterministic: one run each) -----------
  {
    const ids = ['h1', 'p', ...SAMPLES.map(([id]) => id)];
    const url = (tb) => `${server.origin}/page/correctness?tb=${tb.id}`;
    const base = await measureWidths(browser, server.origin, none, { url: url(none), ids, step: false });
    for (const tb of [...products, zoom]) {
      const after = await measureWidths(browser, server.origin, tb, { url: url(tb), ids });
      const ratio = Object.fromEntries(ids.map((id) => [id, after[id].width / base[id].width]));
      results.correctness[tb.id] = {
        ratio,
        h1p: { before: base.h1.fontSize / base.p.fontSize, after: (base.h1.fontSize / base.p.fontSize) * (ratio.h1 / ratio.p) },
        sidewaysScroll: after.scrollWidth > 1280,
      };
    }
    log('correctness: done');
  }
} finally {
  await browser.close();
  await server.close();
}

for (const k of Object.keys(results.blocked)) if (results.blocked[k] instanceof Set) results.blocked[k] = [...results.blocked[k]];
for (const k of Object.keys(results.errors)) results.errors[k] = [...results.errors[k]];
results.seconds = (Date.now() - t0) / 1000;
results.loadAfter = loadavg()[0];

const md = report(results, { products, zoom });
// What a step buys, beside its cost: text × for px text after one step, and h1 : p.
const achieved = (id) => {
  const c = results.correctness[id];
  return c ? ` — one step: px text ×${c.ratio.px.toFixed(2)}, h1 : p ${c.h1p.after.toFixed(2)}` : '';
};
const lineOf = (tb, unit, metric) => ({
  id: tb.id,
  label: (tb.reference ? tb.label : `${tb.label} ${tb.version}`) + achieved(tb.id),
  points: SIZES.map((n) => ({ n, ms: results.apply[`${unit}-${n}`]?.[tb.id]?.[metric]?.median ?? 0 })),
});
const svg = applyCostChart({
  title: `Cost of one "bigger text" step as the page grows, median of ${RUNS} (lower is better)`,
  yLabel: 'ms (log scale)',
  sizes: SIZES,
  panels: [
    ...UNITS.map((unit) => ({ title: `to the next painted frame, text in ${unit}`, series: [...products, zoom].map((tb) => lineOf(tb, unit, 'frameMs')) })),
    { title: 'of which scripting, text in px', series: [...products, zoom].map((tb) => lineOf(tb, 'px', 'scriptMs')) },
  ],
});
writeFileSync(join(ROOT, 'bench/results.md'), md);
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, 1) + '\n');
writeFileSync(join(ROOT, 'bench/apply-cost.svg'), svg);
process.stdout.write(md);
log(`done in ${results.seconds.toFixed(0)} s`);
