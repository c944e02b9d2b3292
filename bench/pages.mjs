// HTML for the benchmark pages. Every page is generated here (or read from
// demo/), served from 127.0.0.1, and gets one toolbar's <head>/<body> snippets.
import { existsSync, readFileSync } from 'node:fs';

const LOREM =
  'Açıq hökumətin təşviqinə dair Milli Fəaliyyət Planı çərçivəsində vətəndaş cəmiyyəti ilə dialoq davam etdirilir';

/** The document shell: the page's stylesheet first, then the toolbar's head snippet. */
function shell({ title, css, head = '', bodyStart = '', body, bodyEnd = '', lang = 'az' }) {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${css}</style>
${head}
</head>
<body>
${bodyStart}
${body}
${bodyEnd}
</body>
</html>`;
}

// ---------------------------------------------------------------------------
// Growing pages: n elements, text sized in px or in rem
// ---------------------------------------------------------------------------

/** Ten elements per block: section h2 p a strong ul li li p span. */
function block(i) {
  return (
    `<section class="b"><h2 class="t">Xəbər ${i}: rayonda yeni layihə</h2>` +
    `<p class="x">${LOREM} <a href="#b${i}">ətraflı</a> və <strong>vacib</strong> qeydlər.</p>` +
    `<ul class="l"><li>Birinci bənd ${i}</li><li>İkinci bənd ${i}</li></ul>` +
    `<p class="s"><span class="m">Qeyd ${i}</span></p></section>`
  );
}

const GROWTH_CSS = {
  px: `html{font-size:16px}body{margin:0;font:16px/1.5 Arial,sans-serif;color:#1f2933;background:#fff}
main{max-width:1180px;margin:0 auto;padding:0 20px}
.b{margin:0 0 12px}.t{font-size:24px;margin:0 0 6px}.x{font-size:16px;margin:0 0 6px}
.l{margin:0;padding-left:20px}.l li{font-size:15px}.s{font-size:13px;margin:4px 0}.m{font-size:12px;color:#52606d}`,
  rem: `html{font-size:100%}body{margin:0;font:1rem/1.5 Arial,sans-serif;color:#1f2933;background:#fff}
main{max-width:73.75rem;margin:0 auto;padding:0 1.25rem}
.b{margin:0 0 .75rem}.t{font-size:1.5rem;margin:0 0 .375rem}.x{font-size:1rem;margin:0 0 .375rem}
.l{margin:0;padding-left:1.25rem}.l li{font-size:.9375rem}.s{font-size:.8125rem;margin:.25rem 0}.m{font-size:.75rem;color:#52606d}`,
};

/** A page of `n` elements inside <main> (n rounded to a multiple of 10). */
export function growthPage({ n, kind }, snippets) {
  const blocks = [];
  for (let i = 0; i < Math.round(n / 10); i++) blocks.push(block(i));
  return shell({
    title: `${n} elements, ${kind}`,
    css: GROWTH_CSS[kind],
    ...snippets,
    body: `<main id="main">${blocks.join('\n')}</main>`,
  });
}

// ---------------------------------------------------------------------------
// 5,000 CSS rules (mixed units and wrappers) on a page of ~2,000 elements
// ---------------------------------------------------------------------------

export function rulesPage({ rules = 5000, elements = 2000 } = {}, snippets) {
  const css = ['html{font-size:16px}body{margin:0;font:16px/1.5 Arial,sans-serif}main{max-width:1180px;margin:0 auto}'];
  for (let i = 0; i < rules; i++) {
    const c = `.r${i}`;
    switch (i % 10) {
      case 0: css.push(`${c}{font-size:${12 + (i % 9)}px}`); break;
      case 1: css.push(`${c}{font-size:${(0.75 + (i % 7) / 8).toFixed(3)}rem;line-height:1.4}`); break;
      case 2: css.push(`${c}{color:#1f2933;margin:0 0 4px}`); break;
      case 3: css.push(`@media (min-width: 600px){${c}{font-size:${13 + (i % 5)}px}}`); break;
      case 4: css.push(`${c}{font:600 ${14 + (i % 4)}px/1.3 Arial,sans-serif}`); break;
      case 5: css.push(`${c}{padding:2px;border-bottom:1px solid #eee}`); break;
      case 6: css.push(`${c}>span{font-size:${(0.8 + (i % 5) / 10).toFixed(2)}em}`); break;
      case 7: css.push(`@supports (display:grid){${c}{font-size:${(90 + (i % 4) * 5)}%}}`); break;
      case 8: css.push(`${c}:hover{text-decoration:underline}`); break;
      default: css.push(`${c}{font-size:${['small', 'medium', 'large'][i % 3]}}`);
    }
  }
  const els = [];
  for (let i = 0; i < elements / 2; i++) els.push(`<p class="r${(i * 7) % rules}">${LOREM.slice(0, 60)} <span>${i}</span></p>`);
  return shell({ title: `${rules} CSS rules`, css: css.join('\n'), ...snippets, body: `<main id="main">${els.join('\n')}</main>` });
}

// ---------------------------------------------------------------------------
// Scaling correctness: one sample per way of sizing text
// ---------------------------------------------------------------------------

export const SAMPLES = [
  ['rem', 'rem (stylesheet)'],
  ['em', 'em (stylesheet)'],
  ['pct', '% (stylesheet)'],
  ['px', 'px (stylesheet)'],
  ['inline', 'px (style attribute)'],
  ['kw', 'keyword (large)'],
];

export function correctnessPage(snippets) {
  const css = `html{font-size:16px}body{margin:0;font:16px/1.5 Arial,sans-serif;color:#1f2933;background:#fff}
main{padding:10px 20px}p{white-space:nowrap;margin:0 0 8px}
h1{font-size:32px;margin:0 0 10px;white-space:nowrap}.body-p{font-size:16px}
.rem{font-size:1.125rem}.em{font-size:1.125em}.pct{font-size:112.5%}.px{font-size:18px}.kw{font-size:large}`;
  const sample = (id) =>
    id === 'inline'
      ? `<p id="s-inline" style="font-size:18px">Şriftin ölçüsü nümunə mətn</p>`
      : `<p id="s-${id}" class="${id}">Şriftin ölçüsü nümunə mətn</p>`;
  return shell({
    title: 'scaling correctness',
    css,
    ...snippets,
    body: `<main id="main"><h1 id="s-h1">Şriftin ölçüsü nümunə</h1><p id="s-p" class="body-p">Şriftin ölçüsü nümunə</p>
${SAMPLES.map(([id]) => sample(id)).join('\n')}</main>`,
  });
}

// ---------------------------------------------------------------------------
// The demo page (demo/index.html if present, else a small stand-in)
// ---------------------------------------------------------------------------

const OXU_TAG = /<script\s+src="[^"]*oxu\.min\.js"[^>]*><\/script>/;

export function demoAvailable(root) {
  return existsSync(`${root}/demo/index.html`) && OXU_TAG.test(readFileSync(`${root}/demo/index.html`, 'utf8'));
}

/** demo/index.html with its oxu script tag replaced by the toolbar's snippets. */
export function demoPage(root, snippets) {
  if (!demoAvailable(root)) return standInDemo(snippets);
  let html = readFileSync(`${root}/demo/index.html`, 'utf8');
  html = html.replace(OXU_TAG, snippets.head || '');
  // The demo has oxu's bar in its header already: a toolbar's own start-of-body markup goes in
  // only when the page does not hold that toolbar's element yet (no second bar).
  const own = snippets.bodyStart?.match(/^<(\w+-[\w-]*)/)?.[1];
  const start = own && html.includes(`<${own}`) ? '' : snippets.bodyStart || '';
  html = html.replace(/<body([^>]*)>/, (m) => `${m}\n${start}`);
  html = html.replace('</body>', `${snippets.bodyEnd || ''}\n</body>`);
  // Relative assets resolve under /demo/.
  html = html.replace('<head>', '<head>\n<base href="/demo/">');
  return html;
}

function standInDemo(snippets) {
  const items = [];
  for (let i = 0; i < 12; i++) items.push(block(i));
  return shell({
    title: 'demo stand-in',
    css: GROWTH_CSS.px + '\nh1{font-size:28px}',
    ...snippets,
    body: `<header><p>Yardımlı Rayon İcra Hakimiyyəti</p></header><main id="main"><h1>Xəbərlər</h1>${items.join('\n')}</main>`,
  });
}
