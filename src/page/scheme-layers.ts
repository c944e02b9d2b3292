/**
 * Which `::before`/`::after` boxes a colour scheme may fill. The scheme's
 * sheet leaves every pseudo-element transparent; this rewrite gives the
 * scheme's background back to those the page itself filled. Pure: it reads
 * the CSSOM and returns CSS text (see color-scheme.ts and
 * docs/decisions/010-scheme-layers.md).
 *
 * Every style rule that targets a pseudo-element and declares a background
 * colour is re-emitted, in its original order and wrappers, with that
 * pseudo-element narrowed to boxes outside `data-oxu-keep-colors` (no added
 * specificity): `background-color: transparent` where the page's colour is
 * transparent, the scheme's background where it is not. Adopted after the
 * page's sheets, each twin wins where its original won.
 */

import { header, type AnyRule } from './font-rewrite.js';
import { splitSelectorList } from './font-selectors.js';

const PAINTED = 'var(--oxu-scheme-background)';
const KEEP = ':where(:not([data-oxu-keep-colors],[data-oxu-keep-colors] *))';
// The pseudo-element of a complex selector, where the narrowing goes in front of it.
const PSEUDO = /(::?)(before|after)(?![\w-])/i;

const ZERO = String.raw`\s*0*(?:\.0*)?%?\s*\)$`;
const LEGACY_CLEAR = new RegExp(String.raw`^(?:rgba?|hsla?)\((?:[^,()]*,){3}${ZERO}`);
const MODERN_CLEAR = new RegExp(String.raw`^[a-z]+\([^/()]*/${ZERO}`);

const cache = new WeakMap<CSSStyleSheet, { css: string; rules: number }>();

/** Whether a background colour, as the CSSOM serializes it, paints nothing. */
export function isTransparent(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (v === 'transparent' || v === 'initial' || v === 'unset' || v === 'revert' || v === 'revert-layer') return true;
  if (/^#(?:[0-9a-f]{3}0|[0-9a-f]{6}00)$/.test(v)) return true;
  // rgba(0, 0, 0, 0), hsla(…, 0), rgb(0 0 0 / 0%): an alpha of zero.
  return LEGACY_CLEAR.test(v) || MODERN_CLEAR.test(v);
}

/** The pseudo-element parts of a selector list, each narrowed to boxes the scheme colours; '' when none. */
export function pseudoSelector(selector: string): string {
  return splitSelectorList(selector)
    .filter((s) => PSEUDO.test(s))
    .map((s) => s.replace(PSEUDO, `${KEEP}$1$2`))
    .join(',');
}

function rewriteRules(rules: CSSRuleList): string {
  let out = '';
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as AnyRule;
    if (rule.type === 1 /* style rule */) {
      const style = rule.style!;
      const color = style.getPropertyValue('background-color');
      const nested = rule.cssRules?.length ? rewriteRules(rule.cssRules) : '';
      if (!color && !nested) continue;
      const selector = rule.selectorText!;
      if (color) {
        const own = pseudoSelector(selector);
        if (own) out += `${own}{background-color:${isTransparent(color) ? 'transparent' : PAINTED} !important}`;
      }
      if (nested) out += `${selector}{${nested}}`;
    } else if (rule.type === 3 /* @import */) {
      const sheet = rule.styleSheet;
      const inner = sheet ? rewriteLayers(sheet) : '';
      const media = rule.media?.mediaText;
      if (inner) out += media ? `@media ${media}{${inner}}` : inner;
    } else if (rule.cssRules) {
      const prelude = header(rule);
      if (prelude === null) continue;
      const inner = rewriteRules(rule.cssRules);
      if (inner) out += `${prelude}{${inner}}`;
    }
  }
  return out;
}

/**
 * The scheme's background twins of one sheet's pseudo-element rules, cached
 * per sheet until its rule count changes; '' for a sheet that cannot be read.
 */
export function rewriteLayers(sheet: CSSStyleSheet): string {
  let rules: CSSRuleList;
  try {
    rules = sheet.cssRules;
  } catch {
    return '';
  }
  const cached = cache.get(sheet);
  if (cached && cached.rules === rules.length) return cached.css;
  let css = rewriteRules(rules);
  const media = sheet.media?.mediaText;
  if (css && media) css = `@media ${media}{${css}}`;
  cache.set(sheet, { css, rules: rules.length });
  return css;
}
