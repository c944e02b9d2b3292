/**
 * The settings model: every setting's name, default and validation in one
 * table. The storage read and `set()` both go through `sanitise`, so a value
 * is accepted or refused the same way wherever it comes from. A new setting
 * is a new row.
 */
import { isColorScheme, type ColorScheme } from './schemes.js';

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

/** Whether two settings objects hold the same values. */
export function sameSettings(a: OxuSettings, b: OxuSettings): boolean {
  return SETTING_NAMES.every((name) => a[name] === b[name]);
}
