import { expect, test, type Page } from '@playwright/test';
import { content, ui } from './support';

/** Tabs (or Shift+Tabs) until the focused element matches, failing after a bounded number of presses. */
async function tabTo(page: Page, selector: string, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`could not reach ${selector} with ${key}`);
}

/** Chooses an option of a radio group with the arrow keys, then submits with Enter on Continue. */
async function choose(page: Page, name: string, value: string) {
  await tabTo(page, `input[name="${name}"]`);
  const wanted = ['perspective', 'place'].includes(name) ? `settings-${name}-${value}` : `${name}-${value}`;
  for (let i = 0; i < 6 && !(await page.evaluate((v) => document.activeElement?.id === v, wanted)); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await page.keyboard.press('Space');
  const id = ['perspective', 'place'].includes(name) ? `#settings-${name}-${value}` : `#${name}-${value}`;
  await expect(page.locator(id)).toBeChecked();
  const step = ['perspective', 'place'].includes(name) ? name : null;
  await tabTo(page, step ? `.screen--${step} button.button` : 'button[type=submit]');
  await page.keyboard.press('Enter');
}
const h1 = (page: Page) => page.locator('main h1:visible').first();

test('a whole walkthrough by keyboard alone, with focus moved to each new heading', async ({ page }) => {
  await page.goto('/en/');
  await tabTo(page, `a[href="/en/check/"].button`);
  await page.keyboard.press('Enter');
  await page.waitForURL('**/en/check/');
  await page.locator('.check-app[data-ready]').waitFor();
  await choose(page, 'perspective', 'other');
  await expect(h1(page)).toBeFocused();
  await expect(h1(page)).toHaveText(ui.setup.placeTitle);
  await choose(page, 'place', 'country');
  await expect(h1(page)).toHaveText(ui.setup.countryTitle);
  await tabTo(page, '#settings-country');
  await page.keyboard.type('Mexico');
  await expect(page.locator('#settings-country')).toHaveValue('MX');
  await tabTo(page, '.screen--country button.button');
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(content.words.questions.danger.text.other);
  await expect(h1(page)).toBeFocused();
  await choose(page, 'answer-danger', 'no');
  await choose(page, 'answer-labor', 'no');
  const sexSign = content.words.questions.commercialSex.signs!.find((s) => s.sets === 'yes')!;
  await tabTo(page, `#answer-commercialSex-${sexSign.id}`);
  await page.keyboard.press('Space');
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  await choose(page, 'answer-under18', 'yes');
  await expect(h1(page)).toHaveText(ui.review.title);
  await tabTo(page, '.check-app > button.button');
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(content.words.outcomes.outcomes.child_sex_trafficking.title);
  await expect(h1(page)).toBeFocused();
  // The recommended call link is reachable by keyboard.
  await tabTo(page, '.outcome__recommended a[href^="tel:"]');
  // Quick exit is reachable by keyboard from anywhere on the page.
  await tabTo(page, '.quick-exit__button', 'Shift+Tab');
  await expect(page.locator('.quick-exit__button')).toBeFocused();
});

test('a checklist can be answered by keyboard', async ({ page }) => {
  await page.goto('/en/check/');
  await page.locator('.check-app[data-ready]').waitFor();
  await choose(page, 'perspective', 'self');
  await choose(page, 'place', 'US');
  await choose(page, 'answer-danger', 'no');
  await choose(page, 'answer-labor', 'yes');
  await tabTo(page, '#answer-commercialSex-none');
  await page.keyboard.press('Space');
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  await choose(page, 'answer-under18', 'no');
  const sign = content.words.questions.force.signs!.find((s) => s.sets === 'yes')!;
  await tabTo(page, `#answer-force-${sign.id}`);
  await page.keyboard.press('Space');
  await tabTo(page, 'button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(ui.review.title);
});
