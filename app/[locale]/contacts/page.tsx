import { contactFacts } from '../../../content/contact-facts';
import { countryNames } from '../../../content/countries';
import { loadContent } from '../../../content/load';
import type { CountryCode } from '../../../machines/country-codes';
import { contactDirectory, hasNationalLine } from '../../../machines/referrals';
import { ChosenPlaceFirst, type PlaceSection } from '../../components/ChosenPlaceFirst';
import { ContactCard } from '../../components/ContactCard';
import { PageShell } from '../../components/PageShell';
import { contactViews, type ContactView } from '../../lib/check-data';
import { localeOf, type LocaleParams } from '../../lib/locale';

/** Every contact by place, each with its status and source: the United States, the United Kingdom, each country, then anywhere else. */
export default async function ContactsPage(props: LocaleParams) {
  const locale = await localeOf(props);
  const { data, words } = loadContent(locale);
  const { ui } = words;
  const contacts = contactViews(locale);
  const names = new Map(countryNames(locale).map((c) => [c.code, c.name]));
  const card = (contact: ContactView) => (
    <ContactCard
      key={contact.id}
      contact={contact}
      words={ui.contactWords}
      notes={words.contacts.channelNotes}
      showSource
      linkInCountry="when-here"
      countryName={contact.country ? names.get(contact.country) : undefined}
      warnPolice={contact.kind !== 'emergency' && (contact.lawEnforcement || contact.reportsToPolice === 'yes')}
    />
  );
  const section = (key: string, title: string, list: ContactView[], lead?: string): PlaceSection => ({
    key,
    label: title,
    node: (
      <section aria-labelledby={`place-${key}`}>
        <h2 id={`place-${key}`}>{title}</h2>
        {lead && <p>{lead}</p>}
        {list.filter((c) => c.status === 'confirmed').map(card)}
        {list.some((c) => c.status === 'unconfirmed') && (
          <>
            <h3 className="reported-heading">{ui.outcome.reportedTitle}</h3>
            {list.filter((c) => c.status === 'unconfirmed').map(card)}
          </>
        )}
      </section>
    ),
  });
  const countries = [...new Set(contacts.map((c) => c.country).filter((c): c is CountryCode => !!c && c !== 'US' && c !== 'GB'))].sort((a, b) =>
    new Intl.Collator(locale).compare(names.get(a)!, names.get(b)!),
  );
  // The notice shows exactly where a result leads with the directory (machines/referrals.ts).
  const directory = contactDirectory(contactFacts(data.contacts));
  const hasLine = (country: CountryCode) => hasNationalLine(country, directory);
  const sections: PlaceSection[] = [
    section('US', ui.contacts.US, contacts.filter((c) => c.country === 'US')),
    section('GB', ui.contacts.UK, contacts.filter((c) => c.country === 'GB')),
    ...countries.map((country) =>
      section(country, names.get(country)!, contacts.filter((c) => c.country === country), hasLine(country) ? undefined : ui.contacts.noCountryLine),
    ),
    section('elsewhere', ui.contacts.elsewhere, contacts.filter((c) => !c.country), ui.contacts.elsewhereLead),
  ];
  return (
    <PageShell locale={locale} path="contacts">
      <h1>{ui.contacts.title}</h1>
      <p className="lead">{ui.contacts.lead}</p>
      <p>{ui.contacts.withheld}</p>
      <ChosenPlaceFirst sections={sections} jumpTo={ui.contacts.jumpTo} chosenLabel={ui.contacts.chosenFirst} />
    </PageShell>
  );
}
