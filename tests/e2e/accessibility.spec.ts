import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { OUTCOME_IDS } from '../../machines/facts';
import { answer, content, continueButton, continueSetting, startCheck, walk } from './support';

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`), what).toEqual([]);
}

for (const path of ['/', '/en/', '/en/check/', '/en/learn/', '/en/contacts/', '/en/safety/', '/en/no-such-page/']) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    if (path === '/') await page.waitForURL('**/en/');
    await expectNoViolations(page, path);
  });
}

test('axe: each settings screen, and a settings error', async ({ page }) => {
  await page.goto('/en/check/');
  await page.locator('.check-app[data-ready]').waitFor();
  await continueSetting(page, 'perspective');
  await expectNoViolations(page, 'settings error');
  await page.locator('#settings-perspective-self').check();
  await continueSetting(page, 'perspective');
  await expectNoViolations(page, 'place screen');
  await page.locator('#settings-place-country').check();
  await continueSetting(page, 'place');
  await expectNoViolations(page, 'country screen');
});

test('axe: a question page, a checklist, an error state and check your answers', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await page.locator('details').first().locator('summary').click();
  await expectNoViolations(page, 'question');
  await continueButton(page);
  await expect(page.locator('.error-summary:visible')).toBeVisible();
  await expectNoViolations(page, 'error state');
  await answer(page, 'danger', 'no');
  await answer(page, 'labor', 'yes');
  await answer(page, 'commercialSex', 'no');
  await answer(page, 'under18', 'no');
  await expectNoViolations(page, 'checklist');
  await answer(page, 'force', 'yes');
  await expect(page.locator('.check-app')).toHaveAttribute('data-view', 'review');
  await expectNoViolations(page, 'check your answers');
});

for (const outcome of OUTCOME_IDS) {
  test(`axe: outcome page ${outcome}, every section open`, async ({ page }) => {
    const scenario = content.data.scenarios.find((s) => s.expected.US === outcome)!;
    await startCheck(page, scenario.perspective, 'US');
    await walk(page, scenario.facts);
    await expect(page.locator('.check-app')).toHaveAttribute('data-view', `outcome:${outcome}`);
    await expectNoViolations(page, outcome);
    for (const summary of await page.locator('details summary').all()) await summary.click();
    await expectNoViolations(page, `${outcome}, open`);
  });
}

test('axe: a result for a country, with reported numbers and a police warning', async ({ page }) => {
  await startCheck(page, 'other', { place: 'country', country: 'ES' });
  await walk(page, { danger: 'no', labor: 'yes', commercialSex: 'no', under18: 'yes', force: 'yes' });
  for (const summary of await page.locator('details summary').all()) await summary.click();
  await expectNoViolations(page, 'Spain result');
});
