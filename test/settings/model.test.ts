import { expect } from '@open-wc/testing';
import { DEFAULT_SETTINGS, SETTING_NAMES, SETTINGS, sanitise } from '../../src/settings/model.js';

const context = { levels: [100, 125, 150, 200] };

describe('settings model', () => {
  it('has one row per setting, each with a default it accepts', () => {
    expect(SETTING_NAMES).to.deep.equal(['fontSize', 'colorScheme', 'letterSpacing', 'lineSpacing', 'fontFamily', 'images', 'motion']);
    expect(DEFAULT_SETTINGS).to.deep.equal({
      fontSize: 100,
      colorScheme: 'default',
      letterSpacing: 'default',
      lineSpacing: 'default',
      fontFamily: 'default',
      images: 'default',
      motion: 'default',
    });
    expect(Object.isFrozen(DEFAULT_SETTINGS)).to.equal(true);
    for (const name of SETTING_NAMES) expect(SETTINGS[name].accept(SETTINGS[name].default, context), name).to.equal(SETTINGS[name].default);
  });

  describe('sanitise', () => {
    it('keeps valid values and takes the base for missing ones', () => {
      const base = { ...DEFAULT_SETTINGS, fontSize: 150, colorScheme: 'white-on-black' } as const;
      expect(sanitise({ colorScheme: 'brown-on-beige' }, base, context)).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 150, colorScheme: 'brown-on-beige' });
      expect(sanitise({ fontSize: undefined }, base, context)).to.deep.equal(base);
      expect(sanitise({}, DEFAULT_SETTINGS, context)).to.deep.equal(DEFAULT_SETTINGS);
    });

    it('refuses a bad value for one setting alone, reporting why, and keeps the rest', () => {
      const refused: string[] = [];
      const out = sanitise({ fontSize: 175, colorScheme: 'green-on-brown' }, DEFAULT_SETTINGS, context, (m) => refused.push(m));
      expect(out).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 100, colorScheme: 'green-on-brown' });
      expect(refused).to.have.length(1);
      expect(refused[0]).to.contain('175').and.to.contain('100, 125, 150, 200');
      sanitise({ colorScheme: 'pink' }, DEFAULT_SETTINGS, context, (m) => refused.push(m));
      expect(refused[1]).to.contain('"pink"');
    });

    it('reads a whole number written as a string, and nothing else that is not a level', () => {
      expect(sanitise({ fontSize: ' 150 ' }, DEFAULT_SETTINGS, context).fontSize).to.equal(150);
      for (const bad of ['150px', 150.5, '1e2', null, true, [150], { v: 150 }, 300]) {
        expect(sanitise({ fontSize: bad }, DEFAULT_SETTINGS, context).fontSize, JSON.stringify(bad)).to.equal(100);
      }
    });

    it('takes anything that is not an object for no values at all', () => {
      for (const input of [null, undefined, 'white-on-black', 150, []]) {
        expect(sanitise(input, DEFAULT_SETTINGS, context), String(input)).to.deep.equal(DEFAULT_SETTINGS);
      }
    });

    it('ignores keys that are not settings, and returns a new frozen object', () => {
      const out = sanitise({ fontSize: 125, v: 1, other: 'x' }, DEFAULT_SETTINGS, context);
      expect(out).to.deep.equal({ ...DEFAULT_SETTINGS, fontSize: 125, colorScheme: 'default' });
      expect(Object.isFrozen(out)).to.equal(true);
      expect(out).to.not.equal(DEFAULT_SETTINGS);
    });
  });
});
