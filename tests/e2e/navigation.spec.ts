import { expect, test } from '@playwright/test';
import { answer, content, continueButton, startCheck, ui, view, walk } from './support';

const at = (page: import('@playwright/test').Page, expected: string) => expect(page.locator('.check-app')).toHaveAttribute('data-view', expected);

test('the Back link returns to the previous question with the answer still selected', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await answer(page, 'danger', 'no');
  await answer(page, 'commercialSex', 'no');
  await at(page, 'question:labor');
  await page.getByRole('link', { name: ui.check.back }).click();
  await at(page, 'question:commercialSex');
  await expect(page.locator('input[name=answer-commercialSex][value=no]')).toBeChecked();
  await page.getByRole('link', { name: ui.check.back }).click();
  await at(page, 'question:danger');
  await expect(page.locator('input[name=answer-danger][value=no]')).toBeChecked();
  await page.getByRole('link', { name: ui.check.back }).click();
  await at(page, 'setup:jurisdiction');
  await expect(page.locator('input[name=jurisdiction][value=US]')).toBeChecked();
});

test("the browser's Back button goes to the previous question; history entries carry no answers", async ({ page }) => {
  await startCheck(page, 'other', 'UK');
  await answer(page, 'danger', 'no');
  await answer(page, 'commercialSex', 'yes');
  await at(page, 'question:labor');
  const state = await page.evaluate(() => JSON.stringify(window.history.state));
  expect(state).not.toMatch(/"(yes|no|unsure)"|commercialSex|danger/);
  await page.goBack();
  await at(page, 'question:commercialSex');
  await expect(page.locator('input[name=answer-commercialSex][value=yes]')).toBeChecked();
  await page.goBack();
  await at(page, 'question:danger');
  expect(page.url()).toMatch(/\/en\/check\/$/);
  // Going forward again from here asks the next question as before.
  await answer(page, 'danger', 'no');
  await at(page, 'question:commercialSex');
});

test('Change from check your answers returns to the question, asks any new follow-up, then the summary', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await walkTo(page);
  await at(page, 'review');
  const row = page.locator('.summary-list__row', { hasText: content.words.questions.force.text.self });
  await expect(row).toContainText(content.words.questions.force.answers.yes);
  await row.getByRole('button', { name: ui.review.change }).click();
  await at(page, 'question:force');
  await answer(page, 'force', 'no');
  await at(page, 'question:fraud'); // a new follow-up the change requires
  await answer(page, 'fraud', 'no');
  await answer(page, 'coercion', 'yes');
  await at(page, 'review');
  await expect(page.locator('.summary-list__row', { hasText: content.words.questions.force.text.self })).toContainText(content.words.questions.force.answers.no);
  await expect(page.locator('.summary-list__row', { hasText: content.words.questions.coercion.text.self })).toBeVisible();
  await page.getByRole('button', { name: ui.review.confirm }).click();
  await at(page, 'outcome:labor_trafficking');

  async function walkTo(p: typeof page) {
    await answer(p, 'danger', 'no');
    await answer(p, 'commercialSex', 'no');
    await answer(p, 'labor', 'yes');
    await answer(p, 'under18', 'no');
    await answer(p, 'force', 'yes');
  }
});

test('changing where it happens re-routes by that law', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await walk(page, { danger: 'no', commercialSex: 'no', labor: 'yes', under18: 'yes', force: 'no', fraud: 'no', coercion: 'no', freeToLeave: 'no', laborViolations: 'yes' });
  // Back at the summary after the US result: change the place to the UK.
  await page.getByRole('button', { name: ui.outcome.changeAnswers }).click();
  await at(page, 'review');
  await page.locator('.summary-list__row', { hasText: ui.review.whereLabel }).getByRole('button').click();
  await at(page, 'setup:jurisdiction');
  await page.locator('input[name=jurisdiction][value=UK]').check();
  await continueButton(page);
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
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(ui.check.errorTitle);
  await summary.getByRole('link').click();
  await expect(page.locator('#answer-danger-yes')).toBeFocused();
  await expect(page.locator('.error-message')).toHaveText(ui.check.errorChoose);
  expect(await view(page)).toBe('question:danger');
});

test('a checklist with nothing ticked shows its error; ticking a sign answers the question', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await answer(page, 'danger', 'no');
  await answer(page, 'commercialSex', 'no');
  await answer(page, 'labor', 'yes');
  await answer(page, 'under18', 'no');
  await at(page, 'question:force');
  await continueButton(page);
  await expect(page.locator('.error-summary')).toContainText(ui.check.errorChecklist);
  // A sign that is only a warning sign counts as "not sure" — the check goes on to ask more.
  const warningSign = content.words.questions.force.signs!.find((s) => s.sets === 'unsure')!;
  await page.locator(`#answer-force-${warningSign.id}`).check();
  await continueButton(page);
  await at(page, 'question:fraud');
});

test('the walkthrough survives a reload (sessionStorage) and Start again clears it', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await answer(page, 'danger', 'no');
  await answer(page, 'commercialSex', 'no');
  await page.reload();
  await at(page, 'question:labor');
  await page.getByRole('link', { name: ui.check.back }).click();
  await at(page, 'question:commercialSex');
  await expect(page.locator('input[name=answer-commercialSex][value=no]')).toBeChecked();
  await walk(page, { commercialSex: 'no', labor: 'no', under18: 'no', crossedBorder: 'no' });
  await page.getByRole('button', { name: ui.outcome.startAgain }).click();
  await at(page, 'setup:perspective');
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});
