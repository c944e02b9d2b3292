// Rollup plugin for the drop-in bundle: strips comments and indentation from
// the static text of Lit's css``, html`` and svg`` templates, which a JS
// minifier leaves alone. Line breaks are kept, so source maps stay line-accurate.

import MagicString from 'magic-string';

const TAGS = new Set(['css', 'html', 'svg']);
const MAY_HAVE_TEMPLATES = /\b(css|html|svg)`/;

/** `css`, `html` or `svg` when `tag` is that name or a property of that name, else null. */
function tagName(tag) {
  const name = tag.type === 'Identifier' ? tag.name : tag.type === 'MemberExpression' && !tag.computed ? tag.property.name : null;
  return TAGS.has(name) ? name : null;
}

/** Calls `visit` on every node of an ESTree tree. */
function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key in node) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && key !== 'loc') walk(value, visit);
  }
}

const keepLines = (text) => text.replace(/[^\n]/g, '');

export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, keepLines)
    .split('\n')
    .map((line) => line.trim().replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1'))
    .join('\n');
}

export function minifyHtml(text) {
  // Whitespace between inline elements is meaningful, so runs shrink to one character, never to none.
  return text
    .replace(/<!--(?!\?lit)[\s\S]*?-->/g, keepLines)
    .replace(/[ \t]*\n[ \t\n]*/g, (m) => '\n'.repeat(Math.max(1, m.split('\n').length - 1)))
    .replace(/[ \t]{2,}/g, ' ');
}

/**
 * Reads each module with the bundler's own parser (`this.parse`), so regular
 * expressions, strings and comments in template expressions are read as
 * JavaScript, not guessed at.
 */
export function minifyTemplates() {
  return {
    name: 'oxu-minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[cm]?[jt]s$/.test(id) || !MAY_HAVE_TEMPLATES.test(code)) return null;
      const out = new MagicString(code);
      walk(this.parse(code), (node) => {
        if (node.type !== 'TaggedTemplateExpression') return;
        const name = tagName(node.tag);
        if (!name) return;
        const minify = name === 'css' ? minifyCss : minifyHtml;
        for (const quasi of node.quasi.quasis) {
          if (quasi.end <= quasi.start) continue;
          const text = code.slice(quasi.start, quasi.end);
          const small = minify(text);
          if (small !== text) out.overwrite(quasi.start, quasi.end, small);
        }
      });
      return out.hasChanged() ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) } : null;
    },
  };
}
