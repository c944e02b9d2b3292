/** Every built-in colour scheme, `default` first (the page as its authors made it). */
export const COLOR_SCHEMES = [
  'default',
  'black-on-white',
  'white-on-black',
  'yellow-on-black',
  'blue-on-light-blue',
  'brown-on-beige',
  'green-on-brown',
] as const;

export type ColorScheme = (typeof COLOR_SCHEMES)[number];

/** The colours one scheme paints the page in. */
export interface Palette {
  /** text, borders and icons drawn in `currentColor` */
  readonly text: string;
  readonly background: string;
  readonly link: string;
  readonly visited: string;
  /** the focus ring */
  readonly focus: string;
}

/**
 * Text, links, visited links and focus rings are all at 7:1 or more against
 * the background (WCAG 1.4.6); links are told apart from text by their
 * underline, which schemes always draw.
 */
export const PALETTES: Readonly<Record<Exclude<ColorScheme, 'default'>, Palette>> = {
  'black-on-white': { text: '#000000', background: '#ffffff', link: '#0000cc', visited: '#551a8b', focus: '#0000cc' },
  'white-on-black': { text: '#ffffff', background: '#000000', link: '#ffff00', visited: '#ffb3ff', focus: '#ffff00' },
  'yellow-on-black': { text: '#ffff00', background: '#000000', link: '#00ffff', visited: '#ffb3ff', focus: '#ffffff' },
  'blue-on-light-blue': { text: '#063462', background: '#9dd1ff', link: '#000000', visited: '#3b0764', focus: '#000000' },
  'brown-on-beige': { text: '#4d4b43', background: '#f7f3d6', link: '#1a1208', visited: '#5c1a3a', focus: '#000000' },
  'green-on-brown': { text: '#a9e44d', background: '#3b2716', link: '#ffffff', visited: '#ffd27f', focus: '#ffffff' },
};

export function isColorScheme(value: unknown): value is ColorScheme {
  return typeof value === 'string' && (COLOR_SCHEMES as readonly string[]).includes(value);
}
