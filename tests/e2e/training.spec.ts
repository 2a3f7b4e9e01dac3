import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { content, ui, walk } from './support';

const scenarios = content.data.scenarios;
const words = content.words.scenarios;
const matchCase = scenarios.find((s) => s.difficulty === 'easy' && s.kind === 'labor')!;
const forceCase = scenarios.find((s) => s.facts.force === 'yes' && ['labor_trafficking', 'sex_trafficking'].includes(s.expected[s.setting]) && s.facts.danger !== 'yes')!;

async function startCase(page: Page, id: string) {
  await page.goto(`/en/train/${id}/`);
  await expect(page.getByText(words[id].vignette)).toBeVisible();
  await page.getByRole('button', { name: ui.train.startCase }).click();
  await expect(page.locator('.check-app .training-marker')).toHaveText(ui.check.training);
}

async function noViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`), what).toEqual([]);
}

test('the case list shows every case with title and teaser, never the answer, and filters', async ({ page }) => {
  await page.goto('/en/train/');
  await expect(page.locator('.case-card')).toHaveCount(scenarios.length);
  const list = (await page.locator('.case-list').textContent()) ?? '';
  for (const outcome of Object.values(content.words.outcomes.outcomes)) expect(list).not.toContain(outcome.title);
  for (const s of scenarios) expect(list).toContain(words[s.id].teaser);
  await page.getByLabel(ui.train.filterDifficulty).selectOption('hard');
  await page.getByLabel(ui.train.filterJurisdiction).selectOption('UK');
  const expected = scenarios.filter((s) => s.difficulty === 'hard' && s.setting === 'UK').length;
  await expect(page.locator('.case-card')).toHaveCount(expected);
  await page.getByLabel(ui.train.filterType).selectOption('smuggling');
  await expect(page.locator('.case-card')).toHaveCount(scenarios.filter((s) => s.difficulty === 'hard' && s.setting === 'UK' && s.kind === 'smuggling').length);
  await noViolations(page, 'case list');
});

test('a case answered as the expert would shows a match; the session score counts it; the download holds only the results', async ({ page }) => {
  await startCase(page, matchCase.id);
  const result = await walk(page, matchCase.facts);
  expect(result.outcome).toBe(matchCase.expected[matchCase.setting]);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ui.train.matched);
  await expect(page.getByText(ui.train.noDifferences)).toBeVisible();
  await expect(page.getByText(words[matchCase.id].teachingNote)).toBeVisible();
  await expect(page.locator('.map-edge.is-expert').first()).toBeAttached();
  await noViolations(page, 'training result');

  await page.getByRole('link', { name: ui.train.backToCases }).click();
  await expect(page.getByText('Cases done: 1')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: ui.train.download }).click()]);
  expect(download.suggestedFilename()).toBe('training-results.json');
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(Object.keys(file).sort()).toEqual(['cases', 'summary']);
  expect(file.cases).toEqual([
    { caseId: matchCase.id, jurisdiction: matchCase.setting, expected: matchCase.expected[matchCase.setting], got: result.outcome, matched: true, missed: [] },
  ]);
  expect(file.summary).toEqual({ done: 1, matched: 1, mostMissed: [] });
});

test('a wrong answer shows the question that differs, the definition and the teaching note', async ({ page }) => {
  await startCase(page, forceCase.id);
  const result = await walk(page, { ...forceCase.facts, force: 'no' });
  await expect(page.locator('.check-app')).toHaveAttribute('data-view', `outcome:${result.outcome}`);
  const difference = page.locator('.difference[data-fact="force"]');
  await expect(difference).toBeVisible();
  await expect(difference).toContainText(content.words.questions.force.text[forceCase.perspective]);
  await expect(difference).toContainText(`${ui.train.yourAnswer}: ${ui.check.checklistNone}`);
  await expect(difference).toContainText(`${ui.train.expertAnswer}: ${content.words.questions.force.answers.yes}`);
  await expect(difference).toContainText(content.words.definitions.force.plain);
  await expect(page.getByText(words[forceCase.id].teachingNote)).toBeVisible();
  await expect(page.locator('.map-edge.is-trainee').first()).toBeAttached();
  // Try again starts the same case afresh.
  await page.getByRole('button', { name: ui.train.tryAgain }).click();
  await expect(page.locator('.check-app')).toHaveAttribute('data-view', 'question:danger');
});

test('facilitator view: the room answers, the expert answer and path are revealed on request', async ({ page }) => {
  await page.goto(`/en/train/${forceCase.id}/facilitate/`);
  await expect(page.getByText(words[forceCase.id].vignette)).toBeVisible();
  await noViolations(page, 'facilitator');
  for (let i = 0; i < 20; i++) {
    const step = page.locator('.room-step[data-fact]');
    if ((await step.count()) === 0) break;
    const fact = (await step.getAttribute('data-fact')) as keyof typeof content.words.questions;
    const expertAnswer = forceCase.facts[fact] ?? 'unsure';
    await expect(page.locator('.expert-says')).toHaveCount(0);
    await page.getByRole('button', { name: ui.train.reveal }).click();
    await expect(page.locator('.expert-says')).toHaveText(ui.train.expertSays.replace('{answer}', content.words.questions[fact].answers[expertAnswer]));
    await page.getByRole('button', { name: content.words.questions[fact].answers[expertAnswer], exact: true }).click();
    await page.getByRole('button', { name: ui.check.continue }).click();
  }
  await page.getByRole('button', { name: ui.review.confirm }).click();
  await expect(page.locator('[data-outcome]').first()).toHaveAttribute('data-outcome', forceCase.expected[forceCase.setting]);
  await page.getByRole('button', { name: ui.train.revealPath }).click();
  await expect(page.getByRole('heading', { name: ui.train.expertPath })).toBeVisible();
  await expect(page.locator('.map-edge.is-expert').first()).toBeAttached();
  await noViolations(page, 'facilitator reveal');
});

test('training pages store nothing and request nothing from another host', async ({ page, context, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('/en/train/');
  await page.locator('.case-card a').first().click();
  await page.getByRole('button', { name: ui.train.startCase }).click();
  await walk(page, scenarios[0].facts);
  await page.goto(`/en/train/${scenarios[1].id}/facilitate/`);
  await page.goto('/en/map/');
  expect(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== new URL(baseURL!).origin)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
});

test('axe: the decision map and a training question', async ({ page }) => {
  await page.goto('/en/map/');
  await expect(page.locator('svg.decision-map')).toHaveCount(3);
  await page.locator('details summary').first().click();
  await noViolations(page, 'map');
  await startCase(page, matchCase.id);
  await noViolations(page, 'training question');
});
