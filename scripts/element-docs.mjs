// One page per element in docs/elements/, made from dist/custom-elements.json
// (the classes' JSDoc) and the named examples the tests run
// (test/components/<name>.examples.ts), so the pages cannot drift from the code.
//
//   node scripts/element-docs.mjs           writes docs/elements/ (npm run docs)
//   node scripts/element-docs.mjs --check   fails when a page is not what it would write (npm test)
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const OUT = 'docs/elements';
const check = process.argv.includes('--check');

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

/** What the keyboard and a screen reader meet, by the kind of element. */
function behaviour(el) {
  const parts = (el.cssParts ?? []).map((p) => p.name);
  if (parts.includes('option-checked')) {
    return [
      'A native radio group in a `<fieldset>`; its `<legend>` is the visible and accessible name of the group.',
      '',
      '| key | what it does |',
      '| --- | --- |',
      '| Tab, Shift+Tab | into the group, onto the checked option; out of it |',
      '| ←, ↑ / →, ↓ | the previous / next option, chosen at once (wrapping round) |',
      '| Home / End | the first / last option |',
      '| Space | chooses the focused option |',
      '',
      'Screen readers announce the group name, each option\'s name, "selected" and the position ("2 of 4"). ' +
        'Focus is a thick ring in the colour scheme\'s focus colour; in forced colours the system\'s.',
    ].join('\n');
  }
  if (el.tagName === 'oxu-a11y-bar') {
    return [
      'A named group (not a landmark: it sits in the page\'s banner) holding the selectors; each selector behaves as on its own page.',
      'The button that opens the other settings is a native `<button>` with `aria-expanded`; Enter or Space opens and closes it,',
      'Escape closes the open panel and returns focus to the button.',
    ].join(' ');
  }
  if (el.tagName === 'oxu-news-card') {
    return (
      'An `<article>` with a real heading (`heading-level`, 2–6) whose link covers the whole card: one Tab stop, one link ' +
      'named by the heading. The date is a `<time datetime>`; an image with empty or no `alt` is hidden from assistive technology.'
    );
  }
  if (el.tagName === 'oxu-links-footer') {
    return (
      'A heading and a list (`<ul role="list">`) with one item per link: screen readers announce "list, N items". ' +
      'Links to other sites say so in hidden text; a link that opens a new window gets `rel="noopener"`.'
    );
  }
  return '';
}

const cell = (text) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const code = (text) => (text ? `\`${String(text).replace(/`/g, '')}\`` : '');

function table(head, rows) {
  if (!rows.length) return '';
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

async function examplesOf(name) {
  const file = `test/components/${name}.examples.ts`;
  if (!existsSync(file)) return [];
  const { outputFiles } = await build({ entryPoints: [file], bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent' });
  const mod = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return mod.examples.map((e) => (typeof e === 'string' ? { name: '', html: e } : e));
}

function page(el, examples) {
  const name = el.tagName.replace(/^oxu-/, '');
  const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && m.privacy !== 'private');
  const attributes = (el.attributes ?? []).map((a) => {
    const field = fields.find((f) => f.name === a.fieldName);
    return [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), a.description ?? field?.description ?? ''];
  });
  const properties = fields.filter((f) => !f.attribute).map((f) => [code(f.name), code(f.type?.text), code(f.default), f.description ?? '']);
  const sections = [
    `# \`<${el.tagName}>\``,
    '',
    el.summary ?? '',
    '',
    el.description ?? '',
    '',
    '```html',
    `<script src="/assets/oxu.min.js"></script>        <!-- the drop-in defines every element -->`,
    '```',
    '',
    '```js',
    `import 'oxu/${name}.js';                       // this element only; the class alone: 'oxu/${name}.component.js'`,
    '```',
  ];
  if (examples.length) {
    sections.push('', '## Examples');
    for (const e of examples) {
      sections.push('', e.name ? `### ${e.name[0].toUpperCase()}${e.name.slice(1)}` : '', '', e.description ?? '', '', '```html', e.html.trim(), '```');
    }
  }
  const add = (title, body) => body && sections.push('', `## ${title}`, '', body);
  add('Attributes', table(['attribute', 'property', 'type', 'default', 'description'], attributes));
  add('Properties', table(['property', 'type', 'default', 'description'], properties));
  add('Events', table(['event', 'type', 'description'], (el.events ?? []).map((e) => [code(e.name), code(e.type?.text), e.description])));
  add('Slots', table(['slot', 'description'], (el.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', s.description])));
  add('CSS parts', table(['part', 'description'], (el.cssParts ?? []).map((p) => [code(p.name), p.description])));
  add(
    'CSS custom properties',
    table(['property', 'default', 'description'], (el.cssProperties ?? []).map((p) => [code(p.name), code(p.default), p.description])),
  );
  add('Keyboard and screen readers', behaviour(el));
  sections.push('', `*Made by \`npm run docs\` from \`dist/custom-elements.json\` and \`test/components/${name}.examples.ts\`.*`, '');
  return sections.join('\n').replace(/\n{3,}/g, '\n\n');
}

const pages = new Map();
for (const el of elements) pages.set(`${el.tagName.replace(/^oxu-/, '')}.md`, page(el, await examplesOf(el.tagName.replace(/^oxu-/, ''))));
pages.set(
  'README.md',
  ['# Elements', '', ...elements.map((el) => `- [\`<${el.tagName}>\`](${el.tagName.replace(/^oxu-/, '')}.md): ${el.summary ?? ''}`), ''].join('\n'),
);

if (check) {
  const stale = [...pages].filter(([file, text]) => !existsSync(join(OUT, file)) || readFileSync(join(OUT, file), 'utf8') !== text).map(([f]) => f);
  const extra = existsSync(OUT) ? readdirSync(OUT).filter((f) => !pages.has(f)) : [];
  if (stale.length || extra.length) {
    console.error(`docs/elements/ is not in step with the elements: ${[...stale, ...extra.map((f) => `${f} (no such element)`)].join(', ')}. Run \`npm run docs\`.`);
    process.exit(1);
  }
  console.log(`docs/elements/: ${pages.size} pages in step with the manifest`);
} else {
  mkdirSync(OUT, { recursive: true });
  for (const [file, text] of pages) writeFileSync(join(OUT, file), text);
  console.log(`docs/elements/: wrote ${pages.size} pages`);
}
