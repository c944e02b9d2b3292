// Finds the browsers the tests run in. Browsers cannot be downloaded on every
// machine, so each is looked up in order: an environment variable, then the
// Debian, macOS and Windows install paths. Chromium also falls back to the
// build shipped inside the @sparticuz/chromium npm package (x64 Linux only),
// so a bare machine still tests one engine.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that keep Chromium off the network and working as root in containers. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
];

export const HOW_TO_GET_CHROME =
  'No Chromium found: install one (Debian/Ubuntu: `apt-get install chromium`), ' +
  'or set CHROME_PATH to a Chrome or Chromium executable, then run the command again.';

const WINDOWS_PROGRAMS = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter(Boolean);
if (process.platform === 'win32') {
  for (const dir of WINDOWS_PROGRAMS) {
    SYSTEM_PATHS.push(join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(dir, 'Chromium', 'Application', 'chrome.exe'));
  }
}

let found;

/** @returns {Promise<string>} path of a Chromium executable */
export async function findChrome() {
  if (found) return found;
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist. ${HOW_TO_GET_CHROME}`);
    return (found = fromEnv);
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return (found = system);
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const { default: chromium } = await import('@sparticuz/chromium');
      const path = await chromium.executablePath();
      if (path && existsSync(path)) {
        await provideLibraries();
        return (found = path);
      }
    } catch {
      // fall through to the message below
    }
  }
  throw new Error(HOW_TO_GET_CHROME);
}

/**
 * The packaged Chromium needs NSS and NSPR. Most Linux systems have them; where
 * they are missing, the package's own copies are unpacked and put on the
 * library path of the browser this process starts.
 */
async function provideLibraries() {
  const systemDirs = ['/lib/x86_64-linux-gnu', '/usr/lib/x86_64-linux-gnu', '/usr/lib64', '/lib64', '/usr/lib'];
  if (systemDirs.some((dir) => existsSync(join(dir, 'libnss3.so')))) return;
  const entry = createRequire(import.meta.url).resolve('@sparticuz/chromium');
  const root = entry.slice(0, entry.lastIndexOf(join('@sparticuz', 'chromium')) + join('@sparticuz', 'chromium').length);
  // Not among the package's exports: imported by file.
  const { inflate } = await import(pathToFileURL(join(root, 'build', 'esm', 'lambdafs.js')).href);
  const libs = join(await inflate(join(root, 'bin', 'al2023.tar.br')), 'lib');
  process.env.LD_LIBRARY_PATH = [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':');
}

// ---------------------------------------------------------------------------
// Firefox: driven by puppeteer-core over WebDriver BiDi; no geckodriver needed.
// ---------------------------------------------------------------------------

const FIREFOX_PATHS = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/usr/lib/firefox/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  ...WINDOWS_PROGRAMS.map((dir) => join(dir, 'Mozilla Firefox', 'firefox.exe')),
];

export const HOW_TO_GET_FIREFOX =
  'No Firefox found: install one (Debian/Ubuntu: `apt-get install firefox-esr`), or set FIREFOX_PATH to a Firefox executable.';

/** @returns {string | null} path of a Firefox executable, or null when there is none */
export function findFirefox() {
  return fromEnvOrPaths('FIREFOX_PATH', FIREFOX_PATHS, HOW_TO_GET_FIREFOX);
}

// ---------------------------------------------------------------------------
// WebKit: WebKitGTK's WebDriver (WebKitWebDriver), which starts MiniBrowser.
// Safari's safaridriver speaks the same protocol on a Mac.
// ---------------------------------------------------------------------------

const WEBKIT_DRIVER_PATHS = ['/usr/bin/WebKitWebDriver', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/WebKitWebDriver', '/usr/bin/safaridriver'];

export const HOW_TO_GET_WEBKIT =
  'No WebKit found: install WebKitGTK\'s driver (Debian/Ubuntu: `apt-get install webkit2gtk-driver xvfb xauth`), ' +
  'or set WEBKIT_WEBDRIVER to a WebKitWebDriver executable.';

/** @returns {string | null} path of WebKitWebDriver (or safaridriver), or null when there is none */
export function findWebKitDriver() {
  return fromEnvOrPaths('WEBKIT_WEBDRIVER', WEBKIT_DRIVER_PATHS, HOW_TO_GET_WEBKIT);
}

function fromEnvOrPaths(variable, paths, howTo) {
  const fromEnv = process.env[variable];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${variable} is set to ${fromEnv}, which does not exist. ${howTo}`);
    return fromEnv;
  }
  return paths.find((p) => existsSync(p)) ?? null;
}
