import { expect } from '@open-wc/testing';
import { effectsOf } from './frame.js';
import { packageLayout, type PackageLayout } from './layout.js';

// package.json "sideEffects" tells bundlers which modules they may drop when
// nothing is used from them. This keeps the list true both ways: every built
// module outside it leaves a fresh page exactly as it was when imported, and
// every module in it does something to the page (defines an element, hooks the
// page up to the settings).

describe('package.json "sideEffects"', () => {
  let layout: PackageLayout;
  const listed = (file: string) => layout.sideEffects.includes(`.${file}`);

  before(async () => {
    layout = await packageLayout();
  });
  // Saved settings make a connected page show itself on <html> at once (set before each
  // test: the root reset, test/helpers/root-reset.ts, empties storage after each).
  beforeEach(() => localStorage.setItem('oxu:settings', JSON.stringify({ v: 1, fontSize: 150, colorScheme: 'white-on-black' })));

  it('names only files the build writes', () => {
    const written = new Set([...layout.esm, '/dist/oxu.min.js']);
    expect(layout.sideEffects.filter((f) => !written.has(f.slice(1)))).to.deep.equal([]);
  });

  it('every other built module (classes, styles, store, helpers) changes nothing on the page when imported', async () => {
    const pure = layout.esm.filter((file) => !listed(file));
    expect(pure.some((f) => f.endsWith('.component.js')), 'class modules to check').to.equal(true);
    const offenders: string[] = [];
    for (const file of pure) {
      const { defined, changes } = await effectsOf(file);
      if (defined.length || changes.length) offenders.push(`${file}: ${[...defined.map((t) => `defines <${t}>`), ...changes].join(', ')}`);
    }
    expect(offenders.join('\n'), 'list these in "sideEffects", or move their effects into a define file').to.equal('');
  });

  it("each element's define file defines its element and connects the page to the saved settings", async () => {
    for (const name of layout.components) {
      const file = `/dist/esm/components/${name}/${name}.js`;
      expect(listed(file), `${file} in "sideEffects"`).to.equal(true);
      const { defined, changes } = await effectsOf(file);
      expect(defined, file).to.include(`oxu-${name}`);
      expect(changes, file).to.include('<html> attributes');
    }
  });

  it('the index defines every element', async () => {
    const { defined } = await effectsOf('/dist/esm/index.js');
    expect([...defined].sort()).to.include.members(layout.components.map((n) => `oxu-${n}`));
  });

  it('the drop-in defines every element and window.Oxu', async () => {
    const { defined, changes } = await effectsOf('/dist/oxu.min.js');
    expect([...defined].sort()).to.include.members(layout.components.map((n) => `oxu-${n}`));
    expect(changes).to.include('globals');
  });
});
