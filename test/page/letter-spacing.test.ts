import { expect, fixture, html } from '@open-wc/testing';
import { settings } from '../../src/settings/store.js';
import { connectPage } from '../../src/page/engine.js';
import { LETTER_SPACING_EM } from '../../src/page/letter-spacing.js';
import { pageComponent, px, SOME_SCHEMES } from './support.js';

const page = () => fixture<HTMLElement>(html`
  <div class="site">
    <style>
      .site h2 { font-size: 32px; letter-spacing: -0.5px; }
      .site p { font-size: 16px; word-spacing: -1px; }
      .site .small { font-size: 12px; }
      .site .note::before { content: 'Qeyd: '; font-size: 20px; }
    </style>
    <h2>Xəbərlər və elanlar</h2>
    <p>Açıq hökumətin <span class="small">təşviqinə dair</span> plan</p>
    <p class="note">Şərh</p>
    <span class="material-icons">home</span>
  </div>
`);

/** letter and word spacing of `el`, in em of its own computed size */
function spacing(el: Element, pseudo?: string): [number, number] {
  const style = getComputedStyle(el, pseudo);
  const size = px(style.fontSize);
  return [px(style.letterSpacing) / size || 0, px(style.wordSpacing) / size || 0];
}

describe('letterSpacing on the page', () => {
  before(() => connectPage());
  it('at default: no attribute, no sheet, the page as made', async () => {
    const el = await page();
    const sheets = document.adoptedStyleSheets.length;
    const before = [...el.querySelectorAll('*')].map((e) => spacing(e));
    settings.set({ letterSpacing: 'wider' });
    settings.set({ letterSpacing: 'default' });
    expect(document.documentElement.hasAttribute('data-oxu-letter-spacing')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect([...el.querySelectorAll('*')].map((e) => spacing(e))).to.deep.equal(before);
  });

  for (const value of ['wide', 'wider'] as const) {
    const [letters, words] = LETTER_SPACING_EM[value];
    describe(value, () => {
      it(`marks <html> and spaces letters ${letters} em and words ${words} em of each text's own size`, async () => {
        const el = await page();
        settings.set({ letterSpacing: value });
        expect(document.documentElement.getAttribute('data-oxu-letter-spacing')).to.equal(value);
        for (const selector of ['h2', 'p', '.small', '.note']) {
          const [l, w] = spacing(el.querySelector(selector)!);
          expect(l, `${selector} letters`).to.be.closeTo(letters, 0.005);
          expect(w, `${selector} words`).to.be.closeTo(words, 0.005);
        }
        const [l] = spacing(el.querySelector('.note')!, '::before');
        expect(l, '::before, at its own 20 px').to.be.closeTo(letters, 0.005);
      });

      it('follows the text-size setting and every colour scheme', async () => {
        const el = await page();
        for (const colorScheme of ['default', ...SOME_SCHEMES] as const) {
          settings.set({ letterSpacing: value, fontSize: 150, colorScheme });
          const p = el.querySelector('p')!;
          expect(px(getComputedStyle(p).fontSize), 'scaled').to.be.closeTo(24, 0.05);
          expect(spacing(p)[0], colorScheme).to.be.closeTo(letters, 0.005);
          expect(spacing(p)[1], colorScheme).to.be.closeTo(words, 0.005);
        }
      });

      it('reaches the open shadow roots of the page’s other components and content added later', async () => {
        const el = await page();
        settings.set({ letterSpacing: value });
        const host = pageComponent('<style>p { font-size: 10px; letter-spacing: 0 }</style><p>Kölgədə mətn</p>');
        el.append(host);
        await null; // a new root joins a microtask after attachShadow
        expect(spacing(host.shadowRoot!.querySelector('p')!)[0], 'shadow root').to.be.closeTo(letters, 0.005);
        const later = el.appendChild(document.createElement('p'));
        later.textContent = 'Sonra əlavə edilib';
        expect(spacing(later)[1], 'added later').to.be.closeTo(words, 0.005);
      });

      it('leaves ligature icons (Material Icons) unspaced, so they keep their icon', async () => {
        const el = await page();
        settings.set({ letterSpacing: value });
        expect(spacing(el.querySelector('.material-icons')!)[0]).to.equal(0);
      });
    });
  }
});
