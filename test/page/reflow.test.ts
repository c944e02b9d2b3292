import { expect, fixture, html } from '@open-wc/testing';
import { settings } from '../../src/settings/store.js';
import { connectPage } from '../../src/page/engine.js';

// Reflow help while text is enlarged (docs/decisions/011-reflow.md): larger
// text adds no sideways scroll, and at 100 % nothing of it is there.

const narrow = () => fixture<HTMLElement>(html`
  <div class="reflow" style="width: 320px; font-size: 16px">
    <style>
      .reflow .nowrap { white-space: nowrap; }
      .reflow .brand { display: flex; }
      .reflow .brand a { flex-shrink: 0; }
    </style>
    <h1 class="word">Ümumtəhsilmüəssisələrininsiyahısı</h1>
    <p class="url">https://www.example.gov.az/xeberler/2024/dekabr/uzun-unvan-burada</p>
    <p class="nowrap">Ana səhifə › Xidmətlər › Arayışlar › Doğum haqqında</p>
    <div class="brand"><a href="#brand">Azərbaycan Respublikası Mədəniyyət Nazirliyi</a></div>
    <table><tr><th>Rayon</th><th>Əhali</th><th>Sahə</th><th>Sıxlıq</th></tr><tr><td>Abşeron</td><td>218 700</td><td>1 360</td><td>160,8</td></tr></table>
    <img alt="" width="600" height="10" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">
    <p class="short nowrap">Qısa</p>
    <p><span class="visually-hidden" style="position: absolute; width: 1px; height: 1px; overflow: hidden; white-space: nowrap">Ekran oxuyucusu üçün</span></p>
  </div>
`);

/** Whether `el`'s box or content reaches past the 320 px box. */
const sticksOut = (box: Element, el: Element) => el.getBoundingClientRect().left + el.scrollWidth > box.getBoundingClientRect().right + 0.5 || el.getBoundingClientRect().right > box.getBoundingClientRect().right + 0.5;

const reflowAdopted = () => document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('--oxu-reflow-keep')));

describe('reflow help', () => {
  before(() => connectPage());
  it('is absent at 100 %', async () => {
    const el = await narrow();
    expect(reflowAdopted()).to.equal(false);
    expect(getComputedStyle(el.querySelector('.word')!).overflowWrap).to.equal('normal');
    expect(getComputedStyle(el.querySelector('table')!).display).to.equal('table');
  });

  it('at 200 %, keeps long words, URLs, nowrap rows, shrink-proof links and media inside a 320 px box', async () => {
    const el = await narrow();
    settings.set({ fontSize: 200 });
    for (const selector of ['.word', '.url', '.nowrap', '.brand', '.brand a', 'img']) {
      expect(sticksOut(el, el.querySelector(selector)!), selector).to.equal(false);
    }
  });

  it('lets a table that does not fit scroll inside its own box, its words whole', async () => {
    const el = await narrow();
    settings.set({ fontSize: 200 });
    const table = el.querySelector('table')!;
    expect(table.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    expect(getComputedStyle(table).overflowX).to.equal('auto');
    const cell = el.querySelector('td:nth-child(2)')!;
    expect(cell.getClientRects().length).to.equal(1);
    expect(getComputedStyle(cell).overflowWrap).to.equal('normal');
  });

  it('leaves hidden text, the text inside it, and everything in a table as the page styled them', async () => {
    const el = await fixture<HTMLElement>(html`
      <div style="width: 320px; font-size: 16px">
        <span class="sr-only" style="position: absolute; width: 1px; height: 1px; overflow: hidden; white-space: nowrap"
          ><span class="inner">Ekran oxuyucusu <b>üçün</b> mətn</span></span
        >
        <table><tr><td>Abşeron</td><td style="white-space: nowrap"><span class="cell">2 293,1</span></td></tr></table>
        <p class="outside" style="white-space: nowrap">Ana səhifə › Xidmətlər</p>
      </div>
    `);
    settings.set({ fontSize: 200 });
    expect(reflowAdopted()).to.equal(true);
    // A cell the page keeps on one line (a number) stays on one line, whatever the table says.
    for (const selector of ['.sr-only', '.inner', '.inner b', 'td:nth-child(2)', '.cell']) {
      const style = getComputedStyle(el.querySelector(selector)!);
      expect(style.whiteSpace, selector).to.equal('nowrap');
      expect(style.overflowWrap, selector).to.equal('normal');
    }
    // Outside them the page's nowrap gives way.
    const outside = getComputedStyle(el.querySelector('.outside')!);
    expect(outside.overflowWrap).to.equal('anywhere');
    expect(outside.whiteSpace).to.not.equal('nowrap');
  });

  it('keeps what fits as it was: a short nowrap row stays one line', async () => {
    const el = await narrow();
    const short = el.querySelector('.short')!;
    settings.set({ fontSize: 200 });
    const range = document.createRange();
    range.selectNodeContents(short);
    expect(range.getClientRects().length).to.equal(1);
  });

  it('leaves text hidden for screen readers on one unbroken line', async () => {
    const el = await narrow();
    settings.set({ fontSize: 200 });
    const hidden = getComputedStyle(el.querySelector('.visually-hidden')!);
    expect(hidden.overflowWrap).to.equal('normal');
    expect(hidden.whiteSpace).to.equal('nowrap');
  });

  it('lets a box of fixed height grow with its text, and keeps its height where the text fits', async () => {
    const el = await fixture<HTMLElement>(html`
      <div style="width: 320px; font-size: 16px">
        <style>
          .fixed-bar { height: 48px; overflow: hidden; line-height: 20px; }
          .fixed-thumb { height: 40px; width: 40px; }
        </style>
        <div class="fixed-bar">Dövlət Miqrasiya Xidməti: elektron xidmətlər portalı</div>
        <div class="fixed-bar short">Ana səhifə</div>
        <img class="fixed-thumb" alt="" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7">
      </div>
    `);
    const [long, short] = el.querySelectorAll<HTMLElement>('.fixed-bar');
    settings.set({ fontSize: 200 });
    expect(long.getBoundingClientRect().height, 'long text').to.equal(long.scrollHeight);
    expect(long.getBoundingClientRect().height).to.be.greaterThan(48);
    expect(short.getBoundingClientRect().height, 'short text').to.equal(48);
    expect(el.querySelector('img')!.getBoundingClientRect().height, 'image').to.equal(40);
    settings.set({ fontSize: 100 });
    expect(long.getBoundingClientRect().height).to.equal(48);
  });

  it('keeps a skip link placed above the page out of sight however tall its text wraps, and shows it on focus', async () => {
    const el = await fixture<HTMLElement>(html`
      <div style="position: relative; width: 320px; font-size: 16px; margin-top: 60px">
        <style>
          .skip-above { position: absolute; top: -3rem; left: 0; line-height: 1.5; }
          .skip-above:focus { top: 0; }
        </style>
        <a class="skip-above" href="#main">Əsas məzmuna keçid: səhifənin əsas hissəsinə keçin</a>
        <p>Başlıq</p>
      </div>
    `);
    settings.set({ fontSize: 200 });
    const link = el.querySelector('a')!;
    expect(link.getBoundingClientRect().bottom, 'bottom of the unfocused link').to.be.at.most(el.getBoundingClientRect().top);
    link.focus();
    expect(link.getBoundingClientRect().top).to.be.closeTo(el.getBoundingClientRect().top, 1);
  });

  it('goes when text is back at 100 %', async () => {
    const el = await narrow();
    settings.set({ fontSize: 150 });
    settings.set({ fontSize: 100 });
    expect(getComputedStyle(el.querySelector('.nowrap')!).whiteSpace).to.equal('nowrap');
    expect(getComputedStyle(el.querySelector('table')!).display).to.equal('table');
  });
});
