import { z } from 'zod';
import { ANSWERS, FACT_IDS, JURISDICTIONS, OUTCOME_IDS, PERSPECTIVES } from '../machines/facts';
import { AUDIENCES, CONTACT_KINDS, REFERRAL_ROLES } from '../machines/referrals';
import { isCountryCode } from '../machines/country-codes';
import { ACTIVITIES } from '../machines/activity';
import { LOCALES } from './locales';

/**
 * The shape of every content file. Words live in content/<locale>/, data that does not change
 * with the language (numbers, sources, routing of referrals, scenario facts) in content/data/.
 */

const text = z.string().trim().min(1, 'must not be empty');
const id = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, 'ids are letters, digits and dashes, starting with a lower-case letter');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-11-22');

export const factId = z.enum(FACT_IDS);
export const answer = z.enum(ANSWERS);
export const jurisdiction = z.enum(JURISDICTIONS);
export const perspective = z.enum(PERSPECTIVES);
export const outcomeId = z.enum(OUTCOME_IDS);
export const referralRole = z.enum(REFERRAL_ROLES);

const perJurisdiction = <T extends z.ZodType>(schema: T) => z.strictObject({ US: schema, UK: schema, INTL: schema });
const perPerspective = <T extends z.ZodType>(schema: T) => z.strictObject({ self: schema, other: schema });

// ---------------------------------------------------------------- contacts (data)

/**
 * How a number is dialled: E.164 (`+18883737888`) when the source gives an international form, or
 * the digits as dialled inside the country (`911`, `08007000`). A form the source does not print is
 * never made up: an E.164 number "derived" from a local one is not evidence that it works from abroad
 * (shared/reference/country-contacts.md, "How to read an entry").
 */
const dialled = z.string().regex(/^(\+[1-9]\d{6,14}|\d{2,15})$/, 'E.164 like +18883737888, or the digits as dialled in the country like 911');
const inCountryOnly = z.boolean().optional();

/** A number to call. No `tel` only where the source prints letters (800SAVE): shown, never linked. */
const callChannel = z.strictObject({
  kind: z.literal('call'),
  tel: dialled.optional(),
  display: text,
  /** A spelled form such as 1-800-THE-LOST. */
  mnemonic: text.optional(),
  /** Only for part of the audience, e.g. "from outside the US": a words id in the locale file. */
  note: id.optional(),
  /** Short codes and toll-free numbers that work only when dialled inside the country. */
  inCountryOnly,
  /** The source gives this form for callers abroad (never a derived form). */
  fromAbroad: z.boolean().optional(),
});
const textChannel = z.strictObject({ kind: z.literal('text'), tel: dialled, display: text, keyword: text.optional(), inCountryOnly });
const ttyChannel = z.strictObject({ kind: z.literal('tty'), tel: dialled, display: text });
/** A WhatsApp number, shown as text only: a wa.me link would need an international form the sources do not give. */
const whatsappChannel = z.strictObject({ kind: z.literal('whatsapp'), display: text });
const webChannel = z.strictObject({ kind: z.literal('web'), url: z.url({ protocol: /^https$/ }), display: text });
const emailChannel = z.strictObject({ kind: z.literal('email'), address: z.email(), display: text });
export const channel = z.discriminatedUnion('kind', [callChannel, textChannel, ttyChannel, whatsappChannel, webChannel, emailChannel]);

export const countryCode = z.string().refine(isCountryCode, 'an ISO 3166-1 alpha-2 country code such as MX');

/** What a contact is for, as referral routing needs it (machines/referrals.ts). */
export const contactKind = z.enum(CONTACT_KINDS);
/** Who a line serves. Only `anyone` and `victims` lines can be the first action (the check asks nobody's gender or job). */
export const audience = z.enum(AUDIENCES);

export const contactData = z.strictObject({
  id,
  /** Where the contact works; absent only for the global fallbacks (the directory, "your local emergency number"). */
  country: countryCode.optional(),
  /** unconfirmed: the source is secondary; never the recommended action, and shown as a number to check. */
  status: z.enum(['confirmed', 'unconfirmed']),
  kind: contactKind,
  audience: audience.default('anyone'),
  /** Run by the police or another law-enforcement agency: never on a `self` result unless it is the country's only confirmed line. */
  lawEnforcement: z.boolean().default(false),
  /** An immigration-enforcement agency: a person reporting about themself is told first. */
  immigrationEnforcement: z.boolean().default(false),
  /** yes: police-run or passes reports to police or prosecutors (said before the number); not-stated: never say it is independent. */
  reportsToPolice: z.enum(['yes', 'no', 'not-stated']),
  /** 24/7 as the source says; limited: the words file says the hours; not-stated: the sources do not say. */
  hours: z.enum(['24/7', 'limited', 'not-stated']),
  /** Languages (ISO 639-1, as the tool's locales) the source says the line helps in, or not; a language left out is not stated. */
  speaks: z.record(z.string().regex(/^[a-z]{2}$/, 'a two-letter language code such as es'), z.enum(['yes', 'no'])).default({}),
  channels: z.array(channel).min(1, 'a contact needs at least one way to reach it'),
  /** Where the number and facts come from: the source named in shared/reference/, with its address. */
  source: text,
  /** When the entry was last compared with that source. */
  checked: isoDate,
});
export const contactsFile = z.strictObject({ contacts: z.array(contactData).min(1) });

/**
 * Contacts of shared/reference/country-contacts.md that are kept out of the tool on purpose (a
 * misprinted or conflicting number, no address to link): listed with the reason, so a test can
 * prove every reference entry is either in content or withheld.
 */
export const withheldFile = z.strictObject({
  withheld: z.array(z.strictObject({ id, reason: text })),
});

// ---------------------------------------------------------------- referrals (data)

const referralEntry = z.strictObject({
  /** Ordered: the first is the recommended action. */
  contacts: z.array(id).min(1, 'every outcome needs at least one contact'),
  nextSteps: z.array(id).min(1),
});
const roleEntry = z.strictObject({ contacts: z.array(id), nextSteps: z.array(id) });
export const referralsFile = z.strictObject({
  outcomes: z.strictObject(
    Object.fromEntries(OUTCOME_IDS.map((o) => [o, perJurisdiction(perPerspective(referralEntry))])) as Record<
      (typeof OUTCOME_IDS)[number],
      ReturnType<typeof perJurisdiction<ReturnType<typeof perPerspective<typeof referralEntry>>>>
    >,
  ),
  roles: z.strictObject(
    Object.fromEntries(REFERRAL_ROLES.map((r) => [r, perJurisdiction(perPerspective(roleEntry))])) as Record<
      (typeof REFERRAL_ROLES)[number],
      ReturnType<typeof perJurisdiction<ReturnType<typeof perPerspective<typeof roleEntry>>>>
    >,
  ),
  /** Next steps shown after emergency advice was given, on every later outcome. */
  afterDanger: z.array(id),
});

// ---------------------------------------------------------------- scenarios (data)

export const difficulty = z.enum(['easy', 'medium', 'hard']);
export const scenarioKind = z.enum(['labor', 'sex', 'smuggling', 'not-trafficking', 'emergency']);
export const scenarioData = z.strictObject({
  id,
  kind: scenarioKind,
  difficulty,
  perspective,
  /** Where the story takes place: the law a trainee uses by default. */
  setting: jurisdiction,
  facts: z.partialRecord(factId, answer),
  expected: perJurisdiction(outcomeId),
});
export const scenariosFile = z.strictObject({ scenarios: z.array(scenarioData).min(1) });

// ---------------------------------------------------------------- words (per locale)

const sign = z.strictObject({
  id,
  label: text,
  /** yes: decisive in itself; unsure: only a sign (decision-logic.md, "Facts"). */
  sets: z.enum(['yes', 'unsure']),
});

/** Wording for what the person does (machines/activity.ts): replaces the default text or hint. */
const wording = z.strictObject({ text: perPerspective(text).optional(), hint: perPerspective(text).optional() });

/** An answer option beyond yes / no / "I'm not sure", that sets one of those values (e.g. "still on the way" → unsure). */
const choice = z.strictObject({
  id,
  label: text,
  sets: answer,
  /** Said on the result when this option was chosen (e.g. what it means that it started before 18). */
  resultNote: text.optional(),
});

export const question = z.strictObject({
  /** The question as the page heading, per perspective. */
  text: perPerspective(text),
  /** A short plain-language hint (one or two short sentences), always shown. */
  hint: perPerspective(text),
  /** One line shown above the question, e.g. that it is about sex and "I'm not sure" is fine. */
  headsUp: text.optional(),
  /** Other wording when the answers say what the person does: work, sexual acts, both, or not known. */
  variants: z.partialRecord(z.enum(ACTIVITIES), wording).default({}),
  /** Concrete examples, folded away under "Examples" so the answers stay on the first screen. */
  examples: z.array(text).default([]),
  whyWeAsk: text,
  definitions: z.array(id).default([]),
  answers: z.strictObject({ yes: text, no: text, unsure: text }),
  /** Extra options, shown before "I'm not sure". */
  choices: z.array(choice).default([]),
  /** A checklist of signs that sets the fact from several boxes. */
  signs: z.array(sign).optional(),
  /** "Because you said: …" on a result, per answer and perspective (short, plain). */
  said: z.strictObject({ yes: perPerspective(text), no: perPerspective(text), unsure: perPerspective(text) }),
  /** Something the tool must say plainly when this fact comes up (e.g. consent does not undo trafficking). */
  reassurance: text.optional(),
});
export const questionsFile = z.strictObject(
  Object.fromEntries(FACT_IDS.map((f) => [f, question])) as Record<(typeof FACT_IDS)[number], typeof question>,
);

const legalText = z.strictObject({ text, citation: text });
export const definition = z.strictObject({
  term: text,
  plain: text,
  examples: z.array(text).default([]),
  /** The law's words in each jurisdiction, with the citation. */
  legal: perJurisdiction(legalText),
});
export const definitionsFile = z.record(id, definition);

export const outcome = z.strictObject({
  title: text,
  /** One or two sentences shown first. */
  summary: perPerspective(text),
  /** What this result means, and what it does not mean. */
  meaning: text,
  /** The law behind the result, per jurisdiction. */
  law: perJurisdiction(legalText),
});
export const outcomesFile = z.strictObject({
  outcomes: z.strictObject(
    Object.fromEntries(OUTCOME_IDS.map((o) => [o, outcome])) as Record<(typeof OUTCOME_IDS)[number], typeof outcome>,
  ),
  /** Why the answers led here: one plain sentence per rule clause (machines/rules.ts). */
  reasons: z.record(z.string(), text),
});

export const contactWords = z.strictObject({
  /** The name as the person will hear it; add the English (or other) meaning in brackets where it helps. */
  name: text,
  /** Required when the data says `hours: limited`; otherwise optional (the page says "24 hours a day" or "hours not stated"). */
  hours: text.optional(),
  /** What the source says about languages, in words ("more than 200 languages"). */
  languages: text.optional(),
  /** Who it is for, when the audience needs more than the standard words for it. */
  forWhom: text.optional(),
  /** Who runs it, as the source says ("the Citizen Council, a civil-society body, not the police"). */
  runBy: text.optional(),
  whatHappens: text.optional(),
  /** What to say when you call or text. */
  whatToSay: text.optional(),
  /** Warnings from the source: a paid call, calls recorded, not reachable from some networks. */
  caveats: z.array(text).default([]),
  /** Shown before this contact to a person reporting about themself. */
  selfWarning: text.optional(),
});
export const contactsWordsFile = z.strictObject({
  contacts: z.record(id, contactWords),
  channelNotes: z.record(id, text).default({}),
});

/**
 * content/data/local-contacts.yaml: contacts an organisation adds to its own copy of the tool (a
 * local shelter, a city line), or its corrections to a listed contact (same id). Each entry is a
 * contact like those of data/contacts.yaml, with its words for every language inline, so one file
 * holds everything. content/README.md, "Add local contacts", explains it.
 */
export const localContact = contactData.extend({
  /** The words, per language: required for a new contact; for a correction, leave out to keep the listed words. */
  words: z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, contactWords.optional()])) as Record<(typeof LOCALES)[number], z.ZodOptional<typeof contactWords>>).optional(),
});
export const localContactsFile = z.strictObject({ contacts: z.array(localContact).nullable().transform((list) => list ?? []) });
export type LocalContact = z.infer<typeof localContact>;

export const nextStepsFile = z.record(id, text);

export const scenarioWords = z.strictObject({
  title: text,
  teaser: text,
  vignette: text,
  teachingNote: text,
});
export const scenariosWordsFile = z.record(id, scenarioWords);

export type ContactData = z.infer<typeof contactData>;
export type Channel = z.infer<typeof channel>;
export type ReferralsFile = z.infer<typeof referralsFile>;
export type ScenarioData = z.infer<typeof scenarioData>;
export type Question = z.infer<typeof question>;
export type Definition = z.infer<typeof definition>;
export type Outcome = z.infer<typeof outcome>;
export type ContactWords = z.infer<typeof contactWords>;
export type ScenarioWords = z.infer<typeof scenarioWords>;

// ---------------------------------------------------------------- interface words (per locale)

/** A group of short interface texts with exactly these keys. `{name}` marks a value filled in by the page. */
const texts = <const K extends string>(...keys: K[]) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, text])) as Record<K, typeof text>);

export const uiFile = z.strictObject({
  site: texts('name', 'title', 'description', 'skipLink', 'navLabel', 'navStart', 'navCheck', 'navLearn', 'navContacts', 'navSafety', 'navTrain', 'navMap', 'languageLabel', 'footer', 'footerSource'),
  /** The emergency line and Quick exit, at the top of every page at every scroll position. */
  header: texts('emergencyLead', 'callNumber', 'placeUS', 'placeUK', 'placeEU', 'emergencyLocal', 'quickExit', 'quickExitHint'),
  start: z.strictObject({
    title: text,
    lead: text,
    whatItDoes: z.array(text).min(1),
    notTitle: text,
    notItems: z.array(text).min(1),
    privacyTitle: text,
    privacy: z.array(text).min(1),
    confidentialityTitle: text,
    confidentiality: z.array(text).min(1),
    startButton: text,
    timeNote: text,
    /** Shown on a translated language's Start page until a native-speaking hotline worker has checked it. */
    translationUnreviewed: text,
    translationReviewed: text,
  }),
  setup: texts(
    'perspectiveTitle', 'perspectiveHint', 'self', 'other', 'placeTitle', 'placeHint', 'US', 'UK', 'country', 'countryOptionHint',
    'undisclosed', 'undisclosedHint', 'countryTitle', 'countryHint', 'countryPlaceholder', 'errorPerspective', 'errorPlace', 'errorCountry',
    'loading', 'noscriptTitle', 'noscriptText', 'noscriptHotline', 'loadFailed',
  ),
  check: texts(
    'continue', 'back', 'progress', 'whyWeAsk', 'meaningOf', 'lawIn', 'readMore', 'examples', 'errorTitle', 'errorChoose',
    'errorChecklist', 'checklistHint', 'checklistNone', 'checklistUnsure', 'checklistOr', 'startAgain', 'training', 'loading',
  ),
  review: texts('title', 'lead', 'aboutLabel', 'whereLabel', 'change', 'changeHidden', 'confirm', 'notAsked', 'warningSign'),
  outcome: z.strictObject({
    ...texts(
      'recommended', 'why', 'becauseYouSaid', 'lawUsed', 'nationalLaw', 'nationalLawAnywhere', 'theLaw', 'nextSteps', 'otherContacts',
      'reportedTitle', 'reportedLead', 'whileYouWait', 'moreHelp', 'continueCheck', 'dangerReminder', 'dangerUnsure', 'dangerUnsureLocal',
      'notAdvice', 'startAgain', 'changeAnswers', 'print', 'printIncludeAnswers', 'printTitle', 'printAnswersTitle',
    ).shape,
    /** The law a result applied, as a caption: "Law used: {law}". */
    lawNames: texts('US', 'UK', 'INTL'),
  }),
  /** Words of a contact card (result pages and the Contacts page). */
  contactWords: z.strictObject({
    ...texts(
      'call', 'text', 'textKeyword', 'tty', 'whatsapp', 'web', 'email', 'onlyInside', 'hours', 'hours247', 'hoursNotStated', 'languages',
      'speaksYes', 'speaksNo', 'speaksUnknown', 'forWhom', 'runBy', 'whatHappens', 'whatToSay', 'caveat', 'unconfirmed', 'policeRun',
      'passesToPolice', 'immigrationWarningTitle', 'moreAbout', 'source', 'checkedOn',
    ).shape,
    audience: z.strictObject(Object.fromEntries(AUDIENCES.map((a) => [a, text])) as Record<(typeof AUDIENCES)[number], typeof text>),
  }),
  learn: texts('title', 'lead', 'definitionsTitle', 'lawTitle', 'examplesTitle', 'onThisPage'),
  contacts: texts('title', 'lead', 'jumpTo', 'chosenFirst', 'US', 'UK', 'elsewhere', 'elsewhereLead', 'withheld', 'noCountryLine'),
  safety: texts('title'),
  /** "Keep this tool on this phone": the offline copy a person may choose (app/components/KeepOnPhone.tsx). */
  offline: texts('title', 'keep', 'what', 'trace', 'removal', 'yes', 'saving', 'saved', 'kept', 'failed', 'remove', 'removing', 'removed', 'unsupported'),
  notFound: texts('title', 'body', 'home'),
  jurisdictionNames: texts('US', 'UK', 'INTL'),
  map: z.strictObject({
    ...texts('title', 'lead', 'mapFor', 'textAlternative', 'leadsTo', 'legendTitle', 'legendQuestion', 'legendTrafficking', 'legendPossible', 'legendOtherLaw', 'legendNone', 'legendEmergency', 'legendTrainee', 'legendExpert', 'scrollHint').shape,
    factLabels: z.strictObject(Object.fromEntries(FACT_IDS.map((f) => [f, text])) as Record<(typeof FACT_IDS)[number], typeof text>),
    outcomeLabels: z.strictObject(Object.fromEntries(OUTCOME_IDS.map((o) => [o, text])) as Record<(typeof OUTCOME_IDS)[number], typeof text>),
    answerLabels: texts('yes', 'no', 'unsure', 'confirm'),
  }),
  train: texts(
    'title', 'lead', 'filtersTitle', 'filterType', 'filterJurisdiction', 'filterDifficulty', 'all', 'showing', 'noCases',
    'typeLabor', 'typeSex', 'typeSmuggling', 'typeNotTrafficking', 'typeEmergency', 'easy', 'medium', 'hard', 'setIn',
    'marker', 'caseTitle', 'lawLabel', 'startCase', 'facilitate', 'yourOutcome', 'expertOutcome', 'matched', 'notMatched',
    'differencesTitle', 'noDifferences', 'yourAnswer', 'expertAnswer', 'notAskedOnYourPath', 'teachingNote', 'expertPath', 'mapTitle',
    'tryAgain', 'nextCase', 'backToCases', 'sessionTitle', 'sessionCases', 'sessionMatched', 'sessionMissed', 'sessionEmpty',
    'download', 'downloadNote', 'facilitatorTitle', 'facilitatorLead', 'roomAnswer', 'reveal', 'expertSays', 'roomResult', 'revealPath',
    'definitionTitle', 'placeUS', 'placeUK', 'placeINTL',
  ),
  perspectiveNames: texts('self', 'other'),
});

/** Long-form pages: sections of paragraphs and lists, reviewable as plain text. */
const prose = z.strictObject({
  id,
  title: text,
  paragraphs: z.array(text).default([]),
  items: z.array(text).default([]),
});
export const learnFile = z.strictObject({
  /** Definition ids (definitions.yaml) shown on the Learn page, in order. */
  definitions: z.array(id).min(1),
  sections: z.array(prose).min(1),
});
export const safetyFile = z.strictObject({ lead: text, sections: z.array(prose).min(1) });

/** Who has checked each translation (content/data/translations.yaml): one entry per language other than English. */
export const translationsFile = z.strictObject({
  translations: z.record(
    z.string().regex(/^[a-z]{2}$/),
    z.strictObject({ reviewedBy: text.nullable(), reviewedOn: isoDate.nullable() }),
  ),
});

/** Texts a translation may keep exactly as in English, each with why. */
export const sameAsEnFile = z.array(z.strictObject({ text, why: text }));

export type Ui = z.infer<typeof uiFile>;
export type Prose = z.infer<typeof prose>;
