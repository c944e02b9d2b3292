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

/** `executeServerCommand('emulate-forced-colors', { active })` for the test page. */
const forcedColors = {
  name: 'oxu-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    await page.emulateMediaFeatures([{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }]);
    return true;
  },
};

export function testServerPlugins() {
  return [cspHeaders, forcedColors];
}
