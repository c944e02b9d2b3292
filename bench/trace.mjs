// Chromium's own timeline (the trace DevTools' Performance panel records),
// taken over CDP, and what the bench reads from it: main-thread time split
// into scripting, style, layout and paint, inside a window marked by
// performance.mark() in the page, optionally only for work started by given
// script URLs.

export const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/** With these as well, a trace shows V8 compiling each function on its first call (`V8.CompileCode`). */
export const COMPILE_CATEGORIES = [...CATEGORIES, 'disabled-by-default-v8.compile'];

/** Runs `fn` while tracing (`categories`); returns { result, events }. */
export async function traced(cdp, fn, categories = CATEGORIES) {
  const events = [];
  const onData = (e) => {
    for (const ev of e.value) events.push(ev);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  let result;
  try {
    result = await fn();
  } finally {
    const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
  }
  return { result, events };
}

const GC = new Set(['MajorGC', 'MinorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GCCompactor', 'BlinkGC.AtomicPhase', 'ThreadState::performIdleLazySweep']);
const KIND = new Map();
for (const n of ['FunctionCall', 'EvaluateScript', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'TimerFire',
  'EventDispatch', 'FireAnimationFrame', 'FireIdleCallback', 'RunMicrotasks', 'v8.run', 'V8.Execute', 'v8.callFunction',
  'XHRReadyStateChange', 'XHRLoad', 'MajorGC', 'MinorGC', 'V8.GCScavenger', 'V8.GCFinalizeMC', 'V8.GCCompactor',
  'BlinkGC.AtomicPhase', 'ThreadState::performIdleLazySweep', 'v8.produceCache', 'v8.deserializeOnBackground',
  'CompileScript', 'CompileCode', 'ProfileCall', 'MutationObserverCallback'])
  KIND.set(n, 'script');
for (const n of ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet', 'StyleRecalcInvalidationTracking'])
  KIND.set(n, 'style');
for (const n of ['Layout', 'UpdateLayout']) KIND.set(n, 'layout');
for (const n of ['Paint', 'PrePaint', 'PaintImage', 'Layerize', 'UpdateLayer', 'UpdateLayerTree', 'CompositeLayers',
  'Commit', 'PaintSetup', 'Decode Image', 'ImageDecodeTask'])
  KIND.set(n, 'paint');
KIND.set('ParseHTML', 'parse');

const JS_URL = (ev) => ev.args?.data?.url || ev.args?.data?.scriptName || ev.args?.fileName || null;

/** The renderer main thread: the thread that recorded the page's user-timing mark `mark`. */
export function findMark(events, mark) {
  return events.find((e) => e.name === mark && (e.cat || '').includes('blink.user_timing'));
}

/** Complete spans (ph X or B/E pairs) of one thread, sorted and nested. */
function spans(events, pid, tid) {
  const out = [];
  const open = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && typeof e.dur === 'number') out.push({ name: e.name, ts: e.ts, end: e.ts + e.dur, ev: e });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      for (let i = open.length - 1; i >= 0; i--) {
        if (open[i].name === e.name) {
          const b = open.splice(i, 1)[0];
          out.push({ name: b.name, ts: b.ts, end: e.ts, ev: { ...b, args: { ...b.args, ...e.args } } });
          break;
        }
      }
    }
  }
  out.sort((a, b) => a.ts - b.ts || b.end - a.end);
  // Build the nesting with a stack.
  const roots = [];
  const stack = [];
  for (const s of out) {
    s.children = [];
    while (stack.length && stack[stack.length - 1].end <= s.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && s.end <= parent.end + 1) {
      s.parent = parent;
      parent.children.push(s);
    } else roots.push(s);
    stack.push(s);
  }
  return roots;
}

/**
 * Main-thread time in [from, to] (trace µs) by kind: script, style, layout,
 * paint, parse, other. Each instant counts once, for the innermost event.
 * Of script, `gc` and `compile` are the parts spent collecting garbage and
 * compiling functions at their first call.
 * With `urls`, only work nested under JavaScript from those scripts counts
 * (forced style and layout inside it included).
 */
export function breakdown(events, { pid, tid, from, to, urls = null }) {
  const totals = { script: 0, style: 0, layout: 0, paint: 0, parse: 0, other: 0, gc: 0, compile: 0 };
  const matches = (u) => !!u && urls.some((x) => u.endsWith(x));
  const visit = (s, inheritedKind, inheritedUrl, inheritedPart = null) => {
    const kind = KIND.get(s.name) || inheritedKind;
    const url = (kind === 'script' && JS_URL(s.ev)) || inheritedUrl;
    // Of script: garbage collection, and V8 compiling a function at its first call (traced with COMPILE_CATEGORIES).
    const part = kind !== 'script' ? null : GC.has(s.name) ? 'gc' : s.name === 'V8.CompileCode' ? 'compile' : inheritedPart;
    // self intervals: [ts, end] minus children
    let cursor = s.ts;
    const add = (a, b) => {
      const lo = Math.max(a, from);
      const hi = Math.min(b, to);
      if (hi > lo && (!urls || matches(url))) {
        totals[kind || 'other'] += hi - lo;
        if (part) totals[part] += hi - lo;
      }
    };
    for (const c of s.children) {
      add(cursor, c.ts);
      cursor = Math.max(cursor, c.end);
    }
    add(cursor, s.end);
    for (const c of s.children) if (c.end > from && c.ts < to) visit(c, kind, url, part);
  };
  for (const r of spans(events, pid, tid)) if (r.end > from && r.ts < to) visit(r, null, null);
  for (const k of Object.keys(totals)) totals[k] /= 1000; // → ms
  return totals;
}

/** Sum of EvaluateScript (+ its compile) durations for scripts whose URL ends with one of `urls`. */
export function evaluateTime(events, { pid, tid, urls }) {
  let us = 0;
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.ph !== 'X') continue;
    if (e.name !== 'EvaluateScript') continue;
    const u = JS_URL(e);
    if (u && urls.some((x) => u.endsWith(x))) us += e.dur;
  }
  return us / 1000;
}

