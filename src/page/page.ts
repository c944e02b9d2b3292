/**
 * What every page effect is given: the document, the shadow roots of the
 * page's other components, and the few ways oxu writes to them. Only the
 * modules of src/page/ write to the page, and only through here or their own
 * constructed sheets.
 */
import type { OxuSettings } from '../settings/model.js';
import { ShadowRootRegistry } from './shadow-roots.js';

/** One setting's effect on one page: applied on every change of the settings. */
export interface PageEffect {
  apply(settings: OxuSettings): void;
}

export type Target = Document | ShadowRoot;

/**
 * An effect that keeps watching the page while it is off notes what changes;
 * past this many notes it stops watching and searches the page again at its
 * next start.
 */
export const WATCH_LIMIT = 2000;

export class Page {
  readonly roots: ShadowRootRegistry;
  /** Every sheet oxu made for this page, so no effect takes another's for the page's own. */
  readonly ownSheets = new WeakSet<CSSStyleSheet>();

  constructor(readonly doc: Document) {
    this.roots = new ShadowRootRegistry(doc);
  }

  /** The document and the live shadow roots of the page's other components. */
  targets(): Target[] {
    return [this.doc, ...this.roots.live()];
  }

  /**
   * Runs `work` now; or, while the page is still being parsed (the drop-in in
   * <head>), at the first of the first animation frame and DOMContentLoaded.
   * Both come before the first paint, and the parser is not held up meanwhile.
   * Work that reads the page's stylesheets waits so, and then reads in one pass
   * every sheet the page has by then.
   */
  beforeFirstPaint(work: () => void): void {
    const { doc } = this;
    if (doc.readyState !== 'loading') return work();
    let done = false;
    const run = () => {
      doc.removeEventListener('DOMContentLoaded', run);
      if (done) return;
      done = true;
      work();
    };
    doc.defaultView?.requestAnimationFrame(run);
    doc.addEventListener('DOMContentLoaded', run);
  }

  setRootAttribute(name: string, value: string | null): void {
    const root = this.doc.documentElement;
    if (value === null) root.removeAttribute(name);
    else if (root.getAttribute(name) !== value) root.setAttribute(name, value);
  }

  /** Adds or removes `sheet` in the document and every foreign shadow root. */
  adopt(sheet: CSSStyleSheet, on: boolean): void {
    if (on) this.roots.need();
    for (const target of this.targets()) adoptIn(target, sheet, on);
  }

  /**
   * A sheet holding `css`: `sheet` itself while some document or shadow root
   * adopts it (so every root sharing it follows), otherwise a new sheet.
   */
  writeSheet(css: string, sheet: CSSStyleSheet | null, adopted: boolean): CSSStyleSheet {
    // WebKit keeps stale cssRules when a sheet nobody adopts is replaced (and hands the new rules to the next sheet built from the old text).
    if (sheet && adopted) {
      sheet.replaceSync(css);
      return sheet;
    }
    const fresh = new (this.doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    fresh.replaceSync(css);
    this.ownSheets.add(fresh);
    return fresh;
  }
}

/** Adds or removes `sheet` in one document or shadow root, writing only on a change. */
export function adoptIn(target: Target, sheet: CSSStyleSheet, on: boolean): void {
  const sheets = target.adoptedStyleSheets;
  const has = sheets.includes(sheet);
  if (on && !has) target.adoptedStyleSheets = [...sheets, sheet];
  else if (!on && has) target.adoptedStyleSheets = sheets.filter((s) => s !== sheet);
}
