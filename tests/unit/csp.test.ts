import { describe, expect, it } from 'vitest';
import { cacheControl, hashScript, inlineScripts, pagePolicy, rewritePage } from '../../scripts/lib/csp.mjs';

// Computed with `printf 'alert(1)' | openssl dgst -sha256 -binary | base64`, not with the code under test.
const ALERT = "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='";
const A_LF_B = "'sha256-fhj3NzEbLcOy8mndeDlrA1HxT7Zu+oefdoyyMYGIPHg='"; // "a\nb"

const BUILT = "default-src &#x27;self&#x27;; script-src &#x27;self&#x27; &#x27;unsafe-inline&#x27;; style-src &#x27;self&#x27; &#x27;unsafe-inline&#x27;; object-src &#x27;none&#x27;";
const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="${BUILT}"/>` +
  `<script src="/_next/static/a.js" async=""></script></head><body>${body}</body></html>`;

describe('inline scripts, as the browser hashes them', () => {
  it('hashes the UTF-8 text as a CSP source expression', () => {
    expect(hashScript('alert(1)')).toBe(ALERT);
  });

  it('takes the exact text between the tags of each script without src, in order', () => {
    const html = page('<script>alert(1)</script><script id="_R_" data-x="a > b">x = "&amp;"</script><script src="/b.js"></script><script type=module>m()</SCRIPT >');
    expect(inlineScripts(html)).toEqual(['alert(1)', 'x = "&amp;"', 'm()']);
  });

  it('ends a script only at "</script" followed by a space, "/" or ">"', () => {
    expect(inlineScripts('<script>a("</scripts>")</script/>')).toEqual(['a("</scripts>")']);
  });

  it('skips "<script" in comments, styles and textareas, and a src given in any case or quoting', () => {
    const html = '<!-- <script>no()</script> --><style>p::after{content:"<script>no()</script>"}</style><textarea><script>no()</script></textarea><script SRC=/c.js></script><script>yes()</script>';
    expect(inlineScripts(html)).toEqual(['yes()']);
  });

  it('normalises CR LF and CR to LF, as the HTML parser does before hashing', () => {
    const [a, b] = inlineScripts('<script>a\r\nb</script><script>a\rb</script>');
    expect([hashScript(a), hashScript(b)]).toEqual([A_LF_B, A_LF_B]);
  });

  it('refuses a script holding "<!--", where the end of the script cannot be found safely', () => {
    expect(() => inlineScripts('<script>var s="<!--<script>";</script>')).toThrow(/<!--/);
  });
});

describe('rewriting a page', () => {
  const html = page('<script>alert(1)</script><p>text</p><script>a\nb</script><script>alert(1)</script>');

  it("puts the scripts' hashes in script-src in place of 'unsafe-inline', once each", () => {
    const { policy, hashes } = rewritePage(html);
    expect(hashes).toEqual([ALERT, A_LF_B]);
    expect(policy).toBe(`default-src 'self'; script-src 'self' ${ALERT} ${A_LF_B}; style-src 'self' 'unsafe-inline'; object-src 'none'; worker-src 'self'; manifest-src 'self'`);
  });

  it('changes the <meta> content only, and writing it twice gives the same page', () => {
    const once = rewritePage(html).html;
    const meta = (text: string) => text.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/)![1];
    expect(once.replace(meta(once), '')).toBe(html.replace(BUILT, ''));
    const scriptSrc = meta(once).replace(/&#x27;/g, "'").split('; ').find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe(`script-src 'self' ${ALERT} ${A_LF_B}`);
    expect(rewritePage(once).html).toBe(once);
  });

  it('keeps frame-ancestors out of the <meta> (only a header can carry it) and adds script-src when missing', () => {
    expect(pagePolicy("default-src 'self'; frame-ancestors 'none'", [ALERT])).toBe(`default-src 'self'; script-src 'self' ${ALERT}; worker-src 'self'; manifest-src 'self'`);
  });

  it('writes a <meta> right after <meta charset> when the page has none (as React renders no such <meta>)', () => {
    const bare = '<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>t</title><script>alert(1)</script></head></html>';
    const { html: written, policy } = rewritePage(bare, "default-src 'self'; script-src 'self' 'unsafe-inline'");
    expect(policy).toBe(`default-src 'self'; script-src 'self' ${ALERT}; worker-src 'self'; manifest-src 'self'`);
    expect(written).toBe(bare.replace('<meta charSet="utf-8"/>', `<meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="${policy!.replace(/'/g, '&#x27;')}"/>`));
    expect(rewritePage(written, 'ignored: the page has its policy now').html).toBe(written);
  });

  it('leaves a page without a <meta> as it is when given no policy', () => {
    const { policy, hashes, html: same } = rewritePage('<html><script>alert(1)</script></html>');
    expect([policy, hashes, same]).toEqual([null, [ALERT], '<html><script>alert(1)</script></html>']);
  });
});

describe('Cache-Control', () => {
  it.each([
    ['/_next/static/chunks/0a1b.js', 'public, max-age=31536000, immutable'],
    ['/_data/contacts.1a2b.json', 'public, max-age=31536000, immutable'],
    ['/sw.js', 'no-cache'],
    ['/en/check/index.html', 'no-store'],
    ['/en/check/index.txt', 'no-store'],
    ['/icon.svg', 'no-store'],
  ])('%s: %s', (path, expected) => {
    expect(cacheControl(path)).toBe(expected);
  });
});
