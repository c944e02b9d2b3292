import { expect, oneEvent } from '@open-wc/testing';
import { settings, SettingsStore, DEFAULT_SETTINGS } from '../../src/settings/store.js';
import { STORAGE_KEY } from '../../src/settings/storage.js';
import { DEFAULT_LEVELS, parseLevels } from '../../src/settings/levels.js';
import { OxuSettingsChangeEvent } from '../../src/events.js';

const store = (value: unknown) =>
  localStorage.setItem(STORAGE_KEY, typeof value === 'string' ? value : JSON.stringify(value));

describe('settings store', () => {
  describe('values', () => {
    it('starts at the defaults', () => {
      expect(settings.value).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 100, colorScheme: 'default' });
      expect(settings.levels).to.deep.equal([100, 125, 150, 200]);
    });

    it('persists a valid change as versioned JSON', () => {
      settings.set({ fontSize: 150, colorScheme: 'white-on-black' });
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal({ v: 1, fontSize: 150, colorScheme: 'white-on-black' });
      expect(settings.value).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 150, colorScheme: 'white-on-black' });
    });

    it('stores the reading settings in the same object, only those not at their default', () => {
      settings.set({ fontSize: 150, letterSpacing: 'wide', images: 'hidden' });
      expect(localStorage.getItem(STORAGE_KEY)).to.equal('{"v":1,"fontSize":150,"letterSpacing":"wide","images":"hidden"}');
      settings.set({ lineSpacing: 'wider', fontFamily: 'serif', motion: 'reduced', images: 'default' });
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).to.deep.equal({
        v: 1,
        fontSize: 150,
        letterSpacing: 'wide',
        lineSpacing: 'wider',
        fontFamily: 'serif',
        motion: 'reduced',
      });
      settings.reset();
      expect(settings.value).to.deep.equal(DEFAULT_SETTINGS);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    });

    it('keeps the other setting when one changes', () => {
      settings.set({ colorScheme: 'yellow-on-black' });
      settings.set({ fontSize: 200 });
      expect(settings.value).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 200, colorScheme: 'yellow-on-black' });
    });

    it('ignores values that are not offered, warns, and applies the rest', () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        settings.set({ fontSize: 175, colorScheme: 'green-on-brown' });
        settings.set({ colorScheme: 'pink' as never });
        settings.set({ fontSize: '<b>' as never });
      } finally {
        console.warn = warn;
      }
      expect(settings.value).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 100, colorScheme: 'green-on-brown' });
      expect(warnings).to.have.length(3);
      expect(String(warnings[0])).to.contain('175');
    });

    it('returns frozen settings that callers cannot change', () => {
      const value = settings.set({ fontSize: 125 });
      expect(Object.isFrozen(value)).to.be.true;
    });

    it('reset goes back to the defaults and forgets the saved settings', () => {
      settings.set({ fontSize: 150, colorScheme: 'white-on-black' });
      settings.reset();
      expect(settings.value).to.deep.equal(DEFAULT_SETTINGS);
      expect(localStorage.getItem(STORAGE_KEY)).to.equal(null);
    });
  });

  describe('events', () => {
    it('fires oxu-settings-change on document with the new settings', async () => {
      const heard = oneEvent(document, 'oxu-settings-change');
      settings.set({ fontSize: 150 });
      const event = await heard;
      expect(event).to.be.instanceOf(OxuSettingsChangeEvent);
      expect(event.detail).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 150, colorScheme: 'default' });
    });

    it('fires nothing when nothing changes', () => {
      let count = 0;
      const count1 = () => count++;
      document.addEventListener('oxu-settings-change', count1);
      settings.set({ fontSize: 100, colorScheme: 'default' });
      document.removeEventListener('oxu-settings-change', count1);
      expect(count).to.equal(0);
    });

    it('keeps notifying other listeners when one throws', () => {
      const error = console.error;
      console.error = () => {};
      const seen: number[] = [];
      const offBad = settings.subscribe(() => {
        throw new Error('broken listener');
      });
      const offGood = settings.subscribe((s) => seen.push(s.fontSize));
      try {
        settings.set({ fontSize: 125 });
      } finally {
        offBad();
        offGood();
        console.error = error;
      }
      expect(seen).to.deep.equal([125]);
    });
  });

  describe('stored values', () => {
    it('reads a valid saved value', () => {
      store({ v: 1, fontSize: 150, colorScheme: 'brown-on-beige' });
      expect(new SettingsStore().value).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 150, colorScheme: 'brown-on-beige' });
    });

    const bad: [string, unknown][] = [
      ['not JSON', '{fontSize: 150'],
      ['JSON null', 'null'],
      ['a JSON array', '[150, "white-on-black"]'],
      ['a JSON string', '"white-on-black"'],
      ['no version', { fontSize: 150, colorScheme: 'white-on-black' }],
      ['another version', { v: 2, fontSize: 150, colorScheme: 'white-on-black' }],
      ['an empty string', ''],
    ];
    for (const [name, value] of bad) {
      it(`falls back to the defaults for ${name}`, () => {
        store(value);
        expect(new SettingsStore().value).to.deep.equal(DEFAULT_SETTINGS);
      });
    }

    it('falls back per setting: a bad reading setting resets that one alone', () => {
      store({ v: 1, fontSize: 150, letterSpacing: 'huge', lineSpacing: 'wide', fontFamily: 3, images: 'grayscale', motion: null, colorScheme: 'white-on-black' });
      expect(new SettingsStore().value).to.deep.equal({
        ...DEFAULT_SETTINGS,
        fontSize: 150,
        colorScheme: 'white-on-black',
        lineSpacing: 'wide',
        images: 'grayscale',
      });
    });

    it('reads a record stored before the reading settings existed', () => {
      store({ v: 1, fontSize: 200, colorScheme: 'yellow-on-black' });
      expect(new SettingsStore().value).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 200, colorScheme: 'yellow-on-black' });
    });

    it('falls back per setting: an unknown scheme keeps a valid size', () => {
      store({ v: 1, fontSize: 150, colorScheme: 'purple' });
      expect(new SettingsStore().value).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 150, colorScheme: 'default' });
    });

    it('falls back per setting: a level not offered keeps a valid scheme', () => {
      store({ v: 1, fontSize: 300, colorScheme: 'white-on-black' });
      expect(new SettingsStore().value).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 100, colorScheme: 'white-on-black' });
    });

    it('does not overwrite a saved level this page does not offer (another page may)', () => {
      store({ v: 1, fontSize: 300, colorScheme: 'default' });
      settings.configure({ levels: DEFAULT_LEVELS });
      expect(settings.fontSize).to.equal(100);
      expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!).fontSize).to.equal(300);
      settings.configure({ levels: '100 150 200 300' });
      expect(settings.fontSize).to.equal(300);
    });

    it('rejects a non-numeric or fractional size', () => {
      store({ v: 1, fontSize: '150px', colorScheme: 'default' });
      expect(new SettingsStore().fontSize).to.equal(100);
      store({ v: 1, fontSize: 150.5, colorScheme: 'default' });
      expect(new SettingsStore().fontSize).to.equal(100);
    });
  });

  describe('storage that fails', () => {
    const proto = Storage.prototype;
    const { getItem, setItem, removeItem } = proto;
    afterEach(() => {
      Object.assign(proto, { getItem, setItem, removeItem });
    });

    it('uses the defaults when reading throws', () => {
      proto.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      expect(new SettingsStore().value).to.deep.equal(DEFAULT_SETTINGS);
    });

    it('still applies a change when writing throws (quota, private mode)', () => {
      const refuse = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      proto.setItem = refuse;
      proto.removeItem = refuse;
      const s = new SettingsStore();
      expect(s.set({ fontSize: 150 })).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 150, colorScheme: 'default' });
      expect(s.reset()).to.deep.equal(DEFAULT_SETTINGS);
    });

    it('works with no storage at all', () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage');
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('disabled', 'SecurityError');
        },
      });
      try {
        const s = new SettingsStore();
        expect(s.value).to.deep.equal(DEFAULT_SETTINGS);
        expect(s.set({ colorScheme: 'white-on-black' }).colorScheme).to.equal('white-on-black');
      } finally {
        if (descriptor) Object.defineProperty(window, 'localStorage', descriptor);
        else delete (window as { localStorage?: Storage }).localStorage;
      }
      expect(() => localStorage.length).not.to.throw();
    });
  });

  describe('other tabs', () => {
    it('follows a storage event for its key', async () => {
      store({ v: 1, fontSize: 200, colorScheme: 'white-on-black' });
      const heard = oneEvent(document, 'oxu-settings-change');
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, storageArea: localStorage, newValue: localStorage.getItem(STORAGE_KEY) }));
      expect((await heard).detail).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 200, colorScheme: 'white-on-black' });
    });

    it('ignores storage events for other keys and other storage areas', () => {
      store({ v: 1, fontSize: 200, colorScheme: 'white-on-black' });
      window.dispatchEvent(new StorageEvent('storage', { key: 'other', storageArea: localStorage }));
      window.dispatchEvent(new StorageEvent('storage', { key: STORAGE_KEY, storageArea: sessionStorage }));
      expect(settings.value).to.deep.equal(DEFAULT_SETTINGS);
    });

    it('goes back to the defaults when another tab clears storage', async () => {
      settings.set({ fontSize: 150 });
      localStorage.clear();
      const heard = oneEvent(document, 'oxu-settings-change');
      window.dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }));
      expect((await heard).detail).to.deep.equal(DEFAULT_SETTINGS);
    });

    it('applies a change made in another document of the site', async () => {
      const frame = document.createElement('iframe');
      frame.src = '/test/fixtures/other-tab.html';
      const loaded = oneEvent(frame, 'load');
      document.body.append(frame);
      await loaded;
      try {
        const heard = oneEvent(document, 'oxu-settings-change');
        // The frame's own copy of the store writes storage; this document hears the storage event.
        (frame.contentWindow as Window & { Oxu: { set(v: object): void } }).Oxu.set({ fontSize: 150, colorScheme: 'yellow-on-black' });
        expect((await heard).detail).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 150, colorScheme: 'yellow-on-black' });
        expect(settings.value).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 150, colorScheme: 'yellow-on-black' });
      } finally {
        frame.remove();
      }
    });
  });

  describe('levels', () => {
    it('tells listeners when the page changes its levels, so selectors show the new ones', () => {
      const heard: number[] = [];
      const off = settings.subscribe((s) => heard.push(s.fontSize));
      settings.configure({ levels: '100 150 300' });
      settings.configure({ levels: '100 150 300' });
      off();
      expect(settings.levels).to.deep.equal([100, 150, 300]);
      expect(heard).to.deep.equal([100]);
    });
  });

  describe('shared by every copy on the page', () => {
    it('is one object on globalThis', () => {
      expect((globalThis as Record<symbol, unknown>)[Symbol.for('oxu.settings-store')]).to.equal(settings);
    });
  });
});

describe('parseLevels', () => {
  const cases: [string | null, number[]][] = [
    [null, [100, 125, 150, 200]],
    ['', [100, 125, 150, 200]],
    ['100 150 200 300', [100, 150, 200, 300]],
    ['300,150 , 200', [100, 150, 200, 300]],
    ['150 150 200', [100, 150, 200]],
    ['40 150 500 abc 12.5 -150', [100, 150]],
    ['50 400', [50, 100, 400]],
    ['abc', [100, 125, 150, 200]],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)} as ${expected.join(' ')}`, () => {
      expect(parseLevels(text)).to.deep.equal(expected);
    });
  }
});
