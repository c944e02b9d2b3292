/**
 * The `letterSpacing` setting on the page: `<html data-oxu-letter-spacing>`
 * and one sheet that sets letter and word spacing in em on every element, so
 * each computes it from its own text size (and follows the text-size
 * setting). See docs/decisions/005-reading-settings.md.
 */
import type { OxuSettings } from '../settings/model.js';
import type { LetterSpacing } from '../settings/reading.js';
import { ICON_CLASSES } from './icon-fonts.js';
import type { Page, PageEffect } from './page.js';
import { settingSheet } from './setting-sheet.js';

/** [letters, words] in em of the text's own size: `wide` is WCAG 1.4.12's. */
export const LETTER_SPACING_EM: Readonly<Record<Exclude<LetterSpacing, 'default'>, readonly [number, number]>> = {
  wide: [0.12, 0.16],
  wider: [0.25, 0.32],
};

// Icons drawn by ligatures (Material Icons) lose them under letter spacing: their classes keep their own.
const TEXT = `:not(${ICON_CLASSES})`;

export function letterSpacingCss(value: Exclude<LetterSpacing, 'default'>): string {
  const [letters, words] = LETTER_SPACING_EM[value];
  return (
    `${TEXT},${TEXT}::before,${TEXT}::after{letter-spacing:${letters}em !important;word-spacing:${words}em !important}` +
    // They would inherit it from their parent.
    `:is(${ICON_CLASSES}){letter-spacing:normal !important;word-spacing:normal !important}`
  );
}

export function letterSpacingEffect(page: Page): PageEffect {
  const sheet = settingSheet<Exclude<LetterSpacing, 'default'>>(page, 'data-oxu-letter-spacing', letterSpacingCss);
  return {
    apply({ letterSpacing }: OxuSettings): void {
      sheet.show(letterSpacing);
    },
  };
}
