import { chromium } from '@playwright/test';
const args = ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const [locale = 'en', place = 'US', country = '', answersJson = '{}', out = '/tmp/x', perspective='self', w='360', h='640'] = process.argv.slice(2);
const ctx = await browser.newContext({ viewport: { width: +w, height: +h } });
const page = await ctx.newPage();
const errors = [];
page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(`http://127.0.0.1:3111/${locale}/check/`);
await page.locator('.check-app[data-ready]').waitFor();
await page.check(`#settings-perspective-${perspective}`); await page.click('.screen--perspective button.button');
await page.check(`#settings-place-${place}`); await page.click('.screen--place button.button');
if (country) { await page.screenshot({ path: out + '-country.png' }); await page.selectOption('#settings-country', country); await page.click('.screen--country button.button'); }
const answers = JSON.parse(answersJson);
for (let i = 0; i < 20; i++) {
  await page.waitForTimeout(50);
  const view = await page.locator('.check-app').getAttribute('data-view');
  if (view.startsWith('outcome')) break;
  if (view === 'review') { await page.screenshot({ path: out + '-review.png', fullPage: true }); await page.click('.check-app > button.button'); await page.waitForFunction(() => document.querySelector('.check-app').dataset.view !== 'review'); continue; }
  if (!view.startsWith('question')) { await page.waitForTimeout(200); continue; }
  const fact = view.split(':')[1];
  const v = answers[fact] ?? 'unsure';
  const cb = page.locator(`input[type=checkbox][name=answer-${fact}]`);
  if (await cb.count()) {
    if (Array.isArray(v)) { for (const id of v) await page.check(`#answer-${fact}-${id}`); }
    else if (v === 'yes') await cb.first().check(); else await page.check(`#answer-${fact}-${v === 'no' ? 'none' : 'unsure'}`);
  } else await page.check(`#answer-${fact}-${v}`);
  await page.screenshot({ path: `${out}-q-${fact}.png` });
  await page.click('.check-app form button[type=submit]');
  await page.waitForFunction((v0) => document.querySelector('.check-app').dataset.view !== v0, view);
}
await page.screenshot({ path: out + '-outcome.png' });
await page.screenshot({ path: out + '-outcome-full.png', fullPage: true });
console.log(await page.locator('.check-app').getAttribute('data-view'));
console.log(errors.join('\n'));
await browser.close();
