import { expect } from '@open-wc/testing';
import { parse } from 'acorn';
// @ts-expect-error: a plain JS build module without types
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

type Plugin = { transform(this: unknown, code: string, id: string): { code: string } | null };
/** What rollup gives a plugin's transform hook: its parser, here acorn's ESTree. */
const context = { parse: (code: string) => parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) };
const transform = (code: string, id = '/x/src/a.js') => (minifyTemplates() as Plugin).transform.call(context, code, id);
const run = (code: string) => transform(code)?.code ?? code;

describe('drop-in build: template minifier', () => {
  it('strips comments and indentation from css`` but keeps line breaks and values', () => {
    const out = run('const s = css`\n  /* why */\n  :host {\n    margin: 0 auto;\n    width: calc(1rem + 2px);\n  }\n`;');
    expect(out).to.equal('const s = css`\n\n:host{\nmargin: 0 auto;\nwidth: calc(1rem + 2px);\n}\n`;');
    expect(out.split('\n')).to.have.length(7);
  });

  it('keeps one whitespace character between html`` elements and leaves expressions alone', () => {
    const out = run('x = html`\n    <a>  ${cond ? html`<b>   ${"`}"}</b>` : nothing}</a>\n    <i>x</i>`;');
    expect(out).to.equal('x = html`\n<a> ${cond ? html`<b> ${"`}"}</b>` : nothing}</a>\n<i>x</i>`;');
  });

  it('reads past comments inside expressions, quotes and all', () => {
    const out = run("x = html`  ${a ? // the system's colours\n html`<p>  y</p>` : b}  `;");
    expect(out).to.equal("x = html` ${a ? // the system's colours\n html`<p> y</p>` : b} `;");
  });

  it('leaves Lit markers and other files untouched', () => {
    expect(run('html`<!--?lit$1-->   x`')).to.equal('html`<!--?lit$1--> x`');
    expect(transform('html`  a  `', '/x/node_modules/lit/a.js')).to.equal(null);
  });

  it('reads regular expressions inside expressions as JavaScript', () => {
    // A quote inside a regex literal is not the start of a string.
    expect(run("x = html`  <p>  ${s.replace(/'/g, '')}</p>  `;")).to.equal("x = html` <p> ${s.replace(/'/g, '')}</p> `;");
    // A backtick inside a regex literal is not a template: the rest of the file is still minified.
    const out = run('const r = /`/;\nx = css`\n  :host {\n    margin: 0;\n  }\n`;\ny = html`  <b>  ${r.test(a) ? html`<i>  z</i>` : nothing}</b>`;');
    expect(out).to.equal('const r = /`/;\nx = css`\n:host{\nmargin: 0;\n}\n`;\ny = html` <b> ${r.test(a) ? html`<i> z</i>` : nothing}</b>`;');
  });

  it('leaves strings and untagged templates alone, and minifies lit.html-style member tags', () => {
    expect(run('a = "html`  x  `"; b = `  <p>  y  </p>  `;')).to.equal('a = "html`  x  `"; b = `  <p>  y  </p>  `;');
    expect(run('c = lit.html`  <p>  y</p>`;')).to.equal('c = lit.html` <p> y</p>`;');
  });

  it('gives a source map of its edits', () => {
    const result = transform('x = css`\n  :host {\n    margin: 0;\n  }\n`;') as { code: string; map?: { mappings: string } } | null;
    expect(result?.map?.mappings, 'mappings').to.be.a('string').and.not.equal('');
  });

  it('is applied to the built drop-in', async () => {
    const source = await (await fetch('/dist/oxu.min.js')).text();
    const indented = source.match(/.{0,40}\n {4,}.{0,20}/);
    expect(indented?.[0] ?? null, 'indentation left in a template').to.equal(null);
  });
});
