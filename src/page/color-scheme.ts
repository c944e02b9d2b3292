/**
 * The `colorScheme` setting on the page: `<html data-oxu-color-scheme>` and
 * one sheet, the scheme's palette as custom properties followed by
 * color-scheme.css, adopted by the document and the page's other shadow roots;
 * beside it, per document or root, the twins of the page's pseudo-element
 * backgrounds (scheme-layers.ts), kept current as the page's sheets change.
 * See docs/decisions/003-colour-schemes.md and 010-scheme-layers.md.
 */
import schemeCss from './color-scheme.css';
import type { OxuSettings } from '../settings/model.js';
import { PALETTES, type ColorScheme } from '../settings/schemes.js';
import { adoptIn, type Page, type PageEffect, type Target } from './page.js';
import { rewriteLayers } from './scheme-layers.js';

/** Held for the moment of a switch, so the page's own transitions do not fade the new colours in. */
const STILL = '*,*::before,*::after,*::marker{transition:none !important}';

export function colorSchemeEffect(page: Page): PageEffect {
  let sheet: CSSStyleSheet | null = null;
  let current: ColorScheme = 'default';
  let still: CSSStyleSheet | null = null;
  const layers = new SchemeLayers(page);

  page.roots.onRoot((root) => {
    // Components set their own adopted sheets right after attachShadow (Lit assigns
    // the list, dropping anything added before), so join them a microtask later.
    queueMicrotask(() => {
      if (!sheet || current === 'default') return;
      adoptIn(root, sheet, true);
      layers.start(root);
    });
  });

  return {
    apply({ colorScheme }: OxuSettings): void {
      if (colorScheme === current) return;
      current = colorScheme;
      // A transition starts when a style change sees a new colour: let that one style
      // change happen with transitions off, then give the page its transitions back.
      // Before <body> exists nothing has been styled yet, so nothing can transition.
      const styled = page.doc.body !== null;
      if (styled) page.adopt((still ??= page.writeSheet(STILL, null, false)), true);
      page.setRootAttribute('data-oxu-color-scheme', colorScheme === 'default' ? null : colorScheme);
      if (colorScheme === 'default') {
        if (sheet) page.adopt(sheet, false);
        layers.stop();
      } else {
        // One shared sheet: replacing its text recolours every root that adopted it.
        const previous = sheet;
        sheet = page.writeSheet(schemeText(colorScheme), previous, previous !== null && page.doc.adoptedStyleSheets.includes(previous));
        if (previous && previous !== sheet) page.adopt(previous, false);
        page.adopt(sheet, true);
        // The layers read the page's sheets: in <head>, at the first frame.
        page.beforeFirstPaint(() => {
          if (current !== 'default') layers.startAll();
        });
      }
      if (!styled) return;
      const view = page.doc.defaultView;
      if (view) void view.getComputedStyle(page.doc.documentElement).color; // that style change, now
      page.adopt(still!, false);
    },
  };
}

/**
 * Per document or shadow root, one sheet of background twins for its
 * pseudo-elements, adopted after the scheme's sheet while a scheme is on and
 * rebuilt when the root's sheets change.
 */
class SchemeLayers {
  private readonly _sheets = new WeakMap<Target, CSSStyleSheet>();
  private _active = new Set<Target>();
  private _observer: MutationObserver | null = null;
  private readonly _dirty = new Set<Target>();
  private _onLoad: ((event: Event) => void) | null = null;

  constructor(private readonly _page: Page) {}

  startAll(): void {
    for (const target of this._page.targets()) this.start(target);
  }

  start(target: Target): void {
    if (!this._observer) {
      this._observer = new MutationObserver((records) => {
        for (const record of records) if (touchesSheets(record)) this._markDirty(record.target);
      });
      // A <link>'s sheet arrives with its load event, which reaches the document in the capture phase.
      this._onLoad = (event) => {
        const el = event.target as Element;
        if (el.localName === 'link' || el.localName === 'style') this._markDirty(el);
      };
      this._page.doc.addEventListener('load', this._onLoad, true);
    }
    if (!this._active.has(target)) {
      this._active.add(target);
      this._observer.observe(target, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['rel', 'href', 'media', 'disabled'] });
    }
    this._build(target);
  }

  stop(): void {
    this._observer?.disconnect();
    this._observer = null;
    if (this._onLoad) this._page.doc.removeEventListener('load', this._onLoad, true);
    this._onLoad = null;
    this._dirty.clear();
    for (const target of this._active) {
      const sheet = this._sheets.get(target);
      if (sheet) adoptIn(target, sheet, false);
    }
    this._active = new Set();
  }

  private _build(target: Target): void {
    let css = '';
    for (const source of [...target.styleSheets, ...target.adoptedStyleSheets]) {
      if (!source.disabled && !this._page.ownSheets.has(source)) css += rewriteLayers(source);
    }
    const previous = this._sheets.get(target) ?? null;
    const adopted = previous !== null && target.adoptedStyleSheets.includes(previous);
    if (!css) {
      // Nothing of the page's to fill again: no sheet at all.
      if (adopted) adoptIn(target, previous, false);
      return;
    }
    const sheet = this._page.writeSheet(css, previous, adopted);
    this._sheets.set(target, sheet);
    if (previous && previous !== sheet) adoptIn(target, previous, false);
    adoptIn(target, sheet, true);
  }

  private _markDirty(node: Node): void {
    const root = node.getRootNode();
    const target = root instanceof (this._page.doc.defaultView?.ShadowRoot ?? ShadowRoot) ? root : this._page.doc;
    if (!this._active.has(target)) return;
    const first = this._dirty.size === 0;
    this._dirty.add(target);
    // One rebuild per root per microtask, still before the next paint.
    if (first) {
      queueMicrotask(() => {
        const targets = [...this._dirty];
        this._dirty.clear();
        for (const t of targets) if (this._active.has(t)) this._build(t);
      });
    }
  }
}

function touchesSheets(record: MutationRecord): boolean {
  const isOwner = (node: Node) => node.nodeName === 'STYLE' || node.nodeName === 'LINK' || node.nodeName === 'style' || node.nodeName === 'link';
  if (record.type === 'characterData') return record.target.parentNode !== null && isOwner(record.target.parentNode);
  if (record.type === 'attributes') return isOwner(record.target);
  if (isOwner(record.target)) return true;
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of list) if (isOwner(node) || (node instanceof Element && node.querySelector('style,link'))) return true;
  }
  return false;
}

function schemeText(scheme: Exclude<ColorScheme, 'default'>): string {
  const p = PALETTES[scheme];
  const dark = luminance(p.background) < 0.2;
  return (
    `:root{--oxu-scheme-text:${p.text};--oxu-scheme-background:${p.background};` +
    `--oxu-scheme-link:${p.link};--oxu-scheme-visited:${p.visited};--oxu-scheme-focus:${p.focus};` +
    `--oxu-scheme-color-scheme:${dark ? 'dark' : 'light'}}` +
    schemeCss
  );
}

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
