import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Privacy: a service worker is registered only after the person asks for offline use. The browser
 * tests (tests/e2e/offline.spec.ts, privacy.spec.ts) show nothing is registered until "Yes, keep it
 * on this phone"; this pins the call path in the source, so no other code can register one: one
 * `serviceWorker.register` in the whole code, inside keepCopy, which only the "Yes" button's
 * handler calls.
 */
const ROOTS = ['app', 'public', 'machines', 'content', 'scripts'];
const sources = ROOTS.flatMap((root) =>
  (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => /\.(tsx?|mjs|cjs|js)$/.test(file) && !file.includes('generated'))
    .map((file) => path.join(root, file)),
);
const KEEP = 'app/components/KeepOnPhone.tsx';
const keepSource = readFileSync(KEEP, 'utf8');

/** The body of a top-level function of KeepOnPhone.tsx, up to the next line that closes a block at its indent. */
function body(name: RegExp, indent = ''): string {
  const start = keepSource.search(name);
  expect(start, String(name)).toBeGreaterThanOrEqual(0);
  const end = keepSource.indexOf(`\n${indent}}\n`, start);
  return keepSource.slice(start, end);
}

describe('the service worker is registered only when the person asks', () => {
  it('one call to serviceWorker.register in all the code, in keepCopy', () => {
    const calls = sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/serviceWorker\s*\.\s*register\s*\(/g)].map(() => file));
    expect(calls).toEqual([KEEP]);
    expect(body(/^async function keepCopy\(/m)).toMatch(/serviceWorker\.register\(/);
  });

  it('keepCopy is called only by keep(), and keep() only by the "Yes, keep it on this phone" button', () => {
    expect([...keepSource.matchAll(/keepCopy\(/g)]).toHaveLength(2); // its definition and one call
    expect(body(/^ {2}async function keep\(\)/m, '  ')).toMatch(/await keepCopy\(list\)/);
    const handlers = [...keepSource.matchAll(/onClick=\{keep\}>\s*\{words\.(\w+)\}/g)].map((m) => m[1]);
    expect(handlers).toEqual(['yes']);
    expect([...keepSource.matchAll(/\{keep\}/g)]).toHaveLength(1); // the handler is used once
    expect([...keepSource.matchAll(/\bkeep\(/g)]).toHaveLength(1); // and never called directly: only its definition
    // The yes button sits inside the explanation, which opens only when the person asks for it.
    expect(keepSource).toMatch(/<details className="details">[\s\S]*<p>\{words\.trace\}<\/p>[\s\S]*onClick=\{keep\}[\s\S]*<\/details>/);
  });
});
