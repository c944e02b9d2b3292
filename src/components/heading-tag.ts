import { literal, type StaticValue } from 'lit/static-html.js';

const TAGS: Readonly<Record<number, StaticValue>> = {
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/**
 * The heading tag for a `heading-level` attribute: h2 to h6, or `fallback`'s
 * tag for anything else (h1 belongs to the page).
 */
export function headingTag(value: unknown, fallback: 2 | 3 | 4 | 5 | 6): StaticValue {
  const n = typeof value === 'number' ? value : /^\s*\d\s*$/.test(String(value)) ? Number(value) : NaN;
  return TAGS[Number.isInteger(n) && n >= 2 && n <= 6 ? n : fallback];
}
