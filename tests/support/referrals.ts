import { loadContent } from '../../content/load';
import type { Answers, Jurisdiction, OutcomeId, Perspective } from '../../machines/facts';
import { planReferral, resolveReferral } from '../../machines/referrals';

/** The referral a person sees for an outcome, resolved against the real content. */
export function referralFor(outcome: OutcomeId, jurisdiction: Jurisdiction, perspective: Perspective, answers: Answers) {
  const { data } = loadContent('en');
  const contacts = new Map(data.contacts.map((c) => [c.id, c]));
  const resolved = resolveReferral(planReferral(outcome, perspective, answers), jurisdiction, data.referrals, (id) => contacts.get(id)?.immigrationEnforcement ?? false);
  return { ...resolved, contactData: resolved.contacts.map((c) => contacts.get(c.id)) };
}
