import { contactFacts } from '../../content/contact-facts';
import { loadContent } from '../../content/load';
import type { CountryCode } from '../../machines/country-codes';
import { contactDirectory, emergencyContact } from '../../machines/referrals';
import type { EmergencyNumber, EmergencyNumbers } from '../components/EmergencyLine';

/** The numbers of the emergency line, from the contacts (the same rule as every result's emergency number). */
export function emergencyNumbers({ countries: withCountries = true } = {}): EmergencyNumbers {
  const { data } = loadContent('en');
  const directory = contactDirectory(contactFacts(data.contacts));
  const numberOf = (id: string): EmergencyNumber => {
    const call = data.contacts.find((c) => c.id === id)!.channels.find((ch) => ch.kind === 'call' && ch.tel);
    if (!call || call.kind !== 'call' || !call.tel) throw new Error(`No number for ${id}`);
    return { tel: call.tel, display: call.display };
  };
  const countries = [...new Set(data.contacts.map((c) => c.country).filter((c): c is CountryCode => !!c && c !== 'US' && c !== 'GB'))];
  return {
    US: numberOf(emergencyContact({ jurisdiction: 'US', country: 'US' }, directory, data.referrals).id),
    UK: numberOf(emergencyContact({ jurisdiction: 'UK', country: 'GB' }, directory, data.referrals).id),
    EU: numberOf('intl-local-emergency'),
    countries: !withCountries ? undefined : Object.fromEntries(
      countries.map((country) => {
        const contact = emergencyContact({ jurisdiction: 'INTL', country }, directory, data.referrals);
        return [country, contact.id === 'intl-local-emergency' ? null : numberOf(contact.id)];
      }),
    ),
  };
}
