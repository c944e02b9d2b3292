import { expect } from '@open-wc/testing';
import { loadFrame, win } from './helpers/frame.js';
import { waitFor } from './helpers/engine.js';
import { MESSAGES } from '../src/i18n/messages.js';
import { STORAGE_KEY } from '../src/settings/storage.js';
import { DEFAULT_SETTINGS } from '../src/settings/model.js';

const frames: HTMLIFrameElement[] = [];
const open = async (src: string) => {
  const frame = await loadFrame(src);
  frames.push(frame);
  return frame;
};

describe('drop-in dist/oxu.min.js', () => {
  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  describe('the built file', () => {
    let source = '';
    before(async () => {
      source = await (await fetch('/dist/oxu.min.js')).text();
    });

    it('is one classic script with no eval, no Function constructor and no network calls', () => {
      expect(source.length).to.be.greaterThan(1000);
      expect(source).not.to.match(/^\s*(import|export)\s/m);
      expect(source).not.to.match(/\beval\s*\(/);
      expect(source).not.to.match(/new Function\s*\(/);
      expect(source).not.to.match(/\bfetch\s*\(|XMLHttpRequest|sendBeacon|new WebSocket|importScripts/);
    });
  });

  describe('under Content-Security-Policy: default-src \'self\'', () => {
    it('renders every element, applies settings, and causes no violation', async () => {
      const frame = await open('/test/fixtures/csp-dropin.html');
      const w = win(frame);
      const doc = frame.contentDocument!;
      const bar = doc.querySelector('oxu-a11y-bar')!;
      expect(bar.shadowRoot, 'the bar rendered').to.exist;
      expect(bar.shadowRoot!.childElementCount).to.be.greaterThan(0);
      w.Oxu.set({ fontSize: 150, colorScheme: 'white-on-black' });
      await new Promise((r) => w.requestAnimationFrame(r));
      expect(doc.documentElement.getAttribute('data-oxu-font-size')).to.equal('150');
      expect(doc.documentElement.getAttribute('data-oxu-color-scheme')).to.equal('white-on-black');
      expect(w.getComputedStyle(doc.body).backgroundColor).to.equal('rgb(0, 0, 0)');
      w.Oxu.reset();
      expect(w.__violations).to.deep.equal([]);
      expect(w.__errors).to.deep.equal([]);
    });

    it('requests nothing beyond the page’s own files', async () => {
      const frame = await open('/test/fixtures/csp-dropin.html');
      const w = win(frame);
      w.Oxu.set({ fontSize: 200 });
      await new Promise((r) => setTimeout(r, 100));
      const urls = w.performance.getEntriesByType('resource').map((e) => e.name);
      for (const url of urls) expect(new URL(url).origin).to.equal(location.origin);
      expect(urls.filter((u) => u.includes('oxu.min.js'))).to.have.length(1);
    });
  });

  describe('in a browser without adoptedStyleSheets', () => {
    it('leaves the page exactly as its authors made it, with no error, even with saved settings', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, fontSize: 150, colorScheme: 'white-on-black' }));
      const frame = await open('/test/fixtures/dropin-old-browser.html');
      const w = win(frame);
      const doc = frame.contentDocument!;
      expect(w.__errors).to.deep.equal([]);
      expect('adoptedStyleSheets' in doc, 'the fixture removed adoptedStyleSheets').to.equal(false);
      expect([...doc.documentElement.attributes].map((a) => a.name)).to.deep.equal(['lang']);
      expect(w.customElements.get('oxu-a11y-bar')).to.equal(undefined);
      expect(w.customElements.get('oxu-news-card')).to.equal(undefined);
      expect(doc.querySelectorAll('oxu-a11y-bar'), 'no bar inserted').to.have.length(1);
      expect(doc.querySelector('oxu-news-card')!.shadowRoot).to.equal(null);
      expect(doc.querySelectorAll('style')).to.have.length(0);
      expect('Oxu' in w).to.equal(false);
      // The content is still there, as the page wrote it.
      expect(doc.querySelector('oxu-news-card a')!.textContent).to.equal('Dəyirmi masa keçirilib');
      expect(localStorage.getItem(STORAGE_KEY), 'the saved choice is kept for a newer browser').to.contain('"fontSize":150');
    });
  });

  describe('loaded twice, next to another copy of Lit', () => {
    it('throws nothing, defines nothing twice, and shares one store', async () => {
      const frame = await open('/test/fixtures/dropin-twice.html');
      const w = win(frame);
      await new Promise((r) => setTimeout(r, 200)); // the module script with the other Lit runs late
      expect(w.__errors).to.deep.equal([]);
      expect(w.customElements.get('oxu-a11y-bar')).to.exist;
      expect(w.customElements.get('site-greeting')).to.exist;
      const doc = frame.contentDocument!;
      expect(doc.querySelector('site-greeting')!.shadowRoot!.textContent).to.contain('Xoş gəlmisiniz');
      expect(doc.querySelector('oxu-a11y-bar')!.shadowRoot!.childElementCount).to.be.greaterThan(0);
      w.Oxu.set({ colorScheme: 'yellow-on-black' });
      // One scheme sheet, not one per copy.
      const sheets = doc.adoptedStyleSheets.filter((s) => [...s.cssRules].some((r) => r.cssText.includes('--oxu-scheme-text')));
      expect(sheets).to.have.length(1);
      expect(w.__errors).to.deep.equal([]);
    });
  });

  describe('saved settings', () => {
    it('are applied before the first paint: present at the next script in <head>', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, fontSize: 150, colorScheme: 'white-on-black' }));
      const frame = await open('/test/fixtures/dropin-first-paint.html');
      const first = win(frame).__firstScript!;
      expect(first.bodyExists).to.be.false;
      expect(first.fontSizeAttribute).to.equal('150');
      expect(first.colorSchemeAttribute).to.equal('white-on-black');
      expect(first.rootBackground).to.equal('rgb(0, 0, 0)');
      expect(first.adoptedSheets).to.be.greaterThan(0);
    });

    it('scale the text in the first frame that shows it, before it is painted', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, fontSize: 150 }));
      const frame = await open('/test/fixtures/dropin-first-paint.html');
      await waitFor(() => !!win(frame).__firstScript!.firstFrameLeadSize, 'a frame with the lead paragraph', 5000);
      const lead = frame.contentDocument!.querySelector('.lead')!;
      // site.css: .lead { font-size: 18px }
      expect(win(frame).__firstScript!.firstFrameLeadSize).to.equal('27px');
      expect(getComputedStyle(lead).fontSize).to.equal('27px');
    });

    it('colour the page’s own pseudo-elements in the first frame that shows them', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, colorScheme: 'white-on-black' }));
      const frame = await open('/test/fixtures/dropin-scheme-first-frame.html');
      const w = win(frame) as unknown as { __firstFrame: { background: string; color: string } | null };
      await waitFor(() => w.__firstFrame !== null, 'a frame with the badge', 5000);
      // The badge keeps a box of its own (the scheme's background, not the page's red), in white on black.
      expect(w.__firstFrame!.background).to.equal('rgb(0, 0, 0)');
      expect(w.__firstFrame!.color).to.equal('rgb(255, 255, 255)');
    });

    it('take the page’s levels from data-oxu-levels', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, fontSize: 300, colorScheme: 'default' }));
      const frame = await open('/test/fixtures/dropin-first-paint.html');
      const w = win(frame);
      expect([...w.Oxu.levels]).to.deep.equal([100, 150, 200, 300]);
      expect(w.Oxu.settings).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 300, colorScheme: 'default' });
      expect(win(frame).__firstScript!.fontSizeAttribute).to.equal('300');
    });

    it('leave a page with no saved settings untouched', async () => {
      const frame = await open('/test/fixtures/dropin-first-paint.html');
      const first = win(frame).__firstScript!;
      expect(first.fontSizeAttribute).to.equal(null);
      expect(first.colorSchemeAttribute).to.equal(null);
      expect(first.adoptedSheets).to.equal(0);
      expect(first.rootFontSize).to.equal('16px');
    });

    it('fall back to the defaults when the stored value is broken', async () => {
      localStorage.setItem(STORAGE_KEY, '{"v":1,"fontSize":');
      const frame = await open('/test/fixtures/dropin-first-paint.html');
      expect(win(frame).Oxu.settings).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 100, colorScheme: 'default' });
      expect(win(frame).__firstScript!.adoptedSheets).to.equal(0);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal('{"v":1,"fontSize":');
    });
  });

  describe('saved reading settings', () => {
    const SAVED = { v: 1, letterSpacing: 'wider', lineSpacing: 'wide', fontFamily: 'serif', images: 'hidden', motion: 'reduced' };

    it('are each applied at the next script in <head>, before the first paint', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(SAVED));
      const frame = await open('/test/fixtures/dropin-reading.html');
      const first = win(frame).__firstScript!;
      expect(first.bodyExists).to.equal(false);
      expect(first.attributes).to.deep.equal({ letterSpacing: 'wider', lineSpacing: 'wide', fontFamily: 'serif', images: 'hidden', motion: 'reduced' });
      expect(first.letterSpacingEm as number, `letters, ${JSON.stringify(first)}`).to.be.closeTo(0.25, 0.005);
      expect(first.wordSpacingEm as number, 'words').to.be.closeTo(0.32, 0.005);
      expect(first.lineHeight as number, 'line height').to.be.closeTo(1.5, 0.01);
      expect(first.fontFamily as string, 'typeface').to.contain('serif');
      expect(first.backgroundImage, 'background image').to.equal('none');
      expect(first.scrollBehavior, 'smooth scrolling').to.equal('auto');
      expect(parseFloat(first.animationDuration as string), 'animation').to.be.below(0.001);
      // What only script does follows the parser: the image text and the stopped marquee are there at load.
      const doc = frame.contentDocument!;
      expect(doc.querySelector('oxu-image-text')?.textContent).to.equal('Gerb');
      expect(doc.querySelector('img')!.getBoundingClientRect().width).to.equal(0);
    });

    it('leave the page untouched when none is saved', async () => {
      const frame = await open('/test/fixtures/dropin-reading.html');
      const first = win(frame).__firstScript!;
      expect(Object.values(first.attributes as object)).to.deep.equal([null, null, null, null, null]);
      expect(first.scrollBehavior).to.equal('smooth');
      expect(first.backgroundImage).to.contain('animated.gif');
      expect(frame.contentDocument!.querySelector('oxu-image-text')).to.equal(null);
    });

    for (const name of ['letterSpacing', 'lineSpacing', 'fontFamily', 'images', 'motion'] as const) {
      it(`reset ${name} alone when its stored value is bad, keeping the others`, async () => {
        for (const bad of ['huge', 'WIDE', 2, null, { value: 'wide' }]) {
          localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...SAVED, [name]: bad }));
          const frame = await open('/test/fixtures/dropin-reading.html');
          const first = win(frame).__firstScript!;
          const expected: Record<string, unknown> = { ...SAVED };
          delete expected.v;
          expected[name] = null;
          expect(first.attributes, JSON.stringify(bad)).to.deep.equal(expected);
          expect((win(frame).Oxu.settings as unknown as Record<string, unknown>)[name]).to.equal('default');
          frames.splice(frames.indexOf(frame), 1);
          frame.remove();
        }
      });
    }
  });

  describe('window.Oxu', () => {
    it('reads, sets and resets the settings', async () => {
      const frame = await open('/test/fixtures/dropin-first-paint.html');
      const w = win(frame);
      expect(w.Oxu.settings).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 100, colorScheme: 'default' });
      w.Oxu.set({ fontSize: 200 });
      expect(w.Oxu.settings).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 200, colorScheme: 'default' });
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal({ v: 1, fontSize: 200 });
      w.Oxu.reset();
      expect(w.Oxu.settings).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 100, colorScheme: 'default' });
      expect(frame.contentDocument!.documentElement.hasAttribute('data-oxu-font-size')).to.be.false;
    });
  });

  // The built bar, whose private members are renamed by the minifier: its own state
  // (phone layout, the reset's announcement) must still re-render it.
  describe('the bar, as built', () => {
    const bar = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('oxu-a11y-bar')!;
    const part = (frame: HTMLIFrameElement, name: string) => bar(frame).shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
    const settle = (frame: HTMLIFrameElement) =>
      new Promise((r) => frame.contentWindow!.requestAnimationFrame(() => frame.contentWindow!.requestAnimationFrame(r)));

    it('turns into one button when the window narrows, and announces a reset', async () => {
      const frame = await open('/test/fixtures/bar-phone.html');
      frame.style.width = '1024px';
      await settle(frame);
      expect(part(frame, 'font-size')?.getClientRects().length, 'text sizes in the row at 1024 px').to.equal(1);
      frame.style.width = '390px';
      await waitFor(() => part(frame, 'font-size')?.getClientRects().length === 0, 'the phone layout at 390 px');
      part(frame, 'toggle')!.click();
      await settle(frame);
      part(frame, 'reset')!.click();
      const status = () => bar(frame).shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
      await waitFor(() => status() !== '', 'the reset to be announced');
      expect(status()).to.equal(MESSAGES.az.resetDone);
    });

    it('takes its phone layout where the page holds it in a box that never shrinks, rather than scroll the page sideways', async () => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, fontSize: 150 }));
      const frame = await open('/test/fixtures/bar-tools-row.html');
      // Wide enough for the full row by the bar's own measure (48 em: 1152 px at 150 %), but
      // not beside a 240 px logo in tools that never shrink.
      frame.style.width = '1200px';
      await settle(frame);
      await settle(frame);
      const root = frame.contentDocument!.documentElement;
      expect(root.scrollWidth, 'page width').to.be.at.most(root.clientWidth);
      expect(part(frame, 'font-size')!.getClientRects().length, 'text sizes behind the button').to.equal(0);
      expect(part(frame, 'toggle')!.getClientRects().length).to.equal(1);
    });
  });

  describe('data-oxu-auto', () => {
    it('inserts a bar as the first child of <body> when the page has none', async () => {
      const frame = await open('/test/fixtures/dropin-auto.html');
      const body = frame.contentDocument!.body;
      expect(body.firstElementChild!.localName).to.equal('oxu-a11y-bar');
      expect(body.querySelectorAll('oxu-a11y-bar')).to.have.length(1);
      expect(body.firstElementChild!.shadowRoot!.childElementCount).to.be.greaterThan(0);
    });

    it('keeps the page’s own bar and adds none', async () => {
      const frame = await open('/test/fixtures/dropin-auto-has-bar.html');
      const bars = frame.contentDocument!.querySelectorAll('oxu-a11y-bar');
      expect(bars).to.have.length(1);
      expect(bars[0].id).to.equal('own');
    });
  });
});
