import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * scripts/serve.mjs on a tiny fake out/ (no build needed), with secrets beside it that a path
 * escape would reach: ../package.json, and a sibling folder whose name starts with "out", which a
 * bare startsWith(root) check lets through. Requests are raw (node:http, node:net): a browser or
 * fetch() would normalise "..", "%2e%2e" and "\" before sending them.
 */
const base = mkdtempSync(path.join(tmpdir(), 'serve-'));
const root = path.join(base, 'out');
const SECRET = 'SECRET-DO-NOT-SERVE';
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
};
write(path.join(base, 'package.json'), `{"name":"${SECRET}"}`);
write(path.join(base, 'out-evil', 'secret.txt'), SECRET);
write(path.join(root, 'index.html'), '<!DOCTYPE html><p>start page</p>');
write(path.join(root, 'en', 'check', 'index.html'), '<!DOCTYPE html><p>check page</p>');
write(path.join(root, '404.html'), '<!DOCTYPE html><p>not found page</p>');
write(path.join(root, '_next', 'static', 'chunks', 'a1b2.js'), 'console.log(1)');
write(path.join(root, 'sw.js'), 'self.x=1');
symlinkSync(path.join(base, 'out-evil'), path.join(root, 'linked')); // a link inside out/ to outside
symlinkSync(path.join(base, 'package.json'), path.join(root, 'leak.json'));
write(
  path.join(root, '_csp.json'),
  JSON.stringify({ default: "default-src 'self'; frame-ancestors 'none'", pages: { 'index.html': 'POLICY-INDEX', 'en/check/index.html': 'POLICY-CHECK', '404.html': 'POLICY-404' } }),
);

let server: ChildProcess;
let port = 0;
beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', '0', '--dir', root], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/127\.0\.0\.1:(\d+)/);
      if (m) resolve(Number(m[1]));
    });
    server.on('exit', (code) => reject(new Error(`serve.mjs exited ${code}: ${out}`)));
  });
});
afterAll(() => {
  server?.kill();
  rmSync(base, { recursive: true, force: true });
});

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };
function get(rawPath: string, method = 'GET', headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method, headers }, (res) => {
      let body = '';
      res.setEncoding('latin1').on('data', (c) => (body += c)).on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject).end();
  });
}

describe('serve.mjs keeps to out/', () => {
  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2E%2E/package.json',
    '/..%2fpackage.json',
    '/%2e%2e%2f%2e%2e%2fetc/passwd',
    '/..\\package.json',
    '/..%5cpackage.json',
    '/%00',
    '/index.html%00.txt',
    '/%00/../../package.json',
    '/../out-evil/secret.txt',
    '/%2e%2e/out-evil/secret.txt',
    '/..%2fout-evil%2fsecret.txt',
    '/en/../../out-evil/secret.txt',
    '/linked/secret.txt',
    '/leak.json',
    '/%',
  ])('%s: 404 with the 404 page, never the file', async (rawPath) => {
    const reply = await get(rawPath);
    expect(reply.status).toBe(404);
    expect(reply.body).toContain('not found page');
    expect(reply.body).not.toContain(SECRET);
    expect(reply.body).not.toContain('root:');
    expect(reply.headers['content-security-policy']).toBe('POLICY-404');
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('a raw NUL byte in the request line is refused before any file is looked up', async () => {
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      const socket = connect(port, '127.0.0.1', () => socket.write('GET /\0/../package.json HTTP/1.1\r\nHost: x\r\n\r\n'));
      socket.setEncoding('latin1').on('data', (c) => (text += c)).on('close', () => resolve(text)).on('error', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
    expect(answer).not.toContain(SECRET);
  });

  it('still serves the files inside, a folder by its index.html', async () => {
    expect((await get('/')).body).toContain('start page');
    expect((await get('/en/check/')).body).toContain('check page');
    expect((await get('/en/check')).body).toContain('check page');
    expect((await get('/en/./check/../check/?x=1')).body).toContain('check page');
  });
});

describe('serve.mjs headers', () => {
  it('sends each page with its own policy and the common headers', async () => {
    const reply = await get('/en/check/');
    expect(reply.status).toBe(200);
    expect(reply.headers).toMatchObject({
      'content-security-policy': 'POLICY-CHECK',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'content-type': 'text/html; charset=utf-8',
    });
    expect(reply.headers['permissions-policy']).toMatch(/(^|, )camera=\(\)(, |$)/);
    expect((await get('/')).headers['content-security-policy']).toBe('POLICY-INDEX');
  });

  it('caches content-hashed files for a year, the service worker never without asking, and no 404', async () => {
    const chunk = await get('/_next/static/chunks/a1b2.js');
    expect([chunk.status, chunk.headers['cache-control'], chunk.headers['content-security-policy']]).toEqual([200, 'public, max-age=31536000, immutable', "default-src 'self'; frame-ancestors 'none'"]);
    expect((await get('/sw.js')).headers['cache-control']).toBe('no-cache');
    const missing = await get('/_next/static/chunks/missing.js');
    expect([missing.status, missing.headers['cache-control']]).toEqual([404, 'no-store']);
  });

  it('gzips when asked, answers HEAD without a body', async () => {
    const zipped = await get('/en/check/', 'GET', { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    const head = await get('/en/check/', 'HEAD');
    expect([head.status, head.body, head.headers['content-security-policy']]).toEqual([200, '', 'POLICY-CHECK']);
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'])('%s: 405, with Allow', async (method) => {
    const reply = await get('/en/check/', method);
    expect([reply.status, reply.headers.allow, reply.headers['x-frame-options']]).toEqual([405, 'GET, HEAD', 'DENY']);
    expect(reply.body).not.toContain('check page');
  });

  it('will not start without out/_csp.json (a build without the post-build step)', () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'serve-bare-'));
    const run = spawnSync(process.execPath, ['scripts/serve.mjs', '--port', '0', '--dir', bare], { encoding: 'utf8', timeout: 10_000 });
    rmSync(bare, { recursive: true, force: true });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('npm run build');
  });
});
