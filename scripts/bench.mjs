#!/usr/bin/env node
/**
 * `npm run bench`: builds the site for the benchmark and prints figures (a benchmark, not a test: it
 * never fails because a figure is over its budget). It measures the check against two floors in the
 * same run, on the same machine, through the same server:
 *   check  /en/check/          the check's first screen (who it is about), which works with CSS before the scripts;
 *   blank  /en/bench-blank/    the same stack with nothing in it: the root layout (the same <head>, inline
 *                              stylesheet and Quick exit guard) and one client component that marks its
 *                              hydration and has a button whose click changes its text (it needs the scripts);
 *                              app/[locale]/bench-blank/page.bench.tsx, built only with ITT_BENCH=1;
 *   plain  /bench-plain/       the physical floor: the same first question as a plain HTML form (the same
 *                              words, a tiny inline style, no scripts), written into out/ for the run only.
 *
 *  1. Bytes (gzip) of the check route's HTML and JS (no noModule polyfills; its data file apart), of the
 *     blank page's HTML and JS, and the difference check − blank.
 *  2. Loads in headless Chromium at 390×844 with CPU 4× (DevTools throttling), under three network
 *     conditions (DevTools emulation: no throttling; slow 4G 150 ms, 1.6 Mbit/s down, 750 kbit/s up;
 *     3G 300 ms, 400 kbit/s both ways), interleaved check, blank, plain, check, … with a fresh browser
 *     context (no cache) for every load, served by scripts/serve.mjs (as `npm start`: gzip, the real
 *     headers). For each load, from navigation start:
 *       visible     the first radio of the first screen is painted (blank: its button) — see PROBE;
 *       answerable  a real tap on the first screen has an effect — see answerable();
 *       ready       check: the island has hydrated (itt:check-ready) and its data file has arrived (both
 *                   needed before the first question can be shown); blank: itt:blank-ready (hydrated).
 *     Medians per variant and condition, and the ratios check/blank and check/plain.
 *  3. Budgets beside the figures, each PASS or OVER: the tap at 3G ≤ 1.5× plain; check JS ≤ blank JS +
 *     24 KiB gzip; check HTML < 12 KiB gzip.
 *  4. Lighthouse (mobile) for /en/ and /en/check/: the median of 3 runs with the range (on a shared
 *     2-core machine one run can swing by several points).
 * All results also go to test-results/bench.json.
 * Options: --loads N (per variant and condition; default 22), --no-build (use out/ as the last bench
 * build left it), --no-lighthouse, --conditions none,4g,3g (a subset, for development).
 * The full run takes about 13 minutes here (build ~1, loads ~10, Lighthouse ~2); develop with e.g.
 * `npm run bench -- --loads 3 --no-lighthouse` (~3 minutes).
 * The build leaves the blank page in out/ (as /en/bench-blank/): run `npm run build` before deploying out/.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const LOADS = Math.max(1, Number(option('loads', '22')) || 22);
const PORT = 4390;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const CPU_RATE = 4;
const KiB = (n) => `${(n / 1024).toFixed(1)} KiB`;
const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const began = Date.now();

/** DevTools network emulation (Network.emulateNetworkConditions: latency in ms, throughput in bytes/s). */
const CONDITIONS = [
  { id: 'none', name: 'no throttling', network: null },
  { id: '4g', name: 'slow 4G', network: { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8) } },
  { id: '3g', name: '3G', network: { offline: false, latency: 300, downloadThroughput: (400e3 / 8), uploadThroughput: (400e3 / 8) } },
];
const wanted = option('conditions', 'none,4g,3g').split(',');
const conditions = CONDITIONS.filter((c) => wanted.includes(c.id));

// ── Build (with the blank page) ─────────────────────────────────────────────────────────────────
if (!args.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...env, ITT_BENCH: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync('out/en/bench-blank/index.html')) {
  console.error('bench: out/en/bench-blank/ is missing (out/ comes from `npm run build`, which never has it): run the bench without --no-build');
  process.exit(1);
}

// ── 1. Bytes ────────────────────────────────────────────────────────────────────────────────────
const gz = (file) => gzipSync(readFileSync(path.join('out', file.split('?')[0]))).length;
function routeBytes(route) {
  const html = readFileSync(path.join('out', route, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0]));
  const scripts = [...new Set(tags.map((m) => m[1]))];
  const data = [...new Set([...html.matchAll(/<link\b[^>]*href="(\/_data\/[^"]+\.json)"/g)].map((m) => m[1]))];
  return { html: gzipSync(html).length, js: scripts.reduce((n, f) => n + gz(f), 0), jsFiles: scripts.length, data: data.reduce((n, f) => n + gz(f), 0), dataFiles: data };
}
const bytes = { check: routeBytes('en/check'), blank: routeBytes('en/bench-blank'), start: routeBytes('en') };
const jsOver = bytes.check.js - bytes.blank.js;
console.log('Bytes (gzip; JS without noModule polyfills; the stylesheet is inline in the HTML)');
console.log(`  /en/check/        HTML ${KiB(bytes.check.html)}  JS ${KiB(bytes.check.js)} in ${bytes.check.jsFiles} files  data ${KiB(bytes.check.data)} (${bytes.check.dataFiles.map((f) => path.basename(f)).join(', ')}, preloaded)`);
console.log(`  /en/bench-blank/  HTML ${KiB(bytes.blank.html)}  JS ${KiB(bytes.blank.js)} in ${bytes.blank.jsFiles} files`);
console.log(`  /en/              HTML ${KiB(bytes.start.html)}  JS ${KiB(bytes.start.js)} in ${bytes.start.jsFiles} files`);
console.log(`  check JS − blank JS: ${KiB(jsOver)}`);

// What the country choice costs the check page (issue 10: at most 8 KiB gzip of HTML and JS): the
// country options in the HTML and the country-code list in its scripts, each measured as the page
// with it against the same page without it; the countries' contacts and names in the data file apart.
function countryBytes() {
  const html = readFileSync('out/en/check/index.html', 'utf8');
  const select = /<select[^>]*id="settings-country"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
  const options = gzipSync(html).length - gzipSync(html.replace(select, select.replace(/<option[\s\S]*<\/select>/, '</select>'))).length;
  const tags = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/\bnomodule\b/i.test(m[0])).map((m) => m[1]);
  let codes = 0;
  for (const file of new Set(tags)) {
    const js = readFileSync(path.join('out', file.split('?')[0]), 'utf8');
    const at = js.indexOf('"AD","AE"');
    if (at < 0) continue;
    const list = js.slice(at - 1, js.indexOf(']', at) + 1);
    codes += gzipSync(js).length - gzipSync(js.replace(list, '[]')).length;
  }
  const dataFile = [...html.matchAll(/<link\b[^>]*href="(\/_data\/check\.[^"]+\.json)"/g)][0]?.[1];
  let data = 0;
  if (dataFile) {
    const json = JSON.parse(readFileSync(path.join('out', dataFile), 'utf8'));
    const home = (c) => !c.country || c.country === 'US' || c.country === 'GB';
    const without = { ...json, contacts: Object.fromEntries(Object.entries(json.contacts).filter(([, c]) => home(c))), contactFacts: json.contactFacts.filter(home), countryNames: {} };
    data = gzipSync(JSON.stringify(json)).length - gzipSync(JSON.stringify(without)).length;
  }
  return { options, codes, data };
}
const countries = countryBytes();
console.log(`  the country choice in /en/check/: options in the HTML ${countries.options} B + country codes in the JS ${countries.codes} B = ${KiB(countries.options + countries.codes)} (budget 8 KiB; the routing code is not counted apart); other countries' contacts and names in the data file ${KiB(countries.data)}`);

// ── The plain page: the check's first question as a plain form, with the check's own words ───────
const checkHtml = readFileSync('out/en/check/index.html', 'utf8');
const first = checkHtml.slice(checkHtml.indexOf('<section class="screen screen--perspective'), checkHtml.indexOf('<section class="screen screen--place'));
const grab = (re, from = first) => {
  const m = re.exec(from);
  if (!m) throw new Error(`bench: the check's first screen has changed (no match for ${re}); update the plain page in scripts/bench.mjs`);
  return m[1];
};
const radios = [...first.matchAll(/<input id="(settings-perspective-[^"]+)" type="radio" name="perspective" value="([^"]+)"[^>]*>\s*<label for="\1">(.*?)<\/label>(?:\s*<p id="\1-hint" class="radio__hint">(.*?)<\/p>)?/g)];
if (radios.length < 2) throw new Error('bench: the perspective radios of the check were not found; update the plain page in scripts/bench.mjs');
const PLACE_TITLE = grab(/id="settings-place-title"[^>]*>(.*?)<\/h1>/, checkHtml);
const PLAIN_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${grab(/<title>(.*?)<\/title>/, checkHtml)}</title>
<style>body{margin:0;padding:1rem;font:1.1875rem/1.45 system-ui,sans-serif;color:#0b0c0c}fieldset{border:0;margin:0;padding:0}h1{font-size:1.6rem;margin:0 0 .75rem}.hint{color:#484949}.radio{margin:0 0 .6rem}.radio input{width:32px;height:32px;margin:0 .5rem 0 0;vertical-align:middle}.radio label{padding:.5rem 0;display:inline-block}button{font:inherit;font-weight:600;min-height:44px;padding:.6rem 1.1rem;border:0;background:#00703c;color:#fff}</style></head>
<body><form action="#"><fieldset><legend><h1>${grab(/id="settings-perspective-title"[^>]*>(.*?)<\/h1>/)}</h1></legend><p class="hint">${grab(/id="settings-perspective-hint"[^>]*>(.*?)<\/p>/)}</p>
${radios.map(([, id, value, label, hint]) => `<div class="radio"><input id="${id}" type="radio" name="perspective" value="${value}"><label for="${id}">${label}</label>${hint ? `<p class="radio__hint">${hint}</p>` : ''}</div>`).join('\n')}
</fieldset><button type="submit">${grab(/<label for="go-perspective" class="button">(.*?)<\/label>/)}</button></form></body></html>
`;
const PLAIN_DIR = path.join('out', 'bench-plain');

/**
 * The variants. `visible`: the element whose paint counts as "the question is visible" (the first
 * radio's label; blank: its button). `taps`: what a person taps, in order; `effect`: an expression, in
 * the page, that is true once the taps have worked.
 *  - check: "About someone else", then Continue; the effect is the "Where is this happening?" screen.
 *    Before hydration Continue is a label for a checkbox that the page's CSS waits for; after it, a
 *    button the island handles: both count (`.screen--perspective .button` is either).
 *  - blank: its button; the effect is its new text (only the hydrated component can do that).
 *  - plain: "About someone else"; the effect is that radio checked.
 */
const VARIANTS = [
  {
    id: 'check',
    path: '/en/check/',
    visible: '.screen--perspective .radio label',
    taps: ['label[for="settings-perspective-other"]', '.screen--perspective .button'],
    effect: `(() => { const h = document.getElementById('settings-place-title'); return !!h && h.getClientRects().length > 0 && h.textContent === ${JSON.stringify(PLACE_TITLE.replace(/&#x27;/g, "'"))}; })()`,
  },
  {
    id: 'blank',
    path: '/en/bench-blank/',
    visible: '#bench-blank-button',
    taps: ['#bench-blank-button'],
    effect: `document.getElementById('bench-blank-button')?.textContent === 'Tapped'`,
  },
  {
    id: 'plain',
    path: '/bench-plain/',
    visible: '.radio label',
    taps: ['label[for="settings-perspective-other"]'],
    effect: `document.getElementById('settings-perspective-other')?.checked === true`,
  },
];

/**
 * Injected before any of the page's own scripts (an init script is not subject to the page's CSP).
 * "visible" is measured two ways, and the first one is used when it is there:
 *  - Element Timing: a MutationObserver gives the `visible` element an `elementtiming` attribute as
 *    soon as the parser inserts it (mutation callbacks run before the next rendering update), and a
 *    PerformanceObserver reads the 'element' entry's renderTime: the paint of that element's text.
 *  - rAF polling, the fallback: the first animation frame in which the element has a box inside the
 *    viewport (that frame is painted right after); the figure used is then max(that, first-contentful-paint).
 * It also records every real (isTrusted) mouseup: performance.now() when the page's main thread
 * handled it, and its event.timeStamp (when the input was made), for answerable().
 */
const PROBE = (variant) => `(() => {
  const SEL = ${JSON.stringify(variant.visible)};
  const itt = (window.__itt = { taps: [], element: null, raf: null });
  addEventListener('mouseup', (e) => { if (e.isTrusted) itt.taps.push({ at: performance.now(), made: e.timeStamp }); }, true);
  const tag = () => { const el = document.querySelector(SEL); if (el && !el.hasAttribute('elementtiming')) el.setAttribute('elementtiming', 'itt-visible'); return el; };
  if (!tag()) new MutationObserver((_, observer) => { if (tag()) observer.disconnect(); }).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.identifier === 'itt-visible' && itt.element === null) itt.element = e.renderTime || e.loadTime; }).observe({ type: 'element', buffered: true });
  } catch {}
  const poll = () => {
    const el = document.querySelector(SEL);
    const r = el && el.getBoundingClientRect();
    if (r && r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight) itt.raf = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  itt.state = (selector, since) => {
    const el = selector && document.querySelector(selector);
    const r = el && el.getBoundingClientRect();
    const box = r && r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    return { effect: ${variant.effect}, count: itt.taps.length, tap: since === null ? null : itt.taps[since] ?? null, now: performance.now(), box };
  };
})();`;

/**
 * answerable: real taps through the browser's input pipeline (page.mouse.click: CDP
 * Input.dispatchMouseEvent at the element's centre), the same way for all three variants. From the
 * moment the element exists (and has a box in the viewport) the whole sequence of taps is tried,
 * again every ~50 ms until its effect is seen; the figure is performance.now() in the page (from
 * navigation start) when the page's main thread handled the tap whose effect was seen (for the check,
 * its Continue tap, the last of two; if the first tap alone already showed the effect, that one).
 * Why this is fair: a tap counts only if it worked, whatever made it work — CSS and native form controls
 * (check before hydration, plain) or React's handlers (blank, and the check after hydration). The time is
 * taken when the page handled the input, not when it was sent, so it includes: the network and parsing
 * until the element exists, layout, the wait of an input queued behind a long task (script evaluation,
 * hydration — event.timeStamp is kept to show that wait), and for the blank page the scripts and
 * hydration its button needs. It also includes, for all three alike, up to ~50 ms of polling and one
 * DevTools round trip per tap (the check's two taps cost it one more round trip, a few ms).
 */
async function answerable(page, variant, deadline) {
  const state = (selector, since) => page.evaluate(([s, n]) => window.__itt?.state(s, n) ?? null, [selector, since]).catch(() => null);
  let attempts = 0;
  /** Sequences tapped in full whose effect was not seen, and when their last tap was handled. */
  const lost = [];
  while (Date.now() < deadline) {
    const start = Date.now();
    attempts++;
    let since = null;
    for (const selector of [...variant.taps, null]) {
      const s = await state(selector, since);
      if (!s) break;
      if (s.effect && since !== null) {
        const tap = s.tap ?? { at: s.now, made: NaN }; // (a tap not seen by the probe: the time of the check)
        return { at: tap.at, inputDelay: tap.at - tap.made, attempts, lost };
      }
      if (selector === null) {
        lost.push(s.tap?.at ?? s.now);
        break;
      }
      if (!s.box) break;
      since = s.count;
      await page.mouse.click(s.box.x, s.box.y).catch(() => {});
    }
    await sleep(Math.max(0, 50 - (Date.now() - start)));
  }
  return { at: NaN, inputDelay: NaN, attempts, lost };
}

/** One load, in a fresh context (no cache, no storage). */
async function load(browser, variant, condition) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
  try {
    await context.addInitScript({ content: PROBE(variant) });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
    if (condition.network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', condition.network);
    }
    const deadline = Date.now() + 90_000;
    await page.goto(`${ORIGIN}${variant.path}`, { waitUntil: 'commit', timeout: 90_000 });
    const tap = await answerable(page, variant, deadline);
    // The rest of the load: what the check needs before its first question, the blank page's hydration.
    const readyCheck = {
      check: () => performance.getEntriesByName('itt:check-ready').length > 0 && performance.getEntriesByType('resource').some((r) => r.name.includes('/_data/check.en.') && r.responseEnd > 0),
      blank: () => performance.getEntriesByName('itt:blank-ready').length > 0,
      plain: () => true,
    }[variant.id];
    await page.waitForFunction(readyCheck, null, { polling: 100, timeout: Math.max(1000, deadline - Date.now()) }).catch(() => {});
    await page.waitForFunction(() => window.__itt && (window.__itt.element !== null || window.__itt.raf !== null), null, { polling: 100, timeout: 5000 }).catch(() => {});
    // Element timing entries reach an observer in a task of their own, which a busy page may not have
    // run yet: ask for the buffered ones again.
    const element = await page.evaluate(
      () =>
        new Promise((resolve) => {
          setTimeout(() => resolve(null), 2000);
          try {
            new PerformanceObserver((list) => {
              const e = list.getEntries().find((x) => x.identifier === 'itt-visible');
              if (e) resolve(e.renderTime || e.loadTime);
            }).observe({ type: 'element', buffered: true });
          } catch {
            resolve(null);
          }
        }),
    ).catch(() => null);
    const m = await page.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const nav = performance.getEntriesByType('navigation')[0];
      const data = performance.getEntriesByType('resource').filter((r) => r.name.includes('/_data/check.en.') && r.responseEnd > 0);
      const scripts = performance.getEntriesByType('resource').filter((r) => r.initiatorType === 'script' || /\.js(\?|$)/.test(r.name));
      return {
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        element: window.__itt?.element ?? NaN,
        raf: window.__itt?.raf ?? NaN,
        htmlEnd: nav?.responseEnd ?? NaN,
        scriptsEnd: scripts.length ? Math.max(...scripts.map((r) => r.responseEnd)) : NaN,
        checkReady: mark('itt:check-ready'),
        dataEnd: data.length ? Math.min(...data.map((r) => r.responseEnd)) : NaN,
        blankReady: mark('itt:blank-ready'),
        // The very first tap (whether it worked or not): when it was made, and when the page handled it.
        firstTapMade: window.__itt?.taps[0]?.made ?? NaN,
        firstTapHandled: window.__itt?.taps[0]?.at ?? NaN,
        transferred: (nav?.transferSize ?? 0) + performance.getEntriesByType('resource').reduce((n, r) => n + r.transferSize, 0),
      };
    });
    m.element = Number.isFinite(m.element) && m.element > 0 ? m.element : element > 0 ? element : NaN;
    const visible = Number.isFinite(m.element) && m.element > 0 ? m.element : Math.max(m.fcp, m.raf);
    const ready = variant.id === 'check' ? Math.max(m.checkReady, m.dataEnd) : variant.id === 'blank' ? m.blankReady : NaN;
    const hydrated = variant.id === 'check' ? m.checkReady : m.blankReady;
    return { visible, answerable: tap.at, ready, tapBeforeHydration: variant.id === 'check' ? tap.at < m.checkReady : null, inputDelay: tap.inputDelay, attempts: tap.attempts, lostTaps: tap.lost, hydrated, ...m };
  } finally {
    await context.close();
  }
}

// ── 2. Loads ────────────────────────────────────────────────────────────────────────────────────
const round = (n) => (Number.isFinite(n) ? Math.round(n) : null);
const results = {};
let server;
let browser;
const cleanUp = () => {
  rmSync(PLAIN_DIR, { recursive: true, force: true });
  server?.kill();
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
let lighthouse = null;
try {
  mkdirSync(PLAIN_DIR, { recursive: true });
  writeFileSync(path.join(PLAIN_DIR, 'index.html'), PLAIN_HTML);
  server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('Serving') && resolve());
    server.on('exit', (code) => reject(new Error(`scripts/serve.mjs exited ${code}`)));
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const loadStart = loadavg()[0];
  // One load of each first, not counted: the server's file cache and the browser's own first-use costs.
  for (const variant of VARIANTS) await load(browser, variant, CONDITIONS[0]);
  for (const condition of conditions) {
    results[condition.id] = Object.fromEntries(VARIANTS.map((v) => [v.id, []]));
    for (let i = 0; i < LOADS; i++) {
      for (const variant of VARIANTS) results[condition.id][variant.id].push(await load(browser, variant, condition));
      if (process.stderr.isTTY) process.stderr.write(`\r  ${condition.name}: ${i + 1}/${LOADS} `);
    }
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  }
  await browser.close();
  browser = null;

  const med = (c, v, key) => median(results[c][v].map((r) => r[key]));
  const ms = (n) => (Number.isFinite(n) ? String(Math.round(n)) : '–');
  const x = (a, b) => (Number.isFinite(a / b) ? `${(a / b).toFixed(2)}×` : '–');
  const pad = (s, n) => String(s).padStart(n);
  console.log(`\nLoads at 390×844, CPU ${CPU_RATE}×, fresh context each, interleaved; median of ${LOADS} per variant and condition, ms from navigation start`);
  console.log(`  (load average at start ${loadStart.toFixed(2)} on ${availableParallelism()} cores)`);
  console.log(`                 ${'visible'.padEnd(34)}  ${'answerable (tap has an effect)'.padEnd(34)}  check: questions  blank:`);
  console.log(`  condition       check  blank  plain  c/blank  c/plain   check  blank  plain  c/blank  c/plain   ready (hydrated)  hydrated`);
  for (const c of conditions) {
    const v = (id) => med(c.id, id, 'visible');
    const a = (id) => med(c.id, id, 'answerable');
    console.log(
      `  ${c.name.padEnd(14)} ${pad(ms(v('check')), 6)} ${pad(ms(v('blank')), 6)} ${pad(ms(v('plain')), 6)} ${pad(x(v('check'), v('blank')), 8)} ${pad(x(v('check'), v('plain')), 8)}  ` +
        `${pad(ms(a('check')), 6)} ${pad(ms(a('blank')), 6)} ${pad(ms(a('plain')), 6)} ${pad(x(a('check'), a('blank')), 8)} ${pad(x(a('check'), a('plain')), 8)}  ` +
        `${pad(ms(med(c.id, 'check', 'ready')), 7)} (${ms(med(c.id, 'check', 'checkReady'))}) ${pad(ms(med(c.id, 'blank', 'blankReady')), 9)}`,
    );
  }
  for (const c of conditions) {
    const runs = results[c.id].check;
    const before = runs.filter((r) => r.tapBeforeHydration).length;
    const lost = runs.filter((r) => r.lostTaps.length > 0).length;
    const failed = VARIANTS.map((v) => [v.id, results[c.id][v.id].filter((r) => !Number.isFinite(r.answerable)).length]).filter(([, n]) => n > 0);
    console.log(
      `  ${c.name}: HTML complete ${ms(med(c.id, 'check', 'htmlEnd'))} ms (blank ${ms(med(c.id, 'blank', 'htmlEnd'))}, plain ${ms(med(c.id, 'plain', 'htmlEnd'))}); check's last script ${ms(med(c.id, 'check', 'scriptsEnd'))} ms (blank ${ms(med(c.id, 'blank', 'scriptsEnd'))}), data file ${ms(med(c.id, 'check', 'dataEnd'))} ms`,
    );
    console.log(
      `      check: the working tap came before hydration in ${before}/${runs.length} loads; a full tap sequence had no effect in ${lost}/${runs.length} loads; ` +
        `input delay of the working tap ${ms(med(c.id, 'check', 'inputDelay'))} ms (blank ${ms(med(c.id, 'blank', 'inputDelay'))}, plain ${ms(med(c.id, 'plain', 'inputDelay'))}); ` +
        `first tap made at ${ms(med(c.id, 'check', 'firstTapMade'))} ms, handled at ${ms(med(c.id, 'check', 'firstTapHandled'))} ms (plain ${ms(med(c.id, 'plain', 'firstTapMade'))} → ${ms(med(c.id, 'plain', 'firstTapHandled'))})` +
        (failed.length ? `; no effect within 90 s: ${failed.map(([v, n]) => `${v} ${n}`).join(', ')}` : ''),
    );
  }

  // ── 3. Budgets ──
  const budgets = [];
  if (results['3g']) {
    const check3g = med('3g', 'check', 'answerable');
    const plain3g = med('3g', 'plain', 'answerable');
    budgets.push({ name: 'tap at 3G ≤ 1.5× plain', figure: `${ms(check3g)} ms vs ${ms(plain3g)} ms (${x(check3g, plain3g)})`, pass: check3g <= 1.5 * plain3g });
  }
  budgets.push({ name: 'check JS ≤ blank + 24 KiB gzip', figure: `${KiB(bytes.check.js)} vs ${KiB(bytes.blank.js)} + 24 KiB (+${KiB(jsOver)})`, pass: jsOver <= 24 * 1024 });
  budgets.push({ name: 'check HTML < 12 KiB gzip', figure: `${KiB(bytes.check.html)} (${bytes.check.html} bytes)`, pass: bytes.check.html < 12 * 1024 });
  console.log('\nBudgets');
  for (const b of budgets) console.log(`  ${b.pass ? 'PASS' : 'OVER'}  ${b.name.padEnd(32)} ${b.figure}`);

  const summary = Object.fromEntries(
    conditions.map((c) => [
      c.id,
      Object.fromEntries(VARIANTS.map((v) => [v.id, Object.fromEntries(['visible', 'answerable', 'ready', 'hydrated', 'fcp', 'element', 'raf', 'htmlEnd', 'scriptsEnd', 'dataEnd', 'inputDelay', 'firstTapMade', 'firstTapHandled', 'attempts', 'transferred'].map((k) => [k, round(med(c.id, v.id, k))]))])),
    ]),
  );
  const ratios = Object.fromEntries(
    conditions.map((c) => [c.id, Object.fromEntries(['visible', 'answerable'].flatMap((k) => ['blank', 'plain'].map((f) => [`${k}:check/${f}`, Number((summary[c.id].check[k] / summary[c.id][f][k]).toFixed(3))])))]),
  );

  // ── 4. Lighthouse, mobile ──
  if (!args.includes('--no-lighthouse')) {
    console.log('\nLighthouse 12.8.2 (mobile), median of 3 runs (fewer if one failed) [range]: performance / accessibility / best practices');
    // Lighthouse now and then fails to record a trace on a busy machine (NO_NAVSTART): try a run up
    // to three times, and print the failure rather than lose the figures above.
    const attempt = (route) => {
      const r = spawnSync(
        'npx',
        ['--yes', 'lighthouse@12.8.2', `${ORIGIN}${route}`, '--only-categories=performance,accessibility,best-practices', '--output=json', '--output-path=stdout', '--quiet',
          `--chrome-flags=--headless=new ${FLAGS.join(' ')}`],
        { env: { ...env, CHROME_PATH: CHROMIUM }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      );
      if (r.status !== 0) return { error: r.stderr.trim().split('\n').slice(-1)[0] };
      const { categories } = JSON.parse(r.stdout);
      return { scores: ['performance', 'accessibility', 'best-practices'].map((c) => Math.round(categories[c].score * 100)) };
    };
    const run = (route) => {
      let result;
      for (let i = 0; i < 3 && !result?.scores; i++) result = attempt(route);
      if (!result.scores) console.log(`  ${route}: Lighthouse failed three times: ${result.error}`);
      return result.scores ?? null;
    };
    lighthouse = {};
    for (const route of ['/en/', '/en/check/']) {
      const runs = [run(route), run(route), run(route)].filter(Boolean);
      lighthouse[route] = runs;
      if (runs.length === 0) continue;
      const column = (i) => {
        const xs = runs.map((r) => r[i]);
        return `${median(xs)} [${Math.min(...xs)}–${Math.max(...xs)}]`;
      };
      console.log(`  ${route.padEnd(11)} ${column(0)} / ${column(1)} / ${column(2)}`);
    }
  }

  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  mkdirSync('test-results', { recursive: true });
  writeFileSync(
    'test-results/bench.json',
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        commit,
        loads: LOADS,
        cpuRate: CPU_RATE,
        viewport: '390x844',
        loadAverage: { start: loadStart, end: loadavg()[0] },
        conditions: conditions.map(({ id, name, network }) => ({ id, name, network })),
        bytes,
        medians: summary,
        ratios,
        budgets,
        lighthouse,
        runs: results,
      },
      null,
      1,
    )}\n`,
  );
  console.log(`\nWritten to test-results/bench.json; ${Math.round((Date.now() - began) / 60000)} min in all. out/ now holds the bench build (with /en/bench-blank/): \`npm run build\` before deploying it.`);
} finally {
  await browser?.close().catch(() => {});
  cleanUp();
}
