/**
 * The `lineSpacing` setting on the page: `<html data-oxu-line-spacing>` and
 * one sheet holding the least line height (`--oxu-line-min`, a factor of each
 * text's own size) and the space after paragraphs. The page's own line
 * heights are kept where they are larger: the font rewrite (font-size.ts)
 * re-emits each of the page's line-height declarations as
 * `max(its value, the minimum)`, which is exactly its value while this
 * setting is off. See docs/decisions/005-reading-settings.md.
 */
import type { OxuSettings } from '../settings/model.js';
import type { LineSpacing } from '../settings/reading.js';
import { LINE_MIN_PROPERTY } from './font-values.js';
import type { Page, PageEffect } from './page.js';
import { settingSheet } from './setting-sheet.js';

/** [least line height, space after paragraphs], both × the text's own size: `wide` is WCAG 1.4.12's. */
export const LINE_SPACING: Readonly<Record<Exclude<LineSpacing, 'default'>, readonly [number, number]>> = {
  wide: [1.5, 2],
  wider: [2, 2.5],
};

export function lineSpacingCss(value: Exclude<LineSpacing, 'default'>): string {
  const [line, after] = LINE_SPACING[value];
  return (
    `:root{${LINE_MIN_PROPERTY}:${line}}` +
    // For pages that never set a line height (the initial `normal` is about 1.2): zero specificity, so a page rule wins and is floored.
    `:where(:root){line-height:${line}}` +
    // Form controls do not inherit it from the page in every engine.
    `:where(button,input,select,textarea){line-height:${line}}` +
    // A page's larger margin after a paragraph is lost; the larger margin before the next one still wins (margins collapse).
    `p{margin-block-end:${after}em !important}`
  );
}

export function lineSpacingEffect(page: Page): PageEffect {
  const sheet = settingSheet<Exclude<LineSpacing, 'default'>>(page, 'data-oxu-line-spacing', lineSpacingCss);
  return {
    apply({ lineSpacing }: OxuSettings): void {
      sheet.show(lineSpacing);
    },
  };
}
