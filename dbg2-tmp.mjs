import { chromium } from '@playwright/test';
const args = ['--no-sandbox','--disable-gpu'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
const page = await browser.newPage();
await page.setContent('<div id=root></div>');
console.log(await page.evaluate(() => {
  const out = [];
  for (const method of ['dialog', 'get']) {
    const f = document.createElement('form'); f.method = method;
    const i = document.createElement('input'); i.type = 'radio'; i.checked = true; i.defaultChecked = true; i.name = 'x' + method;
    f.appendChild(i); document.body.appendChild(f);
    out.push(method + ':' + i.checked);
  }
  return out.join(' ');
}));
await browser.close();
