import { expect } from '@open-wc/testing';
import { connectPage } from '../../src/page/engine.js';
import { SettingsStore } from '../../src/settings/store.js';

/** A fresh same-origin document with its own realm, and a store of its own. */
async function freshPage(): Promise<{ frame: HTMLIFrameElement; win: Window & typeof globalThis; store: SettingsStore }> {
  const frame = document.body.appendChild(document.createElement('iframe'));
  await new Promise((resolve) => setTimeout(resolve));
  return { frame, win: frame.contentWindow as Window & typeof globalThis, store: new SettingsStore() };
}

describe('shadow roots of the page’s other components', () => {
  it('are not watched at the defaults: attachShadow stays the engine’s own until a setting needs the roots', async () => {
    localStorage.clear();
    const { frame, win, store } = await freshPage();
    try {
      const native = win.Element.prototype.attachShadow;
      connectPage(store, frame.contentDocument!);
      expect(win.Element.prototype.attachShadow, 'at the defaults').to.equal(native);
      store.set({ colorScheme: 'white-on-black' });
      expect(win.Element.prototype.attachShadow, 'with a scheme on').to.not.equal(native);
      const host = frame.contentDocument!.body.appendChild(frame.contentDocument!.createElement('div'));
      const root = host.attachShadow({ mode: 'open' });
      await null;
      expect(root.adoptedStyleSheets, 'a root made while a scheme is on').to.have.length(1);
      store.reset();
      expect(root.adoptedStyleSheets).to.have.length(0);
    } finally {
      store.reset();
      frame.remove();
    }
  });

  it('one engine per document: the frame’s settings do not reach the parent', async () => {
    const { frame, store } = await freshPage();
    try {
      connectPage(store, frame.contentDocument!);
      store.set({ fontSize: 150 });
      expect(frame.contentDocument!.documentElement.getAttribute('data-oxu-font-size')).to.equal('150');
      expect(document.documentElement.hasAttribute('data-oxu-font-size')).to.equal(false);
    } finally {
      store.reset();
      frame.remove();
    }
  });
});
