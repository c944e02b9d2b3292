// Lets source files `import css from './x.css'` and get the stylesheet as a
// minified string, for constructed stylesheets. One rollup plugin, also used by
// the dev server and test runner through @web/dev-server-rollup.
import postcss from 'postcss';

/** Drops comments and needless white space; postcss has no minifier of its own. */
const compact = {
  postcssPlugin: 'oxu-compact',
  OnceExit(root) {
    root.walkComments((c) => c.remove());
    root.walk((node) => {
      node.raws.before = '';
      node.raws.after = '';
      node.raws.between = node.type === 'decl' ? ':' : '';
      if (node.type === 'rule') node.selector = node.selector.replace(/\s*,\s*/g, ',').replace(/\s+/g, ' ');
      if (node.type === 'decl') node.value = node.value.replace(/\s+/g, ' ').trim();
      if ('semicolon' in node.raws) node.raws.semicolon = false;
    });
  },
};

export function cssText() {
  const processor = postcss([compact]);
  return {
    name: 'oxu-css-text',
    async transform(code, id) {
      if (!id.endsWith('.css')) return null;
      const result = await processor.process(code, { from: id });
      return { code: `export default ${JSON.stringify(result.css)};`, map: { mappings: '' } };
    },
  };
}
