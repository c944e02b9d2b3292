import { expect, fixture, oneEvent } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { OxuA11yBar } from '../../src/components/a11y-bar/a11y-bar.component.js';
import { OxuColorScheme } from '../../src/components/color-scheme/color-scheme.component.js';
import { OxuFontSize } from '../../src/components/font-size/font-size.component.js';
import { OxuLetterSpacing } from '../../src/components/letter-spacing/letter-spacing.component.js';
import { OxuLineSpacing } from '../../src/components/line-spacing/line-spacing.component.js';
import { OxuFontFamily } from '../../src/components/font-family/font-family.component.js';
import { OxuImages } from '../../src/components/images/images.component.js';
import { OxuMotion } from '../../src/components/motion/motion.component.js';
import { OxuLinksFooter } from '../../src/components/links-footer/links-footer.component.js';
import { OxuNewsCard } from '../../src/components/news-card/news-card.component.js';
import '../../src/components/a11y-bar/a11y-bar.js';
import '../../src/components/news-card/news-card.js';
import '../../src/components/links-footer/links-footer.js';
import { settings } from '../../src/settings/store.js';
import { decodePng } from '../helpers/pixels.js';
import { engine } from '../helpers/engine.js';
import { connectPage } from '../../src/page/engine.js';

// What docs/composing.md promises about the classes under tags of one's own.

const CLASSES: Record<string, typeof LitElement> = {
  'font-size': OxuFontSize,
  'color-scheme': OxuColorScheme,
  'a11y-bar': OxuA11yBar,
  'letter-spacing': OxuLetterSpacing,
  'line-spacing': OxuLineSpacing,
  'font-family': OxuFontFamily,
  images: OxuImages,
  motion: OxuMotion,
  'news-card': OxuNewsCard,
  'links-footer': OxuLinksFooter,
};
for (const [name, ctor] of Object.entries(CLASSES)) {
  customElements.define(`oxu-city-${name}`, class extends ctor {}); // as docs/composing.md advises
  customElements.define(`city-${name}`, class extends ctor {}); // any other name
}
connectPage();

const CONTENT: Record<string, string> = {
  'news-card': `href="/xeberler/1" datetime="2022-12-28T16:02"><span slot="heading">Dəyirmi masa keçirilib</span>Xülasə`,
  'links-footer': `heading="Keçidlər"><a href="https://e-gov.az">Elektron hökumət portalı</a>`,
};

/** The element as the browser painted it, a base64 PNG. */
async function painted(el: HTMLElement): Promise<string> {
  const { x, y, width, height } = el.getBoundingClientRect();
  return executeServerCommand('screenshot', { x, y, width, height });
}

/** `<tag>` with the example content, alone in a 40rem wide column. */
async function show(name: string, tag: string): Promise<HTMLElement> {
  const body = CONTENT[name] ?? '>';
  const wrapper = await fixture(`<div lang="az" style="width: 40rem; padding: 1rem"><${tag} style="display: block" ${body}</${tag}></div>`);
  const el = wrapper.firstElementChild as OxuFontSize;
  await el.updateComplete;
  return el;
}

/**
 * Paints `<oxu-name>`, then `<prefix-name>`, in the same place, each switched
 * to a colour scheme after it rendered (as when the visitor picks one); true
 * when the pixels are the same.
 */
async function paintedAlike(name: string, prefix: string): Promise<boolean> {
  const shots = [];
  for (const tag of [`oxu-${name}`, `${prefix}-${name}`]) {
    const el = await show(name, tag);
    settings.set({ colorScheme: 'yellow-on-black' });
    await (el as OxuFontSize).updateComplete;
    // <oxu-motion>'s mark moves a few times after it renders: both shots show where it stops.
    for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
    shots.push(await painted(el));
    settings.reset();
    el.parentElement!.remove();
  }
  if (shots[0] === shots[1]) return true;
  // WebKitGTK anti-aliases edges (a swatch's hard gradient stops, a card's right
  // border) differently between two shots of identical markup: up to ~100 pixels
  // of a 640 px wide element, seen here. A scheme not applied to the twin differs
  // on thousands. Elsewhere the shots must be byte-equal.
  if ((await engine()) !== 'webkit') return false;
  const [a, b] = await Promise.all(shots.map(decodePng));
  if (a.width !== b.width || a.height !== b.height) return false;
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if (a.data[i] !== b.data[i] || a.data[i + 1] !== b.data[i + 1] || a.data[i + 2] !== b.data[i + 2]) differing++;
  }
  return differing <= 0.005 * a.width * a.height;
}

describe('classes under tags of your own (docs/composing.md)', () => {
  it('work as under their oxu- tags: the visitor changes the page and oxu-change fires', async () => {
    const picker = await show('font-size', 'city-font-size');
    const option = [...picker.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].find((r) => r.value === '150')!;
    const fired = oneEvent(picker, 'oxu-change');
    option.click();
    expect((await fired).detail).to.include({ setting: 'fontSize', value: 150 });
    expect(document.documentElement.getAttribute('data-oxu-font-size')).to.equal('150');
  });

  for (const name of Object.keys(CLASSES)) {
    it(`<oxu-city-${name}> looks like <oxu-${name}> in a colour scheme`, async () => {
      expect(await paintedAlike(name, 'oxu-city'), `<oxu-city-${name}> painted differently`).to.equal(true);
    });
  }

  // Page effects tell oxu's own shadow roots by their class, not their tag.
  it('<city-…> under any tag looks like its oxu- twin in a colour scheme', async () => {
    for (const name of Object.keys(CLASSES)) {
      expect(await paintedAlike(name, 'city'), `<city-${name}> painted differently`).to.equal(true);
    }
  });
});
