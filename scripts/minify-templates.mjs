// Rollup plugin for the drop-in bundle: strips comments and indentation from
// the static text of Lit's css`` and html`` templates, which a JS minifier
// leaves alone. Line breaks are kept, so source maps stay line-accurate.

const TAG = /\b(css|html|svg)`/g;

/** Index just past the `}` closing a `${` expression that starts at `i`. */
function skipExpression(code, i) {
  let depth = 1;
  while (i < code.length) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '/') {
      i = code.indexOf('\n', i);
      if (i < 0) return code.length;
    } else if (c === '/' && code[i + 1] === '*') {
      i = code.indexOf('*/', i + 2) + 2;
      if (i < 2) return code.length;
    } else if (c === '"' || c === "'") {
      i++;
      while (i < code.length && code[i] !== c) i += code[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '`') {
      i = scanTemplate(code, i + 1).end;
    } else {
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return i + 1;
      i++;
    }
  }
  return i;
}

/** The static text ranges of a template literal whose body starts at `i`. */
function scanTemplate(code, i) {
  const parts = [];
  let start = i;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') i += 2;
    else if (c === '`') {
      parts.push([start, i]);
      return { parts, end: i + 1 };
    } else if (c === '$' && code[i + 1] === '{') {
      parts.push([start, i]);
      i = skipExpression(code, i + 2);
      start = i;
    } else i++;
  }
  return { parts, end: i };
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

export function minifyTemplates() {
  return {
    name: 'oxu-minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.[cm]?[jt]s$/.test(id) || !TAG.test(code)) return null;
      TAG.lastIndex = 0;
      const edits = [];
      for (const m of code.matchAll(TAG)) {
        const { parts } = scanTemplate(code, m.index + m[0].length);
        for (const [s, e] of parts) edits.push([s, e, m[1] === 'css' ? minifyCss : minifyHtml]);
      }
      // Nested templates are found twice (alone, and inside their parent's expression): edit each range once.
      const seen = new Set();
      const unique = edits.filter(([s, e]) => !seen.has(`${s}:${e}`) && seen.add(`${s}:${e}`)).sort((a, b) => b[0] - a[0]);
      let out = code;
      for (const [s, e, fn] of unique) out = out.slice(0, s) + fn(out.slice(s, e)) + out.slice(e);
      return out === code ? null : { code: out, map: null };
    },
  };
}
