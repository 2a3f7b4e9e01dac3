import type { Metadata } from 'next';
import { loadContent } from '../../../content/load';
import { JURISDICTIONS } from '../../../machines/facts';
import { ContactCard } from '../../components/ContactCard';
import { contactViews } from '../../lib/bundle';
import { localeOf, type LocaleParams } from '../../lib/locale';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  return { title: loadContent(await localeOf(props)).words.ui.contacts.title };
}

export default async function ContactsPage(props: LocaleParams) {
  const locale = await localeOf(props);
  const { words } = loadContent(locale);
  const contacts = contactViews(locale);
  const { ui } = words;
  return (
    <>
      <h1>{ui.contacts.title}</h1>
      <p className="lead">{ui.contacts.lead}</p>
      {JURISDICTIONS.map((j) => (
        <section key={j} aria-labelledby={`contacts-${j}`}>
          <h2 id={`contacts-${j}`}>{ui.contacts[j]}</h2>
          {contacts
            .filter((c) => c.jurisdiction === j)
            .map((contact) => (
              <ContactCard key={contact.id} contact={contact} words={ui.outcome} notes={words.contacts.channelNotes} showSource />
            ))}
        </section>
      ))}
    </>
  );
}
