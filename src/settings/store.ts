import { OxuSettingsChangeEvent } from '../events.js';
import { DEFAULT_LEVELS, parseLevels } from './levels.js';
import { changedSettings, DEFAULT_SETTINGS, sameSettings, sanitise, type OxuSettings } from './model.js';
import type { ColorScheme } from './schemes.js';
import { clearStored, isOurStorageEvent, readStored, writeStored } from './storage.js';

export { DEFAULT_SETTINGS, type OxuSettings } from './model.js';

export type SettingsListener = (settings: OxuSettings) => void;

/**
 * The page's one settings store: validates, persists to
 * `localStorage["oxu:settings"]`, follows other tabs, and notifies listeners
 * and `document` (`oxu-settings-change`). It never touches the page itself;
 * page effects subscribe to it.
 *
 * A change is saved first, then subscribers are called (page effects among
 * them), then `oxu-settings-change` is fired on `document`; an element's
 * `oxu-change` follows once `set()` has returned. So every listener of either
 * event sees the page and the storage already changed.
 */
export class SettingsStore {
  private _levels: readonly number[] = DEFAULT_LEVELS;
  private _value: OxuSettings;
  private readonly _listeners = new Set<SettingsListener>();

  constructor() {
    this._value = this._fromStorage();
    globalThis.addEventListener?.('storage', (event: StorageEvent) => {
      if (isOurStorageEvent(event)) this._update(this._fromStorage());
    });
  }

  /** The current settings, a frozen plain object. */
  get value(): OxuSettings {
    return this._value;
  }

  get fontSize(): number {
    return this._value.fontSize;
  }

  get colorScheme(): ColorScheme {
    return this._value.colorScheme;
  }

  /** The text-size levels this page offers, ascending, 100 always among them. */
  get levels(): readonly number[] {
    return this._levels;
  }

  /**
   * Sets the levels the page offers (from `data-oxu-levels` on the drop-in
   * script, or by a developer). The saved size is read again: a level this
   * page does not offer shows as 100 % but stays saved for pages that do.
   */
  configure(options: { levels?: readonly number[] | string }): void {
    if (options.levels !== undefined) {
      const text = typeof options.levels === 'string' ? options.levels : options.levels.join(' ');
      const levels = parseLevels(text);
      const changed = levels.join() !== this._levels.join();
      this._levels = Object.freeze(levels);
      // Elements showing the old levels re-render even when the size itself stays.
      if (!this._update(this._fromStorage()) && changed) this._notify();
      return;
    }
    this._update(this._fromStorage());
  }

  /**
   * Validates, persists, applies and notifies. Values that are not offered
   * are ignored with a console warning; the rest of the change still applies.
   */
  set(changes: Partial<OxuSettings>): OxuSettings {
    const next = sanitise(changes, this._value, this._context(), warn);
    if (!sameSettings(next, this._value)) {
      writeStored(changedSettings(next));
      this._update(next);
    }
    return this._value;
  }

  /** Back to the page as its authors made it, and forgets the saved settings. */
  reset(): OxuSettings {
    clearStored();
    this._update(DEFAULT_SETTINGS);
    return this._value;
  }

  /** Calls `listener` on every change; returns the function that stops it. */
  subscribe(listener: SettingsListener): () => void {
    this._listeners.add(listener);
    return () => this._listeners.delete(listener);
  }

  private _context() {
    return { levels: this._levels };
  }

  private _fromStorage(): OxuSettings {
    return sanitise(readStored(), DEFAULT_SETTINGS, this._context());
  }

  /** Takes `next` as the current value; notifies and returns true when it differs. */
  private _update(next: OxuSettings): boolean {
    if (sameSettings(this._value, next)) return false;
    this._value = Object.isFrozen(next) ? next : Object.freeze({ ...next });
    this._notify();
    globalThis.document?.dispatchEvent(new OxuSettingsChangeEvent(this._value));
    return true;
  }

  private _notify(): void {
    for (const listener of [...this._listeners]) {
      try {
        listener(this._value);
      } catch (error) {
        console.error(error); // one broken listener must not stop the others
      }
    }
  }
}

function warn(message: string): void {
  console.warn(`oxu: ${message}`);
}

const STORE_KEY = Symbol.for('oxu.settings-store');

/**
 * The page's store. Kept on `globalThis` under a registered symbol so that a
 * second copy of oxu on the page (another bundle, the drop-in twice) shares it.
 */
export const settings: SettingsStore = ((globalThis as Record<symbol, unknown>)[STORE_KEY] as SettingsStore | undefined) ??
  ((globalThis as Record<symbol, unknown>)[STORE_KEY] = new SettingsStore()) as SettingsStore;
