import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, css } from 'lit';
import { settings } from '../../src/settings/store.js';
import { connectPage } from '../../src/page/engine.js';
import { COLOR_SCHEMES, PALETTES } from '../../src/settings/schemes.js';
import { contrast } from '../helpers/contrast.js';
import { paintedPixels } from '../helpers/pixels.js';
import { emulateForcedColors } from '../helpers/engine.js';

const SCHEMES = COLOR_SCHEMES.filter((s) => s !== 'default');

/** A page made by its authors with their own colours, a photo-like image and an icon. */
const page = () => fixture<HTMLElement>(html`
  <div class="site" style="background: #f0e0d0; color: #777">
    <style>
      .site h2 { color: #c33; background: linear-gradient(#fafafa, #eee); }
      .site .muted { color: #aaa; }
      .site .banner { background: url('data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7') #123; color: #fff; }
      .site .fixed { position: fixed; right: 0; bottom: 0; }
    </style>
    <h2>Xəbərlər</h2>
    <p class="muted">Boz mətn <a href="#nowhere-${Math.random()}">keçid</a></p>
    <p class="banner">Şəkil üzərində mətn</p>
    <button>Düymə</button>
    <input placeholder="Axtarış">
    <canvas width="40" height="20"></canvas>
    <svg width="20" height="20"><rect width="20" height="20" fill="#e00"></rect></svg>
    <div class="logo" data-oxu-keep-colors style="color: rgb(200, 0, 0); background-color: rgb(255, 255, 0)">
      Gerb <span>loqo</span>
    </div>
    <div class="fixed">Sabit</div>
  </div>
`);

function paintCanvas(canvas: HTMLCanvasElement): void {
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ff8800';
  ctx.fillRect(0, 0, 20, 20);
  ctx.fillStyle = '#0088ff';
  ctx.fillRect(20, 0, 20, 20);
}

describe('colour schemes', () => {
  before(() => connectPage());
  describe('palettes', () => {
    // The promise of WCAG 1.4.6 (enhanced contrast), for every colour a scheme paints text in.
    for (const scheme of SCHEMES) {
      const p = PALETTES[scheme];
      for (const role of ['text', 'link', 'visited', 'focus'] as const) {
        it(`${scheme}: ${role} ${p[role]} on ${p.background} is at least 7:1`, () => {
          expect(contrast(p[role], p.background)).to.be.at.least(7);
        });
      }
    }

    it('include the schemes visitors of Azerbaijani and Russian government sites know', () => {
      expect(PALETTES['blue-on-light-blue']).to.include({ text: '#063462', background: '#9dd1ff' });
      expect(PALETTES['brown-on-beige']).to.include({ text: '#4d4b43', background: '#f7f3d6' });
      expect(PALETTES['green-on-brown']).to.include({ text: '#a9e44d', background: '#3b2716' });
    });
  });

  describe('at the default scheme', () => {
    it('leaves the page exactly as its authors made it', async () => {
      const el = await page();
      const before = [...el.querySelectorAll('*')].map((e) => getComputedStyle(e).cssText || serialise(e));
      const sheets = document.adoptedStyleSheets.length;
      settings.set({ colorScheme: 'white-on-black' });
      settings.set({ colorScheme: 'default' });
      expect(document.documentElement.hasAttribute('data-oxu-color-scheme')).to.be.false;
      expect(document.adoptedStyleSheets.length).to.equal(sheets);
      expect([...el.querySelectorAll('*')].map((e) => getComputedStyle(e).cssText || serialise(e))).to.deep.equal(before);
    });
  });

  for (const scheme of SCHEMES) {
    describe(scheme, () => {
      const p = PALETTES[scheme];

      it('marks <html> and paints text, links and backgrounds in the palette at 7:1 or more', async () => {
        const el = await page();
        settings.set({ colorScheme: scheme });
        expect(document.documentElement.getAttribute('data-oxu-color-scheme')).to.equal(scheme);
        for (const selector of ['h2', '.muted', '.banner', 'button', 'input']) {
          const style = getComputedStyle(el.querySelector(selector)!);
          expect(contrast(style.color, style.backgroundColor), `${selector} text`).to.be.at.least(7);
          expect(style.backgroundImage, `${selector} background image`).to.equal('none');
        }
        const link = getComputedStyle(el.querySelector('a')!);
        expect(contrast(link.color, p.background), 'link').to.be.at.least(7);
        expect(link.textDecorationLine).to.contain('underline');
        expect(getComputedStyle(document.body).backgroundColor).to.equal(rgb(p.background));
      });

      it('shows focus as a thick ring in the focus colour', async () => {
        const el = await page();
        settings.set({ colorScheme: scheme });
        const button = el.querySelector('button')!;
        button.focus();
        // :focus-visible follows keyboard use; a programmatic focus after no pointer use counts too.
        const style = getComputedStyle(button);
        expect(style.outlineStyle).to.equal('solid');
        expect(parseFloat(style.outlineWidth)).to.be.at.least(3);
        expect(contrast(style.outlineColor, p.background)).to.be.at.least(7);
      });

      it('keeps images, canvas and SVG content as they are', async () => {
        const el = await page();
        paintCanvas(el.querySelector('canvas')!);
        const shapes = [el.querySelector('canvas')!, el.querySelector('svg')!];
        const before = await Promise.all(shapes.map(paintedPixels));
        settings.set({ colorScheme: scheme });
        const after = await Promise.all(shapes.map(paintedPixels));
        expect(after[0]).to.deep.equal(before[0]);
        expect(after[1]).to.deep.equal(before[1]);
        for (const node of [document.documentElement, document.body, ...shapes]) {
          expect(getComputedStyle(node).filter).to.equal('none');
        }
      });

      it('leaves elements marked data-oxu-keep-colors in their own colours', async () => {
        const el = await page();
        settings.set({ colorScheme: scheme });
        const logo = el.querySelector('.logo')!;
        for (const node of [logo, logo.querySelector('span')!]) {
          expect(getComputedStyle(node).color).to.equal('rgb(200, 0, 0)');
        }
        expect(getComputedStyle(logo).backgroundColor).to.equal('rgb(255, 255, 0)');
      });

      it('does not break position: fixed (no filter or transform on the page)', async () => {
        const el = await page();
        settings.set({ colorScheme: scheme });
        const fixed = el.querySelector('.fixed')!.getBoundingClientRect();
        expect(Math.round(fixed.right)).to.equal(document.documentElement.clientWidth);
        expect(Math.round(fixed.bottom)).to.equal(innerHeight);
      });
    });
  }

  describe('shadow roots of the page’s other components', () => {
    it('recolours them too', async () => {
      const tag = `site-widget-${Math.random().toString(36).slice(2)}`;
      customElements.define(
        tag,
        class extends HTMLElement {
          constructor() {
            super();
            const root = this.attachShadow({ mode: 'open' });
            root.innerHTML = '<style>p { color: #999; background: #eee }</style><p>Kölgədə mətn</p>';
          }
        },
      );
      const host = document.createElement(tag);
      document.body.append(host);
      try {
        settings.set({ colorScheme: 'yellow-on-black' });
        const style = getComputedStyle(host.shadowRoot!.querySelector('p')!);
        expect(style.color).to.equal(rgb(PALETTES['yellow-on-black'].text));
        expect(style.backgroundColor).to.equal(rgb(PALETTES['yellow-on-black'].background));
        settings.set({ colorScheme: 'default' });
        expect(getComputedStyle(host.shadowRoot!.querySelector('p')!).color).to.equal('rgb(153, 153, 153)');
      } finally {
        host.remove();
      }
    });
  });

  describe('a Lit component of the page created while a scheme is on', () => {
    it('is recoloured although Lit sets its own adopted sheets after attachShadow', async () => {
      settings.set({ colorScheme: 'white-on-black' });
      const tag = `site-lit-${Math.random().toString(36).slice(2)}`;
      customElements.define(
        tag,
        class extends LitElement {
          static override styles = css`p { color: #999; background: #eee; }`;
          override render() {
            return html`<p>Lit kölgəsində mətn</p>`;
          }
        },
      );
      const host = document.createElement(tag) as LitElement;
      document.body.append(host);
      try {
        await host.updateComplete;
        const style = getComputedStyle(host.shadowRoot!.querySelector('p')!);
        expect(style.color).to.equal('rgb(255, 255, 255)');
        expect(style.backgroundColor).to.equal('rgb(0, 0, 0)');
      } finally {
        host.remove();
      }
    });
  });

  describe('forced colours', () => {
    it('leaves the colours to the operating system', async function () {
      // WebKit cannot emulate forced colours: skipped there (see test/helpers/engine.ts).
      if (!(await emulateForcedColors(true))) this.skip();
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      const el = await page();
      const forced = getComputedStyle(el.querySelector('.muted')!).color;
      settings.set({ colorScheme: 'yellow-on-black' });
      expect(getComputedStyle(el.querySelector('.muted')!).color).to.equal(forced);
      expect(getComputedStyle(el.querySelector('.muted')!).color).not.to.equal(rgb(PALETTES['yellow-on-black'].text));
    });
  });
});

function rgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

function serialise(el: Element): string {
  const s = getComputedStyle(el);
  return [s.color, s.backgroundColor, s.backgroundImage, s.borderColor, s.outline, s.fontSize, s.textDecoration].join('|');
}
