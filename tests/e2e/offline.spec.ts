import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadContent, type Locale } from '../../content/load';
import { siteTitle } from '../../app/lib/page-title';
import { interceptExit, QUICK_EXIT_URL, startCheck, ui, walk } from './support';

/**
 * "Keep this tool on this phone": nothing is registered or cached until the person says yes; once
 * kept, the check, its results and the contacts work with no connection, from the worker; "Remove
 * it from this phone" and Quick exit leave nothing behind; the manifest is linked only meanwhile.
 */

const words = (locale: Locale) => loadContent(locale).words.ui.offline;
const FACTS = { danger: 'no', labor: 'yes', commercialSex: 'no', under18: 'no', force: 'yes' } as const;

/** What the site has left in this browser: service worker registrations and Cache Storage caches. */
const traces = (page: Page) =>
  page.evaluate(async () => ({
    registrations: (await navigator.serviceWorker.getRegistrations()).length,
    caches: (await caches.keys()).length,
  }));
const NONE = { registrations: 0, caches: 0 };

const control = (page: Page) => page.locator('.keep-on-phone');

/** On the Start page: opens the disclosure, says yes, waits until the control says the tool is kept. */
async function keepOnPhone(page: Page, locale: Locale = 'en') {
  await page.goto(`/${locale}/`);
  await control(page).and(page.locator('[data-ready]')).waitFor();
  await control(page).locator('summary', { hasText: words(locale).keep }).click();
  const started = Date.now();
  await control(page).getByRole('button', { name: words(locale).yes }).click();
  await expect(control(page).getByRole('status')).toHaveText(words(locale).saving);
  await expect(control(page).getByRole('status')).toHaveText(words(locale).saved, { timeout: 120_000 });
  const ms = Date.now() - started;
  const files = Number(await control(page).getAttribute('data-files'));
  const bytes = Number(await control(page).getAttribute('data-bytes'));
  console.log(`offline copy (${locale}): ${files} files, ${bytes} bytes (${(bytes / 1024 / 1024).toFixed(1)} MiB), kept in ${ms} ms`);
  test.info().annotations.push({ type: `offline copy (${locale})`, description: `${files} files, ${bytes} bytes, ${ms} ms` });
  expect(files).toBeGreaterThan(2 * loadContent(locale).data.scenarios.length);
  await expect(control(page).getByRole('button', { name: words(locale).remove })).toBeFocused();
  return { files, bytes, ms };
}

/** A new tab of the site (its own sessionStorage, so a Quick exit elsewhere does not send it away). */
async function freshPage(page: Page) {
  const fresh = await page.context().newPage();
  await fresh.goto('/en/learn/');
  return fresh;
}

test('nothing is registered or cached on Start, Staying safe and the check until the person says yes', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  for (const path of ['/en/', '/en/safety/', '/es/', '/es/safety/']) {
    await page.goto(path);
    await control(page).and(page.locator('[data-ready]')).waitFor();
    const locale = path.slice(1, 3) as Locale;
    await control(page).locator('summary').click();
    // The explanation is there, with the trace it leaves, and the second step.
    await expect(control(page).getByText(words(locale).trace)).toBeVisible();
    await expect(control(page).getByRole('button', { name: words(locale).yes })).toBeVisible();
    await page.waitForTimeout(300);
    expect(await traces(page), path).toEqual(NONE);
    await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
  }
  await page.goto('/en/check/');
  await page.locator('.check-app[data-ready]').waitFor();
  await expect(control(page)).toHaveCount(0);
  expect(await traces(page)).toEqual(NONE);
  expect(requests.filter((p) => p === '/sw.js' || p.startsWith('/_data/offline.') || p.startsWith('/_data/manifest.'))).toEqual([]);
});

test('kept on the phone, the check, a result and its contact, and the Contacts page work with no connection', async ({ page, context }) => {
  test.setTimeout(180_000);
  await keepOnPhone(page);
  await context.setOffline(true);
  const responses: { url: string; fromWorker: boolean }[] = [];
  page.on('response', (response) => responses.push({ url: response.url(), fromWorker: response.fromServiceWorker() }));
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));

  await startCheck(page, 'self', 'US');
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  const { outcome } = await walk(page, FACTS);
  expect(outcome).toBe('labor_trafficking');
  const call = page.locator('.outcome__recommended a[href^="tel:"]').first();
  await expect(call).toBeVisible();
  expect(await call.getAttribute('href')).toMatch(/^tel:\+?\d+$/);

  const contacts = await page.goto('/en/contacts/');
  expect(contacts!.fromServiceWorker()).toBe(true);
  await expect(page.locator('main h1')).toHaveText(ui.contacts.title);
  await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
  // An address without its trailing slash, and a link followed inside the app, still find the copy.
  const learn = await page.goto('/en/learn');
  expect(learn!.fromServiceWorker()).toBe(true);
  await expect(page.locator('main h1')).toHaveText(ui.learn.title);
  await page.locator('.site-nav a[href="/en/safety/"]').click();
  await expect(page.locator('main h1')).toHaveText(ui.safety.title);

  // Everything came from the worker: no connection was used, and nothing failed but the
  // data the router asks for when it follows a link (it then loads the page itself, from the copy).
  expect(responses.length).toBeGreaterThan(10);
  expect(responses.filter((r) => !r.fromWorker && !r.url.startsWith('data:'))).toEqual([]);
  expect(failed.filter((url) => !/_rsc=|\.txt(\?|$)/.test(url))).toEqual([]);
  await context.setOffline(false);
});

test('"Remove it from this phone" leaves no registration and no cache', async ({ page }) => {
  test.setTimeout(180_000);
  await keepOnPhone(page);
  // The other page with the control shows it kept, and offers only the removal.
  await page.goto('/en/safety/');
  await expect(control(page)).toHaveAttribute('data-kept', '');
  await expect(control(page).getByText(ui.offline.kept)).toBeVisible();
  await expect(control(page).getByRole('button', { name: ui.offline.yes })).toHaveCount(0);
  await control(page).getByRole('button', { name: ui.offline.remove }).click();
  await expect(control(page).getByRole('status')).toHaveText(ui.offline.removed);
  await expect(control(page).locator('summary')).toBeFocused();
  await expect(control(page).getByRole('button', { name: ui.offline.remove })).toHaveCount(0);
  expect(await traces(page)).toEqual(NONE);
  const fresh = await freshPage(page);
  await expect.poll(() => traces(fresh)).toEqual(NONE);
});

test('Quick exit leaves no registration and no cache', async ({ page }) => {
  test.setTimeout(180_000);
  await interceptExit(page);
  await keepOnPhone(page);
  // From a page the worker served.
  const contacts = await page.goto('/en/contacts/');
  expect(contacts!.fromServiceWorker()).toBe(true);
  await page.getByRole('link', { name: ui.header.quickExit }).click();
  await page.waitForURL(`${new URL(QUICK_EXIT_URL).origin}/**`);
  const fresh = await freshPage(page);
  await expect.poll(() => traces(fresh), { timeout: 10_000 }).toEqual(NONE);
  // And the page now comes from the server again.
  const again = await fresh.goto('/en/contacts/');
  expect(again!.fromServiceWorker()).toBe(false);
});

test('once the site has changed, opening Start keeps the same language again and drops the old copy', async ({ page }) => {
  test.setTimeout(180_000);
  await keepOnPhone(page);
  const current = await page.evaluate(async () => (await caches.keys())[0]);
  expect(current).toMatch(/^itt-offline:offline\.en\.[0-9a-f]{12}\.json$/);
  // As if the copy had been kept from an older build: another list name of the same language.
  const older = current.replace(/[0-9a-f]{12}/, '000000000000');
  await page.evaluate(
    async ([from, to]) => {
      const copy = await caches.open(to);
      const source = await caches.open(from);
      for (const request of (await source.keys()).slice(0, 5)) await copy.put(request, (await source.match(request))!);
      await caches.delete(from);
    },
    [current, older],
  );
  await page.goto('/en/');
  await expect(control(page)).toHaveAttribute('data-kept', '');
  await expect.poll(() => page.evaluate(async () => caches.keys()), { timeout: 60_000 }).toEqual([current]);
  // Another language's page does not switch the copy to its language.
  await page.goto('/es/');
  await expect(control(page)).toHaveAttribute('data-kept', '');
  await page.waitForTimeout(1000);
  expect(await page.evaluate(async () => caches.keys())).toEqual([current]);
});

test('the web app manifest is linked only while the tool is kept, with the neutral title', async ({ page, request }) => {
  test.setTimeout(180_000);
  await page.goto('/en/');
  await control(page).and(page.locator('[data-ready]')).waitFor();
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
  await keepOnPhone(page);
  const link = page.locator('link[rel="manifest"]');
  await expect(link).toHaveCount(1);
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/^\/_data\/manifest\.en\.[0-9a-f]{12}\.webmanifest$/);
  const manifest = await (await request.get(href)).json();
  expect(manifest.name).toBe(siteTitle('en'));
  expect(manifest.short_name).toBe(siteTitle('en'));
  await page.goto('/en/safety/');
  await expect(control(page)).toHaveAttribute('data-kept', '');
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(1);
  await control(page).getByRole('button', { name: ui.offline.remove }).click();
  await expect(control(page).getByRole('status')).toHaveText(ui.offline.removed);
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
  await page.goto('/en/');
  await control(page).and(page.locator('[data-ready]')).waitFor();
  await expect(page.locator('link[rel="manifest"]')).toHaveCount(0);
});

test('Spanish: kept from /es/, the Spanish pages work with no connection', async ({ page, context }) => {
  test.setTimeout(180_000);
  await keepOnPhone(page, 'es');
  // Only this language: no English page is in the copy.
  const kept = await page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths;
  });
  expect(kept).toContain('/es/check/');
  expect(kept.filter((p) => p.startsWith('/en/') || p.startsWith('/_data/check.en.'))).toEqual([]);
  await context.setOffline(true);
  await startCheck(page, 'self', 'US', 'es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  const { outcome } = await walk(page, FACTS, 'es');
  expect(outcome).toBe('labor_trafficking');
  await expect(page.locator('.outcome__recommended a[href^="tel:"]').first()).toBeVisible();
  await context.setOffline(false);
});

test('when the copy cannot be saved, it says so and leaves nothing, even after the page has gone', async ({ page, context }) => {
  test.setTimeout(120_000);
  await page.goto('/en/');
  await control(page).and(page.locator('[data-ready]')).waitFor();
  await control(page).locator('summary').click();
  // No connection at all: the worker cannot even be fetched.
  await context.setOffline(true);
  await control(page).getByRole('button', { name: ui.offline.yes }).click();
  await expect(control(page).getByRole('status')).toHaveText(ui.offline.failed);
  await context.setOffline(false);
  expect(await traces(page)).toEqual(NONE);
  await expect(control(page).getByRole('button', { name: ui.offline.yes })).toBeVisible();

  // The connection drops while the worker saves, after the person has left the page: the worker
  // itself deletes what it saved and unregisters.
  let release!: () => void;
  const dropped = new Promise<void>((resolve) => (release = resolve));
  await context.route('**/en/map/', async (route) => {
    await dropped;
    await route.abort('internetdisconnected');
  });
  await control(page).getByRole('button', { name: ui.offline.yes }).click();
  await expect(control(page).getByRole('status')).toHaveText(ui.offline.saving);
  await expect.poll(() => traces(page)).toEqual({ registrations: 1, caches: 1 });
  await page.goto('/en/learn/');
  release();
  await expect.poll(() => traces(page), { timeout: 15_000 }).toEqual(NONE);
});

test('the control works by keyboard, and has no accessibility violation in any state', async ({ page }) => {
  test.setTimeout(180_000);
  const axe = async (what: string) => {
    const results = await new AxeBuilder({ page }).include('.keep-on-phone-section').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`), what).toEqual([]);
  };
  await page.goto('/en/');
  await control(page).and(page.locator('[data-ready]')).waitFor();
  await axe('closed');
  await control(page).locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(control(page).locator('details')).toHaveAttribute('open', '');
  await axe('open');
  await page.keyboard.press('Tab');
  await expect(control(page).getByRole('button', { name: ui.offline.yes })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(control(page).getByRole('status')).toHaveText(ui.offline.saved, { timeout: 120_000 });
  // Focus moves to what replaced the button, and the result is told in the status region.
  await expect(control(page).getByRole('button', { name: ui.offline.remove })).toBeFocused();
  await axe('kept');
  await page.keyboard.press('Enter');
  await expect(control(page).getByRole('status')).toHaveText(ui.offline.removed);
  await expect(control(page).locator('summary')).toBeFocused();
  await axe('removed');
  expect(await traces(page)).toEqual(NONE);
});
