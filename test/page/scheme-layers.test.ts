import { expect, fixture, html } from '@open-wc/testing';
import { settings } from '../../src/settings/store.js';
import { connectPage } from '../../src/page/engine.js';
import { PALETTES } from '../../src/settings/schemes.js';
import { isTransparent, pseudoSelector, rewriteLayers } from '../../src/page/scheme-layers.js';

// A scheme fills only boxes that can hold text and never turns a layer the
// page left clear into a cover (docs/decisions/010-scheme-layers.md).

const CLEAR = ['rgba(0, 0, 0, 0)', 'transparent'];
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
const bg = (el: Element, pseudo?: string) => getComputedStyle(el, pseudo).backgroundColor;

const card = () => fixture<HTMLElement>(html`
  <div class="layers">
    <style>
      .layers .card { position: relative; background: #fff; }
      .layers .stretched::after { content: ''; position: absolute; inset: 0; z-index: 1; }
      .layers .clear::before { content: ''; position: absolute; inset: -1px; background-color: rgba(255, 255, 255, 0); }
      .layers .named::before { content: ''; position: absolute; inset: 0; background: transparent; }
      .layers .badge::before { content: 'Yeni'; background: #c00; color: #fff; }
      .layers li::after { content: '•'; background-color: #00c; }
      .layers .cover { position: absolute; inset: 0; z-index: 2; }
    </style>
    <div class="card">
      <h3><a class="stretched" href="#a">Başlıq</a></h3>
      <p>Xülasə</p>
      <a class="cover" href="#b"></a>
    </div>
    <a class="clear" href="#c">Düymə</a>
    <span class="named">Ad</span>
    <span class="badge">Xəbər</span>
    <ul><li>Bənd</li></ul>
    <div data-oxu-keep-colors><span class="badge">Gerb</span></div>
  </div>
`);

describe('scheme layers', () => {
  before(() => connectPage());
  describe('in a scheme', () => {
    const scheme = 'white-on-black';
    const fill = rgb(PALETTES[scheme].background);

    it('leaves a pseudo-element the page left clear transparent, however positioned', async () => {
      const el = await card();
      settings.set({ colorScheme: scheme });
      expect(CLEAR, 'stretched link ::after').to.include(bg(el.querySelector('.stretched')!, '::after'));
      expect(CLEAR, 'rgba(…, 0) ::before').to.include(bg(el.querySelector('.clear')!, '::before'));
      expect(CLEAR, 'background: transparent ::before').to.include(bg(el.querySelector('.named')!, '::before'));
    });

    it('fills with its background the pseudo-elements the page filled, so a badge stays a badge', async () => {
      const el = await card();
      settings.set({ colorScheme: scheme });
      expect(bg(el.querySelector('.badge')!, '::before')).to.equal(fill);
      expect(bg(el.querySelector('li')!, '::after')).to.equal(fill);
      expect(getComputedStyle(el.querySelector('.badge')!, '::before').color).to.equal(rgb(PALETTES[scheme].text));
    });

    it('leaves an empty element (an overlay link) clear and fills every element that can hold text', async () => {
      const el = await card();
      settings.set({ colorScheme: scheme });
      expect(CLEAR).to.include(bg(el.querySelector('.cover')!));
      for (const selector of ['.card', 'h3', 'p', '.stretched', 'ul', 'li']) expect(bg(el.querySelector(selector)!), selector).to.equal(fill);
    });

    it('lets every word under a clear layer show: the topmost box at a text is not a cover', async () => {
      const el = await card();
      settings.set({ colorScheme: scheme });
      const p = el.querySelector('.card p')!.getBoundingClientRect();
      // What paints at the text's middle: the overlay link is on top (it is the click target) but paints nothing.
      const top = document.elementFromPoint(p.left + 5, p.top + p.height / 2)!;
      expect(top.className).to.equal('cover');
      expect(CLEAR).to.include(bg(top));
    });

    it('keeps the page’s colours inside data-oxu-keep-colors', async () => {
      const el = await card();
      settings.set({ colorScheme: scheme });
      expect(bg(el.querySelector('[data-oxu-keep-colors] .badge')!, '::before')).to.equal('rgb(204, 0, 0)');
    });

    it('follows a stylesheet the page adds while the scheme is on', async () => {
      const el = await card();
      settings.set({ colorScheme: scheme });
      const style = document.createElement('style');
      style.textContent = '.layers .late::after { content: "2"; background: #0a0; }';
      el.append(style, Object.assign(document.createElement('span'), { className: 'late', textContent: 'Say' }));
      const nextFrame = () => new Promise((r) => requestAnimationFrame(r));
      await nextFrame(); // before the next paint
      expect(bg(el.querySelector('.late')!, '::after')).to.equal(fill);
      style.textContent = '.layers .late::after { content: "2"; background: transparent; }';
      await nextFrame();
      expect(CLEAR).to.include(bg(el.querySelector('.late')!, '::after'));
    });

    it('shows the final colours in the next frame: the page’s own transitions do not fade them in', async () => {
      const el = await fixture<HTMLElement>(html`
        <div>
          <style>.fades, .fades::before { transition: color 1s, background-color 1s, border-color 1s; } .fades::before { content: '›'; background: #eee; }</style>
          <a class="fades" href="#f" style="color: #06c; background: #fff">Keçid</a>
        </div>
      `);
      const link = el.querySelector('a')!;
      getComputedStyle(link).color;
      settings.set({ colorScheme: scheme });
      await new Promise((r) => requestAnimationFrame(r));
      expect(link.getAnimations({ subtree: true } as GetAnimationsOptions), 'running transitions').to.have.length(0);
      expect(getComputedStyle(link).color).to.equal(rgb(PALETTES[scheme].link));
      expect(getComputedStyle(link).backgroundColor).to.equal(fill);
      // The page keeps its transitions for everything after the switch.
      expect(getComputedStyle(link).transitionDuration).to.contain('1s');
      settings.set({ colorScheme: 'yellow-on-black' });
      await new Promise((r) => requestAnimationFrame(r));
      expect(link.getAnimations({ subtree: true } as GetAnimationsOptions), 'after a second switch').to.have.length(0);
    });
  });

  describe('the rewrite', () => {
    it('tells clear background colours from painted ones', () => {
      for (const v of ['transparent', 'rgba(255, 255, 255, 0)', 'rgba(0,0,0,0.0)', 'rgb(0 0 0 / 0)', 'rgb(0 0 0 / 0%)', '#fff0', '#ffffff00', 'hsla(0, 0%, 0%, 0)', 'initial']) {
        expect(isTransparent(v), v).to.equal(true);
      }
      for (const v of ['rgb(0, 0, 0)', 'rgba(0, 0, 0, 0.5)', 'rgb(0 0 0 / 0.05)', '#000', '#000000', 'red', 'currentcolor', 'var(--x)', 'hsl(0, 0%, 0%)']) {
        expect(isTransparent(v), v).to.equal(false);
      }
    });

    it('narrows only the pseudo-element selectors of a list, adding no specificity', () => {
      const keep = ':where(:not([data-oxu-keep-colors],[data-oxu-keep-colors] *))';
      expect(pseudoSelector('.a::before, .b, .c:hover:after')).to.equal(`.a${keep}::before,.c:hover${keep}:after`);
      expect(pseudoSelector('.a, .b')).to.equal('');
    });

    it('re-emits pseudo-element backgrounds in their wrappers, in order', () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.a::before{background:#c00} .b{background:#c00} @media (min-width: 1px){.c::after{background-color:rgba(0,0,0,0)}} .d::after{color:red}');
      const out = new CSSStyleSheet();
      out.replaceSync(rewriteLayers(sheet));
      const text = [...out.cssRules].map((r) => r.cssText.replace(/\s+/g, ' '));
      expect(text).to.have.length(2);
      expect(text[0]).to.match(/^\.a:where\(.*\)::before \{ background-color: var\(--oxu-scheme-background\) !important; \}$/);
      expect(text[1]).to.match(/^@media \(min-width: 1px\) \{ \.c:where\(.*\)::after \{ background-color: transparent !important; \} \}$/);
    });
  });
});
