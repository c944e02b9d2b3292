import { expect } from '@open-wc/testing';
import { effectsOf } from './frame.js';
import { packageLayout } from './layout.js';

// The apps test/consumer/run.mjs bundled from the packed package (Lit's
// production build inside, as an app's bundler would make them), run in fresh
// pages: each defines what it imported and nothing more.
const bundle = (name: string) => `/test/consumer/dist/${name}.js`;

describe('consumer bundles (test/consumer/run.mjs)', () => {
  let tags: string[];

  before(async () => {
    const response = await fetch(bundle('font-size-only'), { method: 'HEAD' });
    if (!response.ok) throw new Error('no test/consumer/dist/: run `node test/consumer/run.mjs` (npm test and the test server do) first');
    tags = (await packageLayout()).components.map((n) => `oxu-${n}`);
  });

  it("import 'oxu/font-size.js' defines <oxu-font-size> only", async () => {
    expect((await effectsOf(bundle('font-size-only'))).defined).to.deep.equal(['oxu-font-size']);
  });

  it('the class under a tag of its own defines that tag only', async () => {
    expect((await effectsOf(bundle('own-tag'))).defined).to.deep.equal(['city-font-size']);
  });

  it('the store alone defines nothing', async () => {
    expect((await effectsOf(bundle('store-only'))).defined).to.deep.equal([]);
  });

  it("import 'oxu' defines every element", async () => {
    expect([...(await effectsOf(bundle('everything'))).defined].sort()).to.deep.equal([...tags].sort());
  });
});
