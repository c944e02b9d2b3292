// Loaded by web-test-runner.config.mjs before the test framework, in every
// test page; it also hooks in the root reset of test/helpers/root-reset.ts.
// Tests run against Lit's development build (the "development" export
// condition, which @web/test-runner's nodeResolve picks), whose warnings
// point at https://lit.dev/msg/<code>. Any of them but the one "Lit is in
// dev mode" notice fails the test it happened in: a root-level mocha
// afterEach, hooked in as soon as mocha's browser build installs itself.
(() => {
  const ALLOWED = new Set(['dev-mode']);
  const seen = [];
  globalThis.__oxuLitWarnings = seen;

  const warn = console.warn;
  console.warn = function (...args) {
    const text = args.map(String).join(' ');
    const code = /lit\.dev\/msg\/([\w-]+)/.exec(text)?.[1];
    if (code && !ALLOWED.has(code)) seen.push(text);
    return warn.apply(this, args);
  };

  const HOOK = 'no Lit dev-mode warnings';
  const hooked = new WeakSet();
  let instance;
  Object.defineProperty(globalThis, 'mocha', {
    configurable: true,
    enumerable: true,
    get: () => instance,
    set(value) {
      instance = value;
      const root = value && value.suite;
      if (!root || hooked.has(root)) return;
      hooked.add(root);
      root.afterEach(HOOK, () => {
        if (!seen.length) return;
        const warnings = seen.splice(0);
        throw new Error(`Lit warned in development mode:\n${warnings.join('\n')}`);
      });
      // The one reset every test file gets (test/helpers/root-reset.ts, a module the runner page loads first).
      root.afterEach('page back as it was', () => globalThis.__oxuResetPage?.());
    },
  });
})();
