/**
 * Runs after `next build` (`npm run build`; through tsx, to read the policy of app/lib/site.ts).
 * Next writes its page data as many inline `self.__next_f.push(…)` scripts, different on every
 * page, so a policy that allows them without 'unsafe-inline' must list each page's own hashes.
 * For every out/**\/*.html this:
 *  - writes the page's <meta http-equiv="Content-Security-Policy">: CONTENT_SECURITY_POLICY with
 *    script-src 'self' plus the sha256 of each of its inline scripts (the meta also covers hosts
 *    that send no headers);
 *  - writes out/_csp.json, the header policy of each page (the meta's plus frame-ancestors, which
 *    only a header can carry), read by scripts/serve.mjs so the header matches the file it sends;
 *  - writes out/_headers (Netlify's format; see README "Hosting" for what other hosts need).
 *   tsx scripts/postbuild.mjs [--dir out]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../app/lib/site.ts';
import { COMMON_HEADERS, FALLBACK_POLICY, IMMUTABLE, IMMUTABLE_PREFIXES, headerPolicy, pagePolicy, rewritePage } from './lib/csp.mjs';

const at = process.argv.indexOf('--dir');
const root = path.resolve(at > 0 && process.argv[at + 1] ? process.argv[at + 1] : 'out');

const files = readdirSync(root, { recursive: true })
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => file.endsWith('.html'))
  .sort();

const pages = {};
for (const file of files) {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const { html, policy } = rewritePage(before, CONTENT_SECURITY_POLICY);
  if (html !== before) writeFileSync(full, html);
  pages[file] = headerPolicy(policy);
}
// Every other response (scripts, styles, data, the service worker): no inline script to allow.
const csp = { default: headerPolicy(pagePolicy(CONTENT_SECURITY_POLICY, [])), pages };
writeFileSync(path.join(root, '_csp.json'), `${JSON.stringify(csp, null, 1)}\n`);

/** The URL a host serves a file at: the site is built with trailingSlash, so a folder's index is "/x/". */
const urlOf = (file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
const rule = (pattern, headers) => [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`), ''].join('\n');
const headers = [
  '# Written by scripts/postbuild.mjs after `next build`; do not edit. See README.md, "Hosting".',
  // Netlify applies every rule that matches a path, a later or more specific rule's value of a
  // header replacing an earlier one's: so the page and immutable rules below override these.
  rule('/*', { ...COMMON_HEADERS, 'Content-Security-Policy': FALLBACK_POLICY, 'Cache-Control': 'no-store' }),
  ...IMMUTABLE_PREFIXES.map((prefix) => rule(`${prefix}*`, { 'Cache-Control': IMMUTABLE })),
  rule('/sw.js', { 'Cache-Control': 'no-cache' }),
  // One rule per page; Netlify matches "/x/" with or without its trailing slash.
  ...Object.entries(pages).map(([file, policy]) => rule(urlOf(file), { 'Content-Security-Policy': policy })),
].join('\n');
writeFileSync(path.join(root, '_headers'), headers);

console.log(`postbuild: ${files.length} pages: script hashes in their CSP <meta>, ${path.relative(process.cwd(), root)}/_csp.json and _headers (${headers.length} bytes)`);
