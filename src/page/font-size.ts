/**
 * The `fontSize` setting on the page: `<html data-oxu-font-size>`, one sheet
 * with the scale (`:root{--oxu-font-scale:1.5}`), and per document or shadow
 * root the scaled twins of its sheets (font-rewrite.ts) after its own, kept
 * current as the page changes. Inline sizes are scaled in place
 * (font-inline.ts). See docs/decisions/001-font-scaling.md.
 *
 * The same twins carry what three other settings need from the page's own
 * rules, so the rewrite also runs while any of them is on: line heights
 * raised to the line-spacing minimum, icon and monospace faces kept under the
 * typeface setting, and a plain background where a hidden background image
 * was (docs/decisions/005-reading-settings.md).
 */
import type { OxuSettings } from '../settings/model.js';
import type { RuleOptions } from './font-rewrite.js';
import { INLINE_FONT, InlineSizes } from './font-inline.js';
import { measureControlSizes, type ControlSizes } from './font-controls.js';
import { rewriteSheet, scalingPrelude } from './font-rewrite.js';
import { SCALE_PROPERTY } from './font-values.js';
import { adoptIn, WATCH_LIMIT, type Page, type PageEffect, type Target } from './page.js';

const SHEET_OWNERS = 'style,link';
const OBSERVED: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['style', 'rel', 'href', 'media', 'disabled'],
};

export function fontSizeEffect(page: Page): PageEffect {
  return new FontSizeEffect(page);
}

const optionsKey = (o: RuleOptions) => `${o.keepFaces ? 'f' : ''}${o.clearBackgrounds ? 'b' : ''}`;

class FontSizeEffect implements PageEffect {
  private _level = 100;
  /** Whether the rewrite runs: text scaled, or another setting needs the twins. */
  private _active = false;
  private _options: RuleOptions = {};
  /** `:root{--oxu-font-scale:1.5}`: the only thing a change between two levels touches. */
  private _scaleSheet: CSSStyleSheet | null = null;
  /**
   * The scaled twin of each page sheet, shared by every root that adopts the
   * source (instances of one component share their sheets), so adding a <style>
   * parses only its own twin. Kept at 100 (held weakly by their source), so that
   * switching scaling on again parses nothing.
   */
  private readonly _twins = new WeakMap<CSSStyleSheet, CSSStyleSheet>();
  private readonly _twinText = new WeakMap<CSSStyleSheet, string>();
  private readonly _preludes = new Map<boolean, CSSStyleSheet>();
  /** Twins and preludes: what a rebuild replaces in a root's adopted sheets. */
  private readonly _ownFontSheets = new WeakSet<CSSStyleSheet>();
  /** Targets scaled since the last activation; replaced (not cleared) at 100. */
  private _scaled = new WeakSet<Target>();
  /** Whether the rewrite is on the page (it starts at the first frame when asked for in <head>). */
  private _running = false;
  /**
   * Watches the targets from the first start on, also at 100, so that starting
   * again visits what changed meanwhile, not the whole page (`_watched`).
   */
  private _observer: MutationObserver | null = null;
  /** Targets watched since their inline sizes were last searched for. */
  private _watched = new WeakSet<Target>();
  /** While the rewrite is off: elements whose style attribute changed, and elements added. */
  private readonly _restyled = new Set<Element>();
  private readonly _added = new Set<Element>();
  private readonly _dirty = new Set<Target>();
  private _rebuildQueued = false;
  private readonly _warned = new WeakSet<CSSStyleSheet>();
  private readonly _inline: InlineSizes;
  /** Measured once, when scaling first starts. */
  private _controls: ControlSizes | null = null;

  constructor(private readonly _page: Page) {
    this._inline = new InlineSizes(_page.doc);
    _page.roots.onRoot((root) => {
      // The root's <style> and adopted sheets arrive after attachShadow returns.
      if (this._running) queueMicrotask(() => this._startTarget(root));
    });
  }

  apply(settings: OxuSettings): void {
    const level = settings.fontSize;
    const options: RuleOptions = { keepFaces: settings.fontFamily !== 'default', clearBackgrounds: settings.images === 'hidden' };
    const active = level !== 100 || settings.lineSpacing !== 'default' || !!options.keepFaces || !!options.clearBackgrounds;
    const optionsChanged = optionsKey(options) !== optionsKey(this._options);
    const levelChanged = level !== this._level;
    if (!levelChanged && !optionsChanged && active === this._active) return;
    const wasActive = this._active;
    this._level = level;
    this._options = options;
    this._active = active;
    this._page.setRootAttribute('data-oxu-font-size', level === 100 ? null : String(level));
    if (!active) {
      if (wasActive) this._stop();
      return;
    }
    const { doc } = this._page;
    const previous = this._scaleSheet;
    if (!previous || levelChanged || !wasActive) {
      const adopted = previous !== null && doc.adoptedStyleSheets.includes(previous);
      this._scaleSheet = this._page.writeSheet(`:root{${SCALE_PROPERTY}:${level / 100}}`, previous, adopted);
    }
    if (!wasActive) return this._start();
    if (this._scaleSheet !== previous) adoptIn(doc, this._scaleSheet!, true); // the page had dropped ours
    if (optionsChanged) for (const target of this._page.targets()) if (this._scaled.has(target)) this._rebuild(target);
  }

  /**
   * After the page has loaded, synchronous: the next frame is scaled, and a
   * script that reads a size right after `Oxu.set()` reads the new one. While
   * the page is being parsed (the drop-in in <head> with a saved size), the
   * rewrite waits for the first frame (`Page.beforeFirstPaint`).
   */
  private _start(): void {
    this._page.roots.need();
    // Still wanted, and not started meanwhile.
    this._page.beforeFirstPaint(() => {
      if (this._active && !this._running) this._startNow();
    });
  }

  private _startNow(): void {
    const { doc } = this._page;
    // Before any sheet of ours is adopted and before the observer exists: the probe is seen by nothing of oxu's.
    this._controls ??= measureControlSizes(doc);
    adoptIn(doc, this._scaleSheet!, true);
    this._running = true;
    const observer = (this._observer ??= new MutationObserver((records) => this._onMutations(records)));
    // Since the last stop: the inline sizes put back then, and what changed meanwhile.
    this._whileOff(observer.takeRecords());
    this._inline.rescale();
    for (const el of this._restyled) if (el.isConnected) this._inline.scale(el);
    for (const el of this._added) if (el.isConnected) this._scaleAdded(el);
    this._restyled.clear();
    this._added.clear();
    for (const target of this._page.targets()) this._startTarget(target);
  }

  /**
   * Stops the rewrite and keeps watching: a page that changes a lot meanwhile
   * is simply searched again at the next start.
   */
  private _stop(): void {
    const observer = this._observer;
    if (observer) this._onMutations(observer.takeRecords()); // the page's last changes, while still running
    this._running = false;
    this._dirty.clear();
    this._inline.restore();
    observer?.takeRecords(); // the restore's own writes
    for (const target of this._page.targets()) {
      target.removeEventListener('load', this._onLoad, true);
      if (!this._scaled.has(target)) continue;
      const adopted = target.adoptedStyleSheets;
      if (adopted.some((s) => this._ownFontSheets.has(s))) target.adoptedStyleSheets = adopted.filter((s) => !this._ownFontSheets.has(s));
    }
    this._scaled = new WeakSet();
    adoptIn(this._page.doc, this._scaleSheet!, false);
  }

  private _startTarget(target: Target): void {
    if (!this._running || this._scaled.has(target)) return;
    this._scaled.add(target);
    // A <link>'s sheet (and a <style>'s @import) arrives with its load event, which does not
    // bubble but is seen on the way down: one listener per root, no search for the owners.
    target.addEventListener('load', this._onLoad, true);
    this._rebuild(target);
    if (this._watched.has(target)) return;
    this._watched.add(target);
    this._observer!.observe(target, OBSERVED);
    for (const el of target.querySelectorAll(INLINE_FONT)) this._inline.scale(el);
  }

  /** While the rewrite is off, what it will have to look at when it starts again. */
  private _whileOff(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'attributes' && record.attributeName === 'style') this._restyled.add(record.target as Element);
      else if (record.type === 'childList') for (const node of record.addedNodes) if (node instanceof Element) this._added.add(node);
    }
    if (this._restyled.size + this._added.size <= WATCH_LIMIT) return;
    this._observer!.disconnect();
    this._watched = new WeakSet();
    this._restyled.clear();
    this._added.clear();
  }

  /** `reuse` when it holds `css` already or `target` adopts it, else a new sheet. */
  private _ownSheet(css: string, target: Target, reuse?: CSSStyleSheet): CSSStyleSheet {
    if (reuse && this._twinText.get(reuse) === css) return reuse;
    const sheet = this._page.writeSheet(css, reuse ?? null, reuse !== undefined && target.adoptedStyleSheets.includes(reuse));
    this._ownFontSheets.add(sheet);
    this._twinText.set(sheet, css);
    return sheet;
  }

  private _rebuild(target: Target): void {
    const isDocument = target === this._page.doc;
    let prelude = this._preludes.get(isDocument);
    if (!prelude) this._preludes.set(isDocument, (prelude = this._ownSheet(scalingPrelude({ document: isDocument, controls: this._controls ?? undefined }), target)));
    const ours = [prelude];
    for (const source of [...target.styleSheets, ...target.adoptedStyleSheets]) {
      if (source.disabled || this._page.ownSheets.has(source)) continue;
      const { css, unreadable } = rewriteSheet(source, this._options);
      for (const sheet of unreadable) this._warnUnreadable(sheet);
      if (!css) continue;
      const twin = this._ownSheet(css, target, this._twins.get(source));
      this._twins.set(source, twin);
      ours.push(twin);
    }
    // Twins win ties only when they come after every sheet of the page, in the page's order.
    const adopted = target.adoptedStyleSheets;
    const next = [...adopted.filter((s) => !this._ownFontSheets.has(s)), ...ours];
    if (next.length !== adopted.length || next.some((s, i) => s !== adopted[i])) target.adoptedStyleSheets = next;
  }

  private _warnUnreadable(sheet: CSSStyleSheet): void {
    if (this._warned.has(sheet)) return;
    this._warned.add(sheet);
    console.warn(
      `oxu: cannot read stylesheet ${sheet.href ?? '(no address)'} (cross-origin without CORS): its px font sizes are not scaled. ` +
        'Serve it with CORS and add crossorigin="anonymous", or size text in rem/em.',
    );
  }

  private _markDirty(node: Node): void {
    const root = node.getRootNode();
    const target = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root ? (root as ShadowRoot) : this._page.doc;
    if (!this._scaled.has(target)) return;
    this._dirty.add(target);
    if (this._rebuildQueued) return;
    this._rebuildQueued = true;
    // One rebuild per target per microtask, still before the next paint.
    queueMicrotask(() => {
      this._rebuildQueued = false;
      const targets = [...this._dirty];
      this._dirty.clear();
      for (const t of targets) if (this._running && this._scaled.has(t)) this._rebuild(t);
    });
  }

  private readonly _onLoad = (event: Event): void => {
    const owner = event.target;
    if (this._running && (owner as Node | null)?.nodeType === Node.ELEMENT_NODE && isSheetOwner(owner as Element)) this._markDirty(owner as Element);
  };

  private _onMutations(records: MutationRecord[]): void {
    if (!this._running) return this._whileOff(records);
    for (const record of records) {
      const target = record.target;
      if (record.type === 'attributes') {
        if (record.attributeName === 'style') this._inline.scale(target as Element);
        else if (isSheetOwner(target as Element)) this._markDirty(target);
      } else if (record.type === 'characterData') {
        if (target.parentNode?.nodeName.toLowerCase() === 'style') this._markDirty(target);
      } else if (target.nodeName.toLowerCase() === 'style') {
        this._markDirty(target);
      } else {
        for (const node of record.addedNodes) if (node instanceof Element) this._scaleAdded(node);
        for (const node of record.removedNodes) {
          if (node instanceof Element && (isSheetOwner(node) || node.querySelector(SHEET_OWNERS))) this._markDirty(target);
        }
      }
    }
  }

  private _scaleAdded(el: Element): void {
    if (isSheetOwner(el) || (el.firstElementChild && el.querySelector(SHEET_OWNERS))) this._markDirty(el);
    if (el.matches(INLINE_FONT)) this._inline.scale(el);
    if (el.firstElementChild) for (const child of el.querySelectorAll(INLINE_FONT)) this._inline.scale(child);
    // Declarative shadow roots are attached by the parser, not by attachShadow.
    const { roots } = this._page;
    if (el.shadowRoot) roots.register(el.shadowRoot);
    if (el.firstElementChild) for (const child of el.querySelectorAll('*')) if (child.shadowRoot) roots.register(child.shadowRoot);
  }
}

function isSheetOwner(el: Element): boolean {
  return el.localName === 'style' || (el.localName === 'link' && /(^|\s)stylesheet(\s|$)/i.test(el.getAttribute('rel') ?? ''));
}
