import type { ColorScheme } from '../settings/schemes.js';
import type { FontFamily, ImageMode, LetterSpacing, LineSpacing, Motion } from '../settings/reading.js';

/** Languages with built-in strings. */
export const LANGS = ['az', 'en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Every built-in string of every element, one table per language. */
export interface Messages {
  /** the font-size selector's name, e.g. "Şriftin ölçüsü" */
  readonly fontSizeLabel: string;
  /** accessible name of one level; the option shows an "A" at that size */
  readonly fontSizeOption: (percent: number) => string;
  /** the colour-scheme selector's name, e.g. "Saytın rəngi" */
  readonly colorSchemeLabel: string;
  readonly schemeNames: Readonly<Record<ColorScheme, string>>;
  /** shown instead of the schemes while the operating system forces its colours */
  readonly forcedColors: string;
  /** the letter-spacing selector's name and its options */
  readonly letterSpacingLabel: string;
  readonly letterSpacingNames: Readonly<Record<LetterSpacing, string>>;
  /** the line-spacing selector's name and its options */
  readonly lineSpacingLabel: string;
  readonly lineSpacingNames: Readonly<Record<LineSpacing, string>>;
  /** the typeface selector's name and its options */
  readonly fontFamilyLabel: string;
  readonly fontFamilyNames: Readonly<Record<FontFamily, string>>;
  /** the images selector's name and its options */
  readonly imagesLabel: string;
  readonly imagesNames: Readonly<Record<ImageMode, string>>;
  /** the motion selector's name and its options */
  readonly motionLabel: string;
  readonly motionNames: Readonly<Record<Motion, string>>;
  /** accessible name of the bar that holds the selectors; also its one button on a phone */
  readonly a11yBarLabel: string;
  /** the bar's button that opens the other settings */
  readonly moreSettings: string;
  /** the bar's button that puts every setting back to its default */
  readonly resetSettings: string;
  /** said to screen readers once the reset button has done its work */
  readonly resetDone: string;
  /** heading of the links footer */
  readonly linksHeading: string;
  /** appended for screen readers to links that lead to another site */
  readonly externalLink: string;
  /** appended for screen readers to links that open a new window */
  readonly newWindow: string;
  /** month names as they stand inside a date ("28 dekabr 2022") */
  readonly months: readonly string[];
}

export const MESSAGES: Readonly<Record<Lang, Messages>> = {
  az: {
    fontSizeLabel: 'Şriftin ölçüsü',
    fontSizeOption: (p) => `${p}%`,
    colorSchemeLabel: 'Saytın rəngi',
    schemeNames: {
      default: 'Saytın öz rəngləri',
      'black-on-white': 'Ağ fonda qara',
      'white-on-black': 'Qara fonda ağ',
      'yellow-on-black': 'Qara fonda sarı',
      'blue-on-light-blue': 'Açıq mavi fonda tünd mavi',
      'brown-on-beige': 'Bej fonda qəhvəyi',
      'green-on-brown': 'Qəhvəyi fonda yaşıl',
    },
    forcedColors: 'Əməliyyat sisteminin rəngləri istifadə olunur',
    letterSpacingLabel: 'Hərflər arası məsafə',
    letterSpacingNames: { default: 'Adi', wide: 'Geniş', wider: 'Daha geniş' },
    lineSpacingLabel: 'Sətirlər arası məsafə',
    lineSpacingNames: { default: 'Adi', wide: 'Geniş', wider: 'Daha geniş' },
    fontFamilyLabel: 'Şrift',
    fontFamilyNames: { default: 'Saytın öz şrifti', sans: 'Sans-serif', serif: 'Serif' },
    imagesLabel: 'Şəkillər',
    imagesNames: { default: 'Rəngli', grayscale: 'Ağ-qara', hidden: 'Gizlədilib' },
    motionLabel: 'Animasiya',
    motionNames: { default: 'Aktiv', reduced: 'Dayandırılıb' },
    a11yBarLabel: 'Görünüş ayarları',
    moreSettings: 'Digər ayarlar',
    resetSettings: 'Ayarları sıfırla',
    resetDone: 'Bütün ayarlar ilkin vəziyyətinə qaytarıldı',
    linksHeading: 'Keçidlər',
    externalLink: 'xarici sayt',
    newWindow: 'yeni pəncərədə açılır',
    months: ['yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr'],
  },
  en: {
    fontSizeLabel: 'Text size',
    fontSizeOption: (p) => `${p}%`,
    colorSchemeLabel: 'Site colours',
    schemeNames: {
      default: "The site's own colours",
      'black-on-white': 'Black on white',
      'white-on-black': 'White on black',
      'yellow-on-black': 'Yellow on black',
      'blue-on-light-blue': 'Dark blue on light blue',
      'brown-on-beige': 'Brown on beige',
      'green-on-brown': 'Green on dark brown',
    },
    forcedColors: "Your system's colours are in use",
    letterSpacingLabel: 'Letter spacing',
    letterSpacingNames: { default: 'Normal', wide: 'Wide', wider: 'Wider' },
    lineSpacingLabel: 'Line spacing',
    lineSpacingNames: { default: 'Normal', wide: 'Wide', wider: 'Wider' },
    fontFamilyLabel: 'Font',
    fontFamilyNames: { default: "The site's own", sans: 'Sans-serif', serif: 'Serif' },
    imagesLabel: 'Images',
    imagesNames: { default: 'In colour', grayscale: 'Greyscale', hidden: 'Hidden' },
    motionLabel: 'Animation',
    motionNames: { default: 'On', reduced: 'Off' },
    a11yBarLabel: 'Display settings',
    moreSettings: 'More settings',
    resetSettings: 'Reset all settings',
    resetDone: 'Every setting is back to its default',
    linksHeading: 'Links',
    externalLink: 'another website',
    newWindow: 'opens in a new window',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
  ru: {
    fontSizeLabel: 'Размер шрифта',
    fontSizeOption: (p) => `${p}%`,
    colorSchemeLabel: 'Цвет сайта',
    schemeNames: {
      default: 'Собственные цвета сайта',
      'black-on-white': 'Чёрный на белом',
      'white-on-black': 'Белый на чёрном',
      'yellow-on-black': 'Жёлтый на чёрном',
      'blue-on-light-blue': 'Тёмно-синий на голубом',
      'brown-on-beige': 'Коричневый на бежевом',
      'green-on-brown': 'Зелёный на тёмно-коричневом',
    },
    forcedColors: 'Используются цвета операционной системы',
    letterSpacingLabel: 'Межбуквенный интервал',
    letterSpacingNames: { default: 'Обычный', wide: 'Увеличенный', wider: 'Большой' },
    lineSpacingLabel: 'Межстрочный интервал',
    lineSpacingNames: { default: 'Обычный', wide: 'Увеличенный', wider: 'Большой' },
    fontFamilyLabel: 'Шрифт',
    fontFamilyNames: { default: 'Шрифт сайта', sans: 'Без засечек', serif: 'С засечками' },
    imagesLabel: 'Изображения',
    imagesNames: { default: 'Цветные', grayscale: 'Чёрно-белые', hidden: 'Скрыты' },
    motionLabel: 'Анимация',
    motionNames: { default: 'Включена', reduced: 'Выключена' },
    a11yBarLabel: 'Настройки отображения',
    moreSettings: 'Другие настройки',
    resetSettings: 'Сбросить настройки',
    resetDone: 'Все настройки сброшены',
    linksHeading: 'Ссылки',
    externalLink: 'внешний сайт',
    newWindow: 'открывается в новом окне',
    months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  },
};

/**
 * The built-in language for a `lang` value: its primary subtag when built in
 * (`az-Latn-AZ` → `az`); Azerbaijani, oxu's home language, where the page
 * declares none; English for any other language.
 */
export function resolveLang(lang: string | null | undefined): Lang {
  const primary = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return 'az';
  return (LANGS as readonly string[]).includes(primary) ? (primary as Lang) : 'en';
}
