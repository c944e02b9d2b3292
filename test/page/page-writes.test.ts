import { expect } from '@open-wc/testing';
import { packageLayout } from '../package/layout.js';

// Only src/page/ writes to the host page. A write elsewhere is caught by
// reading the source: attributes of <html>, adopted sheets, attachShadow.
const WRITES: ReadonlyArray<[string, RegExp]> = [
  ['an attribute of <html>', /documentElement\s*\.\s*(?:setAttribute|removeAttribute|toggleAttribute|setAttributeNS|removeAttributeNS|dataset|className|classList|style)\b/],
  ['adoptedStyleSheets', /adoptedStyleSheets\s*(?:=(?!=)|\.\s*(?:push|splice|unshift|pop|shift)\s*\()/],
  ['attachShadow', /\battachShadow\s*=(?!=)/],
];

/** The rule's offenders in one file's text, as `path: what`. */
function offences(path: string, text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
  return WRITES.filter(([, pattern]) => pattern.test(code)).map(([what]) => `${path}: writes ${what}`);
}

describe('writing to the page', () => {
  it('happens in src/page/ only', async () => {
    const { src } = await packageLayout();
    expect(src, 'source files').to.include('/src/page/engine.ts');
    const found: string[] = [];
    for (const path of src.filter((p) => !p.startsWith('/src/page/'))) {
      // As the test server serves it: TypeScript turned into JavaScript, which is what runs.
      const text = await (await fetch(path)).text();
      found.push(...offences(path, text));
    }
    expect(found.join('\n'), 'move these writes into src/page/').to.equal('');
  });

  it('is caught by the check when it happens elsewhere', () => {
    expect(offences('x.ts', 'document.documentElement.setAttribute("data-x", "1")')).to.have.length(1);
    expect(offences('x.ts', 'root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];')).to.have.length(1);
    expect(offences('x.ts', 'Element.prototype.attachShadow = patched;')).to.have.length(1);
    expect(offences('x.ts', 'const has = root.adoptedStyleSheets.includes(sheet); this.attachShadow({ mode: "open" });')).to.deep.equal([]);
    expect(offences('x.ts', '// documentElement.setAttribute in a comment')).to.deep.equal([]);
  });

  it('finds the writes src/page/ does make', async () => {
    const { src } = await packageLayout();
    const inPage: string[] = [];
    for (const path of src.filter((p) => p.startsWith('/src/page/'))) inPage.push(...offences(path, await (await fetch(path)).text()));
    expect(inPage.join('\n')).to.contain('adoptedStyleSheets').and.to.contain('attachShadow');
  });
});
