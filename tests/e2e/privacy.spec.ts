import { expect, test } from '@playwright/test';
import { answer, content, startCheck, walk } from './support';

/**
 * Over a whole walkthrough: every request goes to the site's own origin, nothing is stored in
 * cookies or localStorage, and no URL ever carries an answer.
 */
test('a whole walkthrough stays on this origin, stores nothing in cookies or localStorage, and keeps answers out of URLs', async ({ page, context, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const urls: string[] = [];
  page.on('framenavigated', (frame) => urls.push(frame.url()));

  await page.goto('/');
  await page.waitForURL('**/en/');
  await page.getByRole('button', { name: content.words.ui.start.startButton }).click();
  await page.waitForURL('**/en/check/');
  await page.locator('input[name=perspective][value=self]').check();
  await page.getByRole('button', { name: content.words.ui.check.continue }).click();
  await page.locator('input[name=jurisdiction][value=US]').check();
  await page.getByRole('button', { name: content.words.ui.check.continue }).click();
  const result = await walk(page, { danger: 'no', commercialSex: 'yes', labor: 'no', under18: 'no', force: 'no', fraud: 'unsure' });
  expect(result.outcome).toBe('possible_trafficking');
  urls.push(page.url());
  // Open the disclosures and the Learn page too, as a person would.
  await page.goto('/en/learn/');
  await page.goto('/en/contacts/');

  const origin = new URL(baseURL!).origin;
  const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(foreign).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  for (const url of [...urls, ...requests]) {
    const { search, hash } = new URL(url);
    expect(`${search}${hash}`, url).not.toMatch(/yes|no\b|unsure|danger|commercialSex|labor|force|fraud|perspective|jurisdiction|self|other|US|UK|INTL/);
  }
});

test('the check page loads without any layout shift', async ({ page }) => {
  await page.goto('/en/check/');
  await page.locator('input[name=perspective]').first().waitFor();
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
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/en/', '/en/check/', '/en/learn/', '/en/contacts/', '/en/safety/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await startCheck(page, 'self', 'US');
  await answer(page, 'danger', 'no');
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

test('before the page has hydrated, Continue never puts the answer in the address, and the choice is kept', async ({ page }) => {
  // Hold back the page's scripts, as a slow phone would, until the person has answered.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/check/', { waitUntil: 'domcontentloaded' });
  await page.locator('input[name=perspective][value=other]').check();
  await page.locator('.check-app form button[type=submit]').click();
  await page.waitForTimeout(300);
  expect(page.url()).toMatch(/\/en\/check\/$/);
  release();
  await expect(page.locator('.check-app')).toHaveAttribute('data-view', 'setup:jurisdiction');
  expect(page.url()).toMatch(/\/en\/check\/$/);
  await page.locator('input[name=jurisdiction][value=US]').check();
  await page.locator('.check-app form button[type=submit]').click();
  await expect(page.locator('h1')).toHaveText(content.words.questions.danger.text.other);
});
