/**
 * A setting whose whole effect is one constructed sheet per value: the sheet
 * of the current value adopted by the document and the page's other open
 * shadow roots (new ones too), and `<html data-oxu-…="value">`. At `default`
 * neither is present. Each sheet is written once and never replaced, so no
 * sheet is ever rewritten while nobody adopts it (see `Page.writeSheet`).
 */
import { adoptIn, type Page } from './page.js';

export interface SettingSheet<V extends string> {
  /** Shows `value` on the page; returns whether it changed. */
  show(value: V | 'default'): boolean;
  /** The value shown. */
  readonly value: V | 'default';
}

export function settingSheet<V extends string>(page: Page, attribute: string, css: (value: V) => string): SettingSheet<V> {
  const sheets = new Map<V, CSSStyleSheet>();
  let current: V | 'default' = 'default';
  const sheetOf = (value: V) => {
    let sheet = sheets.get(value);
    if (!sheet) sheets.set(value, (sheet = page.writeSheet(css(value), null, false)));
    return sheet;
  };

  page.roots.onRoot((root) => {
    // Components set their own adopted sheets right after attachShadow (Lit assigns
    // the list, dropping anything added before), so join them a microtask later.
    queueMicrotask(() => {
      if (current !== 'default') adoptIn(root, sheetOf(current), true);
    });
  });

  return {
    get value() {
      return current;
    },
    show(value) {
      if (value === current) return false;
      const previous = current;
      current = value;
      page.setRootAttribute(attribute, value === 'default' ? null : value);
      if (value !== 'default') page.adopt(sheetOf(value), true);
      if (previous !== 'default') page.adopt(sheetOf(previous), false);
      return true;
    },
  };
}
