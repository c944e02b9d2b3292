// The evaluation of the drop-in in <head> alone, on the demo with a saved 150 %:
// a quicker loop than the whole bench while working on it.
//   node bench/head.mjs [runs]      prints each run's EvaluateScript ms, CLS and first frame
//   OXU_SAVED='{"v":1,"colorScheme":"white-on-black"}' node bench/head.mjs   other saved settings
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { findChrome, CHROME_ARGS } from '../scripts/find-browsers.mjs';
import { startServer } from './server.mjs';
import { TOOLBARS } from './toolbars.mjs';
import { measureLoad } from './measure.mjs';
import { summary } from './stats.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] || 9);
const oxu = { ...TOOLBARS.find((t) => t.id === 'oxu') };
if (process.env.OXU_SAVED) oxu.saved = { localStorage: { 'oxu:settings': process.env.OXU_SAVED } };
const server = await startServer(ROOT, new Map(oxu.files.map((f) => [f, readFileSync(join(ROOT, f))])));
const browser = await chromium.launch({ executablePath: await findChrome(), args: CHROME_ARGS, headless: true });
const evals = [];
try {
  for (let i = 0; i < runs; i++) {
    const r = await measureLoad(browser, server.origin, oxu, { url: `${server.origin}/page/demo?tb=oxu`, sample: 'main p' });
    evals.push(r.evalMs);
    console.log(`eval ${r.evalMs.toFixed(2)} ms  cls ${r.cls.toFixed(3)}  first frame at saved size ${r.firstFrameAtFinal}  ${r.errors.join(' ')}`);
  }
  console.log('median', summary(evals));
} finally {
  await browser.close();
  await server.close?.();
}
