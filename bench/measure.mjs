// One measurement = one fresh browser context (empty storage), one page load,
// one thing measured, context closed. Requests to any origin other than the
// local server are blocked and counted.
import { traced, findMark, breakdown, evaluateTime, COMPILE_CATEGORIES, CATEGORIES } from './trace.mjs';

const VIEWPORT = { width: 1280, height: 800 };

/** Installed in every document before its own scripts. */
function instrument({ origin, storage, sample }) {
  if (location.origin !== origin) return;
  try {
    for (const [k, v] of Object.entries(storage || {})) localStorage.setItem(k, v);
  } catch {}
  const B = (window.__bench = { cls: 0, shifts: 0, sources: [], first: null, frames: 0 });
  performance.mark('bench-doc-start');
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.hadRecentInput) continue;
        B.cls += e.value;
        B.shifts++;
        for (const src of e.sources || []) {
          const n = src.node;
          const what = n ? (n.nodeType === 1 ? n.localName + (n.id ? `#${n.id}` : '') + (n.classList?.length ? `.${[...n.classList].join('.')}` : '') : `#text in ${n.parentElement?.localName}`) : '?';
          B.sources.push(`${what} ${Math.round(src.previousRect.y)}→${Math.round(src.currentRect.y)} @${Math.round(e.startTime)}ms`);
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}
  // The first animation frame in which the sample text exists: its size then.
  const tick = () => {
    B.frames++;
    const el = sample && document.querySelector(sample);
    if (el && el.isConnected && el.firstChild) {
      B.first = { fontSize: parseFloat(getComputedStyle(el).fontSize), t: performance.now(), frame: B.frames };
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

export async function openPage(browser, origin, tb, { state = null, sample = null } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const blocked = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.origin === origin) return route.continue();
    blocked.push(u.href);
    return route.abort('blockedbyclient');
  });
  const st = state && tb[state];
  if (st?.cookies) await context.addCookies(st.cookies.map((c) => ({ ...c, url: origin })));
  await context.addInitScript(instrument, { origin, storage: st?.localStorage || null, sample });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, blocked, errors, close: () => context.close() };
}

const nextFrames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));

export async function waitReady(page, tb, { settleMs = 150 } = {}) {
  await page.waitForFunction(tb.ready, null, { timeout: 30000, polling: 20 });
  if (tb.setup) {
    await page.evaluate(tb.setup);
    await page.waitForFunction(tb.setupReady, null, { timeout: 10000, polling: 20 });
  }
  await page.waitForTimeout(settleMs);
  await nextFrames(page);
}

/**
 * Load cost: the page with a saved setting, traced from navigation until the
 * toolbar is ready and the page has settled.
 */
export async function measureLoad(browser, origin, tb, { url, sample, why = false }) {
  const p = await openPage(browser, origin, tb, { state: tb.saved ? 'saved' : null, sample });
  try {
    const { events } = await traced(
      p.cdp,
      async () => {
        await p.page.goto(url, { waitUntil: 'load' });
        await waitReady(p.page, tb, { settleMs: 150 });
      },
      why ? COMPILE_CATEGORIES : CATEGORIES,
    );
    const m = await p.page.evaluate((sample) => {
      const el = document.querySelector(sample);
      const paints = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
      return {
        fcp: paints['first-contentful-paint'] ?? null,
        fp: paints['first-paint'] ?? null,
        cls: window.__bench.cls,
        shifts: window.__bench.shifts,
        shiftSources: window.__bench.sources.slice(0, 8),
        first: window.__bench.first,
        finalFontSize: el ? parseFloat(getComputedStyle(el).fontSize) : null,
      };
    }, sample);
    const mark = findMark(events, 'bench-doc-start');
    let evalMs = null;
    let toolbarMs = null;
    if (mark && tb.urls.length) {
      const where = { pid: mark.pid, tid: mark.tid };
      evalMs = evaluateTime(events, { ...where, urls: tb.urls.slice(0, 1) });
      const b = breakdown(events, { ...where, from: 0, to: Infinity, urls: tb.urls });
      toolbarMs = b.script + b.style + b.layout;
      m.toolbarScript = b.script;
      m.toolbarStyleLayout = b.style + b.layout;
      // With `why`: of the evaluation, V8 compiling functions at their first call, and garbage collection.
      const ev = why && events.find((e) => e.name === 'EvaluateScript' && e.pid === mark.pid && e.tid === mark.tid && (e.args?.data?.url || '').endsWith(tb.urls[0]));
      if (ev) {
        const inEval = breakdown(events, { ...where, from: ev.ts, to: ev.ts + ev.dur });
        m.evalCompileMs = inEval.compile;
        m.evalGcMs = inEval.gc;
      }
    }
    return {
      ...m,
      evalMs,
      toolbarMs,
      firstFrameAtFinal: m.first && m.finalFontSize != null ? Math.abs(m.first.fontSize - m.finalFontSize) < 0.01 : false,
      blocked: p.blocked,
      errors: p.errors,
    };
  } finally {
    await p.close();
  }
}

/** Runs `window.__bench.fns[i]` in a task of its own; resolves after the next frame. */
function timedStep(i) {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      performance.mark(`bench-step-start-${i}`);
      const t0 = performance.now();
      try {
        window.__bench.fns[i]();
      } catch (e) {
        reject(e);
        return;
      }
      const t1 = performance.now();
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          const t2 = performance.now();
          performance.mark(`bench-step-end-${i}`);
          resolve({ syncMs: t1 - t0, frameMs: t2 - t0 });
        };
        ch.port2.postMessage(0);
      });
    }, 30);
  });
}

const textWidth = (s) => {
  const el = document.querySelector(s);
  if (!el) return null;
  const r = document.createRange();
  r.selectNodeContents(el);
  return r.getBoundingClientRect().width;
};

/**
 * Apply cost: one page load, then `runs` level changes, alternately the
 * visitor's step up (first: the first application on a fresh page) and the
 * toolbar's own way back. Each change runs in a task of its own and is timed
 * to the end of the next frame's main-thread rendering, traced (scripting,
 * style, layout, paint). Then the JS heap in use (no forced GC: a full GC of
 * a 50,000-element DOM takes seconds).
 */
export async function measureSteps(browser, origin, tb, { url, sample, runs = 1, heap = true, why = false }) {
  const p = await openPage(browser, origin, tb, { state: tb.before ? 'before' : null });
  try {
    await p.page.goto(url, { waitUntil: 'load', timeout: 120000 });
    await waitReady(p.page, tb, { settleMs: 60 });
    await p.page.evaluate(
      ([up, down]) => {
        window.__bench.fns = [new Function(up), new Function(down)];
      },
      [tb.step, tb.undo || tb.step],
    );
    const out = [];
    for (let i = 0; i < runs; i++) {
      const dir = i % 2;
      const before = await p.page.evaluate(textWidth, sample);
      const { result, events } = await traced(p.cdp, () => p.page.evaluate(timedStep, dir), why ? COMPILE_CATEGORIES : CATEGORIES);
      const start = findMark(events, `bench-step-start-${dir}`);
      const end = findMark(events, `bench-step-end-${dir}`);
      // With `why` the trace also has V8 compiling functions at their first call (split.compile).
      const split = start && end ? breakdown(events, { pid: start.pid, tid: start.tid, from: start.ts, to: end.ts }) : null;
      const after = await p.page.evaluate(textWidth, sample);
      let heapMB = null;
      if (heap) heapMB = (await p.cdp.send('Runtime.getHeapUsage')).usedSize / 1048576;
      out.push({ dir: dir ? 'back' : 'up', ...result, split, heapMB, scaled: before && after ? after / before : null });
      await p.page.waitForTimeout(20);
    }
    // With `why`: one search of the whole page for style attributes, the part of a first step that grows with the page.
    const searchMs = why ? await p.page.evaluate(searchTime) : null;
    return { steps: out, searchMs, blocked: p.blocked, errors: p.errors };
  } finally {
    await p.close();
  }
}

/** One `document.querySelectorAll('[style]')`, ms: the median of 5 timings of 10 (the clock is coarse). */
function searchTime() {
  const t = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    for (let j = 0; j < 10; j++) document.querySelectorAll('[style]');
    t.push((performance.now() - t0) / 10);
  }
  return t.sort((a, b) => a - b)[2];
}

/**
 * Scaling correctness: rendered width of each sample's text, after one step
 * (or untouched, for the reference page).
 */
export async function measureWidths(browser, origin, tb, { url, ids, step = true }) {
  const p = await openPage(browser, origin, tb, { state: step && tb.before ? 'before' : null });
  try {
    await p.page.goto(url, { waitUntil: 'load' });
    await waitReady(p.page, tb);
    if (step && tb.step) {
      await p.page.evaluate(tb.step);
      await nextFrames(p.page);
      await p.page.waitForTimeout(50);
    }
    return await p.page.evaluate((ids) => {
      const out = {};
      for (const id of ids) {
        const el = document.getElementById(`s-${id}`);
        const r = document.createRange();
        r.selectNodeContents(el);
        out[id] = { width: r.getBoundingClientRect().width, fontSize: parseFloat(getComputedStyle(el).fontSize) };
      }
      out.scrollWidth = document.documentElement.scrollWidth;
      return out;
    }, ids);
  } finally {
    await p.close();
  }
}
