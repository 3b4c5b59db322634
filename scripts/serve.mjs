// A tiny static file server for the demo page and the browser tests (Node 20, no dependencies).
//
//   node scripts/serve.mjs [root] [port]        # defaults: www 8080, bound to 127.0.0.1
//   import { startServer } from './serve.mjs'; const { url, close } = await startServer({ root: 'www' });
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', // needed by WebAssembly.instantiateStreaming
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8', // wasm-pack's .d.ts files
};

function isInside(dir, file) {
  return file === dir || file.startsWith(dir + path.sep);
}

/** Maps a request path to a file under `root`, or returns an HTTP status for why it can't. */
async function resolveFile(root, realRoot, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return { status: 400 };
  }
  if (rel.includes('\0')) return { status: 400 };
  // Lexical check first ('..', encoded slashes), then the real path (symlinks pointing outside).
  let file = path.resolve(root, '.' + path.posix.sep + rel);
  if (!isInside(root, file)) return { status: 403 };
  let stat;
  try {
    stat = await fs.stat(file);
    if (stat.isDirectory()) {
      file = path.join(file, 'index.html');
      stat = await fs.stat(file);
    }
    if (!stat.isFile()) return { status: 404 };
    if (!isInside(realRoot, await fs.realpath(file))) return { status: 403 };
  } catch {
    return { status: 404 };
  }
  return { file, stat };
}

/**
 * Serves `root` over HTTP. Resolves once listening; `port = 0` picks a free port.
 * @returns {Promise<{server: http.Server, url: string, close: () => Promise<void>}>}
 */
export async function startServer({ root, port = 0, host = '127.0.0.1' } = {}) {
  if (!root) throw new Error('startServer: root is required');
  root = path.resolve(root);
  const realRoot = await fs.realpath(root);

  const server = http.createServer(async (req, res) => {
    const send = (status, body = '', headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed\n', { Allow: 'GET, HEAD' });

    let urlPath;
    try {
      urlPath = new URL(req.url, 'http://localhost').pathname;
    } catch {
      return send(400, 'bad request\n');
    }
    const found = await resolveFile(root, realRoot, urlPath);
    if (found.status) return send(found.status, `${http.STATUS_CODES[found.status].toLowerCase()}\n`);

    let body;
    try {
      body = req.method === 'HEAD' ? undefined : await fs.readFile(found.file);
    } catch {
      return send(404, 'not found\n');
    }
    res.writeHead(200, {
      'Content-Type': MIME_TYPES[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': found.stat.size,
      'Cache-Control': 'no-store', // a dev server: always serve the freshly built wasm
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}/`;
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections(); // don't wait for a browser's keep-alive sockets
    });
  return { server, url, close };
}

// Run directly: serve and print the URL.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const [root = 'www', port = '8080'] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port) });
  console.log(`serving ${path.resolve(root)} at ${url}`);
}
