import { OUTCOME_IDS, PREREQUISITES, type FactId, type Jurisdiction } from '../machines/facts';
import { REFERRAL_ROLES, TABLE_COUNTRY } from '../machines/referrals';
import { CLAUSE_IDS } from '../machines/rules';
import type { Content } from './load';
import { displayMatchesTel } from './phone';

/** Names a place in a content file: "content/<file>:<line>: <path>". */
export type Locate = (file: string, segments: readonly PropertyKey[]) => string;


/**
 * Cross-file checks that a schema cannot make: every referenced id exists, nothing is orphaned,
 * the recommended contact is always a confirmed one, numbers are written as they are dialled.
 * Returns one message per problem, naming the file, the line and the field.
 */
export function checkIntegrity({ data, words }: Content, at: Locate): string[] {
  const problems: string[] = [];
  const w = (file: string) => `${words.locale}/${file}`;
  const say = (file: string, segments: readonly PropertyKey[], message: string) => problems.push(`${at(file, segments)}: ${message}`);
  const contactsById = new Map(data.contacts.map((c) => [c.id, c]));
  const used = { contacts: new Set<string>(), nextSteps: new Set<string>(), definitions: new Set<string>(), notes: new Set<string>() };

  // Contacts: data and words pair up; numbers are consistent. A contact's entry may be in
  // data/contacts.yaml, data/country-contacts.yaml or data/local-contacts.yaml (data.contactOrigins).
  const originOf = (id: string) => data.contactOrigins.get(id)!;
  /** Where a contact's words are: its locale file, or inline in data/local-contacts.yaml. */
  const wordsAt = (id: string, ...segments: PropertyKey[]): [string, PropertyKey[]] => {
    const origin = originOf(id);
    return origin.localWords !== undefined || origin.wordsFile === null
      ? [origin.file, ['contacts', origin.localWords ?? origin.index, 'words', words.locale, ...segments]]
      : [w(origin.wordsFile), ['contacts', id, ...segments]];
  };
  data.contacts.forEach((contact) => {
    const origin = originOf(contact.id);
    const dataFile = origin.file;
    const here = (...segments: PropertyKey[]) => ['contacts', origin.index, ...segments];
    const contactWords = words.contacts.contacts[contact.id];
    if (!contactWords) say(...wordsAt(contact.id), `missing (the contact ${contact.id} is in content/${dataFile})`);
    if (contact.hours === 'limited' && contactWords && !contactWords.hours) say(...wordsAt(contact.id, 'hours'), 'required: the data says its hours are limited');
    if (contact.immigrationEnforcement && contactWords && !contactWords.selfWarning) say(...wordsAt(contact.id, 'selfWarning'), 'required for an immigration-enforcement contact');
    contact.channels.forEach((channel, c) => {
      if ((channel.kind === 'call' || channel.kind === 'text' || channel.kind === 'tty') && channel.tel !== undefined) {
        if (!displayMatchesTel(channel.tel, channel.display)) say(dataFile, here('channels', c, 'display'), `"${channel.display}" is not the number ${channel.tel}`);
        // A number in its local form works only inside its country: the page links it only there.
        if (!channel.tel.startsWith('+') && contact.country && !['US', 'GB'].includes(contact.country) && !('inCountryOnly' in channel && channel.inCountryOnly)) {
          say(dataFile, here('channels', c), `${channel.tel} is dialled in the country: mark it inCountryOnly: true`);
        }
      }
      if (channel.kind === 'call' && channel.tel === undefined && contact.status === 'confirmed') say(dataFile, here('channels', c), 'a confirmed contact needs a number that can be dialled');
      if (channel.kind === 'call' && channel.note) {
        used.notes.add(channel.note);
        if (!words.contacts.channelNotes[channel.note]) say(dataFile, here('channels', c, 'note'), `"${channel.note}" has no text in content/${w('contacts.yaml')} channelNotes`);
      }
    });
  });
  for (const [file, fileWords] of Object.entries(words.contactFiles)) {
    for (const id of Object.keys(fileWords.contacts)) {
      const belongs = contactsById.has(id) ? originOf(id).wordsFile : undefined;
      if (belongs === undefined) say(w(file), ['contacts', id], `no such contact in content/data/${file}`);
      else if (belongs === null) say(w(file), ['contacts', id], 'a local contact: its words go in content/data/local-contacts.yaml');
      else if (belongs !== file) say(w(file), ['contacts', id], `belongs in content/${w(belongs)}`);
    }
    for (const id of Object.keys(fileWords.channelNotes)) {
      if (!used.notes.has(id)) say(w(file), ['channelNotes', id], 'not used by any channel');
    }
  }
  data.withheld.forEach((entry, i) => {
    if (contactsById.has(entry.id)) say('data/withheld-contacts.yaml', ['withheld', i, 'id'], `"${entry.id}" is withheld but also listed as a contact`);
  });

  // Referrals: contacts exist, belong to the place, the first is confirmed, and a person asking
  // about themself never sees a law- or immigration-enforcement contact (the emergency number aside).
  const checkEntry = (segments: PropertyKey[], jurisdiction: Jurisdiction, perspective: string, entry: { contacts: string[]; nextSteps: string[] }, isOutcome: boolean) => {
    entry.contacts.forEach((id, i) => {
      used.contacts.add(id);
      const contact = contactsById.get(id);
      const here = [...segments, 'contacts', i];
      if (!contact) return say('data/referrals.yaml', here, `no contact "${id}"`);
      const expected = jurisdiction === 'INTL' ? undefined : TABLE_COUNTRY[jurisdiction];
      if (contact.country !== expected) say('data/referrals.yaml', here, `"${id}" is not a contact ${expected ? `in ${expected}` : 'for anywhere (a global fallback)'}`);
      if (isOutcome && i === 0 && contact.status !== 'confirmed') say('data/referrals.yaml', here, `"${id}" is unconfirmed and cannot be the recommended action`);
      if (perspective === 'self' && contact.kind !== 'emergency' && (contact.lawEnforcement || contact.immigrationEnforcement)) {
        say('data/referrals.yaml', here, `"${id}" is law or immigration enforcement: never on a result for a person asking about themself`);
      }
    });
    entry.nextSteps.forEach((id, i) => {
      used.nextSteps.add(id);
      if (!words.nextSteps[id]) say('data/referrals.yaml', [...segments, 'nextSteps', i], `no text "${id}" in content/${w('next-steps.yaml')}`);
    });
  };
  for (const outcome of OUTCOME_IDS) {
    for (const [jurisdiction, byPerspective] of Object.entries(data.referrals.outcomes[outcome])) {
      for (const [perspective, entry] of Object.entries(byPerspective)) {
        const segments = ['outcomes', outcome, jurisdiction, perspective];
        checkEntry(segments, jurisdiction as Jurisdiction, perspective, entry, true);
        if (outcome === 'emergency' && contactsById.get(entry.contacts[0])?.kind !== 'emergency') say('data/referrals.yaml', [...segments, 'contacts', 0], 'must be an emergency number');
      }
    }
  }
  for (const role of REFERRAL_ROLES) {
    for (const [jurisdiction, byPerspective] of Object.entries(data.referrals.roles[role])) {
      for (const [perspective, entry] of Object.entries(byPerspective)) {
        const segments = ['roles', role, jurisdiction, perspective];
        checkEntry(segments, jurisdiction as Jurisdiction, perspective, entry, false);
        if (entry.contacts.length + entry.nextSteps.length === 0) say('data/referrals.yaml', segments, 'adds nothing');
      }
    }
  }
  data.referrals.afterDanger.forEach((id, i) => {
    used.nextSteps.add(id);
    if (!words.nextSteps[id]) say('data/referrals.yaml', ['afterDanger', i], `no text "${id}" in content/${w('next-steps.yaml')}`);
  });
  data.contacts.forEach((contact) => {
    // Country contacts are chosen by rule (machines/referrals.ts); the tables must use every other one.
    const origin = originOf(contact.id);
    if (origin.wordsFile === 'contacts.yaml' && !used.contacts.has(contact.id)) {
      say(origin.file, ['contacts', origin.index], `${contact.id}: not used in any referral (orphan)`);
    }
  });
  for (const id of Object.keys(words.nextSteps)) {
    if (!used.nextSteps.has(id)) say(w('next-steps.yaml'), [id], 'not used in any referral (orphan)');
  }

  // Questions and definitions.
  for (const [fact, question] of Object.entries(words.questions)) {
    question.definitions.forEach((id, i) => {
      used.definitions.add(id);
      if (!words.definitions[id]) say(w('questions.yaml'), [fact, 'definitions', i], `no definition "${id}" in content/${w('definitions.yaml')}`);
    });
    const signIds = (question.signs ?? []).map((s) => s.id);
    if (new Set(signIds).size !== signIds.length) say(w('questions.yaml'), [fact, 'signs'], 'two signs share an id');
  }
  words.learn.definitions.forEach((id, i) => {
    if (!words.definitions[id]) say(w('learn.yaml'), ['definitions', i], `no definition "${id}" in content/${w('definitions.yaml')}`);
  });
  for (const id of Object.keys(words.definitions)) {
    if (!used.definitions.has(id)) say(w('definitions.yaml'), [id], 'not linked from any question (orphan)');
    if (!words.learn.definitions.includes(id)) say(w('learn.yaml'), ['definitions'], `"${id}" is missing (every definition is on the Learn page)`);
  }

  // Outcomes: one reason per rule clause, and no others.
  for (const clause of CLAUSE_IDS) {
    if (!words.outcomes.reasons[clause]) say(w('outcomes.yaml'), ['reasons', clause], 'missing (a clause of machines/rules.ts)');
  }
  for (const clause of Object.keys(words.outcomes.reasons)) {
    if (!CLAUSE_IDS.includes(clause)) say(w('outcomes.yaml'), ['reasons', clause], 'no such rule clause');
  }

  // Scenarios: data and words pair up; facts are possible.
  const scenarioIds = new Set<string>();
  data.scenarios.forEach((scenario, index) => {
    const here = (...segments: PropertyKey[]) => ['scenarios', index, ...segments];
    if (scenarioIds.has(scenario.id)) say('data/scenarios.yaml', here('id'), `"${scenario.id}" is used twice`);
    scenarioIds.add(scenario.id);
    if (!words.scenarios[scenario.id]) say(w('scenarios.yaml'), [scenario.id], `missing (the scenario is in content/data/scenarios.yaml)`);
    for (const problem of contradictions(scenario.facts)) say('data/scenarios.yaml', here('facts', problem.fact), problem.message);
  });
  for (const id of Object.keys(words.scenarios)) {
    if (!scenarioIds.has(id)) say(w('scenarios.yaml'), [id], 'no such scenario in content/data/scenarios.yaml');
  }
  return problems;
}

/** Facts that contradict their prerequisite, e.g. smuggled without crossing a border. */
export function contradictions(facts: Partial<Record<FactId, string>>): { fact: FactId; message: string }[] {
  return Object.entries(PREREQUISITES)
    .filter(([fact, prerequisite]) => facts[fact as FactId] === 'yes' && facts[prerequisite] === 'no')
    .map(([fact, prerequisite]) => ({ fact: fact as FactId, message: `is yes, but ${prerequisite} is no` }));
}

/** The same, as "<fact>: <message>" lines (the scenario runner's form). */
export const impossibleFacts = (facts: Partial<Record<FactId, string>>): string[] => contradictions(facts).map((c) => `${c.fact}: ${c.message}`);
