import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { expect, test, type APIResponse, type Page } from '@playwright/test';
import { inlineScripts } from '../../scripts/lib/csp.mjs';

/**
 * What `npm start` (scripts/serve.mjs) sends with the built site: the security headers, the
 * caching rules, and a Content-Security-Policy whose script-src lists the hashes of the page's
 * own inline scripts instead of 'unsafe-inline' — and that every page still runs under it.
 */
const COMMON = {
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
};
const OFF = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics', 'interest-cohort', 'serial', 'hid'];

/** The directives of a policy, by name. */
const directives = (policy: string) => new Map(policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name, values]));
/** Hashed here with node:crypto, apart from the code under test; the browser checks them below. */
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const metaPolicy = (html: string) =>
  html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1].replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

async function expectSecureHtml(response: APIResponse) {
  const headers = response.headers();
  expect(headers).toMatchObject({ ...COMMON, 'cache-control': 'no-store', 'content-type': 'text/html; charset=utf-8' });
  const permissions = headers['permissions-policy'].split(', ');
  for (const feature of OFF) expect(permissions).toContain(`${feature}=()`);

  const html = await response.text();
  const policy = directives(headers['content-security-policy']);
  const hashes = [...new Set(inlineScripts(html).map(sha256))];
  expect(hashes.length).toBeGreaterThan(0);
  expect(policy.get('script-src')).toEqual(["'self'", ...hashes]);
  expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy.get('worker-src')).toEqual(["'self'"]);
  expect(policy.get('manifest-src')).toEqual(["'self'"]);
  for (const [name, value] of [['default-src', "'self'"], ['connect-src', "'self'"], ['object-src', "'none'"], ['base-uri', "'self'"], ['form-action', "'self'"]])
    expect(policy.get(name)).toEqual([value]);
  // The <meta> says the same, less what only a header can say.
  expect(`${metaPolicy(html)}; frame-ancestors 'none'`).toBe(headers['content-security-policy']);
  return html;
}

test.describe('headers', () => {
  for (const [path, status] of [['/', 200], ['/en/', 200], ['/en/check/', 200], ['/es/check/', 200], ['/no-such-page/', 404]] as const) {
    test(`${path}: ${status}, every security header, its own script hashes, not stored`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(status);
      const html = await expectSecureHtml(response);
      if (status === 404) expect(html).toContain('<h1>Page not found</h1>');
    });
  }

  test("the page's JS chunks are immutable; its data and icon are not stored; other methods get 405", async ({ request }) => {
    const html = await (await request.get('/en/check/')).text();
    const chunks = [...html.matchAll(/<script src="(\/_next\/static\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(chunks.length).toBeGreaterThan(0);
    for (const chunk of chunks.slice(0, 3)) {
      const response = await request.get(chunk);
      expect(response.status(), chunk).toBe(200);
      expect(response.headers(), chunk).toMatchObject({ ...COMMON, 'cache-control': 'public, max-age=31536000, immutable', 'content-type': 'text/javascript; charset=utf-8' });
      expect(directives(response.headers()['content-security-policy']).get('script-src')).toEqual(["'self'"]);
    }
    for (const file of ['/en/check/index.txt', '/icon.svg']) expect((await request.get(file)).headers()['cache-control'], file).toBe('no-store');
    expect((await request.get('/_next/static/chunks/no-such-chunk.js')).headers()['cache-control']).toBe('no-store');
    const head = await request.head('/en/check/');
    expect([head.status(), head.headers()['x-frame-options']]).toEqual([200, 'DENY']);
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await request.fetch('/en/check/', { method });
      expect([response.status(), response.headers().allow], method).toEqual([405, 'GET, HEAD']);
    }
  });
});

/** Records CSP violations (the event, and the console line Chromium writes) and console errors. */
async function watch(page: Page) {
  const problems: string[] = [];
  await page.exposeFunction('__reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportViolation: (t: string) => void }).__reportViolation(`violation of ${e.violatedDirective} by ${e.blockedURI || 'inline'} at ${location.pathname}`);
    });
  });
  page.on('console', (message) => {
    const text = message.text();
    // The 404 page's own status is reported as a failed load, and on it Chromium asks for
    // /favicon.ico (there is none: the icon is /icon.svg). Nothing else may fail.
    if (message.type() === 'error' && /status of 404/.test(text) && /\/no-such-page\/|\/favicon\.ico$/.test(message.location().url)) return;
    if (message.type() === 'error' || /Content.Security.Policy|Permissions-Policy/i.test(text)) problems.push(`${message.type()}: ${text} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message} (${page.url()})`));
  return problems;
}

test.describe('the policy lets the site run', () => {
  test('the check page runs: first question shown, island hydrated, answers move on, no violation', async ({ page }) => {
    const problems = await watch(page);
    await page.goto('/en/check/');
    await expect(page.locator('#settings-perspective-self')).toBeVisible();
    await expect(page.locator('.check-app')).toHaveAttribute('data-ready', /.*/);
    await page.locator('#settings-perspective-self').check();
    await page.locator('.screen--perspective .button').click();
    await expect(page.locator('.check-app')).toHaveAttribute('data-view', 'settings:place');
    // One policy <meta> still, after hydration (React adds its own if its tree holds one), and it
    // allows inline scripts by hash only.
    const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
    await expect(meta).toHaveCount(1);
    const scriptSrc = directives((await meta.getAttribute('content'))!).get('script-src')!;
    expect(scriptSrc[0]).toBe("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/]{43}='$/.test(source))).toBe(true);
    expect(problems).toEqual([]);
  });

  test('moving between pages inside the app, and to the 404 page, raises no violation', async ({ page }) => {
    const problems = await watch(page);
    await page.goto('/en/');
    await page.locator('.site-nav a[href="/en/check/"]').click();
    await expect(page.locator('.check-app')).toHaveAttribute('data-ready', /.*/);
    // Inside the check there is no site navigation: back to Start, then to Learn.
    await page.goBack();
    await page.waitForURL('**/en/');
    await page.locator('.site-nav a[href="/en/learn/"]').click();
    await page.waitForURL('**/en/learn/');
    await page.locator('nav.language-switch a[lang=es]').click();
    await page.waitForURL('**/es/learn/');
    await page.goto('/no-such-page/');
    await expect(page.locator('h1')).toHaveText('Page not found');
    expect(problems).toEqual([]);
  });

  // Every page, in four shares so that both workers take part (500 pages: four languages).
  const SHARES = 4;
  for (let share = 0; share < SHARES; share++) {
    test(`every built page loads and runs its scripts with no violation (share ${share + 1} of ${SHARES})`, async ({ page }) => {
      test.setTimeout(300_000);
      const pages = readdirSync('out', { recursive: true })
        .map((file) => String(file).split('\\').join('/'))
        .filter((file) => file.endsWith('.html'))
        .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
        .sort();
      expect(pages.length).toBeGreaterThan(20);
      const problems = await watch(page);
      for (const path of pages.filter((_, index) => index % SHARES === share)) {
        const response = await page.goto(path, { waitUntil: 'load' });
        expect(response!.status(), path).toBe(200);
        // The inline scripts ran: "/" picks a language and leaves; every page fed Next its data.
        if (path === '/') await page.waitForURL('**/en/');
        await page.waitForFunction(() => '__next_f' in window && document.readyState === 'complete');
        if (path.endsWith('/check/')) await expect(page.locator('.check-app')).toHaveAttribute('data-ready', /.*/);
        expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), path).toBe(1);
      }
      expect(problems).toEqual([]);
    });
  }
});
