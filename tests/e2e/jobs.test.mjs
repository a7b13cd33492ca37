// Jobs as an admin runs them in an outage: files of one name from several
// servers, more files picked while a job runs, Clear and Cancel during a
// job, and what the progress and status lines say.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { done, launch, open, reportNames, serve, write } from './helpers.mjs';

const STARTTLS = '451 5.7.3 Must issue a STARTTLS command first\n';
const SOCKET = '421 4.4.2 Connection dropped due to SocketError\n';

let srv, browser, tmp;
before(async () => {
  srv = await serve();
  browser = await launch();
  tmp = mkdtempSync(join(tmpdir(), 'mt-jobs-'));
});
after(async () => {
  await browser?.close();
  await srv?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** `name -> rules` of every report shown. */
async function reportRules(page) {
  return page.$$eval('[data-testid="report"]', (rs) => Object.fromEntries(rs.map((r) => [
    r.querySelector('h3.source').childNodes[0].textContent.trim(),
    [...r.querySelectorAll('[data-testid="finding"]')].map((f) => f.dataset.rule).join(','),
  ])));
}

async function waitReportCount(page, n) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="report"]').length === n, n, { timeout: 20000 });
}

test('files of one name are all kept, told apart by a suffix', async () => {
  const s = await open(browser, srv.url);
  await s.page.click('button:has-text("Clear")');
  // One drop of two different queue.txt files.
  await s.page.evaluate(({ a, b }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([a], 'queue.txt'));
    dt.items.add(new File([b], 'queue.txt'));
    const zone = document.querySelector('[data-testid="dropzone"]');
    for (const t of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(t, { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, { a: SOCKET, b: STARTTLS });
  await waitReportCount(s.page, 2);
  await s.page.waitForSelector('[data-testid="progress-done"]');
  assert.deepEqual(await reportRules(s.page), { 'queue.txt': 'seed-ndr-socketerror', 'queue.txt (2)': 'seed-starttls-first' });

  // Two picks of same-named logs from two servers, then the first again.
  await s.page.click('button:has-text("Clear")');
  const ex01 = write(tmp, 'EX01/RECV2026012010-1.LOG', SOCKET);
  const ex02 = write(tmp, 'EX02/RECV2026012010-1.LOG', STARTTLS + STARTTLS);
  await s.page.setInputFiles('[data-testid="file-input"]', ex01);
  await waitReportCount(s.page, 1);
  await s.page.setInputFiles('[data-testid="file-input"]', ex02);
  await waitReportCount(s.page, 2);
  assert.deepEqual(await reportRules(s.page),
    { 'RECV2026012010-1.LOG': 'seed-ndr-socketerror', 'RECV2026012010-1.LOG (2)': 'seed-starttls-first' });
  // The same file opened again replaces its own report.
  await s.page.setInputFiles('[data-testid="file-input"]', ex01);
  await s.page.waitForTimeout(1500);
  assert.deepEqual((await reportNames(s.page)).sort(), ['RECV2026012010-1.LOG', 'RECV2026012010-1.LOG (2)']);
  await done(s, '30-jobs-same-name');
});
