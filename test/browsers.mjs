// The engines `npm test` runs in, one after another: Chromium, Firefox, WebKit.
// Each is looked up the way scripts/find-browsers.mjs says; a missing one is
// reported in one line and the run goes on with the others, unless
// OXU_REQUIRE_BROWSERS (e.g. "chromium firefox webkit", as CI sets it) names it.
import { chromeLauncher } from '@web/test-runner-chrome';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, HOW_TO_GET_FIREFOX, HOW_TO_GET_WEBKIT, findChrome, findFirefox, findWebKitDriver } from '../scripts/find-browsers.mjs';
import { WebKitGtkLauncher } from './launchers/webkit.mjs';

const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engines asked for with OXU_BROWSERS (default: all three). */
function wanted() {
  const list = (process.env.OXU_BROWSERS ?? ENGINES.join(' ')).toLowerCase().split(/[\s,]+/).filter(Boolean);
  const unknown = list.filter((e) => !ENGINES.includes(e));
  if (unknown.length) throw new Error(`OXU_BROWSERS names unknown engines: ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  return list;
}

function required() {
  return (process.env.OXU_REQUIRE_BROWSERS ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
}

/**
 * @returns {Promise<{ browsers: object[], names: string[], missing: string[] }>}
 * Throws when a required engine is missing.
 */
export async function testBrowsers() {
  const browsers = [];
  const names = [];
  const missing = [];
  const found = (engine, launcher) => {
    browsers.push(launcher);
    names.push(engine);
  };
  const lost = (engine, message) => {
    if (required().includes(engine)) throw new Error(`${engine} is required (OXU_REQUIRE_BROWSERS) but missing. ${message}`);
    missing.push(engine);
    console.warn(`Skipping ${engine}: ${message}`);
  };

  for (const engine of wanted()) {
    if (engine === 'chromium') {
      try {
        const executablePath = await findChrome();
        found(engine, chromeLauncher({ puppeteer, launchOptions: { executablePath, headless: true, args: CHROME_ARGS } }));
      } catch (e) {
        lost(engine, e.message);
      }
    } else if (engine === 'firefox') {
      const executablePath = findFirefox();
      if (!executablePath) lost(engine, HOW_TO_GET_FIREFOX);
      else {
        found(
          engine,
          chromeLauncher({
            puppeteer,
            launchOptions: {
              browser: 'firefox',
              executablePath,
              headless: true,
              // Lets the test server flip Firefox's forced-colours pref (see server-plugins.mjs).
              args: ['--remote-allow-system-access'],
            },
          }),
        );
      }
    } else {
      const driver = findWebKitDriver();
      if (!driver) lost(engine, HOW_TO_GET_WEBKIT);
      else found(engine, new WebKitGtkLauncher(driver));
    }
  }
  if (!browsers.length) throw new Error('No browser to test in. Install one of them as said above.');
  return { browsers, names, missing };
}
