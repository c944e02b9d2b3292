// The package as a developer's build sees it. `npm test` runs this after
// `npm run build` and before the browser tests:
//
//   1. package.json agrees with src/components/* (exports, sideEffects, files);
//   2. `npm pack` ships what a user needs and nothing else;
//   3. the packed tarball, unpacked into a temporary app outside the repository
//      (node_modules/oxu beside a link to Lit), type-checks the app in
//      test/consumer/src/ through its exports map (tsc, bundler and NodeNext);
//   4. rollup bundles those apps into test/consumer/dist/ and each bundle holds
//      only what it imports (tree-shaking);
//   5. the examples in README.md and docs/*.md are true: every ```ts block
//      type-checks against the package, every ```html and ```css block names
//      only attributes, parts and custom properties the manifest lists;
//   6. the gzipped size of each element's ES module entry, for the record.
//
// Offline: nothing is installed; Lit comes from the repository's node_modules.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';

const root = fileURLToPath(new URL('../..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
// The app is copied outside the repository, so nothing resolves from the
// repository's node_modules by accident (as with pnpm, only oxu and lit are there).
const work = mkdtempSync(join(tmpdir(), 'oxu-consumer-'));
const modules = join(work, 'node_modules');
const installed = join(modules, 'oxu');
const started = Date.now();
process.on('exit', () => rmSync(work, { recursive: true, force: true }));
let failed = 0;

async function check(name, fn) {
  try {
    const note = await fn();
    console.log(`  pass  ${name}${note ? ` (${note})` : ''}`);
  } catch (error) {
    failed++;
    console.log(`  FAIL  ${name}\n        ${String(error?.message ?? error).replaceAll('\n', '\n        ')}`);
  }
}

function assert(ok, message) {
  if (!ok) throw new Error(message);
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Element folders: src/components/<name>/ with <name>.ts (define) and <name>.component.ts (class). */
const elements = readdirSync(join(root, 'src/components'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((name) => existsSync(join(root, `src/components/${name}/${name}.ts`)))
  .sort();

const entry = (base) => ({ types: `./dist/esm/${base}.d.ts`, default: `./dist/esm/${base}.js` });

console.log(`oxu consumer test: ${elements.length} elements (${elements.join(', ')})`);

// 1 ─────────────────────────────────────────────────────────────────────────
await check('package.json "exports" has a define entry and a class entry for every element, and no other', () => {
  for (const name of elements) {
    const classFile = join(root, `src/components/${name}/${name}.component.ts`);
    assert(existsSync(classFile), `src/components/${name}/ has no ${name}.component.ts (the class without registration)`);
    assert(same(pkg.exports[`./${name}.js`], entry(`components/${name}/${name}`)),
      `exports["./${name}.js"] should be ${JSON.stringify(entry(`components/${name}/${name}`))}`);
    assert(same(pkg.exports[`./${name}.component.js`], entry(`components/${name}/${name}.component`)),
      `exports["./${name}.component.js"] should be ${JSON.stringify(entry(`components/${name}/${name}.component`))}`);
  }
  const elementKeys = Object.keys(pkg.exports).filter((k) => /^\.\/[a-z0-9-]+(\.component)?\.js$/.test(k) && !['./settings.js', './oxu.min.js'].includes(k));
  const stale = elementKeys.filter((k) => !elements.includes(k.slice(2).replace(/(\.component)?\.js$/, '')));
  assert(!stale.length, `exports for elements that do not exist: ${stale.join(', ')}`);
  assert(same(pkg.exports['.'], entry('index')), 'exports["."] should be the index');
});

await check('every conditional export lists "types" first', () => {
  const bad = Object.entries(pkg.exports).filter(([, v]) => typeof v === 'object' && Object.keys(v)[0] !== 'types');
  assert(!bad.length, `"types" is not first in: ${bad.map(([k]) => k).join(', ')}`);
});

await check('"sideEffects" names exactly the drop-in, the index and each element\'s define file', () => {
  const expected = ['./dist/oxu.min.js', './dist/esm/index.js', ...elements.map((n) => `./dist/esm/components/${n}/${n}.js`)].sort();
  const actual = [...(pkg.sideEffects ?? [])].sort();
  assert(same(actual, expected), `sideEffects is\n${JSON.stringify(actual, null, 1)}\nexpected\n${JSON.stringify(expected, null, 1)}`);
});

await check('main, module, types, unpkg, jsdelivr, customElements and every export target exist after the build', () => {
  const targets = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements];
  for (const value of Object.values(pkg.exports)) targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
  const missing = targets.filter((t) => !t || !existsSync(join(root, t)));
  assert(!missing.length, `missing: ${missing.join(', ')} (run npm run build first)`);
  assert(pkg.unpkg === './dist/oxu.min.js' && pkg.jsdelivr === './dist/oxu.min.js', 'unpkg/jsdelivr should point at the drop-in');
  return `${targets.length} paths`;
});

await check('dist/esm imports nothing but lit (the one peer dependency) and its own files', () => {
  const bare = new Set();
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const file = join(dir, d.name);
      if (d.isDirectory()) walk(file);
      else if (d.name.endsWith('.js') || d.name.endsWith('.d.ts')) {
        for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"]([^'"]+)['"]/g)) {
          if (!spec.startsWith('.')) bare.add(spec);
        }
      }
    }
  };
  walk(join(root, 'dist/esm'));
  const foreign = [...bare].filter((s) => s !== 'lit' && !s.startsWith('lit/'));
  assert(!foreign.length, `imports of packages that are not peer dependencies: ${foreign.join(', ')}`);
  assert(Object.keys(pkg.peerDependencies ?? {}).join() === 'lit', 'lit should be the only peer dependency');
  return [...bare].sort().join(', ');
});

// 2 ─────────────────────────────────────────────────────────────────────────
const packDir = join(work, 'pack');
mkdirSync(packDir);
let tarball = null;
await check('npm pack ships dist/, src/ (for the declaration maps), README, LICENSE and package.json only', () => {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', packDir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [info] = JSON.parse(out);
  tarball = join(packDir, info.filename);
  const files = info.files.map((f) => f.path);
  const unexpected = files.filter((f) => !/^(dist\/|src\/|README\.md$|LICEN[CS]E(\.md|\.txt)?$|package\.json$)/i.test(f));
  assert(!unexpected.length, `files a user does not need: ${unexpected.join(', ')}`);
  const tests = files.filter((f) => /(^|\/)(test|tests|fixtures|demo|bench)\/|\.test\.|\.probe/.test(f));
  assert(!tests.length, `tests or fixtures in the package: ${tests.join(', ')}`);
  for (const must of ['package.json', 'README.md', 'dist/oxu.min.js', 'dist/custom-elements.json', 'dist/esm/index.js', 'dist/esm/index.d.ts']) {
    assert(files.includes(must), `${must} is not in the package`);
  }
  // Declaration maps and the ES modules' source maps point into src/: every
  // source they name must be shipped.
  const sources = new Set();
  for (const f of files.filter((f) => f.startsWith('dist/esm/') && f.endsWith('.map'))) {
    const map = JSON.parse(readFileSync(join(root, f), 'utf8'));
    for (const s of map.sources) sources.add(relative(root, join(root, f, '..', map.sourceRoot ?? '', s)));
  }
  const unshipped = [...sources].filter((s) => !files.includes(s));
  assert(!unshipped.length, `declaration maps name sources that are not shipped: ${unshipped.join(', ')}`);
  const licence = files.some((f) => /^LICEN[CS]E/i.test(f));
  const kb = (info.size / 1024).toFixed(1);
  return `${files.length} files, ${kb} KB packed${licence ? '' : '; note: no LICENSE file in the repository yet'}`;
});

// 3 ─────────────────────────────────────────────────────────────────────────
await check('the tarball installs as node_modules/oxu beside Lit, in an app outside the repository', () => {
  assert(tarball, 'no tarball (npm pack failed)');
  mkdirSync(modules);
  execFileSync('tar', ['-xzf', tarball, '-C', modules]);
  renameSync(join(modules, 'package'), installed);
  symlinkSync(join(root, 'node_modules/lit'), join(modules, 'lit'), 'dir');
  for (const f of ['package.json', 'tsconfig.json', 'tsconfig.nodenext.json', 'src']) cpSync(join(here, f), join(work, f), { recursive: true });
  return work;
});

const tsc = join(root, 'node_modules/.bin/tsc');
for (const [label, config] of [
  ['bundler resolution', 'tsconfig.json'],
  ['NodeNext resolution', 'tsconfig.nodenext.json'],
]) {
  await check(`tsc --noEmit (${label}): tags, events and the store are typed through "exports"`, () => {
    try {
      execFileSync(tsc, ['--noEmit', '-p', join(work, config)], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      throw new Error(`${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message);
    }
  });
}

// 4 ─────────────────────────────────────────────────────────────────────────
const pkgFile = (path) => join(installed, path);
const componentsDir = pkgFile('dist/esm/components');
/** The package's own modules a bundle rendered code from, relative to the package. */
const rendered = (chunk) =>
  Object.entries(chunk.modules)
    .filter(([, m]) => m.renderedLength > 0)
    .map(([id]) => id.split('?')[0]);
const ofPackage = (ids) => ids.filter((id) => id.startsWith(installed + '/')).map((id) => relative(installed, id));
const elementsIn = (ids) => [...new Set(ofPackage(ids).filter((p) => p.startsWith('dist/esm/components/') && p.split('/').length === 5).map((p) => p.split('/')[3]))].sort();
const isLit = (id) => /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id);

async function bundleApp(name) {
  const bundle = await rollup({
    input: join(work, 'src', `${name}.ts`),
    plugins: [nodeResolve({ browser: true }), esbuild({ target: 'es2021', tsconfig: join(work, 'tsconfig.json') })],
    onwarn: (w, warn) => (w.code === 'CIRCULAR_DEPENDENCY' ? undefined : warn(w)),
  });
  const { output } = await bundle.write({ dir: join(here, 'dist'), format: 'es', entryFileNames: '[name].js' });
  await bundle.close();
  const [chunk] = output;
  return { ids: rendered(chunk), code: chunk.code };
}

rmSync(join(here, 'dist'), { recursive: true, force: true });
const apps = {};
for (const app of ['font-size-only', 'own-tag', 'store-only', 'everything']) {
  await check(`rollup bundles src/${app}.ts`, async () => {
    apps[app] = await bundleApp(app);
    return `${(apps[app].code.length / 1024).toFixed(1)} KB unminified`;
  });
}

await check("import 'oxu/font-size.js' bundles <oxu-font-size> and no other element's code (no news card)", () => {
  const app = apps['font-size-only'];
  assert(app, 'not bundled');
  const found = elementsIn(app.ids);
  assert(same(found, ['font-size']), `elements in the bundle: ${found.join(', ')}`);
  for (const other of elements.filter((n) => n !== 'font-size')) {
    assert(!new RegExp(`(?<![\\w-])oxu-${other}(?![\\w-])`).test(app.code), `the bundle names <oxu-${other}>`);
  }
  assert(!/class OxuNewsCard\b/.test(app.code), 'the bundle holds the news card class');
  return `${ofPackage(app.ids).length} oxu modules`;
});

await check("import { OxuFontSize } from 'oxu/font-size.component.js' registers nothing: no define file, no index", () => {
  const app = apps['own-tag'];
  assert(app, 'not bundled');
  const files = ofPackage(app.ids);
  assert(files.includes('dist/esm/components/font-size/font-size.component.js'), 'the class is missing');
  const defines = files.filter((f) => pkg.sideEffects.includes(`./${f}`));
  assert(!defines.length, `side-effect modules in the bundle: ${defines.join(', ')}`);
  assert(!app.code.includes("'oxu-font-size'") && !app.code.includes('"oxu-font-size"'), 'the bundle registers oxu-font-size');
});

await check("import { settings } from 'oxu/settings.js' bundles the store without Lit and without elements", () => {
  const app = apps['store-only'];
  assert(app, 'not bundled');
  const lit = app.ids.filter(isLit);
  assert(!lit.length, `Lit modules in the bundle: ${lit.map((id) => relative(root, id)).join(', ')}`);
  assert(!elementsIn(app.ids).length, `elements in the bundle: ${elementsIn(app.ids).join(', ')}`);
  return `${(gzipSync(app.code, { level: 9 }).length / 1024).toFixed(1)} KB gzip unminified`;
});

await check("import 'oxu' bundles every element (the control for the checks above)", () => {
  const app = apps.everything;
  assert(app, 'not bundled');
  const found = elementsIn(app.ids);
  const missing = elements.filter((n) => !found.includes(n));
  assert(!missing.length, `src/index.ts does not import: ${missing.join(', ')}`);
});

// 5 ─────────────────────────────────────────────────────────────────────────
const docFiles = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];
/** Fenced code blocks of one language in one Markdown file. */
const blocks = (file, lang) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'gm'))].map((m) => m[1]);

await check('docs: every ```ts example type-checks against the packed package', () => {
  const dir = join(work, 'docs-examples');
  mkdirSync(dir);
  let count = 0;
  for (const file of docFiles) {
    blocks(file, 'ts').forEach((code, i) => {
      // Each example is a module of its own; `export {}` keeps it one when it has no imports.
      writeFileSync(join(dir, `${file.replace(/\W+/g, '-')}-${i + 1}.ts`), `${code}\nexport {};\n`);
      count++;
    });
  }
  // A program of their own: examples may declare the same tag as the consumer app does.
  writeFileSync(join(work, 'tsconfig.docs.json'), JSON.stringify({ extends: './tsconfig.json', include: ['docs-examples/**/*.ts'] }));
  try {
    execFileSync(tsc, ['--noEmit', '-p', join(work, 'tsconfig.docs.json')], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    throw new Error(`${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || error.message);
  }
  return `${count} examples`;
});

const manifestFile = join(root, 'dist/custom-elements.json');
const manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : { modules: [] };
const described = new Map(
  manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]),
);
const namesOf = (decl, key) => (decl?.[key] ?? []).map((x) => x.name);

await check('docs: every ```html and ```css example names real attributes, parts and custom properties', () => {
  assert(described.size, 'dist/custom-elements.json is missing or empty (run npm run build first)');
  const wrong = [];
  const GLOBAL_ATTRIBUTE = /^(slot|lang|class|id|style|hidden|role|title|dir|tabindex|aria-[\w-]+|data-[\w-]+)$/;
  for (const file of docFiles) {
    for (const code of blocks(file, 'html')) {
      for (const [, tag, attrs] of code.matchAll(/<(oxu-[\w-]+)([^>]*)>/g)) {
        const decl = described.get(tag);
        if (!decl) { wrong.push(`${file}: <${tag}> is no element`); continue; }
        for (const [, attr] of attrs.replace(/=\s*("[^"]*"|'[^']*'|[^\s>]+)/g, '=').matchAll(/\s([\w-]+)(?==|\s|$)/g)) {
          if (!GLOBAL_ATTRIBUTE.test(attr) && !namesOf(decl, 'attributes').includes(attr)) wrong.push(`${file}: <${tag} ${attr}>`);
        }
      }
    }
    for (const code of blocks(file, 'css')) {
      for (const [, tag, part] of code.matchAll(/(oxu-[\w-]+)::part\(([\w-]+)\)/g)) {
        if (!namesOf(described.get(tag), 'cssParts').includes(part)) wrong.push(`${file}: ${tag}::part(${part})`);
      }
      for (const [, prop] of code.matchAll(/(--oxu-[\w-]+)/g)) {
        const owner = [...described.keys()].filter((t) => prop.startsWith(`--${t}-`)).sort((a, b) => b.length - a.length)[0];
        if (!namesOf(described.get(owner), 'cssProperties').includes(prop)) wrong.push(`${file}: ${prop}`);
      }
    }
  }
  assert(!wrong.length, `not in custom-elements.json:\n${wrong.join('\n')}`);
});

await check('docs/styling.md lists every part and custom property of every element', () => {
  const text = readFileSync(join(root, 'docs/styling.md'), 'utf8');
  const missing = [];
  for (const [tag, decl] of described) {
    const section = text.split(/^### /m).find((s) => s.startsWith(`\`<${tag}>\``)) ?? '';
    for (const part of namesOf(decl, 'cssParts')) if (!section.includes(`| \`${part}\` |`)) missing.push(`${tag} part ${part}`);
    for (const prop of namesOf(decl, 'cssProperties')) if (!section.includes(`| \`${prop}\` |`)) missing.push(`${tag} ${prop}`);
  }
  assert(!missing.length, `missing from "Every part and custom property":\n${missing.join('\n')}`);
});

// 6 ─────────────────────────────────────────────────────────────────────────
const sizes = [];
await check('per-entry sizes (rollup + terser, Lit external, gzip -9)', async () => {
  const entries = [['oxu', 'dist/esm/index.js'], ['oxu/settings.js', 'dist/esm/settings.js']];
  for (const name of elements) entries.push([`oxu/${name}.js`, `dist/esm/components/${name}/${name}.js`]);
  for (const [label, file] of entries) {
    const bundle = await rollup({
      input: pkgFile(file),
      external: (id) => id === 'lit' || id.startsWith('lit/'),
      onwarn: () => {},
    });
    const { output } = await bundle.generate({ format: 'es', plugins: [terser({ ecma: 2021, module: true, format: { comments: false } })] });
    await bundle.close();
    const code = output[0].code;
    sizes.push([label, code.length, gzipSync(code, { level: 9 }).length]);
  }
});
if (sizes.length) {
  const w = Math.max(...sizes.map(([l]) => l.length));
  for (const [label, min, gz] of sizes) console.log(`        ${label.padEnd(w)}  ${(min / 1024).toFixed(1).padStart(5)} KB min  ${(gz / 1024).toFixed(2).padStart(5)} KB gzip`);
}

rmSync(work, { recursive: true, force: true });
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failed) {
  console.log(`oxu consumer test: ${failed} FAILED (${seconds} s)`);
  process.exit(1);
}
console.log(`oxu consumer test: all passed (${seconds} s)`);
