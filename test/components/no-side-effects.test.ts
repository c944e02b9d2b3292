import './ignore-other-tabs.js';
import { expect } from '@open-wc/testing';
import { STORAGE_KEY } from '../../src/settings/storage.js';

// This file imports no element statically: the page starts untouched, with
// settings saved by an earlier visit that only a define file may apply.
describe('component modules', () => {
  const snapshot = () => ({
    attributes: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
    sheets: [...document.adoptedStyleSheets],
  });

  // Before each test: the root reset (test/helpers/root-reset.ts) empties storage after each.
  beforeEach(() => localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, fontSize: 150, colorScheme: 'white-on-black' })));

  it('leave <html> and the adopted stylesheets untouched when imported', async () => {
    const before = snapshot();
    await import('../../src/components/font-size/font-size.component.js');
    await import('../../src/components/color-scheme/color-scheme.component.js');
    await import('../../src/components/a11y-bar/a11y-bar.component.js');
    await import('../../src/components/news-card/news-card.component.js');
    await import('../../src/components/links-footer/links-footer.component.js');
    expect(snapshot()).to.deep.equal(before);
    for (const tag of ['oxu-font-size', 'oxu-color-scheme', 'oxu-a11y-bar', 'oxu-news-card', 'oxu-links-footer']) {
      expect(customElements.get(tag), tag).to.equal(undefined);
    }
  });

  it('the define file alone makes the page follow the saved settings', async () => {
    // The first test's imports made the store, which the root reset has since reset: the
    // visitor's settings again, as the store holds them, with nothing of the page connected yet.
    const { settings } = await import('../../src/settings/store.js');
    settings.set({ fontSize: 150, colorScheme: 'white-on-black' });
    expect(document.documentElement.hasAttribute('data-oxu-color-scheme'), 'before the define file').to.equal(false);
    await import('../../src/components/color-scheme/color-scheme.js');
    expect(customElements.get('oxu-color-scheme')).to.not.equal(undefined);
    expect(document.documentElement.getAttribute('data-oxu-color-scheme')).to.equal('white-on-black');
    expect(document.documentElement.getAttribute('data-oxu-font-size')).to.equal('150');
    settings.reset();
    expect(document.documentElement.hasAttribute('data-oxu-color-scheme')).to.equal(false);
  });
});
