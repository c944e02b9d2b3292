import './ignore-other-tabs.js';
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/components/motion/motion.js';
import { MOTIONS } from '../../src/settings/reading.js';
import { settings } from '../../src/settings/store.js';
import { examples } from './motion.examples.js';
import { describeReadingSelector } from './reading-selector.js';

describeReadingSelector({
  tag: 'oxu-motion',
  setting: 'motion',
  values: MOTIONS,
  examples,
  faces: () => {
    it('draws a moving mark with a trail and a still one', async () => {
      const el = await fixture<LitElement>('<oxu-motion></oxu-motion>');
      const [moving, still] = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="sample"]')];
      expect(getComputedStyle(moving, '::before').content).to.not.equal('none');
      expect(getComputedStyle(still, '::before').content).to.be.oneOf(['none', 'normal']);
      expect(getComputedStyle(still.querySelector('.dot')!).animationName).to.equal('none');
      const moves = getComputedStyle(moving.querySelector('.dot')!);
      if (!matchMedia('(prefers-reduced-motion: reduce)').matches) {
        expect(moves.animationName).to.not.equal('none');
        // a few times only: WCAG 2.2.2 asks for a way to stop anything that moves for more than 5 s
        expect(parseFloat(moves.animationDuration) * Number(moves.animationIterationCount)).to.be.at.most(5);
      }
    });

    it('stops its own moving mark while animations are stopped', async () => {
      const el = await fixture<LitElement>('<oxu-motion></oxu-motion>');
      settings.set({ motion: 'reduced' });
      await el.updateComplete;
      const dot = el.shadowRoot!.querySelector('[part="sample"][data-value="default"] .dot')!;
      expect(getComputedStyle(dot).animationName).to.equal('none');
    });
  },
});
