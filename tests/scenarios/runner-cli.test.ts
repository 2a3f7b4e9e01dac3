import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The runner as a trainer uses it: `npm run scenarios -- <file.json>` (here via node + tsx). */
const dir = mkdtempSync(path.join(tmpdir(), 'scenarios-'));
function run(name: string, body: string | null) {
  const file = path.join(dir, name);
  if (body !== null) writeFileSync(file, body);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scenarios.ts', file], { encoding: 'utf8' });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

const good = { id: 'runaway', jurisdiction: 'US', facts: { danger: 'no', commercialSex: 'yes', under18: 'yes' }, expected: 'child_sex_trafficking' };

describe('scenario runner', () => {
  it('prints PASS per case and the closing line, exit 0', () => {
    const r = run('good.json', JSON.stringify([good, { ...good, jurisdiction: 'UK', perspective: 'other', note: 'extra fields are ignored' }]));
    expect(r.status).toBe(0);
    expect(r.out).toBe('PASS runaway US child_sex_trafficking → us-nhth\nPASS runaway UK child_sex_trafficking → uk-msh\n2 passed, 0 failed\n');
  });

  it('prints FAIL with the questions asked and the answers given, exit 1', () => {
    const wrong = { id: 'child-worker', jurisdiction: 'US', facts: { danger: 'no', commercialSex: 'no', labor: 'yes', under18: 'yes', force: 'no', fraud: 'no', coercion: 'no', freeToLeave: 'no' }, expected: 'labor_trafficking' };
    const r = run('fail.json', JSON.stringify([good, wrong]));
    expect(r.status).toBe(1);
    expect(r.out).toContain('FAIL child-worker US: expected labor_trafficking, got possible_trafficking\n    1. danger = no\n');
    expect(r.out).toContain('laborViolations = unsure (not in the case: unsure)');
    expect(r.out.trim().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  it.each([
    ['not JSON', '{oops', /bad input: .*not valid JSON/],
    ['not an array', '{"id":"x"}', /bad input: .* must hold a JSON array of cases, not object/],
    ['an empty array', '[]', /bad input: .* holds no cases/],
    ['an unknown fact id', JSON.stringify([{ ...good, facts: { forse: 'yes' } }]), /bad input: case 0 \(id "runaway"\): facts\.forse: unknown fact id/],
    ['an unknown jurisdiction', JSON.stringify([good, { ...good, id: 'b', jurisdiction: 'FR' }]), /bad input: case 1 \(id "b"\): jurisdiction: must be one of US, UK, INTL, got "FR"/],
    ['an unknown outcome', JSON.stringify([{ ...good, expected: 'trafficking' }]), /bad input: case 0 \(id "runaway"\): expected: must be one of .*got "trafficking"/],
    ['a bad value', JSON.stringify([{ ...good, facts: { force: 'maybe' } }]), /bad input: case 0 \(id "runaway"\): facts\.force: must be "yes", "no" or "unsure", got "maybe"/],
    ['a bad perspective', JSON.stringify([{ ...good, perspective: 'them' }]), /bad input: case 0 \(id "runaway"\): perspective: must be "self" or "other"/],
    ['a missing id', JSON.stringify([{ ...good, id: undefined }]), /bad input: case 0: id: must be a non-empty string/],
    ['missing facts', JSON.stringify([{ ...good, facts: undefined }]), /bad input: case 0 \(id "runaway"\): facts: must be an object/],
    ['impossible facts', JSON.stringify([{ ...good, facts: { crossedBorder: 'no', smuggled: 'yes' } }]), /bad input: case 0 \(id "runaway"\): facts\.smuggled: is yes, but crossedBorder is no/],
    ['a repeated case', JSON.stringify([good, good]), /bad input: case 1 \(id "runaway"\): id: repeats case 0/],
    ['a case that is not an object', JSON.stringify([good, 5]), /bad input: case 1: \(case\): must be an object/],
  ])('exits 2 on %s, naming the case and the field', (_, body, message) => {
    const r = run(`bad-${Math.random()}.json`, body);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('exits 2 when the file cannot be read', () => {
    const r = run('missing.json', null);
    expect(r.status).toBe(2);
    expect(r.err).toMatch(/bad input: cannot read .*missing\.json: ENOENT/);
  });

  it('replays the exported library: every case passes', () => {
    const out = path.join(dir, 'library.json');
    const exported = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/export-scenarios.ts', out], { encoding: 'utf8' });
    expect(exported.status).toBe(0);
    const r = run('library.json', null);
    expect(r.err).toBe('');
    expect(r.status).toBe(0);
    expect(r.out.trim().split('\n').at(-1)).toMatch(/^\d+ passed, 0 failed$/);
  });
});

describe('scenario runner on a library file (YAML), as a trainer adds a case', () => {
  it('replays the committed library: every case in every jurisdiction passes', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scenarios.ts', 'content/data/scenarios.yaml'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe(`${3 * 40} passed, 0 failed`.replace('120', String(r.stdout.split('\n').filter((l) => l.startsWith('PASS')).length)));
    expect(r.stdout).not.toContain('FAIL');
  });

  it('names the case and the field for a bad new case, exit 2', () => {
    const r = run('library.yaml', 'scenarios:\n  - id: new-case\n    kind: labor\n    difficulty: easy\n    perspective: self\n    setting: FR\n    facts: { labor: yes, force: perhaps }\n    expected: { US: labor_trafficking, UK: labor_trafficking }\n');
    expect(r.status).toBe(2);
    expect(r.err).toContain('bad input: case 0 (id "new-case"): setting:');
    expect(r.err).toContain('bad input: case 0 (id "new-case"): facts.force:');
    expect(r.err).toContain('bad input: case 0 (id "new-case"): expected.INTL:');
  });

  it('reports a new case whose expected outcome the check does not reach, exit 1', () => {
    const r = run('library-fail.yaml', 'scenarios:\n  - id: child-worker\n    kind: labor\n    difficulty: hard\n    perspective: other\n    setting: US\n    facts: { danger: no, commercialSex: no, labor: yes, under18: yes, force: no, fraud: no, coercion: no, freeToLeave: no }\n    expected: { US: labor_trafficking, UK: labor_trafficking, INTL: labor_trafficking }\n');
    expect(r.status).toBe(1);
    expect(r.out).toContain('FAIL child-worker US: expected labor_trafficking, got possible_trafficking');
    expect(r.out).toContain('PASS child-worker UK labor_trafficking');
    expect(r.out.trim().split('\n').at(-1)).toBe('2 passed, 1 failed');
  });
});
