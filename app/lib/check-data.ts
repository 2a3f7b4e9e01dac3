import { createHash } from 'node:crypto';
import { contactFacts } from '../../content/contact-facts';
import { countryNames } from '../../content/countries';
import { loadContent, type Locale } from '../../content/load';
import type { Channel, ContactWords, Definition, Outcome, Question, Ui } from '../../content/schema';
import type { CountryCode } from '../../machines/country-codes';
import type { FactId, OutcomeId } from '../../machines/facts';
import type { Audience, ContactFacts, ContactKind, ReferralTable } from '../../machines/referrals';
import { REST_STYLES } from '../generated/site-styles';

/** A contact as pages show it: the data (numbers, flags, source, date) with the words for the locale. */
export interface ContactView {
  readonly id: string;
  readonly country?: CountryCode;
  readonly status: 'confirmed' | 'unconfirmed';
  readonly kind: ContactKind;
  readonly audience: Audience;
  readonly lawEnforcement: boolean;
  readonly immigrationEnforcement: boolean;
  readonly reportsToPolice: 'yes' | 'no' | 'not-stated';
  readonly hours: '24/7' | 'limited' | 'not-stated';
  /** Whether it helps in the page's language: yes, no, or not stated by the sources. */
  readonly speaksLocale: 'yes' | 'no' | 'unknown';
  readonly channels: readonly Channel[];
  readonly source: string;
  readonly checked: string;
  readonly words: ContactWords;
}

export function contactViews(locale: Locale): ContactView[] {
  const { data, words } = loadContent(locale);
  return data.contacts.map((contact) => ({
    id: contact.id,
    country: contact.country,
    status: contact.status,
    kind: contact.kind,
    audience: contact.audience,
    lawEnforcement: contact.lawEnforcement,
    immigrationEnforcement: contact.immigrationEnforcement,
    reportsToPolice: contact.reportsToPolice,
    hours: contact.hours,
    speaksLocale: contact.speaks[locale] ?? 'unknown',
    channels: contact.channels,
    source: contact.source,
    checked: contact.checked,
    words: words.contacts.contacts[contact.id],
  }));
}

/** The interface words the check needs after its first screens (the settings words travel with the page). */
const CHECK_UI_SECTIONS = ['check', 'review', 'outcome', 'contactWords', 'jurisdictionNames', 'setup'] as const;
export type CheckUi = Pick<Ui, (typeof CHECK_UI_SECTIONS)[number]>;

/**
 * Everything the check island needs beyond its first screens, validated at build time: one file
 * per language, the same for every person and fetched when the page loads whatever the answers,
 * so neither its address nor its timing can reveal an answer or the country.
 */
export interface CheckData {
  readonly locale: Locale;
  readonly ui: CheckUi;
  readonly questions: Record<FactId, Question>;
  readonly definitions: Record<string, Definition>;
  readonly outcomes: Record<OutcomeId, Outcome>;
  readonly reasons: Record<string, string>;
  readonly contacts: Record<string, ContactView>;
  readonly contactFacts: readonly ContactFacts[];
  readonly channelNotes: Record<string, string>;
  readonly referrals: ReferralTable;
  readonly nextSteps: Record<string, string>;
  /** Country names in this language, for "the law of …" and the contacts of the chosen country. */
  readonly countryNames: Partial<Record<CountryCode, string>>;
  /** The stylesheet beyond the first screens (app/styles/rest.css): the check page's HTML carries only the first screens'. */
  readonly styles: string;
}

export function checkData(locale: Locale): CheckData {
  const { data, words } = loadContent(locale);
  return {
    locale,
    ui: Object.fromEntries(CHECK_UI_SECTIONS.map((key) => [key, words.ui[key]])) as unknown as CheckUi,
    questions: words.questions,
    definitions: words.definitions,
    outcomes: words.outcomes.outcomes,
    reasons: words.outcomes.reasons,
    contacts: Object.fromEntries(contactViews(locale).map((c) => [c.id, c])),
    contactFacts: contactFacts(data.contacts),
    channelNotes: words.contacts.channelNotes,
    referrals: data.referrals,
    nextSteps: words.nextSteps,
    countryNames: Object.fromEntries(countryNames(locale).map((c) => [c.code, c.name])),
    styles: REST_STYLES,
  };
}

const files = new Map<Locale, { name: string; url: string; json: string }>();

/** The data file of a language: its name carries a hash of its content, so it can be cached for good. */
export function checkDataFile(locale: Locale) {
  const cached = files.get(locale);
  if (cached) return cached;
  const json = JSON.stringify(checkData(locale));
  const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
  const name = `check.${locale}.${hash}.json`;
  const file = { name, url: `/_data/${name}`, json };
  files.set(locale, file);
  return file;
}
