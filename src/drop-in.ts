/**
 * The drop-in door: one classic script in <head>. It applies the visitor's
 * saved settings at once (before the first paint), defines every element and
 * exposes `window.Oxu`.
 */
import type { OxuSettings } from './settings/model.js';
import { settings } from './settings/store.js';
import './index.js'; // defines every element and connects the page to the store

/** `window.Oxu`: the page's settings for scripts and the browser console. */
export interface OxuGlobal {
  /** the current settings, e.g. `{ fontSize: 100, colorScheme: 'default' }` */
  readonly settings: OxuSettings;
  /** the text-size levels this page offers */
  readonly levels: readonly number[];
  /** validates, applies, persists and notifies */
  set(changes: Partial<OxuSettings>): OxuSettings;
  /** back to the page as its authors made it */
  reset(): OxuSettings;
}

declare global {
  interface Window {
    Oxu: OxuGlobal;
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const levels = script?.getAttribute('data-oxu-levels');
if (levels != null) settings.configure({ levels });

if (!window.Oxu) {
  const api: OxuGlobal = {
    get settings() {
      return settings.value;
    },
    get levels() {
      return settings.levels;
    },
    set: (changes) => settings.set(changes),
    reset: () => settings.reset(),
  };
  Object.defineProperty(window, 'Oxu', { value: Object.freeze(api), configurable: true, enumerable: false, writable: false });
}

if (script?.hasAttribute('data-oxu-auto')) autoInsertBar();

/**
 * Puts a bar first in <body> as soon as <body> exists, so it is there at the
 * first paint. If the page turns out to have its own bar, the inserted one
 * goes away again once the page is parsed.
 */
function autoInsertBar(): void {
  let inserted: HTMLElement | null = null;
  const insert = () => {
    if (inserted || !document.body || document.querySelector('oxu-a11y-bar')) return;
    inserted = document.createElement('oxu-a11y-bar');
    document.body.prepend(inserted);
  };
  if (document.body) insert();
  else {
    const observer = new MutationObserver(() => {
      if (!document.body) return;
      observer.disconnect();
      insert();
    });
    observer.observe(document.documentElement, { childList: true });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => {
      insert();
      const bars = document.querySelectorAll('oxu-a11y-bar');
      if (inserted && bars.length > 1) inserted.remove();
    });
  }
}
