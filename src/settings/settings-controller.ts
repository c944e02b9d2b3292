import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OxuSettings } from './model.js';
import { settings } from './store.js';

/**
 * Re-renders its host when the page's settings change: every change, or with
 * `select` only those that change what it picks (e.g. `(s) => s.fontSize`)
 * or the page's text-size levels. A selector for one setting stays as it is
 * while another setting changes.
 */
export class SettingsController implements ReactiveController {
  private _unsubscribe?: () => void;
  private _seen: unknown;
  /** A list the store never holds until the first look, so that one counts as a change. */
  private _levels: readonly number[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly select?: (value: OxuSettings) => unknown,
  ) {
    host.addController(this);
  }

  get value(): OxuSettings {
    return settings.value;
  }

  get levels(): readonly number[] {
    return settings.levels;
  }

  hostConnected(): void {
    // What changed while the host was away from the page is shown now.
    if (this._changed()) this.host.requestUpdate();
    this._unsubscribe = settings.subscribe(() => {
      if (this._changed()) this.host.requestUpdate();
    });
  }

  /** Whether what the host picks (or the levels) differs from the last time it was asked. */
  private _changed(): boolean {
    const seen = this.select ? this.select(settings.value) : settings.value;
    if (this._levels === settings.levels && Object.is(seen, this._seen)) return false;
    this._seen = seen;
    this._levels = settings.levels;
    return true;
  }

  hostDisconnected(): void {
    this._unsubscribe?.();
    this._unsubscribe = undefined;
  }
}
