// Serves `/__oxu/package-layout.json` to the package tests: the element
// folders, the source and built ES modules and package.json's "sideEffects", which a
// browser cannot list by itself.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function filesUnder(dir, suffix) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return filesUnder(path, suffix);
    return d.name.endsWith(suffix) ? [path] : [];
  });
}

export function packageLayoutPlugin() {
  return {
    name: 'oxu-package-layout',
    serve(context) {
      if (context.path !== '/__oxu/package-layout.json') return undefined;
      const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
      const components = readdirSync('src/components', { withFileTypes: true })
        .filter((d) => d.isDirectory() && existsSync(`src/components/${d.name}/${d.name}.ts`))
        .map((d) => d.name)
        .sort();
      const esm = filesUnder('dist/esm', '.js').map((f) => `/${relative('.', f)}`).sort();
      const src = filesUnder('src', '.ts').map((f) => `/${relative('.', f)}`).sort();
      return {
        type: 'json',
        body: JSON.stringify({ components, esm, src, sideEffects: pkg.sideEffects ?? [], exports: pkg.exports }),
      };
    },
  };
}

/**
 * Builds what the drop-in and package tests load when it is missing, so that
 * `wtr --files …` runs any test file alone. `npm test` has built both already.
 */
export function prerequisitesPlugin() {
  const run = (what, cmd, args) => {
    console.log(`Building ${what} first: ${[cmd, ...args].join(' ')}`);
    execFileSync(cmd, args, { stdio: 'inherit' });
  };
  return {
    name: 'oxu-test-prerequisites',
    serverStart() {
      if (!existsSync('dist/oxu.min.js') || !existsSync('dist/esm/index.js')) run('dist/', 'npm', ['run', 'build']);
      if (!existsSync('test/consumer/dist/font-size-only.js')) run('the consumer bundles', process.execPath, ['test/consumer/run.mjs']);
    },
  };
}
