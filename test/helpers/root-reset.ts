/**
 * The one reset every test file gets. Loaded by the test runner's page
 * (web-test-runner.config.mjs) before the test framework; test/package/lit-warnings.js
 * hooks it into mocha's root suite as an afterEach, which runs after each
 * file's own afterEach hooks. After every test, whatever the test did: the
 * page's levels and settings back to the defaults, localStorage empty, `<html
 * lang>` as the runner page had it, forced colours off.
 *
 * It imports no store: a test that checks what importing a module does must
 * find the page untouched, so the store is reset only where a test made one.
 */
import { DEFAULT_LEVELS } from '../../src/settings/levels.js';
import { emulateForcedColors, forcedColorsEmulated } from './engine.js';

interface Store {
  configure(options: { levels: readonly number[] }): void;
  reset(): void;
}

const HTML_LANG = document.documentElement.lang;

async function resetPage(): Promise<void> {
  const store = (globalThis as Record<symbol, unknown>)[Symbol.for('oxu.settings-store')] as Store | undefined;
  store?.configure({ levels: DEFAULT_LEVELS });
  store?.reset();
  try {
    localStorage.clear();
  } catch {
    // a test that replaced Storage's methods restores them in its own hook, which ran first
  }
  document.documentElement.lang = HTML_LANG;
  if (forcedColorsEmulated()) await emulateForcedColors(false);
}

(globalThis as { __oxuResetPage?: () => Promise<void> }).__oxuResetPage = resetPage;
