#!/usr/bin/env node
/**
 * Serves the static export (out/) on 127.0.0.1 with gzip and the headers a real host should send
 * (scripts/lib/csp.mjs): a per-page Content-Security-Policy whose script hashes match the file
 * sent (from out/_csp.json, written by scripts/postbuild.mjs), no framing, no referrer, no
 * caching of HTML. It logs nothing about requests: the site must work without server logs.
 *   node scripts/serve.mjs [--port 3000] [--dir out]      (--port 0: any free port, printed)
 */
import { createReadStream, existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';
import { COMMON_HEADERS, cacheControl } from './lib/csp.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(option('port', process.env.PORT ?? '3000'));
const dir = path.resolve(option('dir', 'out'));

if (!existsSync(path.join(dir, '_csp.json'))) {
  console.error(`serve: ${path.join(dir, '_csp.json')} does not exist; run "npm run build" first (next build, then scripts/postbuild.mjs)`);
  process.exit(1);
}
// The real path, so that a root reached through a symlink still contains its own files.
const root = realpathSync(dir);
const csp = JSON.parse(readFileSync(path.join(root, '_csp.json'), 'utf8'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.webmanifest', '.txt', '.svg']);

/**
 * Inside the root: the root itself or below "root/". A bare startsWith(root) would let
 * "/srv/out-evil/…" pass for the root "/srv/out".
 */
const inside = (file) => file === root || file.startsWith(root + path.sep);

/** The file a URL path names, or null (→ 404) for anything that is not a file inside the root. */
function resolveFile(urlPath) {
  let pathname;
  try {
    pathname = decodeURIComponent(urlPath.split('?')[0]); // %2e%2e, %2f and %5c decode here
  } catch {
    return null;
  }
  // NUL ends a path in C (fs would throw); a backslash is a separator on Windows: neither is in a URL we make.
  if (pathname.includes('\0') || pathname.includes('\\') || !pathname.startsWith('/')) return null;
  const candidate = path.resolve(root, `.${pathname}`); // resolves every ".."
  if (!inside(candidate)) return null;
  for (const file of [path.join(candidate, 'index.html'), candidate, `${candidate}.html`]) {
    let real;
    try {
      real = realpathSync(file); // through symlinks: a link inside out/ may point anywhere
    } catch {
      continue;
    }
    if (inside(real) && statSync(real).isFile()) return real;
  }
  return null;
}

const server = createServer((request, response) => {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') {
    response.writeHead(405, { ...COMMON_HEADERS, 'Content-Security-Policy': csp.default, 'Cache-Control': 'no-store', Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    return response.end('Method not allowed\n');
  }
  const file = resolveFile(request.url ?? '/');
  const target = file ?? path.join(root, '404.html');
  const relative = path.relative(root, target).split(path.sep).join('/');
  const ext = path.extname(target);
  const headers = {
    ...COMMON_HEADERS,
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    // The policy of the very file sent: its inline scripts' hashes (the default has none).
    'Content-Security-Policy': csp.pages[relative] ?? csp.default,
    // A 404 must not be cached either, even under /_next/static/ (the file may appear later).
    'Cache-Control': file ? cacheControl(`/${relative}`) : 'no-store',
    Vary: 'Accept-Encoding',
  };
  const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (gzip) headers['Content-Encoding'] = 'gzip';
  response.writeHead(file ? 200 : 404, headers);
  if (method === 'HEAD') return response.end();
  const stream = createReadStream(target).on('error', () => response.destroy());
  (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${path.relative(process.cwd(), root) || root} at http://127.0.0.1:${server.address().port}/`);
});
