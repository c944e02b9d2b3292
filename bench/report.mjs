// The Markdown report: the tables and oxu's targets, met or missed.
import { fmt, fmtS } from './stats.mjs';
import { SAMPLES } from './pages.mjs';

const kb = (b) => (b / 1024).toFixed(1);
const row = (cells) => `| ${cells.join(' | ')} |`;
const head = (cells) => `${row(cells)}\n${row(cells.map((c, i) => (i === 0 ? '---' : '---:')))}`;

export function report(R, { products, zoom }) {
  const name = (id) => {
    const t = R.toolbars.find((t) => t.id === id);
    return t ? `${t.label} ${t.version}` : id === 'zoom' ? zoom.label : id === 'none' ? 'no toolbar (reference)' : id;
  };
  const ids = products.map((t) => t.id);
  const out = [];
  const maxN = Math.max(...R.sizes);
  out.push('# oxu benchmark');
  out.push('');
  out.push(
    `${R.browser}, headless, 1280×800, pages served from 127.0.0.1; ${R.runs} runs per figure, shown as median (min–max); ` +
      `${R.date.slice(0, 10)}, commit \`${R.commit ?? '?'}\`; whole run ${fmt(R.seconds, 0)} s on ${R.cores} cores ` +
      `(load average ${fmt(R.loadBefore, 1)} before, ${fmt(R.loadAfter, 1)} after: other work on the machine adds noise to every row alike).`,
  );
  out.push('');
  out.push('## Measured');
  out.push('');
  out.push(head(['toolbar', 'version', 'one visitor step of "bigger text"', 'requests to other origins, blocked (per demo load; all runs)']));
  for (const t of R.toolbars) {
    const blocked = R.blocked[t.id] || [];
    const count = R.blocked[`${t.id}#count`] || 0;
    const per = R.load[t.id]?.blockedPerLoad ?? 0;
    const what = blocked.map((u) => { const x = new URL(u); return x.pathname.split('/').pop() || x.pathname; });
    out.push(row([t.label, t.version, t.step, count ? `${per}; ${count} in all (${[...new Set(what)].join(', ')})` : '0']));
  }
  out.push('');
  out.push('## 1. Size of the drop-in');
  out.push('');
  out.push(head(['', 'files', 'raw KB', 'gzip -9 KB', 'brotli KB']));
  for (const id of ids) {
    const s = R.size[id];
    out.push(row([name(id), s.files.join(' + '), kb(s.raw), kb(s.gzip), kb(s.brotli)]));
  }
  if (R.modules?.length) {
    out.push('');
    out.push('What each module of oxu\'s drop-in costs, minified and gzipped alone (alone a module compresses worse than in the file, so this ranks them rather than splitting the total; `node bench/module-sizes.mjs` prints it without the rest of the bench):');
    out.push('');
    out.push(head(['module', 'min KB', 'gzip KB']));
    for (const m of R.modules) out.push(row([m.module, (m.min / 1024).toFixed(2), (m.gzip / 1024).toFixed(2)]));
  }
  out.push('');
  out.push(`## 2 + 4. Load with a saved "bigger text" setting (${R.demoPage})`);
  out.push('');
  out.push(
    'Script in `<head>`, initialised as its README says. *Eval*: evaluation of the drop-in file (trace `EvaluateScript`); ' +
      '*main thread*: all scripting plus the style/layout it forces, started by the toolbar\'s files, from navigation until settled; ' +
      '*first frame*: runs in which the first animation frame with the sample paragraph already had its final size; ' +
      '*saved size*: final size of that paragraph against the page without a toolbar.',
  );
  out.push('');
  out.push(head(['', 'eval ms', 'main thread ms', 'first contentful paint ms', 'CLS', 'first frame at saved size', 'saved size ×']));
  for (const id of ['none', ...ids]) {
    const l = R.load[id];
    if (!l) continue;
    out.push(
      row([
        name(id),
        id === 'none' ? '–' : fmtS(l.evalMs),
        id === 'none' ? '–' : fmtS(l.toolbarMs),
        fmtS(l.fcp, 0),
        fmtS(l.cls, 3),
        `${l.firstFrameAtSaved}/${l.runs}`,
        l.savedRatio ? fmt(l.savedRatio.median, 2) : '–',
      ]),
    );
  }
  out.push('');
  out.push('## 3. Apply cost as the page grows');
  out.push('');
  out.push(
    `One page load per toolbar and page, then ${R.runs} level changes on it: the visitor's step up, the toolbar's own way back, up again, … ` +
      '(the first is the first application on a fresh page; it is also shown on its own below). Each is timed from the step (run in a task of its own) ' +
      'to the end of the next frame\'s main-thread rendering, ms. Generated pages of news blocks (10 elements each); *text ×*: rendered width of a link in body text after a step up.',
  );
  out.push('');
  const keys = ['px', 'rem'].flatMap((u) => R.sizes.map((n) => `${u}-${n}`)).filter((k) => R.apply[k]);
  out.push(head(['', ...keys.map((k) => k.replace('-', ' ').replace(/(\d+)$/, (n) => Number(n).toLocaleString('en')))]));
  for (const id of [...ids, 'zoom']) out.push(row([name(id), ...keys.map((k) => (R.apply[k][id] ? fmtS(R.apply[k][id].frameMs) : 'not run'))]));
  out.push('');
  if (R.skipped?.length) {
    out.push(`Not run: ${R.skipped.join(', ')} (one step takes seconds there; \`BENCH_FULL=1\` runs it, past the 5-minute budget).`);
    out.push('');
  }
  for (const unit of ['px', 'rem']) {
    const k = `${unit}-${maxN}`;
    if (!R.apply[k]) continue;
    out.push(`### ${maxN.toLocaleString('en')} elements, text in ${unit}: where the time goes (trace)`);
    out.push('');
    out.push(head(['', 'to next frame ms', 'scripting ms', 'style ms', 'layout ms', 'paint ms', 'first step: frame / scripting ms', 'JS heap in use MB', 'text ×']));
    for (const id of [...ids, 'zoom']) {
      const a = R.apply[k][id];
      if (!a) continue;
      out.push(row([name(id), fmtS(a.frameMs), fmtS(a.scriptMs), fmtS(a.styleMs), fmtS(a.layoutMs), fmtS(a.paintMs), `${fmt(a.first.frameMs)} / ${fmt(a.first.scriptMs)}`, fmt(a.heapMB?.median, 1), fmt(a.scaled?.median, 2)]));
    }
    out.push('');
  }
  out.push('Scripting at every size (ms, median):');
  out.push('');
  out.push(head(['', ...keys.map((k) => k.replace('-', ' '))]));
  for (const id of ids) out.push(row([name(id), ...keys.map((k) => fmt(R.apply[k][id]?.scriptMs?.median))]));
  out.push('');
  if (R.levels) {
    out.push('### oxu between two levels (125 % ↔ 150 %), text in px');
    out.push('');
    out.push('A visitor already reading larger picks another size: only the one-line scale sheet changes.');
    out.push('');
    out.push(head(['elements', 'scripting ms', 'to next frame ms']));
    for (const [n, l] of Object.entries(R.levels)) out.push(row([Number(n).toLocaleString('en'), fmtS(l.scriptMs), fmtS(l.frameMs)]));
    out.push('');
  }
  if (R.settings) {
    out.push('### oxu, every other setting switched on, text in px');
    out.push('');
    out.push(
      'The first time on a fresh page apart (it builds the setting\'s sheets), then the median of the later steps on and off. ' +
        '*× zoom*: to the next frame against CSS `zoom: 1.5` on the same page, the cost of relaying it out (settings that change layout).',
    );
    out.push('');
    out.push(head(['setting', 'elements', 'first: scripting ms', 'later: scripting ms', 'later: to next frame ms', '× zoom']));
    for (const [setting, bySize] of Object.entries(R.settings)) {
      for (const n of R.sizes) {
        const v = bySize[n];
        if (!v) continue;
        const ratio = v.zoomFrameMs && v.frameMs?.median ? v.frameMs.median / v.zoomFrameMs : null;
        out.push(row([`${setting}: ${bySize.value}`, Number(n).toLocaleString('en'), fmt(v.first.scriptMs), fmtS(v.scriptMs), fmtS(v.frameMs), fmt(ratio, 2)]));
      }
    }
    out.push('');
  }
  const W = R.why;
  if (W) {
    const n = W.n.toLocaleString('en');
    out.push("### Where oxu's own script goes");
    out.push('');
    out.push(
      `oxu's load on the demo (${R.runs} loads), its first step on ${R.runs} fresh px pages of each size and its later steps on one of them, traced with V8's compile events (a heavier trace, so apart from the figures above). ` +
        '*Compiling*: V8 compiling a function at its first call (`V8.CompileCode`); *GC*: garbage collection on the main thread, of the whole page\'s heap, whenever it falls due; ' +
        `*search*: one \`document.querySelectorAll('[style]')\` on the same page, timed in it.`,
    );
    out.push('');
    out.push(head(['', 'script ms', 'of which compiling ms', 'of which GC ms']));
    out.push(row(['evaluation in `<head>`, saved 150 %', fmtS(W.eval.ms), fmtS(W.eval.compileMs), fmtS(W.eval.gcMs)]));
    if (W.first0) out.push(row([`first step, ${W.n0.toLocaleString('en')} elements`, fmtS(W.first0.scriptMs), fmtS(W.first0.compileMs), fmtS(W.first0.gcMs)]));
    out.push(row([`first step, ${n} elements`, fmtS(W.first.scriptMs), fmtS(W.first.compileMs), fmtS(W.first.gcMs)]));
    out.push(row([`later steps, ${n} elements`, fmtS(W.later.scriptMs), fmtS(W.later.compileMs), fmtS(W.later.gcMs)]));
    out.push(row([`search of the page for style attributes, ${n} elements`, fmt(W.searchMs), '', '']));
    out.push('');
  }
  out.push('## First application on a page with 5,000 CSS rules');
  out.push('');
  out.push('1,000 paragraphs, 5,000 rules in mixed units and wrappers; fresh page each run. oxu and the toolbars that walk the page reading computed styles.');
  out.push('');
  out.push(head(['', 'scripting ms', 'to next frame ms', 'text ×']));
  for (const id of ids) {
    const r = R.rules[id];
    if (r) out.push(row([name(id), fmtS(r.scriptMs), fmtS(r.frameMs), fmt(r.scaled?.median, 2)]));
  }
  out.push('');
  out.push('## 5. Scaling correctness after one step');
  out.push('');
  out.push('Rendered text width after one step ÷ width on the same page without a toolbar; *h1 : p*: heading to body text size (2.00 on the page).');
  out.push('');
  out.push(head(['', 'step', ...SAMPLES.map(([, l]) => l), 'h1 : p', 'scrolls sideways']));
  for (const id of [...ids, 'zoom']) {
    const c = R.correctness[id];
    if (!c) continue;
    const step = R.toolbars.find((t) => t.id === id)?.step ?? zoom.stepLabel;
    out.push(row([name(id), step, ...SAMPLES.map(([sid]) => fmt(c.ratio[sid], 2)), fmt(c.h1p.after, 2), c.sidewaysScroll ? 'yes' : 'no']));
  }
  out.push('');
  out.push(...targets(R, ids));
  const errs = Object.entries(R.errors).filter(([, v]) => v.length);
  if (errs.length) {
    out.push('');
    out.push('Page errors seen: ' + errs.map(([id, v]) => `${name(id)}: ${v.slice(0, 3).join('; ')}`).join(' · '));
  }
  return out.join('\n') + '\n';
}

/** The drop-in in three parts: Lit, what acts on the page (settings store and page effects), the elements. */
const PARTS = [
  ['Lit', (m) => !m.startsWith('src/')],
  ['settings and page effects', (m) => /^src\/(page|settings)\//.test(m)],
  ['elements, their strings and the drop-in door', () => true],
];

function sizeParts(modules, totalKb) {
  if (!modules?.length) return null;
  const sums = PARTS.map(() => 0);
  for (const m of modules) sums[PARTS.findIndex(([, test]) => test(m.module))] += m.gzip;
  const all = sums.reduce((a, b) => a + b, 0);
  return PARTS.map(([part], i) => [part, (sums[i] / all) * totalKb]);
}

/** The budget of issue 13: size, every step's script, head evaluation, the painted frame. */
function targets(R, ids) {
  const out = ['## oxu targets', ''];
  if (!ids.includes('oxu')) return [];
  const maxN = Math.max(...R.sizes);
  const minN = Math.min(...R.sizes);
  const mark = (ok) => (ok ? 'met' : '**missed**');
  const over = (v, limit, unit = ' ms') => (v > limit ? ` by ${fmt(v - limit)}${unit}` : '');
  const gz = R.size.oxu.gzip / 1024;
  out.push(`- Size ≤ 16 KB gzip, every element and all seven settings: ${gz.toFixed(1)} KB — ${mark(gz <= 16)}${over(gz, 16, ' KB')}.`);
  const parts = sizeParts(R.modules, gz);
  if (parts) out.push(`  Of that, about ${parts.map(([part, kb]) => `${kb.toFixed(1)} KB ${part}`).join(', ')} (the modules' gzip-alone shares, scaled to the file).`);
  if (parts && gz > 16) {
    const floor = parts[0][1] + parts[1][1];
    out.push(
      `  Why: Lit and the settings with their page effects alone come to about ${floor.toFixed(1)} KB${floor > 16 ? ', over the target before any element' : ''}; ` +
        'the drop-in registers every element with all seven settings, so 16 KB would mean taking elements or settings out of it.',
    );
  }
  const W = R.why;
  const evalMs = R.load.oxu?.evalMs?.median;
  if (evalMs != null) out.push(`- Evaluation in \`<head>\` with a saved 150 % (trace \`EvaluateScript\`, demo page): ${fmt(evalMs)} ms (≤ 3 ms: ${mark(evalMs <= 3)}${over(evalMs, 3)}).`);
  if (evalMs > 3 && W)
    out.push(
      `  Why (traced apart, "Where oxu's own script goes"): of ${fmt(W.eval.ms?.median)} ms, ${fmt(W.eval.compileMs?.median)} ms is V8 compiling functions at their first call ` +
        `and ${fmt(W.eval.gcMs?.median)} ms garbage collection; the rest runs oxu's code at load: reading the saved settings, applying them (the attribute on \`<html>\`, the settings' own sheets) ` +
        'and defining the ten elements, each of which Lit prepares (properties, styles) as it is defined. The drop-in registers every element as it loads, so that work cannot wait until after the first paint.',
    );
  for (const unit of ['px', 'rem']) {
    const big = R.apply[`${unit}-${maxN}`];
    const small = R.apply[`${unit}-${minN}`];
    if (!big?.oxu) continue;
    const first = big.oxu.first?.scriptMs;
    const first0 = small?.oxu?.first?.scriptMs;
    const s = big.oxu.scriptMs?.median;
    const s0 = small?.oxu?.scriptMs?.median;
    out.push(
      `- First "bigger text" step, ${maxN.toLocaleString('en')} elements (${unit}): ${fmt(first)} ms of script (≤ 3 ms: ${mark(first <= 3)}${over(first, 3)}); ` +
        `${minN.toLocaleString('en')} → ${maxN.toLocaleString('en')}: ${fmt(first0)} → ${fmt(first)} ms (≤ 1.5×: ${mark(first <= 1.5 * first0)}).`,
    );
    if (unit === 'px' && W?.first0 && W.n === maxN && W.n0 === minN) {
      const a = W.first0.scriptMs?.median;
      const b = W.first.scriptMs?.median;
      out.push(
        `  On ${R.runs} fresh pages of each size (traced apart, "Where oxu's own script goes"; one page above): ${fmt(a)} → ${fmt(b)} ms = ${fmt(b / a, 2)}× ` +
          `(≤ 3 ms: ${mark(b <= 3)}${over(b, 3)}; ≤ 1.5×: ${mark(b <= 1.5 * a)}).`,
      );
    }
    out.push(`- Later steps, ${maxN.toLocaleString('en')} elements (${unit}): ${fmt(s)} ms of script (≤ 3 ms: ${mark(s <= 3)}${over(s, 3)}); ${minN.toLocaleString('en')} → ${maxN.toLocaleString('en')}: ${fmt(s0)} → ${fmt(s)} ms.`);
    if (unit === 'px' && W && W.n === maxN && (first > 3 || s > 3 || W.first.scriptMs?.median > 3)) {
      out.push(
        `  Why (traced apart, px, ${maxN.toLocaleString('en')} elements): the first step is ${fmt(W.first.scriptMs?.median)} ms, of which ${fmt(W.first.compileMs?.median)} ms V8 compiling on first use ` +
          `and ${fmt(W.first.gcMs?.median)} ms garbage collection of the page's heap; one search of the page for style attributes (inline sizes must be scaled in the same frame) takes ${fmt(W.searchMs)} ms there, ` +
          'the one part of oxu\'s work that grows with the page: doing without it would mean watching every page from its load, for every visitor. ' +
          `The rest is there on any page (${fmt(W.first0?.scriptMs?.median)} ms at ${W.n0?.toLocaleString('en')} elements): rewriting the page's stylesheets, measuring the form controls once, and running oxu's code for the first time. ` +
          `Later steps are ${fmt(W.later.scriptMs?.median)} ms, of which ${fmt(W.later.gcMs?.median)} ms garbage collection of the ${maxN.toLocaleString('en')}-element page when it falls inside the step.`,
      );
    }
    const scaled = big.oxu.scaled?.median;
    const one = `${fmt(big.oxu.frameMs?.median)} ms vs CSS zoom ${fmt(big.zoom?.frameMs?.median)} ms = ${fmt(big.oxu.frameMs?.median / big.zoom?.frameMs?.median, 2)}×`;
    // The verdict from the two loaded in turn when the bench has it (traced apart), else from the growth table's one load each.
    const turn = W?.n === maxN ? W.frames?.[unit] : null;
    const f = turn ? turn.oxu?.median : big.oxu.frameMs?.median;
    const z = turn ? turn.zoom?.median : big.zoom?.frameMs?.median;
    out.push(
      `- ${maxN.toLocaleString('en')} elements (${unit}): to the painted frame ` +
        (turn
          ? `${fmt(f)} ms vs CSS zoom ${fmt(z)} ms = ${fmt(f / z, 2)}×, the two loaded in turn (${turn.oxu.n} steps each; one load each, above: ${one})`
          : one) +
        ` (≤ 1.05×: ${mark(f <= 1.05 * z)}${over(f, 1.05 * z)}); text × ${fmt(scaled, 2)}${scaled != null && scaled < 1.4 ? ' — the text was not enlarged, so this time buys nothing yet' : ''}.`,
    );
  }
  const rules = R.rules.oxu;
  if (rules) out.push(`- First application, 5,000 CSS rules (no target; a page's rules are rewritten once): scripting ${fmt(rules.scriptMs?.median)} ms; text × ${fmt(rules.scaled?.median, 2)}.`);
  const l = R.load.oxu;
  if (l) {
    const saved = l.savedRatio?.median;
    out.push(
      `- Load with a saved 150 %: first frame at the saved size in ${l.firstFrameAtSaved}/${l.runs} runs, CLS ${fmt(l.cls?.max, 3)} (max) — ` +
        `${mark(l.firstFrameAtSaved === l.runs && l.cls?.max === 0)}; saved size applied ×${fmt(saved, 2)}` +
        `${saved != null && saved < 1.4 ? ' (text not enlarged: the "first frame" and CLS figures are trivially met until scaling lands)' : ''}.`,
    );
    const shifted = l.raw.filter((x) => x.cls > 0);
    if (shifted.length)
      out.push(
        `  Layout shift in ${shifted.length}/${l.runs} runs; sources: ${[...new Set(shifted.flatMap((x) => x.shiftSources || []).map((s) => s.replace(/ @\d+ms$/, '')))].slice(0, 4).join('; ')} ` +
          `(a "?" source is a node the browser does not expose, e.g. inside a shadow root), at ${shifted.map((x) => x.shiftSources?.[0]?.match(/@(\d+)ms/)?.[1]).filter(Boolean).join(', ')} ms.`,
      );
  }
  const c = R.correctness.oxu;
  if (c) {
    const bad = Object.entries(c.ratio).filter(([, v]) => Math.abs(v - 1.5) > 0.05);
    out.push(`- Scaling correctness: ${bad.length ? `**not 1.5×** for ${bad.map(([k, v]) => `${k} ${fmt(v, 2)}`).join(', ')}` : 'every sample 1.5× (±0.05)'}; h1 : p ${fmt(c.h1p.after, 2)}.`);
  }
  return out;
}
