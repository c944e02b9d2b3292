import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

let current: Promise<Engine> | undefined;

/** The engine this test file runs in, as the test server launched it. */
export function engine(): Promise<Engine> {
  return (current ??= executeServerCommand<Engine, undefined>('engine'));
}

/**
 * Emulates `(forced-colors: active)` (or turns it off). Resolves false where
 * the engine cannot: WebKitGTK has no forced-colours mode and WebDriver
 * classic no media emulation, so tests of it skip there.
 */
export async function emulateForcedColors(active: boolean): Promise<boolean> {
  const done = await executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active });
  if (done && matchMedia('(forced-colors: active)').matches !== active) {
    // Chromium applies the emulation on a later task.
    await waitFor(() => matchMedia('(forced-colors: active)').matches === active, 'forced-colors media to follow');
  }
  return done;
}

/** Waits for `condition` across tasks and frames, failing with `what` after `timeout` ms. */
export async function waitFor(condition: () => boolean, what: string, timeout = 3000): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
