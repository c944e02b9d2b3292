// What each module costs in the drop-in: rollup bundles src/drop-in.ts as the
// real build does (rollup.config.mjs), then each module's rendered code is
// minified alone with the same terser options and gzipped alone. Alone, a
// module compresses a little worse than inside the bundle, so the column adds
// up to more than the file: it ranks the modules, it does not split the file.
//
//   node bench/module-sizes.mjs     prints the table (npm run bench reports it too)
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { minify } from 'terser';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** @returns {Promise<Array<{ module: string, min: number, gzip: number }>>} largest first */
export async function moduleSizes() {
  const cwd = process.cwd();
  process.chdir(ROOT); // the config resolves src/ and scripts/ from the project root
  try {
    const [, dropIn] = (await import(new URL('../rollup.config.mjs', import.meta.url).href)).default;
    const bundle = await rollup({ input: dropIn.input, plugins: dropIn.plugins, onwarn: () => {} });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    const rows = [];
    for (const [id, mod] of Object.entries(output[0].modules)) {
      if (!mod.code?.trim()) continue;
      // Not as a module: its top-level names are used by other modules, so they must stay.
      const { code = '' } = await minify(mod.code, { ecma: 2021, module: false, toplevel: false, compress: { passes: 2 } });
      rows.push({ module: relative(ROOT, id).replace(/^node_modules\//, ''), min: code.length, gzip: gzipSync(code, { level: 9 }).length });
    }
    return rows.sort((a, b) => b.gzip - a.gzip);
  } finally {
    process.chdir(cwd);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = await moduleSizes();
  const kb = (n) => (n / 1024).toFixed(2).padStart(6);
  for (const r of rows) console.log(`${kb(r.min)} KB min ${kb(r.gzip)} KB gzip  ${r.module}`);
  console.log(`${kb(rows.reduce((s, r) => s + r.min, 0))} KB min ${kb(rows.reduce((s, r) => s + r.gzip, 0))} KB gzip  (modules alone, summed)`);
}
