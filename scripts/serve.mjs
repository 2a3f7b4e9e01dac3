#!/usr/bin/env node
/**
 * Serves the static export (out/) on 127.0.0.1 with gzip, like a plain static host. It logs
 * nothing about requests: the site must work without server logs.
 *   node scripts/serve.mjs [--port 3000] [--dir out]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '3000'));
const root = path.resolve(option('dir', 'out'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.svg']);

function resolveFile(urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return null;
  }
  const candidate = path.resolve(root, `.${pathname}`);
  if (!candidate.startsWith(root)) return null;
  if (existsSync(candidate) && statSync(candidate).isDirectory()) {
    const index = path.join(candidate, 'index.html');
    return existsSync(index) ? index : null;
  }
  if (existsSync(candidate)) return candidate;
  if (existsSync(`${candidate}.html`)) return `${candidate}.html`;
  return null;
}

if (!existsSync(root)) {
  console.error(`serve: ${root} does not exist; run "npm run build" first`);
  process.exit(1);
}

createServer((request, response) => {
  const file = resolveFile(request.url ?? '/');
  const status = file ? 200 : 404;
  const target = file ?? path.join(root, '404.html');
  const ext = path.extname(target);
  const headers = {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    Vary: 'Accept-Encoding',
  };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (gzip) headers['Content-Encoding'] = 'gzip';
  response.writeHead(status, headers);
  if (request.method === 'HEAD') return response.end();
  const stream = createReadStream(target);
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || root} at http://127.0.0.1:${port}/`);
});
