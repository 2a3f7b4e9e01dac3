import { expect, test } from '@playwright/test';
import { answer, interceptExit, QUICK_EXIT_URL, startCheck, ui } from './support';

const exitOrigin = new URL(QUICK_EXIT_URL).origin;

test.beforeEach(async ({ page }) => {
  await interceptExit(page);
});

test('the button leaves at once, clears state, and Back does not show the tool', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await answer(page, 'danger', 'no');
  await answer(page, 'commercialSex', 'yes');
  expect(await page.evaluate(() => sessionStorage.getItem('itt-check'))).toContain('commercialSex');
  await page.getByRole('link', { name: ui.header.quickExit }).click();
  await page.waitForURL(`${exitOrigin}/**`);
  await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
  await page.goBack().catch(() => undefined);
  await page.waitForURL(`${exitOrigin}/**`);
  await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
  await expect(page.locator('.check-app')).toHaveCount(0);
});

test('pressing Shift three times leaves at once', async ({ page }) => {
  await startCheck(page, 'other', 'UK');
  await answer(page, 'danger', 'no');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Shift');
  await page.waitForURL(`${exitOrigin}/**`);
  await page.goBack().catch(() => undefined);
  await page.waitForURL(`${exitOrigin}/**`);
  await expect(page.getByRole('heading', { name: 'Weather' })).toBeVisible();
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
    () =>
      new Promise<string | null>((resolve) => {
        window.addEventListener('itt:quick-exit', () => queueMicrotask(() => resolve(sessionStorage.getItem('itt-check'))));
      }),
  );
  await page.getByRole('link', { name: ui.header.quickExit }).click();
  expect(await cleared).toBeNull();
  await page.waitForURL(`${exitOrigin}/**`);
  expect(await page.evaluate(() => history.length)).toBe(lengthBefore);
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
  test('the check explains that it needs JavaScript and points to help', async ({ page }) => {
    await page.goto('/en/check/');
    // Playwright's text search skips <noscript>; the browser shows it when scripts are off.
    await expect(page.locator('.check-app')).toBeHidden();
    expect(await page.content()).toContain(`<noscript><style>.check-app{display:none}</style><p class="warning-text">${ui.check.noscript}</p></noscript>`);
    await expect(page.locator('.emergency-line a[href="tel:911"]')).toBeVisible();
  });
});
