// `dist/custom-elements.json`, the elements manifest, from the JSDoc on the
// component classes. Run by scripts/build.mjs:
//   npx custom-elements-manifest analyze --config custom-elements-manifest.config.mjs

/** Lit's static configuration: how the element is built, not how it is used. */
const LIT_STATICS = new Set(['styles', 'shadowRootOptions', 'properties', 'formAssociated']);

const isInternal = (member) =>
  member.privacy === 'private' ||
  member.privacy === 'protected' ||
  /^[_#]/.test(member.name) ||
  (member.static && LIT_STATICS.has(member.name));

/** Deep-maps every `path`/`module` string that names a source file to the file the package ships. */
const toShipped = (value) =>
  typeof value === 'string' ? value.replace(/^\/?src\/(.*)\.ts$/, 'dist/esm/$1.js') : value;

function rewritePaths(node) {
  if (Array.isArray(node)) node.forEach(rewritePaths);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'path' || key === 'module') node[key] = toShipped(value);
      else rewritePaths(value);
    }
  }
}

/**
 * Keeps the manifest to what a user of the elements can rely on, and points it
 * at the shipped ES modules rather than the TypeScript sources.
 */
function publicApiOnly() {
  return {
    name: 'oxu-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      const definitions = [];
      for (const mod of customElementsManifest.modules) {
        // Helper functions a module keeps to itself are not part of the package.
        const exported = new Set((mod.exports ?? []).map((e) => e.declaration?.name ?? e.name));
        mod.declarations = (mod.declarations ?? []).filter((d) => exported.has(d.name));
        for (const decl of mod.declarations) {
          if (decl.members) decl.members = decl.members.filter((m) => !isInternal(m));
          if (decl.attributes) decl.attributes = decl.attributes.filter((a) => !a.fieldName || !/^[_#]/.test(a.fieldName));
          // `this.dispatchEvent(new OxuChangeEvent(…))` shows up as a nameless event
          // beside the documented `@fires` entry of the same type.
          if (decl.events) {
            const named = new Set(decl.events.filter((e) => e.name).map((e) => e.type?.text));
            decl.events = decl.events.filter((e) => e.name || !named.has(e.type?.text));
          }
          if (decl.customElement && decl.tagName) {
            // x/x.component.ts holds the class, x/x.ts registers it (see src/define.ts).
            definitions.push({
              kind: 'javascript-module',
              path: mod.path.replace(/\.component\.ts$/, '.ts'),
              declarations: [],
              exports: [
                { kind: 'js', name: decl.name, declaration: { name: decl.name, module: mod.path } },
                { kind: 'custom-element-definition', name: decl.tagName, declaration: { name: decl.name, module: mod.path } },
              ],
            });
          }
        }
      }
      customElementsManifest.modules.push(...definitions);
      rewritePaths(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['src/components/*/*.component.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly()],
};
