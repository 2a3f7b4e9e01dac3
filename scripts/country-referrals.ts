/**
 * Prints, for every country with contacts in content/data/country-contacts.yaml, the recommended
 * first contact of each result (self / other), and counts the countries whose first contact is a
 * confirmed national line (not the directory).   npx tsx scripts/country-referrals.ts [--all]
 */
import { loadContent } from '../content/load';
import type { CountryCode } from '../machines/country-codes';
import { OUTCOME_IDS, PERSPECTIVES } from '../machines/facts';
import { contactDirectory, DIRECTORY, planReferral, resolveReferral } from '../machines/referrals';
import { contactFacts } from '../content/contact-facts';

const { data } = loadContent('en');
const directory = contactDirectory(contactFacts(data.contacts));
const countries = [...new Set(data.contacts.map((c) => c.country).filter((c): c is CountryCode => !!c && c !== 'US' && c !== 'GB'))];
const all = process.argv.includes('--all');
let withLine = 0;
for (const country of countries) {
  const place = { jurisdiction: 'INTL' as const, country };
  const firstOf = (outcome: (typeof OUTCOME_IDS)[number], perspective: (typeof PERSPECTIVES)[number]) =>
    resolveReferral(planReferral(outcome, perspective, { danger: 'no' }), place, data.referrals, directory);
  const trafficking = PERSPECTIVES.map((p) => firstOf('labor_trafficking', p).first.id);
  if (trafficking.every((id) => id !== DIRECTORY)) withLine++;
  console.log(`${country}  emergency → ${firstOf('emergency', 'self').first.id}${firstOf('emergency', 'self').first.withoutNumber ? ' (your local emergency number, then the reported ones)' : ''}  trafficking → self ${trafficking[0]}, other ${trafficking[1]}`);
  if (all) {
    for (const outcome of OUTCOME_IDS)
      for (const perspective of PERSPECTIVES) {
        const r = firstOf(outcome, perspective);
        console.log(`    ${outcome} ${perspective}: ${r.first.id} | ${r.others.map((c) => c.id).join(', ')} | reported: ${r.reported.map((c) => c.id).join(', ')}`);
      }
  }
}
console.log(`${withLine} of ${countries.length} countries: the first recommended contact (labor_trafficking, self and other) is a confirmed national line`);
