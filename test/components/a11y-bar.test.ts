import './ignore-other-tabs.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/a11y-bar/a11y-bar.js';
import type { OxuA11yBar } from '../../src/components/a11y-bar/a11y-bar.js';
import { OxuChangeEvent } from '../../src/events.js';
import { COLOR_SCHEMES } from '../../src/settings/schemes.js';
import { settings } from '../../src/settings/store.js';
import { accessibleNode, mount, settle } from './support.js';
import { examples } from './a11y-bar.examples.js';
import { radios } from './radio-group.js';
import { emulateForcedColors } from '../helpers/engine.js';
import { DEFAULT_SETTINGS } from '../../src/settings/model.js';

const part = (bar: Element, name: string) => bar.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const fontSize = (bar: Element) => bar.shadowRoot!.querySelector('oxu-font-size')!;
const colorScheme = (bar: Element) => bar.shadowRoot!.querySelector('oxu-color-scheme')!;
const groupName = (el: Element) => accessibleNode(el.shadowRoot!.querySelector('fieldset')!).name;

// The test page's own language, put back after tests that change it.
const htmlLang = document.documentElement.lang;

describe('<oxu-a11y-bar>', () => {
  // Storage is shared with pages running beside this one: start from the defaults whatever it held.
  before(() => settings.reset());

  afterEach(async () => {
    settings.reset();
    localStorage.clear();
    document.documentElement.lang = htmlLang;
    await emulateForcedColors(false);
  });

  describe('rendering', () => {
    it('holds a text-size selector and a colour switcher, by tag', async () => {
      const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar></oxu-a11y-bar>`);
      expect(part(bar, 'font-size').localName).to.equal('oxu-font-size');
      expect(part(bar, 'color-scheme').localName).to.equal('oxu-color-scheme');
      await settle(bar);
      expect(radios(fontSize(bar))).to.have.length(4);
      expect(radios(colorScheme(bar))).to.have.length(COLOR_SCHEMES.length);
    });

    it('follows the store when it changes elsewhere', async () => {
      const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar></oxu-a11y-bar>`);
      settings.set({ fontSize: 200, colorScheme: 'yellow-on-black' });
      await settle(bar);
      expect(radios(fontSize(bar)).find((r) => r.checked)?.value).to.equal('200');
      expect(radios(colorScheme(bar)).find((r) => r.checked)?.value).to.equal('yellow-on-black');
    });

    for (const level of [100, 200]) {
      it(`fits a 320 px wide phone without scrolling sideways, text at ${level} %`, async () => {
        settings.set({ fontSize: level });
        const frame = await mount<HTMLElement>(html`<div style="width: 320px; overflow: auto"><oxu-a11y-bar></oxu-a11y-bar></div>`);
        const bar = frame.querySelector('oxu-a11y-bar')!;
        await settle(bar);
        expect(frame.scrollWidth).to.be.at.most(320);
        const right = frame.getBoundingClientRect().right;
        for (const el of [fontSize(bar), colorScheme(bar)]) {
          for (const radio of radios(el)) expect(radio.getBoundingClientRect().right).to.be.at.most(right + 0.5);
        }
      });
    }
  });

  describe('keyboard', () => {
    it('Tab goes into the text sizes, then into the colours, then out', async () => {
      settings.set({ colorScheme: 'brown-on-beige' });
      const wrapper = await mount<HTMLElement>(
        html`<div><button>before</button><oxu-a11y-bar></oxu-a11y-bar><button>after</button></div>`,
      );
      const bar = wrapper.querySelector('oxu-a11y-bar')!;
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect((fontSize(bar).shadowRoot!.activeElement as HTMLInputElement).value).to.equal('100');
      await sendKeys({ press: 'Tab' });
      expect((colorScheme(bar).shadowRoot!.activeElement as HTMLInputElement).value).to.equal('brown-on-beige');
      await sendKeys({ press: 'ArrowRight' });
      expect(settings.colorScheme).to.equal('green-on-brown');
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelector('button:last-child'));
    });
  });

  describe('events', () => {
    it("lets the selectors' oxu-change out of its shadow root", async () => {
      const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar></oxu-a11y-bar>`);
      const heard = oneEvent(bar, 'oxu-change');
      radios(fontSize(bar))[1].click();
      const event = (await heard) as OxuChangeEvent;
      expect(event.target).to.equal(bar);
      expect(event.detail).to.deep.equal({ setting: 'fontSize', value: 125, settings: { ...DEFAULT_SETTINGS, fontSize: 125, colorScheme: 'default' } });
    });

    it('fires nothing when the store changes elsewhere', async () => {
      const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar></oxu-a11y-bar>`);
      let count = 0;
      bar.addEventListener('oxu-change', () => count++);
      settings.set({ fontSize: 150, colorScheme: 'white-on-black' });
      await settle(bar);
      expect(count).to.equal(0);
    });
  });

  describe('i18n', () => {
    const labels = {
      az: ['Şriftin ölçüsü', 'Saytın rəngi', 'Görünüş ayarları'],
      en: ['Text size', 'Site colours', 'Display settings'],
      ru: ['Размер шрифта', 'Цвет сайта', 'Настройки отображения'],
    };

    for (const [lang, [size, colours, bar]] of Object.entries(labels)) {
      it(`labels both selectors and the bar in ${lang}`, async () => {
        const el = await mount<OxuA11yBar>(`<oxu-a11y-bar lang="${lang}"></oxu-a11y-bar>`);
        expect(groupName(fontSize(el))).to.equal(size);
        expect(groupName(colorScheme(el))).to.equal(colours);
        expect(accessibleNode(part(el, 'base'))).to.deep.equal({ role: 'group', name: bar });
      });
    }

    it('follows the nearest ancestor lang, and <html lang> when it changes', async () => {
      const wrapper = await mount<HTMLElement>(html`<div><header lang="az"><oxu-a11y-bar></oxu-a11y-bar></header><oxu-a11y-bar></oxu-a11y-bar></div>`);
      const [inHeader, outside] = wrapper.querySelectorAll('oxu-a11y-bar');
      expect(groupName(fontSize(inHeader))).to.equal('Şriftin ölçüsü');
      expect(groupName(fontSize(outside))).to.equal('Text size');
      document.documentElement.lang = 'ru';
      await new Promise((resolve) => setTimeout(resolve));
      await settle(outside);
      expect(groupName(fontSize(outside))).to.equal('Размер шрифта');
      expect(groupName(colorScheme(outside))).to.equal('Цвет сайта');
      expect(groupName(fontSize(inHeader))).to.equal('Şriftin ölçüsü');
    });

    it('takes the label attributes over the built-in names', async () => {
      const el = await mount<OxuA11yBar>(
        html`<oxu-a11y-bar lang="az" font-size-label="Şrift" color-scheme-label="Rəng" label="Ayarlar"></oxu-a11y-bar>`,
      );
      expect(groupName(fontSize(el))).to.equal('Şrift');
      expect(groupName(colorScheme(el))).to.equal('Rəng');
      expect(accessibleNode(part(el, 'base')).name).to.equal('Ayarlar');
    });

    it('takes slotted labels over the attributes and the built-in names', async () => {
      const el = await mount<OxuA11yBar>(html`
        <oxu-a11y-bar font-size-label="Ignored">
          <span slot="font-size-label"><b>Big</b> text</span>
          <span slot="color-scheme-label">Colours <i>please</i></span>
        </oxu-a11y-bar>
      `);
      expect(groupName(fontSize(el))).to.equal('Big text');
      expect(groupName(colorScheme(el))).to.equal('Colours please');
      expect(el.querySelector('[slot="font-size-label"]')!.getBoundingClientRect().height).to.be.greaterThan(0);
    });
  });

  describe('accessibility', () => {
    for (const example of examples) {
      it(`${example.name}: passes axe in every colour scheme and text size`, async () => {
        const el = await mount<HTMLElement>(example.html);
        for (const colorScheme of COLOR_SCHEMES) {
          for (const level of [100, 200]) {
            settings.set({ colorScheme, fontSize: level });
            await settle(el);
            await expect(el).to.be.accessible();
          }
        }
      });
    }

    it('passes axe in forced colours', async function () {
      // WebKit cannot emulate forced colours: skipped there (see test/helpers/engine.ts).
      if (!(await emulateForcedColors(true))) this.skip();
      const el = await mount<OxuA11yBar>(html`<oxu-a11y-bar></oxu-a11y-bar>`);
      await expect(el).to.be.accessible();
    });
  });
});
