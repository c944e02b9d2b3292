import './ignore-other-tabs.js';
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/components/letter-spacing/letter-spacing.js';
import { LETTER_SPACINGS } from '../../src/settings/reading.js';
import { examples } from './letter-spacing.examples.js';
import { describeReadingSelector } from './reading-selector.js';

describeReadingSelector({
  tag: 'oxu-letter-spacing',
  setting: 'letterSpacing',
  values: LETTER_SPACINGS,
  examples,
  faces: () => {
    it('draws "Abc" with the letter and word spacing of each option (em of its own size)', async () => {
      const el = await fixture<LitElement>('<oxu-letter-spacing></oxu-letter-spacing>');
      const samples = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="sample"]')];
      expect(samples.map((s) => s.textContent)).to.deep.equal(['Abc', 'Abc', 'Abc']);
      const ratio = samples.map((s) => {
        const style = getComputedStyle(s);
        const size = parseFloat(style.fontSize);
        return [Math.round(((parseFloat(style.letterSpacing) || 0) / size) * 100) / 100, Math.round(((parseFloat(style.wordSpacing) || 0) / size) * 100) / 100];
      });
      expect(ratio).to.deep.equal([[0, 0], [0.12, 0.16], [0.25, 0.32]]);
      const widths = samples.map((s) => s.getBoundingClientRect().width);
      expect(widths[0]).to.be.below(widths[1]);
      expect(widths[1]).to.be.below(widths[2]);
    });
  },
});
