/**
 * Rewrites a page's stylesheets into one sheet that enlarges all text by
 * `var(--oxu-font-scale)`. Pure: it reads the CSSOM and returns CSS text; the
 * caller adopts it (see font-size.ts).
 *
 * Every style rule that declares `font-size` or `line-height` is re-emitted in
 * its original order, inside the same `@media`/`@supports`/`@layer`/
 * `@container`/nesting wrappers, with the same selector. The result is
 * adopted after the page's own sheets, so at equal specificity each twin wins
 * exactly where its original won, and relative sizes (em, %) keep following
 * their already-scaled parents. Line heights are also raised to the least one
 * the line-spacing setting asks for (`floorLineHeight`, a no-op while it is
 * off), and, on request, icon and monospace faces are kept and text on
 * background images given a plain background (see `RuleOptions`). See
 * docs/decisions/001-font-scaling.md and 005-reading-settings.md.
 */

import { ASSUMED_CONTROL_SIZES, FORM_CONTROLS, type ControlSizes } from './font-controls.js';
import { rootOnlySelector, unlessFocused, withoutReplacedElements } from './font-selectors.js';
import { floorLineHeight, SCALE, scaleFontSize } from './font-values.js';
import { keepsItsFace } from './icon-fonts.js';
import { heightAsMinimum, keptOutOfSight } from './reflow-rules.js';

export interface FontRewrite {
  /** CSS text to adopt after the given sheets. */
  readonly css: string;
  /** Sheets whose rules cannot be read (cross-origin without CORS), imported ones included. */
  readonly unreadable: CSSStyleSheet[];
}

/**
 * What the twins carry besides scaled sizes and floored line heights, each
 * only while its setting is on.
 */
export interface RuleOptions {
  /** `font-family` of icon and monospace faces, re-emitted `!important` so the typeface setting keeps them. */
  readonly keepFaces?: boolean;
  /** Where a rule draws a background image, a plain background and text colour, so text that stood on it stays readable once it is removed. */
  readonly clearBackgrounds?: boolean;
}

export interface RewriteOptions extends RuleOptions {
  /**
   * Rewriting for a document (true) or a shadow root (false). A document also
   * gets a scaled root size for pages that never size `<html>` themselves.
   */
  readonly document?: boolean;
  /** The engine's default size of each form control (default: 13.333 px for all). */
  readonly controls?: ControlSizes;
}

/** What the cache needs to tell whether a sheet's rewrite is still current. */
interface Entry {
  readonly key: string;
  readonly css: string;
  readonly unreadable: CSSStyleSheet[];
  readonly checks: ReadonlyArray<readonly [CSSStyleSheet, number]>;
  readonly imports: ReadonlyArray<readonly [CSSImportRule, CSSStyleSheet | null]>;
}

const cache = new WeakMap<CSSStyleSheet, Entry>();

interface Walk {
  options: RuleOptions;
  unreadable: CSSStyleSheet[];
  checks: Array<readonly [CSSStyleSheet, number]>;
  imports: Array<readonly [CSSImportRule, CSSStyleSheet | null]>;
}

export type AnyRule = CSSRule & {
  selectorText?: string;
  style?: CSSStyleDeclaration;
  cssRules?: CSSRuleList;
  media?: MediaList;
  conditionText?: string;
  name?: string;
  layerName?: string | null;
  supportsText?: string | null;
  containerName?: string;
  containerQuery?: string;
  styleSheet?: CSSStyleSheet | null;
};

function readRules(sheet: CSSStyleSheet, walk: Walk): CSSRuleList | null {
  try {
    const rules = sheet.cssRules;
    walk.checks.push([sheet, rules.length]);
    return rules;
  } catch {
    walk.unreadable.push(sheet);
    return null;
  }
}

const IMAGE_VALUE = /\b(?:url|image-set|-webkit-image-set|image|element|cross-fade|(?:repeating-)?(?:linear|radial|conic)-gradient)\(/i;
// The scheme's colours when one is on, else the system's plain ones.
const PLAIN_BACKGROUND = 'background-color:var(--oxu-scheme-background,Canvas) !important;color:var(--oxu-scheme-text,CanvasText) !important;';

function declarations(style: CSSStyleDeclaration, root: boolean, options: RuleOptions = {}): string {
  let out = '';
  const size = style.getPropertyValue('font-size');
  if (size) {
    const important = style.getPropertyPriority('font-size') ? ' !important' : '';
    out += `font-size:${root ? scaleFontSize(size, true) : scaleFontSize(size)}${important};`;
  }
  const height = root ? '' : style.getPropertyValue('line-height');
  if (height) {
    const important = style.getPropertyPriority('line-height') ? ' !important' : '';
    out += `line-height:${floorLineHeight(height)}${important};`;
  }
  if (root) return out;
  if (options.keepFaces) {
    const family = style.getPropertyValue('font-family');
    if (family && keepsItsFace(family)) out += `font-family:${family} !important;`;
  }
  if (options.clearBackgrounds && IMAGE_VALUE.test(style.getPropertyValue('background-image'))) out += PLAIN_BACKGROUND;
  return out;
}

/** The prelude of a grouping rule, read from its parts so a large block is not serialized. */
export function header(rule: AnyRule): string | null {
  switch (rule.constructor.name) {
    case 'CSSMediaRule':
      return `@media ${rule.media!.mediaText}`;
    case 'CSSSupportsRule':
      return `@supports ${rule.conditionText}`;
    case 'CSSLayerBlockRule':
      return `@layer ${rule.name}`;
    case 'CSSContainerRule':
      return `@container ${rule.containerName ?? ''} ${rule.containerQuery ?? rule.conditionText}`;
    case 'CSSKeyframesRule':
    case 'CSSFontFeatureValuesRule':
      return null;
    default: {
      // @scope, @starting-style and whatever comes next: the prelude as the browser serializes it.
      const text = rule.cssText;
      const brace = text.indexOf('{');
      return brace > 0 ? text.slice(0, brace).trim() : null;
    }
  }
}

function rewriteRules(rules: CSSRuleList, walk: Walk): string {
  let out = '';
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as AnyRule;
    // The numeric type first: reading selectorText serialises the selector, a cost on every rule.
    const type = rule.type;
    if (type === 1 /* style rule */) {
      out += rewriteStyleRule(rule, walk);
    } else if (type === 0 && rule.style && rule.constructor.name === 'CSSNestedDeclarations') {
      // Declarations after nested rules (CSSNestedDeclarations): they stay in place.
      out += declarations(rule.style, false, walk.options);
    } else if (rule.type === 3 /* @import */) {
      out += rewriteImport(rule, walk);
    } else if (rule.cssRules) {
      const prelude = header(rule);
      if (prelude === null) continue;
      const inner = rewriteRules(rule.cssRules, walk);
      if (inner) out += `${prelude}{${inner}}`;
    }
  }
  return out;
}

function rewriteStyleRule(rule: AnyRule, walk: Walk): string {
  const style = rule.style!;
  const own = declarations(style, false, walk.options);
  const grow = heightAsMinimum(style);
  const nested = rule.cssRules?.length ? rewriteRules(rule.cssRules, walk) : '';
  // Most rules size no text: their selector is never read.
  const hide = keptOutOfSight(style);
  if (!own && !grow && !hide && !nested) return '';
  const selector = rule.selectorText!;
  let out = own ? `${selector}{${own}}` : '';
  if (grow) {
    const boxes = withoutReplacedElements(selector);
    if (boxes) out += `${boxes}{${grow}}`;
  }
  const hidden = hide && unlessFocused(selector);
  if (hidden) out += `${hidden}{${hide}}`;
  const size = own && style.getPropertyValue('font-size');
  if (size && scaleFontSize(size, true) !== scaleFontSize(size)) {
    const rootSelector = rootOnlySelector(selector);
    if (rootSelector) out += `${rootSelector}{${declarations(style, true)}}`;
  }
  if (nested) out += `${selector}{${nested}}`;
  return out;
}

function rewriteImport(rule: AnyRule, walk: Walk): string {
  const sheet = rule.styleSheet ?? null;
  walk.imports.push([rule as unknown as CSSImportRule, sheet]);
  if (!sheet) return '';
  const rules = readRules(sheet, walk);
  if (!rules) return '';
  let inner = rewriteRules(rules, walk);
  if (!inner) return '';
  if (rule.layerName != null) inner = `@layer ${rule.layerName}{${inner}}`;
  if (rule.supportsText) inner = `@supports ${rule.supportsText}{${inner}}`;
  const media = rule.media?.mediaText;
  if (media) inner = `@media ${media}{${inner}}`;
  return inner;
}

function isCurrent(entry: Entry): boolean {
  for (const [rule, sheet] of entry.imports) if ((rule.styleSheet ?? null) !== sheet) return false;
  try {
    for (const [sheet, count] of entry.checks) if (sheet.cssRules.length !== count) return false;
  } catch {
    return false;
  }
  return true;
}

/**
 * The scaled twins of one sheet's rules, cached per sheet object until its
 * rule count (or that of a sheet it imports) changes.
 */
export function rewriteSheet(sheet: CSSStyleSheet, options: RuleOptions = {}): FontRewrite {
  const key = `${options.keepFaces ? 'f' : ''}${options.clearBackgrounds ? 'b' : ''}`;
  const cached = cache.get(sheet);
  if (cached && cached.key === key && isCurrent(cached)) return cached;
  const walk: Walk = { options, unreadable: [], checks: [], imports: [] };
  const rules = readRules(sheet, walk);
  let css = rules ? rewriteRules(rules, walk) : '';
  const media = sheet.media?.mediaText;
  if (css && media) css = `@media ${media}{${css}}`;
  const entry: Entry = { key, css, unreadable: walk.unreadable, checks: walk.checks, imports: walk.imports };
  // An unreadable sheet may become readable (or load) later: do not remember it.
  if (rules) cache.set(sheet, entry);
  return entry;
}

/** Form controls at their default size times the scale: they do not inherit the page's size. Controls of one size share a rule. */
function formControls(sizes: ControlSizes): string {
  const bySize = new Map<number, string[]>();
  for (const tag of FORM_CONTROLS) bySize.set(sizes[tag], [...(bySize.get(sizes[tag]) ?? []), tag]);
  let css = '';
  for (const [px, tags] of bySize) css += `:where(${tags.join(',')}){font-size:calc(${px}px * ${SCALE})}`;
  return css;
}

/** For pages that never size `<html>`: zero specificity, so any page rule for the root wins. */
const ROOT_DEFAULT = `:where(:root){font-size:calc(100% * ${SCALE})}`;

/**
 * What every rewrite starts with: the form-control size and, for a document,
 * the root size. It must come before the twins, which override it.
 */
export function scalingPrelude(options: RewriteOptions = {}): string {
  const controls = formControls(options.controls ?? ASSUMED_CONTROL_SIZES);
  return options.document === false ? controls : ROOT_DEFAULT + controls;
}

/**
 * One sheet of scaled twins for `sheets`, in their cascade order. Never
 * throws: sheets that cannot be read are listed in `unreadable`.
 */
export function rewriteForScaling(sheets: Iterable<CSSStyleSheet>, options: RewriteOptions = {}): FontRewrite {
  let css = scalingPrelude(options);
  const unreadable: CSSStyleSheet[] = [];
  for (const sheet of sheets) {
    if (sheet.disabled) continue;
    const part = rewriteSheet(sheet, options);
    css += part.css;
    unreadable.push(...part.unreadable);
  }
  return { css, unreadable };
}
