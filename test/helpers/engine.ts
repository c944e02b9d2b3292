import { executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

let current: Promise<Engine> | undefined;

/** The engine this test file runs in, as the test server launched it. */
export function engine(): Promise<Engine> {
  return (current ??= executeServerCommand<Engine, undefined>('engine'));
}

// On the page, not in this module: the root reset may hold another instance of it.
const state = globalThis as { __oxuForcedColors?: boolean };

/** Whether a test left forced colours emulated (the root reset turns them off). */
export const forcedColorsEmulated = (): boolean => state.__oxuForcedColors === true;

/**
 * Emulates `(forced-colors: active)` (or turns it off). Resolves false where
 * the engine cannot: WebKitGTK has no forced-colours mode and WebDriver
 * classic no media emulation, so tests of it skip there.
 */
export async function emulateForcedColors(active: boolean): Promise<boolean> {
  const done = await executeServerCommand<boolean, { active: boolean }>('emulate-forced-colors', { active });
  state.__oxuForcedColors = done && active;
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
