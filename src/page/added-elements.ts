/**
 * What only script can do to the page (pause a video, freeze a GIF, put an
 * image's text in its place), done to the elements of some kinds that exist
 * and to those added later, in the document and the page's other open shadow
 * roots. Observed only between `start()` and `stop()`, so an effect that is
 * off costs the page nothing. Each call is for one matching element; the
 * cost is the matching elements, not the page's size.
 */
import type { Page, Target } from './page.js';

export interface AddedHandlers {
  /** An element matching the selector, found now or added later (once per insertion). */
  found(el: Element): void;
  /** A matching element taken out of the page. */
  removed?(el: Element): void;
  /** One of `attributes` changed on a matching element. */
  changed?(el: Element): void;
}

export class AddedElements {
  private _observer: MutationObserver | null = null;
  private _observed = new WeakSet<Target>();

  constructor(
    private readonly _page: Page,
    private readonly _selector: string,
    private readonly _handlers: AddedHandlers,
    private readonly _attributes: readonly string[] = [],
  ) {
    _page.roots.onRoot((root) => {
      // The component fills its root after attachShadow returns.
      queueMicrotask(() => {
        if (this._observer) this._startTarget(root);
      });
    });
  }

  get active(): boolean {
    return this._observer !== null;
  }

  start(): void {
    if (this._observer) return;
    this._observer = new MutationObserver((records) => this._onMutations(records));
    this._page.roots.need();
    for (const target of this._page.targets()) this._startTarget(target);
  }

  stop(): void {
    this._observer?.disconnect();
    this._observer = null;
    this._observed = new WeakSet();
  }

  /** The matching elements now in the page. */
  *current(): Iterable<Element> {
    for (const target of this._page.targets()) yield* target.querySelectorAll(this._selector);
  }

  private _startTarget(target: Target): void {
    if (!this._observer || this._observed.has(target)) return;
    this._observed.add(target);
    const init: MutationObserverInit = { subtree: true, childList: true };
    if (this._attributes.length) {
      init.attributes = true;
      init.attributeFilter = [...this._attributes];
    }
    this._observer.observe(target, init);
    for (const el of target.querySelectorAll(this._selector)) this._handlers.found(el);
  }

  // nodeType, not instanceof: the page may be another realm's (an iframe's) document.
  private _each(node: Node, visit: (el: Element) => void): void {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.matches(this._selector)) visit(el);
    if (el.firstElementChild) for (const child of el.querySelectorAll(this._selector)) visit(child);
  }

  private _onMutations(records: MutationRecord[]): void {
    const { found, removed, changed } = this._handlers;
    for (const record of records) {
      if (record.type === 'attributes') {
        const el = record.target as Element;
        if (el.matches(this._selector)) changed?.(el);
        continue;
      }
      if (removed) for (const node of record.removedNodes) if (!node.isConnected) this._each(node, removed);
      for (const node of record.addedNodes) if (node.isConnected) this._each(node, found);
    }
  }
}
