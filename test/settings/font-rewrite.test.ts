import { expect } from '@open-wc/testing';
import { rewriteForScaling, rewriteSheet, scalingPrelude } from '../../src/page/font-rewrite.js';
import { rootOnlySelector, splitSelectorList } from '../../src/page/font-selectors.js';
import { floorLineHeight, scaleFontSize, scaleLineHeight, unscale } from '../../src/page/font-values.js';

const S = 'var(--oxu-font-scale,1)';
const x = (token: string) => `calc(${token} * ${S})`;
/** A scaled line-height length raised to the line-spacing minimum. */
const lh = (token: string) => `max(${x(token)}, calc(var(--oxu-line-min, 0) * 1em))`;

function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

/** The twins of `css` without the fixed prelude, parsed back and serialized, so spacing does not matter. */
function twins(css: string): string[] {
  const { css: out } = rewriteForScaling([sheet(css)], { document: false });
  return [...sheet(out).cssRules].slice(1).map((r) => r.cssText.replace(/\s+/g, ' '));
}

describe('font rewriter', () => {
  describe('font-size values', () => {
    it('scales absolute lengths and viewport or container units', () => {
      expect(scaleFontSize('14px')).to.equal(x('14px'));
      expect(scaleFontSize('12pt')).to.equal(x('12pt'));
      expect(scaleFontSize('0.5in')).to.equal(x('0.5in'));
      expect(scaleFontSize('2vw')).to.equal(x('2vw'));
      expect(scaleFontSize('3cqi')).to.equal(x('3cqi'));
      expect(scaleFontSize('clamp(1rem, 2.5vw, 30px)')).to.equal(`clamp(1rem, ${x('2.5vw')}, ${x('30px')})`);
      expect(scaleFontSize('calc(2px + 1rem)')).to.equal(`calc(${x('2px')} + 1rem)`);
      expect(scaleFontSize('calc(-2px + 1rem)')).to.equal(`calc(${x('-2px')} + 1rem)`);
    });

    it('turns absolute keywords into scaled px', () => {
      expect(scaleFontSize('small')).to.equal(x('13px'));
      expect(scaleFontSize('x-large')).to.equal(x('24px'));
      expect(scaleFontSize('medium')).to.equal(x('16px'));
      expect(scaleFontSize('initial')).to.equal(x('16px'));
    });

    it('leaves relative sizes, which follow the scaled parent, and var() alone', () => {
      for (const v of ['1.2em', '120%', '1rem', '2ex', '3ch', 'smaller', 'larger', 'inherit', 'unset', 'var(--fs)', 'calc(var(--fs) * 2px)']) {
        expect(scaleFontSize(v), v).to.equal(v);
      }
    });

    it('on the root, scales relative sizes too (they refer to the initial 16 px)', () => {
      expect(scaleFontSize('62.5%', true)).to.equal(x('62.5%'));
      expect(scaleFontSize('1.2em', true)).to.equal(x('1.2em'));
      expect(scaleFontSize('1rem', true)).to.equal(x('1rem'));
      expect(scaleFontSize('inherit', true)).to.equal(x('16px'));
      expect(scaleFontSize('10px', true)).to.equal(x('10px'));
    });

    it('on the root, scales a var() whole: whatever length it holds refers to the initial size or is absolute', () => {
      expect(scaleFontSize('var(--body-size)', true)).to.equal(x('var(--body-size)'));
      expect(scaleFontSize('calc(var(--fs) * 2)', true)).to.equal(x('calc(var(--fs) * 2)'));
      expect(scaleFontSize(x('var(--body-size)'), true)).to.equal(x('var(--body-size)'));
    });

    it('never scales a value twice', () => {
      expect(scaleFontSize(x('14px'))).to.equal(x('14px'));
    });

    it('undoes its own scaling', () => {
      expect(unscale(x('14px'))).to.equal('14px');
      expect(unscale(`calc(${x('2px')} + 1rem)`)).to.equal('calc(2px + 1rem)');
    });
  });

  describe('line-height values', () => {
    it('scales only absolute lengths', () => {
      expect(scaleLineHeight('20px')).to.equal(x('20px'));
      for (const v of ['1.5', '150%', '1.4em', 'normal']) expect(scaleLineHeight(v), v).to.equal(v);
    });

    it('are raised to the line-spacing minimum, and are themselves while it is unset', () => {
      expect(floorLineHeight('20px')).to.equal(lh('20px'));
      expect(floorLineHeight('1.2')).to.equal('max(1.2, var(--oxu-line-min, 0))');
      expect(floorLineHeight('150%')).to.equal('max(150%, calc(var(--oxu-line-min, 0) * 1em))');
      expect(floorLineHeight('normal')).to.equal('var(--oxu-line-min, normal)');
      for (const v of ['inherit', 'var(--lh)', 'calc(var(--lh) * 1px)']) expect(floorLineHeight(v), v).to.equal(v);
      expect(floorLineHeight(lh('20px')), 'never twice').to.equal(lh('20px'));
    });

    it('undo the floor with the scale', () => {
      expect(unscale(lh('20px'))).to.equal('20px');
      expect(unscale('max(1.2, var(--oxu-line-min, 0))')).to.equal('1.2');
      expect(unscale('var(--oxu-line-min, normal)')).to.equal('normal');
    });
  });

  describe('selectors', () => {
    it('splits a list on top-level commas only', () => {
      expect(splitSelectorList('a, :is(b, c), [data-x="1,2"], d\\,e')).to.deep.equal(['a', ':is(b, c)', '[data-x="1,2"]', 'd\\,e']);
    });

    it('narrows to the root the selectors that can match it, without pseudo-elements', () => {
      expect(rootOnlySelector('html, html.big, .a p, p::before, :is(html, x), .x, p, body')).to.equal(
        'html:where(:root),html.big:where(:root),:is(html, x):where(:root),.x:where(:root)',
      );
      expect(rootOnlySelector('.a p')).to.equal('');
    });
  });

  describe('rules', () => {
    it('re-emits font-size and line-height with the same selector and priority, nothing else', () => {
      expect(twins('p{color:red} .a > b{font-size:14px;color:red} .i{font-size:14px !important} .l{line-height:20px}')).to.deep.equal([
        `.a > b { font-size: ${x('14px')}; }`,
        `.i { font-size: ${x('14px')} !important; }`,
        `.l { line-height: ${lh('20px')}; }`,
      ]);
    });

    it('turns a fixed height of a box into its minimum, for every element but media and form controls', () => {
      expect(twins('.bar{height:3rem} .t{height:40px !important;min-height:2em} .pct{height:100%} .v{height:50vh} .sr{height:1px} .c{height:calc(2rem + 4px)} .cv{height:calc(100% - 2rem)}')).to.deep.equal([
        '.bar:not(:where(img, svg, video, canvas, iframe, embed, object, picture, audio, input, select, textarea, progress, meter, hr)) { height: auto; min-height: 3rem; }',
        '.t:not(:where(img, svg, video, canvas, iframe, embed, object, picture, audio, input, select, textarea, progress, meter, hr)) { height: auto !important; min-height: max(40px, 2em) !important; }',
        // Engines order the terms of a calc() as they like.
        `.c:not(:where(img, svg, video, canvas, iframe, embed, object, picture, audio, input, select, textarea, progress, meter, hr)) { height: auto; min-height: ${(sheet('a{height:calc(2rem + 4px)}').cssRules[0] as CSSStyleRule).style.height}; }`,
      ]);
    });

    it('sends a box kept above its container (a skip link) a viewport further up, until it is focused', () => {
      expect(twins('.skip{position:absolute;top:-3.8rem} .s2,.s3::before{position:fixed;top:-40px} .badge{position:absolute;top:-8px} .rel{position:relative;top:-40px}')).to.deep.equal([
        '.skip:not(:where(:focus, :focus-within)) { top: calc(-3.8rem - 100vh); }',
        '.s2:not(:where(:focus, :focus-within)) { top: calc(-40px - 100vh); }',
      ]);
    });

    it('keeps icon and monospace faces, !important, when asked: a face with no generic family or a monospace one', () => {
      const css = '.fa{font-family:FontAwesome} .c{font-family:Menlo, monospace} p{font-family:Georgia, serif} .v{font-family:var(--f)} .b{font:12px "Material Icons"}';
      const out = (keepFaces: boolean) =>
        [...sheet(rewriteForScaling([sheet(css)], { document: false, keepFaces }).css).cssRules].slice(1).map((r) => r.cssText.replace(/\s+/g, ' '));
      expect(out(false).filter((r) => r.includes('font-family'))).to.deep.equal([]);
      expect(out(true).filter((r) => r.includes('font-family'))).to.deep.equal([
        '.fa { font-family: FontAwesome !important; }',
        '.c { font-family: Menlo, monospace !important; }',
        `.b { font-size: ${x('12px')}; line-height: var(--oxu-line-min, normal); font-family: "Material Icons" !important; }`,
      ]);
    });

    it('gives text on a background image plain colours, when asked', () => {
      const css = '.hero{background:url(x.jpg) #123;color:#fff} .g{background-image:linear-gradient(red, blue)} .c{background-color:red}';
      const rules = [...sheet(rewriteForScaling([sheet(css)], { document: false, clearBackgrounds: true }).css).cssRules].slice(1);
      expect(rules.map((r) => (r as CSSStyleRule).selectorText)).to.deep.equal(['.hero', '.g']);
      expect((rules[0] as CSSStyleRule).style.getPropertyValue('color')).to.equal('var(--oxu-scheme-text,CanvasText)');
      expect((rules[0] as CSSStyleRule).style.getPropertyPriority('background-color')).to.equal('important');
    });

    it('keeps relative declarations in their place, so a later same-specificity rule still wins', () => {
      expect(twins('.a{font-size:20px} p.b{font-size:1.5em}')).to.deep.equal([`.a { font-size: ${x('20px')}; }`, 'p.b { font-size: 1.5em; }']);
    });

    it('expands the font shorthand', () => {
      expect(twins('.f{font:bold 14px/20px Arial}')).to.deep.equal([`.f { font-size: ${x('14px')}; line-height: ${lh('20px')}; }`]);
    });

    it('keeps @media, @supports, @layer and @container wrappers and nesting', () => {
      const out = twins(
        '@media screen{.m{font-size:14px}} @supports (display:grid){.s{font-size:15px}} @layer base{.l{font-size:13px}} ' +
          '@container side (min-width: 400px){.c{font-size:12px}} .n{color:red; .k{font-size:11px}} @media print{.p{color:red}}',
      );
      expect(out).to.have.length(5);
      expect(out[0]).to.match(/^@media screen \{ \.m \{ font-size: calc\(14px/);
      expect(out[1]).to.match(/^@supports \(display: ?grid\) \{ \.s \{ font-size: calc\(15px/);
      expect(out[2]).to.match(/^@layer base \{ \.l \{ font-size: calc\(13px/);
      expect(out[3]).to.match(/^@container side \(min-width: 400px\) \{ \.c \{ font-size: calc\(12px/);
      expect(out[4]).to.match(/^\.n \{ & \.k \{ font-size: calc\(11px/);
    });

    it('adds a root-only twin where the root transform differs', () => {
      expect(twins('html{font-size:62.5%} body{font-size:1.6rem} .big{font-size:1.2em}')).to.deep.equal([
        'html { font-size: 62.5%; }',
        `html:where(:root) { font-size: ${x('62.5%')}; }`,
        'body { font-size: 1.6rem; }',
        '.big { font-size: 1.2em; }',
        `.big:where(:root) { font-size: ${x('1.2em')}; }`,
      ]);
    });

    it('starts a document rewrite with a zero-specificity root size and the form-control size', () => {
      const rules = [...sheet(rewriteForScaling([]).css).cssRules].map((r) => r.cssText.replace(/\s+/g, ' '));
      expect(rules).to.deep.equal([
        `:where(:root) { font-size: ${x('100%')}; }`,
        `:where(input, select, textarea, button) { font-size: ${x('13.333px')}; }`,
      ]);
    });

    it('gives each form control the size the engine has for it, controls of one size in one rule', () => {
      const css = scalingPrelude({ document: false, controls: { input: 13.333, select: 13.333, textarea: 12, button: 13 } });
      const rules = [...sheet(css).cssRules].map((r) => r.cssText.replace(/\s+/g, ' '));
      expect(rules).to.deep.equal([
        `:where(input, select) { font-size: ${x('13.333px')}; }`,
        `:where(textarea) { font-size: ${x('12px')}; }`,
        `:where(button) { font-size: ${x('13px')}; }`,
      ]);
    });

    it('skips disabled sheets and wraps a sheet with a media list', () => {
      const disabled = sheet('.d{font-size:14px}');
      disabled.disabled = true;
      const print = new CSSStyleSheet({ media: 'print' });
      print.replaceSync('.p{font-size:14px}');
      const { css } = rewriteForScaling([disabled, print], { document: false });
      expect(css).not.to.include('.d');
      expect(css).to.include('@media print{.p{');
    });

    it('collects sheets whose rules cannot be read instead of throwing', () => {
      const foreign = {
        href: 'https://cdn.example/site.css',
        disabled: false,
        media: { mediaText: '' },
        get cssRules(): CSSRuleList {
          throw new DOMException('Cannot access rules', 'SecurityError');
        },
      } as unknown as CSSStyleSheet;
      const result = rewriteForScaling([foreign, sheet('.a{font-size:14px}')]);
      expect(result.unreadable).to.deep.equal([foreign]);
      expect(result.css).to.include('.a{font-size:calc(14px');
    });

    it('caches a sheet until its rule count changes', () => {
      const s = sheet('.a{font-size:14px}');
      const first = rewriteSheet(s);
      expect(rewriteSheet(s)).to.equal(first);
      s.insertRule('.b{font-size:15px}', 1);
      const second = rewriteSheet(s);
      expect(second).not.to.equal(first);
      expect(second.css).to.include('.b{');
    });
  });
});
