import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeError, escapeControl, show, showPath, shorten } from '../../content/messages';
import { jsonTooDeep, MAX_DEPTH, valueTooDeep, yamlTooDeep } from '../../content/nesting';
import { decodeUtf8, firstInvalidUtf8, MAX_FILE_BYTES, readTextFile, stripBom } from '../../content/safe-read';

const dir = mkdtempSync(path.join(tmpdir(), 'safe-input-'));
const nested = (n: number, inner = '') => '['.repeat(n) + inner + ']'.repeat(n);

describe('escapeControl', () => {
  it('escapes C0, DEL, C1, the line and paragraph separators, bidi overrides and isolates', () => {
    expect(escapeControl('a\u001b[2Jb')).toBe('a\\u001b[2Jb');
    expect(escapeControl('\u0000\t\n\r\u001f\u007f\u0080\u009f')).toBe('\\u0000\\u0009\\u000a\\u000d\\u001f\\u007f\\u0080\\u009f');
    expect(escapeControl('\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069')).toBe(
      '\\u2028\\u2029\\u202a\\u202b\\u202c\\u202d\\u202e\\u2066\\u2067\\u2068\\u2069',
    );
    expect(escapeControl('\ud800x\udc00')).toBe('\\ud800x\\udc00');
  });
  it('leaves ordinary text alone, accents, emoji and right-to-left letters included, and is idempotent', () => {
    const text = 'café ñ — “quoted” 😀 שלום \\u001b';
    expect(escapeControl(text)).toBe(text);
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => escapeControl(escapeControl(s)) === escapeControl(s)));
  });
  it('leaves no control character in any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/.test(escapeControl(s))));
  });
});

describe('shorten and show', () => {
  it('keeps up to 80 characters; a longer text becomes its first 60 and its length', () => {
    expect(shorten('x'.repeat(80))).toBe('x'.repeat(80));
    expect(shorten('x'.repeat(81))).toBe(`${'x'.repeat(60)}… (81 characters)`);
    expect(shorten('x'.repeat(10 * 1024 * 1024))).toBe(`${'x'.repeat(60)}… (10485760 characters)`);
  });
  it('counts characters, not UTF-16 units, and never splits an emoji', () => {
    expect(shorten('😀'.repeat(80))).toBe('😀'.repeat(80));
    expect(shorten('😀'.repeat(81))).toBe(`${'😀'.repeat(60)}… (81 characters)`);
  });
  it('quotes strings with JSON escapes, shortening long ones outside the quotes', () => {
    expect(show('FR')).toBe('"FR"');
    expect(show('a"b\\c\u001b\u202e')).toBe('"a\\"b\\\\c\\u001b\\u202e"');
    expect(show('y'.repeat(1000))).toBe(`"${'y'.repeat(60)}"… (1000 characters)`);
  });
  it('shows other values as short JSON, whatever their size or depth', () => {
    expect(show(undefined)).toBe('undefined');
    expect(show(null)).toBe('null');
    expect(show(5)).toBe('5');
    expect(show(Number.NaN)).toBe('NaN');
    expect(show({ a: [1, 'two'] })).toBe('{"a":[1,"two"]}');
    const big = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(show(big)).toBe(`${JSON.stringify(big).slice(0, 60)}…`);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(show(deep)).toBe(`${'['.repeat(60)}…`);
    const cycle: { self?: unknown } = {};
    cycle.self = cycle;
    expect(show(cycle)).toBe(`${'{"self":'.repeat(8).slice(0, 60)}…`);
  });
  it('names paths, quoting keys that are not plain names', () => {
    expect(showPath(['facts', 'force'])).toBe('facts.force');
    expect(showPath(['examples', 0])).toBe('examples.0');
    expect(showPath(['facts', '\u001b[2J'])).toBe('facts["\\u001b[2J"]');
    expect(showPath(['facts', 'k'.repeat(100)])).toBe(`facts["${'k'.repeat(60)}"… (100 characters)]`);
  });
  it('describes an error in one short line', () => {
    expect(describeError(new RangeError('Maximum call stack size exceeded\n    at f (x.ts:1:1)'))).toBe('RangeError: Maximum call stack size exceeded');
    expect(describeError(new Error('\u001b'.repeat(500))).length).toBeLessThan(1100);
    expect(describeError('boom')).toBe('"boom"');
  });
});

describe('strict UTF-8', () => {
  const bytes = (...values: number[]) => Uint8Array.from(values);
  it('names the first byte of the first ill-formed sequence', () => {
    expect(firstInvalidUtf8(Buffer.from('café', 'latin1'))).toBe(3); // é as 0xE9 followed by nothing
    expect(firstInvalidUtf8(Buffer.from('"café" ok', 'latin1'))).toBe(4); // 0xE9 followed by a quote
    expect(firstInvalidUtf8(bytes(0x61, 0x80))).toBe(1); // a stray continuation byte
    expect(firstInvalidUtf8(bytes(0xc0, 0x80))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0x80))).toBe(0); // overlong
    expect(firstInvalidUtf8(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(1); // a surrogate
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // above U+10FFFF
    expect(firstInvalidUtf8(bytes(0xf0, 0x9f, 0x98))).toBe(0); // cut short
    expect(firstInvalidUtf8(bytes(0xff, 0xfe, 0x5b, 0x00))).toBe(0); // UTF-16
    expect(firstInvalidUtf8(Buffer.from('café 😀 ñ'))).toBe(-1);
  });
  it('agrees with the platform decoder on any bytes, and the text before the offset decodes', () => {
    const sometimesUtf8 = fc.oneof(fc.uint8Array({ maxLength: 12 }), fc.string({ unit: 'grapheme' }).map((s) => new Uint8Array(Buffer.from(s))));
    fc.assert(
      fc.property(sometimesUtf8, (input) => {
        const offset = firstInvalidUtf8(input);
        const decoded = decodeUtf8(input);
        expect(decoded.ok).toBe(offset === -1);
        if (!decoded.ok) {
          expect(decoded.offset).toBe(offset);
          expect(decodeUtf8(input.subarray(0, offset)).ok).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
  it('keeps a byte order mark for stripBom to drop', () => {
    const decoded = decodeUtf8(Buffer.from('\uFEFF[1]'));
    expect(decoded).toEqual({ ok: true, text: '\uFEFF[1]' });
    expect(stripBom('\uFEFF[1]')).toBe('[1]');
    expect(stripBom('[1]\uFEFF')).toBe('[1]\uFEFF');
  });
});

describe('readTextFile', () => {
  it('reads a regular UTF-8 file, without its byte order mark', () => {
    writeFileSync(path.join(dir, 'bom.txt'), '\uFEFFhé');
    expect(readTextFile(path.join(dir, 'bom.txt'))).toEqual({ ok: true, text: 'hé' });
  });
  it('refuses what is not a regular file, by what it is', () => {
    expect(readTextFile(dir, { shownAs: 'dir' })).toEqual({ ok: false, problem: 'dir: not a regular file (a directory)' });
    expect(readTextFile('/dev/zero')).toEqual({ ok: false, problem: '/dev/zero: not a regular file (a character device)' });
    expect(readTextFile('/dev/null')).toEqual({ ok: false, problem: '/dev/null: not a regular file (a character device)' });
  });
  it('refuses a file larger than the cap from its size, and one that reads longer than it says', () => {
    const file = path.join(dir, 'eleven.txt');
    writeFileSync(file, 'x'.repeat(11));
    expect(readTextFile(file, { maxBytes: 10, shownAs: 'eleven.txt' })).toEqual({ ok: false, problem: 'eleven.txt: larger than 10 bytes (11 bytes)' });
    expect(readTextFile(file, { maxBytes: 11 })).toEqual({ ok: true, text: 'x'.repeat(11) });
    // Files in /proc say they are empty: only the read itself can enforce the cap.
    expect(readTextFile('/proc/self/status', { maxBytes: 16 })).toEqual({ ok: false, problem: '/proc/self/status: larger than 16 bytes (more than 16 bytes read)' });
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
  });
  it('names the byte offset of the first invalid byte', () => {
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('id: café', 'latin1'));
    expect(readTextFile(path.join(dir, 'latin1.txt'), { shownAs: 'latin1.txt' })).toEqual({ ok: false, problem: 'latin1.txt: not valid UTF-8 at byte 7' });
  });
  it('says why a file cannot be opened, and escapes the name', () => {
    expect(readTextFile(path.join(dir, 'missing\u001b.txt'), { shownAs: 'missing\u001b.txt' })).toEqual({ ok: false, problem: 'cannot read missing\\u001b.txt: ENOENT (no such file)' });
  });
});

describe('nesting depth', () => {
  it(`lets JSON nest ${MAX_DEPTH} levels and no more, wherever the text is`, () => {
    expect(jsonTooDeep(nested(MAX_DEPTH))).toBeUndefined();
    expect(jsonTooDeep(nested(MAX_DEPTH + 1))?.path).toEqual(Array(MAX_DEPTH).fill(0));
    expect(jsonTooDeep(`{"a": ${nested(MAX_DEPTH - 1)}}`)).toBeUndefined();
    expect(jsonTooDeep(`{"a": ${nested(MAX_DEPTH)}}`)?.path.slice(0, 2)).toEqual(['a', 0]);
    expect(jsonTooDeep(`["${'['.repeat(1000)}", "\\"[[[${'{'.repeat(100)}"]`)).toBeUndefined(); // inside strings
  });
  it('names the path and the id of the entry holding the deep value, even when the id comes after it', () => {
    const found = jsonTooDeep(`[{"id": "a"},\n{"facts": {"force": ${nested(100_000)}}, "id": "b\\u0041"}]`);
    expect(found?.path.slice(0, 4)).toEqual([1, 'facts', 'force', 0]);
    expect(found?.ids[1]).toBe('bA');
    expect(found?.line).toBe(2);
  });
  it('measures any JSON value as JSON.parse builds it', () => {
    const depth = (v: unknown): number => (typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0);
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), fc.integer({ min: 1, max: 9 }), (value, max) => {
        const text = JSON.stringify(value, null, 1);
        expect(jsonTooDeep(text, max) !== undefined).toBe(depth(value) > max);
        expect(valueTooDeep(value, max) !== undefined).toBe(depth(value) > max);
      }),
      { numRuns: 500 },
    );
  });
  it('stops the YAML parser before it builds a value too deep, in flow and block style', () => {
    const flow = yamlTooDeep(`scenarios:\n  - id: deep\n    facts: { force: ${nested(100_000)} }\n`);
    expect(flow?.path.slice(0, 4)).toEqual(['scenarios', 0, 'facts', 'force']);
    expect(flow?.ids[2]).toBe('deep');
    expect(flow?.line).toBe(3);
    expect(yamlTooDeep(`${'- '.repeat(100_000)}x\n`)?.path).toEqual(Array(MAX_DEPTH).fill(0));
    expect(yamlTooDeep(`a: ${nested(MAX_DEPTH - 1)}\n`)).toBeUndefined();
    expect(yamlTooDeep(`a: ${nested(MAX_DEPTH)}\n`)).toBeDefined();
    let block = 'x';
    for (let i = 0; i < 100; i++) block = `k:\n${block.replace(/^/gm, ' ')}`;
    expect(yamlTooDeep(block)?.path).toEqual(Array(MAX_DEPTH).fill('k'));
  });
  it('finds values made deep (or cyclic) by YAML aliases', () => {
    let chain = `a0: &a0 ${nested(40)}\n`;
    for (let i = 1; i < 3; i++) chain += `a${i}: &a${i} ${nested(20, `*a${i - 1}`)}\n`;
    expect(yamlTooDeep(chain)).toBeUndefined();
    expect(valueTooDeep(parseYaml(chain))?.slice(0, 2)).toEqual(['a2', 0]);
    expect(valueTooDeep(parseYaml('a: &x [ *x ]'))?.slice(0, 3)).toEqual(['a', 0, 0]);
    expect(valueTooDeep({ a: [[1]], b: 2 })).toBeUndefined();
  });
});
