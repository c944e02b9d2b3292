/** Selector text as the font rewrite needs it: lists split, and the part that can match the root. */

/**
 * Calls `visit` with each character of `selector` that stands outside parens,
 * brackets and strings; stops and returns true as soon as `visit` does.
 */
function scanTopLevel(selector: string, visit: (c: string, i: number) => boolean | void): boolean {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i];
    if (c === '\\') i++;
    else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && visit(c, i)) return true;
  }
  return false;
}

/** Splits a selector list on its top-level commas (not inside parens, brackets or strings). */
export function splitSelectorList(selector: string): string[] {
  const parts: string[] = [];
  let start = 0;
  scanTopLevel(selector, (c, i) => {
    if (c !== ',') return;
    parts.push(selector.slice(start, i).trim());
    start = i + 1;
  });
  parts.push(selector.slice(start).trim());
  return parts.filter(Boolean);
}

/** Whether a complex selector has a combinator outside parens and brackets, so it cannot match the root. */
function hasTopLevelCombinator(selector: string): boolean {
  return scanTopLevel(selector, (c) => c === ' ' || c === '>' || c === '+' || c === '~');
}

const PSEUDO_ELEMENT = /::|:(?:before|after|first-line|first-letter)(?![\w-])/i;
// `p.note` cannot be the root; `html.x`, `.x` and `*` can.
const OTHER_TYPE = /^(?!(?:html|svg)(?![\w-]))[a-z][\w-]*/i;

/**
 * The part of a selector list that can match the root element, each complex
 * selector narrowed to it with `:where(:root)` (no added specificity); '' when
 * none can.
 */
export function rootOnlySelector(selector: string): string {
  return splitSelectorList(selector)
    .filter((s) => !PSEUDO_ELEMENT.test(s) && !OTHER_TYPE.test(s) && !hasTopLevelCombinator(s))
    .map((s) => `${s}:where(:root)`)
    .join(',');
}

// Images, media, embedded content and form controls that draw no text of their own: a height there is their size.
const REPLACED = 'img,svg,video,canvas,iframe,embed,object,picture,audio,input,select,textarea,progress,meter,hr';

/**
 * The selector list narrowed to elements that are not replaced elements
 * (`:not(:where(…))`, no added specificity); pseudo-elements kept as they are.
 */
export function withoutReplacedElements(selector: string): string {
  return splitSelectorList(selector)
    .map((s) => (PSEUDO_ELEMENT.test(s) ? s : `${s}:not(:where(${REPLACED}))`))
    .join(',');
}

/**
 * The selector list narrowed to elements that neither have focus nor hold it
 * (no added specificity); pseudo-elements, which cannot be told apart so, left out.
 */
export function unlessFocused(selector: string): string {
  return splitSelectorList(selector)
    .filter((s) => !PSEUDO_ELEMENT.test(s))
    .map((s) => `${s}:not(:where(:focus,:focus-within))`)
    .join(',');
}
