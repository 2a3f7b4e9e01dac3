import { expect, test } from '@playwright/test';
import { content, startCheck, ui, walk } from './support';

/**
 * Over a whole walkthrough: every request goes to the site's own origin, nothing is stored in
 * cookies or localStorage, no service worker or cache exists without the person asking for one,
 * and no URL or history state ever carries an answer or the place.
 */
test('a whole walkthrough stays on this origin, stores nothing persistent, and keeps answers and the country out of URLs and history', async ({ page, context, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const urls: string[] = [];
  page.on('framenavigated', (frame) => urls.push(frame.url()));

  await page.goto('/');
  await page.waitForURL('**/en/');
  await page.getByRole('button', { name: ui.start.startButton }).click();
  await page.waitForURL('**/en/check/');
  await page.locator('.check-app[data-ready]').waitFor();
  await page.locator('#settings-perspective-self').check();
  await page.getByRole('button', { name: ui.check.continue }).click();
  await page.locator('#settings-place-country').check();
  await page.getByRole('button', { name: ui.check.continue }).click();
  await page.locator('#settings-country').selectOption('TH');
  await page.getByRole('button', { name: ui.check.continue }).click();
  const states: string[] = [];
  page.on('framenavigated', async () => states.push(JSON.stringify(await page.evaluate(() => history.state).catch(() => null))));
  const result = await walk(page, { danger: 'no', labor: 'yes', commercialSex: 'yes', under18: 'no', force: 'no', fraud: 'unsure' });
  expect(result.outcome).toBe('possible_trafficking');
  states.push(JSON.stringify(await page.evaluate(() => history.state)));
  urls.push(page.url());
  await page.goto('/en/learn/');
  await page.goto('/en/contacts/');

  const origin = new URL(baseURL!).origin;
  expect(requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  for (const url of [...urls, ...requests]) {
    const { search, hash, pathname } = new URL(url);
    expect(`${pathname}${search}${hash}`, url).not.toMatch(/yes|\bno\b|unsure|danger|commercialSex|labor|force|fraud|perspective|jurisdiction|self|other|\bTH\b|thailand|country/i);
  }
  for (const state of states) expect(state).not.toMatch(/yes|unsure|labor|TH|country|self/);
});

test('the data the check loads is the same file for every person, whatever the answers', async ({ page }) => {
  const data: string[] = [];
  page.on('request', (request) => request.url().includes('/_data/') && data.push(new URL(request.url()).pathname));
  await startCheck(page, 'other', { place: 'country', country: 'DE' });
  await walk(page, { danger: 'no', labor: 'yes', commercialSex: 'no', under18: 'yes', force: 'yes' });
  await startCheck(page, 'self', 'US');
  await walk(page, { danger: 'no', labor: 'no', commercialSex: 'no', under18: 'no', crossedBorder: 'no' });
  expect(new Set(data).size).toBe(1);
  expect(data[0]).toMatch(/^\/_data\/check\.en\.[0-9a-f]{12}\.json$/);
});

test('the check page loads without any layout shift', async ({ page }) => {
  await page.goto('/en/check/');
  await page.locator('.check-app[data-ready]').waitFor();
  await page.waitForTimeout(500);
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 200);
      }),
  );
  expect(shift).toBe(0);
});

test('at 360 px wide nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  for (const path of ['/en/', '/en/check/', '/en/learn/', '/en/contacts/', '/en/safety/', '/es/check/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await startCheck(page, 'self', 'US');
  await walk(page, { danger: 'no', labor: 'yes', commercialSex: 'no', under18: 'no', force: 'yes' });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('every page and every step has the same neutral title, with no word of any question or result', async ({ page }) => {
  const headings = [
    ...Object.values(content.words.questions).flatMap((q) => [q.text.self, q.text.other]),
    ...Object.values(content.words.outcomes.outcomes).map((o) => o.title),
    ui.review.title,
  ];
  const words = new Set(headings.flatMap((h) => h.toLowerCase().match(/[a-z']+/g) ?? []));
  const titles = new Set<string>();
  for (const path of ['/en/', '/en/learn/', '/en/contacts/', '/en/safety/', '/en/train/', '/en/map/', `/en/train/${content.data.scenarios[0].id}/`]) {
    await page.goto(path);
    titles.add(await page.title());
  }
  await startCheck(page, 'other', 'UK');
  titles.add(await page.title());
  for (const fact of ['danger', 'labor'] as const) {
    await page.locator(`#answer-${fact}-no`).check();
    await page.locator('.check-app form button[type=submit]').click();
    titles.add(await page.title());
  }
  await walk(page, {});
  titles.add(await page.title());
  expect([...titles]).toEqual([ui.site.title]);
  for (const w of ui.site.title.toLowerCase().match(/[a-z']+/g) ?? []) expect(words.has(w), w).toBe(false);
});
