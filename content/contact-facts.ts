import type { ContactFacts } from '../machines/referrals';
import type { ContactData } from './schema';

/** What routing needs to know about each contact (machines/referrals.ts), from the content data. */
export function contactFacts(contacts: readonly ContactData[]): ContactFacts[] {
  return contacts.map((c) => ({
    id: c.id,
    country: c.country,
    status: c.status,
    kind: c.kind,
    audience: c.audience,
    lawEnforcement: c.lawEnforcement,
    immigrationEnforcement: c.immigrationEnforcement,
    reportsToPolice: c.reportsToPolice,
    linkable: c.channels.some((ch) => ((ch.kind === 'call' || ch.kind === 'text') && ch.tel !== undefined) || ch.kind === 'web'),
  }));
}
