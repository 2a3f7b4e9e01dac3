import { expect, test, type Page } from '@playwright/test';
import { at, content, ui, walk } from './support';

/** The first screens work before the scripts arrive (and without them), and nothing chosen is lost. */

/** Holds the page's script bundles until `release()` is called: the page as on a slow connection. */
async function holdScripts(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_next/static/chunks/**', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the settings screens can be answered and show the next screen; then the main hotlines', async ({ page }) => {
    await page.goto('/en/check/');
    await expect(page.locator('.screen--perspective')).toBeVisible();
    await page.locator('label[for="settings-perspective-other"]').click();
    await page.locator('.screen--perspective label.button').click();
    await expect(page.locator('.screen--perspective')).toBeHidden();
    await expect(page.locator('.screen--place')).toBeVisible();
    // Back works too.
    await page.locator('.screen--place label.back-link').click();
    await expect(page.locator('.screen--perspective')).toBeVisible();
    await page.locator('.screen--perspective label.button').click();
    await page.locator('label[for="settings-place-country"]').click();
    await page.locator('.screen--place label.button').click();
    await expect(page.locator('.screen--country')).toBeVisible();
    await page.locator('.screen--country label.button').click();
    await expect(page.locator('.screen--country .settings-error')).toBeVisible();
    await page.locator('#settings-country').selectOption('MX');
    await expect(page.locator('.screen--done')).toBeVisible();
    expect(page.url()).toMatch(/\/en\/check\/$/);
    // Playwright's text search skips <noscript>; the browser shows it when scripts are off.
    const html = await page.content();
    expect(html).toContain(ui.setup.noscriptTitle);
    for (const tel of ['tel:+18883737888', 'tel:+448000121700']) expect(html).toContain(`href="${tel}"`);
    expect(html).toContain('href="/en/learn/"');
    await expect(page.locator('.safety-bar a[href="tel:911"]')).toBeVisible();
    await expect(page.locator('.safety-bar a[href="tel:999"]')).toBeVisible();
    await expect(page.locator('.screen--done .loading')).toBeHidden();
  });
});

test('choices made before the scripts arrive are kept, and the walk goes on from them, with no answer in the address', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/en/check/', { waitUntil: 'domcontentloaded' });
  await page.locator('label[for="settings-perspective-other"]').click();
  await page.locator('.screen--perspective label.button').click();
  await expect(page.locator('.screen--place')).toBeVisible();
  await page.locator('label[for="settings-place-UK"]').click();
  await page.locator('.screen--place label.button').click();
  await expect(page.locator('.screen--done')).toBeVisible();
  expect(page.url()).toMatch(/\/en\/check\/$/);
  release();
  await page.locator('.check-app[data-ready]').waitFor();
  await at(page, 'question:danger');
  await expect(page.locator('main h1:visible')).toHaveText(content.words.questions.danger.text.other);
  const result = await walk(page, { danger: 'no', labor: 'no', commercialSex: 'yes', under18: 'no', force: 'yes' });
  expect(result.outcome).toBe('sex_trafficking');
  await expect(page.locator('.emergency-line a')).toHaveText('999');
  expect(page.url()).toMatch(/\/en\/check\/$/);
});

test('a choice made before hydration, then the rest after it', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/en/check/', { waitUntil: 'domcontentloaded' });
  await page.locator('label[for="settings-perspective-self"]').click();
  await page.locator('.screen--perspective label.button').click();
  release();
  await page.locator('.check-app[data-ready]').waitFor();
  await at(page, 'settings:place');
  await expect(page.locator('.screen--place')).toBeVisible();
  await page.locator('#settings-place-US').check();
  await page.getByRole('button', { name: ui.check.continue }).click();
  await at(page, 'question:danger');
  await expect(page.locator('main h1:visible')).toHaveText(content.words.questions.danger.text.self);
});

test('a tap that starts before hydration and ends after it is not lost', async ({ page }) => {
  const release = await holdScripts(page);
  await page.goto('/en/check/', { waitUntil: 'domcontentloaded' });
  await page.locator('label[for="settings-perspective-other"]').click();
  const box = (await page.locator('.screen--perspective label.button').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  release();
  // The island is running, but keeps the script-free controls until the finger is lifted.
  await page.waitForFunction(() => (window as unknown as Record<string, unknown>).__ittHydrated === true);
  await page.waitForTimeout(200);
  await page.mouse.up();
  await page.locator('.check-app[data-ready]').waitFor();
  await at(page, 'settings:place');
  await expect(page.locator('.screen--place')).toBeVisible();
  await expect(page.locator('.screen--perspective')).toBeHidden();
});
