import './ignore-other-tabs.js';
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/a11y-bar/a11y-bar.js';
import type { OxuA11yBar } from '../../src/components/a11y-bar/a11y-bar.js';
import { OxuChangeEvent } from '../../src/events.js';
import { COLOR_SCHEMES } from '../../src/settings/schemes.js';
import { settings } from '../../src/settings/store.js';
import { accessibleNode, mount, settle } from './support.js';
import { loadFrame, win } from '../helpers/frame.js';
import { MESSAGES } from '../../src/i18n/messages.js';
import { examples } from './a11y-bar.examples.js';
import { checkedValue, radios } from './radio-group.js';
import { emulateForcedColors } from '../helpers/engine.js';
import { DEFAULT_SETTINGS } from '../../src/settings/model.js';
import { STORAGE_KEY } from '../../src/settings/storage.js';

const part = (bar: Element, name: string) => bar.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
const fontSize = (bar: Element) => bar.shadowRoot!.querySelector('oxu-font-size')!;
const colorScheme = (bar: Element) => bar.shadowRoot!.querySelector('oxu-color-scheme')!;
const groupName = (el: Element) => accessibleNode(el.shadowRoot!.querySelector('fieldset')!).name;
const toggle = (bar: Element) => bar.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]');
/** A button's text as a screen reader reads it: what is aria-hidden left out, white space collapsed. */
const spoken = (button: Element) => {
  const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement!.closest('[aria-hidden="true"]')) text += node.textContent;
  return text.replace(/\s+/g, ' ').trim();
};
const panel = (bar: Element) => bar.shadowRoot!.querySelector<HTMLElement>('[part="panel"]');
const shown = (el: Element | null) => !!el && el.getClientRects().length > 0;
/** The selectors the visitor can see in the bar, by tag. */
const visibleSelectors = (bar: Element) =>
  [...bar.shadowRoot!.querySelectorAll('oxu-font-size, oxu-color-scheme, oxu-letter-spacing, oxu-line-spacing, oxu-font-family, oxu-images, oxu-motion')]
    .filter(shown)
    .map((el) => el.localName);
type AxeFrame = Window & {
  Oxu: { set(v: object): unknown };
  axe: { run(context: Element, options: object): Promise<{ violations: { id: string }[] }> };
};
const PANEL = ['oxu-letter-spacing', 'oxu-line-spacing', 'oxu-font-family', 'oxu-images', 'oxu-motion'];
/** The element that has focus, inside shadow roots too. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
/** An element in words, for assertions: chai prints a failing comparison of elements for far too long. */
const said = (el: Element | null | undefined) =>
  el ? `${el.localName}${el.getAttribute('part') ? `[part=${el.getAttribute('part')}]` : ''}${el instanceof HTMLInputElement ? `=${el.value}` : ''}` : String(el);
/** The bar's selector that holds focus. */
const focusedIn = (bar: Element) => bar.shadowRoot!.activeElement;

describe('<oxu-a11y-bar>', () => {
  // Storage is shared with pages running beside this one: start from the defaults whatever it held.
  before(async () => {
    settings.reset();
    // Wide enough for the bar's desktop layout at 100 % (48 em); the phone is tested in a frame below.
    await setViewport({ width: 1024, height: 768 });
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

  describe('the panel', () => {
    it('is closed at first: the two selectors and a native button with aria-expanded="false"', async () => {
      const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar lang="en"></oxu-a11y-bar>`);
      const button = toggle(bar)!;
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(accessibleNode(button)).to.deep.equal({ role: 'button', name: 'More settings' });
      expect(visibleSelectors(bar)).to.deep.equal(['oxu-font-size', 'oxu-color-scheme']);
      expect(shown(panel(bar))).to.equal(false);
    });

    it('opens on a click with the five selectors and a reset button, and closes again', async () => {
      const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar lang="en"></oxu-a11y-bar>`);
      toggle(bar)!.click();
      await settle(bar);
      expect(toggle(bar)!.getAttribute('aria-expanded')).to.equal('true');
      expect(bar.hasAttribute('expanded')).to.equal(true);
      expect(toggle(bar)!.getAttribute('aria-controls')).to.equal(panel(bar)!.id);
      expect(visibleSelectors(bar)).to.deep.equal(['oxu-font-size', 'oxu-color-scheme', ...PANEL]);
      const reset = bar.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!;
      expect(accessibleNode(reset)).to.deep.equal({ role: 'button', name: 'Reset all settings' });
      // focus went into the panel, onto the first selector's checked option
      expect(focusedIn(bar)!.localName).to.equal('oxu-letter-spacing');
      toggle(bar)!.click();
      await settle(bar);
      expect(toggle(bar)!.getAttribute('aria-expanded')).to.equal('false');
      expect(visibleSelectors(bar)).to.deep.equal(['oxu-font-size', 'oxu-color-scheme']);
    });

    it('is open at load with the expanded attribute, and the open panel does not widen the bar', async () => {
      const wrapper = await mount<HTMLElement>(html`<div style="display: flex"><oxu-a11y-bar></oxu-a11y-bar><oxu-a11y-bar expanded></oxu-a11y-bar></div>`);
      const [closed, open] = wrapper.querySelectorAll('oxu-a11y-bar');
      await settle(wrapper);
      expect(toggle(open)!.getAttribute('aria-expanded')).to.equal('true');
      expect(visibleSelectors(open)).to.deep.equal(['oxu-font-size', 'oxu-color-scheme', ...PANEL]);
      expect(said(document.activeElement)).to.not.equal(said(open));
      expect(open.getBoundingClientRect().width).to.be.closeTo(closed.getBoundingClientRect().width, 1);
    });

    it('offers only the settings the settings attribute lists, in the panel\'s order', async () => {
      const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar expanded settings="images letterSpacing nonsense line-spacing"></oxu-a11y-bar>`);
      expect(visibleSelectors(bar)).to.deep.equal(['oxu-font-size', 'oxu-color-scheme', 'oxu-letter-spacing', 'oxu-line-spacing', 'oxu-images']);
      bar.settings = 'motion';
      await settle(bar);
      expect(visibleSelectors(bar)).to.deep.equal(['oxu-font-size', 'oxu-color-scheme', 'oxu-motion']);
    });

    it('has no panel and no button with an empty settings attribute', async () => {
      const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar settings="" expanded></oxu-a11y-bar>`);
      expect(toggle(bar)).to.equal(null);
      expect(panel(bar)).to.equal(null);
      expect(bar.shadowRoot!.querySelector('[part="reset"]')).to.equal(null);
      expect(visibleSelectors(bar)).to.deep.equal(['oxu-font-size', 'oxu-color-scheme']);
    });

    it('resets every setting and says so to screen readers', async () => {
      settings.set({ fontSize: 150, colorScheme: 'white-on-black', letterSpacing: 'wider', lineSpacing: 'wide', fontFamily: 'serif', images: 'hidden', motion: 'reduced' });
      const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar lang="az" expanded></oxu-a11y-bar>`);
      const reset = bar.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!;
      expect(reset.textContent!.trim()).to.equal('Ayarları sıfırla');
      reset.focus();
      await sendKeys({ press: 'Enter' });
      await settle(bar);
      await new Promise((r) => setTimeout(r));
      expect(settings.value).to.deep.equal(DEFAULT_SETTINGS);
      expect(localStorage.getItem('oxu:settings') ?? '').to.not.include('wider');
      expect(checkedValue(bar.shadowRoot!.querySelector('oxu-motion')!)).to.equal('default');
      expect(bar.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal(MESSAGES.az.resetDone);
      expect(said(deepActive())).to.equal(said(reset));
    });

    it('names the panel\'s selectors in the bar\'s language, or by its label attributes and slots', async () => {
      const bar = await mount<OxuA11yBar>(html`
        <oxu-a11y-bar lang="ru" expanded letter-spacing-label="Буквы" motion-label="Движение">
          <span slot="images-label">Картинки <b>сайта</b></span>
        </oxu-a11y-bar>
      `);
      const names = PANEL.map((tag) => groupName(bar.shadowRoot!.querySelector(tag)!));
      expect(names).to.deep.equal(['Буквы', 'Межстрочный интервал', 'Шрифт', 'Картинки сайта', 'Движение']);
      expect(spoken(toggle(bar)!)).to.equal('Другие настройки');
    });
  });

  describe('on a phone (390 × 844)', () => {
    let frame: HTMLIFrameElement | undefined;
    afterEach(() => {
      frame?.remove();
      frame = undefined;
    });

    const phone = () => loadFrame('/test/fixtures/bar-phone.html', { style: 'width: 390px; height: 844px; border: 0' });
    const frameBar = (f: HTMLIFrameElement) => f.contentDocument!.querySelector('oxu-a11y-bar') as OxuA11yBar;
    const frameSettle = async (f: HTMLIFrameElement) => {
      await settle(frameBar(f));
      await new Promise((r) => f.contentWindow!.requestAnimationFrame(() => f.contentWindow!.requestAnimationFrame(r)));
    };
    const noSidewaysScroll = (f: HTMLIFrameElement) => {
      const root = f.contentDocument!.documentElement;
      expect(root.scrollWidth, 'page scroll width').to.be.at.most(root.clientWidth);
    };

    for (const level of [100, 150, 200]) {
      it(`at ${level} %, the closed bar is one button at most 15 % of the screen high, and nothing scrolls sideways open or closed`, async () => {
        frame = await phone();
        win(frame).Oxu.set({ fontSize: level });
        const bar = frameBar(frame);
        await frameSettle(frame);
        expect(frame.contentDocument!.documentElement.getAttribute('data-oxu-font-size')).to.equal(level === 100 ? null : String(level));
        expect(frame.contentWindow!.innerWidth).to.equal(390);
        const { height } = bar.getBoundingClientRect();
        expect(height, 'closed bar height').to.be.at.most(0.15 * 844);
        expect(visibleSelectors(bar)).to.deep.equal([]);
        expect(spoken(toggle(bar)!)).to.equal(MESSAGES.az.a11yBarLabel);
        noSidewaysScroll(frame);
        toggle(bar)!.click();
        await frameSettle(frame);
        expect(visibleSelectors(bar)).to.deep.equal(['oxu-font-size', 'oxu-color-scheme', ...PANEL]);
        expect(bar.shadowRoot!.activeElement!.localName).to.equal('oxu-font-size');
        noSidewaysScroll(frame);
        for (const el of bar.shadowRoot!.querySelectorAll('.panel > *')) {
          expect(el.getBoundingClientRect().right, el.localName).to.be.at.most(390.5);
        }
      });
    }

    // A header that keeps its site title and the bar on one row (flex, no wrap), as design
    // systems' headers do with their tools: the page's row squeezes the bar.
    for (const level of [100, 150, 200]) {
      it(`at ${level} %, beside a site title in a row that does not wrap, the bar stays one short button named as before`, async () => {
        frame = await loadFrame('/test/fixtures/bar-phone-row.html', { style: 'width: 390px; height: 844px; border: 0' });
        win(frame).Oxu.set({ fontSize: level });
        const bar = frameBar(frame);
        await frameSettle(frame);
        const button = toggle(bar)!;
        expect(bar.getBoundingClientRect().height, 'closed bar height').to.be.at.most(0.15 * 844);
        // Its name is its text: the mark is hidden from screen readers, the name never is.
        const text = button.querySelector('.toggle-text')!;
        expect(text.textContent!.trim(), 'name').to.equal(MESSAGES.az.a11yBarLabel);
        expect(button.querySelector('.mark')!.getAttribute('aria-hidden')).to.equal('true');
        expect(button.querySelectorAll('[aria-hidden]').length).to.equal(2); // the mark and the chevron
        // From 320 px up at 100 % the name is shown beside the mark; larger, the mark alone.
        expect(text.getBoundingClientRect().width > 1, 'name shown').to.equal(level === 100);
        expect(shown(button.querySelector('.mark')), 'mark shown').to.equal(true);
        noSidewaysScroll(frame);
      });
    }

    // The drop-in in <head> with a saved size: the page's sheets are rewritten at the first
    // frame, after the bar has connected and measured itself at the size of 100 %.
    for (const level of [150, 200]) {
      it(`loaded with a saved ${level} %, beside a site title in a row that does not wrap, the bar is its mark alone and nothing scrolls sideways`, async () => {
        localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, fontSize: level }));
        frame = await loadFrame('/test/fixtures/bar-phone-row.html', { style: 'width: 390px; height: 844px; border: 0' });
        const bar = frameBar(frame);
        await frameSettle(frame);
        expect(frame.contentDocument!.documentElement.getAttribute('data-oxu-font-size')).to.equal(String(level));
        const button = toggle(bar)!;
        expect(button.querySelector('.toggle-text')!.getBoundingClientRect().width > 1, 'name shown').to.equal(false);
        expect(shown(button.querySelector('.mark')), 'mark shown').to.equal(true);
        expect(bar.getBoundingClientRect().height, 'closed bar height').to.be.at.most(0.15 * 844);
        noSidewaysScroll(frame);
      });
    }

    it('with an empty settings attribute, the one button opens the text sizes and colours', async () => {
      frame = await phone();
      const bar = frameBar(frame);
      bar.setAttribute('settings', '');
      await frameSettle(frame);
      toggle(bar)!.click();
      await frameSettle(frame);
      expect(visibleSelectors(bar)).to.deep.equal(['oxu-font-size', 'oxu-color-scheme']);
      expect(bar.shadowRoot!.querySelector('[part="reset"]')).to.equal(null);
    });

    it('passes axe open and closed in every colour scheme at 200 %', async () => {
      frame = await phone();
      const w = frame.contentWindow as unknown as AxeFrame;
      const script = frame.contentDocument!.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      await new Promise((r) => {
        script.addEventListener('load', r, { once: true });
        frame!.contentDocument!.head.append(script);
      });
      const bar = frameBar(frame);
      const failures: string[] = [];
      for (const expanded of [false, true]) {
        bar.expanded = expanded;
        for (const colorScheme of COLOR_SCHEMES) {
          w.Oxu.set({ fontSize: 200, colorScheme });
          await frameSettle(frame);
          const { violations } = await w.axe.run(bar, { resultTypes: ['violations'] });
          for (const v of violations) failures.push(`${expanded ? 'open' : 'closed'} ${colorScheme}: ${v.id}`);
        }
      }
      expect(failures).to.deep.equal([]);
    });
  });

  describe('keyboard', () => {
    it('Tab goes into the text sizes, then into the colours, then onto the button, then out', async () => {
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
      expect(said(deepActive())).to.equal(said(toggle(bar)));
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(wrapper.querySelector('button:last-child'));
    });

    for (const key of ['Enter', ' ']) {
      it(`${key === ' ' ? 'Space' : key} on the button opens the panel and puts focus on its first selector`, async () => {
        settings.set({ lineSpacing: 'wide' });
        const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar settings="lineSpacing motion"></oxu-a11y-bar>`);
        toggle(bar)!.focus();
        await sendKeys({ press: key });
        await settle(bar);
        expect(toggle(bar)!.getAttribute('aria-expanded')).to.equal('true');
        expect(focusedIn(bar)!.localName).to.equal('oxu-line-spacing');
        expect((deepActive() as HTMLInputElement).value).to.equal('wide');
        await sendKeys({ press: 'Tab' });
        expect(focusedIn(bar)!.localName).to.equal('oxu-motion');
        await sendKeys({ press: 'Tab' });
        expect(said(deepActive())).to.equal(said(bar.shadowRoot!.querySelector('[part="reset"]')));
      });
    }

    it('Escape closes the panel from anywhere in it and gives focus back to the button', async () => {
      const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar expanded></oxu-a11y-bar>`);
      const motion = bar.shadowRoot!.querySelector('oxu-motion')!;
      radios(motion)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(settings.value.motion).to.equal('reduced');
      await sendKeys({ press: 'Escape' });
      await settle(bar);
      expect(bar.expanded).to.equal(false);
      expect(toggle(bar)!.getAttribute('aria-expanded')).to.equal('false');
      expect(shown(panel(bar))).to.equal(false);
      expect(said(deepActive())).to.equal(said(toggle(bar)));
      // and on the button itself, Escape leaves a closed panel closed
      await sendKeys({ press: 'Escape' });
      expect(said(deepActive())).to.equal(said(toggle(bar)));
      await sendKeys({ press: 'Enter' });
      await settle(bar);
      expect(bar.expanded).to.equal(true);
      await sendKeys({ press: 'Escape' });
      expect(bar.expanded).to.equal(false);
      expect(said(deepActive())).to.equal(said(toggle(bar)));
    });

    it('keeps focus where it was when a new text size turns the bar into its phone layout', async () => {
      const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar></oxu-a11y-bar>`);
      radios(fontSize(bar))[0].focus();
      await sendKeys({ press: 'End' }); // 200 %: the row no longer fits 1024 px
      await settle(bar);
      await new Promise((r) => setTimeout(r, 50));
      expect(shown(toggle(bar))).to.equal(true);
      expect(spoken(toggle(bar)!)).to.equal(MESSAGES.en.a11yBarLabel);
      expect(bar.expanded).to.equal(true);
      expect(focusedIn(bar)!.localName).to.equal('oxu-font-size');
      expect((deepActive() as HTMLInputElement).value).to.equal('200');
      await sendKeys({ press: 'Home' }); // back to 100 %: the desktop row again, focus still on the text sizes
      await settle(bar);
      await new Promise((r) => setTimeout(r, 50));
      expect(spoken(toggle(bar)!)).to.equal(MESSAGES.en.moreSettings);
      expect((deepActive() as HTMLInputElement).value).to.equal('100');
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
            for (const expanded of [false, true]) {
              settings.set({ colorScheme, fontSize: level });
              for (const bar of el.localName === 'oxu-a11y-bar' ? [el] : el.querySelectorAll('oxu-a11y-bar')) (bar as OxuA11yBar).expanded = expanded;
              await settle(el);
              await expect(el).to.be.accessible();
            }
          }
        }
      });
    }

    it('passes axe in forced colours, open and closed', async function () {
      // WebKit cannot emulate forced colours: skipped there (see test/helpers/engine.ts).
      if (!(await emulateForcedColors(true))) this.skip();
      const el = await mount<OxuA11yBar>(html`<oxu-a11y-bar></oxu-a11y-bar>`);
      await expect(el).to.be.accessible();
      el.expanded = true;
      await settle(el);
      await expect(el).to.be.accessible();
    });

    it('shows focus on its buttons in every colour scheme', async () => {
      const bar = await mount<OxuA11yBar>(html`<oxu-a11y-bar expanded></oxu-a11y-bar>`);
      const buttons = [toggle(bar)!, bar.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset"]')!];
      for (const colorScheme of COLOR_SCHEMES) {
        settings.set({ colorScheme });
        await settle(bar);
        for (const [button, before] of [
          [buttons[0], 'oxu-color-scheme'],
          [buttons[1], 'oxu-motion'],
        ] as const) {
          // focus by keyboard, from the selector before it, so :focus-visible applies in every engine
          radios(bar.shadowRoot!.querySelector(before)!).find((r) => r.checked)!.focus();
          await sendKeys({ press: 'Tab' });
          expect(said(deepActive()), colorScheme).to.equal(said(button));
          const style = getComputedStyle(button);
          expect(style.outlineStyle, colorScheme).to.equal('solid');
          expect(parseFloat(style.outlineWidth), colorScheme).to.be.at.least(3);
        }
      }
    });
  });
});
