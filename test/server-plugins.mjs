import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

// Test-server plugins: response headers for fixture pages and browser commands
// that @web/test-runner-commands does not offer for Chrome.

/** Serves fixture pages whose name contains "csp" under a strict policy. */
const cspHeaders = {
  name: 'oxu-csp-fixtures',
  transform(context) {
    if (/\/test\/fixtures\/[^/]*csp[^/]*\.html$/.test(context.path)) {
      context.set('Content-Security-Policy', "default-src 'self'");
    }
  },
};

const cdpSessions = new WeakMap();

/** `executeServerCommand('emulate-forced-colors', { active })` for the test page. */
const forcedColors = {
  name: 'oxu-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    // Puppeteer's own emulateMediaFeatures does not know forced-colors; CDP does.
    cdpSessions.set(page, cdpSessions.get(page) ?? (await page.createCDPSession()));
    await cdpSessions.get(page).send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
    });
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
    const page = session.browser.getPage(session.id);
    return page.screenshot({ encoding: 'base64', clip: payload, captureBeyondViewport: false });
  },
};

export function testServerPlugins() {
  return [cspHeaders, forcedColors, screenshot, a11ySnapshotPlugin()];
}
