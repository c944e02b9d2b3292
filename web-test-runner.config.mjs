import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { cssText } from './scripts/css-plugin.mjs';
import { testBrowsers } from './test/browsers.mjs';
import { testServerPlugins } from './test/server-plugins.mjs';
import { packageLayoutPlugin, prerequisitesPlugin } from './test/package/server-plugin.mjs';

let browsers;
try {
  ({ browsers } = await testBrowsers());
} catch (e) {
  console.error(`\n${e.message}\n`);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One test file at a time, one engine after another (two cores): test pages
  // share one origin, so one localStorage and its storage events.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browsers,
  mimeTypes: { 'src/**/*.css': 'js' },
  plugins: [
    fromRollup(cssText)(),
    // TypeScript only: built files (dist/) are served exactly as built, whatever the browser.
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' }),
    ...testServerPlugins(),
    packageLayoutPlugin(),
    prerequisitesPlugin(),
  ],
  // Tests run on Lit's development build; test/package/lit-warnings.js fails a
  // test on any Lit warning. Left out of the output: the one expected notice,
  // and the warning test/package/lit-dev-mode.test.ts provokes on purpose.
  filterBrowserLogs: ({ args }) => !/lit\.dev\/msg\/dev-mode|oxu-provoked-warning/.test(String(args[0])),
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><script src="/test/package/lit-warnings.js"></script></head>
<body><script type="module" src="/test/helpers/root-reset.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
};
