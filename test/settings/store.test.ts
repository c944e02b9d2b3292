import { expect } from '@open-wc/testing';
import { settings } from '../../src/settings/store.js';
import { STORAGE_KEY } from '../../src/settings/storage.js';

describe('settings store', () => {
  afterEach(() => {
    settings.reset();
    localStorage.clear();
  });

  it('starts at the defaults', () => {
    expect(settings.value).to.deep.equal({ fontSize: 100, colorScheme: 'default' });
  });

  it('persists a valid change as versioned JSON', () => {
    settings.set({ fontSize: 150, colorScheme: 'white-on-black' });
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal({ v: 1, fontSize: 150, colorScheme: 'white-on-black' });
  });
});
