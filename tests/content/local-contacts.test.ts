import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contactFacts } from '../../content/contact-facts';
import { ContentError, LOCALES, loadContent } from '../../content/load';
import type { CountryCode } from '../../machines/country-codes';
import type { Answers, Jurisdiction, OutcomeId, Perspective } from '../../machines/facts';
import { contactDirectory, planReferral, resolveReferral } from '../../machines/referrals';
import { placeFor } from '../support/referrals';

/**
 * content/data/local-contacts.yaml: an organisation's own contacts in its copy of the tool. Each
 * test writes the file into a copy of the content and loads it as the build does.
 */

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyWith(localContacts: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'local-contacts-'));
  dirs.push(dir);
  cpSync('content', dir, { recursive: true });
  writeFileSync(path.join(dir, 'data', 'local-contacts.yaml'), localContacts);
  return dir;
}

function problemsOf(localContacts: string): string[] {
  const dir = copyWith(localContacts);
  try {
    for (const locale of LOCALES) loadContent(locale, dir);
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  return [];
}

/** Words in every language, as an organisation writes them (the same words stand in for each here). */
const wordsFor = (name: string, extra = '') =>
  `    words:\n${LOCALES.map((l) => `      ${l}: { name: "${name} (${l})"${extra} }`).join('\n')}\n`;

interface Entry {
  id: string;
  country?: string;
  status?: string;
  kind?: string;
  audience?: string;
  lawEnforcement?: boolean;
  hours?: string;
  channel?: string;
  source?: string | null;
  words?: string | null;
}
function entry(e: Entry): string {
  const lines = [
    `  - id: ${e.id}`,
    e.country === undefined ? '' : `    country: ${e.country}`,
    `    status: ${e.status ?? 'confirmed'}`,
    `    kind: ${e.kind ?? 'line'}`,
    e.audience ? `    audience: ${e.audience}` : '',
    e.lawEnforcement ? '    lawEnforcement: true' : '',
    `    reportsToPolice: "no"`,
    `    hours: ${e.hours ?? '24/7'}`,
    `    channels:`,
    `      - ${e.channel ?? '{ kind: call, tel: "5555550100", display: "55 5555 0100", inCountryOnly: true }'}`,
    e.source === null ? '' : `    source: ${e.source ?? 'The shelter\'s own leaflet, 2026 edition, checked by phone'}`,
    `    checked: 2026-12-01`,
  ].filter(Boolean);
  return `${lines.join('\n')}\n${e.words === null ? '' : (e.words ?? wordsFor(`Shelter ${e.id}`))}`;
}
const file = (...entries: string[]) => `# an organisation's copy\ncontacts:\n${entries.join('')}`;

/** The contact ids a person sees, in order, with this copy of the content. */
function seenWith(dir: string) {
  const { data } = loadContent('en', dir);
  const directory = contactDirectory(contactFacts(data.contacts));
  return (outcome: OutcomeId, jurisdiction: Jurisdiction, perspective: Perspective, answers: Answers = {}, country: CountryCode | null = null) => {
    const r = resolveReferral(planReferral(outcome, perspective, answers), placeFor(jurisdiction, country), data.referrals, directory);
    return { first: r.first.id, others: r.others.map((c) => c.id), reported: r.reported.map((c) => c.id) };
  };
}

describe('local contacts (content/data/local-contacts.yaml)', () => {
  it('the published tool has none, and an empty or absent file is valid', () => {
    const { data } = loadContent('en');
    expect(data.contacts.filter((c) => c.local)).toEqual([]);
    expect(problemsOf('contacts:\n')).toEqual([]);
    const dir = copyWith('contacts: []\n');
    rmSync(path.join(dir, 'data', 'local-contacts.yaml'));
    expect(() => loadContent('en', dir)).not.toThrow();
  });

  it('a confirmed local line in Mexico follows the national line, before the directory, in every result and language', () => {
    const dir = copyWith(file(entry({ id: 'mx-local-shelter', country: 'MX' })));
    const seen = seenWith(dir);
    for (const perspective of ['self', 'other'] as const) {
      for (const outcome of ['labor_trafficking', 'sex_trafficking', 'possible_trafficking'] as const) {
        const r = seen(outcome, 'INTL', perspective, {}, 'MX');
        expect(r.first).toBe('mx-trata-line');
        expect(r.others).toContain('mx-local-shelter');
        expect(r.others.indexOf('mx-local-shelter')).toBeLessThan(r.others.indexOf('intl-directory'));
      }
      // In danger, the emergency number still leads; the local line comes with the national one.
      const emergency = seen('emergency', 'INTL', perspective, { danger: 'yes' }, 'MX');
      expect(emergency.first).toBe('mx-911');
      expect(emergency.others).toContain('mx-local-shelter');
    }
    for (const locale of LOCALES) expect(loadContent(locale, dir).words.contacts.contacts['mx-local-shelter'].name).toBe(`Shelter mx-local-shelter (${locale})`);
    // Not in another country.
    expect(seen('labor_trafficking', 'INTL', 'self', {}, 'CA').others).not.toContain('mx-local-shelter');
    expect(seen('labor_trafficking', 'INTL', 'self', {}, null).others).not.toContain('mx-local-shelter');
  });

  it('a local line never becomes the first action, even where the country has no confirmed line (the directory leads)', () => {
    const seen = seenWith(copyWith(file(entry({ id: 'de-local-line', country: 'DE', channel: '{ kind: call, tel: "+4930555010", display: "+49 30 555010" }' }))));
    const r = seen('labor_trafficking', 'INTL', 'self', {}, 'DE');
    expect(r.first).toBe('intl-directory');
    expect(r.others).toContain('de-local-line');
  });

  it('an unconfirmed local contact is shown only as a reported number, never among the confirmed ones', () => {
    const seen = seenWith(copyWith(file(entry({ id: 'mx-local-unchecked', country: 'MX', status: 'unconfirmed' }))));
    const r = seen('labor_trafficking', 'INTL', 'other', {}, 'MX');
    expect(r.first).toBe('mx-trata-line');
    expect(r.others).not.toContain('mx-local-unchecked');
    expect(r.reported).toContain('mx-local-unchecked');
  });

  it('a police-run local line is never on a result for a person asking about themself', () => {
    const seen = seenWith(copyWith(file(entry({ id: 'mx-local-police', country: 'MX', lawEnforcement: true }))));
    expect(seen('labor_trafficking', 'INTL', 'self', {}, 'MX').others).not.toContain('mx-local-police');
    expect(seen('labor_trafficking', 'INTL', 'other', {}, 'MX').others).toContain('mx-local-police');
  });

  it('a line for women only is shown after the first action, and never leads', () => {
    const seen = seenWith(copyWith(file(entry({ id: 'mx-local-women', country: 'MX', audience: 'women' }))));
    const r = seen('sex_trafficking', 'INTL', 'self', {}, 'MX');
    expect(r.first).toBe('mx-trata-line');
    expect(r.others).toContain('mx-local-women');
  });

  it('in the US and the UK a local contact follows the national table; a local child line joins only when the child role applies', () => {
    const dir = copyWith(
      file(
        entry({ id: 'us-local-line', country: 'US', channel: '{ kind: call, tel: "+12025550100", display: "(202) 555-0100" }' }),
        entry({ id: 'us-local-child', country: 'US', kind: 'child', channel: '{ kind: call, tel: "+12025550101", display: "(202) 555-0101" }' }),
        entry({ id: 'gb-local-line', country: 'GB', channel: '{ kind: call, tel: "+442079460000", display: "020 7946 0000" }' }),
      ),
    );
    const seen = seenWith(dir);
    const adult = seen('labor_trafficking', 'US', 'self', { under18: 'no' });
    expect(adult.first).toBe('us-nhth');
    expect(adult.others.at(-1)).toBe('us-local-line');
    expect(adult.others).not.toContain('us-local-child');
    const child = seen('labor_trafficking', 'US', 'other', { under18: 'yes' });
    expect(child.first).toBe('us-nhth');
    expect(child.others).toEqual(expect.arrayContaining(['us-local-line', 'us-local-child']));
    const uk = seen('labor_trafficking', 'UK', 'self', {});
    expect(uk.others).toContain('gb-local-line');
    expect(uk.others).not.toContain('us-local-line');
    expect(seen('emergency', 'US', 'self', { danger: 'yes' }).first).toBe('us-911');
  });

  it('an entry with a listed id corrects that contact where it stands, keeping its words unless it gives new ones', () => {
    const listed = loadContent('en').data.contacts.find((c) => c.id === 'mx-trata-line')!;
    const corrected = entry({ id: 'mx-trata-line', country: 'MX', hours: 'limited', words: null });
    // Hours limited needs words saying the hours: a correction without words keeps the listed ones, which do not.
    expect(problemsOf(file(corrected))).toEqual([expect.stringMatching(/^content\/en\/country-contacts\.yaml:\d+: contacts\.mx-trata-line\.hours: required: the data says its hours are limited$/)]);

    const dir = copyWith(file(entry({ id: 'mx-trata-line', country: 'MX', words: null })));
    const { data, words } = loadContent('es', dir);
    const contact = data.contacts.find((c) => c.id === 'mx-trata-line')!;
    expect(contact.channels).toEqual([{ kind: 'call', tel: '5555550100', display: '55 5555 0100', inCountryOnly: true }]);
    expect(contact.local).toBe(false);
    expect(data.contacts.filter((c) => c.country === 'MX').map((c) => c.id)).toEqual(['mx-911', 'mx-trata-line', 'mx-trata-whatsapp']);
    expect(words.contacts.contacts['mx-trata-line'].name).toBe(loadContent('es').words.contacts.contacts['mx-trata-line'].name);
    expect(listed.channels).not.toEqual(contact.channels);
    expect(seenWith(dir)('labor_trafficking', 'INTL', 'self', {}, 'MX').first).toBe('mx-trata-line');

    const renamed = copyWith(file(entry({ id: 'mx-trata-line', country: 'MX' })));
    expect(loadContent('pt', renamed).words.contacts.contacts['mx-trata-line'].name).toBe('Shelter mx-trata-line (pt)');
  });

  it('bad entries fail, each naming the file, the line and the field', () => {
    const line = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
    const cases: { name: string; text: string; expected: (text: string) => string[] }[] = [
      {
        name: 'no source',
        text: file(entry({ id: 'mx-local-a', country: 'MX', source: null })),
        expected: (t) => [`content/data/local-contacts.yaml:${line(t, '- id: mx-local-a')}: contacts.0.source: Invalid input: expected string, received undefined`],
      },
      {
        name: 'no words',
        text: file(entry({ id: 'mx-local-a', country: 'MX', words: null })),
        expected: (t) => [`content/data/local-contacts.yaml:${line(t, '- id: mx-local-a')}: contacts.0.words: required: the contact's words in every language (en, es, fr, pt)`],
      },
      {
        name: 'French words missing',
        text: file(entry({ id: 'mx-local-a', country: 'MX', words: `    words:\n${['en', 'es', 'pt'].map((l) => `      ${l}: { name: "Shelter" }`).join('\n')}\n` })),
        expected: (t) => [`content/data/local-contacts.yaml:${line(t, 'words:')}: contacts.0.words.fr: missing: a local contact needs its words in every language the site is built in (en, es, fr, pt)`],
      },
      {
        name: 'no country',
        text: file(entry({ id: 'local-a' })),
        expected: (t) => [`content/data/local-contacts.yaml:${line(t, '- id: local-a')}: contacts.0.country: required: the country the contact works in, such as MX`],
      },
      {
        name: 'not a country',
        text: file(entry({ id: 'local-a', country: 'XX' })),
        expected: (t) => [`content/data/local-contacts.yaml:${line(t, 'country: XX')}: contacts.0.country: an ISO 3166-1 alpha-2 country code such as MX`],
      },
      {
        name: 'a new emergency number',
        text: file(entry({ id: 'mx-local-a', country: 'MX', kind: 'emergency' })),
        expected: (t) => [`content/data/local-contacts.yaml:${line(t, 'kind: emergency')}: contacts.0.kind: a new emergency number is not a local contact: correct the country's listed emergency entry by its id instead`],
      },
      {
        name: 'the same id twice',
        text: file(entry({ id: 'mx-local-a', country: 'MX' }), entry({ id: 'mx-local-a', country: 'MX' })),
        expected: (t) => [`content/data/local-contacts.yaml:${t.split('\n').lastIndexOf('  - id: mx-local-a') + 1}: contacts.1.id: "mx-local-a" is used twice`],
      },
      {
        name: 'a correction that moves the contact to another country',
        text: file(entry({ id: 'mx-trata-line', country: 'GT', words: null })),
        expected: (t) => [`content/data/local-contacts.yaml:${line(t, 'country: GT')}: contacts.0.country: a correction keeps the country of the contact it corrects (MX)`],
      },
      {
        name: 'a written number that is not the dialled one',
        text: file(entry({ id: 'mx-local-a', country: 'MX', channel: '{ kind: call, tel: "5555550100", display: "55 5555 0199", inCountryOnly: true }' })),
        expected: (t) => [`content/data/local-contacts.yaml:${line(t, 'channels:') + 1}: contacts.0.channels.0.display: "55 5555 0199" is not the number 5555550100`],
      },
      {
        name: 'a local number not marked as dialled only in the country',
        text: file(entry({ id: 'mx-local-a', country: 'MX', channel: '{ kind: call, tel: "5555550100", display: "55 5555 0100" }' })),
        expected: (t) => [`content/data/local-contacts.yaml:${line(t, 'channels:') + 1}: contacts.0.channels.0: 5555550100 is dialled in the country: mark it inCountryOnly: true`],
      },
      {
        name: 'limited hours without the hours in words',
        text: file(entry({ id: 'mx-local-a', country: 'MX', hours: 'limited' })),
        // The English build fails first; each language's build names its own words.
        expected: (t) => [`content/data/local-contacts.yaml:${line(t, '      en: {')}: contacts.0.words.en.hours: required: the data says its hours are limited`],
      },
      {
        name: 'an unknown field',
        text: file(entry({ id: 'mx-local-a', country: 'MX' }).replace('    status:', '    priority: 1\n    status:')),
        expected: (t) => [`content/data/local-contacts.yaml:${line(t, '- id: mx-local-a')}: (top level): Unrecognized key: "priority"`.replace('(top level)', 'contacts.0')],
      },
    ];
    for (const { name, text, expected } of cases) {
      expect(problemsOf(text), name).toEqual(expected(text));
    }
  });

  it("a local contact's words belong in the local file, not in a language folder", () => {
    const dir = copyWith(file(entry({ id: 'mx-local-a', country: 'MX' })));
    const words = path.join(dir, 'en', 'country-contacts.yaml');
    writeFileSync(words, readFileSync(words, 'utf8').replace(/^contacts:\n/m, 'contacts:\n  mx-local-a: { name: "Shelter" }\n'));
    expect(() => loadContent('en', dir)).toThrow(/content\/en\/country-contacts\.yaml:\d+: contacts\.mx-local-a: a local contact: its words go in content\/data\/local-contacts\.yaml/);
  });

  it('the example in content/README.md ("Add local contacts") is valid and shows as described', () => {
    const readme = readFileSync('content/README.md', 'utf8');
    const example = /## Add local contacts[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1];
    expect(problemsOf(example)).toEqual([]);
    const dir = copyWith(example);
    const r = seenWith(dir)('labor_trafficking', 'INTL', 'self', {}, 'MX');
    expect(r.first).toBe('mx-trata-line');
    expect(r.others).toContain('mx-casa-refugio');
    expect(loadContent('fr', dir).words.contacts.contacts['mx-casa-refugio'].hours).toBe('Du lundi au vendredi, de 9 h à 18 h');
  });

  it('npm run content:check accepts a good local file and rejects a bad one with its line', () => {
    const run = (dir: string) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--dir', dir], { encoding: 'utf8' });
    const good = run(copyWith(file(entry({ id: 'mx-local-shelter', country: 'MX' }))));
    expect(good.status, good.stderr).toBe(0);
    const bad = run(copyWith(file(entry({ id: 'mx-local-shelter', country: 'MX', source: null }))));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/content\/data\/local-contacts\.yaml:3: contacts\.0\.source: /);
    expect(bad.stderr).not.toMatch(/^\s+at /m);
  });
});
