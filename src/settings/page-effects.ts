/**
 * Everything oxu does to the host page happens here and nowhere else: the
 * `data-oxu-*` attributes on <html>, and constructed stylesheets adopted by the
 * document and by the open shadow roots of the page's other components. At the
 * default settings none of it is present: the page is exactly as its authors
 * made it.
 */
import schemeCss from './color-schemes.css';
import { PALETTES, type ColorScheme } from './schemes.js';
import { settings as pageSettings, type OxuSettings, type SettingsStore } from './store.js';

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

/** Whether the operating system forces its own colours (Windows High Contrast and the like). */
export function forcedColorsActive(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(forced-colors: active)').matches;
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

function isOwnHost(host: Element): boolean {
  return host.localName.startsWith('oxu-');
}

function registerRoot(root: ShadowRoot): void {
  if (isOwnHost(root.host) || knownRoots.has(root)) return;
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
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) registerRoot(el.shadowRoot);
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
  if (schemeSheet && currentScheme !== 'default') adoptIn(root, schemeSheet, true);
});

/** Relative luminance of a #rrggbb colour (WCAG 2). */
export function luminance(hex: string): number {
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

function applyFontSize(level: number): void {
  if (level === currentLevel) return;
  currentLevel = level;
  setRootAttribute('data-oxu-font-size', level === 100 ? null : String(level));
  // Scaling of the page's text: see font-scaling.ts.
}
