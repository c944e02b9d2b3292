import './ignore-other-tabs.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/font-size/font-size.js';
import type { OxuFontSize } from '../../src/components/font-size/font-size.js';
import { OxuChangeEvent } from '../../src/events.js';
import { DEFAULT_LEVELS } from '../../src/settings/levels.js';
import { COLOR_SCHEMES, PALETTES } from '../../src/settings/schemes.js';
import { settings } from '../../src/settings/store.js';
import { contrast } from '../helpers/contrast.js';
import { accessibleNode, mount } from './support.js';
import { examples } from './font-size.examples.js';
import { checkedValue, focusedValue, legendText, radios, record, tabInto } from './radio-group.js';
import { emulateForcedColors } from '../helpers/engine.js';
import { DEFAULT_SETTINGS } from '../../src/settings/model.js';

// The test page's own language, put back after tests that change it.

describe('<oxu-font-size>', () => {
  // Storage is shared with pages running beside this one: start from the defaults whatever it held.
  before(() => settings.reset());

  describe('rendering', () => {
    it('offers every level of the page, the current one checked', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      expect(radios(el).map((r) => r.value)).to.deep.equal(['100', '125', '150', '200']);
      expect(checkedValue(el)).to.equal('100');
    });

    it('draws each option as an "A" at its relative size, with the percentage as text', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      const options = [...el.shadowRoot!.querySelectorAll('[part~="option"]')];
      const sizes = options.map((o) => parseFloat(getComputedStyle(o.querySelector('[part="glyph"]')!).fontSize));
      expect(options.map((o) => o.querySelector('[part="glyph"]')!.textContent)).to.deep.equal(['A', 'A', 'A', 'A']);
      expect(sizes.map((s) => Math.round((s / sizes[0]) * 100))).to.deep.equal([100, 125, 150, 200]);
      expect(options.map((o) => o.querySelector('[part="percent"]')!.textContent!.trim())).to.deep.equal([
        '100%',
        '125%',
        '150%',
        '200%',
      ]);
    });

    it('shows only the levels named in `levels` that the page offers, and always 100', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size levels="150 200 300 abc"></oxu-font-size>`);
      expect(radios(el).map((r) => r.value)).to.deep.equal(['100', '150', '200']);
    });

    it("follows the page's levels (data-oxu-levels)", async () => {
      settings.configure({ levels: '100 150 200 300' });
      const el = await fixture<OxuFontSize>(html`<oxu-font-size levels="125 300"></oxu-font-size>`);
      expect(radios(el).map((r) => r.value)).to.deep.equal(['100', '300']);
    });

    it('follows the store when it changes elsewhere', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      settings.set({ fontSize: 150 });
      await el.updateComplete;
      expect(checkedValue(el)).to.equal('150');
      expect(el.shadowRoot!.querySelector<HTMLInputElement>('[part~="option-checked"] input')!.value).to.equal('150');
      settings.reset();
      await el.updateComplete;
      expect(checkedValue(el)).to.equal('100');
    });

    it('keeps every option at least 44 × 44 CSS px', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      for (const radio of radios(el)) {
        const { width, height } = radio.getBoundingClientRect();
        expect(width, radio.value).to.be.at.least(44);
        expect(height, radio.value).to.be.at.least(44);
      }
    });

    it('sizes its text in rem, so it grows with the page text', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      const legend = el.shadowRoot!.querySelector('legend')!;
      const before = parseFloat(getComputedStyle(legend).fontSize);
      document.documentElement.style.fontSize = '150%';
      try {
        expect(parseFloat(getComputedStyle(legend).fontSize)).to.equal(before * 1.5);
      } finally {
        document.documentElement.style.removeProperty('font-size');
      }
    });

    it('marks the checked option by shape, not colour alone', async () => {
      settings.set({ fontSize: 150 });
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      const faces = [...el.shadowRoot!.querySelectorAll('.face')].map((f) => getComputedStyle(f));
      const marks = [...el.shadowRoot!.querySelectorAll('.mark')].map((m) => getComputedStyle(m));
      const widths = faces.map((f) => parseFloat(f.borderTopWidth));
      expect(widths[2]).to.be.at.least(3);
      expect(widths.filter((_, i) => i !== 2).every((w) => w <= widths[2] / 2)).to.equal(true);
      expect(marks.map((m) => m.borderBottomStyle)).to.deep.equal(['none', 'none', 'solid', 'none']);
    });

    it('wears the colours of the page scheme', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      for (const scheme of COLOR_SCHEMES.filter((s) => s !== 'default')) {
        settings.set({ colorScheme: scheme });
        const palette = PALETTES[scheme as Exclude<typeof scheme, 'default'>];
        const face = getComputedStyle(el.shadowRoot!.querySelector('.face')!);
        expect(contrast(face.color, palette.text), scheme).to.equal(1);
        expect(contrast(face.backgroundColor, palette.background), scheme).to.equal(1);
      }
    });
  });

  describe('keyboard', () => {
    it('Tab moves into the group onto the checked option', async () => {
      settings.set({ fontSize: 150 });
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      await tabInto(el);
      expect(document.activeElement).to.equal(el);
      expect(focusedValue(el)).to.equal('150');
      const face = el.shadowRoot!.activeElement!.nextElementSibling!;
      expect(getComputedStyle(face).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(face).outlineWidth)).to.be.at.least(3);
    });

    it('arrow keys move and select, wrapping at both ends', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      await tabInto(el);
      const steps: [string, string][] = [
        ['ArrowRight', '125'],
        ['ArrowDown', '150'],
        ['ArrowDown', '200'],
        ['ArrowRight', '100'],
        ['ArrowLeft', '200'],
        ['ArrowUp', '150'],
      ];
      for (const [key, expected] of steps) {
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(focusedValue(el), key).to.equal(expected);
        expect(checkedValue(el), key).to.equal(expected);
        expect(settings.fontSize, key).to.equal(Number(expected));
      }
    });

    it('Home and End select the first and the last option', async () => {
      settings.set({ fontSize: 125 });
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      await tabInto(el);
      await sendKeys({ press: 'End' });
      expect([focusedValue(el), settings.fontSize]).to.deep.equal(['200', 200]);
      await sendKeys({ press: 'Home' });
      expect([focusedValue(el), settings.fontSize]).to.deep.equal(['100', 100]);
    });

    it('Space selects the focused option', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      radios(el)[2].focus();
      await sendKeys({ press: ' ' });
      expect(settings.fontSize).to.equal(150);
      expect(checkedValue(el)).to.equal('150');
    });

    it('Tab leaves the group after one stop', async () => {
      const el = await mount(html`<div><oxu-font-size></oxu-font-size><button>after</button></div>`);
      const fontSize = el.querySelector('oxu-font-size')!;
      await tabInto(fontSize);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(el.querySelector('button:last-child'));
    });
  });

  describe('events', () => {
    it('fires oxu-change once per choice, bubbling and composed, with the new settings', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      const stop = record(el);
      const heard = oneEvent(document, 'oxu-change');
      radios(el)[2].click();
      const event = (await heard) as OxuChangeEvent;
      expect(event).to.be.instanceOf(OxuChangeEvent);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ setting: 'fontSize', value: 150, settings: { ...DEFAULT_SETTINGS, fontSize: 150, colorScheme: 'default' } });
      radios(el)[2].click(); // already chosen: nothing changes
      expect(stop()).to.have.length(1);
    });

    it('fires once per key press', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      await tabInto(el);
      const stop = record(el);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'End' });
      expect(stop().map((e) => e.detail.value)).to.deep.equal([125, 200]);
    });

    it('does not fire when the store changes elsewhere', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      const stop = record(el);
      settings.set({ fontSize: 200 });
      await el.updateComplete;
      settings.reset();
      await el.updateComplete;
      expect(stop()).to.have.length(0);
    });
  });

  describe('i18n', () => {
    it('names the group in az, en and ru', async () => {
      for (const [lang, label] of [
        ['az', 'Şriftin ölçüsü'],
        ['en', 'Text size'],
        ['ru', 'Размер шрифта'],
      ]) {
        const el = await fixture<OxuFontSize>(`<oxu-font-size lang="${lang}"></oxu-font-size>`);
        expect(legendText(el), lang).to.equal(label);
      }
    });

    it('follows the nearest ancestor lang', async () => {
      const wrapper = await mount(html`<div lang="az-Latn-AZ"><section><oxu-font-size></oxu-font-size></section></div>`);
      expect(legendText(wrapper.querySelector('oxu-font-size')!)).to.equal('Şriftin ölçüsü');
    });

    it('re-renders when <html lang> changes', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      expect(legendText(el)).to.equal('Text size');
      document.documentElement.lang = 'ru';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(legendText(el)).to.equal('Размер шрифта');
    });

    it('takes the label attribute over the built-in name', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size lang="ru" label="Шрифт"></oxu-font-size>`);
      expect(legendText(el)).to.equal('Шрифт');
    });

    it('keeps the built-in name when the label attribute is empty', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size lang="az" label=""></oxu-font-size>`);
      expect(legendText(el)).to.equal('Şriftin ölçüsü');
    });

    it('takes a slotted label over the attribute and the built-in name', async () => {
      const el = await fixture<OxuFontSize>(
        html`<oxu-font-size label="Ignored"><span slot="label">Rich <b>label</b></span></oxu-font-size>`,
      );
      expect(legendText(el)).to.equal('Rich label');
    });
  });

  describe('accessibility', () => {
    it('tells screen readers the group name and the checked value', async () => {
      settings.set({ fontSize: 125 });
      const el = await fixture<OxuFontSize>(html`<oxu-font-size lang="az"></oxu-font-size>`);
      expect(accessibleNode(el.shadowRoot!.querySelector('fieldset')!)).to.deep.equal({ role: 'group', name: 'Şriftin ölçüsü' });
      const checked = radios(el).find((r) => r.checked)!;
      expect(accessibleNode(checked)).to.deep.equal({ role: 'radio', name: '125%' });
    });

    it('names the group from a slotted label', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size><span slot="label">Rich <b>label</b></span></oxu-font-size>`);
      expect(accessibleNode(el.shadowRoot!.querySelector('fieldset')!).name).to.equal('Rich label');
    });

    for (const example of examples) {
      it(`${example.name}: passes axe in every colour scheme and every state`, async () => {
        const el = await fixture<OxuFontSize>(example.html);
        for (const scheme of COLOR_SCHEMES) {
          settings.set({ colorScheme: scheme });
          for (const level of DEFAULT_LEVELS) {
            settings.set({ fontSize: level });
            await el.updateComplete;
            await expect(el).to.be.accessible();
          }
        }
      });
    }

    it('passes axe with focus on an option', async () => {
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      await tabInto(el);
      await expect(el).to.be.accessible();
    });

    it('passes axe and keeps the checked mark in forced colours', async function () {
      // WebKit cannot emulate forced colours: skipped there (see test/helpers/engine.ts).
      if (!(await emulateForcedColors(true))) this.skip();
      settings.set({ fontSize: 150 });
      const el = await fixture<OxuFontSize>(html`<oxu-font-size></oxu-font-size>`);
      const mark = getComputedStyle(el.shadowRoot!.querySelector('[part~="option-checked"] .mark')!);
      expect(mark.borderBottomStyle).to.equal('solid');
      await expect(el).to.be.accessible();
    });
  });
});
