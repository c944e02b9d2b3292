/**
 * The `fontFamily` setting on the page: `<html data-oxu-font-family>` and one
 * sheet that puts every element's text in a plain face from the visitor's
 * system (no font is downloaded). Code and preformatted text keep their
 * monospace face; icon fonts keep theirs, told apart as icon-fonts.ts says
 * (the font rewrite re-emits the page's own icon and monospace faces, see
 * font-size.ts). See docs/decisions/005-reading-settings.md.
 */
import type { OxuSettings } from '../settings/model.js';
import type { FontFamily } from '../settings/reading.js';
import { ICON_CLASSES } from './icon-fonts.js';
import type { Page, PageEffect } from './page.js';
import { settingSheet } from './setting-sheet.js';

/**
 * System faces only, each with Latin Extended (Azerbaijani ə, ğ, ı, ş) and
 * Cyrillic: Windows, Android/ChromeOS, macOS/iOS, then the Linux defaults,
 * and the generic family last, which every system has.
 */
export const FONT_STACKS: Readonly<Record<Exclude<FontFamily, 'default'>, string>> = {
  sans: '"Segoe UI","Noto Sans",Roboto,"Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans",sans-serif',
  serif: '"Noto Serif",Georgia,Cambria,"Times New Roman","Liberation Serif","DejaVu Serif",serif',
};

const MONOSPACE = 'code,kbd,pre,samp,tt';
const MONOSPACE_INSIDE = MONOSPACE.split(',')
  .map((tag) => `${tag} *`)
  .join(',');

export function fontFamilyCss(value: Exclude<FontFamily, 'default'>): string {
  // Zero specificity: the page's own icon and monospace rules, re-emitted !important by the rewrite, win over it.
  return `:where(:not(${MONOSPACE},${MONOSPACE_INSIDE},${ICON_CLASSES})){font-family:${FONT_STACKS[value]} !important}`;
}

export function fontFamilyEffect(page: Page): PageEffect {
  const sheet = settingSheet<Exclude<FontFamily, 'default'>>(page, 'data-oxu-font-family', fontFamilyCss);
  return {
    apply({ fontFamily }: OxuSettings): void {
      sheet.show(fontFamily);
    },
  };
}
