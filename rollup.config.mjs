import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { cssText } from './scripts/css-plugin.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** Every element's two modules: the class (no side effects) and the define file. */
const componentEntries = readdirSync('src/components', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => [`src/components/${d.name}/${d.name}.ts`, `src/components/${d.name}/${d.name}.component.ts`])
  .filter((f) => existsSync(f));

/**
 * Private reactive properties (`@state() private _compact`): the decorator
 * registers each by its name as a string, which property mangling does not
 * rename, so their names are kept, or setting one would not re-render.
 */
const REACTIVE_PRIVATE = [
  ...new Set(
    readdirSync('src', { recursive: true })
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...readFileSync(`src/${f}`, 'utf8').matchAll(/@(?:state|property)\([^)]*\)\s*(?:(?:private|protected|readonly|accessor)\s+)*(_\w+)/g)].map((m) => m[1])),
  ),
];

const ts = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: false, sourceMap: true });

/**
 * The drop-in's first statement. A browser without what oxu is built on
 * (constructed stylesheets shared through adoptedStyleSheets, regular-expression
 * look-behind: Safari 16.4, Firefox 101) leaves the whole bundle here, before
 * anything is defined or touched: the page stays as its authors made it, with
 * no error and no window.Oxu.
 */
const SUPPORTED_OR_LEAVE = `if (!('adoptedStyleSheets' in Document.prototype) || !('replaceSync' in CSSStyleSheet.prototype) ||
  !(() => { try { return new RegExp('(?<!a)b').test('b'); } catch (e) { return false; } })()) return;`;

export default [
  // ES modules for bundler users: one module per source file, Lit left to the app.
  // The entries are the package's "exports" (see package.json): everything, the
  // store alone, and per element its define file and its class.
  {
    input: ['src/index.ts', 'src/settings.ts', ...componentEntries],
    external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
    plugins: [cssText(), ts()],
    output: {
      dir: 'dist/esm',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      // The package ships src/ (for the declaration maps): the maps point there.
      sourcemapExcludeSources: true,
      entryFileNames: '[name].js',
    },
  },
  // The drop-in: one classic script with Lit inside, for a <script> tag in <head>.
  {
    input: 'src/drop-in.ts',
    plugins: [nodeResolve({ exportConditions: ['production'] }), cssText(), ts(), minifyTemplates()],
    output: {
      file: 'dist/oxu.min.js',
      format: 'iife',
      name: 'OxuBundle',
      intro: SUPPORTED_OR_LEAVE,
      // V8's compile hint (Chromium 136 and later; other engines read a comment): every
      // function is compiled while the file streams in, off the main thread, instead of
      // on the main thread at its first call, in <head> and at the visitor's first step.
      // Measured here: 2–3 ms less in <head>, about 4 ms less at the first step, 64 KB more heap.
      banner: '//# allFunctionsCalledOnLoad',
      sourcemap: true,
      plugins: [
        terser({
          ecma: 2021,
          module: false,
          compress: { passes: 2 },
          // Private members (`_name`) get short names, as Lit's own build does; `_$…` are
          // the names Lit keeps stable between its copies, so they stay, and so do
          // private reactive properties (REACTIVE_PRIVATE).
          mangle: { properties: { regex: /^_(?!\$)/, reserved: REACTIVE_PRIVATE } },
          format: { comments: /^# allFunctionsCalledOnLoad$/ }, // the hint above, and nothing else
        }),
      ],
    },
  },
];
