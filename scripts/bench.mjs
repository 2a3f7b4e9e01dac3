#!/usr/bin/env node
/**
 * `npm run bench`: builds the site and prints figures (a benchmark, not a test).
 *  1. gzip bytes of the JS and CSS the check route loads (excluding noModule polyfills), and of its HTML;
 *  2. in headless Chromium at 390×844, over loopback with gzip, the median of 5 runs of the time until
 *     the first question is visible AND answerable (hydrated), at CPU 1× and 4× (DevTools throttling);
 *  3. Lighthouse (mobile) scores for the start page and the check route: the median of 3 runs, with
 *     the range (on a shared 2-core machine one run can swing by several points).
 * Options: --no-build (use out/ as it is), --no-lighthouse, --runs N.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const PORT = 4390;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const KiB = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// 1. Bytes the check route loads.
function routeBytes(route) {
  const html = readFileSync(path.join('out', route, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnoModule\b|\bnomodule\b/.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]))];
  const styles = [...new Set([...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]))];
  const gz = (file) => gzipSync(readFileSync(path.join('out', file.split('?')[0]))).length;
  return { js: scripts.reduce((n, f) => n + gz(f), 0), css: styles.reduce((n, f) => n + gz(f), 0), files: scripts.length, html: gzipSync(html).length };
}
const check = routeBytes('en/check');
const start = routeBytes('en');
console.log('Bytes (gzip)');
console.log(`  /en/check/  JS ${KiB(check.js)} in ${check.files} files (budget 160 KiB)  CSS ${KiB(check.css)}  HTML ${KiB(check.html)}`);
console.log(`  /en/        JS ${KiB(start.js)}  CSS ${KiB(start.css)}  HTML ${KiB(start.html)}`);

// 2. Time to the first answerable question.
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
async function firstQuestion(rate) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.goto(`${ORIGIN}/en/check/`, { waitUntil: 'commit' });
  await page.locator('.check-app[data-ready] input[type=radio]').first().waitFor({ state: 'visible' });
  const times = await page.evaluate(() => ({
    ready: performance.getEntriesByName('itt:check-ready')[0]?.startTime ?? NaN,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
  }));
  await context.close();
  return Math.max(times.ready, times.fcp);
}
console.log(`First question visible and answerable, /en/check/ at 390×844, median of ${RUNS}`);
for (const rate of [1, 4]) {
  await firstQuestion(rate); // warm the server's file cache, not the browser's (each run is a new context)
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await firstQuestion(rate));
  console.log(`  CPU ${rate}×: ${Math.round(median(runs))} ms  (runs: ${runs.map(Math.round).join(', ')})${rate === 4 ? '  budget 700 ms' : ''}`);
}
await browser.close();

// 3. Lighthouse, mobile.
if (!args.includes('--no-lighthouse')) {
  console.log('Lighthouse 12.8.2 (mobile), median of 3 [range]: performance / accessibility / best practices');
  const lighthouse = (route) => {
    const run = spawnSync(
      'npx',
      ['--yes', 'lighthouse@12.8.2', `${ORIGIN}${route}`, '--only-categories=performance,accessibility,best-practices', '--output=json', '--output-path=stdout', '--quiet',
        `--chrome-flags=--headless=new ${FLAGS.join(' ')}`],
      { env: { ...env, CHROME_PATH: CHROMIUM }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    if (run.status !== 0) throw new Error(`lighthouse failed on ${route}: ${run.stderr.split('\n').slice(-3).join(' ')}`);
    const { categories } = JSON.parse(run.stdout);
    return ['performance', 'accessibility', 'best-practices'].map((c) => Math.round(categories[c].score * 100));
  };
  for (const route of ['/en/', '/en/check/']) {
    const runs = [lighthouse(route), lighthouse(route), lighthouse(route)];
    const column = (i) => {
      const xs = runs.map((r) => r[i]);
      return `${median(xs)} [${Math.min(...xs)}–${Math.max(...xs)}]`;
    };
    console.log(`  ${route.padEnd(11)} ${column(0)} / ${column(1)} / ${column(2)}`);
  }
}
server.kill();
