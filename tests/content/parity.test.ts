import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent, LOCALES } from '../../content/load';
import { problemsAfter } from '../support/content';

const TRANSLATED = LOCALES.filter((l) => l !== 'en');

/** The line (from 1) of the first line of `text` that matches. */
const lineOf = (text: string, pattern: RegExp | ((line: string) => boolean)) => {
  const matches = typeof pattern === 'function' ? pattern : (line: string) => pattern.test(line);
  const index = text.split('\n').findIndex(matches);
  if (index < 0) throw new Error(`no line matches ${pattern}`);
  return index + 1;
};
const changed = (file: string, change: (text: string) => string) => change(readFileSync(`content/${file}`, 'utf8'));

describe('every language has the same content as English', () => {
  it.each(TRANSLATED)('%s loads: same ids, nothing empty, nothing left in English', (locale) => {
    expect(() => loadContent(locale)).not.toThrow();
  });

  it('Spanish, French and Portuguese exist', () => {
    expect(LOCALES).toEqual(expect.arrayContaining(['es', 'fr', 'pt']));
  });
});

describe.each(TRANSLATED)('a broken %s translation fails the build, naming the file, the line and the field', (locale) => {
  it('a missing entry, and one English does not have', () => {
    const rename = (t: string) => t.replace(/^other-no-confront:/m, 'other-no-confront-typo:');
    const problems = problemsAfter(`${locale}/next-steps.yaml`, rename, locale);
    const english = lineOf(readFileSync('content/en/next-steps.yaml', 'utf8'), /^other-no-confront:/);
    const typo = lineOf(changed(`${locale}/next-steps.yaml`, rename), /^other-no-confront-typo:/);
    expect(problems).toContain(`content/${locale}/next-steps.yaml: other-no-confront: missing (present in English, content/en/next-steps.yaml:${english})`);
    expect(problems).toContain(`content/${locale}/next-steps.yaml:${typo}: other-no-confront-typo: not in the English file`);
  });
  it('an empty text', () => {
    const problems = problemsAfter(`${locale}/ui.yaml`, (t) => t.replace(/^(\s+)startButton: .*$/m, '$1startButton: " "'), locale);
    const line = lineOf(readFileSync(`content/${locale}/ui.yaml`, 'utf8'), /^\s+startButton: /);
    expect(problems.join('\n')).toMatch(new RegExp(`content/${locale}/ui\\.yaml:${line}: start\\.startButton: (must not be empty|empty)`));
  });
  it('a text left in English', () => {
    const english = loadContent('en').words.ui.check.continue;
    const problems = problemsAfter(`${locale}/ui.yaml`, (t) => t.replace(/^(\s+)continue: .*$/m, `$1continue: ${english}`), locale);
    const line = lineOf(readFileSync(`content/${locale}/ui.yaml`, 'utf8'), /^\s+continue: /);
    expect(problems).toContain(`content/${locale}/ui.yaml:${line}: check.continue: not translated (same as English; list it in same-as-en.yaml if that is right)`);
  });
  it('a legal citation that differs from the English one', () => {
    const citation = 'citation: 18 U.S.C. §1589(c)(2); 18 U.S.C. §1591(e)';
    const problems = problemsAfter(`${locale}/definitions.yaml`, (t) => t.replace(citation, 'citation: 18 U.S.C. §1589'), locale);
    const line = lineOf(readFileSync(`content/${locale}/definitions.yaml`, 'utf8'), (l) => l.includes(citation));
    expect(problems).toContain(`content/${locale}/definitions.yaml:${line}: serious-harm.legal.US.citation: must stay exactly as in English ("18 U.S.C. §1589(c)(2); 18 U.S.C. §1591(e)")`);
  });
  it('a list with an item too few', () => {
    // The last section of the Staying safe page goes.
    const problems = problemsAfter(`${locale}/safety.yaml`, (t) => t.replace(/\n  - id: keep-on-phone[\s\S]*$/, '\n'), locale);
    expect(problems.join('\n')).toMatch(new RegExp(`content/${locale}/safety\\.yaml:\\d+: sections: must have \\d+ items like the English file`));
  });
  it('who has checked it is required', () => {
    const problems = problemsAfter('data/translations.yaml', (t) => t.replace(new RegExp(`^  ${locale}: .*\\n`, 'm'), ''), locale);
    expect(problems).toContain(`content/data/translations.yaml: translations.${locale}: missing (who has checked this translation)`);
  });
});
