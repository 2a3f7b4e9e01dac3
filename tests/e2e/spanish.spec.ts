import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadContent } from '../../content/load';
import { answer, content, heading, startCheck, walk } from './support';

const es = loadContent('es');
const esUi = es.words.ui;
const at = (page: Page, view: string) => expect(page.locator('.check-app')).toHaveAttribute('data-view', view);

async function noViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`), what).toEqual([]);
}

test('a whole walkthrough in Spanish reaches an outcome, with lang="es", Spanish words and the neutral title', async ({ page }) => {
  await startCheck(page, 'other', 'US', 'es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(heading(page)).toHaveText(es.words.questions.danger.text.other);
  const result = await walk(page, { danger: 'no', labor: 'yes', commercialSex: 'no', under18: 'no', force: 'yes' }, 'es');
  expect(result.outcome).toBe('labor_trafficking');
  await expect(heading(page)).toHaveText(es.words.outcomes.outcomes.labor_trafficking.title);
  await expect(page).toHaveTitle(esUi.site.title);
  await page.locator('.outcome__recommended details summary').click();
  await expect(page.locator('.outcome__recommended .speaks--yes')).toHaveText(esUi.contactWords.speaksYes);
  await expect(page.locator('.outcome__recommended a[href="tel:+18883737888"]')).toBeVisible();
  await noViolations(page, 'Spanish outcome');
});

test('switching language mid-check keeps the current question and the answers', async ({ page }) => {
  await startCheck(page, 'self', 'UK');
  await answer(page, 'danger', 'no');
  await answer(page, 'labor', 'no');
  await at(page, 'question:commercialSex');
  await page.getByRole('link', { name: 'Español' }).click();
  await page.waitForURL('**/es/check/');
  await at(page, 'question:commercialSex');
  await expect(heading(page)).toHaveText(es.words.questions.commercialSex.text.self);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  expect(page.url()).not.toMatch(/[?#]/);
  await page.locator('.check-app .back-link').click();
  await at(page, 'question:labor');
  await expect(page.locator('#answer-labor-no')).toBeChecked();
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL('**/en/check/');
  await at(page, 'question:labor');
  await expect(heading(page)).toHaveText(content.words.questions.labor.text.self);
});

test('the start page follows the browser language, and the switch overrides it', async ({ browser }) => {
  const spanish = await browser.newContext({ locale: 'es-MX' });
  const page = await spanish.newPage();
  await page.goto('/');
  await page.waitForURL('**/es/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL('**/en/');
  await spanish.close();
  const english = await browser.newContext({ locale: 'en-GB' });
  const page2 = await english.newPage();
  await page2.goto('/');
  await page2.waitForURL('**/en/');
  await english.close();
});

test('every page has a language switch with native names', async ({ page }) => {
  for (const path of ['/en/', '/en/learn/', '/es/contacts/', '/es/train/']) {
    await page.goto(path);
    await expect(page.locator('.language-switch')).toContainText('English');
    await expect(page.locator('.language-switch')).toContainText('Español');
  }
});

for (const path of ['/es/', '/es/check/', '/es/learn/', '/es/contacts/', '/es/safety/', '/es/train/', '/es/map/']) {
  test(`axe in Spanish: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await noViolations(page, path);
  });
}

test('a training case in Spanish', async ({ page }) => {
  const scenario = es.data.scenarios.find((s) => s.difficulty === 'easy')!;
  await page.goto(`/es/train/${scenario.id}/`);
  await expect(page.getByText(es.words.scenarios[scenario.id].vignette)).toBeVisible();
  await page.getByRole('button', { name: esUi.train.startCase }).click();
  await walk(page, scenario.facts, 'es');
  await expect(heading(page)).toHaveText(esUi.train.matched);
  await expect(page.getByText(es.words.scenarios[scenario.id].teachingNote)).toBeVisible();
  await noViolations(page, 'Spanish training result');
});
