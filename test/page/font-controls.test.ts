import { expect } from '@open-wc/testing';
import { FORM_CONTROLS, measureControlSizes } from '../../src/page/font-controls.js';

describe('form controls: the engine’s default font sizes', () => {
  it('are read per control type, as the engine sizes a plain control', () => {
    const sizes = measureControlSizes(document);
    for (const tag of FORM_CONTROLS) {
      const plain = document.body.appendChild(document.createElement(tag));
      try {
        expect(sizes[tag], tag).to.be.closeTo(parseFloat(getComputedStyle(plain).fontSize), 0.001);
      } finally {
        plain.remove();
      }
    }
  });

  it('are not changed by the page’s own styles', () => {
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = 'input, select, textarea, button, span, * { font-size: 31px !important; font-family: serif !important }';
    try {
      const sizes = measureControlSizes(document);
      for (const tag of FORM_CONTROLS) expect(sizes[tag], tag).to.not.equal(31);
    } finally {
      style.remove();
    }
  });

  it('leave nothing behind in the page, before <body> exists too', async () => {
    const before = document.documentElement.outerHTML;
    const seen: MutationRecord[] = [];
    const observer = new MutationObserver((records) => seen.push(...records));
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    measureControlSizes(document);
    await null;
    observer.disconnect();
    expect(document.documentElement.outerHTML).to.equal(before);
    // What was added was removed again in the same task.
    const added = seen.flatMap((r) => [...r.addedNodes]);
    expect(added.every((node) => !node.isConnected)).to.equal(true);

    const frame = document.body.appendChild(document.createElement('iframe'));
    try {
      const frameDoc = frame.contentDocument!;
      frameDoc.body.remove();
      const sizes = measureControlSizes(frameDoc);
      expect(sizes.input).to.be.above(0);
      expect(frameDoc.documentElement.childElementCount).to.equal(1);
    } finally {
      frame.remove();
    }
  });
});
