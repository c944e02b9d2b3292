import './ignore-other-tabs.js';
import { expect, html } from '@open-wc/testing';
import { mount } from './support.js';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/news-card/news-card.js';
import type { OxuNewsCard } from '../../src/components/news-card/news-card.js';
import { COLOR_SCHEMES } from '../../src/settings/schemes.js';
import { settings } from '../../src/settings/store.js';
import { examples, PHOTO, SEED_HEADING, SEED_SUMMARY } from './news-card.examples.js';
import { loadFrame } from '../helpers/frame.js';
import { engine } from '../helpers/engine.js';

const shadow = (el: Element) => el.shadowRoot!;

/** Text the visitor sees in the card: shadow text with each slot replaced by what it shows. */
function flatText(node: Node): string {
  if (node instanceof HTMLSlotElement) return node.assignedNodes({ flatten: true }).map(flatText).join('');
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes].map(flatText).join('');
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof HTMLStyleElement) return '';
  return [...node.childNodes].map(flatText).join('');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

async function card(template: ReturnType<typeof html> | string): Promise<OxuNewsCard> {
  const el = await mount<OxuNewsCard>(template);
  await el.updateComplete;
  return el;
}

describe('<oxu-news-card>', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  describe('rendering', () => {
    it('renders every part: article, heading link, date, image, summary', async () => {
      const el = await card(examples[0].html);
      const root = shadow(el);
      const article = root.querySelector('article')!;
      expect(article).to.exist;
      const heading = root.querySelector('h2')!;
      expect(heading).to.exist;
      const link = heading.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('/xeberler/1');
      expect(squash(flatText(link))).to.equal(SEED_HEADING);
      const time = root.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2022-12-28T16:02');
      expect(time.textContent).to.equal('28 dekabr 2022 | 16:02');
      const imageSlot = root.querySelector<HTMLSlotElement>('slot[name="image"]')!;
      expect(imageSlot.assignedElements()[0].localName).to.equal('img');
      expect(imageSlot.closest('[part="image"]')!.hasAttribute('aria-hidden')).to.equal(false);
      const summary = root.querySelector('[part="summary"]')!;
      expect(squash(flatText(summary))).to.equal(SEED_SUMMARY);
    });

    it('has the heading as the link’s only content, so it is the link’s name', async () => {
      const el = await card(examples[0].html);
      const link = shadow(el).querySelector('a')!;
      expect([...link.children].map((c) => c.localName)).to.deep.equal(['slot']);
      expect(link.querySelector('slot')!.getAttribute('name')).to.equal('heading');
    });

    it('puts the heading first in reading order, the image last', async () => {
      const el = await card(examples[0].html);
      const parts = [...shadow(el).querySelectorAll('[part]')].map((p) => p.getAttribute('part'));
      expect(parts).to.deep.equal(['base', 'heading', 'link', 'date', 'summary', 'image']);
    });

    it('marks an image with empty or no alt as decorative', async () => {
      for (const alt of ['alt=""', '', 'alt="   "']) {
        const el = await card(`<oxu-news-card><span slot="heading">X</span><img slot="image" src="${PHOTO}" ${alt}></oxu-news-card>`);
        expect(shadow(el).querySelector('[part="image"]')!.getAttribute('aria-hidden')).to.equal('true');
      }
    });

    it('hides the image frame when there is no image', async () => {
      const el = await card(examples[3].html);
      const frame = shadow(el).querySelector<HTMLElement>('[part="image"]')!;
      expect(frame.hidden).to.equal(true);
      expect(frame.getBoundingClientRect().width).to.equal(0);
    });

    it('follows changes to its slots', async () => {
      const el = await card(`<oxu-news-card href="/a"><span slot="heading">X</span></oxu-news-card>`);
      const img = document.createElement('img');
      img.slot = 'image';
      img.src = PHOTO;
      img.alt = 'Şəkil';
      el.append(img);
      await tick();
      await el.updateComplete;
      expect(shadow(el).querySelector<HTMLElement>('[part="image"]')!.hidden).to.equal(false);
    });

    for (const level of [2, 3, 4, 5, 6]) {
      it(`renders heading-level="${level}" as <h${level}>`, async () => {
        const el = await card(html`<oxu-news-card heading-level=${String(level)}><span slot="heading">X</span></oxu-news-card>`);
        const headings = shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6');
        expect(headings).to.have.length(1);
        expect(headings[0].localName).to.equal(`h${level}`);
      });
    }

    for (const level of ['', '1', '7', '0', '-2', '2.5', 'iki', '3px', null]) {
      it(`falls back to <h3> for heading-level ${JSON.stringify(level)}`, async () => {
        const el = await card(`<oxu-news-card ${level === null ? '' : `heading-level="${level}"`}><span slot="heading">X</span></oxu-news-card>`);
        const headings = shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6');
        expect(headings).to.have.length(1);
        expect(headings[0].localName).to.equal('h3');
      });
    }

    it('changes level with the property', async () => {
      const el = await card(examples[0].html);
      el.headingLevel = 5;
      await el.updateComplete;
      expect(shadow(el).querySelector('h5 a')).to.exist;
    });
  });

  describe('while the page is still being parsed', () => {
    it('draws nothing until its content arrives, so nothing shifts when it does', async () => {
      // What the parser does: the element first, its children later.
      const card = document.createElement('oxu-news-card') as OxuNewsCard;
      card.setAttribute('datetime', '2022-12-28T16:02');
      document.body.append(card);
      try {
        await card.updateComplete;
        expect(card.getBoundingClientRect().height).to.equal(0);
        card.innerHTML = `<img slot="image" src="${PHOTO}" width="480" height="270" alt=""><span slot="heading">Başlıq</span>Xülasə`;
        await new Promise((r) => setTimeout(r));
        await card.updateComplete;
        expect(card.getBoundingClientRect().height).to.be.greaterThan(0);
        expect(card.shadowRoot!.querySelector('time')!.textContent).to.contain('2022 | 16:02');
        expect(card.shadowRoot!.querySelector('.image')!.hasAttribute('hidden')).to.be.false;
      } finally {
        card.remove();
      }
    });
  });

  describe('dates', () => {
    it('shows a date-only value without a time', async () => {
      const el = await card(examples[2].html);
      const time = shadow(el).querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2022-12-27');
      expect(time.textContent).to.equal('27 dekabr 2022');
    });

    it('shows nothing for an invalid value, and warns once', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card(`<oxu-news-card lang="az" datetime="2022-02-30T16:02"><span slot="heading">X</span></oxu-news-card>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(shadow(el).querySelector('time')).to.equal(null);
        expect(flatText(el)).not.to.contain('Invalid');
        expect(flatText(el)).not.to.contain('NaN');
        expect(warnings.messages.filter((m) => m.includes('2022-02-30T16:02'))).to.have.length(1);
      } finally {
        warnings.restore();
      }
    });

    it('shows the page’s own date when there is no valid datetime', async () => {
      const el = await card(`<oxu-news-card><span slot="heading">X</span><time slot="date" datetime="2022-12-28">28 dekabr 2022</time></oxu-news-card>`);
      const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="date"]')!;
      expect(slot.assignedElements()).to.have.length(1);
    });

    it('uses its own date, not the page’s, when datetime is valid', async () => {
      const el = await card(examples[1].html);
      expect(shadow(el).querySelector('slot[name="date"]')).to.equal(null);
      expect(shadow(el).querySelector('time')!.textContent).to.equal('28 dekabr 2022 | 16:02');
      expect(el.querySelector('time')!.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('i18n', () => {
    const cases = [
      ['az', '28 dekabr 2022 | 16:02'],
      ['en', '28 December 2022 | 16:02'],
      ['ru', '28 декабря 2022 | 16:02'],
      ['az-Latn-AZ', '28 dekabr 2022 | 16:02'],
      ['ru-RU', '28 декабря 2022 | 16:02'],
      ['fr', '28 December 2022 | 16:02'],
    ] as const;
    for (const [lang, text] of cases) {
      it(`reads the date in lang="${lang}"`, async () => {
        const wrapper = await mount(html`<div lang=${lang}><oxu-news-card datetime="2022-12-28T16:02"><span slot="heading">X</span></oxu-news-card></div>`);
        const el = wrapper.querySelector('oxu-news-card')!;
        await el.updateComplete;
        expect(shadow(el).querySelector('time')!.textContent).to.equal(text);
      });
    }

    it('marks the date’s language where the page’s is not built in', async () => {
      const fr = await mount(html`<div lang="fr"><oxu-news-card datetime="2022-12-28"><span slot="heading">X</span></oxu-news-card></div>`);
      const frCard = fr.querySelector('oxu-news-card')!;
      await frCard.updateComplete;
      expect(shadow(frCard).querySelector('time')!.getAttribute('lang')).to.equal('en');
      const az = await mount(html`<div lang="az-Latn"><oxu-news-card datetime="2022-12-28"><span slot="heading">X</span></oxu-news-card></div>`);
      const azCard = az.querySelector('oxu-news-card')!;
      await azCard.updateComplete;
      expect(shadow(azCard).querySelector('time')!.hasAttribute('lang')).to.equal(false);
    });

    it('follows the element’s own lang over its ancestors’', async () => {
      const wrapper = await mount(html`<div lang="ru"><oxu-news-card lang="az" datetime="2022-12-28"><span slot="heading">X</span></oxu-news-card></div>`);
      const el = wrapper.querySelector('oxu-news-card')!;
      await el.updateComplete;
      expect(shadow(el).querySelector('time')!.textContent).to.equal('28 dekabr 2022');
    });

    it('re-renders when an ancestor’s lang changes', async () => {
      const wrapper = await mount(html`<div lang="az"><oxu-news-card datetime="2022-12-28"><span slot="heading">X</span></oxu-news-card></div>`);
      const el = wrapper.querySelector('oxu-news-card')!;
      wrapper.setAttribute('lang', 'ru');
      await tick();
      await el.updateComplete;
      expect(shadow(el).querySelector('time')!.textContent).to.equal('28 декабря 2022');
    });
  });

  describe('links', () => {
    const unsafe = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' \n javascript:alert(1)',
      'java\tscript:alert(1)',
      'jav&#x09;ascript:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      'javascript%3Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '',
    ];
    for (const href of unsafe) {
      it(`renders the heading as text for href=${JSON.stringify(href)}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await card(html`<oxu-news-card href=${href}><span slot="heading">Dəyirmi masa keçirilib</span></oxu-news-card>`);
          expect(shadow(el).querySelectorAll('a')).to.have.length(0);
          expect(shadow(el).querySelectorAll('[href]')).to.have.length(0);
          expect(squash(flatText(shadow(el).querySelector('h3')!))).to.equal('Dəyirmi masa keçirilib');
        } finally {
          warnings.restore();
        }
      });
    }

    it('decodes entities in markup before judging, as the browser does', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card('<oxu-news-card href="jav&#x09;ascript&colon;alert(1)"><span slot="heading">X</span></oxu-news-card>');
        expect(shadow(el).querySelectorAll('a')).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });

    it('drops the link when href turns unsafe later', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card(examples[0].html);
        el.setAttribute('href', 'javascript:alert(1)');
        await el.updateComplete;
        expect(shadow(el).querySelectorAll('a')).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });

    it('neutralises an unsafe link the page put in the heading slot, keeping its text', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card(`<oxu-news-card><a slot="heading" href="javascript:alert(1)">Xəbər</a></oxu-news-card>`);
        const a = el.querySelector('a')!;
        expect(a.hasAttribute('href')).to.equal(false);
        expect(a.textContent).to.equal('Xəbər');
        expect(shadow(el).querySelectorAll('a')).to.have.length(0);
      } finally {
        warnings.restore();
      }
    });

    it('uses the page’s own heading link without wrapping it in another', async () => {
      const el = await card(examples[1].html);
      expect(shadow(el).querySelectorAll('a')).to.have.length(0);
      const own = el.querySelector('a[slot="heading"]')!;
      expect(own.getAttribute('href')).to.equal('/xeberler/1');
      expect(own.closest('a')).to.equal(own);
    });

    it('never nests interactive elements: one link, the heading’s', async () => {
      for (const example of examples) {
        const el = await card(example.html);
        const links = [...shadow(el).querySelectorAll('a')];
        expect(links.length).to.be.at.most(1);
        for (const a of links) expect(a.querySelector('a, button, input, select, textarea')).to.equal(null);
        for (const a of el.querySelectorAll('a')) expect(a.parentElement!.closest('a')).to.equal(null);
      }
    });
  });

  describe('block link', () => {
    // Before the mouse tests: after WebDriver pointer actions WebKit keeps treating
    // focus as mouse-driven, so even a Tab press no longer matches :focus-visible.
    it('shows a focus ring around the card in every colour scheme', async function () {
      const wrapper = await mount<HTMLElement>(`<div><button>Əvvəlki</button>${examples[0].html}</div>`);
      const el = wrapper.querySelector<OxuNewsCard>('oxu-news-card')!;
      await el.updateComplete;
      const link = shadow(el).querySelector('a')!;
      for (const colorScheme of COLOR_SCHEMES) {
        settings.set({ colorScheme });
        // Reached by keyboard, as a visitor who needs the ring does (script focus is not focus-visible in every engine).
        wrapper.querySelector('button')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement, colorScheme).to.equal(link);
        // WebKit under WebDriver sometimes leaves a Tab-focused link out of :focus-visible
        // (alone this test passes there in every scheme); the ring cannot be checked then.
        if (!link.matches(':focus-visible') && (await engine()) === 'webkit') this.skip();
        const ring = getComputedStyle(link, '::after');
        expect(ring.outlineStyle, colorScheme).to.equal('solid');
        expect(parseFloat(ring.outlineWidth), colorScheme).to.be.at.least(2);
        if (colorScheme !== 'default') {
          const focus = getComputedStyle(document.documentElement).getPropertyValue('--oxu-scheme-focus').trim();
          expect(ring.outlineColor, colorScheme).to.equal(hexToRgb(focus));
        }
        link.blur();
      }
    });

    /** Clicks at `point` and resolves to the link the click reached, with navigation prevented. */
    async function clickAt(el: OxuNewsCard, x: number, y: number): Promise<EventTarget | null> {
      let reached: EventTarget | null = null;
      const stop = (e: Event) => {
        const a = e.composedPath().find((n) => n instanceof HTMLAnchorElement);
        if (a) {
          reached = a;
          e.preventDefault();
        }
      };
      document.addEventListener('click', stop, true);
      try {
        await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
        await tick();
      } finally {
        document.removeEventListener('click', stop, true);
      }
      void el;
      return reached;
    }

    const centre = (r: DOMRect) => [r.left + r.width / 2, r.top + r.height / 2] as const;

    /** The example with in-page links: a click that escaped would not unload the test page. */
    const inPage = (markup: string) => markup.replace(/href="([^"]*)"/g, (_, href: string) => `href="#${encodeURIComponent(href)}"`);

    it('takes a click on the image, the date or the summary to the heading link', async () => {
      const el = await card(inPage(examples[0].html));
      const link = shadow(el).querySelector('a')!;
      for (const part of ['image', 'date', 'summary']) {
        const box = shadow(el).querySelector(`[part="${part}"]`)!.getBoundingClientRect();
        expect(await clickAt(el, ...centre(box)), part).to.equal(link);
      }
    });

    it('does the same with the page’s own heading link', async () => {
      const el = await card(inPage(examples[1].html));
      const link = el.querySelector('a[slot="heading"]')!;
      const box = shadow(el).querySelector('[part="summary"]')!.getBoundingClientRect();
      expect(await clickAt(el, ...centre(box))).to.equal(link);
      const date = shadow(el).querySelector('time')!.getBoundingClientRect();
      expect(await clickAt(el, ...centre(date))).to.equal(link);
    });

    it('leaves a link inside the summary to itself', async () => {
      const el = await card(`<oxu-news-card href="#x"><span slot="heading">X</span>Bax: <a href="#portal">portal</a></oxu-news-card>`);
      const inner = el.querySelector('a')!;
      const box = inner.getBoundingClientRect();
      expect(await clickAt(el, ...centre(box))).to.equal(inner);
    });

    it('does not follow the link when a click ends a text selection', async () => {
      const el = await card(inPage(examples[0].html));
      const summary = shadow(el).querySelector('[part="summary"]')!;
      const text = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())!;
      const range = document.createRange();
      range.setStart(text, 3);
      range.setEnd(text, 12);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      let followed = false;
      const link = shadow(el).querySelector('a')!;
      link.addEventListener('click', (e) => {
        followed = true;
        e.preventDefault();
      });
      summary.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, button: 0 }));
      expect(followed).to.equal(false);
      getSelection()!.removeAllRanges();
    });

    it('reflows image above text on a phone', async () => {
      // A 320 px page in an iframe: a browser window cannot be that narrow in every engine.
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:320px;height:640px;border:0';
      frame.srcdoc = `<!doctype html><html lang="az"><head><meta charset="utf-8">
        <script type="module" src="/src/components/news-card/news-card.ts"></script></head><body>${examples[0].html}</body></html>`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      try {
        await loaded;
        const doc = frame.contentDocument!;
        await frame.contentWindow!.customElements.whenDefined('oxu-news-card');
        const el = doc.querySelector<OxuNewsCard>('oxu-news-card')!;
        await el.updateComplete;
        const image = shadow(el).querySelector('[part="image"]')!.getBoundingClientRect();
        const heading = shadow(el).querySelector('[part="heading"]')!.getBoundingClientRect();
        expect(image.bottom).to.be.at.most(heading.top);
        expect(doc.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        frame.remove();
      }
    });

    it('puts the image beside the text on a wide screen', async () => {
      await setViewport({ width: 1000, height: 700 });
      const el = await card(examples[0].html);
      const image = shadow(el).querySelector('[part="image"]')!.getBoundingClientRect();
      const heading = shadow(el).querySelector('[part="heading"]')!.getBoundingClientRect();
      expect(image.right).to.be.at.most(heading.left);
    });

    it('keeps the cover of the page’s own heading link see-through in every scheme', async () => {
      const el = await card(examples[1].html);
      const link = el.querySelector('a[slot="heading"]')!;
      for (const colorScheme of COLOR_SCHEMES) {
        settings.set({ colorScheme });
        const cover = getComputedStyle(link, '::after');
        expect(cover.position, colorScheme).to.equal('absolute');
        expect(cover.backgroundColor, colorScheme).to.equal('rgba(0, 0, 0, 0)');
        if (colorScheme !== 'default') {
          const linkColor = getComputedStyle(document.documentElement).getPropertyValue('--oxu-scheme-link').trim();
          expect(getComputedStyle(link).color, colorScheme).to.equal(hexToRgb(linkColor));
        }
      }
    });

  });

  describe('text from attributes', () => {
    const payload = '<img src=x onerror="window.__oxuPwned=1"><b>bold</b>';
    it('renders attribute HTML as text, never as markup', async () => {
      const warnings = captureWarnings();
      try {
        const el = await card(html`<oxu-news-card href=${`/x"><img src=x onerror="window.__oxuPwned=1">`} datetime=${payload} heading-level=${payload}><span slot="heading">X</span></oxu-news-card>`);
        const root = shadow(el);
        expect(root.querySelector('img, b, script')).to.equal(null);
        expect(root.querySelectorAll('h3')).to.have.length(1);
        const link = root.querySelector('a');
        if (link) expect(link.getAttribute('href')).to.equal('/x"><img src=x onerror="window.__oxuPwned=1">');
        await tick();
        expect((window as unknown as { __oxuPwned?: number }).__oxuPwned).to.equal(undefined);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('without JavaScript', () => {
    it('shows every heading, date, summary and link from the light DOM', async () => {
      // Scripts are off in a sandbox without allow-scripts; allow-same-origin lets the test read it.
      const frame = await loadFrame('/test/fixtures/nojs-news-card.html', {
        sandbox: 'allow-same-origin',
        style: 'width: 800px; height: 900px',
      });
      try {
        const doc = frame.contentDocument!;
        expect(frame.contentWindow!.customElements.get('oxu-news-card'), 'scripts ran').to.equal(undefined);
        const cards = [...doc.querySelectorAll('oxu-news-card')];
        expect(cards).to.have.length(3);
        const visible = (node: Element) => node.checkVisibility() && node.getBoundingClientRect().width > 0 && node.getBoundingClientRect().height > 0;
        for (const c of cards) {
          expect(c.shadowRoot).to.equal(null);
          const heading = c.querySelector('[slot="heading"]')!;
          expect(visible(heading)).to.equal(true);
          expect(heading.textContent!.trim()).not.to.equal('');
          const date = c.querySelector('time[slot="date"]')!;
          expect(visible(date)).to.equal(true);
          expect(date.textContent).to.match(/^\d{1,2} dekabr 2022( \| \d\d:\d\d)?$/);
          const summary = [...c.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
          expect(summary.length).to.be.greaterThan(20);
          const range = doc.createRange();
          range.selectNodeContents(c);
          expect(range.getBoundingClientRect().height).to.be.greaterThan(0);
        }
        const links = [...doc.querySelectorAll<HTMLAnchorElement>('oxu-news-card a[href]')];
        expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Dəyirmi masa keçirilib', 'İctimai Şuranın üzvləri ilə görüş keçirilib']);
        for (const a of links) expect(visible(a)).to.equal(true);
      } finally {
        frame.remove();
      }
    });
  });

  describe('accessibility', () => {
    for (const colorScheme of COLOR_SCHEMES) {
      for (const example of examples) {
        it(`${example.name}: passes axe in the ${colorScheme} scheme`, async () => {
          settings.set({ colorScheme });
          const el = await card(`<ul role="list" style="list-style: none; padding: 0"><li>${example.html}</li></ul>`);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('passes axe without an image alt, which marks it decorative', async () => {
      const el = await card(`<oxu-news-card lang="az" href="/x" datetime="2022-12-28"><span slot="heading">Xəbər</span><img slot="image" src="${PHOTO}"></oxu-news-card>`);
      await expect(el).to.be.accessible();
    });
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

/** Lets mutation observers, slot changes and timers run; no animation frame, which a background page never gets. */
function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
