/**
 * Everything oxu does to the host page happens here and nowhere else: the
 * `data-oxu-*` attributes on <html>, and constructed stylesheets adopted by the
 * document and by the open shadow roots of the page's other components. At the
 * default settings none of it is present: the page is exactly as its authors
 * made it.
 */
import schemeCss from './color-schemes.css';
import { rewriteSheet, scaleFontSize, scaleLineHeight, SCALE_PROPERTY, scalingPrelude, unscale } from './font-scaling.js';
import { PALETTES, type ColorScheme } from './schemes.js';
import { settings as pageSettings, type OxuSettings, type SettingsStore } from './store.js';
import { isOxuElement } from '../own-element.js';

const CONNECTED = Symbol.for('oxu.page-effects');

/**
 * Makes the page follow the store from now on, starting with its current
 * value. Idempotent across copies of oxu: the first copy on the page does it.
 */
export function connectPage(store: SettingsStore = pageSettings): void {
  const g = globalThis as Record<symbol, unknown>;
  if (g[CONNECTED] || typeof document === 'undefined') return;
  g[CONNECTED] = true;
  hookShadowRoots();
  apply(store.value);
  store.subscribe(apply);
}

function apply(value: OxuSettings): void {
  applyFontSize(value.fontSize);
  applyColorScheme(value.colorScheme);
}

function setRootAttribute(name: string, value: string | null): void {
  const root = document.documentElement;
  if (value === null) root.removeAttribute(name);
  else if (root.getAttribute(name) !== value) root.setAttribute(name, value);
}

// ---------------------------------------------------------------------------
// Adopted sheets: the document and the page's other open shadow roots
// ---------------------------------------------------------------------------

/** Open shadow roots of the page's components (not oxu's own), held weakly. */
const foreignRoots = new Set<WeakRef<ShadowRoot>>();
const knownRoots = new WeakSet<ShadowRoot>();
const rootListeners = new Set<(root: ShadowRoot) => void>();

function registerRoot(root: ShadowRoot): void {
  if (isOxuElement(root.host) || knownRoots.has(root)) return;
  knownRoots.add(root);
  foreignRoots.add(new WeakRef(root));
  for (const listener of rootListeners) listener(root);
}

/** Live foreign shadow roots; forgets collected ones. */
function liveRoots(): ShadowRoot[] {
  const live: ShadowRoot[] = [];
  for (const ref of foreignRoots) {
    const root = ref.deref();
    if (root) live.push(root);
    else foreignRoots.delete(ref);
  }
  return live;
}

let rootsScanned = false;

/**
 * Records open shadow roots as components create them (a document-adopted sheet
 * does not reach into them), and once, on first need, those created before oxu
 * loaded.
 */
function hookShadowRoots(): void {
  const proto = Element.prototype as Element & { [CONNECTED]?: true };
  if (proto[CONNECTED]) return;
  proto[CONNECTED] = true;
  const attachShadow = proto.attachShadow;
  proto.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    if (init.mode === 'open') registerRoot(root);
    return root;
  };
}

function scanExistingRoots(): void {
  if (rootsScanned) return;
  rootsScanned = true;
  // A live collection read by index: several times faster than iterating querySelectorAll('*').
  const all = document.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const root = all[i].shadowRoot;
    if (root) registerRoot(root);
  }
}

/** Adds or removes `sheet` in the document and every foreign shadow root. */
function adopt(sheet: CSSStyleSheet, on: boolean): void {
  if (on) scanExistingRoots();
  for (const target of [document, ...liveRoots()]) adoptIn(target, sheet, on);
}

function adoptIn(target: DocumentOrShadowRoot, sheet: CSSStyleSheet, on: boolean): void {
  const sheets = target.adoptedStyleSheets;
  const has = sheets.includes(sheet);
  if (on && !has) target.adoptedStyleSheets = [...sheets, sheet];
  else if (!on && has) target.adoptedStyleSheets = sheets.filter((s) => s !== sheet);
}

// ---------------------------------------------------------------------------
// Colour scheme
// ---------------------------------------------------------------------------

let schemeSheet: CSSStyleSheet | null = null;
let currentScheme: ColorScheme = 'default';

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

function applyColorScheme(scheme: ColorScheme): void {
  if (scheme === currentScheme) return;
  currentScheme = scheme;
  setRootAttribute('data-oxu-color-scheme', scheme === 'default' ? null : scheme);
  if (scheme === 'default') {
    if (schemeSheet) adopt(schemeSheet, false);
    return;
  }
  schemeSheet ??= new CSSStyleSheet();
  // One shared sheet: replacing its text recolours every root that adopted it.
  schemeSheet.replaceSync(schemeText(scheme));
  adopt(schemeSheet, true);
}

rootListeners.add((root) => {
  // Components set their own adopted sheets right after attachShadow (Lit assigns
  // the list, dropping anything added before), so join them a microtask later.
  queueMicrotask(() => {
    if (schemeSheet && currentScheme !== 'default') adoptIn(root, schemeSheet, true);
  });
});

/** Relative luminance of a #rrggbb colour (WCAG 2). */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

// ---------------------------------------------------------------------------
// Font size
// ---------------------------------------------------------------------------

let currentLevel = 100;

/** `:root{--oxu-font-scale:1.5}`: the only thing a change between two levels touches. */
let scaleSheet: CSSStyleSheet | null = null;
/**
 * The scaled twin of each page sheet, shared by every root that adopts the
 * source (instances of one component share their sheets), so adding a <style>
 * parses only its own twin. Kept at 100 (held weakly by their source), so that
 * switching scaling on again parses nothing.
 */
const twinSheets = new WeakMap<CSSStyleSheet, CSSStyleSheet>();
const twinText = new WeakMap<CSSStyleSheet, string>();
const preludeSheets = new Map<boolean, CSSStyleSheet>();
const ownFontSheets = new WeakSet<CSSStyleSheet>();
/** Targets scaled since the last activation; replaced (not cleared) at 100. */
let scaledTargets = new WeakSet<Document | ShadowRoot>();
let fontObserver: MutationObserver | null = null;
const dirtyTargets = new Set<Document | ShadowRoot>();
let rebuildQueued = false;
const loadWatched = new WeakSet<Element>();
const warnedSheets = new WeakSet<CSSStyleSheet>();

type InlineProperty = 'font-size' | 'line-height';
const INLINE_PROPERTIES: readonly InlineProperty[] = ['font-size', 'line-height'];
/** Inline values as the page wrote them, restored at 100: [value, priority]. */
const inlineOriginals = new WeakMap<Element, Partial<Record<InlineProperty, readonly [string, string]>>>();
/** Elements whose inline style carries the scale, so 100 restores them without searching the page. */
let inlineScaled = new Set<Element>();
// Every element with a style attribute is a candidate and its parsed style decides:
// substring selectors miss some spellings and cost more than this on large pages.
const INLINE_FONT = '[style]';
const SHEET_OWNERS = 'style,link';

function applyFontSize(level: number): void {
  if (level === currentLevel) return;
  const wasActive = currentLevel !== 100;
  currentLevel = level;
  setRootAttribute('data-oxu-font-size', level === 100 ? null : String(level));
  if (level === 100) {
    if (wasActive) stopScaling();
    return;
  }
  scaleSheet ??= new CSSStyleSheet();
  scaleSheet.replaceSync(`:root{${SCALE_PROPERTY}:${level / 100}}`);
  if (!wasActive) startScaling();
}

/**
 * Synchronous on purpose: loaded in <head> after the site's stylesheets, the
 * first frame must already be scaled.
 */
function startScaling(): void {
  adoptIn(document, scaleSheet!, true);
  fontObserver = new MutationObserver(onFontMutations);
  scanExistingRoots();
  for (const target of [document, ...liveRoots()]) startTarget(target);
}

function stopScaling(): void {
  fontObserver?.disconnect();
  fontObserver = null;
  dirtyTargets.clear();
  restoreInline();
  for (const target of [document, ...liveRoots()]) {
    if (!scaledTargets.has(target)) continue;
    const adopted = target.adoptedStyleSheets;
    if (adopted.some((s) => ownFontSheets.has(s))) target.adoptedStyleSheets = adopted.filter((s) => !ownFontSheets.has(s));
  }
  scaledTargets = new WeakSet();
  adoptIn(document, scaleSheet!, false);
}

function startTarget(target: Document | ShadowRoot): void {
  if (!fontObserver || scaledTargets.has(target)) return;
  scaledTargets.add(target);
  fontObserver.observe(target, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['style', 'rel', 'href', 'media', 'disabled'],
  });
  for (const owner of sheetOwners(target)) watchLoad(owner);
  rebuildFontSheet(target);
  for (const el of target.querySelectorAll(INLINE_FONT)) scaleInline(el);
}

rootListeners.add((root) => {
  // The root's <style> and adopted sheets arrive after attachShadow returns.
  if (fontObserver) queueMicrotask(() => startTarget(root));
});

function isOwnSheet(sheet: CSSStyleSheet): boolean {
  return ownFontSheets.has(sheet) || sheet === scaleSheet || sheet === schemeSheet;
}

function ownSheet(css: string, reuse?: CSSStyleSheet): CSSStyleSheet {
  const sheet = reuse ?? new CSSStyleSheet();
  ownFontSheets.add(sheet);
  if (twinText.get(sheet) !== css) {
    sheet.replaceSync(css);
    twinText.set(sheet, css);
  }
  return sheet;
}

function rebuildFontSheet(target: Document | ShadowRoot): void {
  const isDocument = target === document;
  let prelude = preludeSheets.get(isDocument);
  if (!prelude) preludeSheets.set(isDocument, (prelude = ownSheet(scalingPrelude({ document: isDocument }))));
  const ours = [prelude];
  for (const source of [...target.styleSheets, ...target.adoptedStyleSheets]) {
    if (source.disabled || isOwnSheet(source)) continue;
    const { css, unreadable } = rewriteSheet(source);
    for (const sheet of unreadable) warnUnreadable(sheet);
    if (!css) continue;
    const twin = ownSheet(css, twinSheets.get(source));
    twinSheets.set(source, twin);
    ours.push(twin);
  }
  // Twins win ties only when they come after every sheet of the page, in the page's order.
  const adopted = target.adoptedStyleSheets;
  const next = [...adopted.filter((s) => !ownFontSheets.has(s)), ...ours];
  if (next.length !== adopted.length || next.some((s, i) => s !== adopted[i])) target.adoptedStyleSheets = next;
}

function warnUnreadable(sheet: CSSStyleSheet): void {
  if (warnedSheets.has(sheet)) return;
  warnedSheets.add(sheet);
  console.warn(
    `oxu: cannot read stylesheet ${sheet.href ?? '(no address)'} (cross-origin without CORS): its px font sizes are not scaled. ` +
      'Serve it with CORS and add crossorigin="anonymous", or size text in rem/em.',
  );
}

function markDirty(node: Node): void {
  const root = node.getRootNode();
  const target = root instanceof ShadowRoot ? root : document;
  if (!scaledTargets.has(target)) return;
  dirtyTargets.add(target);
  if (rebuildQueued) return;
  rebuildQueued = true;
  // One rebuild per target per microtask, still before the next paint.
  queueMicrotask(() => {
    rebuildQueued = false;
    const targets = [...dirtyTargets];
    dirtyTargets.clear();
    for (const t of targets) if (fontObserver && scaledTargets.has(t)) rebuildFontSheet(t);
  });
}

/** <style> and <link> elements; the document's live collections are much cheaper than a selector on large pages. */
function sheetOwners(target: Document | ShadowRoot): Iterable<Element> {
  if (target !== document) return target.querySelectorAll(SHEET_OWNERS);
  return [...document.getElementsByTagName('style'), ...document.getElementsByTagName('link')];
}

function isSheetOwner(el: Element): boolean {
  return el.localName === 'style' || (el.localName === 'link' && /(^|\s)stylesheet(\s|$)/i.test(el.getAttribute('rel') ?? ''));
}

/** A <link>'s sheet (and a <style>'s @import) arrives with its load event. */
function watchLoad(owner: Element): void {
  if (loadWatched.has(owner)) return;
  loadWatched.add(owner);
  owner.addEventListener('load', () => {
    if (fontObserver) markDirty(owner);
  });
}

function onFontMutations(records: MutationRecord[]): void {
  for (const record of records) {
    const target = record.target;
    if (record.type === 'attributes') {
      if (record.attributeName === 'style') scaleInline(target as Element);
      else if (isSheetOwner(target as Element)) markDirty(target);
    } else if (record.type === 'characterData') {
      if (target.parentNode?.nodeName.toLowerCase() === 'style') markDirty(target);
    } else if (target.nodeName.toLowerCase() === 'style') {
      markDirty(target);
    } else {
      for (const node of record.addedNodes) if (node instanceof Element) scaleAdded(node);
      for (const node of record.removedNodes) {
        if (node instanceof Element && (isSheetOwner(node) || node.querySelector(SHEET_OWNERS))) markDirty(target);
      }
    }
  }
}

function scaleAdded(el: Element): void {
  if (isSheetOwner(el)) {
    watchLoad(el);
    markDirty(el);
  } else if (el.firstElementChild) {
    const owners = el.querySelectorAll(SHEET_OWNERS);
    for (const owner of owners) watchLoad(owner);
    if (owners.length) markDirty(el);
  }
  if (el.matches(INLINE_FONT)) scaleInline(el);
  if (el.firstElementChild) for (const child of el.querySelectorAll(INLINE_FONT)) scaleInline(child);
  // Declarative shadow roots are attached by the parser, not by attachShadow.
  if (el.shadowRoot) registerRoot(el.shadowRoot);
  if (el.firstElementChild) for (const child of el.querySelectorAll('*')) if (child.shadowRoot) registerRoot(child.shadowRoot);
}

/**
 * Scales an element's inline font-size and line-height once: a value that
 * already carries the scale variable is ours (or a copy of ours) and is left.
 */
function scaleInline(el: Element): void {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  if (!style) return;
  for (const property of INLINE_PROPERTIES) {
    const value = style.getPropertyValue(property);
    if (!value) continue;
    if (value.includes(SCALE_PROPERTY)) {
      inlineScaled.add(el); // a copy of a scaled element, added while active
      continue;
    }
    const next = property === 'font-size' ? scaleFontSize(value, el === document.documentElement) : scaleLineHeight(value);
    if (next === value) continue;
    const priority = style.getPropertyPriority(property);
    inlineOriginals.set(el, { ...inlineOriginals.get(el), [property]: [value, priority] });
    inlineScaled.add(el);
    // setProperty, not setAttribute('style'): a strict CSP blocks the latter.
    style.setProperty(property, next, priority);
  }
}

function restoreInline(): void {
  const scaled = inlineScaled;
  inlineScaled = new Set();
  for (const el of scaled) {
    const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
    if (!style) continue;
    const saved = inlineOriginals.get(el);
    for (const property of INLINE_PROPERTIES) {
      const value = style.getPropertyValue(property);
      if (!value.includes(SCALE_PROPERTY)) continue;
      const original = saved?.[property];
      if (original) style.setProperty(property, original[0], original[1]);
      // A copy of a scaled value (a cloned node): its original is the unscaled text.
      else style.setProperty(property, unscale(value), style.getPropertyPriority(property));
    }
    inlineOriginals.delete(el);
  }
}
