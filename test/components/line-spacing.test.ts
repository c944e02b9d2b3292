import './ignore-other-tabs.js';
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/components/line-spacing/line-spacing.js';
import { LINE_SPACINGS } from '../../src/settings/reading.js';
import { examples } from './line-spacing.examples.js';
import { describeReadingSelector } from './reading-selector.js';

describeReadingSelector({
  tag: 'oxu-line-spacing',
  setting: 'lineSpacing',
  values: LINE_SPACINGS,
  examples,
  faces: () => {
    it('draws three lines, further apart at each option', async () => {
      const el = await fixture<LitElement>('<oxu-line-spacing></oxu-line-spacing>');
      const samples = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="sample"]')];
      const gaps = samples.map((s) => {
        const lines = [...s.querySelectorAll('.line')].map((l) => l.getBoundingClientRect());
        expect(lines).to.have.length(3);
        return lines[1].top - lines[0].bottom;
      });
      expect(gaps[0]).to.be.greaterThan(0);
      expect(gaps[1]).to.be.greaterThan(gaps[0] * 1.5);
      expect(gaps[2]).to.be.greaterThan(gaps[1] * 1.25);
    });
  },
});
