import { expect } from '@open-wc/testing';
import { connectPage } from '../../src/page/engine.js';
import { SettingsStore } from '../../src/settings/store.js';

describe('page sheets', () => {
  // WebKit keeps stale rules when a sheet nobody adopts is given new text.
  it('are given new text only while the document or a shadow root adopts them', async () => {
    localStorage.clear();
    const frame = document.body.appendChild(document.createElement('iframe'));
    await new Promise((resolve) => setTimeout(resolve));
    const win = frame.contentWindow as Window & typeof globalThis;
    const doc = frame.contentDocument!;
    const style = doc.head.appendChild(doc.createElement('style'));
    style.textContent = 'p{font-size:14px}';
    const proto = win.CSSStyleSheet.prototype;
    const replaceSync = proto.replaceSync;
    const detached: string[] = [];
    proto.replaceSync = function (this: CSSStyleSheet, text: string) {
      if (this.cssRules.length && !doc.adoptedStyleSheets.includes(this)) detached.push(text.slice(0, 40));
      return replaceSync.call(this, text);
    };
    const store = new SettingsStore();
    try {
      connectPage(store, doc);
      for (const change of [
        { fontSize: 150, colorScheme: 'white-on-black' },
        { fontSize: 200, colorScheme: 'yellow-on-black' },
        { fontSize: 100, colorScheme: 'default' },
        { fontSize: 125, colorScheme: 'green-on-brown' },
      ] as const) {
        store.set(change);
        style.textContent += ' b{font-size:13px}';
        await null;
      }
      expect(detached).to.deep.equal([]);
      expect(win.getComputedStyle(doc.documentElement).getPropertyValue('--oxu-font-scale').trim()).to.equal('1.25');
    } finally {
      proto.replaceSync = replaceSync;
      store.reset();
      frame.remove();
    }
  });
});
