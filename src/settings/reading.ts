/**
 * The values of the reading settings beside text size and colour scheme, in
 * the order their selectors offer them, `default` first (the page as its
 * authors made it). Their effects are in src/page/.
 */
export const LETTER_SPACINGS = ['default', 'wide', 'wider'] as const;
export const LINE_SPACINGS = ['default', 'wide', 'wider'] as const;
export const FONT_FAMILIES = ['default', 'sans', 'serif'] as const;
export const IMAGE_MODES = ['default', 'grayscale', 'hidden'] as const;
export const MOTIONS = ['default', 'reduced'] as const;

export type LetterSpacing = (typeof LETTER_SPACINGS)[number];
export type LineSpacing = (typeof LINE_SPACINGS)[number];
export type FontFamily = (typeof FONT_FAMILIES)[number];
export type ImageMode = (typeof IMAGE_MODES)[number];
export type Motion = (typeof MOTIONS)[number];

/** A test that `value` is one of `values`, exactly as written. */
export const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);
