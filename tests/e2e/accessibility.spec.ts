import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { OUTCOME_IDS } from '../../machines/facts';
import { answer, content, continueButton, startCheck, walk } from './support';

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

test('axe: a question page, a checklist, an error state and check your answers', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await page.locator('details').first().locator('summary').click();
  await expectNoViolations(page, 'question');
  await continueButton(page);
  await expect(page.locator('.error-summary')).toBeVisible();
  await expectNoViolations(page, 'error state');
  await answer(page, 'danger', 'no');
  await answer(page, 'commercialSex', 'no');
  await answer(page, 'labor', 'yes');
  await answer(page, 'under18', 'no');
  await expectNoViolations(page, 'checklist');
  await answer(page, 'force', 'yes');
  await expect(page.locator('.check-app')).toHaveAttribute('data-view', 'review');
  await expectNoViolations(page, 'check your answers');
});

for (const outcome of OUTCOME_IDS) {
  test(`axe: outcome page ${outcome}`, async ({ page }) => {
    const scenario = content.data.scenarios.find((s) => s.expected.US === outcome)!;
    await startCheck(page, scenario.perspective, 'US');
    await walk(page, scenario.facts);
    await expect(page.locator('.check-app')).toHaveAttribute('data-view', `outcome:${outcome}`);
    await page.locator('details.contact__more summary').first().click().catch(() => undefined);
    await expectNoViolations(page, outcome);
  });
}
