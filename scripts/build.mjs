// `npm run build`: the drop-in bundle and the ES modules (rollup), their type
// declarations (tsc), and the elements manifest (custom-elements-manifest).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

rmSync('dist', { recursive: true, force: true });
run('npx', ['rollup', '-c', '--silent']);
run('npx', ['tsc', '-p', 'tsconfig.json']);
litTypesFromLit('dist/esm');
run('npx', ['custom-elements-manifest', 'analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs']);

/**
 * tsc writes inferred types such as `render(): import("lit-html").TemplateResult`,
 * naming Lit's internal packages. Users depend on `lit` only (strict package
 * managers such as pnpm do not let them see lit-html), and `lit` re-exports
 * everything those three packages export at their root.
 */
function litTypesFromLit(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) litTypesFromLit(file);
    else if (entry.name.endsWith('.d.ts')) {
      const text = readFileSync(file, 'utf8');
      const fixed = text.replace(/import\((["'])(lit-html|lit-element|@lit\/reactive-element)\1\)/g, 'import($1lit$1)');
      if (fixed !== text) writeFileSync(file, fixed);
    }
  }
}
