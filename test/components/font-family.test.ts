import './ignore-other-tabs.js';
import { expect } from '@open-wc/testing';
import '../../src/components/font-family/font-family.js';
import { FONT_FAMILIES } from '../../src/settings/reading.js';
import { mount } from './support.js';
import { examples } from './font-family.examples.js';
import { describeReadingSelector } from './reading-selector.js';

describeReadingSelector({
  tag: 'oxu-font-family',
  setting: 'fontFamily',
  values: FONT_FAMILIES,
  examples,
  faces: () => {
    it('draws "Aa" in the page\'s own face, a sans-serif and a serif one', async () => {
      const wrapper = await mount('<div style="font-family: monospace"><oxu-font-family></oxu-font-family></div>');
      const el = wrapper.querySelector('oxu-font-family')!;
      const samples = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="sample"]')];
      expect(samples.map((s) => s.textContent)).to.deep.equal(['Aa', 'Aa', 'Aa']);
      const families = samples.map((s) => getComputedStyle(s).fontFamily);
      expect(families[0]).to.equal('monospace');
      expect(families[1]).to.match(/sans-serif$/);
      expect(families[2]).to.match(/(^|, )serif$/);
    });
  },
});
