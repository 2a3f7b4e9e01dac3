#!/usr/bin/env node
/**
 * `npm test`: every test. Runs vitest (unit, machine, content, scenarios), builds the static site,
 * runs Playwright in Debian's Chromium, then prints one combined line "N passed, N failed" and
 * exits non-zero on any failure or crashed runner (neither runner prints that line itself).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' };
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

mkdirSync('.test-output', { recursive: true });
let passed = 0;
let failed = 0;
let crashed = [];

// 1. vitest
rmSync('.test-output/vitest.json', { force: true });
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=.test-output/vitest.json']);
const vitest = readJson('.test-output/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  if (vitestStatus !== 0 && vitest.numFailedTests === 0) crashed.push(`vitest exited ${vitestStatus}`);
} else crashed.push('vitest wrote no results');

// 2. build the static site (next build, then the script hashes and headers), 3. Playwright against it
const buildStatus = run('npm', ['run', 'build']);
if (buildStatus !== 0) crashed.push(`npm run build exited ${buildStatus}`);
else {
  rmSync('test-results/playwright.json', { force: true });
  const e2eStatus = run('npx', ['playwright', 'test']);
  const e2e = readJson('test-results/playwright.json');
  if (e2e) {
    const { expected = 0, unexpected = 0, flaky = 0 } = e2e.stats ?? {};
    passed += expected + flaky;
    failed += unexpected;
    if (e2eStatus !== 0 && unexpected === 0) crashed.push(`playwright exited ${e2eStatus}${(e2e.errors ?? []).length ? `: ${e2e.errors[0].message}` : ''}`);
  } else crashed.push(`playwright wrote no results (exit ${e2eStatus})`);
}

for (const problem of crashed) console.error(`test runner problem: ${problem}`);
console.log(`${passed} passed, ${failed + crashed.length} failed`);
process.exit(failed + crashed.length > 0 ? 1 : 0);
