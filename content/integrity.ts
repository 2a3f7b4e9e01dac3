import { OUTCOME_IDS, PREREQUISITES, type FactId, type Jurisdiction } from '../machines/facts';
import { REFERRAL_ROLES } from '../machines/referrals';
import { CLAUSE_IDS } from '../machines/rules';
import type { Content } from './load';
import { displayMatchesTel } from './phone';

/**
 * Cross-file checks that a schema cannot make: every referenced id exists, nothing is orphaned,
 * the recommended contact is always a confirmed one, numbers are written as they are dialled.
 * Returns one message per problem, naming the file and the field.
 */
export function checkIntegrity({ data, words }: Content): string[] {
  const problems: string[] = [];
  const w = (file: string) => `content/${words.locale}/${file}`;
  const contactsById = new Map(data.contacts.map((c) => [c.id, c]));
  const used = { contacts: new Set<string>(), nextSteps: new Set<string>(), definitions: new Set<string>(), notes: new Set<string>() };

  // Contacts: data and words pair up; numbers are consistent.
  const seen = new Set<string>();
  data.contacts.forEach((contact, index) => {
    const at = `content/data/contacts.yaml: contacts.${index} (${contact.id})`;
    if (seen.has(contact.id)) problems.push(`${at}: id is used twice`);
    seen.add(contact.id);
    if (!words.contacts.contacts[contact.id]) problems.push(`${w('contacts.yaml')}: contacts.${contact.id}: missing (the contact is in content/data/contacts.yaml)`);
    contact.channels.forEach((channel, c) => {
      if ((channel.kind === 'call' || channel.kind === 'text' || channel.kind === 'tty') && !displayMatchesTel(channel.tel, channel.display)) {
        problems.push(`${at}: channels.${c}.display "${channel.display}" is not the number ${channel.tel}`);
      }
      if (channel.kind === 'call' && channel.note) {
        used.notes.add(channel.note);
        if (!words.contacts.channelNotes[channel.note]) problems.push(`${at}: channels.${c}.note "${channel.note}" has no text in ${w('contacts.yaml')} channelNotes`);
      }
    });
  });
  for (const id of Object.keys(words.contacts.contacts)) {
    if (!contactsById.has(id)) problems.push(`${w('contacts.yaml')}: contacts.${id}: no such contact in content/data/contacts.yaml`);
  }
  for (const id of Object.keys(words.contacts.channelNotes)) {
    if (!used.notes.has(id)) problems.push(`${w('contacts.yaml')}: channelNotes.${id}: not used by any channel`);
  }
  for (const contact of data.contacts) {
    if (contact.immigrationEnforcement && !words.contacts.contacts[contact.id]?.selfWarning) {
      problems.push(`${w('contacts.yaml')}: contacts.${contact.id}.selfWarning: required for an immigration-enforcement contact`);
    }
    if (contact.status === 'unconfirmed' && (words.contacts.contacts[contact.id]?.caveats ?? []).length === 0) {
      problems.push(`${w('contacts.yaml')}: contacts.${contact.id}.caveats: an unconfirmed contact must say its number should be checked`);
    }
  }

  // Referrals: contacts exist, belong to the jurisdiction, and the first is confirmed.
  const checkEntry = (where: string, jurisdiction: Jurisdiction, entry: { contacts: string[]; nextSteps: string[] }, isOutcome: boolean) => {
    entry.contacts.forEach((id, i) => {
      used.contacts.add(id);
      const contact = contactsById.get(id);
      if (!contact) return problems.push(`content/data/referrals.yaml: ${where}.contacts.${i}: no contact "${id}"`);
      if (contact.jurisdiction !== jurisdiction) problems.push(`content/data/referrals.yaml: ${where}.contacts.${i}: "${id}" is a ${contact.jurisdiction} contact`);
      if (isOutcome && i === 0 && contact.status !== 'confirmed') problems.push(`content/data/referrals.yaml: ${where}.contacts.0: "${id}" is unconfirmed and cannot be the recommended action`);
    });
    entry.nextSteps.forEach((id, i) => {
      used.nextSteps.add(id);
      if (!words.nextSteps[id]) problems.push(`content/data/referrals.yaml: ${where}.nextSteps.${i}: no text "${id}" in ${w('next-steps.yaml')}`);
    });
  };
  for (const outcome of OUTCOME_IDS) {
    for (const [jurisdiction, byPerspective] of Object.entries(data.referrals.outcomes[outcome])) {
      for (const [perspective, entry] of Object.entries(byPerspective)) {
        checkEntry(`outcomes.${outcome}.${jurisdiction}.${perspective}`, jurisdiction as Jurisdiction, entry, true);
        if (outcome === 'emergency' && !contactsById.get(entry.contacts[0])?.emergency) {
          problems.push(`content/data/referrals.yaml: outcomes.emergency.${jurisdiction}.${perspective}.contacts.0: must be an emergency number`);
        }
      }
    }
  }
  for (const role of REFERRAL_ROLES) {
    for (const [jurisdiction, byPerspective] of Object.entries(data.referrals.roles[role])) {
      for (const [perspective, entry] of Object.entries(byPerspective)) {
        checkEntry(`roles.${role}.${jurisdiction}.${perspective}`, jurisdiction as Jurisdiction, entry, false);
        if (entry.contacts.length + entry.nextSteps.length === 0) problems.push(`content/data/referrals.yaml: roles.${role}.${jurisdiction}.${perspective}: adds nothing`);
      }
    }
  }
  data.referrals.afterDanger.forEach((id, i) => {
    used.nextSteps.add(id);
    if (!words.nextSteps[id]) problems.push(`content/data/referrals.yaml: afterDanger.${i}: no text "${id}" in ${w('next-steps.yaml')}`);
  });
  for (const contact of data.contacts) {
    if (!used.contacts.has(contact.id)) problems.push(`content/data/contacts.yaml: ${contact.id}: not used in any referral (orphan)`);
  }
  for (const id of Object.keys(words.nextSteps)) {
    if (!used.nextSteps.has(id)) problems.push(`${w('next-steps.yaml')}: ${id}: not used in any referral (orphan)`);
  }

  // Questions and definitions.
  for (const [fact, question] of Object.entries(words.questions)) {
    question.definitions.forEach((id, i) => {
      used.definitions.add(id);
      if (!words.definitions[id]) problems.push(`${w('questions.yaml')}: ${fact}.definitions.${i}: no definition "${id}" in ${w('definitions.yaml')}`);
    });
    const signIds = (question.signs ?? []).map((s) => s.id);
    if (new Set(signIds).size !== signIds.length) problems.push(`${w('questions.yaml')}: ${fact}.signs: two signs share an id`);
  }
  words.learn.definitions.forEach((id, i) => {
    if (!words.definitions[id]) problems.push(`${w('learn.yaml')}: definitions.${i}: no definition "${id}" in ${w('definitions.yaml')}`);
  });
  for (const id of Object.keys(words.definitions)) {
    if (!used.definitions.has(id)) problems.push(`${w('definitions.yaml')}: ${id}: not linked from any question (orphan)`);
    if (!words.learn.definitions.includes(id)) problems.push(`${w('learn.yaml')}: definitions: "${id}" is missing (every definition is on the Learn page)`);
  }

  // Outcomes: one reason per rule clause, and no others.
  for (const clause of CLAUSE_IDS) {
    if (!words.outcomes.reasons[clause]) problems.push(`${w('outcomes.yaml')}: reasons.${clause}: missing (a clause of machines/rules.ts)`);
  }
  for (const clause of Object.keys(words.outcomes.reasons)) {
    if (!CLAUSE_IDS.includes(clause)) problems.push(`${w('outcomes.yaml')}: reasons.${clause}: no such rule clause`);
  }

  // Scenarios: data and words pair up; facts are possible.
  const scenarioIds = new Set<string>();
  data.scenarios.forEach((scenario, index) => {
    const at = `content/data/scenarios.yaml: scenarios.${index} (${scenario.id})`;
    if (scenarioIds.has(scenario.id)) problems.push(`${at}: id is used twice`);
    scenarioIds.add(scenario.id);
    if (!words.scenarios[scenario.id]) problems.push(`${w('scenarios.yaml')}: ${scenario.id}: missing (the scenario is in content/data/scenarios.yaml)`);
    problems.push(...impossibleFacts(scenario.facts).map((p) => `${at}: facts.${p}`));
  });
  for (const id of Object.keys(words.scenarios)) {
    if (!scenarioIds.has(id)) problems.push(`${w('scenarios.yaml')}: ${id}: no such scenario in content/data/scenarios.yaml`);
  }
  return problems;
}

/** Facts that contradict their prerequisite, e.g. smuggled without crossing a border. */
export function impossibleFacts(facts: Partial<Record<FactId, string>>): string[] {
  return Object.entries(PREREQUISITES)
    .filter(([fact, prerequisite]) => facts[fact as FactId] === 'yes' && facts[prerequisite] === 'no')
    .map(([fact, prerequisite]) => `${fact}: is yes, but ${prerequisite} is no`);
}
