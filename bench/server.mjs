// A tiny static + generated-page server on 127.0.0.1 (ephemeral port).
//   /dist/...            the project's build
//   /peer/<pkg>/...      files of installed toolbars (node_modules)
//   /init/<id>.js        a toolbar's initialisation snippet (its documented call)
//   /demo/...            the demo page's assets
//   /page/<kind>?tb=<id>&...  generated pages with one toolbar's snippets
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { demoPage, growthPage, rulesPage, correctnessPage } from './pages.mjs';
import { TOOLBARS } from './toolbars.mjs';

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.html': 'text/html; charset=utf-8',
  '.ico': 'image/x-icon',
};

export async function startServer(root, snapshots = new Map()) {
  const cache = new Map();
  const toolbar = (id) => TOOLBARS.find((t) => t.id === id) ?? TOOLBARS.find((t) => t.id === 'none');

  const handler = async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    try {
      if (url.pathname.startsWith('/page/')) {
        const kind = url.pathname.slice(6);
        const tb = toolbar(url.searchParams.get('tb'));
        const key = url.pathname + url.search;
        let html = cache.get(key);
        if (!html) {
          const snippets = { head: tb.head, bodyStart: tb.bodyStart, bodyEnd: tb.bodyEnd };
          const n = Number(url.searchParams.get('n') || 1000);
          if (kind === 'demo') html = demoPage(root, snippets);
          else if (kind === 'growth') html = growthPage({ n, kind: url.searchParams.get('unit') || 'px' }, snippets);
          else if (kind === 'rules') html = rulesPage({ rules: n }, snippets);
          else if (kind === 'correctness') html = correctnessPage(snippets);
          else return send(404, 'text/plain', 'no such page');
          cache.set(key, html);
        }
        return send(200, TYPES['.html'], html);
      }
      if (url.pathname.startsWith('/init/')) {
        const tb = toolbar(url.pathname.slice(6).replace(/\.js$/, ''));
        return send(200, TYPES['.js'], tb.init || '');
      }
      const snap = snapshots.get(url.pathname.startsWith('/peer/') ? `node_modules/${url.pathname.slice(6)}` : url.pathname.slice(1));
      if (snap) return send(200, TYPES[extname(url.pathname)] || 'application/octet-stream', snap);
      let file;
      if (url.pathname.startsWith('/dist/')) file = join(root, normalize(url.pathname));
      else if (url.pathname.startsWith('/demo/')) file = join(root, normalize(url.pathname));
      else if (url.pathname.startsWith('/peer/')) file = join(root, 'node_modules', normalize(url.pathname.slice(6)));
      else return send(404, 'text/plain', 'not found');
      if (!file.startsWith(root)) return send(403, 'text/plain', 'no');
      const body = await readFile(file);
      return send(200, TYPES[extname(file)] || 'application/octet-stream', body);
    } catch (e) {
      return send(404, 'text/plain', String(e.message));
    }
  };

  const server = http.createServer((req, res) => void handler(req, res));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}
