import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { cssText } from './scripts/css-plugin.mjs';
import { findChrome, CHROME_ARGS, HOW_TO_GET_CHROME } from './scripts/find-chrome.mjs';
import { testServerPlugins } from './test/server-plugins.mjs';
import { packageLayoutPlugin } from './test/package/server-plugin.mjs';

let executablePath;
try {
  executablePath = await findChrome();
} catch (e) {
  console.error(`\n${e.message}\n`);
  process.exit(1);
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // One test file at a time: test pages share one origin, so one localStorage and its storage events.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 10 * 60 * 1000,
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath, headless: true, args: CHROME_ARGS },
    }),
  ],
  mimeTypes: { 'src/**/*.css': 'js' },
  plugins: [
    fromRollup(cssText)(),
    // TypeScript only: built files (dist/) are served exactly as built, whatever the browser.
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' }),
    ...testServerPlugins(),
    packageLayoutPlugin(),
  ],
  // Tests run on Lit's development build; test/package/lit-warnings.js fails a
  // test on any Lit warning. Left out of the output: the one expected notice,
  // and the warning test/package/lit-dev-mode.test.ts provokes on purpose.
  filterBrowserLogs: ({ args }) => !/lit\.dev\/msg\/dev-mode|oxu-provoked-warning/.test(String(args[0])),
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><script src="/test/package/lit-warnings.js"></script></head>
<body><script type="module" src="${testFramework}"></script></body></html>`,
};

export { HOW_TO_GET_CHROME };
