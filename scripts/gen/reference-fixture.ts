/**
 * Extracts from ../shared/reference/ (kept beside this repository) what the tests compare content
 * with: every contact id of country-contacts.md and contacts.md, and every phone-number-like token
 * (digits only). Written to tests/fixtures/reference.json so the tests also run on a clone without
 * the reference; tests/content/reference.test.ts checks the fixture against the reference when it
 * is there.   npx tsx scripts/gen/reference-fixture.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const REFERENCE_DIR = path.resolve(process.cwd(), '..', 'shared', 'reference');
export const FIXTURE = path.join('tests', 'fixtures', 'reference.json');

export interface ReferenceFixture {
  /** Contact ids of country-contacts.md: each "#### `id`" entry and each "| `id` |" table row. */
  readonly countryContactIds: readonly string[];
  /** Every number-like token of contacts.md and country-contacts.md, as digits. */
  readonly numbers: readonly string[];
}

export function extractReference(dir = REFERENCE_DIR): ReferenceFixture {
  const countries = readFileSync(path.join(dir, 'country-contacts.md'), 'utf8');
  const usuk = readFileSync(path.join(dir, 'contacts.md'), 'utf8');
  const ids = new Set<string>();
  for (const m of countries.matchAll(/^#### `([a-z0-9-]+)`/gm)) ids.add(m[1]);
  for (const m of countries.matchAll(/^\| `([a-z0-9-]+)` \|/gm)) ids.add(m[1]);
  const numbers = new Set<string>();
  // A number as the sources print it: digits with spaces, dashes, dots, slashes or brackets between.
  for (const text of [countries, usuk]) {
    for (const m of text.matchAll(/\+?\(?\d[\d\s().-]*\d|\d/g)) {
      const digits = m[0].replace(/\D/g, '');
      if (digits.length >= 2) numbers.add(digits);
      // Also each part on its own: "03-3501-0110" and "(22) 628 01 20" are whole; "1547 (from abroad +380…)" is split.
      for (const part of m[0].split(/\s{2,}|\s\(/)) {
        const d = part.replace(/\D/g, '');
        if (d.length >= 2) numbers.add(d);
      }
    }
  }
  return { countryContactIds: [...ids].sort(), numbers: [...numbers].sort() };
}

if (process.argv[1]?.endsWith('reference-fixture.ts')) {
  if (!existsSync(REFERENCE_DIR)) {
    console.error(`no reference at ${REFERENCE_DIR}`);
    process.exit(1);
  }
  writeFileSync(FIXTURE, JSON.stringify(extractReference(), null, 1) + '\n');
  console.error(`wrote ${FIXTURE}`);
}
