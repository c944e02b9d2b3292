import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import '../../src/components/font-size/font-size.js';

declare global {
  var __oxuLitWarnings: string[];
  var litIssuedWarnings: Set<string> | undefined;
}

// The suite runs on Lit's development build, and test/package/lit-warnings.js
// turns any Lit warning into a failed test. These tests prove both.
describe("Lit's development mode in tests", () => {
  it("runs on Lit's development build", async () => {
    await fixture(html`<oxu-font-size></oxu-font-size>`);
    // Only the development build keeps this record, starting with the dev-mode notice.
    expect(globalThis.litIssuedWarnings, 'litIssuedWarnings').to.be.instanceOf(Set);
    expect([...globalThis.litIssuedWarnings!].some((w) => w.includes('lit.dev/msg/dev-mode'))).to.equal(true);
  });

  it('records a Lit warning, for the root afterEach hook to fail the test on', async () => {
    class OxuProvokedWarning extends LitElement {
      static override properties = { count: { type: Number } };
      declare count: number;
      constructor() {
        super();
        this.count = 0;
      }
      protected override updated(): void {
        if (this.count < 1) this.count++; // an update scheduled by an update: Lit's `change-in-update` warning
      }
    }
    customElements.define('oxu-provoked-warning', OxuProvokedWarning);
    const el = await fixture<OxuProvokedWarning>(html`<oxu-provoked-warning></oxu-provoked-warning>`);
    await el.updateComplete;
    const recorded = globalThis.__oxuLitWarnings.splice(0); // taken, so this test passes
    expect(recorded.some((w) => w.includes('lit.dev/msg/change-in-update')), recorded.join('\n')).to.equal(true);
  });

  it('has the root afterEach hook installed', () => {
    const root = (globalThis as unknown as { mocha: { suite: { _afterEach: { title: string }[] } } }).mocha.suite;
    expect(root._afterEach.map((h) => h.title).join()).to.contain('no Lit dev-mode warnings');
  });
});
