import { mkdirSync, writeFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { LOCALES } from '../../content/load';
import { FACT_IDS, OUTCOME_IDS } from '../../machines/facts';
import { content, heading, openAt, routeAsking, savedPlace, type Where } from '../e2e/support';

/**
 * For each language and phone size: the safety bar's height (largest over a start page, a
 * question and a result), the lowest top of a question heading and bottom of its first answer
 * (over every question), and the lowest bottom of the recommended contact's first button and of its
 * hours (over every result in the US, the UK, "rather not say", Mexico and the Philippines).
 * Writes .test-output/layout/<locale>-<width>x<height>.json; scripts/layout.mjs prints the table.
 */
const VIEWPORTS = [
  { width: 360, height: 640 },
  { width: 390, height: 844 },
] as const;
const PLACES: Record<string, Where | 'US' | 'UK' | 'INTL'> = {
  US: 'US',
  UK: 'UK',
  'rather not say': 'INTL',
  MX: { place: 'country', country: 'MX' },
  PH: { place: 'country', country: 'PH' },
};


const bottomOf = async (page: Page, selector: string) => {
  const target = page.locator(selector).first();
  if ((await target.count()) === 0) return null; // e.g. a contact whose hours the sources do not state
  const box = await target.boundingBox();
  return box ? Math.round(box.y + box.height) : null;
};
const worst = (rows: { value: number | null; where: string }[]) =>
  rows.filter((r) => r.value !== null).reduce((a, b) => (b.value! > a.value! ? b : a), { value: -1, where: '' });

for (const locale of LOCALES) {
  for (const viewport of VIEWPORTS) {
    test(`${locale} ${viewport.width}×${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      const bar: { value: number | null; where: string }[] = [];
      const measureBar = async (where: string) => bar.push({ value: await page.locator('.safety-bar').evaluate((el) => Math.round(el.getBoundingClientRect().height)), where });
      await page.goto(`/${locale}/`);
      await measureBar('start');

      const h1: { value: number | null; where: string }[] = [];
      const firstAnswer: { value: number | null; where: string }[] = [];
      for (const fact of FACT_IDS) {
        const { jurisdiction, facts } = routeAsking(fact);
        for (const perspective of ['self', 'other'] as const) {
          await openAt(page, savedPlace({ perspective, where: jurisdiction, facts, stopAt: fact }, locale), locale);
          await page.locator(`.check-app[data-view="question:${fact}"]`).waitFor();
          h1.push({ value: Math.round((await heading(page).boundingBox())!.y), where: `${fact}/${perspective}` });
          firstAnswer.push({ value: await bottomOf(page, '.check-app form .radio, .check-app form .checkbox'), where: `${fact}/${perspective}` });
        }
      }
      await measureBar('a question');

      const button: { value: number | null; where: string }[] = [];
      const hours: { value: number | null; where: string }[] = [];
      for (const [name, where] of Object.entries(PLACES)) {
        const jurisdiction = where === 'US' || where === 'UK' ? where : 'INTL';
        for (const outcome of OUTCOME_IDS) {
          const scenario = content.data.scenarios.find((s) => s.expected[jurisdiction] === outcome);
          if (!scenario) continue;
          for (const perspective of ['self', 'other'] as const) {
            await openAt(page, savedPlace({ perspective, where, facts: scenario.facts }, locale), locale);
            await page.locator('.check-app[data-view^="outcome:"]').waitFor();
            await page.evaluate(() => window.scrollTo(0, 0));
            const label = `${name} ${outcome} ${perspective}`;
            button.push({ value: await bottomOf(page, '.outcome__recommended .contact__channels a'), where: label });
            hours.push({ value: await bottomOf(page, '.outcome__recommended .contact__hours'), where: label });
          }
        }
      }
      await measureBar('a result');

      mkdirSync('.test-output/layout', { recursive: true });
      const figures = {
        locale,
        viewport: `${viewport.width}×${viewport.height}`,
        barHeight: worst(bar),
        headingTop: worst(h1),
        firstAnswerBottom: worst(firstAnswer),
        firstButtonBottom: worst(button),
        hoursBottom: worst(hours),
        results: button.length,
      };
      writeFileSync(`.test-output/layout/${locale}-${viewport.width}x${viewport.height}.json`, JSON.stringify(figures, null, 2));
    });
  }
}
