// Jobs as an admin runs them in an outage: files of one name from several
// servers, more files picked while a job runs, Clear and Cancel during a
// job, and what the progress and status lines say.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { done, launch, open, reportNames, serve, write } from './helpers.mjs';
import { download } from './findings-lib.mjs';
import { generateProtocolLog } from '../../scripts/gen-protolog.mjs';

const STARTTLS = '451 5.7.3 Must issue a STARTTLS command first\n';
const SOCKET = '421 4.4.2 Connection dropped due to SocketError\n';

let srv, browser, tmp, bigLogs;
before(async () => {
  srv = await serve();
  browser = await launch();
  tmp = mkdtempSync(join(tmpdir(), 'mt-jobs-'));
  // Three hourly Receive logs of 80 MB: a job that runs for a while.
  bigLogs = [10, 11, 12].map((h) => {
    const p = join(tmp, `big/RECV20260120${h}-1.LOG`);
    write(tmp, `big/RECV20260120${h}-1.LOG`, '');
    generateProtocolLog(p, 80e6);
    return p;
  });
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

/** Picks the big logs once the worker is warm, and waits until reading has begun. */
async function startBigJob(page) {
  await page.waitForSelector('[data-testid="worker-ready"]', { state: 'attached', timeout: 20000 });
  await page.setInputFiles('[data-testid="file-input"]', bigLogs);
  await page.waitForFunction(() => Number(document.querySelector('[data-testid="progress"]')?.value) > 0);
}

test('files picked while a job runs are queued after it and read', async () => {
  const s = await open(browser, srv.url);
  await startBigJob(s.page);
  await s.page.setInputFiles('[data-testid="file-input"]', write(tmp, 'late.txt', STARTTLS));
  const queued = s.page.locator('[data-testid="progress-queued"]');
  await queued.waitFor();
  assert.match(await queued.innerText(), /Queued after the files being read \(1 file\):\s*late\.txt/);
  // One list: the big files and the queued one, and the bar over all bytes.
  assert.match(await s.page.locator('.progress-head').innerText(), /File \d of 4:/);
  const max = Number(await s.page.locator('[data-testid="progress"]').getAttribute('max'));
  assert.ok(max > 240e6 && max < 240e6 + 1000, `progress max ${max}`);
  const doneLine = s.page.locator('[data-testid="progress-done"]');
  await doneLine.waitFor({ timeout: 120000 });
  assert.equal(await doneLine.getAttribute('data-cancelled'), 'false');
  assert.match(await doneLine.innerText(), /^4 files read: 240 MB in /);
  const rules = await reportRules(s.page);
  assert.equal(rules['late.txt'], 'seed-starttls-first', 'the queued file was analysed');
  await done(s, '31-jobs-queued');
});

test('Cancel names what it stopped and how much was read, keeps the census as partial and the focus', async () => {
  const s = await open(browser, srv.url);
  await startBigJob(s.page);
  await s.page.setInputFiles('[data-testid="file-input"]', write(tmp, 'queued.txt', STARTTLS));
  await s.page.locator('[data-testid="progress-queued"]').waitFor();
  await s.page.waitForFunction(() => Number(document.querySelector('[data-testid="progress"]')?.value) > 20e6);
  // By keyboard: focus on Cancel, Enter.
  await s.page.focus('[data-testid="cancel"]');
  await s.page.keyboard.press('Enter');
  const doneLine = s.page.locator('[data-testid="progress-done"][data-cancelled="true"]');
  await doneLine.waitFor({ timeout: 10000 });
  const text = await doneLine.innerText();
  // Cut part-way through a file, or (a Cancel seen between two files) before the next was opened.
  assert.match(
    text,
    /^(Cancelled while reading RECV20260120\d\d-1\.LOG \(file \d of 4\), after \d+(\.\d)? MB of 240 MB\.|Cancelled after \d+(\.\d)? MB of 240 MB, before RECV20260120\d\d-1\.LOG \(file \d of 4\) was opened)/,
  );
  assert.match(text, /more files? (was|were) not read\./);
  const read = Number(await doneLine.getAttribute('data-bytes'));
  assert.ok(read > 20e6 && read < 240e6, `bytes read ${read}`);
  // Focus went to the status line, not to the page.
  assert.equal(await s.page.evaluate(() => document.activeElement?.dataset.testid), 'status');
  // The census of what was read is kept, marked partial.
  await s.page.locator('[data-testid="census-partial"]').waitFor();
  assert.match(await s.page.locator('[data-testid="census-summary"]').innerText(), /^[1-9][\d ]* SMTP sessions/);
  // Its exports say so too (QA round 44: a shared export looked complete).
  const [jname, jtext] = await download(s.page, '[data-testid="census-export-json"]');
  assert.equal(jname, 'mail-triage-census-partial.json');
  assert.equal(JSON.parse(jtext).partial, true);
  const [, md] = await download(s.page, '[data-testid="census-export-md"]');
  assert.match(md, /^# .*\n\n> Reading was cancelled/);
  await s.page.waitForTimeout(1000);
  assert.equal((await reportNames(s.page)).includes('queued.txt'), false, 'the queued file was cancelled too');

  // A job that ends while Cancel has the focus: the focus goes to the status line too.
  await s.page.setInputFiles('[data-testid="file-input"]', bigLogs[0]);
  await s.page.focus('[data-testid="cancel"]');
  await s.page.locator('[data-testid="progress-done"][data-cancelled="false"]').waitFor({ timeout: 60000 });
  assert.equal(await s.page.evaluate(() => document.activeElement?.dataset.testid), 'status');
  await done(s, '32-jobs-cancelled');
});

test('Clear stops the running job and its results do not come back', async () => {
  const s = await open(browser, srv.url);
  await startBigJob(s.page);
  await s.page.click('button:has-text("Clear")');
  await s.page.waitForTimeout(3000);
  assert.equal(await s.page.locator('[data-testid="progress"]').count(), 0, 'no progress after Clear');
  assert.deepEqual(await reportNames(s.page), [], 'no report came back');
  assert.equal(await s.page.locator('[data-testid="census-summary"]').count(), 0, 'no census came back');
  assert.equal(await s.page.inputValue('[data-testid="input"]'), '');
  // The page still reads what is opened next.
  await s.page.setInputFiles('[data-testid="file-input"]', write(tmp, 'after-clear.txt', SOCKET));
  await waitReportCount(s.page, 1);
  assert.deepEqual(await reportNames(s.page), ['after-clear.txt']);
  await done(s, '33-jobs-clear');
});

test('sizes and times of small jobs are told in KB and tenths of seconds, in every language', async () => {
  const s = await open(browser, srv.url);
  const small = Array.from({ length: 7 }, (_, i) => write(tmp, `small/s${i}.txt`, STARTTLS.repeat(10)));
  await s.page.setInputFiles('[data-testid="file-input"]', small);
  const doneLine = s.page.locator('[data-testid="progress-done"]');
  await doneLine.waitFor();
  // 7 × 460 bytes.
  assert.match(await doneLine.innerText(), /^7 files read: 3\.2 KB in \d+\.\d s\.$/);
  const expect = { vi: /3,2 KB/, 'zh-CN': /3\.2 KB/, lt: /3,2 KB/, ru: /3,2 КБ/, ro: /3,2 KB/ };
  for (const [lang, re] of Object.entries(expect)) {
    await s.page.selectOption('[data-testid="lang"]', lang);
    const t = await doneLine.innerText();
    assert.match(t, re, `${lang}: ${t}`);
    assert.doesNotMatch(t, /\b0 (MB|МБ)/, `${lang}: ${t}`);
  }
  await done(s, '34-jobs-small-sizes');
});

test('counts of one are singular: census summary, long lines, lines read', async () => {
  const s = await open(browser, srv.url);
  // One file with one Postfix handshake failure and one line over 64 KiB.
  const log = 'Jan 20 09:12:01 mx1 postfix/smtpd[4787]: SSL_accept error from unknown[192.0.2.71]: -1\n'
    + 'x'.repeat(70 * 1024) + '\n';
  await s.page.click('button:has-text("Clear")');
  await s.page.setInputFiles('[data-testid="file-input"]', write(tmp, 'one.log', log));
  const summary = s.page.locator('[data-testid="census-summary"]');
  await summary.waitFor();
  assert.match(await summary.innerText(), /^1 SMTP session in 1 file from 1 remote endpoint; 0 of them still negotiate/);
  assert.ok((await s.page.locator('[data-testid="note"]').allInnerTexts())
    .includes('1 very long line was read in pieces of at most 64 KiB; an error split between two pieces may be missed.'));
  await done(s, '35-jobs-singular');
});

test('a second pick of logs adds to the census of the first, joining a session that runs on into it; Clear starts anew', async () => {
  const s = await open(browser, srv.url);
  const head = '#Software: Microsoft Exchange Server\n#Version: 15.0.0.0\n#Log-type: SMTP Send Protocol Log\n'
    + '#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n';
  const row = (t, id, n, ip, rest) => `2026-01-20T${t}.000Z,To Legacy,${id},${n},10.0.0.5:50140,${ip}:25,${rest}\n`;
  const tls10 = '*,,"TLS protocol SP_PROT_TLS1_0_CLIENT negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA1 with strength 160 bits and key exchange algorithm CALG_ECDHE with strength 256 bits"';
  // Hour 10 holds the start of a TLS 1.0 session; hour 11 its end and a plain session.
  const h10 = head + row('10:59:58', '08DC0A00000000A1', 0, '192.0.2.40', '*,,attempting to connect')
    + row('10:59:58', '08DC0A00000000A1', 1, '192.0.2.40', '+,,')
    + row('10:59:59', '08DC0A00000000A1', 2, '192.0.2.40', tls10);
  const h11 = head + row('11:00:01', '08DC0A00000000A1', 3, '192.0.2.40', '>,QUIT,')
    + row('11:00:01', '08DC0A00000000A1', 4, '192.0.2.40', '-,,Local')
    + row('11:00:02', '08DC0A00000000B2', 0, '198.51.100.9', '*,,attempting to connect')
    + row('11:00:02', '08DC0A00000000B2', 1, '198.51.100.9', '+,,')
    + row('11:00:03', '08DC0A00000000B2', 2, '198.51.100.9', '-,,Local');
  const f10 = write(tmp, 'picks/SEND2026012010-1.LOG', h10);
  const f11 = write(tmp, 'picks/SEND2026012011-1.LOG', h11);
  await s.page.click('button:has-text("Clear")');
  const summary = s.page.locator('[data-testid="census-summary"]');
  const rowsOf = () => s.page.$$eval('[data-testid="census"] tbody tr', (rs) => rs.map((r) => r.cells[0].innerText.trim()));
  await s.page.setInputFiles('[data-testid="file-input"]', f10);
  await summary.waitFor();
  assert.match(await summary.innerText(), /^1 SMTP session in 1 file from 1 remote endpoint; 1 of them/);
  await s.page.setInputFiles('[data-testid="file-input"]', f11);
  await s.page.waitForFunction(() => /in 2 files/.test(document.querySelector('[data-testid="census-summary"]')?.innerText ?? ''));
  // The session that ran past the hour is one session, still TLS 1.0.
  assert.match(await summary.innerText(), /^2 SMTP sessions in 2 files from 2 remote endpoints; 1 of them/);
  assert.deepEqual((await rowsOf()).map((c) => c.match(/^[\d.]+/)[0]).sort(), ['192.0.2.40', '198.51.100.9']);
  assert.equal(await s.page.locator('[data-testid="census-partial"]').count(), 0);
  // After Clear only what is picked next counts.
  await s.page.click('button:has-text("Clear")');
  await s.page.setInputFiles('[data-testid="file-input"]', f11);
  await s.page.waitForFunction(() => /in 1 file /.test(document.querySelector('[data-testid="census-summary"]')?.innerText ?? ''));
  assert.match(await summary.innerText(), /^2 SMTP sessions in 1 file from 2 remote endpoints; 0 of them/);
  await done(s, '36-jobs-census-adds-up');
});
