/**
 * The settings model: every setting's name, default and validation in one
 * table. The storage read and `set()` both go through `sanitise`, so a value
 * is accepted or refused the same way wherever it comes from. A new setting
 * is a new row.
 */
import { isColorScheme, type ColorScheme } from './schemes.js';
import {
  FONT_FAMILIES,
  IMAGE_MODES,
  isOneOf,
  LETTER_SPACINGS,
  LINE_SPACINGS,
  MOTIONS,
  type FontFamily,
  type ImageMode,
  type LetterSpacing,
  type LineSpacing,
  type Motion,
} from './reading.js';

/** What a value is checked against besides itself: the text-size levels this page offers. */
export interface SettingsContext {
  readonly levels: readonly number[];
}

export interface SettingSpec<T> {
  /** The value at which the page is exactly as its authors made it. */
  readonly default: T;
  /** The value as this page accepts it, or `undefined` when it does not. */
  readonly accept: (value: unknown, context: SettingsContext) => T | undefined;
  /** Why `value` was refused, for a console warning. */
  readonly refusal: (value: unknown, context: SettingsContext) => string;
}

const spec = <T>(s: SettingSpec<T>): SettingSpec<T> => s;

/** One of `values`, exactly as written. */
export function oneOf<T extends string>(name: string, test: (value: unknown) => value is T, defaultValue: T): SettingSpec<T> {
  return spec<T>({
    default: defaultValue,
    accept: (value) => (test(value) ? value : undefined),
    refusal: (value) => `unknown ${name} ${JSON.stringify(value)}`,
  });
}

/** A level the page offers; a whole number written as a string counts. */
function acceptLevel(value: unknown, { levels }: SettingsContext): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && levels.includes(n) ? n : undefined;
}

export const SETTINGS = {
  /** text size in percent, one of the page's levels */
  fontSize: spec<number>({
    default: 100,
    accept: acceptLevel,
    refusal: (value, { levels }) => `fontSize ${String(value)} is not offered; levels: ${levels.join(', ')}`,
  }),
  colorScheme: oneOf<ColorScheme>('colorScheme', isColorScheme, 'default'),
  /** space between letters and words: `wide` is WCAG 1.4.12's 0.12 / 0.16 em */
  letterSpacing: oneOf<LetterSpacing>('letterSpacing', isOneOf(LETTER_SPACINGS), 'default'),
  /** space between lines and after paragraphs: `wide` is WCAG 1.4.12's 1.5 / 2 × the font size */
  lineSpacing: oneOf<LineSpacing>('lineSpacing', isOneOf(LINE_SPACINGS), 'default'),
  /** the typeface of the page's text, from the visitor's system */
  fontFamily: oneOf<FontFamily>('fontFamily', isOneOf(FONT_FAMILIES), 'default'),
  /** images as they are, in greyscale, or replaced by their text alternative */
  images: oneOf<ImageMode>('images', isOneOf(IMAGE_MODES), 'default'),
  /** animations, transitions and autoplaying media stopped */
  motion: oneOf<Motion>('motion', isOneOf(MOTIONS), 'default'),
} as const;

export type SettingName = keyof typeof SETTINGS;

type ValueOf<S> = S extends SettingSpec<infer T> ? T : never;

/** A visitor's reading settings. */
export type OxuSettings = { readonly [K in SettingName]: ValueOf<(typeof SETTINGS)[K]> };

/** Every setting's name, in the table's order. */
export const SETTING_NAMES = Object.freeze(Object.keys(SETTINGS) as SettingName[]);

export const DEFAULT_SETTINGS: OxuSettings = Object.freeze(
  Object.fromEntries(SETTING_NAMES.map((name) => [name, SETTINGS[name].default])) as unknown as OxuSettings,
);

/**
 * `input`'s settings laid over `base`, setting by setting: a value missing
 * (or `undefined`) keeps the base's, a refused one keeps it too and is
 * reported to `refused`. Always a new frozen object.
 */
export function sanitise(
  input: unknown,
  base: OxuSettings,
  context: SettingsContext,
  refused?: (message: string) => void,
): OxuSettings {
  const record = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const name of SETTING_NAMES) {
    const value = record[name];
    const { accept, refusal } = SETTINGS[name] as SettingSpec<unknown>;
    const accepted = value === undefined ? undefined : accept(value, context);
    if (value !== undefined && accepted === undefined) refused?.(refusal(value, context));
    out[name] = accepted === undefined ? base[name] : accepted;
  }
  return Object.freeze(out) as unknown as OxuSettings;
}

/**
 * What storage keeps: the settings that differ from their defaults (a missing
 * key means its default, so `{"v":1,"fontSize":150,"images":"hidden"}`).
 */
export function changedSettings(settings: OxuSettings): Partial<OxuSettings> {
  return Object.fromEntries(SETTING_NAMES.filter((name) => settings[name] !== DEFAULT_SETTINGS[name]).map((name) => [name, settings[name]]));
}

/** Whether two settings objects hold the same values. */
export function sameSettings(a: OxuSettings, b: OxuSettings): boolean {
  return SETTING_NAMES.every((name) => a[name] === b[name]);
}
