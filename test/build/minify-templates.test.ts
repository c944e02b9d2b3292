import { expect } from '@open-wc/testing';
// @ts-expect-error: a plain JS build module without types
import { minifyTemplates } from '../../scripts/minify-templates.mjs';

type Plugin = { transform(code: string, id: string): { code: string } | null };
const run = (code: string) => ((minifyTemplates() as Plugin).transform(code, '/x/src/a.js')?.code ?? code);

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
    const plugin = minifyTemplates() as Plugin;
    expect(plugin.transform('html`  a  `', '/x/node_modules/lit/a.js')).to.equal(null);
  });

  it('is applied to the built drop-in', async () => {
    const source = await (await fetch('/dist/oxu.min.js')).text();
    const indented = source.match(/.{0,40}\n {4,}.{0,20}/);
    expect(indented?.[0] ?? null, 'indentation left in a template').to.equal(null);
  });
});
