import { loadContent, type Locale } from '../../content/load';
import type { Channel, ContactWords, Definition, Outcome, Question, ReferralsFile, Ui } from '../../content/schema';
import type { FactId, Jurisdiction, OutcomeId } from '../../machines/facts';

/** A contact as pages show it: the data (numbers, source, date) with the words for the locale. */
export interface ContactView {
  readonly id: string;
  readonly jurisdiction: Jurisdiction;
  readonly status: 'confirmed' | 'unconfirmed';
  readonly emergency: boolean;
  readonly immigrationEnforcement: boolean;
  readonly spanish: 'yes' | 'no' | 'unknown';
  readonly channels: readonly Channel[];
  readonly source: string;
  readonly checked: string;
  readonly words: ContactWords;
}

/** Everything the check's client island needs, already validated at build time. */
export interface CheckBundle {
  readonly locale: Locale;
  readonly ui: Ui;
  readonly questions: Record<FactId, Question>;
  readonly definitions: Record<string, Definition>;
  readonly outcomes: Record<OutcomeId, Outcome>;
  readonly reasons: Record<string, string>;
  readonly contacts: Record<string, ContactView>;
  readonly channelNotes: Record<string, string>;
  readonly referrals: ReferralsFile;
  readonly nextSteps: Record<string, string>;
}

export function contactViews(locale: Locale): ContactView[] {
  const { data, words } = loadContent(locale);
  return data.contacts.map((contact) => ({
    id: contact.id,
    jurisdiction: contact.jurisdiction,
    status: contact.status,
    emergency: contact.emergency,
    immigrationEnforcement: contact.immigrationEnforcement,
    spanish: contact.spanish,
    channels: contact.channels,
    source: contact.source,
    checked: contact.checked,
    words: words.contacts.contacts[contact.id],
  }));
}

/** Interface words the check needs; training pages add their own sections. */
const CHECK_UI_SECTIONS = ['site', 'setup', 'check', 'review', 'outcome', 'jurisdictionNames', 'perspectiveNames'] as const;

/**
 * What a client island receives. The check gets only the interface words it renders (less to send
 * and to hydrate on the route people use most); training pages also get the training and map words.
 */
export function checkBundle(locale: Locale, { training = false } = {}): CheckBundle {
  const { data, words } = loadContent(locale);
  const ui = training ? words.ui : (Object.fromEntries(CHECK_UI_SECTIONS.map((key) => [key, words.ui[key]])) as unknown as Ui);
  return {
    locale,
    ui,
    questions: words.questions,
    definitions: words.definitions,
    outcomes: words.outcomes.outcomes,
    reasons: words.outcomes.reasons,
    contacts: Object.fromEntries(contactViews(locale).map((c) => [c.id, c])),
    channelNotes: words.contacts.channelNotes,
    referrals: data.referrals,
    nextSteps: words.nextSteps,
  };
}
