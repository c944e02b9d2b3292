import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { COLOR_SCHEMES, PALETTES, type ColorScheme } from '../../src/settings/schemes.js';
import { contrast } from '../helpers/contrast.js';
import { engine, type Engine } from '../helpers/engine.js';
import { win, type FrameWindow } from '../helpers/frame.js';

// oxu on pages it was not written for: each page in test/real-pages/ is built
// from one design system's documented components and its CSS, unchanged (see
// README.md there). For each page, in its own colours and in every scheme:
// every text it painted is still painted, in the scheme's colours, at 7:1;
// every text is 1.5× at 150 % and 2× at 200 %; and larger text adds no
// sideways scroll at 1280, 390 and 320 CSS px. Colours are read from one
// screenshot per state, not from computed styles: what counts is what the
// visitor sees (a pseudo-element painted over a card, a colour half-way
// through the page's own transition).

const PAGES = [
  'bootstrap5-news',
  'bootstrap5-directory',
  'bootstrap3-statistics',
  'govuk-start',
  'uswds-migration',
  'nhsuk-health',
  'tna-archive',
  'bulma-culture',
  'dsfr-statistics',
] as const;

const WIDTHS = [1280, 390, 320] as const;
const LARGER = [150, 200] as const;
/** Where colours are read: one screenshot per scheme in each of these. */
const PAINT_LAYOUTS = [
  { fontSize: 100, width: 1280 },
  { fontSize: 150, width: 390 },
  { fontSize: 200, width: 320 },
] as const;
const SCHEMES = COLOR_SCHEMES.filter((s): s is Exclude<ColorScheme, 'default'> => s !== 'default');

/**
 * Cases that are known to fail, each with its reason and the engines it fails
 * in (all when none are named); reported as pending when they fail there. The
 * product fixes of issue 10 emptied it of everything oxu can fix (README.md,
 * "Before the fixes" and "After the fixes"). A case is "page: test title";
 * `*` stands for any run of characters.
 */
const KNOWN_FAILURES: readonly { readonly cases: readonly string[]; readonly engines?: readonly Engine[]; readonly reason: string }[] = [
  {
    cases: ['bootstrap5-news: text painted in black-on-white at 100 % on 1280 px', 'bootstrap5-directory: text painted in black-on-white at 100 % on 1280 px'],
    engines: ['webkit'],
    reason:
      'WebKitGTK draws the .lead paragraph (font-weight 300 at 20 px) with grayscale anti-aliasing whose darkest pixels are #0d0d0d and #121212, never within ±12 of the scheme’s #000000: the text is painted, in the scheme’s colour, at 19:1 (the contrast case passes), and at 150 and 200 % it passes too',
  },
  {
    cases: ['govuk-start: text 1.5× at 150 % and 2× at 200 % on 390 px', 'govuk-start: text 1.5× at 150 % and 2× at 200 % on 320 px', 'nhsuk-health: text 1.5× at 150 % and 2× at 200 % on 390 px', 'nhsuk-health: text 1.5× at 150 % and 2× at 200 % on 320 px'],
    engines: ['webkit'],
    reason:
      'the failing texts are breadcrumb links the page hides on narrow screens (display: none: GOV.UK’s collapsed middle items, NHS.UK’s whole list); WebKitGTK 2.50 keeps answering getComputedStyle for an element in a display: none subtree with the style it computed first (16 px, 14 px), however the root size changes. Nothing of it is painted, and the same links are 1.5× and 2× at 1280 px, where they are shown',
  },
];

// ---------------------------------------------------------------------------

type Rgb = readonly [number, number, number];

interface TextItem {
  readonly el: Element;
  readonly label: string;
}

interface Shot {
  readonly pixels: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
}

/** What one text element looks like in one screenshot. */
interface Look {
  /** the most frequent colour in the text's boxes */
  readonly background: Rgb;
  /** pixels clearly unlike the background */
  readonly ink: number;
  /** pixels of each given colour (±TOLERANCE per channel) */
  readonly matches: readonly number[];
  /** highest contrast against the background of a colour painted at least twice */
  readonly contrast: number;
  /** that colour */
  readonly inkColor: Rgb;
}

/** Per-channel difference under which a pixel is "that colour" (anti-aliasing and colour management aside). */
const TOLERANCE = 12;
/** Per-channel difference over which a pixel is ink, not background. */
const INK = 40;
/** Pixels that make a text "painted". */
const MIN_PIXELS = 3;

const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
const parseHex = (s: string): Rgb => [1, 3, 5].map((i) => parseInt(s.slice(i, i + 2), 16)) as unknown as Rgb;
const far = (a: Rgb, b: Rgb, d: number) => Math.abs(a[0] - b[0]) > d || Math.abs(a[1] - b[1]) > d || Math.abs(a[2] - b[2]) > d;
const ratio = (a: Rgb, b: Rgb) => contrast(hex(a), hex(b));

const frameDone = (w: Window) => new Promise((r) => w.requestAnimationFrame(() => w.requestAnimationFrame(r)));

/** Elements with text of their own, in light DOM, outside oxu's own bar. */
function textItems(doc: Document): TextItem[] {
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.textContent?.trim() || seen.has(el)) continue;
    if (el.closest('script, style, noscript, template, svg, oxu-a11y-bar, title')) continue;
    seen.add(el);
  }
  return [...seen].map((el) => {
    const cls = [...el.classList].slice(0, 2).map((c) => `.${c}`).join('');
    const text = [...el.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent).join(' ').trim().replace(/\s+/g, ' ');
    return { el, label: `${el.localName}${cls} “${text.length > 28 ? `${text.slice(0, 27)}…` : text}”` };
  });
}

/**
 * What of the frame `el` can show: the frame's viewport and the inside of
 * every ancestor that clips (a table scrolling in its own box shows only part
 * of its columns).
 */
function clipOf(el: Element): { left: number; top: number; right: number; bottom: number } {
  const view = el.ownerDocument.documentElement;
  const clip = { left: 0, top: 0, right: view.clientWidth, bottom: view.clientHeight };
  for (let a = el.parentElement; a && a !== el.ownerDocument.documentElement; a = a.parentElement) {
    const style = getComputedStyle(a);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const r = a.getBoundingClientRect();
    const left = r.left + a.clientLeft;
    const top = r.top + a.clientTop;
    clip.left = Math.max(clip.left, left);
    clip.top = Math.max(clip.top, top);
    clip.right = Math.min(clip.right, left + a.clientWidth);
    clip.bottom = Math.min(clip.bottom, top + a.clientHeight);
  }
  return clip;
}

/**
 * The boxes of an element's own text (its text nodes' line boxes) as far as
 * the frame and its ancestors let them show, in frame CSS px. A box cut to
 * less than half its height or width is left out: a sliver of glyphs at a
 * scroll box's edge has too few pixels to tell a colour by.
 */
function textBoxes(el: Element): DOMRect[] {
  const boxes: DOMRect[] = [];
  const range = el.ownerDocument.createRange();
  const clip = clipOf(el);
  for (const child of el.childNodes) {
    if (child.nodeType !== Node.TEXT_NODE || !child.textContent?.trim()) continue;
    range.selectNodeContents(child);
    for (const r of range.getClientRects()) {
      const left = Math.max(r.left, clip.left);
      const top = Math.max(r.top, clip.top);
      const width = Math.min(r.right, clip.right) - left;
      const height = Math.min(r.bottom, clip.bottom) - top;
      if (width >= Math.max(1, r.width / 2) && height >= Math.max(1, r.height / 2)) boxes.push(new DOMRect(left, top, width, height));
    }
  }
  return boxes;
}

/** The frame as painted, decoded to RGBA. */
async function shoot(frame: HTMLIFrameElement): Promise<Shot> {
  await frameDone(frame.contentWindow!);
  const box = frame.getBoundingClientRect();
  const clip = { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
  const base64 = await executeServerCommand<string, typeof clip>('screenshot', clip);
  const img = new Image();
  img.src = `data:image/png;base64,${base64}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(img, 0, 0);
  return { pixels: ctx.getImageData(0, 0, canvas.width, canvas.height).data, width: canvas.width, height: canvas.height, scale: canvas.width / clip.width };
}

/** How the text in `boxes` is painted in `shot`; null when the boxes are not in the picture. */
function look(shot: Shot, boxes: DOMRect[], colors: readonly Rgb[]): Look | null {
  const counts = new Map<number, number>();
  const { pixels, width, height, scale } = shot;
  let inside = 0;
  for (const b of boxes) {
    const x0 = Math.max(0, Math.ceil(b.left * scale));
    const x1 = Math.min(width, Math.floor(b.right * scale));
    const y0 = Math.max(0, Math.ceil(b.top * scale));
    const y1 = Math.min(height, Math.floor(b.bottom * scale));
    for (let y = y0; y < y1; y++) {
      for (let x = x0; x < x1; x++) {
        const i = (y * width + x) * 4;
        const key = (pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2];
        counts.set(key, (counts.get(key) ?? 0) + 1);
        inside++;
      }
    }
  }
  if (inside === 0) return null;
  const rgb = (k: number): Rgb => [(k >> 16) & 255, (k >> 8) & 255, k & 255];
  let bgKey = 0;
  let bgCount = -1;
  for (const [k, c] of counts) if (c > bgCount) [bgKey, bgCount] = [k, c];
  const background = rgb(bgKey);
  let ink = 0;
  let best = 1;
  let inkColor = background;
  const matches = colors.map(() => 0);
  for (const [k, c] of counts) {
    const color = rgb(k);
    colors.forEach((want, i) => {
      if (!far(color, want, TOLERANCE)) matches[i] += c;
    });
    if (!far(color, background, INK)) continue;
    ink += c;
    const r = ratio(color, background);
    if (c >= 2 && r > best) [best, inkColor] = [r, color];
  }
  return { background, ink, matches, contrast: best, inkColor };
}

/** Lets every running transition in the frame reach its midpoint and holds it there: what a visitor reads mid-fade. */
function holdTransitionsHalfway(doc: Document): Animation[] {
  const held = doc.getAnimations().filter((a) => a instanceof CSSTransition && a.playState === 'running');
  for (const a of held) {
    const { duration, delay } = a.effect!.getComputedTiming();
    a.pause();
    a.currentTime = (Number(delay) || 0) + (Number(duration) || 0) / 2;
  }
  return held;
}

async function settleTransitions(doc: Document): Promise<void> {
  for (const a of doc.getAnimations()) if (a instanceof CSSTransition) a.finish();
  await frameDone(doc.defaultView!);
}

const glob = (pattern: string) => new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
const known = async (id: string) => {
  const here = await engine();
  return KNOWN_FAILURES.find((k) => (!k.engines || k.engines.includes(here)) && k.cases.some((c) => glob(c).test(id)));
};
const passingButListed: string[] = [];

/** `it` for one case: a case in KNOWN_FAILURES that fails is reported pending. */
function check(page: string, title: string, body: () => Promise<void> | void) {
  const id = `${page}: ${title}`;
  it(title, async function () {
    const listed = await known(id);
    try {
      await body();
    } catch (error) {
      if (listed) this.skip();
      throw error;
    }
    if (listed) {
      passingButListed.push(id);
      this.skip();
    }
  });
}

/** The innermost elements that stick out past the page's right edge, or whose content does, outside any scroll container. */
function overflowing(doc: Document): string[] {
  const edge = doc.documentElement.clientWidth + 0.5;
  const clipped = (el: Element) => {
    for (let a = el.parentElement; a && a !== doc.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
    return false;
  };
  const out = [...doc.body.querySelectorAll('*')].filter((el) => {
    const r = el.getBoundingClientRect();
    const spills = el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible' && r.left + el.scrollWidth > edge;
    return (r.right > edge || spills) && !clipped(el);
  });
  return out
    .filter((el) => !out.some((o) => o !== el && el.contains(o)))
    .slice(0, 6)
    .map((el) => `${el.localName}${[...el.classList].slice(0, 2).map((c) => `.${c}`).join('')} to ${Math.round(el.getBoundingClientRect().left + Math.max(el.scrollWidth, el.getBoundingClientRect().width))} px`);
}

function fail(problems: string[], what: string) {
  if (problems.length) expect.fail(`${what}:\n  ${problems.slice(0, 12).join('\n  ')}${problems.length > 12 ? `\n  … and ${problems.length - 12} more` : ''}`);
}

// ---------------------------------------------------------------------------

describe('oxu on real pages (test/real-pages)', function () {
  this.timeout(60000);
  let maxHeight = 0;

  before(async () => {
    await setViewport({ width: 1300, height: 4000 });
    document.body.style.margin = '0';
    maxHeight = window.innerHeight;
  });

  after(async () => {
    await setViewport({ width: 800, height: 600 }); // the runner's default, for the test files after this one
    if (passingButListed.length) console.warn(`KNOWN_FAILURES lists cases that now pass; remove them:\n  ${passingButListed.join('\n  ')}`);
  });

  for (const page of PAGES) {
    describe(page, () => {
      let frame: HTMLIFrameElement;
      let w: FrameWindow;
      let doc: Document;
      let items: TextItem[];
      /** Readings per state, taken once and shared by the checks that need them. */
      const looks = new Map<string, Promise<Map<TextItem, Look | null>>>();

      const resize = async (width: number, height: number) => {
        frame.style.width = `${width}px`;
        frame.style.height = `${height}px`;
        await frameDone(w);
      };
      const apply = async (settings: object) => {
        w.Oxu.set(settings);
        doc.documentElement.getBoundingClientRect(); // style and layout now, so transitions start
        await frameDone(w);
      };

      before(async () => {
        localStorage.clear();
        frame = document.createElement('iframe');
        frame.style.cssText = 'border: 0; display: block; position: absolute; top: 0; left: 0; width: 1280px; height: 900px';
        const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
        frame.src = `/test/real-pages/${page}.html`;
        document.body.append(frame);
        await loaded;
        w = win(frame);
        doc = frame.contentDocument!;
        await doc.fonts.ready;
        await frameDone(w);
        items = textItems(doc);
      });

      after(() => {
        frame.remove();
        localStorage.clear();
      });

      /** Shoots the page in `scheme` at a layout; the page's own colours first, each layout once. */
      const readings = (layout: (typeof PAINT_LAYOUTS)[number], scheme: ColorScheme) => {
        const key = `${layout.fontSize} ${layout.width} ${scheme}`;
        if (!looks.has(key)) {
          looks.set(key, (async () => {
            if (scheme === 'default') {
              await apply({ colorScheme: 'default', fontSize: layout.fontSize });
              await settleTransitions(doc);
              await resize(layout.width, 900);
              await resize(layout.width, Math.min(maxHeight, doc.documentElement.scrollHeight));
              await settleTransitions(doc);
            } else {
              await readings(layout, 'default');
              await settleTransitions(doc);
              await apply({ colorScheme: scheme });
            }
            const held = scheme === 'default' ? [] : holdTransitionsHalfway(doc);
            const shot = await shoot(frame);
            for (const a of held) a.finish();
            const colors = scheme === 'default' ? [] : [PALETTES[scheme].text, PALETTES[scheme].link, PALETTES[scheme].visited].map(parseHex);
            // Text that is there but not shown (a closed menu at opacity 0 or visibility: hidden)
            // is not read: its boxes hold whatever is painted behind it.
            const shown = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
            return new Map(items.filter((item) => shown(item.el)).map((item) => [item, look(shot, textBoxes(item.el), colors)]));
          })());
        }
        return looks.get(key)!;
      };

      for (const layout of PAINT_LAYOUTS) {
        const at = `at ${layout.fontSize} % on ${layout.width} px`;
        for (const scheme of SCHEMES) {
          check(page, `text painted in ${scheme} ${at}`, async () => {
            const [original, now] = [await readings(layout, 'default'), await readings(layout, scheme)];
            const problems: string[] = [];
            for (const item of items) {
              const before = original.get(item);
              const after = now.get(item);
              if (!before || before.ink < MIN_PIXELS || !after) continue;
              const bg = after.background;
              const ok = [PALETTES[scheme].text, PALETTES[scheme].link, PALETTES[scheme].visited].some(
                (c, i) => after.matches[i] >= MIN_PIXELS && far(parseHex(c), bg, INK),
              );
              if (!ok) problems.push(`${item.label}: painted ${after.ink ? `${hex(after.inkColor)} on ${hex(bg)}` : `nothing, only ${hex(bg)}`}`);
            }
            fail(problems, `${problems.length} texts not painted in ${scheme}'s colours`);
          });

          check(page, `painted contrast ≥ 7:1 in ${scheme} ${at}`, async () => {
            const [original, now] = [await readings(layout, 'default'), await readings(layout, scheme)];
            const problems: string[] = [];
            for (const item of items) {
              const before = original.get(item);
              const after = now.get(item);
              if (!before || before.ink < MIN_PIXELS || !after) continue;
              if (after.contrast < 7) problems.push(`${item.label}: ${after.contrast.toFixed(2)}:1, ${hex(after.inkColor)} on ${hex(after.background)}`);
            }
            fail(problems, `${problems.length} texts under 7:1`);
          });
        }
      }

      for (const width of WIDTHS) {
        check(page, `text 1.5× at 150 % and 2× at 200 % on ${width} px`, async () => {
          await apply({ colorScheme: 'default', fontSize: 100 });
          await resize(width, 900);
          const base = items.map((i) => parseFloat(getComputedStyle(i.el).fontSize));
          const problems: string[] = [];
          for (const level of LARGER) {
            await apply({ fontSize: level });
            items.forEach((item, n) => {
              const got = parseFloat(getComputedStyle(item.el).fontSize) / base[n];
              if (Math.abs(got - level / 100) > 0.01 * (level / 100)) problems.push(`${level} %: ${item.label} ×${got.toFixed(3)} (${base[n]} px → ${getComputedStyle(item.el).fontSize})`);
            });
          }
          fail(problems, `${problems.length} texts not scaled`);
        });

        for (const level of LARGER) {
          check(page, `no new sideways scroll at ${level} % on ${width} px`, async () => {
            await apply({ colorScheme: 'default', fontSize: 100 });
            await resize(width, 900);
            const root = doc.documentElement;
            const before = root.scrollWidth > root.clientWidth;
            await apply({ fontSize: level });
            if (before || root.scrollWidth <= root.clientWidth) return;
            expect.fail(`scrolls ${root.scrollWidth} px wide in ${root.clientWidth}: ${overflowing(doc).join(', ')}`);
          });
        }
      }
    });
  }
});
