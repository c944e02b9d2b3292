/**
 * Reflow help while text is enlarged: one sheet (reflow.css), adopted by the
 * document and the page's other shadow roots whenever `fontSize` is not 100,
 * so that larger text breaks and wraps instead of scrolling the page
 * sideways. At 100 % nothing of it is present. See
 * docs/decisions/011-reflow.md.
 */
import reflowCss from './reflow.css';
import type { OxuSettings } from '../settings/model.js';
import { adoptIn, type Page, type PageEffect } from './page.js';

export function reflowEffect(page: Page): PageEffect {
  let sheet: CSSStyleSheet | null = null;
  let on = false;

  page.roots.onRoot((root) => {
    // After the component's own adopted sheets, which arrive right after attachShadow.
    queueMicrotask(() => {
      if (on && sheet) adoptIn(root, sheet, true);
    });
  });

  return {
    apply({ fontSize }: OxuSettings): void {
      const want = fontSize !== 100;
      if (want === on) return;
      on = want;
      // Written once, while nothing adopts it, and never replaced after.
      sheet ??= page.writeSheet(reflowCss, null, false);
      page.adopt(sheet, on);
    },
  };
}
