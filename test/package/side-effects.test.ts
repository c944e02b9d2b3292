import { expect } from '@open-wc/testing';
import { packageLayout, type PackageLayout } from './layout.js';

// package.json "sideEffects" tells bundlers which modules they may drop when
// nothing is used from them. This keeps the list true both ways: every built
// module outside it leaves a fresh page exactly as it was when imported, and
// every module in it does something to the page (defines an element, hooks the
// page up to the settings).

type FrameWindow = Window & typeof globalThis;

interface Effects {
  /** tags passed to customElements.define */
  defined: string[];
  /** anything else on the page that changed */
  changes: string[];
}

// Saved settings make a connected page show itself on <html> at once.
const SAVED = JSON.stringify({ v: 1, fontSize: 150, colorScheme: 'white-on-black' });
// Globals Lit's own modules set when loaded (its version lists, dev-mode notes).
const LIT_GLOBAL = /^(lit[A-Z]\w*|reactiveElementVersions|litHtmlVersions|litElementVersions)$/;

function snapshot(win: FrameWindow) {
  const doc = win.document;
  return {
    '<html> attributes': [...doc.documentElement.attributes].map((a) => `${a.name}="${a.value}"`).join(' '),
    'document.adoptedStyleSheets': String(doc.adoptedStyleSheets.length),
    'Element.prototype.attachShadow': /\[native code\]/.test(String(win.Element.prototype.attachShadow)) ? 'native' : 'patched',
    '<head>': doc.head.innerHTML,
    '<body>': doc.body.innerHTML,
    globals: Object.getOwnPropertyNames(win)
      .filter((name) => !LIT_GLOBAL.test(name))
      .sort()
      .join(' '),
  };
}

/** Loads `url` into a fresh same-origin page and reports what it did to that page. */
async function effectsOf(url: string): Promise<Effects> {
  const frame = document.createElement('iframe');
  frame.srcdoc = '<!doctype html><html lang="en"><head><title>blank</title></head><body><p>page</p></body></html>';
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    document.body.append(frame);
  });
  try {
    const win = frame.contentWindow as FrameWindow;
    const defined: string[] = [];
    const registry = win.customElements;
    const define = registry.define.bind(registry);
    registry.define = (name, ctor, options) => {
      defined.push(name);
      define(name, ctor, options);
    };
    const before = snapshot(win);
    const script = win.document.createElement('script');
    await new Promise<void>((resolve, reject) => {
      const fail = (what: unknown) => reject(new Error(`${url}: ${String(what)}`));
      win.addEventListener('error', (e) => fail(e.error ?? e.message), { once: true });
      script.addEventListener('error', () => fail('failed to load'), { once: true });
      if (url.endsWith('.min.js')) {
        script.src = url;
        script.addEventListener('load', () => resolve(), { once: true });
      } else {
        script.type = 'module';
        script.textContent = `import ${JSON.stringify(url)}; dispatchEvent(new Event('oxu-imported'));`;
        win.addEventListener('oxu-imported', () => resolve(), { once: true });
      }
      win.document.head.append(script);
    });
    script.remove();
    const after = snapshot(win);
    const changes = Object.entries(after)
      .filter(([key, value]) => before[key as keyof typeof before] !== value)
      .map(([key]) => key);
    return { defined, changes };
  } finally {
    frame.remove();
  }
}

describe('package.json "sideEffects"', () => {
  let layout: PackageLayout;
  const listed = (file: string) => layout.sideEffects.includes(`.${file}`);

  before(async () => {
    layout = await packageLayout();
    localStorage.setItem('oxu:settings', SAVED);
  });
  after(() => localStorage.removeItem('oxu:settings'));

  it('names only files the build writes', () => {
    const written = new Set([...layout.esm, '/dist/oxu.min.js']);
    expect(layout.sideEffects.filter((f) => !written.has(f.slice(1)))).to.deep.equal([]);
  });

  it('every other built module (classes, styles, store, helpers) changes nothing on the page when imported', async () => {
    const pure = layout.esm.filter((file) => !listed(file));
    expect(pure.some((f) => f.endsWith('.component.js')), 'class modules to check').to.equal(true);
    const offenders: string[] = [];
    for (const file of pure) {
      const { defined, changes } = await effectsOf(file);
      if (defined.length || changes.length) offenders.push(`${file}: ${[...defined.map((t) => `defines <${t}>`), ...changes].join(', ')}`);
    }
    expect(offenders.join('\n'), 'list these in "sideEffects", or move their effects into a define file').to.equal('');
  });

  it("each element's define file defines its element and connects the page to the saved settings", async () => {
    for (const name of layout.components) {
      const file = `/dist/esm/components/${name}/${name}.js`;
      expect(listed(file), `${file} in "sideEffects"`).to.equal(true);
      const { defined, changes } = await effectsOf(file);
      expect(defined, file).to.include(`oxu-${name}`);
      expect(changes, file).to.include('<html> attributes');
    }
  });

  it('the index defines every element', async () => {
    const { defined } = await effectsOf('/dist/esm/index.js');
    expect([...defined].sort()).to.include.members(layout.components.map((n) => `oxu-${n}`));
  });

  it('the drop-in defines every element and window.Oxu', async () => {
    const { defined, changes } = await effectsOf('/dist/oxu.min.js');
    expect([...defined].sort()).to.include.members(layout.components.map((n) => `oxu-${n}`));
    expect(changes).to.include('globals');
  });
});
