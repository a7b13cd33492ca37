import { chromium } from 'playwright-core';
import { startServer } from './serve-dist.mjs';
const srv = await startServer({ dir: 'dist', base: '/b/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
const page = await browser.newPage();
await page.goto(srv.url);
await page.waitForSelector('[data-testid="input"]');
await page.setInputFiles('[data-testid="file-input"]', '/tmp/RECV-small.LOG');
await page.waitForSelector('[data-testid="progress-done"]', { timeout: 600000 });
await page.waitForTimeout(1000);
console.log(await page.evaluate(() => {
  const out = { all: document.querySelectorAll('*').length };
  for (const s of ['#findings', '[data-testid="census"]', '[data-testid="chart-timeline"]', '[data-testid="chart-tls"]', '.evidence', '.artifacts', '.fix', '.refs', '[data-testid="finding"] header', '.unrecognised']) {
    let n = 0; for (const el of document.querySelectorAll(s)) n += el.querySelectorAll('*').length + 1; out[s] = n;
  }
  out.text = document.body.innerText.length;
  return out;
}));
await browser.close(); await srv.close();
