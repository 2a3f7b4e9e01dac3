import { expect, test } from '@playwright/test';
import { JURISDICTIONS, OUTCOME_IDS, PERSPECTIVES } from '../../machines/facts';
import { content, startCheck, ui, walk } from './support';

/**
 * One walk through the real pages to every outcome, for both perspectives and every jurisdiction,
 * using the facts of a library scenario that leads there. The recommended contact must be the
 * referral's first contact, with its tel: link (or its web address where it has no phone).
 */
for (const jurisdiction of JURISDICTIONS) {
  for (const perspective of PERSPECTIVES) {
    for (const outcome of OUTCOME_IDS) {
      const scenario = content.data.scenarios.find((s) => s.expected[jurisdiction] === outcome);
      test(`${jurisdiction} ${perspective}: ${outcome}`, async ({ page }) => {
        expect(scenario, `a library scenario leads to ${outcome} in ${jurisdiction}`).toBeTruthy();
        await startCheck(page, perspective, jurisdiction);
        const result = await walk(page, scenario!.facts);
        expect(result.outcome).toBe(outcome);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.words.outcomes.outcomes[outcome].title);

        const recommended = page.locator('.outcome__recommended .contact');
        const firstId = content.data.referrals.outcomes[outcome][jurisdiction][perspective].contacts[0];
        const contact = content.data.contacts.find((c) => c.id === firstId)!;
        await expect(recommended.getByRole('heading')).toHaveText(content.words.contacts.contacts[firstId].name);
        const firstChannel = contact.channels[0];
        const expectedHref = firstChannel.kind === 'call' ? `tel:${firstChannel.tel}` : firstChannel.kind === 'web' ? firstChannel.url : '';
        await expect(recommended.locator('.contact__channels a').first()).toHaveAttribute('href', expectedHref);
        if (contact.channels.some((c) => c.kind === 'call')) await expect(recommended.locator('a[href^="tel:"]').first()).toBeVisible();
        // The reason and the law for this place are shown.
        await expect(page.getByRole('heading', { name: ui.outcome.why })).toBeVisible();
        await expect(page.getByText(content.words.outcomes.outcomes[outcome].law[jurisdiction].citation)).toBeVisible();
      });
    }
  }
}

test('the US hotline offers tap-to-text with the keyword prefilled', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await walk(page, { danger: 'no', commercialSex: 'no', labor: 'yes', under18: 'no', force: 'yes' });
  const text = page.locator('.outcome__recommended a[href^="sms:"]');
  await expect(text).toHaveAttribute('href', 'sms:233733?body=HELP');
});

test('a person reporting about themself is told before the immigration-enforcement contact that it is one', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await walk(page, { danger: 'no', commercialSex: 'no', labor: 'yes', under18: 'no', force: 'yes' });
  const warning = page.locator('.warning-text', { hasText: content.words.contacts.contacts['us-hsi'].selfWarning! });
  await expect(warning).toBeVisible();
  const warningBox = await warning.boundingBox();
  const hsiBox = await page.locator('#contact-us-hsi').boundingBox();
  expect(warningBox!.y).toBeLessThan(hsiBox!.y);
});

test('after the emergency advice the check goes on to another outcome, with a reminder', async ({ page }) => {
  await startCheck(page, 'other', 'UK');
  await page.locator('input[name=answer-danger][value=yes]').check();
  await page.getByRole('button', { name: ui.check.continue }).click();
  await expect(page.locator('.check-app')).toHaveAttribute('data-view', 'outcome:emergency');
  await expect(page.locator('.outcome__recommended a[href="tel:999"]')).toBeVisible();
  await page.getByRole('button', { name: ui.outcome.continueCheck }).click();
  await expect(page.locator('.check-app')).toHaveAttribute('data-view', 'question:commercialSex');
  const result = await walk(page, { commercialSex: 'yes', labor: 'no', under18: 'no', force: 'yes' });
  expect(result.outcome).toBe('sex_trafficking');
  await expect(page.getByText(ui.outcome.dangerReminder)).toBeVisible();
});
