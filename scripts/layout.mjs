/**
 * `npm run layout [-- --no-build]`: builds the site, then measures on a phone, in every language
 * (tests/layout/layout.measure.ts), and prints one row per language and screen size: the safety
 * bar's height, the lowest question heading and first answer, the lowest first button and hours of
 * the recommended contact over every result measured. Figures, not a test: it never fails on them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } }).status;
if (!process.argv.includes('--no-build') && run('npm', ['run', 'build']) !== 0) process.exit(1);
rmSync('.test-output/layout', { recursive: true, force: true });
const status = run('npx', ['playwright', 'test', '--config', 'tests/layout/playwright.config.ts']);
if (!existsSync('.test-output/layout')) {
  console.error('layout: no figures were written (see the errors above)');
  process.exit(1);
}
const rows = readdirSync('.test-output/layout').map((f) => JSON.parse(readFileSync(`.test-output/layout/${f}`, 'utf8')));
const order = ['en', 'es', 'fr', 'pt'];
rows.sort((a, b) => order.indexOf(a.locale) - order.indexOf(b.locale) || a.viewport.localeCompare(b.viewport));
const cell = (m) => `${m.value} (${m.where})`;
console.log('\n| language | screen | bar height | lowest question heading top | lowest first answer bottom | lowest first button bottom | lowest hours bottom | results |');
console.log('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.locale} | ${r.viewport} | ${cell(r.barHeight)} | ${cell(r.headingTop)} | ${cell(r.firstAnswerBottom)} | ${cell(r.firstButtonBottom)} | ${cell(r.hoursBottom)} | ${r.results} |`);
}
console.log('\npx from the top of the screen, scrolled to the top; limits: bar ≤ 56, heading ≤ 35% of the height, answer ≤ 844 at 390×844, button and hours ≤ 640 at 360×640');
process.exit(status === 0 ? 0 : 1);
