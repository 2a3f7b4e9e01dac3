import { existsSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, isScalar, isSeq } from 'yaml';
import type { z } from 'zod';
import { checkIntegrity } from './integrity';
import { describeError } from './messages';
import { valueTooDeep, yamlTooDeep, MAX_DEPTH } from './nesting';
import { parityProblems } from './parity';
import { readTextFile } from './safe-read';
import {
  contactsFile,
  contactsWordsFile,
  definitionsFile,
  nextStepsFile,
  outcomesFile,
  questionsFile,
  referralsFile,
  scenariosFile,
  scenariosWordsFile,
  uiFile,
  learnFile,
  localContactsFile,
  safetyFile,
  sameAsEnFile,
  withheldFile,
  translationsFile,
  type ContactData,
  type LocalContact,
} from './schema';

/**
 * The one way content is read. Every file is parsed with its zod schema; a bad file fails with a
 * message that names the file, the field and the line. Runs at build and test time only (Node):
 * the browser receives plain, already-validated data.
 */
import { LOCALES, type Locale } from './locales';

export { LOCALES, type Locale };

export class ContentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Content is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

export const DEFAULT_CONTENT_DIR = path.join(process.cwd(), 'content');

function describePath(segments: readonly PropertyKey[]): string {
  return segments.length === 0 ? '(top level)' : segments.map(String).join('.');
}

interface Parsed {
  readonly document: ReturnType<typeof parseDocument>;
  readonly lineCounter: LineCounter;
}
/** The parsed YAML of each file read, by full path: cross-file checks use it to name the line. */
const parsedFiles = new Map<string, Parsed>();

/** The line of the deepest node of `segments` that exists in a file read earlier, if any. */
export function lineOf(dir: string, file: string, segments: readonly PropertyKey[]): number | undefined {
  const parsed = parsedFiles.get(path.join(dir, file));
  return parsed ? lineIn(parsed, segments) : undefined;
}

/** "content/<file>:<line>: <path>", the form of every content message. */
export function where(dir: string, file: string, segments: readonly PropertyKey[]): string {
  const line = lineOf(dir, file, segments);
  return `${path.join('content', file)}${line ? `:${line}` : ''}: ${describePath(segments)}`;
}

/**
 * Reads and parses one YAML file, refusing what could hang or crash the reader: not a regular file,
 * over 20 MB, not strict UTF-8 (a Latin-1 file fails with the byte offset; a BOM is dropped), or
 * nested more than MAX_DEPTH levels. Problems name the file and, where there is one, the line.
 */
function parseContentFile(dir: string, file: string): Parsed & { value: unknown } {
  const fullPath = path.join(dir, file);
  const shown = path.join('content', file);
  const read = readTextFile(fullPath, { shownAs: shown });
  if (!read.ok) throw new ContentError([read.problem.replace(/^cannot read (.*): ENOENT \(no such file\)$/, '$1: file is missing')]);
  const source = read.text;
  const deep = yamlTooDeep(source);
  if (deep) throw new ContentError([`${shown}:${deep.line}: nested more than ${MAX_DEPTH} levels deep`]);
  const lineCounter = new LineCounter();
  let document: ReturnType<typeof parseDocument>;
  let value: unknown;
  try {
    document = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
    if (document.errors.length > 0) {
      throw new ContentError(document.errors.map((e) => `${shown}:${e.linePos?.[0]?.line ?? '?'}: ${e.message.split('\n')[0]}`));
    }
    // Aliases can build a deeper value than the text shows (and many copies of one): YAML's own
    // alias limit stops the copies; this stops the depth.
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError([`${shown}: cannot be read as YAML (${describeError(error)})`]);
  }
  const tooDeep = valueTooDeep(value);
  if (tooDeep) throw new ContentError([`${shown}: ${tooDeep.slice(0, 8).join('.')}…: nested more than ${MAX_DEPTH} levels deep`]);
  const parsed = { document, lineCounter };
  parsedFiles.set(fullPath, parsed);
  return { ...parsed, value };
}

/**
 * The line where a field starts: its key's line in a map (a block value starts on the next line),
 * the item's line in a list; undefined if it is not there.
 */
function exactLineIn(parsed: Parsed, segments: readonly PropertyKey[]): number | undefined {
  const line = (node: unknown) => (isNode(node) && node.range ? parsed.lineCounter.linePos(node.range[0]).line : undefined);
  if (segments.length === 0) return line(parsed.document.contents);
  const parent = parsed.document.getIn(segments.slice(0, -1) as unknown[], true);
  const last = segments[segments.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === last);
    return pair ? (line(pair.key) ?? line(pair.value)) : undefined;
  }
  if (isSeq(parent) && typeof last === 'number') return line(parent.items[last]);
  return undefined;
}

/** The line of the deepest part of `segments` that exists in a parsed file. */
function lineIn(parsed: Parsed, segments: readonly PropertyKey[]): number | undefined {
  for (let depth = segments.length; depth >= 0; depth--) {
    const line = exactLineIn(parsed, segments.slice(0, depth));
    if (line) return line;
  }
  return undefined;
}

/** Reads one YAML file and parses it with its schema. */
export function readContentFile<T extends z.ZodType>(dir: string, file: string, schema: T): z.output<T> {
  const { value } = parseContentFile(dir, file);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new ContentError(result.error.issues.map((issue) => `${where(dir, file, issue.path)}: ${issue.message}`));
}

/** Runs each read, collecting every file's problems before failing, so one run shows them all. */
function collect<T extends Record<string, () => unknown>>(reads: T): { [K in keyof T]: ReturnType<T[K]> } {
  const problems: string[] = [];
  const result: Record<string, unknown> = {};
  for (const [key, read] of Object.entries(reads)) {
    try {
      result[key] = read();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
    }
  }
  // A file read by two parts (data/local-contacts.yaml) reports its problems once.
  if (problems.length > 0) throw new ContentError([...new Set(problems)]);
  return result as { [K in keyof T]: ReturnType<T[K]> };
}

/** A contact as the tool uses it: `local` when the organisation running this copy added it. */
export type LoadedContact = ContactData & { readonly local: boolean };

/** Where a contact's entry in force is written, so every message can name its file and line. */
export interface ContactOrigin {
  /** The data file and the entry's index in it (data/local-contacts.yaml for a correction). */
  readonly file: string;
  readonly index: number;
  /** The locale file that holds its words, or null for a contact added in data/local-contacts.yaml. */
  readonly wordsFile: 'contacts.yaml' | 'country-contacts.yaml' | null;
  /** The entry of data/local-contacts.yaml that gives its words for every language, if one does. */
  readonly localWords?: number;
}

const LOCAL_FILE = 'data/local-contacts.yaml';

function readLocalContacts(dir: string): LocalContact[] {
  return existsSync(path.join(dir, LOCAL_FILE)) ? readContentFile(dir, LOCAL_FILE, localContactsFile).contacts : [];
}

/**
 * The listed contacts with the organisation's local ones (content/README.md, "Add local contacts"):
 * an entry with a listed id corrects that contact where it stands; a new one joins its country's
 * contacts after the listed ones. Routing never makes a new local contact the first action
 * (machines/referrals.ts): the contract's national line keeps that place.
 */
function mergeLocalContacts(dir: string, listed: { file: string; wordsFile: 'contacts.yaml' | 'country-contacts.yaml'; contacts: ContactData[] }[], local: LocalContact[]) {
  const contacts: LoadedContact[] = [];
  const origins = new Map<string, ContactOrigin>();
  const problems: string[] = [];
  for (const { file, wordsFile, contacts: list } of listed) {
    list.forEach((contact, index) => {
      if (origins.has(contact.id)) return problems.push(`${where(dir, file, ['contacts', index, 'id'])}: "${contact.id}" is used twice`);
      contacts.push({ ...contact, local: false });
      origins.set(contact.id, { file, index, wordsFile });
    });
  }
  const say = (segments: PropertyKey[], message: string) => problems.push(`${where(dir, LOCAL_FILE, segments)}: ${message}`);
  const seen = new Set<string>();
  local.forEach(({ words, ...contact }, index) => {
    if (seen.has(contact.id)) return say(['contacts', index, 'id'], `"${contact.id}" is used twice`);
    seen.add(contact.id);
    const at = contacts.findIndex((c) => c.id === contact.id);
    const listedContact = at >= 0 ? contacts[at] : undefined;
    const missing = LOCALES.filter((locale) => !words?.[locale]);
    if (listedContact) {
      if (contact.country !== listedContact.country) say(['contacts', index, 'country'], `a correction keeps the country of the contact it corrects (${listedContact.country ?? 'none: a global fallback'})`);
      if (words && missing.length > 0) missing.forEach((locale) => say(['contacts', index, 'words', locale], `missing: give the words in every language (${LOCALES.join(', ')}), or none to keep the listed words`));
      contacts[at] = { ...contact, local: false };
      origins.set(contact.id, { ...origins.get(contact.id)!, file: LOCAL_FILE, index, ...(words ? { localWords: index } : {}) });
      return;
    }
    if (!contact.country) say(['contacts', index, 'country'], 'required: the country the contact works in, such as MX');
    if (contact.kind === 'emergency') say(['contacts', index, 'kind'], "a new emergency number is not a local contact: correct the country's listed emergency entry by its id instead");
    if (!words) say(['contacts', index, 'words'], `required: the contact's words in every language (${LOCALES.join(', ')})`);
    else missing.forEach((locale) => say(['contacts', index, 'words', locale], `missing: a local contact needs its words in every language the site is built in (${LOCALES.join(', ')})`));
    contacts.push({ ...contact, local: true });
    origins.set(contact.id, { file: LOCAL_FILE, index, wordsFile: null, localWords: index });
  });
  if (problems.length > 0) throw new ContentError(problems);
  return { contacts, contactOrigins: origins as ReadonlyMap<string, ContactOrigin> };
}

export function loadData(dir = DEFAULT_CONTENT_DIR) {
  const { contacts, ...rest } = collect({
    contacts: () => {
      const files = collect({
        listed: () => readContentFile(dir, 'data/contacts.yaml', contactsFile).contacts,
        country: () => readContentFile(dir, 'data/country-contacts.yaml', contactsFile).contacts,
        local: () => readLocalContacts(dir),
      });
      return mergeLocalContacts(
        dir,
        [
          { file: 'data/contacts.yaml', wordsFile: 'contacts.yaml', contacts: files.listed },
          { file: 'data/country-contacts.yaml', wordsFile: 'country-contacts.yaml', contacts: files.country },
        ],
        files.local,
      );
    },
    withheld: () => readContentFile(dir, 'data/withheld-contacts.yaml', withheldFile).withheld,
    translations: () => readContentFile(dir, 'data/translations.yaml', translationsFile).translations,
    referrals: () => readContentFile(dir, 'data/referrals.yaml', referralsFile),
    scenarios: () => readContentFile(dir, 'data/scenarios.yaml', scenariosFile).scenarios,
  });
  return { ...rest, contacts: contacts.contacts, contactOrigins: contacts.contactOrigins };
}

export function loadWords(locale: Locale, dir = DEFAULT_CONTENT_DIR) {
  const read = <T extends z.ZodType>(name: string, schema: T) => () => readContentFile(dir, `${locale}/${name}`, schema);
  const { countryContacts, ...words } = collect({
      questions: read('questions.yaml', questionsFile),
      definitions: read('definitions.yaml', definitionsFile),
      outcomes: read('outcomes.yaml', outcomesFile),
      contacts: read('contacts.yaml', contactsWordsFile),
      countryContacts: read('country-contacts.yaml', contactsWordsFile),
      nextSteps: read('next-steps.yaml', nextStepsFile),
      scenarios: read('scenarios.yaml', scenariosWordsFile),
      ui: read('ui.yaml', uiFile),
      learn: read('learn.yaml', learnFile),
      safety: read('safety.yaml', safetyFile),
  });
  // One map of contact words for the pages; the files are kept apart only for the integrity check.
  // A local contact's words (data/local-contacts.yaml) replace the listed ones.
  const localWords = Object.fromEntries(readLocalContacts(dir).flatMap((c) => (c.words?.[locale] ? [[c.id, c.words[locale]]] : [])));
  const contacts = {
    contacts: { ...words.contacts.contacts, ...countryContacts.contacts, ...localWords },
    channelNotes: { ...words.contacts.channelNotes, ...countryContacts.channelNotes },
  };
  return { locale, ...words, contacts, contactFiles: { 'contacts.yaml': words.contacts, 'country-contacts.yaml': countryContacts } };
}

export type ContentData = ReturnType<typeof loadData>;
export type ContentWords = ReturnType<typeof loadWords>;
export interface Content {
  readonly data: ContentData;
  readonly words: ContentWords;
}

/** A translated folder against the English one: same ids, nothing empty, nothing left untranslated. */
function checkTranslation(locale: Locale, dir: string): string[] {
  const sameAsEnglish = readContentFile(dir, `${locale}/same-as-en.yaml`, sameAsEnFile);
  const allowed = new Set(sameAsEnglish.map((entry) => entry.text));
  return WORD_FILES.flatMap((file) => {
    try {
      const english = parseContentFile(dir, `en/${file}`);
      const translated = parseContentFile(dir, `${locale}/${file}`);
      return parityProblems(`content/${locale}/${file}`, english.value, translated.value, allowed, {
        translated: (segments) => lineIn(translated, segments),
        english: (segments) => exactLineIn(english, segments),
        englishFile: `content/en/${file}`,
      });
    } catch (error) {
      if (error instanceof ContentError) return [...error.problems];
      throw error;
    }
  });
}

const WORD_FILES = ['questions.yaml', 'definitions.yaml', 'outcomes.yaml', 'contacts.yaml', 'country-contacts.yaml', 'next-steps.yaml', 'scenarios.yaml', 'ui.yaml', 'learn.yaml', 'safety.yaml'];

const cache = new Map<string, Content>();

/** All content for a locale, validated (schemas and cross-references) and cached. */
export function loadContent(locale: Locale = 'en', dir = DEFAULT_CONTENT_DIR): Content {
  const key = `${dir}:${locale}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const content = collect({ data: () => loadData(dir), words: () => loadWords(locale, dir) });
  const problems = [
    ...checkIntegrity(content, (file, segments) => where(dir, file, segments)),
    ...(locale === 'en' ? [] : checkTranslation(locale, dir)),
    ...(locale !== 'en' && !content.data.translations[locale] ? [`content/data/translations.yaml: translations.${locale}: missing (who has checked this translation)`] : []),
  ];
  if (problems.length > 0) throw new ContentError(problems);
  cache.set(key, content);
  return content;
}
