import { expect, type Page } from '@playwright/test';
import { loadContent } from '../../content/load';
import type { Answer, Answers, FactId, Jurisdiction, OutcomeId, Perspective } from '../../machines/facts';
import { QUICK_EXIT_URL } from '../../app/lib/site';

export const content = loadContent('en');
export const ui = content.words.ui;
export { QUICK_EXIT_URL };

/** What the check shows now: "setup:perspective", "question:force", "review", "outcome:…". */
export async function view(page: Page): Promise<string> {
  return (await page.locator('.check-app').getAttribute('data-view')) ?? '';
}

/** Continue on any question page, in any language. */
export async function continueButton(page: Page) {
  await page.locator('.check-app form button[type=submit]').click();
}

export async function startCheck(page: Page, perspective: Perspective, jurisdiction: Jurisdiction, locale = 'en') {
  await page.goto(`/${locale}/check/`);
  await page.locator(`input[name=perspective][value=${perspective}]`).check();
  await continueButton(page);
  await expect(page.locator('.check-app')).toHaveAttribute('data-view', 'setup:jurisdiction');
  await page.locator(`input[name=jurisdiction][value=${jurisdiction}]`).check();
  await continueButton(page);
  await expect(page.locator('.check-app')).toHaveAttribute('data-view', 'question:danger');
}

/** Answers the question on screen, through its radios or its checklist of signs. */
export async function answer(page: Page, fact: FactId, value: Answer) {
  const signs = content.words.questions[fact].signs;
  if (signs) {
    const target = value === 'yes' ? signs.find((s) => s.sets === 'yes')!.id : value === 'no' ? 'none' : 'unsure';
    await page.locator(`#answer-${fact}-${target}`).check();
  } else {
    await page.locator(`input[name=answer-${fact}][value=${value}]`).check();
  }
  await continueButton(page);
}

/** Answers every question the check asks from `facts` (missing: unsure), confirms, returns the outcome. */
export async function walk(page: Page, facts: Answers): Promise<{ outcome: OutcomeId; asked: FactId[] }> {
  const asked: FactId[] = [];
  for (let i = 0; i < 40; i++) {
    const current = await view(page);
    if (current.startsWith('outcome:')) return { outcome: current.slice('outcome:'.length) as OutcomeId, asked };
    if (current === 'review') {
      await page.locator('.check-app > button.button').click();
    } else if (current.startsWith('question:')) {
      const fact = current.slice('question:'.length) as FactId;
      asked.push(fact);
      await answer(page, fact, facts[fact] ?? 'unsure');
      await expect(page.locator('.check-app')).not.toHaveAttribute('data-view', current);
    } else throw new Error(`unexpected view ${current}`);
  }
  throw new Error('the walk did not end');
}

/** Serves a stand-in for the neutral site so Quick exit never leaves this machine. */
export async function interceptExit(page: Page) {
  await page.context().route(`${new URL(QUICK_EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1></html>' }),
  );
}
