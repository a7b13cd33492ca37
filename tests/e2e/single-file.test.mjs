// The single-file build (scripts/single-file.mjs) opened from file:// with
// no server: the seed sample renders its findings, files are parsed on the
// main thread in slices, nothing is requested, the CSP holds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST, done, launch, open, write } from './helpers.mjs';
import { generateProtocolLog } from '../../scripts/gen-protolog.mjs';

let browser, tmp, file;
before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'mt-single-'));
  file = join(tmp, 'mail-triage.html');
  execFileSync('node', ['scripts/single-file.mjs', '--dist', DIST, '--out', file], { stdio: 'inherit' });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('one HTML file from file:// shows the seed sample, with a strict CSP and no request', async () => {
  assert.ok(statSync(file).size > 1e6, 'the wasm is inside');
  const s = await open(browser, pathToFileURL(file).href, { origin: null });
  await s.page.waitForSelector('[data-testid="finding"]');
  const rules = await s.page.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.dataset.rule));
  for (const id of ['seed-ndr-socketerror', 'seed-queue-socketerror', 'seed-protolog-socketerror', 'seed-starttls-first']) {
    assert.ok(rules.includes(id), `sample shows ${id} (got ${rules})`);
  }
  const csp = await s.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /connect-src 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:|'self'/);
  // Everything it loaded is itself (and data: URLs).
  assert.ok(s.log.requests.every((u) => u.startsWith('file:') || u.startsWith('data:')), s.log.requests.join('\n'));
  // Pasting works as on the served page.
  await s.page.fill('[data-testid="input"]', '451 5.7.3 Must issue a STARTTLS command first');
  await s.page.waitForFunction(() => [...document.querySelectorAll('[data-testid="finding"]')].map((f) => f.dataset.rule).join() === 'seed-starttls-first');
  await done(s, '30-single-file');
});

test('without a worker, files are parsed on the main thread in slices that keep the page responsive', async () => {
  const big = join(tmp, 'RECV-single.LOG');
  generateProtocolLog(big, 20e6);
  const s = await open(browser, pathToFileURL(file).href, { origin: null });
  await s.page.evaluate(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push(e.duration); }).observe({ type: 'longtask' });
  });
  await s.page.setInputFiles('[data-testid="file-input"]', [big, write(tmp, 'one.txt', '421 4.4.2 Connection dropped due to SocketError\n')]);
  await s.page.waitForSelector('[data-testid="progress"]');
  await s.page.waitForSelector('[data-testid="progress-done"]', { timeout: 120000 });
  await s.page.locator('[data-testid="report"]', { hasText: 'one.txt' }).waitFor();
  await s.page.waitForSelector('[data-testid="census"] tbody tr');
  const tasks = await s.page.evaluate(() => window.__tasks);
  const longest = Math.max(0, ...tasks);
  console.log(`# single file, main thread: ${tasks.length} long tasks, longest ${longest.toFixed(0)} ms`);
  // The census/report render at the end is one task; slices themselves stay short.
  assert.ok(longest < 1000, `longest task ${longest} ms`);
  await done(s, '31-single-file-main-thread');
});
