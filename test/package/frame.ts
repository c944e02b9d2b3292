// Loads a script into a fresh same-origin page (an iframe: its own module map,
// custom element registry and <html>) and reports what it did to that page.

type FrameWindow = Window & typeof globalThis;

export interface Effects {
  /** tags passed to customElements.define */
  defined: string[];
  /** anything else on the page that changed */
  changes: string[];
}

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
export async function effectsOf(url: string): Promise<Effects> {
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
