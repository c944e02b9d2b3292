/**
 * Font-size and line-height values and their scaled forms: a length times
 * `var(--oxu-font-scale)`. Pure string work, memoised.
 */

/** The custom property that carries the scale factor (1.5 for 150 %). */
export const SCALE_PROPERTY = '--oxu-font-scale';

// The fallback keeps a scaled value meaning its original size wherever the
// variable is missing (a detached element, a copied style attribute).
export const SCALE = `var(${SCALE_PROPERTY},1)`;

/** Chromium's sizes for the absolute keywords at the default 16 px. */
const KEYWORD_PX: Readonly<Record<string, number>> = {
  'xx-small': 9,
  'x-small': 10,
  small: 13,
  medium: 16,
  large: 18,
  'x-large': 24,
  'xx-large': 32,
  'xxx-large': 48,
  '-webkit-xxx-large': 48,
  initial: 16,
};

/** On the root, these are relative to the initial 16 px, so they must be scaled too. */
const ROOT_KEYWORD_PX: Readonly<Record<string, number>> = {
  ...KEYWORD_PX,
  inherit: 16,
  unset: 16,
  smaller: 16 / 1.2,
  larger: 16 * 1.2,
};

const ABSOLUTE_UNITS = 'px|pt|pc|in|cm|mm|q';
const VIEWPORT_UNITS = '[sld]?v(?:w|h|i|b|min|max)|cq(?:w|h|i|b|min|max)';
const RELATIVE_UNITS = 'r?em|r?ex|r?ch|r?cap|r?ic|r?lh|%';

// A number with its unit, not part of an identifier, a hex colour or another number.
const token = (units: string) =>
  new RegExp(`(?<![\\w.#-])([+-]?(?:\\d*\\.)?\\d+(?:e[+-]?\\d+)?)(${units})(?![\\w-])`, 'gi');

const NON_ROOT_TOKENS = token(`${ABSOLUTE_UNITS}|${VIEWPORT_UNITS}`);
const ROOT_TOKENS = token(`${ABSOLUTE_UNITS}|${VIEWPORT_UNITS}|${RELATIVE_UNITS}`);
const LINE_HEIGHT_TOKENS = NON_ROOT_TOKENS;

const scaled = (text: string) => `calc(${text} * ${SCALE})`;
const round = (n: number) => String(Math.round(n * 1000) / 1000);

function transform(value: string, keywords: Readonly<Record<string, number>>, tokens: RegExp): string {
  const v = value.trim();
  if (!v || v.includes(SCALE_PROPERTY)) return value;
  // A var() resolves to a length oxu cannot see. On the root every length needs the scale
  // (relative ones refer to the initial size); elsewhere em, rem and % would be scaled twice.
  if (v.includes('var(')) return tokens === ROOT_TOKENS ? scaled(v) : value;
  const px = keywords[v.toLowerCase()];
  if (px !== undefined) return scaled(`${round(px)}px`);
  tokens.lastIndex = 0;
  return tokens.test(v) ? v.replace(tokens, (_, n: string, unit: string) => scaled(n + unit)) : value;
}

const memo = new Map<string, string>();

function memoized(kind: string, value: string, compute: () => string): string {
  const key = kind + value;
  let result = memo.get(key);
  if (result === undefined) {
    if (memo.size > 5000) memo.clear();
    result = compute();
    memo.set(key, result);
  }
  return result;
}

/**
 * The scaled form of a `font-size` value: absolute lengths, viewport and
 * container units and absolute keywords are multiplied by the scale; em, %,
 * rem and relative keywords are left alone because they follow the
 * already-scaled parent or root. On the root element (`root`), relative
 * lengths refer to the browser's initial size and are scaled as well.
 * Values with `var()` cannot be known: on the root they are scaled whole
 * (any length there needs it), elsewhere they come back unchanged.
 */
export function scaleFontSize(value: string, root = false): string {
  return root
    ? memoized('r', value, () => transform(value, ROOT_KEYWORD_PX, ROOT_TOKENS))
    : memoized('f', value, () => transform(value, KEYWORD_PX, NON_ROOT_TOKENS));
}

/** The scaled form of a `line-height` value: only absolute and viewport lengths need it; numbers, %, em follow the font size. */
export function scaleLineHeight(value: string): string {
  return memoized('l', value, () => transform(value, {}, LINE_HEIGHT_TOKENS));
}

/** The custom property that carries the least line height the visitor asked for (1.5 at `wide`), unset otherwise. */
export const LINE_MIN_PROPERTY = '--oxu-line-min';

const LINE_MIN_NUMBER = `var(${LINE_MIN_PROPERTY}, 0)`;
const LINE_MIN_LENGTH = `calc(var(${LINE_MIN_PROPERTY}, 0) * 1em)`;
const LINE_MIN_NORMAL = `var(${LINE_MIN_PROPERTY}, normal)`;
const NUMBER = /^[+]?(?:\d*\.)?\d+(?:e[+-]?\d+)?$/i;
const KEEP_LINE_HEIGHT = /^(?:inherit|initial|unset|revert|revert-layer)$/i;

/**
 * A `line-height` value scaled (see `scaleLineHeight`) and raised to at least
 * `var(--oxu-line-min)` times the font size, and exactly itself while that
 * property is unset: a number stays a number (so it is still inherited as a
 * factor), a length or percentage is compared with that many em, `normal`
 * gives way to it. Values with `var()` (their type cannot be known) and
 * CSS-wide keywords come back unchanged.
 */
export function floorLineHeight(value: string): string {
  return memoized('m', value, () => {
    const v = value.trim();
    if (!v || v.includes('var(') || KEEP_LINE_HEIGHT.test(v)) return value;
    if (v.toLowerCase() === 'normal') return LINE_MIN_NORMAL;
    if (NUMBER.test(v)) return `max(${v}, ${LINE_MIN_NUMBER})`;
    return `max(${scaleLineHeight(v)}, ${LINE_MIN_LENGTH})`;
  });
}

const FLOORED = new RegExp(`^max\\((.*), (?:var\\(${LINE_MIN_PROPERTY}, 0\\)|calc\\(var\\(${LINE_MIN_PROPERTY}, 0\\) \\* 1em\\))\\)$`);

const SCALED_TOKEN = new RegExp(`calc\\(([^()]*) \\* var\\(${SCALE_PROPERTY},1\\)\\)`, 'g');

/** Undoes `scaleFontSize`/`scaleLineHeight` (keywords come back as px) and `floorLineHeight`. */
export function unscale(value: string): string {
  const v = value.trim();
  const unfloored = v === LINE_MIN_NORMAL ? 'normal' : v.replace(FLOORED, '$1');
  return unfloored.replace(SCALED_TOKEN, '$1');
}
