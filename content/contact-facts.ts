import type { ContactFacts } from '../machines/referrals';
import type { LoadedContact } from './load';

/** What routing needs to know about each contact (machines/referrals.ts), from the content data. */
export function contactFacts(contacts: readonly LoadedContact[]): ContactFacts[] {
  return contacts.map((c) => ({
    id: c.id,
    country: c.country,
    status: c.status,
    kind: c.kind,
    audience: c.audience,
    lawEnforcement: c.lawEnforcement,
    immigrationEnforcement: c.immigrationEnforcement,
    reportsToPolice: c.reportsToPolice,
    ...(c.local ? { local: true } : {}),
    linkable: c.channels.some((ch) => ((ch.kind === 'call' || ch.kind === 'text') && ch.tel !== undefined) || ch.kind === 'web'),
  }));
}
