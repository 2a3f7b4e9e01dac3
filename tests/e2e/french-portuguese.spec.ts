import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { countryName } from '../../content/countries';
import { loadContent, type Locale } from '../../content/load';
import { LOCALE_NAMES } from '../../content/locales';
import type { CountryCode } from '../../machines/country-codes';
import type { Answers, OutcomeId, Perspective } from '../../machines/facts';
import { referralFor } from '../support/referrals';
import { answer, at, heading, startCheck, walk } from './support';

/** French and Portuguese: whole walks to the country's own contacts, the switch, `/`, axe, lang and title. */
const fr = loadContent('fr');
const pt = loadContent('pt');

const labourFacts: Answers = { danger: 'no', labor: 'yes', commercialSex: 'no', under18: 'no', force: 'yes' };
const childFacts: Answers = { danger: 'no', labor: 'no', commercialSex: 'yes', under18: 'yes' };

async function noViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`), what).toEqual([]);
}

/**
 * Walks the check in a language for a person in a country and checks the result against the
 * referral the content gives (first contact, every other one, the reported ones), in that language.
 */
async function walkTo(page: Page, locale: Locale, perspective: Perspective, country: CountryCode, facts: Answers, expected: OutcomeId) {
  const words = loadContent(locale).words;
  await startCheck(page, perspective, { place: 'country', country }, locale);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
  await expect(heading(page)).toHaveText(words.questions.danger.text[perspective]);
  const result = await walk(page, facts, locale);
  expect(result.outcome).toBe(expected);
  await expect(heading(page)).toHaveText(words.outcomes.outcomes[expected].title);
  await expect(page).toHaveTitle(words.ui.site.title);
  const referral = referralFor(expected, 'INTL', perspective, facts, country);
  await expect(page.locator('.outcome__recommended .contact')).toHaveAttribute('id', `card-${referral.first.id}`);
  await page.locator('#other-contacts > summary').click();
  for (const other of referral.others) await expect(page.locator(`#card-${other.id}`)).toBeAttached();
  // Reported numbers to check: the lines in their own fold (emergency numbers only on the emergency advice).
  const reportedLines = referral.contactData.filter((c) => referral.reported.some((r) => r.id === c.id) && c.kind !== 'emergency');
  for (const line of reportedLines) await expect(page.locator(`#reported #card-${line.id}`)).toBeAttached();
  await expect(page.getByText(words.ui.outcome.nationalLaw.replace('{country}', countryName(locale, country)).slice(0, 24))).toBeAttached();
  return referral;
}

test('French, a child in France: the worldwide directory first (France has no public trafficking line), then 112 and the 119 child line, in French', async ({ page }) => {
  const referral = await walkTo(page, 'fr', 'other', 'FR', childFacts, 'child_sex_trafficking');
  expect(referral.others.map((c) => c.id)).toEqual(expect.arrayContaining(['fr-112', 'fr-119']));
  await expect(page.locator('#card-fr-119 a[href="tel:119"]')).toBeVisible();
  await expect(page.locator('.emergency-line a')).toHaveText('112');
  await expect(page.locator('#card-fr-119 .contact__name')).toHaveText(fr.words.contacts.contacts['fr-119'].name);
  await noViolations(page, 'French result, France');
});

test('French, a person in Belgium: labour trafficking, with 112 as the national contact', async ({ page }) => {
  await walkTo(page, 'fr', 'self', 'BE', labourFacts, 'labor_trafficking');
  await expect(page.locator('#card-be-112 a[href="tel:112"]')).toBeVisible();
  await expect(page.locator('.emergency-line a')).toHaveText('112');
});

test('French, a person in Canada: the national hotline first, which says it helps in French', async ({ page }) => {
  await walkTo(page, 'fr', 'self', 'CA', labourFacts, 'labor_trafficking');
  const first = page.locator('.outcome__recommended .contact');
  await expect(first.locator('a[href="tel:18339001010"]')).toBeVisible();
  await first.locator(".contact__more > summary").click();
  await expect(first.locator('.speaks--yes')).toHaveText(fr.words.ui.contactWords.speaksYes);
});

test('Portuguese, a person in Brazil: the directory first, the local emergency number, then the reported lines to check (Disque 100)', async ({ page }) => {
  await walkTo(page, 'pt', 'other', 'BR', labourFacts, 'labor_trafficking');
  // The directory's address wraps before ".org" on a narrow phone, not inside the word.
  await expect(page.locator('.outcome__recommended a.button wbr')).toHaveCount(1);
  const reported = page.locator('#reported');
  await reported.locator('> summary').click();
  await expect(reported.locator('> summary')).toContainText(pt.words.ui.outcome.reportedTitle);
  await expect(reported.locator('#card-br-disque-100 .contact__unconfirmed')).toHaveText(pt.words.ui.contactWords.unconfirmed);
  await expect(reported.locator('#card-br-disque-100')).toContainText('100');
  await expect(page.locator('.emergency-line')).toContainText(pt.words.ui.header.emergencyLocal);
  await noViolations(page, 'Portuguese result, Brazil');
});

test('Portuguese, a person in Portugal: the national trafficking support line first; our sources do not say its languages', async ({ page }) => {
  await walkTo(page, 'pt', 'self', 'PT', labourFacts, 'labor_trafficking');
  const first = page.locator('.outcome__recommended .contact');
  await expect(first).toHaveAttribute('id', 'card-pt-apoio-trafico');
  await expect(first.locator('a[href="tel:964608288"]')).toBeVisible();
  await first.locator(".contact__more > summary").click();
  await expect(first.locator('.speaks--unknown')).toHaveText(pt.words.ui.contactWords.speaksUnknown);
});

test('switching from French to Portuguese mid-check keeps the question and the answers; the switch names all four languages natively', async ({ page }) => {
  await startCheck(page, 'self', { place: 'country', country: 'FR' }, 'fr');
  for (const name of Object.values(LOCALE_NAMES)) await expect(page.locator('.language-switch')).toContainText(name);
  await answer(page, 'danger', 'no', 'fr');
  await answer(page, 'labor', 'no', 'fr');
  await at(page, 'question:commercialSex');
  await page.getByRole('link', { name: 'Português' }).click();
  await page.waitForURL('**/pt/check/');
  await at(page, 'question:commercialSex');
  await expect(heading(page)).toHaveText(pt.words.questions.commercialSex.text.self);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt');
  expect(page.url()).not.toMatch(/[?#]/);
  await page.locator('.check-app .back-link').click();
  await at(page, 'question:labor');
  await expect(page.locator('#answer-labor-no')).toBeChecked();
  // The country is kept: France's emergency number is still in the bar.
  await expect(page.locator('.emergency-line a')).toHaveText('112');
  await page.getByRole('link', { name: 'Français' }).click();
  await page.waitForURL('**/fr/check/');
  await at(page, 'question:labor');
  await expect(heading(page)).toHaveText(fr.words.questions.labor.text.self);
});

for (const [browserLocale, expected] of [['fr-BE', 'fr'], ['pt-BR', 'pt'], ['pt-PT', 'pt'], ['de-DE', 'en']] as const) {
  test(`"/" picks the browser's language among the four: ${browserLocale} → ${expected}`, async ({ browser }) => {
    const context = await browser.newContext({ locale: browserLocale });
    const page = await context.newPage();
    await page.goto('/');
    await page.waitForURL(`**/${expected}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', expected);
    await context.close();
  });
}

for (const locale of ['fr', 'pt'] as const) {
  const words = loadContent(locale).words;
  test(`${locale}: the Start page says the translation has not been checked by a native-speaking hotline worker`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expect(page.getByText(words.ui.start.translationUnreviewed)).toBeVisible();
  });
  for (const path of ['', 'check/', 'learn/', 'contacts/', 'safety/', 'train/', 'map/']) {
    test(`axe, lang and title in ${locale}: /${locale}/${path}`, async ({ page }) => {
      await page.goto(`/${locale}/${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(words.ui.site.title);
      await noViolations(page, `/${locale}/${path}`);
    });
  }
}
