import { contactDirectory, emergencyContact, type Place } from '../../../machines/referrals';
import type { CheckData } from '../../lib/check-data';

/** A place's emergency number, by the rule every result uses (machines/referrals.ts); null: "your local emergency number". */
export function emergencyNumberOf(data: CheckData, place: Place): { tel: string; display: string } | null {
  const resolved = emergencyContact(place, contactDirectory(data.contactFacts), data.referrals);
  if (resolved.withoutNumber || resolved.id === 'intl-local-emergency') return null;
  const call = data.contacts[resolved.id].channels.find((ch) => ch.kind === 'call' && ch.tel);
  return call && call.kind === 'call' && call.tel ? { tel: call.tel, display: call.display } : null;
}
