/**
 * oxu for bundler users: importing this module defines every element and
 * connects the page to the settings store.
 */
import { connectPage } from './page/engine.js';

export { settings, SettingsStore } from './settings/store.js';
export type { SettingsListener } from './settings/store.js';
export { DEFAULT_SETTINGS } from './settings/model.js';
export type { OxuSettings } from './settings/model.js';
export { COLOR_SCHEMES, PALETTES, isColorScheme } from './settings/schemes.js';
export { FONT_FAMILIES, IMAGE_MODES, LETTER_SPACINGS, LINE_SPACINGS, MOTIONS } from './settings/reading.js';
export type { FontFamily, ImageMode, LetterSpacing, LineSpacing, Motion } from './settings/reading.js';
export type { ColorScheme, Palette } from './settings/schemes.js';
export { DEFAULT_LEVELS, parseLevels } from './settings/levels.js';
export { OxuChangeEvent, OxuSettingsChangeEvent } from './events.js';
export type { OxuChangeDetail } from './events.js';

connectPage();

// Each define file registers its element (once) and re-exports its class.
export { OxuFontSize } from './components/font-size/font-size.js';
export { OxuColorScheme } from './components/color-scheme/color-scheme.js';
export { OxuLetterSpacing } from './components/letter-spacing/letter-spacing.js';
export { OxuLineSpacing } from './components/line-spacing/line-spacing.js';
export { OxuFontFamily } from './components/font-family/font-family.js';
export { OxuImages } from './components/images/images.js';
export { OxuMotion } from './components/motion/motion.js';
export { OxuA11yBar } from './components/a11y-bar/a11y-bar.js';
export { OxuNewsCard } from './components/news-card/news-card.js';
export { OxuLinksFooter } from './components/links-footer/links-footer.js';
