import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
for (const l of ['en','es']) {
await page.goto(`http://127.0.0.1:3111/${l}/learn/`);
console.log(l, await page.evaluate(() => {
  const line = document.querySelector('.emergency-line'); const r = document.createRange(); r.selectNodeContents(line);
  const btn = document.querySelector('.quick-exit__button');
  return { lineW: Math.round(r.getBoundingClientRect().width), lineH: Math.round(line.getBoundingClientRect().height), btnW: Math.round(btn.getBoundingClientRect().width), bar: Math.round(document.querySelector('.safety-bar').getBoundingClientRect().height), font: getComputedStyle(line).fontFamily };
}));
}
await browser.close();
