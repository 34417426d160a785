// A static HTTP server on 127.0.0.1 for bench pages: files live in memory (bundles, HTML) so
// nothing is written to the tree, and a benchmark can mount its own routes (e.g. a feed that
// counts its requests).
import { createServer } from 'node:http';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const typeOf = (path) => TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';

export async function startServer() {
  const files = new Map();
  const routes = [];

  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    const route = routes.find((r) => path.startsWith(r.prefix));
    if (route) return route.handler(req, res);
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not Found');
      return;
    }
    // no-store: every page load must measure the bundle we just built, never a cached one.
    res.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-store' }).end(file.body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;

  return {
    origin,
    /** The absolute URL of a path on this server. */
    url: (path) => new URL(path, origin).href,
    /** Serves `body` at `path` (e.g. `/card.html`); the content type follows the extension. */
    serve(path, body, type = typeOf(path)) {
      files.set(path, { body, type });
      return new URL(path, origin).href;
    },
    /** Hands every request whose path starts with `prefix` to a Node `(req, res)` handler. */
    route(prefix, handler) {
      routes.push({ prefix, handler });
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
