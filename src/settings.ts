/**
 * `oxu/settings.js`: the page's settings store and its events, without any
 * element and without touching the page. Import `oxu` or an element's entry
 * (`oxu/font-size.js`) to define elements; call `connectPage()` when you
 * register the classes under tags of your own and want the page to follow.
 */
export { settings, SettingsStore } from './settings/store.js';
export type { SettingsListener } from './settings/store.js';
export { DEFAULT_SETTINGS } from './settings/model.js';
export type { OxuSettings } from './settings/model.js';
export { COLOR_SCHEMES, PALETTES, isColorScheme } from './settings/schemes.js';
export { FONT_FAMILIES, IMAGE_MODES, LETTER_SPACINGS, LINE_SPACINGS, MOTIONS } from './settings/reading.js';
export type { FontFamily, ImageMode, LetterSpacing, LineSpacing, Motion } from './settings/reading.js';
export type { ColorScheme, Palette } from './settings/schemes.js';
export { DEFAULT_LEVELS, parseLevels } from './settings/levels.js';
export { SettingsController } from './settings/settings-controller.js';
export { connectPage } from './page/engine.js';
export { OxuChangeEvent, OxuSettingsChangeEvent } from './events.js';
export type { OxuChangeDetail } from './events.js';
