/**
 * What only script can do to the page (pause a video, freeze a GIF, put an
 * image's text in its place), done to the elements of some kinds that exist
 * and to those added later, in the document and the page's other open shadow
 * roots. Nothing is watched before the first `start()`, so an effect never
 * switched on costs the page nothing. After it, the page stays watched while
 * stopped, only noting what was added, so that starting again visits the
 * elements found before and what was added since, not the whole page. Each
 * call is for one matching element; the cost is the matching elements, not
 * the page's size.
 */
import { WATCH_LIMIT, type Page, type Target } from './page.js';

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
  private _active = false;
  /** Targets watched since they were last searched. */
  private _observed = new WeakSet<Target>();
  /** The matching elements found (and not seen leaving): found again at the next start without a search. */
  private readonly _known = new Set<Element>();
  /** While stopped: nodes added to watched targets, searched at the next start. */
  private readonly _added = new Set<Node>();
  /** The selector list one selector at a time: a query for one tag name is several times faster than for a list. */
  private readonly _parts: readonly string[];

  constructor(
    private readonly _page: Page,
    private readonly _selector: string,
    private readonly _handlers: AddedHandlers,
    private readonly _attributes: readonly string[] = [],
  ) {
    this._parts = _selector.split(',');
    _page.roots.onRoot((root) => {
      // The component fills its root after attachShadow returns.
      queueMicrotask(() => this._startTarget(root));
    });
  }

  get active(): boolean {
    return this._active;
  }

  start(): void {
    if (this._active) return;
    this._active = true;
    this._page.roots.need();
    const observer = (this._observer ??= new MutationObserver((records) => this._onMutations(records)));
    this._whileStopped(observer.takeRecords());
    // Each element once: one found before may also be in what was added, or in a root searched now.
    const seen = new Set<Element>();
    const visit = (el: Element) => {
      if (seen.has(el)) return;
      seen.add(el);
      this._found(el);
    };
    const known = [...this._known];
    this._known.clear();
    for (const el of known) if (el.isConnected) visit(el);
    for (const node of this._added) if (node.isConnected) this._each(node, visit);
    this._added.clear();
    for (const target of this._page.targets()) this._startTarget(target, visit);
  }

  stop(): void {
    if (!this._active) return;
    this._onMutations(this._observer!.takeRecords()); // the page's last changes, while still active
    this._active = false;
  }

  private readonly _found = (el: Element): void => {
    this._known.add(el);
    this._handlers.found(el);
  };

  private readonly _removed = (el: Element): void => {
    if (!this._known.delete(el)) return;
    this._handlers.removed?.(el);
  };

  private _startTarget(target: Target, visit = this._found): void {
    if (!this._active || this._observed.has(target)) return;
    this._observed.add(target);
    const init: MutationObserverInit = { subtree: true, childList: true };
    if (this._attributes.length) {
      init.attributes = true;
      init.attributeFilter = [...this._attributes];
    }
    this._observer!.observe(target, init);
    this._search(target, visit);
  }

  private _search(root: ParentNode, visit: (el: Element) => void): void {
    for (const part of this._parts) for (const el of root.querySelectorAll(part)) visit(el);
  }

  // nodeType, not instanceof: the page may be another realm's (an iframe's) document.
  private _each(node: Node, visit: (el: Element) => void): void {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.matches(this._selector)) visit(el);
    if (el.firstElementChild) this._search(el, visit);
  }

  /** While stopped, only what was added is noted; a page that adds a lot meanwhile is searched again at the next start. */
  private _whileStopped(records: MutationRecord[]): void {
    for (const record of records) for (const node of record.addedNodes) this._added.add(node);
    if (this._added.size <= WATCH_LIMIT) return;
    this._observer!.disconnect();
    this._observed = new WeakSet();
    this._added.clear();
  }

  private _onMutations(records: MutationRecord[]): void {
    if (!this._active) return this._whileStopped(records);
    const { changed } = this._handlers;
    for (const record of records) {
      if (record.type === 'attributes') {
        const el = record.target as Element;
        if (el.matches(this._selector)) changed?.(el);
        continue;
      }
      for (const node of record.removedNodes) if (!node.isConnected) this._each(node, this._removed);
      for (const node of record.addedNodes) if (node.isConnected) this._each(node, this._found);
    }
  }
}
