import { expect } from '@open-wc/testing';
import { settings } from '../../src/settings/store.js';
import { STORAGE_KEY } from '../../src/settings/storage.js';

describe('settings store: order of a change', () => {
  it('saves, then tells subscribers, then fires oxu-settings-change', () => {
    const seen: string[] = [];
    const saved = () => JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}').fontSize;
    const off = settings.subscribe((value) => seen.push(`subscriber ${value.fontSize} saved ${saved()}`));
    const onEvent = (e: Event) => seen.push(`event ${(e as CustomEvent).detail.fontSize} saved ${saved()}`);
    document.addEventListener('oxu-settings-change', onEvent);
    try {
      settings.set({ fontSize: 150 });
    } finally {
      off();
      document.removeEventListener('oxu-settings-change', onEvent);
    }
    expect(seen).to.deep.equal(['subscriber 150 saved 150', 'event 150 saved 150']);
  });
});
