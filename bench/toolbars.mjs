// What is measured: oxu, the open-source toolbars, and two references.
//
// Each entry says how a webmaster adds it (head/body snippets, following its
// README, scripts in <head> and initialised when its README says), how a
// visitor's saved "bigger text" is stored, and how one visitor step of "text
// bigger" and a contrast mode are triggered in the page (its own API where it
// has one, otherwise a click on its own control, read from its source).
//
// Page-side expressions run inside the page: `ready` must become truthy once
// the toolbar is initialised; `setup` prepares the state before a step (e.g.
// opening a menu); `step` is one visitor action (synchronous, as the toolbar's
// own click handler is); `contrast` switches a contrast mode.

const BVI_COOKIES = {
  target: '.bvi-open',
  theme: 'white',
  images: 'grayscale',
  letterSpacing: 'normal',
  lineHeight: 'normal',
  speech: 'true',
  fontFamily: 'arial',
  builtElements: 'false',
  panelFixed: 'true',
  panelHide: 'false',
  reload: 'false',
  lang: 'ru-RU',
  panelActive: 'true',
};
const bviCookies = (fontSize) => Object.entries({ ...BVI_COOKIES, fontSize: String(fontSize) }).map(([k, v]) => ({ name: `bvi_${k}`, value: v }));

export const TOOLBARS = [
  {
    id: 'oxu',
    label: 'oxu',
    pkg: null, // version from the project's package.json
    files: ['dist/oxu.min.js'],
    urls: ['/dist/oxu.min.js'],
    head: '<script src="/dist/oxu.min.js"></script>',
    bodyStart: '<oxu-a11y-bar></oxu-a11y-bar>',
    saved: { localStorage: { 'oxu:settings': JSON.stringify({ v: 1, fontSize: 150, colorScheme: 'default' }) } },
    ready: `!!window.Oxu`,
    step: `Oxu.set({ fontSize: 150 })`,
    undo: `Oxu.set({ fontSize: 100 })`,
    stepLabel: '100 → 150 % (one level)',
    contrast: `Oxu.set({ colorScheme: 'white-on-black' })`,
  },
  {
    id: 'sienna',
    label: 'sienna-accessibility',
    pkg: 'sienna-accessibility',
    files: ['node_modules/sienna-accessibility/dist/sienna-accessibility.umd.js'],
    urls: ['/peer/sienna-accessibility/dist/sienna-accessibility.umd.js'],
    head: '<script src="/peer/sienna-accessibility/dist/sienna-accessibility.umd.js"></script>',
    saved: { localStorage: { 'asw-user-settings': JSON.stringify({ states: { fontSize: 1.5 } }) } },
    ready: `!!document.querySelector('.asw-menu-btn')`,
    // The +/- buttons live in the menu, built when the menu opens.
    setup: `document.querySelector('.asw-menu-btn').click()`,
    setupReady: `!!document.querySelector('.asw-plus')`,
    step: `document.querySelector('.asw-plus').click()`,
    undo: `document.querySelector('.asw-minus').click()`,
    stepLabel: '+10 % (walks and writes inline px)',
    contrast: `document.querySelector('.asw-btn[data-key="dark-contrast"], .asw-filter[data-key="dark-contrast"], [data-key="dark-contrast"]').click()`,
  },
  {
    id: 'accessibility',
    label: 'accessibility',
    pkg: 'accessibility',
    files: ['node_modules/accessibility/dist/main.bundle.js'],
    urls: ['/peer/accessibility/dist/main.bundle.js', '/init/accessibility.js'],
    head: '<script src="/peer/accessibility/dist/main.bundle.js"></script><script src="/init/accessibility.js"></script>',
    init: `window.addEventListener('load', function () { window.__acc = new Accessibility(); }, false);`,
    saved: { localStorage: { _accessState: JSON.stringify({ textSize: 4, textSpace: 0, lineHeight: 0, invertColors: false, grayHues: false, underlineLinks: false, bigCursor: false, readingGuide: false }) } },
    ready: `!!(window.__acc && window.__acc.menuInterface && document.querySelector('._access-menu'))`,
    step: `window.__acc.menuInterface.increaseText()`,
    undo: `window.__acc.menuInterface.decreaseText()`,
    stepLabel: '+12.5 % on <html> font-size',
    contrast: `window.__acc.menuInterface.invertColors()`,
  },
  {
    id: 'accessibility-px',
    label: 'accessibility (textPixelMode)',
    pkg: 'accessibility',
    files: ['node_modules/accessibility/dist/main.bundle.js'],
    urls: ['/peer/accessibility/dist/main.bundle.js', '/init/accessibility-px.js'],
    head: '<script src="/peer/accessibility/dist/main.bundle.js"></script><script src="/init/accessibility-px.js"></script>',
    init: `window.addEventListener('load', function () { window.__acc = new Accessibility({ textPixelMode: true }); }, false);`,
    saved: { localStorage: { _accessState: JSON.stringify({ textSize: 1, textSpace: 0, lineHeight: 0, invertColors: false, grayHues: false, underlineLinks: false, bigCursor: false, readingGuide: false }) } },
    ready: `!!(window.__acc && window.__acc.menuInterface && document.querySelector('._access-menu'))`,
    step: `window.__acc.menuInterface.increaseText()`,
    undo: `window.__acc.menuInterface.decreaseText()`,
    stepLabel: '+12.5 px on every element (walk)',
    // One step takes ~4.5 s at 50,000 elements here; 7 of them per unit would not
    // fit the bench's 5-minute budget. BENCH_FULL=1 measures it anyway.
    maxGrowth: 10000,
    contrast: `window.__acc.menuInterface.invertColors()`,
  },
  {
    id: 'bvi',
    label: 'bvi',
    pkg: 'bvi',
    files: ['node_modules/bvi/dist/js/bvi.min.js', 'node_modules/bvi/dist/css/bvi.min.css'],
    urls: ['/peer/bvi/dist/js/bvi.min.js', '/init/bvi.js'],
    head: '<link rel="stylesheet" href="/peer/bvi/dist/css/bvi.min.css"><script src="/peer/bvi/dist/js/bvi.min.js"></script><script src="/init/bvi.js"></script>',
    bodyStart: '<a href="#" class="bvi-open">Версия для слабовидящих</a>',
    // Its README calls `new isvek.Bvi()` at the end of <body>; from <head> that is DOMContentLoaded.
    init: `document.addEventListener('DOMContentLoaded', function () { window.__bvi = new isvek.Bvi(); });`,
    // Its settings are cookies; the "visually impaired version" is on at 16 px before a step.
    saved: { cookies: bviCookies(24) },
    before: { cookies: bviCookies(16) },
    ready: `!!document.querySelector('.bvi-fontSize-plus')`,
    step: `document.querySelector('.bvi-fontSize-plus').click()`,
    undo: `document.querySelector('.bvi-fontSize-minus').click()`,
    stepLabel: '+1 px, one size for all text',
    contrast: `document.querySelector('.bvi-theme-black').click()`,
  },
  {
    id: 'widgets',
    label: 'accessibility-widgets',
    pkg: 'accessibility-widgets',
    files: ['node_modules/accessibility-widgets/widget.js'],
    urls: ['/peer/accessibility-widgets/widget.js'],
    head: '<script src="/peer/accessibility-widgets/widget.js"></script>',
    saved: { localStorage: { biggerText: 'large' } },
    ready: `!!document.querySelector('#snn-accessibility-widget-container')`,
    step: `(document.querySelector('#snn-accessibility-widget-container').shadowRoot || document).querySelector('[data-key="biggerText"]').click()`,
    undo: `(document.querySelector('#snn-accessibility-widget-container').shadowRoot || document).querySelector('.snn-reset-button').click()`,
    stepLabel: 'first of 3 sizes: 20 px for all text',
    contrast: `(document.querySelector('#snn-accessibility-widget-container').shadowRoot || document).querySelector('[data-key="highContrast"]').click()`,
  },
  {
    id: 'zoom',
    label: 'CSS zoom 1.5 (relayout floor)',
    reference: true,
    files: [],
    urls: [],
    head: '',
    ready: `true`,
    step: `document.documentElement.style.zoom = '1.5'`,
    undo: `document.documentElement.style.zoom = ''`,
    stepLabel: 'reference, not a product option',
  },
  {
    id: 'none',
    label: 'no toolbar',
    reference: true,
    files: [],
    urls: [],
    head: '',
    ready: `true`,
  },
];
