import { expect, test } from '@playwright/test';
import { contactFacts } from '../../content/contact-facts';
import { JURISDICTIONS, OUTCOME_IDS, PERSPECTIVES } from '../../machines/facts';
import { contactDirectory, planReferral, resolveReferral } from '../../machines/referrals';
import { placeOf } from '../../machines/settings';
import { content, heading, startCheck, ui, walk } from './support';

/**
 * One walk through the real pages to every outcome, for both perspectives and every jurisdiction,
 * using the facts of a library scenario that leads there, on a 360×640 phone. The recommended
 * contact is the referral's first, and its call / text / open buttons and hours lie wholly inside
 * the first screen.
 */
const directory = contactDirectory(contactFacts(content.data.contacts));
test.use({ viewport: { width: 360, height: 640 } });

for (const jurisdiction of JURISDICTIONS) {
  for (const perspective of PERSPECTIVES) {
    for (const outcome of OUTCOME_IDS) {
      const scenario = content.data.scenarios.find((s) => s.expected[jurisdiction] === outcome);
      test(`${jurisdiction} ${perspective}: ${outcome}`, async ({ page }) => {
        expect(scenario, `a library scenario leads to ${outcome} in ${jurisdiction}`).toBeTruthy();
        await startCheck(page, perspective, jurisdiction);
        const result = await walk(page, scenario!.facts);
        expect(result.outcome).toBe(outcome);
        await expect(heading(page)).toHaveText(content.words.outcomes.outcomes[outcome].title.replace(/labor/g, jurisdiction === 'US' ? 'labor' : 'labour'));

        const place = placeOf({ place: jurisdiction === 'INTL' ? 'undisclosed' : jurisdiction, country: null })!;
        const answers = await page.evaluate(() => JSON.parse(sessionStorage.getItem('itt-check')!).snapshot.context.answers);
        const expected = resolveReferral(planReferral(outcome, perspective, answers), place, content.data.referrals, directory).first.id;
        const recommended = page.locator('.outcome__recommended .contact');
        await expect(recommended).toHaveAttribute('id', `card-${expected}`);
        const contact = content.data.contacts.find((c) => c.id === expected)!;
        const first = contact.channels[0];
        const href = first.kind === 'call' ? `tel:${first.tel}` : first.kind === 'web' ? first.url : '';
        await expect(recommended.locator('.contact__channels a').first()).toHaveAttribute('href', href);
        // The buttons and the hours, wholly inside the first screen at 360×640, straight under the heading.
        await page.evaluate(() => window.scrollTo(0, 0));
        for (const box of [...(await recommended.locator('.contact__channels a').all()), recommended.locator('.contact__hours')]) {
          if (!(await box.count())) continue;
          const b = (await box.boundingBox())!;
          expect(b.y + b.height, `${await box.textContent()} at ${Math.round(b.y + b.height)} px`).toBeLessThanOrEqual(640);
        }
        if (outcome !== 'emergency') await expect(page.getByRole('heading', { name: ui.outcome.why })).toBeVisible();
      });
    }
  }
}

test('the US hotline offers tap-to-text with the keyword prefilled', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await walk(page, { danger: 'no', commercialSex: 'no', labor: 'yes', under18: 'no', force: 'yes' });
  await expect(page.locator('.outcome__recommended a[href^="sms:"]')).toHaveAttribute('href', 'sms:233733?body=HELP');
});

test('a person asking about someone else is told before the immigration-enforcement contact that it is one; a person asking about themself never sees it', async ({ page }) => {
  await startCheck(page, 'other', 'US');
  await walk(page, { danger: 'no', commercialSex: 'no', labor: 'yes', under18: 'no', force: 'yes' });
  await page.locator('#other-contacts > summary').click();
  await expect(page.locator('#card-us-hsi')).toBeVisible();
  await expect(page.locator('#card-us-hsi .contact__police')).toHaveText(ui.contactWords.policeRun);
  await startCheck(page, 'self', 'US');
  await walk(page, { danger: 'no', commercialSex: 'no', labor: 'yes', under18: 'no', force: 'yes' });
  await expect(page.locator('#card-us-hsi')).toHaveCount(0);
  await expect(page.locator('#card-us-fbi')).toHaveCount(0);
});

test('after the emergency advice the check goes on to another outcome, with a reminder', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await startCheck(page, 'other', 'UK');
  await page.locator('#answer-danger-yes').check();
  await page.getByRole('button', { name: ui.check.continue }).click();
  await expect(page.locator('.check-app')).toHaveAttribute('data-view', 'outcome:emergency');
  await expect(page.locator('.outcome__recommended a[href="tel:999"]')).toBeVisible();
  // Short: no legal citation above the fold, and at most one and a half screens.
  await expect(page.locator('.outcome cite').first()).toBeHidden();
  const bottom = await page.evaluate(() => document.querySelector('.check-app')!.getBoundingClientRect().bottom + window.scrollY);
  test.info().annotations.push({ type: 'emergency result height at 360×640 (px)', description: String(Math.round(bottom)) });
  expect(bottom).toBeLessThanOrEqual(960);
  await page.getByRole('button', { name: ui.outcome.continueCheck }).click();
  await expect(page.locator('.check-app')).toHaveAttribute('data-view', 'question:labor');
  const result = await walk(page, { labor: 'no', commercialSex: 'yes', under18: 'no', force: 'yes' });
  expect(result.outcome).toBe('sex_trafficking');
  await expect(page.getByText(ui.outcome.dangerReminder)).toBeVisible();
});

test('danger "I\'m not sure": the result starts with a short safety note and the emergency number', async ({ page }) => {
  await startCheck(page, 'self', 'US');
  await walk(page, { danger: 'unsure', labor: 'yes', commercialSex: 'no', under18: 'no', force: 'yes' });
  const note = page.locator('.safety-note').first();
  await expect(note).toBeVisible();
  await expect(note.locator('a[href="tel:911"]')).toHaveText('911');
  const noteBox = (await note.boundingBox())!;
  const h1Box = (await heading(page).boundingBox())!;
  expect(noteBox.y).toBeLessThan(h1Box.y);
});
