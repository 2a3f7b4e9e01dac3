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

export function checkBundle(locale: Locale): CheckBundle {
  const { data, words } = loadContent(locale);
  return {
    locale,
    ui: words.ui,
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
