import type { CountryCode } from './country-codes';
import type { Answers, FactId, Jurisdiction, OutcomeId, Perspective } from './facts';
import { knownAnswer } from './facts';

/**
 * Where each result sends a person (decision-logic.md, "Referrals" and "Where the person is"). The
 * contacts themselves and their words are content; which contacts a result shows, in which order,
 * is decided here, from the facts about each contact (its kind, status, audience, who runs it).
 */

/**
 * What a contact is for, as routing needs it: an emergency number, a line that takes trafficking
 * concerns (a hotline, a reporting line, victim support), a child line, or a labour agency.
 */
export const CONTACT_KINDS = ['emergency', 'line', 'child', 'labour'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/**
 * Who a line serves. The check asks nobody's gender, job, nationality or region, so only a line for
 * `anyone` or for `victims` can be the recommended action.
 */
export const AUDIENCES = ['anyone', 'victims', 'women', 'professionals', 'children', 'missing-children', 'migrants', 'citizens', 'residents-abroad', 'region'] as const;
export type Audience = (typeof AUDIENCES)[number];
const FIRST_ACTION_AUDIENCES: readonly Audience[] = ['anyone', 'victims'];

/** The facts about a contact that routing uses (content/data/*contacts.yaml). */
export interface ContactFacts {
  readonly id: string;
  /** Absent for the global fallbacks. */
  readonly country?: CountryCode;
  readonly status: 'confirmed' | 'unconfirmed';
  readonly kind: ContactKind;
  readonly audience: Audience;
  readonly lawEnforcement: boolean;
  readonly immigrationEnforcement: boolean;
  readonly reportsToPolice: 'yes' | 'no' | 'not-stated';
  /** It has a tel: link or an https: address a person can use at once. */
  readonly linkable: boolean;
  /**
   * Added by the organisation that runs this copy (content/data/local-contacts.yaml): shown with
   * the country's other contacts, never as the first action, which the contract gives to the
   * national line (decision-logic.md, "Where the person is").
   */
  readonly local?: boolean;
}

/** The country of each jurisdiction's referral table (content/data/referrals.yaml). */
export const TABLE_COUNTRY: Readonly<Record<Exclude<Jurisdiction, 'INTL'>, CountryCode>> = { US: 'US', UK: 'GB' };

/** The global fallbacks (content/data/contacts.yaml). */
export const DIRECTORY = 'intl-directory';
export const LOCAL_EMERGENCY = 'intl-local-emergency';

export const REFERRAL_ROLES = ['childProtection', 'laborStandards'] as const;
export type ReferralRole = (typeof REFERRAL_ROLES)[number];

interface FactReferral {
  readonly role: ReferralRole;
  /** The fact whose answer can call for this help: worth asking while it is unknown. */
  readonly fact: FactId;
  readonly when: (answers: Answers) => boolean;
  /** Outcomes where this help is not already part of the referral and can make a difference. */
  readonly outcomes: readonly OutcomeId[];
}

const answered = (answers: Answers, fact: FactId, ...values: string[]) => values.includes(knownAnswer(answers, fact) ?? '');

export const FACT_REFERRALS: readonly FactReferral[] = [
  // A child, or a person of unsure age with sexual acts traded (or possibly traded): the child line.
  {
    role: 'childProtection',
    fact: 'under18',
    when: (a) => answered(a, 'under18', 'yes') || (answered(a, 'under18', 'unsure') && answered(a, 'commercialSex', 'yes', 'unsure')),
    outcomes: ['labor_trafficking', 'possible_trafficking', 'smuggling', 'labor_exploitation', 'not_indicated'],
  },
  // Unpaid or illegal work: the labour standards agency, where trafficking is not (yet) established.
  { role: 'laborStandards', fact: 'laborViolations', when: (a) => answered(a, 'laborViolations', 'yes'), outcomes: ['possible_trafficking', 'not_indicated'] },
];

/** Facts whose answer could still add help to the referral for any of these outcomes. */
export function referralFactsFor(outcomes: readonly OutcomeId[]): FactId[] {
  return FACT_REFERRALS.filter((r) => r.outcomes.some((o) => outcomes.includes(o))).map((r) => r.fact);
}

export interface ReferralPlan {
  readonly outcome: OutcomeId;
  readonly perspective: Perspective;
  /** Extra kinds of help the answers call for, in the order they are added. */
  readonly roles: readonly ReferralRole[];
  /** The person said someone is in danger now: keep the emergency number in front of them. */
  readonly dangerReported: boolean;
  /** The person was not sure about danger: a short safety note and the emergency number come first. */
  readonly dangerUnsure: boolean;
}

export function planReferral(outcome: OutcomeId, perspective: Perspective, answers: Answers): ReferralPlan {
  const roles = FACT_REFERRALS.filter((r) => r.outcomes.includes(outcome) && r.when(answers)).map((r) => r.role);
  return {
    outcome,
    perspective,
    roles,
    dangerReported: knownAnswer(answers, 'danger') === 'yes',
    dangerUnsure: knownAnswer(answers, 'danger') === 'unsure',
  };
}

/** The referral tables of content/data/referrals.yaml, as far as routing needs them. */
interface ReferralEntry {
  readonly contacts: readonly string[];
  readonly nextSteps: readonly string[];
}
type PerSetting<T> = Readonly<Record<Jurisdiction, Readonly<Record<Perspective, T>>>>;
export interface ReferralTable {
  readonly outcomes: Readonly<Record<OutcomeId, PerSetting<ReferralEntry>>>;
  readonly roles: Readonly<Record<ReferralRole, PerSetting<ReferralEntry>>>;
  readonly afterDanger: readonly string[];
}

/** Where the person is: the law, and (outside the US and the UK) the country if they said it. */
export interface Place {
  readonly jurisdiction: Jurisdiction;
  /** The country chosen in the check; null when the person would rather not say. */
  readonly country: CountryCode | null;
}

export interface ResolvedContact {
  readonly id: string;
  /** Tell the person first that this is an immigration-enforcement agency. */
  readonly warnImmigrationEnforcement: boolean;
  /** Say plainly, before the number, that the line is run by the police or passes reports to them. */
  readonly warnPolice: boolean;
  /** "Your local emergency number" in a country whose emergency numbers are not confirmed: no EU 112 button. */
  readonly withoutNumber: boolean;
}

export interface ResolvedReferral {
  /** The recommended action: always a confirmed contact. */
  readonly first: ResolvedContact;
  /** Other confirmed contacts, in order. */
  readonly others: readonly ResolvedContact[];
  /** Unconfirmed contacts: shown after, as "Reported numbers — check them before you rely on them". */
  readonly reported: readonly ResolvedContact[];
  /** The emergency number for this place (the safety note, the emergency line). */
  readonly emergency: ResolvedContact;
  readonly nextSteps: readonly string[];
  readonly dangerReported: boolean;
  readonly dangerUnsure: boolean;
}

export interface ContactDirectory {
  readonly byId: ReadonlyMap<string, ContactFacts>;
  /** A country's contacts in the order of content/data/country-contacts.yaml (the reference's order). */
  readonly inCountry: (country: CountryCode) => readonly ContactFacts[];
}

export function contactDirectory(contacts: readonly ContactFacts[]): ContactDirectory {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const byCountry = new Map<string, ContactFacts[]>();
  for (const c of contacts) if (c.country) byCountry.set(c.country, [...(byCountry.get(c.country) ?? []), c]);
  return { byId, inCountry: (country) => byCountry.get(country) ?? [] };
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/** A contact as shown to this person: with the warnings the contract asks for. */
function shown(contact: ContactFacts, perspective: Perspective, withoutNumber = false): ResolvedContact {
  return {
    id: contact.id,
    warnImmigrationEnforcement: perspective === 'self' && contact.immigrationEnforcement,
    // Emergency numbers are the police or call them by nature: no warning before 911.
    warnPolice: contact.kind !== 'emergency' && (contact.lawEnforcement || contact.reportsToPolice === 'yes'),
    withoutNumber,
  };
}

/** decision-logic.md: for `self`, no law- or immigration-enforcement contact, the emergency number aside. */
const allowedFor = (perspective: Perspective) => (c: ContactFacts) =>
  perspective === 'other' || c.kind === 'emergency' || (!c.lawEnforcement && !c.immigrationEnforcement);

const canLead = (c: ContactFacts) => c.status === 'confirmed' && c.linkable && FIRST_ACTION_AUDIENCES.includes(c.audience) && !c.local;

/** The kinds of contact a result shows besides its first action: lines, and the child line or labour agency when the answers call for them. */
function kindsShown(plan: ReferralPlan): ContactKind[] {
  const wantsChild = plan.outcome === 'child_sex_trafficking' || plan.roles.includes('childProtection');
  const wantsLabour = plan.outcome === 'labor_exploitation' || plan.roles.includes('laborStandards');
  return ['line', ...(wantsChild ? (['child'] as const) : []), ...(wantsLabour ? (['labour'] as const) : [])];
}

/** The emergency number of a place: the country's first confirmed one, else "your local emergency number". */
export function emergencyContact(place: Place, directory: ContactDirectory, table: ReferralTable): ResolvedContact {
  if (place.jurisdiction !== 'INTL') {
    const id = table.outcomes.emergency[place.jurisdiction].self.contacts[0];
    return shown(directory.byId.get(id)!, 'self');
  }
  const local = directory.byId.get(LOCAL_EMERGENCY)!;
  if (place.country === null) return shown(local, 'self');
  const numbers = directory.inCountry(place.country).filter((c) => c.kind === 'emergency');
  const confirmed = numbers.find((c) => c.status === 'confirmed' && c.linkable);
  if (confirmed) return shown(confirmed, 'self');
  // Listed numbers are all unconfirmed (every EU country in the data has a confirmed 112): lead with
  // the words "your local emergency number" and show the reported numbers after it.
  return shown(local, 'self', numbers.length > 0);
}

/**
 * A country's trafficking lines that can be the first action: confirmed, reachable at once, for
 * anyone (or victims), not immigration enforcement, not added locally. None: the directory leads.
 */
function nationalLines(country: CountryCode, directory: ContactDirectory): ContactFacts[] {
  return directory.inCountry(country).filter((c) => c.kind === 'line' && canLead(c) && !c.immigrationEnforcement);
}

/** Whether a country's results lead with its own line rather than the global directory. */
export const hasNationalLine = (country: CountryCode, directory: ContactDirectory): boolean => nationalLines(country, directory).length > 0;

/** A country's contacts for one result, by the rules of decision-logic.md ("Referrals", "Where the person is"). */
function countryReferral(plan: ReferralPlan, country: CountryCode, directory: ContactDirectory, emergency: ResolvedContact) {
  const { perspective, outcome } = plan;
  const inCountry = directory.inCountry(country);

  // The first action: a confirmed line for anyone, not police-run for a person asking about
  // themself — except where the country's only confirmed line is police-run: then it may lead, said
  // plainly before the number (decision-logic.md, "Referrals").
  const leaders = nationalLines(country, directory);
  const civilian = leaders.filter((c) => !c.lawEnforcement);
  const lineFirst = perspective === 'self' ? (civilian[0] ?? (leaders.length === 1 ? leaders[0] : undefined)) : leaders[0];
  const labourFirst = outcome === 'labor_exploitation' ? inCountry.find((c) => c.kind === 'labour' && canLead(c) && allowedFor(perspective)(c)) : undefined;

  // Everything else follows the self rule without exception.
  const all = inCountry.filter(allowedFor(perspective));
  let first: ResolvedContact;
  const others: ResolvedContact[] = [];
  if (outcome === 'emergency') {
    first = emergency;
    const rest = all.filter((c) => c.kind === 'emergency' && c.status === 'confirmed' && c.id !== emergency.id);
    others.push(...rest.map((c) => shown(c, perspective)));
    if (lineFirst) others.push(shown(lineFirst, perspective));
  } else {
    const leader = labourFirst ?? lineFirst;
    first = leader ? shown(leader, perspective) : shown(directory.byId.get(DIRECTORY)!, perspective);
    // With no confirmed national line, the directory leads and the emergency number comes with it.
    if (!leader) others.push(emergency);
    if (labourFirst && lineFirst) others.push(shown(lineFirst, perspective));
  }
  const extraKinds = kindsShown(plan);
  for (const c of all.filter((c) => extraKinds.includes(c.kind) && c.status === 'confirmed')) others.push(shown(c, perspective));
  if (first.id !== DIRECTORY) others.push(shown(directory.byId.get(DIRECTORY)!, perspective));

  const reportedKinds: ContactKind[] = [...extraKinds, ...(emergency.withoutNumber || outcome === 'emergency' ? (['emergency'] as const) : [])];
  const reported = all.filter((c) => c.status === 'unconfirmed' && reportedKinds.includes(c.kind)).map((c) => shown(c, perspective));
  // Reported emergency numbers come first: they follow "your local emergency number".
  reported.sort((a, b) => Number(directory.byId.get(b.id)!.kind === 'emergency') - Number(directory.byId.get(a.id)!.kind === 'emergency'));
  return { first, others, reported };
}

/**
 * The contacts and next steps a person sees for a result: the recommended action first (always
 * confirmed), the other confirmed contacts, then the reported (unconfirmed) ones; no repeats.
 */
export function resolveReferral(plan: ReferralPlan, place: Place, table: ReferralTable, directory: ContactDirectory): ResolvedReferral {
  const { jurisdiction } = place;
  const entries = [table.outcomes[plan.outcome][jurisdiction][plan.perspective], ...plan.roles.map((role) => table.roles[role][jurisdiction][plan.perspective])];
  const nextSteps = unique([...entries.flatMap((e) => e.nextSteps), ...(plan.dangerReported && plan.outcome !== 'emergency' ? table.afterDanger : [])]);
  const emergency = emergencyContact(place, directory, table);

  let first: ResolvedContact;
  let others: ResolvedContact[];
  let reported: ResolvedContact[];
  if (jurisdiction === 'INTL' && place.country !== null) {
    ({ first, others, reported } = countryReferral(plan, place.country, directory, emergency));
  } else {
    // The US, the UK, and "rather not say": the tables of content/data/referrals.yaml.
    const listed = unique(entries.flatMap((e) => e.contacts)).map((id) => directory.byId.get(id)!).filter(allowedFor(plan.perspective));
    // The organisation's own contacts for the place follow the table's, by the same rules as elsewhere.
    const country = jurisdiction === 'INTL' ? undefined : TABLE_COUNTRY[jurisdiction];
    const kinds = kindsShown(plan);
    const local = country ? directory.inCountry(country).filter((c) => c.local && kinds.includes(c.kind) && allowedFor(plan.perspective)(c)) : [];
    const [head, ...rest] = [...listed, ...local].map((c) => shown(c, plan.perspective));
    first = head;
    others = rest.filter((c) => directory.byId.get(c.id)!.status === 'confirmed');
    reported = rest.filter((c) => directory.byId.get(c.id)!.status === 'unconfirmed');
  }
  const seen = new Set<string>([first.id]);
  const once = (list: readonly ResolvedContact[]) => list.filter((c) => !seen.has(c.id) && seen.add(c.id));
  return {
    first,
    others: once(others),
    reported: once(reported),
    emergency,
    nextSteps,
    dangerReported: plan.dangerReported,
    dangerUnsure: plan.dangerUnsure,
  };
}
