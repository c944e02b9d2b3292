import { expect } from '@open-wc/testing';
import { loadFrame } from '../helpers/frame.js';
import { COLOR_SCHEMES } from '../../src/settings/schemes.js';
import { DEFAULT_LEVELS } from '../../src/settings/levels.js';
import { STORAGE_KEY } from '../../src/settings/storage.js';
import { waitFor } from '../helpers/engine.js';

type AxeWindow = Window & {
  axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
  Oxu: { set(v: object): void };
};

async function withAxe(frame: HTMLIFrameElement): Promise<AxeWindow> {
  const w = frame.contentWindow as AxeWindow;
  if (!w.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((r) => script.addEventListener('load', r, { once: true }));
    frame.contentDocument!.head.append(script);
    await loaded;
  }
  return w;
}

const settle = (w: Window) => new Promise((r) => w.requestAnimationFrame(() => w.requestAnimationFrame(r)));

describe('demo government page', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => {
    frame?.remove();
    localStorage.clear();
  });

  it('has no axe violations in any colour scheme at any text size', async () => {
    frame = await loadFrame('/demo/index.html');
    frame.style.width = '1280px';
    frame.style.height = '900px';
    const w = await withAxe(frame);
    const failures: string[] = [];
    for (const colorScheme of COLOR_SCHEMES) {
      for (const fontSize of DEFAULT_LEVELS) {
        w.Oxu.set({ fontSize, colorScheme });
        await settle(w);
        const { violations } = await w.axe.run(frame.contentDocument!, { resultTypes: ['violations'] });
        for (const v of violations) failures.push(`${colorScheme} ${fontSize}%: ${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      }
    }
    expect(failures).to.deep.equal([]);
  });

  it('reflows without sideways scrolling at 320 CSS px wide and 200 % text (WCAG 1.4.10)', async () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, fontSize: 200, colorScheme: 'default' }));
    frame = await loadFrame('/demo/index.html');
    frame.style.width = '320px';
    frame.style.height = '640px';
    const w = frame.contentWindow!;
    await settle(w);
    const root = frame.contentDocument!.documentElement;
    expect(root.getAttribute('data-oxu-font-size')).to.equal('200');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth);
  });

  it('enlarges the page’s own px text at 200 %', async () => {
    frame = await loadFrame('/demo/index.html');
    const doc = frame.contentDocument!;
    const w = frame.contentWindow as AxeWindow;
    const size = () => parseFloat(getComputedStyle(doc.querySelector('.article p:not(.article__lead)')!).fontSize);
    const before = size();
    w.Oxu.set({ fontSize: 200 });
    expect(size() / before).to.be.closeTo(2, 0.05);
  });

  it('reaches all seven settings through its bar, on a desktop and on a phone at 200 %', async () => {
    const seven = ['oxu-font-size', 'oxu-color-scheme', 'oxu-letter-spacing', 'oxu-line-spacing', 'oxu-font-family', 'oxu-images', 'oxu-motion'];
    for (const [width, height, fontSize] of [[1280, 800, 100], [390, 844, 200]]) {
      localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, fontSize }));
      frame = await loadFrame('/demo/index.html', { style: `width: ${width}px; height: ${height}px; border: 0` });
      const w = await withAxe(frame);
      const bar = frame.contentDocument!.querySelector('oxu-a11y-bar')!;
      await settle(w);
      if (width === 390) expect(bar.getBoundingClientRect().height, 'closed bar on a phone').to.be.at.most(0.15 * height);
      bar.shadowRoot!.querySelector<HTMLButtonElement>('[part="toggle"]')!.click();
      await settle(w);
      await settle(w);
      const visible = [...bar.shadowRoot!.querySelectorAll(seven.join(','))].filter((el) => el.getClientRects().length).map((el) => el.localName);
      expect(visible.sort(), `${width} px`).to.deep.equal([...seven].sort());
      const root = frame.contentDocument!.documentElement;
      expect(root.scrollWidth, `${width} px`).to.be.at.most(root.clientWidth);
      const { violations } = await w.axe.run(frame.contentDocument!, { resultTypes: ['violations'] });
      expect(violations.map((v) => v.id), `${width} px, open`).to.deep.equal([]);
      frame.remove();
      localStorage.clear();
    }
  });
});

describe('demo examples page', () => {
  let frame: HTMLIFrameElement;
  afterEach(() => frame?.remove());

  it('renders every named example of every element, each element upgraded', async () => {
    const names = ['a11y-bar', 'font-size', 'color-scheme', 'letter-spacing', 'line-spacing', 'font-family', 'images', 'motion', 'news-card', 'links-footer'];
    const all = await Promise.all(names.map(async (n) => (await import(`../components/${n}.examples.ts`)).examples as { name: string }[]));
    frame = await loadFrame('/demo/examples.html');
    const doc = frame.contentDocument!;
    const total = all.reduce((sum, list) => sum + list.length, 0);
    await waitFor(() => doc.querySelectorAll('.example').length === total, `${total} examples on the page`);
    const shown = [...doc.querySelectorAll('.example figcaption strong')].map((s) => s.textContent);
    expect(shown).to.deep.equal(all.flat().map((e) => e.name));
    for (const [i, name] of names.entries()) {
      const section = doc.getElementById(name)!;
      expect(section.querySelectorAll(`oxu-${name}`).length, name).to.equal(all[i].length);
      expect(section.querySelectorAll(`oxu-${name}:not(:defined)`).length, `${name} upgraded`).to.equal(0);
    }
  });
});
