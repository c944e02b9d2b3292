import './ignore-other-tabs.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/color-scheme/color-scheme.js';
import type { OxuColorScheme } from '../../src/components/color-scheme/color-scheme.js';
import { OxuChangeEvent } from '../../src/events.js';
import { MESSAGES } from '../../src/i18n/messages.js';
import { COLOR_SCHEMES, PALETTES, type ColorScheme } from '../../src/settings/schemes.js';
import { settings } from '../../src/settings/store.js';
import { contrast } from '../helpers/contrast.js';
import { accessibleNode, mount } from './support.js';
import { examples } from './color-scheme.examples.js';
import { checkedValue, focusedValue, legendText, radios, record, tabInto } from './radio-group.js';
import { emulateForcedColors } from '../helpers/engine.js';
import { DEFAULT_SETTINGS } from '../../src/settings/model.js';

/** Emulates `forced-colors: active` and waits for the element to hear of it (the media change comes on a later task). */
async function forceColors(el: OxuColorScheme, active: boolean): Promise<boolean> {
  if (!(await emulateForcedColors(active))) return false;
  await waitUntil(() => !!el.shadowRoot!.querySelector('[part="forced"]') === active, 'element did not follow');
  return true;
}

// The test page's own language, put back after tests that change it.

describe('<oxu-color-scheme>', () => {
  // Storage is shared with pages running beside this one: start from the defaults whatever it held.
  before(() => settings.reset());

  describe('rendering', () => {
    it('offers every built-in scheme, the current one checked', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      expect(radios(el).map((r) => r.value)).to.deep.equal([...COLOR_SCHEMES]);
      expect(checkedValue(el)).to.equal('default');
    });

    it('shows only the schemes named in `schemes`, ignoring unknown names', async () => {
      const el = await fixture<OxuColorScheme>(
        html`<oxu-color-scheme schemes="white-on-black pink-on-green default"></oxu-color-scheme>`,
      );
      expect(radios(el).map((r) => r.value)).to.deep.equal(['default', 'white-on-black']);
    });

    it('shows every scheme when `schemes` names none it knows', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme schemes="sepia"></oxu-color-scheme>`);
      expect(radios(el)).to.have.length(COLOR_SCHEMES.length);
    });

    it('draws each swatch in its own colours, in every page scheme', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      for (const pageScheme of COLOR_SCHEMES) {
        settings.set({ colorScheme: pageScheme });
        await el.updateComplete;
        for (const swatch of el.shadowRoot!.querySelectorAll<HTMLElement>('[part="swatch"]')) {
          const scheme = swatch.dataset.scheme as ColorScheme;
          const style = getComputedStyle(swatch);
          expect(swatch.textContent).to.equal('A');
          if (scheme === 'default') continue;
          const palette = PALETTES[scheme];
          expect(contrast(style.color, palette.text), `${scheme} in ${pageScheme}`).to.equal(1);
          expect(contrast(style.backgroundColor, palette.background), `${scheme} in ${pageScheme}`).to.equal(1);
        }
      }
    });

    it('shows the name of the current scheme', async () => {
      settings.set({ colorScheme: 'yellow-on-black' });
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme lang="az"></oxu-color-scheme>`);
      expect(el.shadowRoot!.querySelector('[part="current"]')!.textContent).to.equal('Qara fonda sarı');
    });

    it('follows the store when it changes elsewhere', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      settings.set({ colorScheme: 'brown-on-beige' });
      await el.updateComplete;
      expect(checkedValue(el)).to.equal('brown-on-beige');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('[part~="option-checked"] input')!.value).to.equal('brown-on-beige');
    });

    it('keeps every option at least 44 × 44 CSS px', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      for (const radio of radios(el)) {
        const { width, height } = radio.getBoundingClientRect();
        expect(width, radio.value).to.be.at.least(44);
        expect(height, radio.value).to.be.at.least(44);
      }
    });

    it('marks the checked option by shape, not colour alone', async () => {
      settings.set({ colorScheme: 'white-on-black' });
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      const faces = [...el.shadowRoot!.querySelectorAll('.face')].map((f) => parseFloat(getComputedStyle(f).borderTopWidth));
      const marks = [...el.shadowRoot!.querySelectorAll('.mark')].map((m) => getComputedStyle(m).borderBottomStyle);
      const index = COLOR_SCHEMES.indexOf('white-on-black');
      expect(faces[index]).to.be.at.least(3);
      expect(faces.filter((_, i) => i !== index).every((w) => w <= faces[index] / 2)).to.equal(true);
      expect(marks.map((m, i) => (i === index ? m : 'none'))).to.deep.equal(marks);
      expect(marks[index]).to.equal('solid');
    });

    it('wraps within 320 px without overflowing', async () => {
      const wrapper = await mount(html`<div style="width: 304px"><oxu-color-scheme></oxu-color-scheme></div>`);
      const el = wrapper.querySelector('oxu-color-scheme')!;
      expect(el.getBoundingClientRect().width).to.be.at.most(304);
      for (const radio of radios(el)) expect(radio.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right);
    });
  });

  describe('forced colours', () => {
    it('says the system colours are in use instead of offering schemes, and offers them again after', async function () {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      // WebKit cannot emulate forced colours: skipped there (see test/helpers/engine.ts).
      if (!(await forceColors(el, true))) this.skip();
      expect(radios(el)).to.have.length(0);
      expect(el.shadowRoot!.querySelector('[part="forced"]')!.textContent).to.equal(MESSAGES.en.forcedColors);
      expect(legendText(el)).to.equal('Site colours');
      await forceColors(el, false);
      expect(radios(el)).to.have.length(COLOR_SCHEMES.length);
    });

    it('starts in that state when created while colours are forced', async function () {
      // WebKit cannot emulate forced colours: skipped there (see test/helpers/engine.ts).
      if (!(await emulateForcedColors(true))) this.skip();
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme lang="ru"></oxu-color-scheme>`);
      expect(el.shadowRoot!.querySelector('[part="forced"]')!.textContent).to.equal(MESSAGES.ru.forcedColors);
    });
  });

  describe('keyboard', () => {
    it('Tab moves into the group onto the checked option, with a thick focus ring', async () => {
      settings.set({ colorScheme: 'green-on-brown' });
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      await tabInto(el);
      expect(document.activeElement).to.equal(el);
      expect(focusedValue(el)).to.equal('green-on-brown');
      const face = getComputedStyle(el.shadowRoot!.activeElement!.nextElementSibling!);
      expect(face.outlineStyle).to.equal('solid');
      expect(parseFloat(face.outlineWidth)).to.be.at.least(3);
      expect(contrast(face.outlineColor, PALETTES['green-on-brown'].background)).to.be.at.least(3);
    });

    it('arrow keys move and select, wrapping at both ends', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme schemes="default white-on-black yellow-on-black"></oxu-color-scheme>`);
      await tabInto(el);
      const steps: [string, string][] = [
        ['ArrowLeft', 'yellow-on-black'],
        ['ArrowRight', 'default'],
        ['ArrowDown', 'white-on-black'],
        ['ArrowUp', 'default'],
        ['ArrowUp', 'yellow-on-black'],
        ['ArrowDown', 'default'],
      ];
      for (const [key, expected] of steps) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(focusedValue(el), key).to.equal(expected);
        expect(checkedValue(el), key).to.equal(expected);
        expect(settings.colorScheme, key).to.equal(expected);
      }
    });

    it('Home and End select the first and the last option', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      await tabInto(el);
      await sendKeys({ press: 'End' });
      expect([focusedValue(el), settings.colorScheme]).to.deep.equal(['green-on-brown', 'green-on-brown']);
      await sendKeys({ press: 'Home' });
      expect([focusedValue(el), settings.colorScheme]).to.deep.equal(['default', 'default']);
    });

    it('Space selects the focused option', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      radios(el)[3].focus();
      await sendKeys({ press: ' ' });
      expect(settings.colorScheme).to.equal(COLOR_SCHEMES[3]);
      expect(checkedValue(el)).to.equal(COLOR_SCHEMES[3]);
    });
  });

  describe('events', () => {
    it('fires oxu-change once per choice, bubbling and composed, with the new settings', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      const stop = record(el);
      const heard = oneEvent(document, 'oxu-change');
      radios(el)[2].click();
      const event = (await heard) as OxuChangeEvent;
      expect(event).to.be.instanceOf(OxuChangeEvent);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({
        setting: 'colorScheme',
        value: 'white-on-black',
        settings: { ...DEFAULT_SETTINGS, fontSize: 100, colorScheme: 'white-on-black' },
      });
      radios(el)[2].click();
      expect(stop()).to.have.length(1);
    });

    it('fires once per key press', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      await tabInto(el);
      const stop = record(el);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowLeft' });
      expect(stop().map((e) => e.detail.value)).to.deep.equal(['black-on-white', 'default']);
    });

    it('does not fire when the store changes elsewhere', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      const stop = record(el);
      settings.set({ colorScheme: 'white-on-black' });
      await el.updateComplete;
      settings.reset();
      await el.updateComplete;
      expect(stop()).to.have.length(0);
    });
  });

  describe('i18n', () => {
    it('names the group and the schemes in az, en and ru', async () => {
      for (const lang of ['az', 'en', 'ru'] as const) {
        const el = await fixture<OxuColorScheme>(`<oxu-color-scheme lang="${lang}"></oxu-color-scheme>`);
        expect(legendText(el), lang).to.equal(MESSAGES[lang].colorSchemeLabel);
        expect(radios(el).map((r) => accessibleNode(r).name)).to.deep.equal(COLOR_SCHEMES.map((s) => MESSAGES[lang].schemeNames[s]));
      }
      expect(MESSAGES.az.colorSchemeLabel).to.equal('Saytın rəngi');
    });

    it('follows the nearest ancestor lang', async () => {
      const wrapper = await mount(html`<div lang="ru"><p><oxu-color-scheme></oxu-color-scheme></p></div>`);
      expect(legendText(wrapper.querySelector('oxu-color-scheme')!)).to.equal('Цвет сайта');
    });

    it('re-renders when <html lang> changes', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      document.documentElement.lang = 'az';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(legendText(el)).to.equal('Saytın rəngi');
      expect(el.shadowRoot!.querySelector('[part="current"]')!.textContent).to.equal('Saytın öz rəngləri');
    });

    it('takes the label attribute over the built-in name', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme lang="az" label="Rəng"></oxu-color-scheme>`);
      expect(legendText(el)).to.equal('Rəng');
    });

    it('takes a slotted label over the attribute and the built-in name', async () => {
      const el = await fixture<OxuColorScheme>(
        html`<oxu-color-scheme label="Ignored"><span slot="label">Colours <i>here</i></span></oxu-color-scheme>`,
      );
      expect(legendText(el)).to.equal('Colours here');
    });
  });

  describe('accessibility', () => {
    it('tells screen readers the group name and the checked value', async () => {
      settings.set({ colorScheme: 'white-on-black' });
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme lang="az"></oxu-color-scheme>`);
      expect(accessibleNode(el.shadowRoot!.querySelector('fieldset')!)).to.deep.equal({ role: 'group', name: 'Saytın rəngi' });
      expect(accessibleNode(radios(el).find((r) => r.checked)!)).to.deep.equal({ role: 'radio', name: 'Qara fonda ağ' });
    });

    for (const example of examples) {
      it(`${example.name}: passes axe in every colour scheme, each one checked in turn`, async () => {
        const el = await fixture<OxuColorScheme>(example.html);
        for (const scheme of COLOR_SCHEMES) {
          settings.set({ colorScheme: scheme });
          await el.updateComplete;
          await expect(el).to.be.accessible();
        }
      });

      it(`${example.name}: passes axe in forced colours`, async function () {
        const el = await fixture<OxuColorScheme>(example.html);
        // WebKit cannot emulate forced colours: skipped there (see test/helpers/engine.ts).
        if (!(await forceColors(el, true))) this.skip();
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe with focus on an option', async () => {
      const el = await fixture<OxuColorScheme>(html`<oxu-color-scheme></oxu-color-scheme>`);
      await tabInto(el);
      await expect(el).to.be.accessible();
    });
  });
});
