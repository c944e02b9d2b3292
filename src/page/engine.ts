/**
 * Everything oxu does to the host page happens in src/page/ and nowhere else:
 * the `data-oxu-*` attributes on <html>, and constructed stylesheets adopted
 * by the document and by the open shadow roots of the page's other
 * components. At the default settings none of it is present: the page is
 * exactly as its authors made it. One engine per document follows the store;
 * each setting's effect is a file of its own, listed here.
 */
import { settings as pageSettings, type SettingsStore } from '../settings/store.js';
import type { OxuSettings } from '../settings/model.js';
import { colorSchemeEffect } from './color-scheme.js';
import { fontFamilyEffect } from './font-family.js';
import { fontSizeEffect } from './font-size.js';
import { imagesEffect } from './images.js';
import { letterSpacingEffect } from './letter-spacing.js';
import { lineSpacingEffect } from './line-spacing.js';
import { motionEffect } from './motion.js';
import { Page, type PageEffect } from './page.js';
import { reflowEffect } from './reflow.js';

/** The effects, in the order they are applied. */
const EFFECTS: ReadonlyArray<(page: Page) => PageEffect> = [
  fontSizeEffect,
  reflowEffect,
  colorSchemeEffect,
  letterSpacingEffect,
  lineSpacingEffect,
  fontFamilyEffect,
  imagesEffect,
  motionEffect,
];

// Registered symbols, so that a second copy of oxu on the page finds the first one's engine.
const ENGINE = Symbol.for('oxu.page-engine');
const CONNECTED = Symbol.for('oxu.page-effects');

class PageEngine {
  private readonly _effects: PageEffect[];

  constructor(doc: Document, store: SettingsStore) {
    const page = new Page(doc);
    // In <head>, while the page is still being parsed, watching for shadow roots costs
    // nothing (there are no elements to search yet) and spares the first setting a
    // search of the whole page later. Loaded after the page, oxu searches on first need.
    if (doc.readyState === 'loading') page.roots.need();
    this._effects = EFFECTS.map((effect) => effect(page));
    this._apply(store.value);
    store.subscribe((value) => this._apply(value));
  }

  private _apply(value: OxuSettings): void {
    for (const effect of this._effects) effect.apply(value);
  }
}

/**
 * Makes `doc` follow the store from now on, starting with its current
 * value. Idempotent across copies of oxu: the first copy on the page does it.
 */
export function connectPage(store: SettingsStore = pageSettings, doc: Document | undefined = globalThis.document): void {
  if (!doc) return;
  const slot = doc as unknown as Record<symbol, unknown>;
  const g = globalThis as Record<symbol, unknown>;
  // An older copy of oxu marks the realm, not the document.
  const own = doc === globalThis.document;
  if (slot[ENGINE] || (own && g[CONNECTED])) return;
  if (own) g[CONNECTED] = true;
  slot[ENGINE] = new PageEngine(doc, store);
}
