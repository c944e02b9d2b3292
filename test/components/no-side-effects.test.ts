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

  before(() => localStorage.setItem(STORAGE_KEY, JSON.stringify({ v: 1, fontSize: 150, colorScheme: 'white-on-black' })));
  after(() => localStorage.clear());

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
    await import('../../src/components/color-scheme/color-scheme.js');
    expect(customElements.get('oxu-color-scheme')).to.not.equal(undefined);
    expect(document.documentElement.getAttribute('data-oxu-color-scheme')).to.equal('white-on-black');
    expect(document.documentElement.getAttribute('data-oxu-font-size')).to.equal('150');
    const { settings } = await import('../../src/settings/store.js');
    settings.reset();
    expect(document.documentElement.hasAttribute('data-oxu-color-scheme')).to.equal(false);
  });
});
