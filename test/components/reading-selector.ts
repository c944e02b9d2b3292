// The behaviour the five reading selectors share (letter and line spacing,
// typeface, images, motion): each element's own test file runs these, then
// tests what its options draw.
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import { OxuChangeEvent } from '../../src/events.js';
import { MESSAGES, type Lang } from '../../src/i18n/messages.js';
import { DEFAULT_SETTINGS, type OxuSettings } from '../../src/settings/model.js';
import { COLOR_SCHEMES, PALETTES } from '../../src/settings/schemes.js';
import { settings } from '../../src/settings/store.js';
import { contrast } from '../helpers/contrast.js';
import { emulateForcedColors } from '../helpers/engine.js';
import { accessibleNode, mount } from './support.js';
import { checkedValue, focusedValue, legendText, radios, record, tabInto } from './radio-group.js';

type Reading = 'letterSpacing' | 'lineSpacing' | 'fontFamily' | 'images' | 'motion';

export interface ReadingSelector<K extends Reading> {
  readonly tag: string;
  readonly setting: K;
  readonly values: readonly OxuSettings[K][];
  readonly examples: readonly { readonly name: string; readonly html: string }[];
  /** the element's own tests of what its options draw */
  readonly faces?: () => void;
}

const LABEL = { letterSpacing: 'letterSpacingLabel', lineSpacing: 'lineSpacingLabel', fontFamily: 'fontFamilyLabel', images: 'imagesLabel', motion: 'motionLabel' } as const;
const NAMES = { letterSpacing: 'letterSpacingNames', lineSpacing: 'lineSpacingNames', fontFamily: 'fontFamilyNames', images: 'imagesNames', motion: 'motionNames' } as const;

// The test page's own language, put back after tests that change it.

export function describeReadingSelector<K extends Reading>(spec: ReadingSelector<K>): void {
  const { tag, setting, values } = spec;
  const make = (attrs = '') => fixture<LitElement>(`<${tag} ${attrs}></${tag}>`);
  const current = () => settings.value[setting] as string;
  const choose = (value: string) => settings.set({ [setting]: value } as Partial<OxuSettings>);
  const label = (lang: Lang) => MESSAGES[lang][LABEL[setting]];
  const name = (lang: Lang, value: string) => (MESSAGES[lang][NAMES[setting]] as Record<string, string>)[value];
  const last = values[values.length - 1] as string;

  describe(`<${tag}>`, () => {
    // Storage is shared with pages running beside this one: start from the defaults whatever it held.
    before(() => settings.reset());

    describe('rendering', () => {
      it('offers every value, the current one checked', async () => {
        const el = await make();
        expect(radios(el).map((r) => r.value)).to.deep.equal(values);
        expect(checkedValue(el)).to.equal('default');
      });

      it("shows each option's name as text, under a drawing that screen readers skip", async () => {
        const el = await make('lang="en"');
        const options = [...el.shadowRoot!.querySelectorAll('[part~="option"]')];
        expect(options.map((o) => o.querySelector('[part="name"]')!.textContent!.trim())).to.deep.equal(values.map((v) => name('en', v)));
        for (const option of options) {
          const sample = option.querySelector<HTMLElement>('[part="sample"]')!;
          expect(sample.getAttribute('aria-hidden')).to.equal('true');
          expect(sample.getBoundingClientRect().height).to.be.greaterThan(0);
        }
      });

      it('follows the store when it changes elsewhere', async () => {
        const el = await make();
        choose(last);
        await el.updateComplete;
        expect(checkedValue(el)).to.equal(last);
        expect(el.shadowRoot!.querySelector<HTMLInputElement>('[part~="option-checked"] input')!.value).to.equal(last);
      });

      it('keeps every option at least 44 × 44 CSS px', async () => {
        const el = await make();
        for (const radio of radios(el)) {
          const { width, height } = radio.getBoundingClientRect();
          expect(width, radio.value).to.be.at.least(44);
          expect(height, radio.value).to.be.at.least(44);
        }
      });

      it('sizes its text in rem, so it grows with the page text', async () => {
        const el = await make();
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
        choose(last);
        const el = await make();
        const faces = [...el.shadowRoot!.querySelectorAll('.face')].map((f) => parseFloat(getComputedStyle(f).borderTopWidth));
        const marks = [...el.shadowRoot!.querySelectorAll('.mark')].map((m) => getComputedStyle(m).borderBottomStyle);
        expect(faces[values.length - 1]).to.be.at.least(3);
        expect(faces.slice(0, -1).every((w) => w <= faces[values.length - 1] / 2)).to.equal(true);
        expect(marks).to.deep.equal(values.map((v) => (v === last ? 'solid' : 'none')));
      });

      it('wears the colours of the page scheme', async () => {
        const el = await make();
        for (const scheme of COLOR_SCHEMES.filter((s) => s !== 'default')) {
          settings.set({ colorScheme: scheme });
          const palette = PALETTES[scheme as Exclude<typeof scheme, 'default'>];
          const face = getComputedStyle(el.shadowRoot!.querySelector('.face')!);
          expect(contrast(face.color, palette.text), scheme).to.equal(1);
          expect(contrast(face.backgroundColor, palette.background), scheme).to.equal(1);
        }
      });

      spec.faces?.();
    });

    describe('keyboard', () => {
      it('Tab moves onto the checked option, with a visible focus ring', async () => {
        choose(last);
        const el = await make();
        await tabInto(el);
        expect(document.activeElement).to.equal(el);
        expect(focusedValue(el)).to.equal(last);
        const face = el.shadowRoot!.activeElement!.nextElementSibling!;
        expect(getComputedStyle(face).outlineStyle).to.equal('solid');
        expect(parseFloat(getComputedStyle(face).outlineWidth)).to.be.at.least(3);
      });

      it('arrow keys move and select, wrapping at both ends', async () => {
        const el = await make();
        await tabInto(el);
        const n = values.length;
        const steps: [string, number][] = [
          ['ArrowRight', 1 % n],
          ['ArrowLeft', 0],
          ['ArrowUp', n - 1],
          ['ArrowDown', 0],
          ['ArrowLeft', n - 1],
          ['ArrowRight', 0],
        ];
        for (const [key, index] of steps) {
          await sendKeys({ press: key });
          await el.updateComplete;
          expect(focusedValue(el), key).to.equal(values[index]);
          expect(checkedValue(el), key).to.equal(values[index]);
          expect(current(), key).to.equal(values[index]);
        }
      });

      it('Home and End select the first and the last option', async () => {
        const el = await make();
        await tabInto(el);
        await sendKeys({ press: 'End' });
        expect([focusedValue(el), current()]).to.deep.equal([last, last]);
        await sendKeys({ press: 'Home' });
        expect([focusedValue(el), current()]).to.deep.equal(['default', 'default']);
      });

      it('Space selects the focused option', async () => {
        const el = await make();
        radios(el)[values.length - 1].focus();
        await sendKeys({ press: ' ' });
        expect(current()).to.equal(last);
        expect(checkedValue(el)).to.equal(last);
      });

      it('Tab leaves the group after one stop', async () => {
        const wrapper = await mount(`<div><${tag}></${tag}><button>after</button></div>`);
        await tabInto(wrapper.querySelector<HTMLElement>(tag)!);
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement).to.equal(wrapper.querySelector('button:last-child'));
      });
    });

    describe('events', () => {
      it('fires oxu-change once per choice, bubbling and composed, with the new settings', async () => {
        const el = await make();
        const stop = record(el);
        const heard = oneEvent(document, 'oxu-change');
        radios(el)[values.length - 1].click();
        const event = (await heard) as OxuChangeEvent;
        expect(event).to.be.instanceOf(OxuChangeEvent);
        expect(event.bubbles && event.composed).to.equal(true);
        expect(event.detail).to.deep.equal({ setting, value: last, settings: { ...DEFAULT_SETTINGS, [setting]: last } });
        radios(el)[values.length - 1].click(); // already chosen: nothing changes
        expect(stop()).to.have.length(1);
      });

      it('does not fire when the store changes elsewhere', async () => {
        const el = await make();
        const stop = record(el);
        choose(last);
        await el.updateComplete;
        settings.reset();
        await el.updateComplete;
        expect(stop()).to.have.length(0);
      });
    });

    describe('i18n', () => {
      for (const lang of ['az', 'en', 'ru'] as const) {
        it(`names the group and its options in ${lang}`, async () => {
          const el = await make(`lang="${lang}"`);
          expect(legendText(el)).to.equal(label(lang));
          expect(radios(el).map((r) => accessibleNode(r).name)).to.deep.equal(values.map((v) => name(lang, v)));
        });
      }

      it('follows the nearest ancestor lang, and <html lang> when it changes', async () => {
        const wrapper = await mount(`<div lang="az-Latn-AZ"><section><${tag}></${tag}></section></div>`);
        expect(legendText(wrapper.querySelector(tag)!)).to.equal(label('az'));
        const el = await make();
        expect(legendText(el)).to.equal(label('en'));
        document.documentElement.lang = 'ru';
        await new Promise((resolve) => setTimeout(resolve));
        await el.updateComplete;
        expect(legendText(el)).to.equal(label('ru'));
      });

      it('takes the label attribute, then a slotted label, over the built-in name', async () => {
        expect(legendText(await make('lang="ru" label="Своё"'))).to.equal('Своё');
        expect(legendText(await make('lang="az" label=""'))).to.equal(label('az'));
        const slotted = await fixture<LitElement>(`<${tag} label="Ignored"><span slot="label">Rich <b>label</b></span></${tag}>`);
        expect(legendText(slotted)).to.equal('Rich label');
      });
    });

    describe('accessibility', () => {
      it('tells screen readers the group name and the checked value', async () => {
        choose(last);
        const el = await make('lang="az"');
        expect(accessibleNode(el.shadowRoot!.querySelector('fieldset')!)).to.deep.equal({ role: 'group', name: label('az') });
        expect(accessibleNode(radios(el).find((r) => r.checked)!)).to.deep.equal({ role: 'radio', name: name('az', last) });
      });

      for (const example of spec.examples) {
        it(`${example.name}: passes axe in every colour scheme and every state`, async () => {
          const el = await fixture<LitElement>(example.html);
          for (const colorScheme of COLOR_SCHEMES) {
            for (const value of values) {
              settings.set({ colorScheme, [setting]: value });
              await el.updateComplete;
              await expect(el).to.be.accessible();
            }
          }
        });
      }

      it('passes axe with focus on an option', async () => {
        const el = await make();
        await tabInto(el);
        await expect(el).to.be.accessible();
      });

      it('passes axe and keeps the checked mark in forced colours', async function () {
        // WebKit cannot emulate forced colours: skipped there (see test/helpers/engine.ts).
        if (!(await emulateForcedColors(true))) this.skip();
        choose(last);
        const el = await make();
        const mark = getComputedStyle(el.shadowRoot!.querySelector('[part~="option-checked"] .mark')!);
        expect(mark.borderBottomStyle).to.equal('solid');
        await expect(el).to.be.accessible();
      });
    });
  });
}
