/**
 * Inline `font-size` and `line-height` (style attributes) under text scaling
 * or line spacing: scaled (and line heights floored) in place, and put back
 * exactly as the page wrote them when both are off.
 */
import { floorLineHeight, LINE_MIN_PROPERTY, SCALE_PROPERTY, scaleFontSize, unscale } from './font-values.js';

const ours = (value: string) => value.includes(SCALE_PROPERTY) || value.includes(LINE_MIN_PROPERTY);

type InlineProperty = 'font-size' | 'line-height';
const INLINE_PROPERTIES: readonly InlineProperty[] = ['font-size', 'line-height'];

// Every element with a style attribute is a candidate and its parsed style decides:
// substring selectors miss some spellings and cost more than this on large pages.
export const INLINE_FONT = '[style]';

export class InlineSizes {
  /** Inline values as the page wrote them, restored at 100: [value, priority]. */
  private readonly _originals = new WeakMap<Element, Partial<Record<InlineProperty, readonly [string, string]>>>();
  /** Elements whose inline style carries the scale, so 100 restores them without searching the page. */
  private _scaled = new Set<Element>();
  /** Those put back at the last restore, so the next start scales them again without a search. */
  private _restored = new Set<Element>();

  constructor(private readonly _doc: Document) {}

  /**
   * Scales an element's inline font-size and line-height once: a value that
   * already carries the scale variable is ours (or a copy of ours) and is left.
   */
  scale(el: Element): void {
    const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (!style) return;
    for (const property of INLINE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (!value) continue;
      if (ours(value)) {
        this._scaled.add(el); // a copy of a scaled element, added while active
        continue;
      }
      const next = property === 'font-size' ? scaleFontSize(value, el === this._doc.documentElement) : floorLineHeight(value);
      if (next === value) continue;
      const priority = style.getPropertyPriority(property);
      this._originals.set(el, { ...this._originals.get(el), [property]: [value, priority] });
      this._scaled.add(el);
      // setProperty, not setAttribute('style'): a strict CSP blocks the latter.
      style.setProperty(property, next, priority);
    }
  }

  /** Scales again what the last restore put back (those still in the page). */
  rescale(): void {
    const restored = this._restored;
    this._restored = new Set();
    for (const el of restored) if (el.isConnected) this.scale(el);
  }

  restore(): void {
    const scaled = this._scaled;
    this._scaled = new Set();
    this._restored = scaled;
    for (const el of scaled) {
      const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
      if (!style) continue;
      const saved = this._originals.get(el);
      for (const property of INLINE_PROPERTIES) {
        const value = style.getPropertyValue(property);
        if (!ours(value)) continue;
        const original = saved?.[property];
        if (original) style.setProperty(property, original[0], original[1]);
        // A copy of a scaled value (a cloned node): its original is the unscaled text.
        else style.setProperty(property, unscale(value), style.getPropertyPriority(property));
      }
      this._originals.delete(el);
    }
  }
}
