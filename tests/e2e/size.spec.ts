import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../content/load';

/**
 * Issue 12's byte budget, on the build the browser tests run against: the check page's HTML stays
 * under 12 KiB gzip in every language (its words beyond the first screens travel in the data file).
 * Bytes, not time: the same on every machine. `npm run bench` prints the JS figures beside it.
 */
test('the check page HTML is under 12 KiB gzip in every language', () => {
  const sizes = Object.fromEntries(LOCALES.map((locale) => [locale, gzipSync(readFileSync(`out/${locale}/check/index.html`)).length]));
  test.info().annotations.push({ type: 'check HTML gzip (bytes)', description: JSON.stringify(sizes) });
  for (const [locale, bytes] of Object.entries(sizes)) expect(bytes, locale).toBeLessThan(12 * 1024);
});
