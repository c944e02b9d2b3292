import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

// Test-server plugins: response headers for fixture pages and browser commands
// that @web/test-runner-commands does not offer, for each engine npm test runs.

/** Serves fixture pages whose name contains "csp" under a strict policy. */
const cspHeaders = {
  name: 'oxu-csp-fixtures',
  transform(context) {
    if (/\/test\/fixtures\/[^/]*csp[^/]*\.html$/.test(context.path)) {
      context.set('Content-Security-Policy', "default-src 'self'");
    }
  },
};

/** 'chromium', 'firefox' or 'webkit': the engine a test session runs in. */
export function engineOf(session) {
  if (session.browser.type === 'webdriver') return 'webkit';
  return session.browser.launchOptions?.browser === 'firefox' ? 'firefox' : 'chromium';
}

const cdpSessions = new WeakMap();
const chromeContexts = new WeakMap();

/** Chromium: CDP media emulation (puppeteer's emulateMediaFeatures does not know forced-colors). */
async function chromiumForcedColors(page, active) {
  cdpSessions.set(page, cdpSessions.get(page) ?? (await page.createCDPSession()));
  await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
    features: [{ name: 'forced-colors', value: active ? 'active' : 'none' }],
  });
}

/**
 * Firefox: forced colours are its "override the page's colours: always" pref.
 * BiDi has no media emulation for them, but with --remote-allow-system-access
 * it runs privileged script in the browser's own window, which sets the pref.
 */
async function firefoxForcedColors(page, active) {
  const connection = page.browser().connection;
  if (!chromeContexts.has(connection)) {
    const { result } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    chromeContexts.set(connection, result.contexts[0].context);
  }
  const { result } = await connection.send('script.evaluate', {
    expression: `Services.prefs.setIntPref('browser.display.document_color_use', ${active ? 2 : 0}); true`,
    target: { context: chromeContexts.get(connection) },
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`cannot set Firefox's colour pref: ${JSON.stringify(result.exceptionDetails)}`);
}

/**
 * `executeServerCommand('emulate-forced-colors', { active })`: true when the
 * engine now matches `(forced-colors: active)` as asked, false when it cannot
 * emulate forced colours at all (WebKit: WebKitGTK has no forced-colours mode
 * and WebDriver classic no media emulation), so the test can skip with that reason.
 */
const forcedColors = {
  name: 'oxu-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const engine = engineOf(session);
    if (engine === 'webkit') return false;
    const page = session.browser.getPage(session.id);
    if (engine === 'firefox') await firefoxForcedColors(page, !!payload?.active);
    else await chromiumForcedColors(page, !!payload?.active);
    return true;
  },
};

/**
 * `executeServerCommand('screenshot', { x, y, width, height })`: a PNG of that
 * part of the test page as the browser painted it, base64-encoded.
 */
const screenshot = {
  name: 'oxu-screenshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'screenshot') return undefined;
    if (session.browser.type === 'webdriver') return session.browser.screenshot(payload);
    const page = session.browser.getPage(session.id);
    return page.screenshot({ encoding: 'base64', clip: payload, captureBeyondViewport: false });
  },
};

/** `executeServerCommand('engine')`: 'chromium', 'firefox' or 'webkit'. */
const engine = {
  name: 'oxu-engine',
  executeCommand({ command, session }) {
    return command === 'engine' ? engineOf(session) : undefined;
  },
};

export function testServerPlugins() {
  return [cspHeaders, forcedColors, screenshot, engine, a11ySnapshotPlugin()];
}
