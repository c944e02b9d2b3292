import { expect, fixture, html } from '@open-wc/testing';
import { settings } from '../../src/settings/store.js';
import { connectPage } from '../../src/page/engine.js';
import { LINE_SPACING } from '../../src/page/line-spacing.js';
import { pageComponent, px, SOME_SCHEMES } from './support.js';
import '../../src/components/news-card/news-card.js';
import '../../src/components/links-footer/links-footer.js';

const page = () => fixture<HTMLElement>(html`
  <div class="site">
    <style>
      .site { font-size: 16px; }
      .site h2 { font-size: 28px; line-height: 1.1; margin: 0 0 4px; }
      .site .tight { line-height: 1; }
      .site .px { line-height: 18px; }
      .site .airy { line-height: 2.6; }
      .site .airy-px { line-height: 60px; }
      .site p { margin: 0 0 0.5em; }
    </style>
    <h2>Başlıq</h2>
    <p class="plain">Sadə abzas</p>
    <p class="tight">Sıx abzas</p>
    <p class="px">Piksel abzas</p>
    <p class="airy">Geniş abzas</p>
    <p class="airy-px">Çox geniş abzas</p>
    <p class="inline-tight" style="line-height: 1.05">Sətirdaxili sıx</p>
    <p class="inline-airy" style="line-height: 3">Sətirdaxili geniş</p>
    <div class="box"><span>Mətn bloku</span></div>
  </div>
`);

/** line height of `el` in its own font size */
function lineHeight(el: Element): number {
  const style = getComputedStyle(el);
  const value = style.lineHeight === 'normal' ? NaN : px(style.lineHeight);
  return value / px(style.fontSize);
}

const after = (el: Element) => px(getComputedStyle(el).marginBottom) / px(getComputedStyle(el).fontSize);

describe('lineSpacing on the page', () => {
  before(() => connectPage());
  it('at default: no attribute, no sheet, every line height and margin as made', async () => {
    const el = await page();
    const sheets = document.adoptedStyleSheets.length;
    const read = () => [...el.querySelectorAll('*')].map((e) => `${getComputedStyle(e).lineHeight} ${getComputedStyle(e).marginBottom}`);
    const before = read();
    settings.set({ lineSpacing: 'wider' });
    settings.set({ lineSpacing: 'default' });
    expect(document.documentElement.hasAttribute('data-oxu-line-spacing')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(read()).to.deep.equal(before);
    expect((el.querySelector('.inline-tight') as HTMLElement).style.lineHeight, 'inline style as written').to.equal('1.05');
  });

  for (const value of ['wide', 'wider'] as const) {
    const [least, space] = LINE_SPACING[value];
    describe(value, () => {
      it(`gives every text a line height of at least ${least} and ${space} × its size after each paragraph`, async () => {
        const el = await page();
        settings.set({ lineSpacing: value });
        expect(document.documentElement.getAttribute('data-oxu-line-spacing')).to.equal(value);
        for (const selector of ['h2', '.plain', '.tight', '.px', '.inline-tight', '.box span']) {
          expect(lineHeight(el.querySelector(selector)!), selector).to.be.closeTo(least, 0.02);
        }
        for (const p of el.querySelectorAll('p')) expect(after(p), `after ${p.className}`).to.be.closeTo(space, 0.01);
      });

      it('keeps the page’s own larger line heights', async () => {
        const el = await page();
        settings.set({ lineSpacing: value });
        expect(lineHeight(el.querySelector('.airy')!)).to.be.closeTo(Math.max(2.6, least), 0.02);
        expect(px(getComputedStyle(el.querySelector('.airy-px')!).lineHeight)).to.be.closeTo(Math.max(60, least * 16), 0.1);
        expect(lineHeight(el.querySelector('.inline-airy')!)).to.be.closeTo(3, 0.02);
      });

      it('follows the text-size setting, in every colour scheme', async () => {
        const el = await page();
        for (const colorScheme of ['default', ...SOME_SCHEMES] as const) {
          settings.set({ lineSpacing: value, fontSize: 200, colorScheme });
          const tight = el.querySelector('.px')!;
          expect(px(getComputedStyle(tight).fontSize)).to.be.closeTo(32, 0.05);
          expect(lineHeight(tight), colorScheme).to.be.closeTo(least, 0.02);
          expect(after(tight)).to.be.closeTo(space, 0.01);
        }
      });

      it('reaches the shadow roots of the page’s other components and stylesheets added later', async () => {
        const el = await page();
        settings.set({ lineSpacing: value });
        const host = pageComponent('<style>p { line-height: 1.1 }</style><p>Kölgədə mətn</p>');
        el.append(host);
        await new Promise((r) => setTimeout(r));
        expect(lineHeight(host.shadowRoot!.querySelector('p')!), 'shadow root').to.be.closeTo(least, 0.02);
        const style = el.appendChild(document.createElement('style'));
        style.textContent = '.site .late { line-height: 1.2 }';
        const late = el.appendChild(document.createElement('p'));
        late.className = 'late';
        late.textContent = 'Sonra';
        await new Promise((r) => setTimeout(r));
        expect(lineHeight(late), 'a rule added later').to.be.closeTo(least, 0.02);
      });

      it("reaches oxu's own news card and links footer, which are page content too", async () => {
        const el = await fixture<HTMLElement>(html`
          <div style="font-size: 16px">
            <oxu-news-card href="/x" datetime="2022-12-28T16:02"><span slot="heading">Dəyirmi masa keçirilib</span>Xülasə mətni burada.</oxu-news-card>
            <oxu-links-footer heading="Keçidlər"><a href="https://e-gov.az">Elektron hökumət portalı</a></oxu-links-footer>
          </div>
        `);
        settings.set({ lineSpacing: value });
        const card = el.querySelector('oxu-news-card')!;
        const footer = el.querySelector('oxu-links-footer')!;
        await Promise.all([card, footer].map((e) => (e as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
        const texts = {
          'card heading': card.shadowRoot!.querySelector('[part="heading"]')!,
          'card summary': card.shadowRoot!.querySelector('[part="summary"]')!,
          'card date': card.shadowRoot!.querySelector('time')!,
          'footer heading': footer.shadowRoot!.querySelector('[part="heading"]')!,
          'footer link': footer.querySelector('a')!,
        };
        for (const [name, text] of Object.entries(texts)) expect(lineHeight(text), name).to.be.at.least(least - 0.01);
      });

      it('lets no line of a paragraph overlap the next', async () => {
        const el = await page();
        settings.set({ lineSpacing: value, letterSpacing: 'wider', fontSize: 200 });
        const ps = [...el.querySelectorAll('p')];
        for (let i = 1; i < ps.length; i++) {
          expect(ps[i].getBoundingClientRect().top, ps[i].className).to.be.at.least(ps[i - 1].getBoundingClientRect().bottom - 0.5);
        }
      });
    });
  }
});
