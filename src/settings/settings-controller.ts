import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { OxuSettings } from './model.js';
import { settings } from './store.js';

/** Re-renders its host whenever the page's settings change. */
export class SettingsController implements ReactiveController {
  private _unsubscribe?: () => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get value(): OxuSettings {
    return settings.value;
  }

  get levels(): readonly number[] {
    return settings.levels;
  }

  hostConnected(): void {
    this._unsubscribe = settings.subscribe(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this._unsubscribe?.();
    this._unsubscribe = undefined;
  }
}
