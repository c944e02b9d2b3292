/**
 * The `colorScheme` setting on the page: `<html data-oxu-color-scheme>` and
 * one sheet, the scheme's palette as custom properties followed by
 * color-scheme.css, adopted by the document and the page's other shadow roots.
 */
import schemeCss from './color-scheme.css';
import type { OxuSettings } from '../settings/model.js';
import { PALETTES, type ColorScheme } from '../settings/schemes.js';
import { adoptIn, type Page, type PageEffect } from './page.js';

export function colorSchemeEffect(page: Page): PageEffect {
  let sheet: CSSStyleSheet | null = null;
  let current: ColorScheme = 'default';

  page.roots.onRoot((root) => {
    // Components set their own adopted sheets right after attachShadow (Lit assigns
    // the list, dropping anything added before), so join them a microtask later.
    queueMicrotask(() => {
      if (sheet && current !== 'default') adoptIn(root, sheet, true);
    });
  });

  return {
    apply({ colorScheme }: OxuSettings): void {
      if (colorScheme === current) return;
      current = colorScheme;
      page.setRootAttribute('data-oxu-color-scheme', colorScheme === 'default' ? null : colorScheme);
      if (colorScheme === 'default') {
        if (sheet) page.adopt(sheet, false);
        return;
      }
      // One shared sheet: replacing its text recolours every root that adopted it.
      const previous = sheet;
      sheet = page.writeSheet(schemeText(colorScheme), previous, previous !== null && page.doc.adoptedStyleSheets.includes(previous));
      if (previous && previous !== sheet) page.adopt(previous, false);
      page.adopt(sheet, true);
    },
  };
}

function schemeText(scheme: Exclude<ColorScheme, 'default'>): string {
  const p = PALETTES[scheme];
  const dark = luminance(p.background) < 0.2;
  return (
    `:root{--oxu-scheme-text:${p.text};--oxu-scheme-background:${p.background};` +
    `--oxu-scheme-link:${p.link};--oxu-scheme-visited:${p.visited};--oxu-scheme-focus:${p.focus};` +
    `--oxu-scheme-color-scheme:${dark ? 'dark' : 'light'}}` +
    schemeCss
  );
}

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
