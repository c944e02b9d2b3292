// `import 'oxu'`: every element and the store.
import { settings, OxuFontSize, type OxuSettings, type ColorScheme } from 'oxu';
import type { Equal, Expect } from './types.js';

const picker = document.querySelector('oxu-font-size');
export type QueryTyped = Expect<Equal<typeof picker, OxuFontSize | null>>;

const now: OxuSettings = settings.value;
const scheme: ColorScheme = settings.colorScheme;
const sizes: readonly number[] = settings.levels;
settings.set({ fontSize: 150, colorScheme: 'white-on-black' });
settings.configure({ levels: [100, 150, 200, 300] });
settings.configure({ levels: '100 150 200' });
const stop = settings.subscribe((next) => console.log(next.fontSize));
stop();
settings.reset();

document.addEventListener('oxu-settings-change', (event) => {
  type _ = Expect<Equal<typeof event.detail, OxuSettings>>;
  console.log(event.detail.fontSize, event.detail.colorScheme);
});

console.log(now, scheme, sizes);
// Every element's tag is typed as its class.
const bar = document.createElement('oxu-a11y-bar');
bar.fontSizeLabel = 'Şrift';
bar.colorSchemeLabel = 'Rəng';
const schemes = document.createElement('oxu-color-scheme');
schemes.schemes = 'default white-on-black';
const card = document.createElement('oxu-news-card');
card.href = '/xeberler/1';
card.datetime = '2022-12-28T16:02';
card.headingLevel = 2;
const footer = document.createElement('oxu-links-footer');
footer.heading = 'Keçidlər';
document.body.append(bar, schemes, card, footer);
