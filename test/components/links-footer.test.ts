import './ignore-other-tabs.js';
import { expect, html } from '@open-wc/testing';
import { mount } from './support.js';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/components/links-footer/links-footer.js';
import type { OxuLinksFooter } from '../../src/components/links-footer/links-footer.js';
import { MESSAGES } from '../../src/i18n/messages.js';
import { COLOR_SCHEMES } from '../../src/settings/schemes.js';
import { settings } from '../../src/settings/store.js';
import { examples } from './links-footer.examples.js';
import { loadFrame } from '../helpers/frame.js';
import { engine } from '../helpers/engine.js';

const shadow = (el: Element) => el.shadowRoot!;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.join(' '));
  return { messages, restore: () => (console.warn = original) };
}

async function footer(template: ReturnType<typeof html> | string): Promise<OxuLinksFooter> {
  const el = await mount<OxuLinksFooter>(template);
  await el.updateComplete;
  return el;
}

/** The elements each list item shows, in order. */
function itemContents(el: OxuLinksFooter): Element[][] {
  return [...shadow(el).querySelectorAll('li')].map((li) => li.querySelector('slot')!.assignedElements());
}

/** The visually hidden words added to a link, if any. */
function note(link: Element): string {
  return squash(link.querySelector('[data-oxu-link-note]')?.textContent);
}

describe('<oxu-links-footer>', () => {
  describe('rendering', () => {
    it('lays the links out as a list, one item per link, in order', async () => {
      const el = await footer(examples[0].html);
      const links = [...el.querySelectorAll('a')];
      expect(links).to.have.length(4);
      const list = shadow(el).querySelector('ul')!;
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.querySelectorAll(':scope > li')).to.have.length(4);
      expect(itemContents(el)).to.deep.equal(links.map((a) => [a]));
    });

    it('keeps the links the page’s own light-DOM elements', async () => {
      const el = await footer(examples[0].html);
      for (const a of el.querySelectorAll('a')) {
        expect(a.parentElement).to.equal(el);
        expect(a.hasAttribute('slot')).to.equal(false);
        expect(a.getBoundingClientRect().height).to.be.greaterThan(0);
      }
      expect(shadow(el).querySelectorAll('a')).to.have.length(0);
    });

    it('follows links added and removed later', async () => {
      const el = await footer(examples[0].html);
      const a = document.createElement('a');
      a.href = '/elaqe';
      a.textContent = 'Əlaqə';
      el.append(a);
      await tick();
      await el.updateComplete;
      const contents = itemContents(el);
      expect(contents[contents.length - 1]).to.deep.equal([a]);
      el.querySelector('a')!.remove();
      await tick();
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('li')).to.have.length(4);
    });

    it('makes any other child element a list item too', async () => {
      const el = await footer(`<oxu-links-footer><a href="/a">A</a><span>Telefon: 012 000 00 00</span></oxu-links-footer>`);
      expect(itemContents(el).map((items) => items[0].localName)).to.deep.equal(['a', 'span']);
    });

    it('renders no empty list', async () => {
      const el = await footer(`<oxu-links-footer></oxu-links-footer>`);
      expect(shadow(el).querySelector('ul')).to.equal(null);
    });

    it('reflows to one column on a narrow width', async () => {
      const el = await footer(html`<div style="width: 18rem">${htmlFrom(examples[0].html)}</div>`);
      const f = el.querySelector('oxu-links-footer')!;
      await f.updateComplete;
      const lefts = new Set([...shadow(f).querySelectorAll('li')].map((li) => Math.round(li.getBoundingClientRect().left)));
      expect(lefts.size).to.equal(1);
    });
  });

  describe('heading', () => {
    for (const lang of ['az', 'en', 'ru'] as const) {
      it(`reads "${MESSAGES[lang].linksHeading}" in ${lang}`, async () => {
        const wrapper = await mount(html`<div lang=${lang}><oxu-links-footer><a href="/a">A</a></oxu-links-footer></div>`);
        const el = wrapper.querySelector('oxu-links-footer')!;
        await el.updateComplete;
        const h2 = shadow(el).querySelector('h2')!;
        expect(h2.textContent).to.equal(MESSAGES[lang].linksHeading);
      });
    }

    it('marks its own words’ language where the page’s is not built in', async () => {
      const wrapper = await mount(html`<div lang="de"><oxu-links-footer><a href="https://president.az">P</a></oxu-links-footer></div>`);
      const el = wrapper.querySelector('oxu-links-footer')!;
      await el.updateComplete;
      expect(shadow(el).querySelector('h2')!.getAttribute('lang')).to.equal('en');
      expect(el.querySelector('[data-oxu-link-note] span')!.getAttribute('lang')).to.equal('en');
      el.setAttribute('heading', 'Verweise');
      await el.updateComplete;
      expect(shadow(el).querySelector('h2')!.hasAttribute('lang')).to.equal(false);
    });

    it('reads "Keçidlər" in az', async () => {
      const el = await footer(examples[0].html);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Keçidlər');
    });

    it('re-renders when the page’s lang changes', async () => {
      const wrapper = await mount(html`<div lang="az"><oxu-links-footer><a href="https://president.az">P</a></oxu-links-footer></div>`);
      const el = wrapper.querySelector('oxu-links-footer')!;
      wrapper.setAttribute('lang', 'ru');
      await tick();
      await el.updateComplete;
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Ссылки');
      expect(note(el.querySelector('a')!)).to.equal(`(${MESSAGES.ru.externalLink})`);
    });

    it('takes the heading attribute over the built-in text, as text', async () => {
      const payload = '<img src=x onerror="window.__oxuPwned=1">Faydalı keçidlər';
      const el = await footer(html`<oxu-links-footer heading=${payload}><a href="/a">A</a></oxu-links-footer>`);
      const h2 = shadow(el).querySelector('h2')!;
      expect(h2.textContent).to.equal(payload);
      expect(shadow(el).querySelector('img')).to.equal(null);
      await tick();
      expect((window as unknown as { __oxuPwned?: number }).__oxuPwned).to.equal(undefined);
    });

    it('takes a slotted heading over both', async () => {
      const el = await footer(`<oxu-links-footer heading="Attribute"><h2 slot="heading">Dövlət orqanları</h2><a href="/a">A</a></oxu-links-footer>`);
      expect(shadow(el).querySelector('h2')).to.equal(null);
      const slot = shadow(el).querySelector<HTMLSlotElement>('slot[name="heading"]')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['Dövlət orqanları']);
      expect(shadow(el).querySelectorAll('li')).to.have.length(1);
    });

    it('uses heading-level for the built-in heading', async () => {
      const el = await footer(`<oxu-links-footer heading-level="3"><a href="/a">A</a></oxu-links-footer>`);
      expect(shadow(el).querySelector('h3')).to.exist;
      el.headingLevel = 9;
      await el.updateComplete;
      expect(shadow(el).querySelector('h2')).to.exist;
    });
  });

  describe('links', () => {
    it('marks links to other sites in words and with an icon', async () => {
      const el = await footer(examples[0].html);
      for (const a of el.querySelectorAll('a')) {
        expect(note(a)).to.equal(`(${MESSAGES.az.externalLink})`);
        const svg = a.querySelector('svg')!;
        expect(svg.getAttribute('aria-hidden')).to.equal('true');
        expect(svg.querySelector('path')!.getAttribute('stroke')).to.equal('currentColor');
        expect(svg.getBoundingClientRect().width).to.be.greaterThan(0);
        const words = a.querySelector('[data-oxu-link-note] span')!;
        expect(words.getBoundingClientRect().width).to.be.at.most(1);
      }
    });

    it('leaves the site’s own links, mailto and tel unmarked', async () => {
      const el = await footer(`<oxu-links-footer><a href="/a">A</a><a href="${location.origin}/b">B</a><a href="mailto:info@gov.az">C</a><a href="tel:+994120000000">D</a></oxu-links-footer>`);
      for (const a of el.querySelectorAll('a')) expect(a.querySelector('[data-oxu-link-note]')).to.equal(null);
    });

    it('adds rel="noopener" and says so when a link opens a new window', async () => {
      const el = await footer(examples[1].html);
      const blank = el.querySelector<HTMLAnchorElement>('a[target="_blank"]')!;
      expect(blank.relList.contains('noopener')).to.equal(true);
      expect(note(blank)).to.equal(`(${MESSAGES.az.externalLink}, ${MESSAGES.az.newWindow})`);
      for (const a of el.querySelectorAll('a:not([target])')) expect(a.hasAttribute('rel')).to.equal(false);
    });

    it('keeps the link’s own rel tokens', async () => {
      const el = await footer(`<oxu-links-footer><a href="/a" target="_BLANK" rel="external nofollow">A</a></oxu-links-footer>`);
      const a = el.querySelector('a')!;
      expect([...a.relList]).to.deep.equal(['external', 'nofollow', 'noopener']);
      expect(note(a)).to.equal(`(${MESSAGES.en.newWindow})`);
    });

    it('updates the marks when a link changes', async () => {
      const el = await footer(`<oxu-links-footer><a href="/a">A</a></oxu-links-footer>`);
      const a = el.querySelector('a')!;
      a.setAttribute('href', 'https://president.az');
      await tick();
      await el.updateComplete;
      expect(note(a)).to.equal(`(${MESSAGES.en.externalLink})`);
      a.setAttribute('href', '/b');
      await tick();
      await el.updateComplete;
      expect(a.querySelector('[data-oxu-link-note]')).to.equal(null);
    });

    const unsafe = ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'javascript&colon;alert(1)'];
    for (const href of unsafe) {
      it(`does not expose a link to ${JSON.stringify(href)}, keeping its text`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await footer(html`<oxu-links-footer><a href="/a">Safe</a><a href=${href} target="_blank">Klikləyin</a></oxu-links-footer>`);
          const bad = el.querySelectorAll('a')[1];
          expect(bad.hasAttribute('href')).to.equal(false);
          expect(bad.matches(':any-link')).to.equal(false);
          expect(bad.textContent).to.equal('Klikləyin');
          expect(bad.getBoundingClientRect().width).to.be.greaterThan(0);
          expect(bad.querySelector('[data-oxu-link-note]')).to.equal(null);
          expect(el.querySelectorAll(':any-link')).to.have.length(1);
          expect(shadow(el).querySelectorAll('[href]')).to.have.length(0);
          expect(warnings.messages.some((m) => m.includes('is not an http(s)'))).to.equal(true);
        } finally {
          warnings.restore();
        }
      });
    }

    it('also neutralises an unsafe href set later', async () => {
      const warnings = captureWarnings();
      try {
        const el = await footer(`<oxu-links-footer><a href="/a">A</a></oxu-links-footer>`);
        const a = el.querySelector('a')!;
        a.setAttribute('href', 'javascript:alert(2)');
        await tick();
        await el.updateComplete;
        expect(a.hasAttribute('href')).to.equal(false);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('without JavaScript', () => {
    it('shows the heading and every link, and the links work', async () => {
      // Scripts are off in a sandbox without allow-scripts; allow-same-origin lets the test read it.
      const frame = await loadFrame('/test/fixtures/nojs-links-footer.html', {
        sandbox: 'allow-same-origin',
        style: 'width: 800px; height: 600px',
      });
      try {
        const doc = frame.contentDocument!;
        expect(frame.contentWindow!.customElements.get('oxu-links-footer'), 'scripts ran').to.equal(undefined);
        const visible = (node: Element) => node.checkVisibility() && node.getBoundingClientRect().width > 0;
        const heading = doc.querySelector('h2')!;
        expect(heading.textContent).to.equal('Keçidlər');
        expect(visible(heading)).to.equal(true);
        const links = [...doc.querySelectorAll<HTMLAnchorElement>('oxu-links-footer a')];
        expect(links).to.have.length(4);
        for (const a of links) {
          expect(visible(a)).to.equal(true);
          expect(a.matches(':any-link')).to.equal(true);
          expect(a.textContent!.trim()).not.to.equal('');
        }
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
          const el = await footer(example.html);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('is a list of N items to axe', async () => {
      const el = await footer(examples[0].html);
      await expect(el).to.be.accessible();
      const axe = (window as unknown as { axe: { run: (ctx: Element, opts: object) => Promise<AxeResults> } }).axe;
      const results = await axe.run(el, { runOnly: ['list', 'listitem'] });
      expect(results.violations).to.deep.equal([]);
      // axe's `list` rule only checks lists without an explicit role; `listitem`
      // checks that each item's parent is a list, through the slots.
      expect(results.passes.find((r) => r.id === 'listitem')!.nodes).to.have.length(4);
    });

    it('names each link with its mark in Chromium’s accessibility tree', async function () {
      // The accessibility-tree snapshot exists only over CDP: Firefox (BiDi) and
      // WebKit (WebDriver classic) offer no way to read their trees.
      if ((await engine()) !== 'chromium') this.skip();
      await footer(examples[0].html);
      const snapshot = await executeServerCommand<AxNode, object>('a11y-snapshot', {});
      // The snapshot keeps only "interesting" nodes, which leaves lists out;
      // list semantics are checked by axe above.
      expect(find(snapshot, (n) => n.role === 'heading' && n.name === 'Keçidlər')).to.exist;
      const links = all(snapshot, (n) => n.role === 'link');
      expect(links.map((n) => n.name)).to.deep.equal(
        ['Azərbaycan Respublikasının Prezidenti', 'Azərbaycan Respublikasının Nazirlər Kabineti', 'Azərbaycan Respublikasının Milli Məclisi', 'Elektron hökumət portalı'].map(
          (name) => `${name} (${MESSAGES.az.externalLink})`,
        ),
      );
    });
  });
});

interface AxeResults {
  violations: unknown[];
  passes: { id: string; nodes: unknown[] }[];
}

interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
}

function find(node: AxNode | null | undefined, test: (n: AxNode) => boolean): AxNode | null {
  if (!node) return null;
  if (test(node)) return node;
  for (const child of node.children ?? []) {
    const hit = find(child, test);
    if (hit) return hit;
  }
  return null;
}

function all(node: AxNode, test: (n: AxNode) => boolean): AxNode[] {
  return [...(test(node) ? [node] : []), ...(node.children ?? []).flatMap((child) => all(child, test))];
}

function htmlFrom(markup: string) {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

/** Lets mutation observers, slot changes and timers run; no animation frame, which a background page never gets. */
function tick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
