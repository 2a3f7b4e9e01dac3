import { describe, expect, it } from 'vitest';
import { loadContent, LOCALES } from '../../content/load';
import { problemsAfter } from '../support/content';

describe('every language has the same content as English', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('%s loads: same ids, nothing empty, nothing left in English', (locale) => {
    expect(() => loadContent(locale)).not.toThrow();
  });

  it('Spanish exists', () => {
    expect(LOCALES).toContain('es');
  });
});

describe('a broken translation fails the build, naming the file and the field', () => {
  it('a missing entry', () => {
    const problems = problemsAfter('es/next-steps.yaml', (t) => t.replace(/^other-no-confront:/m, 'other-no-confront-typo:'), 'es');
    expect(problems).toContain('content/es/next-steps.yaml: other-no-confront: missing (present in English)');
    expect(problems).toContain('content/es/next-steps.yaml: other-no-confront-typo: not in the English file');
  });
  it('an empty text', () => {
    const problems = problemsAfter('es/ui.yaml', (t) => t.replace(/^(\s+)startButton: .*$/m, '$1startButton: " "'), 'es');
    expect(problems.join('\n')).toMatch(/content\/es\/ui\.yaml:\d+: start\.startButton: must not be empty|content\/es\/ui\.yaml: start\.startButton: empty/);
  });
  it('a text left in English', () => {
    const english = loadContent('en').words.ui.check.continue;
    const problems = problemsAfter('es/ui.yaml', (t) => t.replace(/^(\s+)continue: .*$/m, `$1continue: ${english}`), 'es');
    expect(problems).toContain('content/es/ui.yaml: check.continue: not translated (same as English; list it in same-as-en.yaml if that is right)');
  });
  it('a legal citation that differs from the English one', () => {
    const problems = problemsAfter('es/definitions.yaml', (t) => t.replace('citation: 18 U.S.C. §1589(c)(2); 18 U.S.C. §1591(e)', 'citation: 18 U.S.C. §1589'), 'es');
    expect(problems.some((p) => p.startsWith('content/es/definitions.yaml: serious-harm.legal.US.citation: must stay exactly as in English'))).toBe(true);
  });
});
