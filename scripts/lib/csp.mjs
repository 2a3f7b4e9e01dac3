/**
 * Content-Security-Policy without 'unsafe-inline' for scripts: the sha256 of every inline
 * <script> a page holds, computed after `next build` (scripts/postbuild.mjs), and the headers
 * every response carries (scripts/serve.mjs and out/_headers). Plain ESM so that the server
 * needs no TypeScript at run time; types are in csp.d.mts.
 */
import { createHash } from 'node:crypto';

/** Only a header can carry it (a <meta> policy ignores it and the browser warns). */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/** Added to the policy of app/lib/site.ts: a service worker and a web app manifest are coming. */
export const EXTRA_DIRECTIVES = ["worker-src 'self'", "manifest-src 'self'"];

/**
 * Sent for every path by hosts that set headers by path (out/_headers' /* rule, the default of
 * the nginx map in README.md).
 * It says nothing about scripts, so whether a host joins it with a page's own policy (two policies,
 * both enforced) or replaces it, a page's inline scripts still run, and the page's <meta> policy
 * with its hashes still applies (also on a 404 the host serves for any path).
 */
export const FALLBACK_POLICY = `${HEADER_ONLY_DIRECTIVES}; object-src 'none'; base-uri 'self'; form-action 'self'`;

/**
 * The site uses none of these; turning them off also keeps any injected code from asking.
 * Only features Chromium knows: it warns in the console about any other (as of Chromium 156,
 * "ambient-light-sensor", "bluetooth", "web-share" on desktop Linux, "join-ad-interest-group",
 * "run-ad-auction", "attribution-reporting"), and tests/e2e/headers.spec.ts fails on such warnings.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer', 'autoplay', 'browsing-topics', 'camera', 'clipboard-read', 'display-capture',
  'encrypted-media', 'fullscreen', 'gamepad', 'geolocation', 'gyroscope', 'hid',
  'identity-credentials-get', 'idle-detection', 'interest-cohort', 'local-fonts', 'magnetometer',
  'microphone', 'midi', 'otp-credentials', 'payment', 'picture-in-picture',
  'publickey-credentials-create', 'publickey-credentials-get', 'screen-wake-lock', 'serial', 'usb',
  'window-management', 'xr-spatial-tracking',
].map((feature) => `${feature}=()`).join(', ');

/** The same on every response, whatever the file. */
export const COMMON_HEADERS = {
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': PERMISSIONS_POLICY,
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Content-hashed names: a changed file gets a new name, so these may be kept for a year. */
export const IMMUTABLE_PREFIXES = ['/_next/static/', '/_data/'];

/** Cache-Control for a URL path: HTML and everything not content-hashed must not be stored. */
export function cacheControl(urlPath) {
  if (IMMUTABLE_PREFIXES.some((prefix) => urlPath.startsWith(prefix))) return IMMUTABLE;
  if (urlPath === '/sw.js') return 'no-cache'; // the browser checks for a new worker on each visit
  return 'no-store';
}

/** The CSP source expression the browser compares an inline script with. */
export function hashScript(text) {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Attribute names of a start tag's attribute text (values may be quoted and hold spaces or '>'). */
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
function attributes(text) {
  const found = new Map();
  for (const m of text.matchAll(ATTRIBUTE)) found.set(m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '');
  return found;
}

/**
 * Comments are skipped, and the raw-text elements are skipped whole, so that "<script" inside a
 * comment, a <style> or a <textarea> does not count. A start tag's attributes may hold quoted '>'.
 */
const TOKEN = /<!--[\s\S]*?-->|<(script|style|textarea|title|xmp|noembed|noframes)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;

/**
 * The text of every inline <script> (no src), exactly as the browser hashes it: the characters
 * between the start tag and the first "</script" followed by whitespace, "/" or ">" (entities are
 * not decoded in script text), after the parser's newline normalisation (CR LF and CR become LF)
 * and NUL replacement. A script holding "<!--" could enter the parser's escaped states, where
 * "</script>" may not end it; rather than guess, that throws. (Next escapes "<" in its JSON.)
 */
export function inlineScripts(html) {
  const scripts = [];
  TOKEN.lastIndex = 0;
  for (let m; (m = TOKEN.exec(html)); ) {
    if (!m[1]) continue; // a comment
    const name = m[1].toLowerCase();
    const start = TOKEN.lastIndex;
    const end = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'ig');
    end.lastIndex = start;
    const close = end.exec(html);
    const stop = close ? close.index : html.length;
    TOKEN.lastIndex = stop;
    if (name !== 'script' || attributes(m[2]).has('src')) continue;
    const text = html.slice(start, stop);
    if (text.includes('<!--')) throw new Error(`an inline script holds "<!--" (offset ${start}); its end cannot be found safely`);
    scripts.push(text.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'));
  }
  return scripts;
}

const decodeEntities = (text) =>
  text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|quot|apos|lt|gt);/gi, (_, e) => {
    const named = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' }[e.toLowerCase()];
    return named ?? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
const encodeAttribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

/**
 * The page's policy: the one it was built with, `script-src` replaced by 'self' and the hashes,
 * the extra directives added if missing, and no header-only directive.
 */
export function pagePolicy(builtPolicy, hashes) {
  const directives = builtPolicy.split(';').map((d) => d.trim()).filter(Boolean);
  const names = new Set(directives.map((d) => d.split(/\s+/)[0].toLowerCase()));
  const policy = directives
    .filter((d) => !/^frame-ancestors\b/i.test(d))
    .map((d) => (/^script-src\b/i.test(d) ? ["script-src 'self'", ...hashes].join(' ') : d));
  if (!names.has('script-src')) policy.push(["script-src 'self'", ...hashes].join(' '));
  for (const extra of EXTRA_DIRECTIVES) if (!names.has(extra.split(' ')[0])) policy.push(extra);
  return policy.join('; ');
}

/** The header a page is served with: its <meta> policy plus what only a header can say. */
export const headerPolicy = (policy) => `${policy}; ${HEADER_ONLY_DIRECTIVES}`;

const META = /<meta\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const CHARSET = /<meta\s+charset\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)\s*\/?>/i;
const cspMeta = (policy) => `<meta http-equiv="Content-Security-Policy" content="${encodeAttribute(policy)}"/>`;

/**
 * Gives one page its policy: `pagePolicy` with the hashes of the page's inline scripts, in its
 * <meta http-equiv="Content-Security-Policy"> if it has one, else in a new one right after
 * <meta charset> (a <meta> policy covers only what follows it). The pages' React tree holds no
 * such <meta> (see app/components/Document.tsx). Adding or changing a tag outside the scripts
 * does not change any script text, so the hashes stay right, and running it twice gives the
 * same page. Returns the new HTML, the policy, and the hashes; without `builtPolicy` a page with
 * no <meta> is left as it is (policy null).
 */
export function rewritePage(html, builtPolicy = null) {
  const hashes = [...new Set(inlineScripts(html).map(hashScript))];
  let policy = null;
  let rewritten = html.replace(META, (tag, attrs) => {
    const found = attributes(attrs);
    if (found.get('http-equiv')?.toLowerCase() !== 'content-security-policy' || !found.has('content')) return tag;
    policy = pagePolicy(decodeEntities(found.get('content')), hashes);
    return cspMeta(policy);
  });
  if (!policy && builtPolicy) {
    policy = pagePolicy(builtPolicy, hashes);
    const at = CHARSET.exec(html) ?? /<head\b[^>]*>/i.exec(html);
    if (!at) throw new Error('a page without <head> or <meta charset>: nowhere to put its policy');
    rewritten = html.slice(0, at.index + at[0].length) + cspMeta(policy) + html.slice(at.index + at[0].length);
  }
  // A tag written inside a script's text would have changed that script: check none was.
  const after = [...new Set(inlineScripts(rewritten).map(hashScript))];
  if (after.join() !== hashes.join()) throw new Error('writing the CSP <meta> changed an inline script');
  return { html: rewritten, policy, hashes };
}
