import { expect, test, type Page } from '@playwright/test';
import { loadContent, LOCALES } from '../../content/load';
import { FACT_IDS, OUTCOME_IDS, type FactId } from '../../machines/facts';
import { content, heading, openAt, routeAsking, savedPlace, startCheck, walk, type Where } from './support';

/**
 * Phone first (360×640 and 390×844, in every language): the safety bar stays in view at every
 * scroll position and is at most 56 px high; the question comes first (its heading in the top 35%
 * of the screen, the first answer on the first screen). Positions are written to the test output
 * (test-results/phone-layout.json) for the closing notes.
 */
async function barInView(page: Page, what: string) {
  const bar = page.locator('.safety-bar');
  const box = (await bar.boundingBox())!;
  expect(box.height, `${what}: bar height`).toBeLessThanOrEqual(56);
  const viewport = page.viewportSize()!;
  for (const target of [page.locator('.quick-exit__button'), page.locator('.emergency-line a').first()]) {
    const b = (await target.boundingBox())!;
    expect(b.y, `${what}: ${await target.textContent()} top`).toBeGreaterThanOrEqual(0);
    expect(b.y + b.height, `${what}: ${await target.textContent()} bottom`).toBeLessThanOrEqual(viewport.height);
  }
  return Math.round(box.height);
}

for (const locale of LOCALES) {
  test(`${locale}: the safety bar is in view at the bottom of the longest pages, at most 56 px high`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    const heights: Record<string, number> = {};
    for (const path of [`/${locale}/learn/`, `/${locale}/contacts/`, `/${locale}/safety/`]) {
      await page.goto(path);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(100);
      heights[path] = await barInView(page, path);
    }
    // A long US result, opened all the way, and a long checklist.
    await startCheck(page, 'self', 'US', locale);
    await walk(page, { danger: 'no', labor: 'yes', commercialSex: 'no', under18: 'no', force: 'yes' }, locale);
    for (const summary of await page.locator('details summary').all()) await summary.click();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    heights.result = await barInView(page, 'a US result, every section open');
    await openAt(page, savedPlace({ perspective: 'other', where: 'UK', facts: { danger: 'no', labor: 'yes', commercialSex: 'no', under18: 'no', force: 'no', fraud: 'no' }, stopAt: 'coercion' }, locale), locale);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    heights.checklist = await barInView(page, 'the coercion checklist');
    test.info().annotations.push({ type: 'bar heights (px)', description: JSON.stringify(heights) });
  });
}

const routes = Object.fromEntries(FACT_IDS.map((f) => [f, routeAsking(f)])) as Record<FactId, ReturnType<typeof routeAsking>>;

for (const locale of LOCALES) {
  test(`${locale}: every question starts in the top 35% and shows its first answer on the first screen (390×844, and 360×640 for the heading)`, async ({ page }) => {
    const positions: Record<string, { h1: number; firstAnswer: number; h1At360: number }> = {};
    for (const fact of FACT_IDS) {
      const { jurisdiction, facts } = routes[fact];
      for (const perspective of ['self', 'other'] as const) {
        await page.setViewportSize({ width: 390, height: 844 });
        await openAt(page, savedPlace({ perspective, where: jurisdiction, facts, stopAt: fact }, locale), locale);
        await expect(page.locator('.check-app')).toHaveAttribute('data-view', `question:${fact}`);
        const h1 = (await heading(page).boundingBox())!;
        const first = (await page.locator('.check-app form .radio, .check-app form .checkbox').first().boundingBox())!;
        expect(h1.y, `${fact} ${perspective}: heading top`).toBeLessThanOrEqual(844 * 0.35);
        expect(first.y + first.height, `${fact} ${perspective}: first answer bottom`).toBeLessThanOrEqual(844);
        await page.setViewportSize({ width: 360, height: 640 });
        const small = (await heading(page).boundingBox())!;
        expect(small.y, `${fact} ${perspective}: heading top at 360×640`).toBeLessThanOrEqual(640 * 0.35);
        positions[`${fact}/${perspective}`] = { h1: Math.round(h1.y), firstAnswer: Math.round(first.y + first.height), h1At360: Math.round(small.y) };
      }
    }
    test.info().annotations.push({ type: 'question positions (px)', description: JSON.stringify(positions) });
  });
}

// outcomes.spec.ts walks to every result in English; here every result is opened restored (quicker)
// in the other languages, whose longer words (a French title, a Portuguese contact name) are what
// could push the buttons or the hours below the first screen.
const RESULT_PLACES: Record<string, Where | 'US' | 'UK' | 'INTL'> = { US: 'US', UK: 'UK', INTL: 'INTL', MX: { place: 'country', country: 'MX' } };
for (const locale of LOCALES.filter((l) => l !== 'en')) {
  test(`${locale}: on every result the recommended contact's buttons and hours are on the first screen at 360×640`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 640 });
    const lowest: Record<string, number> = {};
    for (const [name, where] of Object.entries(RESULT_PLACES)) {
      const jurisdiction = where === 'US' || where === 'UK' ? where : 'INTL';
      for (const outcome of OUTCOME_IDS) {
        const scenario = content.data.scenarios.find((s) => s.expected[jurisdiction] === outcome)!;
        for (const perspective of ['self', 'other'] as const) {
          await openAt(page, savedPlace({ perspective, where, facts: scenario.facts }, locale), locale);
          await expect(page.locator('.check-app')).toHaveAttribute('data-view', `outcome:${outcome}`);
          const recommended = page.locator('.outcome__recommended .contact');
          let bottom = 0;
          for (const box of [...(await recommended.locator('.contact__channels a').all()), recommended.locator('.contact__hours')]) {
            if (!(await box.count())) continue;
            const b = (await box.boundingBox())!;
            bottom = Math.max(bottom, Math.round(b.y + b.height));
          }
          expect(bottom, `${name} ${outcome} ${perspective}: lowest button or hours`).toBeLessThanOrEqual(640);
          lowest[name] = Math.max(lowest[name] ?? 0, bottom);
        }
      }
    }
    test.info().annotations.push({ type: 'lowest recommended button or hours (px)', description: JSON.stringify(lowest) });
  });
}

test('a settings screen and the first question: the heading starts in the top 35% at 360×640', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/check/`);
    expect((await heading(page).boundingBox())!.y).toBeLessThanOrEqual(640 * 0.35);
    expect((await page.locator('#settings-perspective-other').boundingBox())!.y).toBeLessThanOrEqual(640);
  }
});

test('the Start page: the start button is whole on the first screen, in every language, at 360×640 and 390×844', async ({ page }) => {
  const bottoms: Record<string, number> = {};
  for (const [width, height] of [[360, 640], [390, 844]] as const) {
    await page.setViewportSize({ width, height });
    for (const locale of LOCALES) {
      await page.goto(`/${locale}/`);
      const button = (await page.locator('.button--start').boundingBox())!;
      expect(button.y + button.height, `${locale} ${width}×${height}`).toBeLessThanOrEqual(height);
      bottoms[`${locale} ${width}×${height}`] = Math.round(button.y + button.height);
    }
  }
  test.info().annotations.push({ type: 'start button bottom (px)', description: JSON.stringify(bottoms) });
});

test('inside the check there is no site navigation; outside it there is', async ({ page }) => {
  await page.goto('/en/check/');
  await expect(page.locator('.site-nav')).toHaveCount(0);
  await page.goto('/en/learn/');
  await expect(page.locator('.site-nav')).toHaveCount(1);
});

test('numbers never break across lines', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 640 });
  await startCheck(page, 'other', 'US');
  await walk(page, { danger: 'no', labor: 'yes', commercialSex: 'no', under18: 'no', force: 'yes' });
  for (const summary of await page.locator('details summary').all()) await summary.click();
  const broken = await page.evaluate(() =>
    [...document.querySelectorAll('.nowrap')].filter((el) => el.getClientRects().length > 1).map((el) => el.textContent),
  );
  expect(broken).toEqual([]);
});

void loadContent;
