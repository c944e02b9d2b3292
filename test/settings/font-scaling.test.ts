import '../fixtures/font-memory-storage.js';
import { expect } from '@open-wc/testing';
import { settings } from '../../src/settings/store.js';
import { OXU_ELEMENT } from '../../src/own-element.js';
import { connectPage } from '../../src/page/engine.js';
import { loadTestFont, TEST_TEXT_STYLE } from '../helpers/test-font.js';
import { engine, type Engine } from '../helpers/engine.js';
import { documentSearches } from '../helpers/searches.js';

connectPage();

const added: Element[] = [];
/**
 * Lets pending microtasks run, and nothing else: work finished here happened
 * before the browser could render a frame. (requestAnimationFrame would do,
 * but it never fires in a background tab when test files run side by side.)
 */
async function microtasks(): Promise<void> {
  for (let i = 0; i < 8; i++) await null;
}
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

function addStyle(css: string): HTMLStyleElement {
  const el = document.createElement('style');
  el.textContent = css;
  document.head.append(el);
  added.push(el);
  return el;
}

/** Content in the shipped test face on one line, so rendered widths hold on any machine. */
function addContent(html: string): HTMLElement {
  const div = document.createElement('div');
  // As wide as its text: enlarged text that does not fit may wrap (reflow help), and widths are compared unwrapped.
  div.style.cssText = `${TEST_TEXT_STYLE};width:max-content`;
  div.innerHTML = html;
  document.body.append(div);
  added.push(div);
  return div;
}

async function addLink(href: string): Promise<HTMLLinkElement> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', reject);
  });
  document.head.append(link);
  added.push(link);
  await loaded;
  return link;
}

type TestWindow = Window & { oxuTest?: { settings: typeof settings; violations?: string[] } };

/** A fixture page in a same-origin iframe, with its own page effects. */
async function loadFrame(src: string, css = 'width:1280px;height:800px;border:0'): Promise<{ doc: Document; win: TestWindow }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = css;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
  frame.src = src;
  document.body.append(frame);
  added.push(frame);
  await loaded;
  const win = frame.contentWindow as TestWindow;
  if (!win.oxuTest) await new Promise((resolve) => win.addEventListener('oxu-test-ready', resolve));
  return { doc: frame.contentDocument!, win };
}

const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
const width = (el: Element) => el.getBoundingClientRect().width;
const $ = (root: ParentNode, selector: string) => root.querySelector(selector)!;

/**
 * A page without oxu, where `widthAt` draws reference text. Text widths are not
 * linear in the font size in every engine (WebKitGTK rounds each glyph's advance
 * to whole pixels), so a scaled text is compared with the same text drawn
 * at the expected size, not with 1.5 × its old width.
 */
let reference: Document;
async function openReference(): Promise<void> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1280px;height:100px;border:0;position:absolute;left:-2000px';
  document.body.append(frame);
  reference = frame.contentDocument!;
  reference.body.style.margin = '0';
  await loadTestFont(reference);
}

const COPIED = ['font-family', 'font-style', 'font-weight', 'font-stretch', 'font-variant', 'font-kerning', 'letter-spacing', 'word-spacing', 'text-transform'];

/** The width of `el`'s text drawn in the same face at `px`, on a page without oxu. */
function widthAt(el: Element, px: number): number {
  const copy = reference.createElement('span');
  const style = getComputedStyle(el);
  copy.style.cssText = `display:inline-block;white-space:nowrap;font-size:${px}px;` + COPIED.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
  copy.textContent = el.textContent;
  reference.body.append(copy);
  const w = copy.getBoundingClientRect().width;
  copy.remove();
  return w;
}

/**
 * Computed size of each element after `level`, as a ratio to its size before;
 * and its rendered width as a ratio to the same text drawn at that ratio (1 when right).
 */
function measure(els: Element[], level = 150): Array<{ size: number; width: number }> {
  const before = els.map(size);
  settings.set({ fontSize: level });
  return els.map((el, i) => ({ size: size(el) / before[i], width: width(el) / widthAt(el, (before[i] * level) / 100) }));
}

/** The rendered width is that of the same text at the expected size, within 1 %. */
function expectRendered(ratio: number): void {
  expect(ratio, 'rendered width against the same text drawn at the expected size').to.be.within(0.99, 1.01);
}

function expectRatio(actual: number, expected: number, what: string): void {
  expect(actual, what).to.be.within(expected * 0.97, expected * 1.03);
}

const TEXT = 'Açıq hökumətin təşviqinə dair Milli Fəaliyyət Planı';
// The test face last, so that a `font` shorthand under test does not put the text in a machine's own face.
const span = (cls: string, extra = '') => `<span class="${cls}" style="display:inline-block;${extra};${TEST_TEXT_STYLE}">${TEXT}</span>`;

describe('page-wide font scaling', () => {
  before(async () => {
    await loadTestFont();
    await openReference();
  });

  afterEach(() => {
    for (const el of added.splice(0)) el.remove();
  });

  describe('rendered size is 1.5x at 150 %', () => {
    const cases: Array<[string, string, string]> = [
      ['px in <style>', '.t-px{font-size:14px}', 't-px'],
      ['rem', '.t-rem{font-size:0.875rem}', 't-rem'],
      ['em', '.t-em-p{font-size:20px} .t-em{font-size:0.8em}', 't-em-p t-em'],
      ['%', '.t-pc{font-size:90%}', 't-pc'],
      ['small', '.t-small{font-size:small}', 't-small'],
      ['x-large', '.t-xl{font-size:x-large}', 't-xl'],
      ['font shorthand', '.t-font{font:bold 15px/1.2 serif}', 't-font'],
      ['!important over a more specific rule', '.t-imp{font-size:14px !important} #x .t-imp, div .t-imp{font-size:30px}', 't-imp'],
      ['@media', '@media screen{.t-media{font-size:14px}}', 't-media'],
      ['@supports', '@supports (display:grid){.t-sup{font-size:15px}}', 't-sup'],
      ['@layer', '@layer site{.t-layer{font-size:13px}}', 't-layer'],
      ['a later relative rule of equal specificity', '.t-a{font-size:30px} .t-b{font-size:1.1em}', 't-a t-b'],
      ['no size at all', '', 't-none'],
    ];
    for (const [name, css, cls] of cases) {
      it(name, () => {
        addStyle(css);
        const el = $(addContent(span(cls)), 'span');
        const [r] = measure([el]);
        expectRatio(r.size, 1.5, 'computed size');
        expectRendered(r.width);
      });
    }

    it('px and keywords in a <link> stylesheet, with its line-height', async () => {
      await addLink('/test/fixtures/font-site.css');
      const root = addContent(`${span('link-px')} ${span('link-small')}`);
      const before = parseFloat(getComputedStyle($(root, '.link-px')).lineHeight);
      const rs = measure([$(root, '.link-px'), $(root, '.link-small')]);
      for (const r of rs) {
        expectRatio(r.size, 1.5, 'computed size');
        expectRendered(r.width);
      }
      expectRatio(parseFloat(getComputedStyle($(root, '.link-px')).lineHeight) / before, 1.5, 'line-height');
    });

    it('inline style, inline !important and inline font shorthand', () => {
      addStyle('.t-inl{font-size:40px !important}');
      const root = addContent(
        `${span('a', 'font-size:14px')} ${span('b t-inl', 'font-size:12px !important')} ${span('c', 'font:italic 13px/18px serif')}`,
      );
      const els = ['.a', '.b', '.c'].map((s) => $(root, s));
      const lh = parseFloat(getComputedStyle(els[2]).lineHeight);
      for (const r of measure(els)) {
        expectRatio(r.size, 1.5, 'computed size');
        expectRendered(r.width);
      }
      expectRatio(parseFloat(getComputedStyle(els[2]).lineHeight) / lh, 1.5, 'inline line-height');
    });

    // Each engine's own default size of a text field: the check that the field is at
    // its default before scaling, not at the page's size.
    const DEFAULT_INPUT_PX: Record<Engine, number> = { chromium: 13.333, firefox: 13.333, webkit: 13 };

    it('form controls at their default size', async () => {
      const root = addContent('<input value="Axtarış"> <button>Göndər</button> <select><option>Azərbaycanca</option></select> <textarea>Mətn</textarea>');
      const els = ['input', 'button', 'select', 'textarea'].map((s) => $(root, s));
      const before = els.map(size);
      expect(before[0]).to.be.closeTo(DEFAULT_INPUT_PX[await engine()], 0.01);
      settings.set({ fontSize: 150 });
      els.forEach((el, i) => expectRatio(size(el) / before[i], 1.5, el.localName));
    });

    it('form controls the site sizes, and ones that inherit', () => {
      addStyle('.f-px{font-size:15px} .f-inherit{font:inherit}');
      const root = addContent('<p style="font-size:18px"><input class="f-px"> <button class="f-inherit">OK</button></p>');
      const [a, b] = measure([$(root, 'input'), $(root, 'button')]);
      expectRatio(a.size, 1.5, 'px input');
      expectRatio(b.size, 1.5, 'inheriting button');
      expect(size($(root, 'button'))).to.be.closeTo(27, 0.1);
    });

    it('keeps the proportion of headings to body text', () => {
      addStyle('.doc h1{font-size:32px} .doc h2{font-size:1.5em} .doc p{font-size:14px}');
      const root = addContent(`<div class="doc"><h1>Başlıq</h1><h2>Alt başlıq</h2><p>${TEXT}</p></div>`);
      const [h1, h2, p] = ['h1', 'h2', 'p'].map((s) => $(root, s));
      const before = [size(h1) / size(p), size(h2) / size(p)];
      settings.set({ fontSize: 150 });
      expect(size(h1) / size(p)).to.be.closeTo(before[0], 0.01);
      expect(size(h2) / size(p)).to.be.closeTo(before[1], 0.01);
      expectRatio(size(p), 21, 'p');
    });

    it('a root sized at 62.5 % with rem text', () => {
      addStyle('html{font-size:62.5%} .t-rem16{font-size:1.6rem}');
      const el = $(addContent(span('t-rem16')), 'span');
      expect(size(el)).to.be.closeTo(16, 0.01);
      const [r] = measure([el]);
      expectRatio(r.size, 1.5, 'computed size');
      expectRendered(r.width);
      expectRatio(size(document.documentElement), 15, 'root');
    });

    it('level 200 doubles', () => {
      addStyle('.t-200{font-size:14px}');
      const [r] = measure([$(addContent(span('t-200')), 'span')], 200);
      expectRatio(r.size, 2, 'computed size');
    });
  });

  describe('the root element', () => {
    it('an inline size on <html> is relative to the initial size, so it is scaled too', () => {
      const html = document.documentElement;
      html.style.fontSize = '62.5%';
      try {
        addStyle('.t-root-inline{font-size:1.6rem}');
        const el = $(addContent(span('t-root-inline')), 'span');
        expect(size(el)).to.be.closeTo(16, 0.01);
        settings.set({ fontSize: 150 });
        expect(size(el)).to.be.closeTo(24, 0.01);
        expect(size(html)).to.be.closeTo(15, 0.01);
        settings.reset();
        expect(html.style.cssText).to.equal('font-size: 62.5%;');
      } finally {
        html.style.removeProperty('font-size');
      }
    });
  });

  describe('later changes while scaled', () => {
    it('a <style> added after the level was applied, before the next frame', async () => {
      const el = $(addContent(span('t-late')), 'span');
      settings.set({ fontSize: 150 });
      const base = size(el);
      addStyle('.t-late{font-size:14px}');
      await microtasks();
      expect(size(el)).to.be.closeTo(21, 0.01);
      expect(base).to.be.closeTo(24, 0.01);
    });

    it('changed <style> text', async () => {
      const style = addStyle('.t-text{font-size:14px}');
      const el = $(addContent(span('t-text')), 'span');
      settings.set({ fontSize: 150 });
      style.textContent = '.t-text{font-size:20px}';
      await microtasks();
      expect(size(el)).to.be.closeTo(30, 0.01);
      (style.firstChild as Text).data = '.t-text{font-size:10px}';
      await microtasks();
      expect(size(el)).to.be.closeTo(15, 0.01);
    });

    it('a <link> added later, once it loads', async () => {
      const el = $(addContent(span('link-px')), 'span');
      settings.set({ fontSize: 150 });
      await addLink('/test/fixtures/font-site.css');
      await nextTask();
      expect(size(el)).to.be.closeTo(21, 0.01);
    });

    it('an element added later, with and without an inline size', async () => {
      addStyle('.t-added{font-size:14px}');
      settings.set({ fontSize: 150 });
      const root = addContent(`${span('t-added')} ${span('x', 'font-size:12px')}`);
      await microtasks();
      expect(size($(root, '.t-added'))).to.be.closeTo(21, 0.01);
      expect(size($(root, '.x'))).to.be.closeTo(18, 0.01);
    });

    it('a style attribute changed later, and other inline changes leave the size alone', async () => {
      const el = $(addContent(span('x', 'font-size:12px')), 'span') as HTMLElement;
      settings.set({ fontSize: 150 });
      expect(size(el)).to.be.closeTo(18, 0.01);
      el.style.fontSize = '20px';
      await microtasks();
      expect(size(el)).to.be.closeTo(30, 0.01);
      el.style.color = 'rgb(0, 0, 128)';
      await microtasks();
      expect(size(el)).to.be.closeTo(30, 0.01);
      el.setAttribute('style', 'font-size: 10px');
      await microtasks();
      expect(size(el)).to.be.closeTo(15, 0.01);
      settings.reset();
      expect(el.style.cssText).to.equal('font-size: 10px;');
    });

    it('a page of 5,000 generated rules: every element scaled', () => {
      const units = ['px', 'px', 'px', 'em', 'rem', '%', 'pt'];
      const value = (i: number) => {
        const unit = units[i % units.length];
        if (unit === 'px') return `${10 + (i % 15)}px`;
        if (unit === 'pt') return `${8 + (i % 10)}pt`;
        if (unit === '%') return `${80 + (i % 40)}%`;
        return `${(0.7 + (i % 8) * 0.1).toFixed(1)}${unit}`;
      };
      let css = '';
      for (let i = 0; i < 5000; i++) {
        const rule = `.g .r${i}{font-size:${value(i)};color:#${(i % 4096).toString(16).padStart(3, '0')}}`;
        css += i % 10 === 0 ? `@media (min-width: 1px){${rule}}` : rule;
      }
      addStyle(css);
      let html = '<div class="g">';
      for (let i = 0; i < 5000; i++) html += `<span class="r${i}">${i}</span>`;
      const root = addContent(`${html}</div>`);
      const els = [...root.querySelectorAll('.g > span')];
      const before = els.map(size);
      settings.set({ fontSize: 150 });
      const off = els.filter((el, i) => Math.abs(size(el) / before[i] - 1.5) > 0.045);
      expect(off.map((el) => el.className)).to.deep.equal([]);
    });
  });

  describe('shadow roots of the page\'s other components', () => {
    class StylePx extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML =
          `<style>:host{display:block;font-size:18px} p{font-size:14px;display:inline-block} .own{font-size:small}</style><p>${TEXT}</p><span class="own">x</span><i>inherits</i>`;
      }
    }
    class Adopted extends HTMLElement {
      constructor() {
        super();
        const root = this.attachShadow({ mode: 'open' });
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('span{font-size:15px}');
        root.adoptedStyleSheets = [sheet];
        root.innerHTML = `<span>${TEXT}</span>`;
      }
    }
    before(() => {
      customElements.define('font-test-style-px', StylePx);
      customElements.define('font-test-adopted', Adopted);
    });

    function check(root: HTMLElement) {
      const px = $(root, 'font-test-style-px').shadowRoot!;
      const adopted = $(root, 'font-test-adopted').shadowRoot!;
      return [$(px, 'p'), $(px, '.own'), $(px, 'i'), $(adopted, 'span')];
    }

    it('components created before the level was applied', () => {
      const root = addContent('<font-test-style-px></font-test-style-px><font-test-adopted></font-test-adopted>');
      for (const r of measure(check(root))) {
        expectRatio(r.size, 1.5, 'computed size');
        expectRendered(r.width);
      }
      expect(size(check(root)[2]), ':host size inherited').to.be.closeTo(27, 0.01);
    });

    it('components created after the level was applied, before the next frame', async () => {
      const before = check(addContent('<font-test-style-px></font-test-style-px><font-test-adopted></font-test-adopted>'));
      const sizes = before.map(size);
      settings.set({ fontSize: 150 });
      const root = addContent('<font-test-style-px></font-test-style-px><font-test-adopted></font-test-adopted>');
      await microtasks();
      check(root).forEach((el, i) => {
        expectRatio(size(el) / sizes[i], 1.5, `${el.localName} size`);
        expectRendered(width(el) / widthAt(el, sizes[i] * 1.5));
      });
    });

    it('declarative shadow roots added later', async () => {
      settings.set({ fontSize: 150 });
      const div = document.createElement('div');
      div.setHTMLUnsafe('<section><font-test-dsd><template shadowrootmode="open"><style>b{font-size:14px}</style><b>x</b></template></font-test-dsd></section>');
      document.body.append(div);
      added.push(div);
      await microtasks();
      expect(size(div.querySelector('font-test-dsd')!.shadowRoot!.querySelector('b')!)).to.be.closeTo(21, 0.01);
    });

    it('leaves oxu\'s own components alone, under any tag (they size in rem/em)', () => {
      class OwnLike extends HTMLElement {
        static readonly [OXU_ELEMENT] = true;
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<style>b{font-size:1em}</style><b>x</b>';
        }
      }
      customElements.define('font-test-own', OwnLike);
      const own = $(addContent('<font-test-own></font-test-own>'), 'font-test-own');
      settings.set({ fontSize: 150 });
      expect(own.shadowRoot!.adoptedStyleSheets).to.have.length(0);
    });
  });

  describe('back to 100', () => {
    it('restores every computed size, our sheets and the inline style text', async () => {
      await addLink('/test/fixtures/font-site.css');
      addStyle('html{font-size:62.5%} .r-a{font-size:1.4rem} .r-b{font:12px/16px serif} input{font-size:11px}');
      const root = addContent(
        `${span('r-a')} ${span('r-b')} ${span('link-px')} ${span('x', 'font-size:14px; color: red')}` +
          `${span('y', 'font: 13px/1.5 serif !important')}<input><button>OK</button>`,
      );
      const els = [document.documentElement, ...root.querySelectorAll('*')];
      const sizes = els.map((el) => getComputedStyle(el).fontSize);
      const heights = els.map((el) => getComputedStyle(el).lineHeight);
      const inline = els.map((el) => (el as HTMLElement).style.cssText);
      const sheets = [...document.adoptedStyleSheets];
      settings.set({ fontSize: 200 });
      expect(document.adoptedStyleSheets.length).to.be.above(sheets.length);
      expect(sizes.some((s, i) => getComputedStyle(els[i]).fontSize !== s)).to.equal(true);
      settings.set({ fontSize: 100 });
      expect(els.map((el) => getComputedStyle(el).fontSize)).to.deep.equal(sizes);
      expect(els.map((el) => getComputedStyle(el).lineHeight)).to.deep.equal(heights);
      expect(els.map((el) => (el as HTMLElement).style.cssText)).to.deep.equal(inline);
      expect(document.adoptedStyleSheets).to.deep.equal(sheets);
      expect(document.documentElement.hasAttribute('data-oxu-font-size')).to.equal(false);
    });

    it('stops following the page', async () => {
      settings.set({ fontSize: 150 });
      settings.set({ fontSize: 100 });
      const sheets = [...document.adoptedStyleSheets];
      addStyle('.t-off{font-size:14px}');
      const el = $(addContent(span('t-off', 'line-height:20px')), 'span') as HTMLElement;
      const inline = el.style.cssText;
      await microtasks();
      expect(document.adoptedStyleSheets).to.deep.equal(sheets);
      expect(el.style.cssText).to.equal(inline);
      expect(el.style.lineHeight).to.equal('20px');
      expect(size(el)).to.equal(14);
    });

    it('changing between two levels only swaps the scale', () => {
      addStyle('.t-swap{font-size:14px}');
      const el = $(addContent(span('t-swap')), 'span');
      settings.set({ fontSize: 150 });
      const sheets = [...document.adoptedStyleSheets];
      settings.set({ fontSize: 200 });
      expect(document.adoptedStyleSheets).to.deep.equal(sheets);
      expect(size(el)).to.be.closeTo(28, 0.01);
    });

    it('switching on again reuses the scaled sheets and restores inline sizes each time', () => {
      addStyle('.t-again{font-size:14px}');
      const root = addContent(`${span('t-again')} ${span('t-again-inline', 'font-size:12px')}`);
      const [el, inline] = [$(root, '.t-again'), $(root, '.t-again-inline') as HTMLElement];
      settings.set({ fontSize: 150 });
      const sheets = [...document.adoptedStyleSheets];
      for (let i = 0; i < 3; i++) {
        settings.set({ fontSize: 100 });
        expect(size(el)).to.equal(14);
        expect(inline.style.fontSize).to.equal('12px');
        settings.set({ fontSize: 150 });
        expect(document.adoptedStyleSheets).to.deep.equal(sheets);
        expect(size(el)).to.be.closeTo(21, 0.01);
        expect(size(inline)).to.be.closeTo(18, 0.01);
      }
    });

    it('switching on again scales inline sizes changed, added or removed at 100, without searching the page', async () => {
      const root = addContent(`${span('k-kept', 'font-size:12px')} ${span('k-moved', 'font-size:12px')} ${span('k-gone', 'font-size:12px')} ${span('k-plain')}`);
      const [kept, moved, gone, plain] = ['.k-kept', '.k-moved', '.k-gone', '.k-plain'].map((s) => $(root, s) as HTMLElement);
      settings.set({ fontSize: 150 });
      settings.set({ fontSize: 100 });
      // Changes the observer has reported by the next start…
      kept.style.fontSize = '20px';
      plain.style.fontSize = '16px';
      root.append(moved); // moved: removed and added again
      gone.remove();
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `${span('k-new', 'font-size:10px')}<b><i style="font-size:8px">x</i></b>`;
      root.append(wrapper);
      const host = document.createElement('div');
      root.append(host);
      host.attachShadow({ mode: 'open' }).innerHTML = '<span style="font-size:10px">in a component</span>';
      await microtasks();
      // …and ones it has not reported yet.
      const late = document.createElement('span');
      late.setAttribute('style', 'font-size:6px');
      root.append(late);
      expect(documentSearches(() => settings.set({ fontSize: 150 }))).to.equal(0);
      expect(size(kept)).to.be.closeTo(30, 0.01);
      expect(size(plain)).to.be.closeTo(24, 0.01);
      expect(size(moved), 'scaled once').to.be.closeTo(18, 0.01);
      expect(size($(wrapper, '.k-new'))).to.be.closeTo(15, 0.01);
      expect(size($(wrapper, 'i'))).to.be.closeTo(12, 0.01);
      expect(size(host.shadowRoot!.querySelector('span')!)).to.be.closeTo(15, 0.01);
      expect(size(late)).to.be.closeTo(9, 0.01);
      expect(gone.style.fontSize, 'an element no longer in the page is not written to').to.equal('12px');
      settings.set({ fontSize: 100 });
      expect([kept, plain, moved, late].map((el) => el.style.fontSize)).to.deep.equal(['20px', '16px', '12px', '6px']);
    });

    it('switching on again after the page changed a lot at 100 searches it again', async () => {
      settings.set({ fontSize: 150 });
      settings.set({ fontSize: 100 });
      const root = addContent('');
      for (let i = 0; i < 2500; i++) {
        const el = document.createElement('span');
        el.setAttribute('style', `font-size:${10 + (i % 5)}px`);
        root.append(el);
        if (i % 500 === 0) await microtasks();
      }
      await microtasks();
      expect(documentSearches(() => settings.set({ fontSize: 150 }))).to.be.above(0);
      const els = [...root.children] as HTMLElement[];
      expect(els.filter((el, i) => Math.abs(size(el) - (10 + (i % 5)) * 1.5) > 0.01)).to.have.length(0);
    });
  });

  describe('under Content-Security-Policy: default-src \'self\'', () => {
    it('scales sheets and script-set inline sizes without a violation', async () => {
      const { doc, win } = await loadFrame('/test/fixtures/font-csp.html');
      const els = [doc.querySelector('.link-px')!, doc.querySelector('.scripted')!];
      const before = els.map(size);
      expect(before).to.deep.equal([14, 12]);
      win.oxuTest!.settings.set({ fontSize: 150 });
      expect(els.map(size)).to.deep.equal([21, 18]);
      win.oxuTest!.settings.reset();
      expect(els.map(size)).to.deep.equal(before);
      await microtasks();
      expect(win.oxuTest!.violations).to.deep.equal([]);
    });
  });

  describe('stylesheets that cannot be read', () => {
    it('warns once with the address and throws nothing', async () => {
      const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
      const href = `${location.protocol}//${other}:${location.port}/test/fixtures/font-site.css`;
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        await addLink(href);
        const sheet = [...document.styleSheets].find((s) => s.href === href)!;
        expect(() => sheet.cssRules).to.throw();
        addStyle('.t-after{font-size:14px}');
        const el = $(addContent(span('t-after')), 'span');
        settings.set({ fontSize: 150 });
        addStyle('.t-more{font-size:1px}');
        await microtasks();
        expect(size(el)).to.be.closeTo(21, 0.01);
      } finally {
        console.warn = warn;
      }
      const ours = warnings.filter((w) => w.startsWith('oxu: cannot read stylesheet'));
      expect(ours).to.have.length(1);
      expect(ours[0]).to.include(href).and.to.include('crossorigin="anonymous"');
    });
  });

  describe('layout', () => {
    it('a fluid page does not scroll sideways at 1280 px and 200 %', async () => {
      const { doc, win } = await loadFrame('/test/fixtures/font-fluid.html');
      const overflow = () => doc.documentElement.scrollWidth - doc.documentElement.clientWidth;
      expect(overflow()).to.equal(0);
      const h1 = size(doc.querySelector('h1')!);
      const footer = size(doc.querySelector('footer p')!);
      win.oxuTest!.settings.set({ fontSize: 200 });
      expect(size(doc.querySelector('h1')!) / h1).to.be.closeTo(2, 0.01);
      expect(size(doc.querySelector('footer p')!) / footer).to.be.closeTo(2, 0.01);
      expect(overflow()).to.equal(0);
      win.oxuTest!.settings.reset();
    });
  });
});
