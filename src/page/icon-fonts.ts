/**
 * How oxu tells an icon font, for the typeface and spacing effects.
 *
 * 1. By the page's own rules: a `font-family` list with no generic family
 *    (serif, sans-serif, monospace, system-ui, …) names a face the page
 *    ships itself and cannot do without, which is what icon fonts are
 *    (font-rewrite.ts finds these rules and keeps them).
 * 2. By the class names of the icon sets sites use most, for sheets that
 *    cannot be read (a CDN without CORS): Font Awesome, Glyphicons,
 *    Material Icons and Symbols, Bootstrap Icons, Dashicons, and the
 *    `icon-` prefix of IcoMoon and Fontello.
 * See docs/decisions/005-reading-settings.md.
 */

/** Elements drawn in an icon font by a well-known icon set's class. */
export const ICON_CLASSES = [
  '.fa',
  '.fas',
  '.far',
  '.fab',
  '.fal',
  '.fad',
  '.fat',
  '[class^="fa-"]',
  '[class*=" fa-"]',
  '.glyphicon',
  '[class^="material-icons"]',
  '[class*=" material-icons"]',
  '[class^="material-symbols"]',
  '[class*=" material-symbols"]',
  '.bi',
  '[class^="bi-"]',
  '[class*=" bi-"]',
  '.dashicons',
  '[class^="icon-"]',
  '[class*=" icon-"]',
].join(',');

const GENERIC_FAMILIES = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'emoji',
  'math',
  'fangsong',
  '-apple-system',
  'blinkmacsystemfont',
]);

const CSS_WIDE = /^(?:inherit|initial|unset|revert|revert-layer)$/i;

/**
 * Whether a `font-family` value must be kept as the page wrote it: a face
 * with no generic fallback (an icon font, by the rule above) or one whose
 * generic family is monospace (code). Unknowable values (var()) are not kept.
 */
export function keepsItsFace(value: string): boolean {
  const v = value.trim();
  if (!v || v.includes('var(') || CSS_WIDE.test(v)) return false;
  const generics = v
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => !/^["']/.test(name) && GENERIC_FAMILIES.has(name));
  return generics.length === 0 || generics.some((g) => g === 'monospace' || g === 'ui-monospace');
}
