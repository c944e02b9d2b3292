import { expect, fixture, html } from '@open-wc/testing';
import { settings } from '../../src/settings/store.js';
import { connectPage } from '../../src/page/engine.js';
import { IMAGE_TEXT_TAG } from '../../src/page/images.js';
import { contrast } from '../helpers/contrast.js';
import { paintedPixels } from '../helpers/pixels.js';
import { documentSearches } from '../helpers/searches.js';
import { pageComponent, SOME_SCHEMES } from './support.js';

// 2×1 PNG, one red and one blue pixel.
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAD0lEQVR4nGP4z8DAwPAfAAcAAf9+CLHQAAAAAElFTkSuQmCC';
const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

const page = () => fixture<HTMLElement>(html`
  <div class="site">
    <style>
      .site img { width: 40px; height: 20px; filter: saturate(2); }
      .site .banner { background: url('${GIF}') #123; color: #fff; }
      .site .fixed { position: fixed; right: 0; bottom: 0; }
      .site li { list-style-image: url('${GIF}'); }
    </style>
    <p><img class="informative" src="${PNG}" alt="Dəyirmi masanın iştirakçıları"> ardınca mətn</p>
    <p><img class="decorative" src="${PNG}" alt=""></p>
    <picture><source srcset="${PNG}"><img class="in-picture" src="${PNG}" alt="Gerb"></picture>
    <canvas width="40" height="20"></canvas>
    <video width="40" height="20"></video>
    <p class="banner">Şəkil üzərində mətn</p>
    <p class="inline-banner" style="background-image: url('${GIF}'); color: #fff">Sətirdaxili fon</p>
    <ul><li>Bənd</li></ul>
    <div data-oxu-keep-colors><img class="kept" src="${PNG}" alt="Xəritə"></div>
    <div class="fixed">Sabit</div>
  </div>
`);

async function loaded(el: HTMLElement): Promise<void> {
  await Promise.all([...el.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
  const ctx = el.querySelector('canvas')!.getContext('2d')!;
  ctx.fillStyle = '#ff0000';
  ctx.fillRect(0, 0, 20, 20);
  ctx.fillStyle = '#0000ff';
  ctx.fillRect(20, 0, 20, 20);
}

const frameOf = (img: Element) => {
  const next = (img.parentElement?.localName === 'picture' ? img.parentElement : img).nextElementSibling;
  return next?.localName === IMAGE_TEXT_TAG ? next : null;
};

/** Every pixel grey: red, green and blue within `tolerance` of each other. */
function allGrey(data: Uint8ClampedArray, tolerance = 2): boolean {
  for (let i = 0; i < data.length; i += 4) if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > tolerance) return false;
  return true;
}

describe('images on the page', () => {
  before(() => connectPage());
  it('at default: no attribute, no sheet, no frame, the page as made', async () => {
    const el = await page();
    const sheets = document.adoptedStyleSheets.length;
    const before = el.innerHTML;
    const read = () => [...el.querySelectorAll('*')].map((e) => `${getComputedStyle(e).filter} ${getComputedStyle(e).display} ${getComputedStyle(e).backgroundImage}`);
    const styles = read();
    for (const images of ['grayscale', 'hidden', 'default'] as const) settings.set({ images });
    expect(document.documentElement.hasAttribute('data-oxu-images')).to.equal(false);
    expect(document.adoptedStyleSheets.length).to.equal(sheets);
    expect(el.innerHTML).to.equal(before);
    expect(read()).to.deep.equal(styles);
  });

  describe('grayscale', () => {
    it('greys images, <picture>, canvas and video through a filter on each of them, never on an ancestor', async () => {
      const el = await page();
      await loaded(el);
      settings.set({ images: 'grayscale' });
      expect(document.documentElement.getAttribute('data-oxu-images')).to.equal('grayscale');
      for (const selector of ['.informative', '.in-picture', 'canvas', 'video']) {
        expect(getComputedStyle(el.querySelector(selector)!).filter, selector).to.equal('grayscale(1)');
      }
      for (let node: Element | null = el.querySelector('.in-picture')!.parentElement; node; node = node.parentElement) {
        expect(getComputedStyle(node).filter, node.localName).to.equal('none');
      }
      expect(allGrey(await paintedPixels(el.querySelector('.informative')!)), 'the image as painted').to.equal(true);
      expect(allGrey(await paintedPixels(el.querySelector('canvas')!)), 'the canvas as painted').to.equal(true);
    });

    it('leaves data-oxu-keep-colors as it is and position: fixed working', async () => {
      const el = await page();
      settings.set({ images: 'grayscale' });
      expect(getComputedStyle(el.querySelector('.kept')!).filter).to.equal('saturate(2)');
      const fixed = el.querySelector('.fixed')!.getBoundingClientRect();
      expect(Math.round(fixed.right)).to.equal(document.documentElement.clientWidth);
      expect(Math.round(fixed.bottom)).to.equal(innerHeight);
    });

    it('works in shadow roots of the page’s components and for images added later', async () => {
      const el = await page();
      settings.set({ images: 'grayscale' });
      const host = pageComponent(`<img src="${PNG}" alt="Kölgədə">`);
      el.append(host);
      await null;
      expect(getComputedStyle(host.shadowRoot!.querySelector('img')!).filter).to.equal('grayscale(1)');
      const later = el.appendChild(document.createElement('img'));
      expect(getComputedStyle(later).filter).to.equal('grayscale(1)');
    });
  });

  describe('hidden', () => {
    for (const colorScheme of ['default', ...SOME_SCHEMES] as const) {
      it(`shows each informative image’s text in a visible frame and nothing for decorative ones (${colorScheme} scheme)`, async () => {
        const el = await page();
        await loaded(el);
        settings.set({ images: 'hidden', colorScheme, fontSize: 150 });
        expect(document.documentElement.getAttribute('data-oxu-images')).to.equal('hidden');
        for (const selector of ['img', 'picture', 'canvas', 'video']) {
          for (const media of el.querySelectorAll(selector)) expect(media.getBoundingClientRect().width, selector).to.equal(0);
        }
        for (const [selector, text] of [['.informative', 'Dəyirmi masanın iştirakçıları'], ['.in-picture', 'Gerb'], ['.kept', 'Xəritə']]) {
          const box = frameOf(el.querySelector(selector)!) as HTMLElement;
          expect(box, `${selector} frame`).to.exist;
          expect(box.textContent).to.equal(text);
          expect(box.checkVisibility(), 'visible').to.equal(true);
          const style = getComputedStyle(box);
          expect(parseFloat(style.borderTopWidth), 'framed').to.be.greaterThan(0);
          expect(style.borderTopStyle).to.equal('solid');
          const background = [...Array(8)].reduce<Element | null>((e) => (e && getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)' ? e.parentElement : e), box);
          const behind = background ? getComputedStyle(background).backgroundColor : 'rgb(255, 255, 255)';
          expect(contrast(style.color, behind === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : behind), 'readable').to.be.at.least(4.5);
        }
        expect(frameOf(el.querySelector('.decorative')!), 'decorative').to.equal(null);
      });
    }

    it('removes background images; text that stood on one stays readable', async () => {
      const el = await page();
      settings.set({ images: 'hidden' });
      await new Promise((r) => setTimeout(r));
      for (const selector of ['.banner', '.inline-banner']) {
        const style = getComputedStyle(el.querySelector(selector)!);
        expect(style.backgroundImage, selector).to.equal('none');
        expect(contrast(style.color, style.backgroundColor), `${selector} text`).to.be.at.least(4.5);
      }
      expect(getComputedStyle(el.querySelector('li')!).listStyleImage).to.equal('none');
    });

    it('follows images added, changed and removed later, in shadow roots too, and takes every frame away at default', async () => {
      const el = await page();
      settings.set({ images: 'hidden' });
      const later = el.appendChild(document.createElement('img'));
      later.alt = 'Sonra';
      await null;
      expect(frameOf(later)?.textContent, 'added later').to.equal('Sonra');
      later.alt = 'Dəyişdi';
      await null;
      expect(frameOf(later)?.textContent, 'alt changed').to.equal('Dəyişdi');
      later.alt = '';
      await null;
      expect(frameOf(later), 'now decorative').to.equal(null);
      const host = pageComponent(`<p><img src="${PNG}" alt="Kölgədə"></p>`);
      el.append(host);
      await new Promise((r) => setTimeout(r));
      expect(frameOf(host.shadowRoot!.querySelector('img')!)?.textContent, 'shadow root').to.equal('Kölgədə');
      const informative = el.querySelector('.informative')!;
      const box = frameOf(informative)!;
      informative.remove();
      await null;
      expect(box.isConnected, 'its image removed').to.equal(false);
      settings.set({ images: 'default' });
      expect(document.querySelectorAll(IMAGE_TEXT_TAG)).to.have.length(0);
      expect(host.shadowRoot!.querySelectorAll(IMAGE_TEXT_TAG)).to.have.length(0);
      expect(el.querySelector('.in-picture')!.getBoundingClientRect().width).to.equal(40);
    });

    it('switching on again frames images added, changed or moved at default, without searching the page', async () => {
      const el = await page();
      settings.set({ images: 'hidden' });
      settings.set({ images: 'default' });
      const informative = el.querySelector('.informative') as HTMLImageElement;
      informative.alt = 'Dəyişdi';
      const picture = el.querySelector('picture')!;
      el.querySelector('ul')!.before(picture); // moved
      el.querySelector('.kept')!.remove();
      const added = el.appendChild(document.createElement('p')).appendChild(document.createElement('img'));
      added.alt = 'Yeni';
      const host = pageComponent(`<p><img src="${PNG}" alt="Kölgədə"></p>`);
      el.append(host);
      await new Promise((r) => setTimeout(r));
      const late = el.appendChild(document.createElement('img')); // not yet reported
      late.alt = 'Gec';
      expect(documentSearches(() => settings.set({ images: 'hidden' }))).to.equal(0);
      expect(frameOf(informative)?.textContent).to.equal('Dəyişdi');
      expect(frameOf(el.querySelector('.in-picture')!)?.previousElementSibling, 'after the moved picture').to.equal(picture);
      expect(frameOf(added)?.textContent).to.equal('Yeni');
      expect(frameOf(late)?.textContent).to.equal('Gec');
      expect(frameOf(el.querySelector('.decorative')!), 'decorative').to.equal(null);
      await new Promise((r) => setTimeout(r));
      expect(frameOf(host.shadowRoot!.querySelector('img')!)?.textContent, 'a component added at default').to.equal('Kölgədə');
      expect(document.querySelectorAll(IMAGE_TEXT_TAG)).to.have.length(4);
    });

    it('puts the text in the slot the image was given', async () => {
      const host = await fixture<HTMLElement>(html`<div><img slot="image" src="${PNG}" alt="Şəkil"></div>`);
      settings.set({ images: 'hidden' });
      expect((frameOf(host.querySelector('img')!) as HTMLElement).slot).to.equal('image');
    });
  });
});
