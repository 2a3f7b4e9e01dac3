import { expect, test, type Page } from '@playwright/test';
import { answer, interceptExit, QUICK_EXIT_URL, SESSION_KEY, startCheck, ui } from './support';

const exitOrigin = new URL(QUICK_EXIT_URL).origin;

test.beforeEach(async ({ page }) => {
  await interceptExit(page);
});

/** Left for the neutral site; and Back shows the neutral site again, or the tab's start — never the tool. */
async function expectLeftForGood(page: Page) {
  await page.waitForURL(`${exitOrigin}/**`);
  await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
  await page.goBack().catch(() => undefined);
  await page.waitForTimeout(500);
  await page.waitForLoadState();
  const url = page.url();
  expect(url.startsWith(exitOrigin) || url === 'about:blank', `Back went to ${url}`).toBe(true);
  await expect(page.locator('.check-app')).toHaveCount(0);
}

test('the button leaves at once, clears state, and Back does not show the tool', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await answer(page, 'danger', 'no');
  await answer(page, 'labor', 'yes');
  expect(await page.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toContain('labor');
  await page.getByRole('link', { name: ui.header.quickExit }).click();
  await expectLeftForGood(page);
});

test('pressing Shift three times leaves at once', async ({ page }) => {
  await startCheck(page, 'other', 'UK');
  await answer(page, 'danger', 'no');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expectLeftForGood(page);
});

test('Shift+Tab and capital letters never trigger Quick exit', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  for (let i = 0; i < 6; i++) await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+KeyA');
  await page.keyboard.press('Shift+KeyB');
  await page.waitForTimeout(300);
  expect(page.url()).not.toContain(exitOrigin);
  await expect(page.locator('.check-app')).toBeVisible();
});

test('Quick exit replaces the page in history and clears the saved walkthrough', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await answer(page, 'danger', 'no');
  const lengthBefore = await page.evaluate(() => history.length);
  const cleared = page.evaluate(
    (key) =>
      new Promise<string | null>((resolve) => {
        window.addEventListener('itt:quick-exit', () => queueMicrotask(() => resolve(sessionStorage.getItem(key))));
      }),
    SESSION_KEY,
  );
  await page.getByRole('link', { name: ui.header.quickExit }).click();
  expect(await cleared).toBeNull();
  await page.waitForURL(`${exitOrigin}/**`);
  expect(await page.evaluate(() => history.length)).toBe(lengthBefore);
});

test.describe('before the scripts have loaded', () => {
  test.beforeEach(async ({ page }) => {
    // The bundles never arrive: only the HTML and its inline guard are there.
    await page.route('**/_next/static/**', (route) => route.abort());
  });

  test('the Quick exit button leaves, and Back does not show the tool', async ({ page }) => {
    await page.goto('/en/check/');
    await page.locator('#settings-perspective-self').check();
    await page.getByRole('link', { name: ui.header.quickExit }).click();
    await expectLeftForGood(page);
  });

  test('Shift pressed three times leaves', async ({ page }) => {
    await page.goto('/en/learn/');
    await page.locator('h1').click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await expectLeftForGood(page);
  });
});

test('Quick exit in one tab clears the check in every open tab of the site', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await interceptExit(first);
  await startCheck(first, 'self', { place: 'country', country: 'MX' });
  await answer(first, 'danger', 'no');
  // Each tab has its own check (sessionStorage is per tab).
  await startCheck(second, 'other', 'UK');
  await answer(second, 'danger', 'no');
  expect(await second.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toContain('UK');
  await first.getByRole('link', { name: ui.header.quickExit }).click();
  await second.waitForURL(`${exitOrigin}/**`);
  expect(await second.evaluate((key) => sessionStorage.getItem(key), SESSION_KEY)).toBeNull();
  await first.waitForURL(`${exitOrigin}/**`);
});

test('when the site is framed by another origin, Quick exit replaces the top window', async ({ page, baseURL }) => {
  // A host that sends no frame headers (the site's own server forbids framing): strip them here.
  await page.route(`${baseURL}/**`, async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['x-frame-options'];
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  await page.route('http://framer.example/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>Framer</title><iframe src="${baseURL}/en/learn/" width="400" height="600"></iframe>` }),
  );
  await page.goto('http://framer.example/');
  const frame = page.frameLocator('iframe');
  await frame.getByRole('link', { name: ui.header.quickExit }).click();
  await page.waitForURL(`${exitOrigin}/**`);
  // The whole tab is the neutral site: no frame of the tool is left. (After a top navigation from
  // a frame, Playwright's emulated viewport is 0×0, so visibility cannot be asked; the text can.)
  expect(page.frames().filter((f) => f.url().startsWith(baseURL!))).toEqual([]);
  expect(await page.locator('h1').textContent()).toBe('Weather');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('Quick exit is a plain link that works', async ({ page }) => {
    await interceptExit(page);
    await page.goto('/en/');
    const link = page.getByRole('link', { name: ui.header.quickExit });
    await expect(link).toHaveAttribute('href', QUICK_EXIT_URL);
    await link.click();
    await page.waitForURL(`${exitOrigin}/**`);
    await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
  });
});
