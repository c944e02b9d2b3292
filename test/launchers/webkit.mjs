// WebKit for web-test-runner: WebKitGTK's MiniBrowser driven by WebKitWebDriver
// (WebDriver classic). WebKitGTK has no headless mode, so where there is no
// X display this starts a private Xvfb for the run and stops it at the end.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { PNG } from 'pngjs';

const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display; resolves with [process, ':N']. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    // -displayfd: Xvfb picks a free display and writes its number to fd 3.
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    xvfb.stderr.on('data', (d) => (err += d));
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve([xvfb, `:${out.trim()}`]);
    });
    xvfb.once('error', (e) => reject(new Error(`cannot start Xvfb (apt-get install xvfb xauth): ${e.message}`)));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}: ${err.trim()}`)));
  });
}

async function waitForDriver(port, driver) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('WebKitWebDriver did not answer on /status within 15 s');
}

/** The difference between the window and its viewport, measured once per session. */
const chrome = new WeakMap();

/**
 * `setViewport` over WebDriver classic: sizes the window so that the viewport
 * is exactly the one asked for. MiniBrowser's toolbar keeps its window at
 * least 447 px wide, so narrower viewports fail loudly instead of silently
 * testing another width; tests that need a phone width use an iframe.
 */
function setViewportPlugin() {
  return {
    name: 'oxu-webdriver-set-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-viewport' || session.browser.type !== 'webdriver') return undefined;
      const driver = session.browser.driver;
      const { width, height } = payload;
      if (!chrome.has(driver)) {
        chrome.set(driver, await driver.execute(() => [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]));
      }
      const [dx, dy] = chrome.get(driver);
      await driver.setWindowSize(width + dx, height + dy);
      const [w, h] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
      if (w !== width || h !== height) throw new Error(`asked for a ${width}×${height} viewport, got ${w}×${h}`);
      return true;
    },
  };
}

/** Crops a PNG (base64) to a clip in CSS px, scaled by the device pixel ratio. */
export function cropPng(base64, clip, ratio = 1) {
  const src = PNG.sync.read(Buffer.from(base64, 'base64'));
  const x = Math.max(0, Math.round(clip.x * ratio));
  const y = Math.max(0, Math.round(clip.y * ratio));
  const width = Math.min(src.width - x, Math.round(clip.width * ratio));
  const height = Math.min(src.height - y, Math.round(clip.height * ratio));
  const out = new PNG({ width, height });
  PNG.bitblt(src, out, x, y, width, height, 0, 0);
  return PNG.sync.write(out).toString('base64');
}

export class WebKitGtkLauncher extends WebdriverLauncher {
  /** @param {string} driverPath WebKitWebDriver */
  constructor(driverPath) {
    const binary = MINIBROWSER_PATHS.find((p) => existsSync(p)) ?? join(dirname(driverPath), 'MiniBrowser');
    super({
      hostname: '127.0.0.1',
      port: 0, // set when the driver starts
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      },
    });
    this.driverPath = driverPath;
    this.processes = [];
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
    // Before @web/test-runner-commands' own, which refuses WebDriver; in place,
    // since the server already holds this array.
    if (!config.plugins.some((p) => p.name === 'oxu-webdriver-set-viewport')) config.plugins.unshift(setViewportPlugin());
  }

  async createDriverManager() {
    const env = { ...process.env };
    if (!env.DISPLAY && process.platform === 'linux') {
      const [xvfb, display] = await startXvfb();
      this.processes.push(xvfb);
      env.DISPLAY = display;
    }
    const port = await freePort();
    const driver = spawn(this.driverPath, [`--port=${port}`], { env, stdio: 'ignore' });
    this.processes.push(driver);
    await waitForDriver(port, driver);
    this.options.port = port;
    const manager = await super.createDriverManager();
    // Each test file in a window of its own: WebKit keeps, per window, whether focus
    // last came from a pointer, so one file's clicks would turn off :focus-visible
    // in every later file.
    const startSession = manager.startSession.bind(manager);
    manager.startSession = async (id, url) => {
      const { handle } = await this.driver.createWindow('window');
      await this.driver.closeWindow(); // the current one, the previous file's
      await this.driver.switchToWindow(handle);
      return startSession(id, url);
    };
    return manager;
  }

  /** A PNG of part of the viewport, base64: WebDriver classic shoots the whole viewport, so it is cropped here. */
  async screenshot(clip) {
    const full = await this.driver.takeScreenshot();
    const ratio = await this.driver.execute(() => window.devicePixelRatio);
    return cropPng(full, clip, ratio);
  }

  async stop() {
    await super.stop();
    for (const p of this.processes.reverse()) if (p.exitCode === null) p.kill();
    this.processes = [];
  }
}
