// The local static server every benchmark page is loaded from (start-up, timeline, import,
// the wasm and search pages): files from one folder, a few extra routes, no caching.
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.json': 'application/json', '.jsonl': 'text/plain',
  '.css': 'text/css', '.svg': 'image/svg+xml' };

/**
 * Serves `root` on a free localhost port and resolves to `{ server, origin }`.
 * - `route(path)`: a file for a URL path outside `root` (or undefined for the folder's own);
 * - `headers`: added to every response (default `cache-control: no-store`);
 * - `onServe(path, bytes)`: called for every file sent (to count what a page fetched).
 */
export async function serve(root, { route = () => undefined, headers = { 'cache-control': 'no-store' }, onServe } = {}) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = route(path) || join(root, normalize(path === '/' ? '/index.html' : path));
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', ...headers });
      if (onServe) onServe(path, body.length);
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
