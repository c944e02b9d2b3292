import { expect, fixture, html } from '@open-wc/testing';
import { settings } from '../../src/settings/store.js';
import { connectPage } from '../../src/page/engine.js';
import { FONT_STACKS } from '../../src/page/font-family.js';
import { loadTestFont, TEST_FONT } from '../helpers/test-font.js';
import { pageComponent, SOME_SCHEMES } from './support.js';

const TEXT = 'Şəhər Ağdam, Қазан və Gəncə: ıi 0123';

// The page's own faces: the test font with a generic fallback (text), and with none (an icon font, by oxu's rule).
const page = () => fixture<HTMLElement>(html`
  <div class="site">
    <style>
      .site { font-family: '${TEST_FONT}', serif; font-size: 20px; --icons: '${TEST_FONT}'; }
      .site .icon { font-family: '${TEST_FONT}'; }
      .site .fa { font-family: var(--icons); }
      .site .hljs { font-family: Menlo, Consolas, monospace; }
      .site span { white-space: nowrap; }
    </style>
    <p><span class="text">${TEXT}</span></p>
    <h2><span class="heading">${TEXT}</span></h2>
    <p><code><span class="code">${TEXT}</span></code></p>
    <pre><span class="pre">${TEXT}</span></pre>
    <p><span class="hljs">${TEXT}</span></p>
    <p><span class="icon">${TEXT}</span> <i class="fa">${TEXT}</i></p>
  </div>
`);

/** The rendered width of `text` in `family` at `size`, measured at the defaults (no setting restyles it). */
function widthIn(family: string, size: string, weight = '400'): number {
  const span = document.body.appendChild(document.createElement('span'));
  span.style.fontFamily = family;
  span.style.fontSize = size;
  span.style.fontWeight = weight;
  span.style.whiteSpace = 'nowrap';
  span.textContent = TEXT;
  const width = span.getBoundingClientRect().width;
  span.remove();
  return width;
}

const width = (el: Element, selector: string) => el.querySelector(selector)!.getBoundingClientRect().width;

describe('fontFamily on the page', () => {
  before(async () => {
    connectPage();
    await loadTestFont();
  });
  it('at default: no attribute, no sheet, every face as made', async () => {
    const el = await page();
    const sheets = document.adoptedStyleSheets.length;
    const read = () => [...el.querySelectorAll('span')].map((s) => `${getComputedStyle(s).fontFamily} ${s.getBoundingClientRect().width}`);
    const before = read();
    settings.set({ fontFamily: 'serif' });
    settings.set({ fontFamily: 'default' });
    expect(document.documentElement.hasAttribute('data-oxu-font-family')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(read()).to.deep.equal(before);
  });

  for (const value of ['sans', 'serif'] as const) {
    describe(value, () => {
      it('renders page text in the system face of the stack, whatever the machine has', async () => {
        const el = await page();
        const { fontSize, fontWeight } = getComputedStyle(el.querySelector('.heading')!);
        // References measured before the setting is on: the stack's face as this machine resolves it.
        const ours = { text: widthIn(FONT_STACKS[value], '20px'), heading: widthIn(FONT_STACKS[value], fontSize, fontWeight) };
        const pageWidth = width(el, '.text');
        settings.set({ fontFamily: value });
        expect(document.documentElement.getAttribute('data-oxu-font-family')).to.equal(value);
        expect(width(el, '.text'), 'body text').to.be.closeTo(ours.text, 0.5);
        expect(width(el, '.heading'), 'a heading').to.be.closeTo(ours.heading, 0.5);
        if (Math.abs(ours.text - pageWidth) > 1) expect(Math.abs(width(el, '.text') - pageWidth), 'changed from the page’s face').to.be.greaterThan(1);
      });

      it('keeps code, preformatted text and monospace faces monospace', async () => {
        const el = await page();
        const before = ['.code', '.pre', '.hljs'].map((s) => width(el, s));
        settings.set({ fontFamily: value });
        expect(['.code', '.pre', '.hljs'].map((s) => width(el, s))).to.deep.equal(before);
        expect(getComputedStyle(el.querySelector('.code')!).fontFamily).to.contain('monospace');
      });

      it('keeps icon fonts: a face with no generic fallback, and the classes of known icon sets', async () => {
        const el = await page();
        const before = [width(el, '.icon'), width(el, '.fa')];
        settings.set({ fontFamily: value });
        expect(width(el, '.icon'), 'no generic fallback').to.be.closeTo(before[0], 0.01);
        expect(width(el, '.fa'), 'class fa (its rule unreadable as a face)').to.be.closeTo(before[1], 0.01);
        expect(getComputedStyle(el.querySelector('.icon')!).fontFamily.replace(/["']/g, '')).to.equal(TEST_FONT);
      });

      it('works in every colour scheme and text size, in shadow roots and for content added later', async () => {
        const el = await page();
        const host = pageComponent(`<style>p { font-family: '${TEST_FONT}', sans-serif; font-size: 20px; white-space: nowrap }</style><p><span>${TEXT}</span></p>`);
        el.append(host);
        const ours = widthIn(FONT_STACKS[value], '30px');
        for (const colorScheme of ['default', ...SOME_SCHEMES] as const) {
          settings.set({ fontFamily: value, fontSize: 150, colorScheme });
          await new Promise((r) => setTimeout(r));
          expect(width(el, '.text'), colorScheme).to.be.closeTo(ours, 0.5);
          expect(host.shadowRoot!.querySelector('span')!.getBoundingClientRect().width, `shadow root, ${colorScheme}`).to.be.closeTo(ours, 0.5);
        }
        const later = el.appendChild(document.createElement('p'));
        later.innerHTML = `<span>${TEXT}</span>`;
        expect(later.firstElementChild!.getBoundingClientRect().width, 'added later').to.be.closeTo(ours, 0.5);
      });
    });
  }
});
