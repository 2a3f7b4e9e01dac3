import { expect, test } from '@playwright/test';
import { countryName } from '../../content/countries';
import { loadContent } from '../../content/load';
import { answer, at, content, interceptExit, QUICK_EXIT_URL, SESSION_KEY, startCheck, ui, walk } from './support';

/** Help where the person is: the country's own contacts, its emergency number, and the place never in an address. */
const es = loadContent('es');
const labourFacts = { danger: 'no', labor: 'yes', commercialSex: 'no', under18: 'no', force: 'yes' } as const;

test('Mexico, in Spanish: labour trafficking leads with the national line, and 911 is in the emergency line', async ({ page }) => {
  await startCheck(page, 'self', { place: 'country', country: 'MX' }, 'es');
  await expect(page.locator('.emergency-line a')).toHaveText('911');
  const result = await walk(page, labourFacts, 'es');
  expect(result.outcome).toBe('labor_trafficking');
  const first = page.locator('.outcome__recommended .contact');
  await expect(first).toHaveAttribute('id', 'card-mx-trata-line');
  await expect(first.locator('a[href="tel:8005533000"]')).toBeVisible();
  // It shares its analysis with the police: said plainly, before the number.
  await expect(first.locator('.contact__police')).toHaveText(es.words.ui.contactWords.passesToPolice);
  await expect(page.locator('.emergency-line a')).toHaveText('911');
  await expect(page.getByText(es.words.ui.outcome.nationalLaw.replace('{country}', countryName('es', 'MX')).slice(0, 30))).toBeAttached();
});

test('the Philippines: the 1343 Actionline', async ({ page }) => {
  await startCheck(page, 'other', { place: 'country', country: 'PH' });
  await walk(page, { danger: 'no', labor: 'no', commercialSex: 'yes', under18: 'yes' });
  await expect(page.locator('.outcome__recommended .contact')).toHaveAttribute('id', 'card-ph-1343');
  await expect(page.locator('.outcome__recommended a[href="tel:1343"]')).toBeVisible();
});

test('Germany: the women-only line is shown with its audience, and is never the first action', async ({ page }) => {
  await startCheck(page, 'self', { place: 'country', country: 'DE' });
  await walk(page, labourFacts);
  await expect(page.locator('.outcome__recommended .contact')).toHaveAttribute('id', 'card-intl-directory');
  await page.locator('#other-contacts > summary').click();
  const line = page.locator('#card-de-hilfetelefon');
  await expect(line).toBeVisible();
  await line.locator('summary').click();
  await expect(line).toContainText(content.words.contacts.contacts['de-hilfetelefon'].forWhom ?? ui.contactWords.audience.women);
  await expect(page.locator('.emergency-line a')).toHaveText('112');
  // The Contacts page says the same: no line for everyone, so the directory, and who the line is for.
  await page.goto('/en/contacts/');
  await expect(page.locator('#place-DE ~ p').first()).toHaveText(ui.contacts.noCountryLine.trim());
});

test('"I\'d rather not say": the directory first, and "your local emergency number"', async ({ page }) => {
  await startCheck(page, 'self', 'INTL');
  await walk(page, labourFacts);
  await expect(page.locator('.outcome__recommended .contact')).toHaveAttribute('id', 'card-intl-directory');
  await expect(page.locator('.outcome__recommended a[href="https://globalmodernslavery.org"]')).toBeVisible();
  await page.locator('#other-contacts > summary').click();
  await expect(page.locator('#card-intl-local-emergency')).toBeVisible();
});

test('a country whose emergency numbers are not confirmed: "your local emergency number", then the reported number to check', async ({ page }) => {
  await startCheck(page, 'other', { place: 'country', country: 'TH' });
  await expect(page.locator('.emergency-line')).toContainText(ui.header.emergencyLocal);
  await page.locator('#answer-danger-yes').check();
  await page.locator('.check-app form button[type=submit]').click();
  await at(page, 'outcome:emergency');
  await expect(page.locator('.outcome__recommended .contact')).toHaveAttribute('id', 'card-intl-local-emergency');
  const reported = page.locator('.outcome__reported');
  await expect(reported).toContainText(ui.outcome.reportedTitle);
  await expect(reported.locator('a[href="tel:191"]')).toBeVisible();
});

test('a reload keeps the country; it is in no address and no history state; Quick exit clears it', async ({ page }) => {
  await interceptExit(page);
  await startCheck(page, 'self', { place: 'country', country: 'AR' });
  await answer(page, 'danger', 'no');
  await page.reload();
  await at(page, 'question:labor');
  expect(await page.evaluate((key) => JSON.parse(sessionStorage.getItem(key)!).snapshot.context.country, SESSION_KEY)).toBe('AR');
  expect(page.url()).not.toMatch(/AR|argentin|country/i);
  expect(JSON.stringify(await page.evaluate(() => history.state))).not.toMatch(/AR|country/);
  await page.getByRole('link', { name: ui.header.quickExit }).click();
  await page.waitForURL(`${new URL(QUICK_EXIT_URL).origin}/**`);
  expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
});

test('the country list: every country and territory, in the page language, by keyboard', async ({ page }) => {
  await page.goto('/es/check/');
  await page.locator('.check-app[data-ready]').waitFor();
  await page.locator('#settings-perspective-self').check();
  await page.locator('.screen--perspective .button').click();
  await page.locator('#settings-place-country').check();
  await page.locator('.screen--place .button').click();
  const options = page.locator('#settings-country option');
  await expect(options).toHaveCount(251);
  await expect(page.locator('#settings-country option[value="MX"]')).toHaveText('México');
  await page.locator('#settings-country').focus();
  await page.keyboard.type('Per');
  await expect(page.locator('#settings-country')).toHaveValue('PE');
});

test('the Contacts page: a jump list by place, the chosen place first, its numbers as links', async ({ page }) => {
  await startCheck(page, 'self', { place: 'country', country: 'MX' });
  await page.goto('/en/contacts/');
  await expect(page.locator('.jump-list li').first()).toContainText(countryName('en', 'MX'));
  await expect(page.locator('.place-section').first()).toHaveAttribute('data-here', 'true');
  await expect(page.locator('.place-section').first().locator('a[href="tel:8005533000"]').first()).toBeVisible();
  // Elsewhere on the page, in-country numbers are not links.
  await expect(page.locator('.place-section:not([data-here]) a[href="tel:1343"]').first()).toBeHidden();
});
