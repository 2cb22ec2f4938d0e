import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox','--disable-gpu'] });
const p = await b.newPage();
for (const [path, out] of process.argv.slice(2).map(a => a.split('='))) {
  await p.goto('http://127.0.0.1:8765/' + path);
  await p.waitForLoadState('networkidle');
  await p.pdf({ path: out, format: 'A4', preferCSSPageSize: true });
}
await b.close();
