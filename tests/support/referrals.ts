import { contactFacts } from '../../content/contact-facts';
import { loadContent } from '../../content/load';
import type { CountryCode } from '../../machines/country-codes';
import type { Answers, Jurisdiction, OutcomeId, Perspective } from '../../machines/facts';
import { contactDirectory, planReferral, resolveReferral, type ReferralPlan } from '../../machines/referrals';

const { data } = loadContent('en');
export const directory = contactDirectory(contactFacts(data.contacts));
const byId = new Map(data.contacts.map((c) => [c.id, c]));

/** The place of a jurisdiction: outside the US and UK, a country or (null) "rather not say". */
export const placeFor = (jurisdiction: Jurisdiction, country: CountryCode | null = null) =>
  jurisdiction === 'US' ? { jurisdiction, country: 'US' as const } : jurisdiction === 'UK' ? { jurisdiction, country: 'GB' as const } : { jurisdiction, country };

/** The referral a person sees for a plan, resolved against the real content, with every contact in order. */
export function resolved(plan: ReferralPlan, jurisdiction: Jurisdiction, country: CountryCode | null = null) {
  const referral = resolveReferral(plan, placeFor(jurisdiction, country), data.referrals, directory);
  const contacts = [referral.first, ...referral.others, ...referral.reported];
  return { ...referral, contacts, contactData: contacts.map((c) => byId.get(c.id)!) };
}

/** The referral a person sees for an outcome and their answers. */
export function referralFor(outcome: OutcomeId, jurisdiction: Jurisdiction, perspective: Perspective, answers: Answers, country: CountryCode | null = null) {
  return resolved(planReferral(outcome, perspective, answers), jurisdiction, country);
}
