import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadContent, type Locale } from '../../content/load';
import { displayMatchesTel } from '../../content/phone';
import { OUTCOME_IDS, JURISDICTIONS, PERSPECTIVES } from '../../machines/facts';
import { REFERRAL_ROLES } from '../../machines/referrals';
import { resolved } from '../support/referrals';
import { problemsAfter } from '../support/content';
import { findObsoleteNumbers } from '../support/obsolete-numbers';

const content = () => loadContent('en');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('content as committed', () => {
  it('parses and passes every cross-reference check', () => {
    expect(() => content()).not.toThrow();
  });

  it('every contact has a source and the date it was checked', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const contact of content().data.contacts) {
      expect(contact.source.length, contact.id).toBeGreaterThan(3);
      expect(Number.isNaN(Date.parse(contact.checked)), contact.id).toBe(false);
      expect(contact.checked <= today, `${contact.id} checked in the future`).toBe(true);
    }
  });

  it('every phone number is valid and written as it is dialled', () => {
    for (const contact of content().data.contacts) {
      for (const channel of contact.channels) {
        if ((channel.kind === 'call' || channel.kind === 'text' || channel.kind === 'tty') && channel.tel !== undefined) {
          expect(channel.tel, contact.id).toMatch(/^(\+[1-9]\d{6,14}|\d{2,15})$/);
          expect(displayMatchesTel(channel.tel, channel.display), `${contact.id}: ${channel.display}`).toBe(true);
        }
      }
    }
  });

  it('the obsolete numbers of the reference appear nowhere in content, machines or app', () => {
    const hits = ['content', 'machines', 'app']
      .flatMap(filesUnder)
      .filter((file) => findObsoleteNumbers(readFileSync(file, 'utf8')).length > 0);
    expect(hits).toEqual([]);
  });

  it('the recommended contact is confirmed for every outcome, jurisdiction, perspective and added help', () => {
    const byId = new Map(content().data.contacts.map((c) => [c.id, c]));
    const roleSets = [[], ...REFERRAL_ROLES.map((r) => [r]), [...REFERRAL_ROLES]];
    for (const outcome of OUTCOME_IDS)
      for (const jurisdiction of JURISDICTIONS)
        for (const perspective of PERSPECTIVES)
          for (const roles of roleSets) {
            const referral = resolved({ outcome, perspective, roles, dangerReported: false, dangerUnsure: false }, jurisdiction);
            expect(byId.get(referral.first.id)?.status, `${outcome} ${jurisdiction} ${perspective}`).toBe('confirmed');
          }
  });

  it('a person asking about themself never gets a law- or immigration-enforcement contact, the emergency number aside', () => {
    const byId = new Map(content().data.contacts.map((c) => [c.id, c]));
    for (const outcome of OUTCOME_IDS)
      for (const jurisdiction of JURISDICTIONS) {
        const referral = resolved({ outcome, perspective: 'self', roles: [...REFERRAL_ROLES], dangerReported: false, dangerUnsure: false }, jurisdiction);
        const enforcement = referral.contacts.map((c) => byId.get(c.id)!).filter((c) => c.kind !== 'emergency' && (c.lawEnforcement || c.immigrationEnforcement));
        expect(enforcement.map((c) => c.id), `${outcome} ${jurisdiction}`).toEqual([]);
      }
    // A person asking about someone else may still be offered them.
    const other = resolved({ outcome: 'labor_trafficking', perspective: 'other', roles: [], dangerReported: false, dangerUnsure: false }, 'US');
    expect(other.contacts.map((c) => c.id)).toContain('us-hsi');
    expect(other.contacts.find((c) => c.id === 'us-hsi')?.warnImmigrationEnforcement).toBe(false);
    expect(content().words.contacts.contacts['us-hsi'].selfWarning).toBeTruthy();
  });

  it('the answers add the help they call for: child protection for a child, the labour agency for violations', () => {
    const referral = resolved({ outcome: 'possible_trafficking', perspective: 'other', roles: ['childProtection', 'laborStandards'], dangerReported: true, dangerUnsure: false }, 'US');
    const ids = referral.contacts.map((c) => c.id);
    expect(ids).toContain('us-childhelp');
    expect(ids).toContain('us-dol-whd');
    expect(referral.nextSteps).toContain('after-danger-call-first');
  });
});

describe('malformed content fails with a message naming the file and the field', () => {
  it('a missing required text', () => {
    const problems = problemsAfter('en/questions.yaml', (t) => t.replace(/^(\s+)whyWeAsk:.*$/m, '$1whyWeAskTypo: x'));
    expect(problems.join('\n')).toMatch(/content\/en\/questions\.yaml:\d+: \w+\.whyWeAsk: /);
  });
  it('a phone number that is not a number', () => {
    const problems = problemsAfter('data/contacts.yaml', (t) => t.replace('tel: "+18883737888"', 'tel: "call us"'));
    expect(problems.join('\n')).toMatch(/content\/data\/contacts\.yaml:\d+: contacts\.\d+\.channels\.0\.tel: E\.164/);
  });
  it('a displayed number that differs from the dialled one', () => {
    const problems = problemsAfter('data/contacts.yaml', (t) => t.replace('display: "1-888-373-7888"', 'display: "1-888-373-7880"'));
    expect(problems.join('\n')).toMatch(/content\/data\/contacts\.yaml:\d+: contacts\.1\.channels\.0\.display: "1-888-373-7880" is not the number \+18883737888/);
  });
  it('a contact missing its source', () => {
    const problems = problemsAfter('data/contacts.yaml', (t) => t.replace(/^    source: US Department of Transportation.*\n/m, ''));
    expect(problems.join('\n')).toMatch(/content\/data\/contacts\.yaml:\d+: contacts\.0\.source: /);
  });
  it('a referral to a contact that does not exist', () => {
    const problems = problemsAfter('data/referrals.yaml', (t) => t.replace('contacts: [us-911, us-nhth], nextSteps: [emergency-call-now, emergency-go-on]', 'contacts: [us-911, us-nope], nextSteps: [emergency-call-now, emergency-go-on]'));
    expect(problems.join('\n')).toMatch(/content\/data\/referrals\.yaml:\d+: outcomes\.emergency\.US\.self\.contacts\.1: no contact "us-nope"/);
  });
  it('an unconfirmed contact as the recommended action', () => {
    const problems = problemsAfter('data/referrals.yaml', (t) => t.replace('self: { contacts: [uk-msh, uk-childline, uk-999]', 'self: { contacts: [uk-childline, uk-msh, uk-999]'));
    expect(problems.join('\n')).toMatch(/content\/data\/referrals\.yaml:\d+: outcomes\.child_sex_trafficking\.UK\.self\.contacts\.0: "uk-childline" is unconfirmed and cannot be the recommended action/);
  });
  it('an outcome with no contact at all', () => {
    const problems = problemsAfter('data/referrals.yaml', (t) => t.replace('self: { contacts: [us-911, us-nhth], nextSteps', 'self: { contacts: [], nextSteps'));
    expect(problems.join('\n')).toMatch(/content\/data\/referrals\.yaml:\d+: outcomes\.emergency\.US\.self\.contacts: every outcome needs at least one contact/);
  });
  it('a YAML syntax error, with its line', () => {
    const problems = problemsAfter('en/outcomes.yaml', (t) => `${t}\n  : : bad: [\n`);
    expect(problems.join('\n')).toMatch(/content\/en\/outcomes\.yaml:\d+: /);
  });
  it('an orphan next step', () => {
    const problems = problemsAfter('en/next-steps.yaml', (t) => `${t}\nnever-used: Something nobody links to.\n`);
    expect(problems.join('\n')).toMatch(/content\/en\/next-steps\.yaml:\d+: never-used: not used in any referral \(orphan\)/);
  });
  it('a missing reason for a rule clause', () => {
    const problems = problemsAfter('en/outcomes.yaml', (t) => t.replace(/^(\s+)smuggledAndFree:/m, '$1smuggledAndFreeTypo:'));
    expect(problems.join('\n')).toMatch(/content\/en\/outcomes\.yaml:\d+: reasons\.smuggledAndFree: missing \(a clause of machines\/rules\.ts\)/);
    expect(problems.join('\n')).toMatch(/content\/en\/outcomes\.yaml:\d+: reasons\.smuggledAndFreeTypo: no such rule clause/);
  });
  it('an obsolete number is detected in any spelling', () => {
    expect(findObsoleteNumbers('call 0300 303 8151')).toHaveLength(1);
    expect(findObsoleteNumbers('call 0800-783-2589')).toHaveLength(1);
    expect(findObsoleteNumbers('call +44 800 783 2589')).toHaveLength(1);
    expect(findObsoleteNumbers('call 0800 808 3733')).toHaveLength(0);
    expect(findObsoleteNumbers('llame al 01800 5533 000')).toHaveLength(1);
    expect(findObsoleteNumbers('llame al 800 5533 000')).toHaveLength(0);
    expect(findObsoleteNumbers('08000 116 016')).toHaveLength(1);
    expect(findObsoleteNumbers('116 016')).toHaveLength(0);
  });
});

describe('phone number check', () => {
  it.each([
    ['+18883737888', '1-888-373-7888', true],
    ['+18883737888', '888-373-7888', true],
    ['+448000121700', '08000 121 700', true],
    ['911', '911', true],
    ['+18883737888', '1-888-373-7880', false],
    ['+448000121700', '0800 121 700', false],
  ])('%s shown as %s → %s', (tel, display, ok) => {
    expect(displayMatchesTel(tel, display)).toBe(ok);
  });
});

/** A copy of the content folder with one file replaced by what `replace` does to its path. */
function problemsWith(file: string, replace: (fullPath: string) => void, locale: Locale = 'en'): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync('content', dir, { recursive: true });
  replace(path.join(dir, file));
  try {
    loadContent(locale, dir);
    return [];
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the content loader refuses what could hang or crash it, with one line naming the file', () => {
  it('a Latin-1 file fails with the offset of its first invalid byte', () => {
    const problems = problemsWith('es/ui.yaml', (file) => {
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, Buffer.from(text, 'latin1'));
    }, 'es');
    const offset = Buffer.byteLength(readFileSync('content/es/ui.yaml', 'utf8').split(/[^\x00-\x7f]/)[0]);
    expect(problems).toEqual([`content/es/ui.yaml: not valid UTF-8 at byte ${offset}`]);
  });
  it('a UTF-8 byte order mark is accepted', () => {
    expect(problemsWith('en/ui.yaml', (file) => writeFileSync(file, `\ufeff${readFileSync(file, 'utf8')}`))).toEqual([]);
  });
  it('a missing file is named, with no stack trace', () => {
    expect(problemsWith('fr/learn.yaml', (file) => rmSync(file), 'fr')).toContain('content/fr/learn.yaml: file is missing');
  });
  it('a FIFO in place of a file fails at once instead of waiting for a writer', () => {
    const problems = problemsWith('en/safety.yaml', (file) => {
      rmSync(file);
      execFileSync('mkfifo', [file]);
    });
    expect(problems).toContain('content/en/safety.yaml: not a regular file (a FIFO)');
  });
  it('a value nested too deeply fails with its line, before the parser can overflow its stack', () => {
    const problems = problemsWith('en/next-steps.yaml', (file) => writeFileSync(file, `${readFileSync(file, 'utf8')}\ndeep: ${'['.repeat(5000)}\n`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/en\/next-steps\.yaml:\d+: nested more than 64 levels deep$/);
  });
  it('a file over 20 MB fails from its size', () => {
    const problems = problemsWith('en/learn.yaml', (file) => writeFileSync(file, Buffer.alloc(20 * 1024 * 1024 + 1, 0x20)));
    expect(problems).toEqual([`content/en/learn.yaml: larger than 20 MB (${20 * 1024 * 1024 + 1} bytes)`]);
  });
  it('npm run content:check prints the problems, one per line, with no stack trace, and exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'content-'));
    cpSync('content', dir, { recursive: true });
    rmSync(path.join(dir, 'pt', 'outcomes.yaml'));
    try {
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--dir', dir], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('content/pt/outcomes.yaml: file is missing');
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.stdout).toContain('content (en): valid');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
