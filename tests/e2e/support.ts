import { expect, type Page } from '@playwright/test';
import { createActor } from 'xstate';
import { loadContent, type Locale } from '../../content/load';
import { checkMachine, type CheckEvent } from '../../machines/check.machine';
import type { CountryCode } from '../../machines/country-codes';
import { currentQuestion, outcomeOf } from '../../machines/driver';
import type { Answer, Answers, FactId, OutcomeId, Perspective } from '../../machines/facts';
import type { PlaceChoice } from '../../machines/settings';
import { saveable } from '../../machines/snapshot';
import { enumerateRoutes } from '../../machines/routes';
import { QUICK_EXIT_URL, SESSION_KEY } from '../../app/lib/site';

export const content = loadContent('en');
export const ui = content.words.ui;
export { QUICK_EXIT_URL, SESSION_KEY };

/** What the check shows now: "settings:perspective", "question:force", "review", "outcome:…". */
export async function view(page: Page): Promise<string> {
  return (await page.locator('.check-app').getAttribute('data-view')) ?? '';
}

export const at = (page: Page, expected: string) => expect(page.locator('.check-app')).toHaveAttribute('data-view', expected);

/** The visible page heading (the settings form holds one per screen). */
export const heading = (page: Page) => page.locator('main h1:visible').first();

/** Continue on any question page, in any language. */
export async function continueButton(page: Page) {
  await page.locator('.check-app form button[type=submit]').click();
}

/** Continue on a settings screen (a button once hydrated; before that, the label of a checkbox). */
export async function continueSetting(page: Page, step: 'perspective' | 'place' | 'country') {
  await page.locator(`.screen--${step} .button`).click();
}

export interface Where {
  readonly place: PlaceChoice;
  readonly country?: CountryCode;
}
const whereOf = (where: Where | 'US' | 'UK' | 'INTL'): Where =>
  typeof where === 'string' ? { place: where === 'INTL' ? 'undisclosed' : where } : where;

/** Opens the check and answers the settings screens, waiting for the island first. */
export async function startCheck(page: Page, perspective: Perspective, where: Where | 'US' | 'UK' | 'INTL', locale: Locale = 'en') {
  const { place, country } = whereOf(where);
  // A fresh check: this tab may hold a saved one from an earlier walk.
  await page.goto('/icon.svg');
  await page.evaluate(() => window.sessionStorage.clear());
  await page.goto(`/${locale}/check/`);
  await page.locator('.check-app[data-ready]').waitFor();
  await page.locator(`#settings-perspective-${perspective}`).check();
  await continueSetting(page, 'perspective');
  await at(page, 'settings:place');
  await page.locator(`#settings-place-${place}`).check();
  await continueSetting(page, 'place');
  if (place === 'country') {
    await at(page, 'settings:country');
    await page.locator('#settings-country').selectOption(country!);
    await continueSetting(page, 'country');
  }
  await expect(page.locator('.check-app')).toHaveAttribute('data-view', /^question:/);
}

/** Answers the question on screen: through its radios, or its checklist (a value, or the ids of signs to tick). */
export async function answer(page: Page, fact: FactId, value: Answer | readonly string[], locale: Locale = 'en') {
  const signs = loadContent(locale).words.questions[fact].signs;
  if (Array.isArray(value)) {
    for (const id of value) await page.locator(`#answer-${fact}-${id}`).check();
  } else if (signs) {
    const target = value === 'yes' ? signs.find((s) => s.sets === 'yes')!.id : value === 'no' ? 'none' : 'unsure';
    await page.locator(`#answer-${fact}-${target}`).check();
  } else {
    await page.locator(`#answer-${fact}-${value}`).check();
  }
  await continueButton(page);
}

/** Answers every question the check asks from `facts` (missing: unsure), confirms, returns the outcome. */
export async function walk(page: Page, facts: Answers, locale: Locale = 'en'): Promise<{ outcome: OutcomeId; asked: FactId[] }> {
  const asked: FactId[] = [];
  for (let i = 0; i < 40; i++) {
    const current = await view(page);
    if (current.startsWith('outcome:')) return { outcome: current.slice('outcome:'.length) as OutcomeId, asked };
    if (current === 'review') {
      await page.locator('.check-app > button.button').click();
      await expect(page.locator('.check-app')).not.toHaveAttribute('data-view', 'review');
    } else if (current.startsWith('question:')) {
      const fact = current.slice('question:'.length) as FactId;
      asked.push(fact);
      await answer(page, fact, facts[fact] ?? 'unsure', locale);
      await expect(page.locator('.check-app')).not.toHaveAttribute('data-view', current);
    } else throw new Error(`unexpected view ${current}`);
  }
  throw new Error('the walk did not end');
}

/**
 * A saved place, as the check saves it in this tab: the real statechart driven by the person's
 * events (settings, then answers from `facts`), stopped at the first question `stopAt`, or at the
 * result. Loading the page with it restores that place at once (a fast way to reach any step).
 */
export function savedPlace(
  options: { perspective: Perspective; where: Where | 'US' | 'UK' | 'INTL'; facts?: Answers; stopAt?: FactId | 'review'; signs?: Partial<Record<FactId, string[]>> },
  locale: Locale = 'en',
): string {
  const { place, country } = whereOf(options.where);
  const actor = createActor(checkMachine, { input: {} }).start();
  const send = (e: CheckEvent) => actor.send(e);
  send({ type: 'CHOOSE', step: 'perspective', value: options.perspective });
  send({ type: 'CHOOSE', step: 'place', value: place });
  if (place === 'country') send({ type: 'CHOOSE', step: 'country', value: country! });
  const questions = loadContent(locale).words.questions;
  for (let i = 0; i < 40; i++) {
    const snapshot = actor.getSnapshot();
    if (outcomeOf(snapshot)) break;
    const fact = currentQuestion(snapshot);
    if (fact && fact === options.stopAt) break;
    if (fact) {
      const ticked = options.signs?.[fact];
      if (ticked) {
        const signs = questions[fact].signs!.filter((s) => ticked.includes(s.id));
        send({ type: 'ANSWER_SIGNS', fact, signs: signs.map((s) => s.sets), signIds: signs.map((s) => s.id), exclusive: null });
      } else send({ type: 'ANSWER', fact, value: options.facts?.[fact] ?? 'unsure' });
    } else if (snapshot.matches('review')) {
      if (options.stopAt === 'review') break;
      send({ type: 'CONFIRM' });
    }
  }
  const text = JSON.stringify(saveable(actor.getPersistedSnapshot()));
  actor.stop();
  return text;
}

/** Opens the check restored at a saved place (savedPlace), as after a reload in the same tab. */
export async function openAt(page: Page, saved: string, locale: Locale = 'en') {
  // A file of the site's own origin (no page, no scripts), to write this tab's storage first.
  await page.goto('/icon.svg');
  await page.evaluate(([key, value]) => {
    window.sessionStorage.clear();
    window.sessionStorage.setItem(key, value);
  }, [SESSION_KEY, saved] as const);
  await page.goto(`/${locale}/check/`);
  await page.locator('.check-app[data-ready]').waitFor();
}

/** Serves a stand-in for the neutral site so Quick exit never leaves this machine. */
export async function interceptExit(page: Page) {
  await page.context().route(`${new URL(QUICK_EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><title>Weather</title><h1>Weather</h1></html>' }),
  );
}

/** The shortest route (for someone else) that asks a question, to open the check right at it. */
export function routeAsking(fact: FactId) {
  for (const jurisdiction of ['UK', 'INTL', 'US'] as const) {
    const route = enumerateRoutes({ jurisdiction, perspective: 'other' })
      .filter((r) => r.steps.some((s) => s.fact === fact))
      .sort((a, b) => a.steps.length - b.steps.length)[0];
    if (route) return { jurisdiction, facts: route.answers };
  }
  throw new Error(`no route asks ${fact}`);
}
