import './ignore-other-tabs.js';
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/components/images/images.js';
import { IMAGE_MODES } from '../../src/settings/reading.js';
import { examples } from './images.examples.js';
import { describeReadingSelector } from './reading-selector.js';

describeReadingSelector({
  tag: 'oxu-images',
  setting: 'images',
  values: IMAGE_MODES,
  examples,
  faces: () => {
    it('draws one picture in colour, in grey, and crossed out', async () => {
      const el = await fixture<LitElement>('<oxu-images></oxu-images>');
      const pictures = [...el.shadowRoot!.querySelectorAll<SVGElement>('[part="sample"] svg')];
      expect(pictures).to.have.length(3);
      expect(pictures.map((p) => getComputedStyle(p).filter)).to.deep.equal(['none', 'grayscale(1)', 'none']);
      expect(pictures[0].querySelector('[fill="#7cc4f2"]')).to.not.equal(null);
      expect(pictures[2].querySelector('[fill]')).to.equal(null);
      expect(pictures[2].querySelector('.strike')).to.not.equal(null);
    });
  },
});
