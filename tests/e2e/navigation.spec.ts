import { expect, test } from '@playwright/test';
import { answer, at, content, continueButton, continueSetting, heading, startCheck, ui, view, walk } from './support';

const backButton = (page: import('@playwright/test').Page) => page.locator('.check-app .back-link:visible').first();

test('Back returns to the previous question with the answer still selected, then to the settings', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await answer(page, 'danger', 'no');
  await answer(page, 'labor', 'no');
  await at(page, 'question:commercialSex');
  await backButton(page).click();
  await at(page, 'question:labor');
  await expect(page.locator('#answer-labor-no')).toBeChecked();
  await backButton(page).click();
  await at(page, 'question:danger');
  await expect(page.locator('#answer-danger-no')).toBeChecked();
  await backButton(page).click();
  await at(page, 'settings:place');
  await expect(page.locator('#settings-place-US')).toBeChecked();
  await backButton(page).click();
  await at(page, 'settings:perspective');
  await expect(page.locator('#settings-perspective-self')).toBeChecked();
});

test("the browser's Back button goes to the previous step; history entries carry no answers and no place", async ({ page }) => {
  await startCheck(page, 'other', { place: 'country', country: 'MX' });
  await answer(page, 'danger', 'no');
  await answer(page, 'labor', 'yes');
  await at(page, 'question:commercialSex');
  const state = await page.evaluate(() => JSON.stringify(window.history.state));
  expect(state).not.toMatch(/"(yes|no|unsure)"|labor|danger|MX|country|other/);
  await page.goBack();
  await at(page, 'question:labor');
  await expect(page.locator('#answer-labor-yes')).toBeChecked();
  await page.goBack();
  await at(page, 'question:danger');
  expect(page.url()).toMatch(/\/en\/check\/$/);
  await answer(page, 'danger', 'no');
  await at(page, 'question:labor');
});

test('Change from check your answers returns to the question, asks any new follow-up, then the summary', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await walkToReview();
  const forceText = content.words.questions.force.variants.work?.text?.self ?? content.words.questions.force.text.self;
  const row = page.locator('.summary-list__row', { hasText: forceText });
  await row.getByRole('button', { name: ui.review.change }).click();
  await at(page, 'question:force');
  await answer(page, 'force', 'no');
  await at(page, 'question:fraud'); // a new follow-up the change requires
  await answer(page, 'fraud', 'no');
  await answer(page, 'coercion', 'yes');
  await at(page, 'review');
  await expect(page.locator('.summary-list__row', { hasText: forceText })).toContainText(ui.check.checklistNone);
  await page.getByRole('button', { name: ui.review.confirm }).click();
  await at(page, 'outcome:labor_trafficking');

  async function walkToReview() {
    await answer(page, 'danger', 'no');
    await answer(page, 'labor', 'yes');
    await answer(page, 'commercialSex', 'no');
    await answer(page, 'under18', 'no');
    await answer(page, 'force', 'yes');
    await at(page, 'review');
  }
});

test('check your answers lists the ticked signs, each warning sign marked as one', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await answer(page, 'danger', 'no');
  await answer(page, 'labor', 'yes');
  await answer(page, 'commercialSex', 'no');
  await answer(page, 'under18', 'no');
  const signs = content.words.questions.force.signs!;
  const decisive = signs.find((s) => s.sets === 'yes')!;
  const warnings = signs.filter((s) => s.sets === 'unsure').slice(0, 2);
  await answer(page, 'force', [decisive.id, ...warnings.map((s) => s.id)]);
  await at(page, 'review');
  const value = page.locator('.summary-list__row', { has: page.locator(`text=${ui.review.change}`) }).filter({ hasText: decisive.label });
  await expect(value).toContainText(decisive.label);
  for (const w of warnings) await expect(value).toContainText(ui.review.warningSign.replace('{sign}', w.label));
  await expect(value).not.toContainText(ui.check.checklistUnsure);
});

test('changing where it happens re-routes by that law', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await walk(page, { danger: 'no', labor: 'yes', commercialSex: 'no', under18: 'yes', force: 'no', fraud: 'no', coercion: 'no', freeToLeave: 'no', laborViolations: 'yes' });
  await page.getByRole('button', { name: ui.outcome.changeAnswers }).click();
  await at(page, 'review');
  await page.locator('.summary-list__row', { hasText: ui.review.whereLabel }).getByRole('button').click();
  await at(page, 'settings:place');
  await page.locator('#settings-place-UK').check();
  await continueSetting(page, 'place');
  await at(page, 'review');
  const result = await walk(page, {});
  expect(result.outcome).toBe('labor_trafficking');
});

test('"I\'m not sure" to every question is never a dead end', async ({ page }) => {
  await startCheck(page, 'self', 'INTL');
  const result = await walk(page, {});
  expect(result.outcome).toBe('possible_trafficking');
  await expect(page.locator('.outcome__recommended .contact a').first()).toBeVisible();
});

test('Continue without an answer shows an error summary that takes focus and links to the field', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await continueButton(page);
  const summary = page.locator('.error-summary:visible');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(ui.check.errorTitle);
  await summary.getByRole('link').click();
  await expect(page.locator('#answer-danger-yes')).toBeFocused();
  await expect(page.locator('.error-message')).toHaveText(ui.check.errorChoose);
  expect(await view(page)).toBe('question:danger');
});

test('a settings screen continued without a choice says what to do, and stays', async ({ page }) => {
  await page.goto('/en/check/');
  await page.locator('.check-app[data-ready]').waitFor();
  await continueSetting(page, 'perspective');
  await expect(page.locator('.screen--perspective .settings-error')).toBeVisible();
  await expect(page.locator('.screen--perspective .settings-error')).toContainText(ui.setup.errorPerspective);
  await at(page, 'settings:perspective');
});

test('a checklist with nothing ticked shows its error; ticking a warning sign answers "not sure"', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await answer(page, 'danger', 'no');
  await answer(page, 'labor', 'yes');
  await answer(page, 'commercialSex', 'no');
  await answer(page, 'under18', 'no');
  await at(page, 'question:force');
  await continueButton(page);
  await expect(page.locator('.error-summary:visible')).toContainText(ui.check.errorChecklist);
  const warningSign = content.words.questions.force.signs!.find((s) => s.sets === 'unsure')!;
  await page.locator(`#answer-force-${warningSign.id}`).check();
  await continueButton(page);
  await at(page, 'question:fraud');
});

test('the walkthrough survives a reload (sessionStorage) and Start again clears it, the country too', async ({ page }) => {
  await startCheck(page, 'self', { place: 'country', country: 'PH' });
  await answer(page, 'danger', 'no');
  await answer(page, 'labor', 'no');
  await page.reload();
  await at(page, 'question:commercialSex');
  await expect(page.locator('.emergency-line a')).toHaveText('911');
  await backButton(page).click();
  await at(page, 'question:labor');
  await expect(page.locator('#answer-labor-no')).toBeChecked();
  await walk(page, { labor: 'no', commercialSex: 'no', under18: 'no', crossedBorder: 'no' });
  await page.getByRole('button', { name: ui.outcome.startAgain }).click();
  await at(page, 'settings:perspective');
  const saved = await page.evaluate(() => JSON.parse(sessionStorage.getItem('itt-check') ?? '{}').snapshot?.context);
  expect(saved?.country ?? null).toBeNull();
  expect(saved?.answers ?? {}).toEqual({});
  await expect(page.locator('.emergency-line a')).toHaveCount(3);
});

test('focus moves to the heading of each new step', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await expect(heading(page)).toBeFocused();
  await answer(page, 'danger', 'no');
  await expect(heading(page)).toBeFocused();
});
