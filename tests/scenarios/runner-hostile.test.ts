import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseScenarioCases } from '../../content/scenario-cases';
import { runCli } from '../../scripts/lib/scenarios-cli';

/**
 * Files no trainer would write but anyone could: each must end the runner with exit 2 and one line
 * per problem that names the file, or the case (index and id) and the field, and never put a
 * control character on the terminal. Most run the CLI in-process (runCli); a few spawn the real one.
 */
const dir = mkdtempSync(path.join(tmpdir(), 'scenarios-hostile-'));
const at = (name: string) => path.join(dir, name);
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function write(name: string, body: string | Buffer) {
  writeFileSync(at(name), body);
  return at(name);
}
function cli(file: string) {
  let out = '';
  let err = '';
  const status = runCli(['--', file], { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } });
  return { status, out, err };
}

const good = { id: 'runaway', jurisdiction: 'US', facts: { danger: 'no', commercialSex: 'yes', under18: 'yes' }, expected: 'child_sex_trafficking' };
const nested = (n: number, inner = '') => '['.repeat(n) + inner + ']'.repeat(n);
const RUNNER_LINE = /^(PASS .+ (US|UK|INTL) [a-z_]+ → [a-z][a-z0-9-]+|FAIL .+ (US|UK|INTL): expected [a-z_]+, got [a-z_]+|    \S.*|\d+ passed, \d+ failed)$/;

describe('deep nesting', () => {
  it('100 000 nested arrays in a fact value: names the case, its id and the field', () => {
    const file = write('deep-fact.json', `[${JSON.stringify(good)}, {"id": "deep", "jurisdiction": "US", "facts": {"force": ${nested(100_000)}}, "expected": "labor_trafficking"}]`);
    expect(cli(file)).toEqual({ status: 2, out: '', err: 'bad input: case 1 (id "deep"): facts.force: nested deeper than 64 levels\n' });
  });

  it('names the id even when it comes after the deep field', () => {
    const file = write('deep-then-id.json', `[{"note": {"a": ${nested(100)}}, "id": "later", "jurisdiction": "US"}]`);
    expect(cli(file).err).toBe('bad input: case 0 (id "later"): note.a: nested deeper than 64 levels\n');
  });

  it('100 000 nested arrays as the whole file', () => {
    expect(cli(write('deep-top.json', nested(100_000)))).toEqual({ status: 2, out: '', err: 'bad input: case 0: (case): nested deeper than 64 levels\n' });
  });

  it('deep objects in a file that is not a list of cases: names the file and the line', () => {
    const file = write('deep-object.json', `{\n"a": ${'{"a": '.repeat(100_000)}1${'}'.repeat(100_000)}}`);
    expect(cli(file)).toEqual({ status: 2, out: '', err: `bad input: ${file}: nested deeper than 64 levels (line 2)\n` });
  });

  it('64 levels are fine, 65 are not', () => {
    // The list is level 1 and the case level 2, so a field can hold 62 more levels.
    expect(cli(write('deep-64.json', JSON.stringify([{ ...good, note: JSON.parse(nested(62)) }]))).status).toBe(0);
    expect(cli(write('deep-65.json', JSON.stringify([{ ...good, note: JSON.parse(nested(63)) }]))).err).toBe('bad input: case 0 (id "runaway"): note: nested deeper than 64 levels\n');
  });

  it('in a YAML library, flow or block style, or built by aliases', () => {
    const flow = write('deep-flow.yaml', `scenarios:\n  - id: deep\n    facts: { force: ${nested(100_000)} }\n`);
    expect(cli(flow)).toEqual({ status: 2, out: '', err: 'bad input: case 0 (id "deep"): facts.force: nested deeper than 64 levels\n' });
    const block = write('deep-block.yaml', `scenarios:\n${'- '.repeat(100_000)}x\n`);
    expect(cli(block).err).toBe('bad input: case 0: (case): nested deeper than 64 levels\n');
    const top = write('deep-top.yaml', `${nested(100_000)}\n`);
    expect(cli(top).err).toBe(`bad input: ${top}: nested deeper than 64 levels (line 1)\n`);
    const aliases = write('deep-aliases.yaml', `x0: &x0 ${nested(30)}\nx1: &x1 ${nested(30, '*x0')}\nscenarios:\n  - id: aliased\n    facts: { force: ${nested(10, '*x1')} }\n`);
    expect(cli(aliases).err).toBe('bad input: case 0 (id "aliased"): facts.force: nested deeper than 64 levels\n');
    const cycle = write('cycle.yaml', 'scenarios:\n  - id: loop\n    facts: &loop { force: [*loop] }\n');
    expect(cli(cycle).err).toBe('bad input: case 0 (id "loop"): facts.force: nested deeper than 64 levels\n');
  });
});

describe('control characters', () => {
  const forged = '\u001b[2J\u001b[H999 passed, 0 failed\r\n\u202eliaf\u2028';

  it('in an id: exit 2, one line, the id shown escaped (nothing reaches the terminal as it is)', () => {
    const r = cli(write('control-id.json', JSON.stringify([{ ...good, id: forged }])));
    expect(r).toEqual({ status: 2, out: '', err: 'bad input: case 0 (id "\\u001b[2J\\u001b[H999 passed, 0 failed\\r\\n\\u202eliaf\\u2028"): id: must not contain control characters\n' });
    expect(r.err).not.toMatch(/[\u001b\r\u202e\u2028]/);
  });

  it('in an id and another field: every problem on its own escaped line', () => {
    const bad = cli(write('control-bad.json', JSON.stringify([{ ...good, id: forged, jurisdiction: '\u001b[31mFR' }])));
    expect(bad.status).toBe(2);
    expect(bad.err).toBe(
      'bad input: case 0 (id "\\u001b[2J\\u001b[H999 passed, 0 failed\\r\\n\\u202eliaf\\u2028"): id: must not contain control characters\n' +
        'bad input: case 0 (id "\\u001b[2J\\u001b[H999 passed, 0 failed\\r\\n\\u202eliaf\\u2028"): jurisdiction: must be one of US, UK, INTL, got "\\u001b[31mFR"\n',
    );
  });

  it('a FAIL line holds only the runner own lines', () => {
    const r = cli(write('fail.json', JSON.stringify([{ ...good, id: 'plain-f', expected: 'labor_trafficking' }])));
    expect(r.status).toBe(1);
    for (const line of r.out.trimEnd().split('\n')) expect(line).toMatch(RUNNER_LINE);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('0 passed, 1 failed');
  });

  it('in a fact id and in the file name', () => {
    const r = cli(write('control-\u001b-name.json', JSON.stringify([{ ...good, facts: { '\u001b[2Jforce': 'yes' } }])));
    expect(r.err).toMatch(/^bad input: case 0 \(id "runaway"\): facts\["\\u001b\[2Jforce"\]: unknown fact id \(known: .*\)\n$/);
    const missing = cli(at('nope-\u001b.json'));
    expect(missing.err).toBe(`bad input: cannot read ${dir}/nope-\\u001b.json: ENOENT (no such file)\n`);
  });
});

describe('files that are not regular files', () => {
  let server: Server;
  const socket = at('runner.sock');
  beforeAll(() => new Promise<void>((resolve) => (server = createServer().listen(socket, resolve))));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each([
    ['a directory', () => dir, 'a directory'],
    ['/dev/zero', () => '/dev/zero', 'a character device'],
    ['/dev/null', () => '/dev/null', 'a character device'],
    ['a socket', () => socket, 'a socket'],
  ])('%s', (_, file, kind) => {
    expect(cli(file())).toEqual({ status: 2, out: '', err: `bad input: ${file()}: not a regular file (${kind})\n` });
  });
});

describe('size and encoding', () => {
  it('a 10 MB id: exit 2, shortened in the message; an id of 200 characters still runs', () => {
    const id = 'x'.repeat(10 * 1024 * 1024);
    const bad = cli(write('long-id.json', JSON.stringify([{ ...good, id, jurisdiction: 'FR' }])));
    expect(bad).toEqual({
      status: 2,
      out: '',
      err:
        `bad input: case 0 (id "${'x'.repeat(60)}"… (10485760 characters)): id: longer than 200 characters (10485760)\n` +
        `bad input: case 0 (id "${'x'.repeat(60)}"… (10485760 characters)): jurisdiction: must be one of US, UK, INTL, got "FR"\n`,
    });
    const fine = cli(write('long-id-ok.json', JSON.stringify([{ ...good, id: 'y'.repeat(200) }])));
    expect(fine.out).toBe(`PASS ${'y'.repeat(60)}… (200 characters) US child_sex_trafficking → us-nhth\n1 passed, 0 failed\n`);
  });

  it('long values and keys are shortened too', () => {
    const r = cli(write('long-values.json', JSON.stringify([{ ...good, facts: { ['k'.repeat(5000)]: 'yes', force: 'y'.repeat(5000) } }])));
    const lines = r.err.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line.length).toBeLessThan(400);
    expect(lines[1]).toBe(`bad input: case 0 (id "runaway"): facts.force: must be "yes", "no" or "unsure", got "${'y'.repeat(60)}"… (5000 characters)`);
  });

  it('a file of many bad cases lists the first 100 problems and counts the rest', () => {
    const file = write('many-bad.json', JSON.stringify(Array(1000).fill(5)));
    const r = cli(file);
    const lines = r.err.trimEnd().split('\n');
    expect(r.status).toBe(2);
    expect(lines).toHaveLength(101);
    expect(lines[99]).toBe('bad input: case 99: (case): must be an object');
    expect(lines[100]).toBe(`bad input: ${file}: 900 more problems not shown`);
  });

  it('a 21 MB file is refused before it is read', () => {
    const file = write('big.json', Buffer.alloc(21 * 1024 * 1024, 0x20));
    expect(cli(file)).toEqual({ status: 2, out: '', err: `bad input: ${file}: larger than 20 MB (22020096 bytes)\n` });
    rmSync(file);
  });

  it('a Latin-1 file fails at the byte offset of its first é', () => {
    const body = JSON.stringify([{ ...good, id: 'café' }]);
    const file = write('latin1.json', Buffer.from(body, 'latin1'));
    expect(body.slice(0, 11)).toBe('[{"id":"caf');
    expect(cli(file)).toEqual({ status: 2, out: '', err: `bad input: ${file}: not valid UTF-8 at byte 11\n` });
  });

  it('a UTF-16 file fails at byte 0', () => {
    const file = write('utf16.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify([good]), 'utf16le')]));
    expect(cli(file).err).toBe(`bad input: ${file}: not valid UTF-8 at byte 0\n`);
  });

  it('a UTF-8 byte order mark is accepted, in JSON and in YAML', () => {
    expect(cli(write('bom.json', `\uFEFF${JSON.stringify([good])}`))).toEqual({ status: 0, out: 'PASS runaway US child_sex_trafficking → us-nhth\n1 passed, 0 failed\n', err: '' });
    const yaml = `\uFEFFscenarios:\n  - id: bom-case\n    kind: sex\n    difficulty: easy\n    perspective: self\n    setting: US\n    facts: { danger: no, commercialSex: yes, under18: yes }\n    expected: { US: child_sex_trafficking, UK: child_sex_trafficking, INTL: child_sex_trafficking }\n`;
    const r = cli(write('bom.yaml', yaml));
    expect(r.err).toBe('');
    expect(r.out).toBe('PASS bom-case US child_sex_trafficking → us-nhth\nPASS bom-case UK child_sex_trafficking → uk-msh\nPASS bom-case INTL child_sex_trafficking → intl-directory\n3 passed, 0 failed\n');
  });
});

describe('country', () => {
  const cases = [good, { ...good, id: 'b', jurisdiction: 'UK' }, { ...good, id: 'c', jurisdiction: 'INTL' }];

  it('an unknown code names the case and the field', () => {
    expect(cli(write('country-zz.json', JSON.stringify([...cases, { ...good, id: 'x', country: 'ZZ' }])))).toEqual({
      status: 2,
      out: '',
      err: 'bad input: case 3 (id "x"): country: unknown country code "ZZ" (an ISO 3166-1 alpha-2 code such as MX)\n',
    });
  });

  it('lower case, UK and values that are not strings get a hint', () => {
    const r = cli(write('country-hints.json', JSON.stringify([{ ...good, country: 'mx' }, { ...good, id: 'b', country: 'UK' }, { ...good, id: 'c', country: 52 }])));
    expect(r.err).toBe(
      [
        'bad input: case 0 (id "runaway"): country: unknown country code "mx" (an ISO 3166-1 alpha-2 code such as MX; did you mean "MX"?)',
        'bad input: case 1 (id "b"): country: unknown country code "UK" (an ISO 3166-1 alpha-2 code such as MX; the United Kingdom is GB)',
        'bad input: case 2 (id "c"): country: must be an ISO 3166-1 alpha-2 code such as MX, got 52',
        '',
      ].join('\n'),
    );
  });

  it('a known code is kept on the case, and the PASS line names that country\'s first contact', () => {
    const body = JSON.stringify([{ ...good, jurisdiction: 'INTL', country: 'MX' }, { ...good, id: 'no-country', jurisdiction: 'INTL' }, { ...good, id: 'ph', jurisdiction: 'INTL', country: 'PH' }]);
    expect(cli(write('country-mx.json', body))).toEqual({
      status: 0,
      out: 'PASS runaway INTL child_sex_trafficking → mx-trata-line\nPASS no-country INTL child_sex_trafficking → intl-directory\nPASS ph INTL child_sex_trafficking → ph-1343\n3 passed, 0 failed\n',
      err: '',
    });
    const parsed = parseScenarioCases(body, 'country-mx.json');
    expect(parsed.ok && parsed.cases.map((c) => c.country)).toEqual(['MX', undefined, 'PH']);
  });

  it('a country that is not the place of the jurisdiction names the case and the field', () => {
    const r = cli(write('country-mismatch.json', JSON.stringify([{ ...good, country: 'MX' }])));
    expect(r.status).toBe(2);
    expect(r.err).toBe('bad input: case 0 (id "runaway"): country: "MX" is a place of jurisdiction INTL, not US\n');
  });
});

describe('unexpected errors', () => {
  it('while checking the file: one bad input line, exit 2', () => {
    const file = write('unexpected.json', JSON.stringify([good]));
    const entries = vi.spyOn(Object, 'entries').mockImplementationOnce(() => {
      throw new RangeError('Maximum call stack size exceeded\n    at somewhere (file.ts:1:1)');
    });
    try {
      expect(cli(file)).toEqual({ status: 2, out: '', err: `bad input: ${file}: RangeError: Maximum call stack size exceeded\n` });
    } finally {
      entries.mockRestore();
    }
  });

  it('while running or printing: one runner error line, exit 3', () => {
    const file = write('print-fails.json', JSON.stringify([good]));
    let err = '';
    const status = runCli([file], {
      stdout: {
        write: () => {
          throw new Error('EIO: i/o error, write');
        },
      },
      stderr: { write: (s: string) => (err += s) },
    });
    expect({ status, err }).toEqual({ status: 3, err: 'runner error: Error: EIO: i/o error, write\n' });
  });

  it('without a file: the usage line, exit 2', () => {
    let err = '';
    expect(runCli(['--'], { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) } })).toBe(2);
    expect(err).toBe('bad input: usage: npm run scenarios -- <file.json | file.yaml>\n');
  });
});

/** The real CLI: a FIFO must not block it, /dev/zero must not keep it reading, no stack traces. */
describe('the real CLI (node + tsx)', () => {
  function spawnCli(file: string) {
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/scenarios.ts', file], { encoding: 'utf8', timeout: 10_000 });
    return { status: r.status, signal: r.signal, out: r.stdout, err: r.stderr, ms: Date.now() - started };
  }

  it('a FIFO with no writer: exit 2 at once instead of waiting for one', () => {
    const fifo = at('cases.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = spawnCli(fifo);
    expect(r.signal).toBeNull(); // not killed by the timeout
    expect({ status: r.status, out: r.out, err: r.err }).toEqual({ status: 2, out: '', err: `bad input: ${fifo}: not a regular file (a FIFO)\n` });
    expect(r.ms).toBeLessThan(8_000); // about 0.6 s of it is starting node and tsx
  });

  it('/dev/zero: exit 2 without reading it', () => {
    const r = spawnCli('/dev/zero');
    expect(r.signal).toBeNull();
    expect({ status: r.status, out: r.out, err: r.err }).toEqual({ status: 2, out: '', err: 'bad input: /dev/zero: not a regular file (a character device)\n' });
  });

  it('deep nesting: exit 2 with one line, not a RangeError stack trace', () => {
    mkdirSync(at('spawn'), { recursive: true });
    const file = write('spawn/deep.json', `[{"id": "deep", "facts": {"force": ${nested(100_000)}}}]`);
    const r = spawnCli(file);
    expect({ status: r.status, out: r.out, err: r.err }).toEqual({ status: 2, out: '', err: 'bad input: case 0 (id "deep"): facts.force: nested deeper than 64 levels\n' });
  });

  it('control characters in an id never reach the terminal: exit 2, escaped', () => {
    const file = write('spawn/control.json', JSON.stringify([{ ...good, id: '\u001bc\u001b[2J999 passed, 0 failed\r' }]));
    const r = spawnCli(file);
    expect({ status: r.status, out: r.out, err: r.err }).toEqual({ status: 2, out: '', err: 'bad input: case 0 (id "\\u001bc\\u001b[2J999 passed, 0 failed\\r"): id: must not contain control characters\n' });
  });
});
