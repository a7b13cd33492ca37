// The Logs views in real headless Chromium: the TLS census table (sort,
// filter, legacy rows), the session viewer, and the two SVG charts, checked
// against the ground truth of a generated protocol log.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SHOTS, done, launch, makeZip, open, serve, write } from './helpers.mjs';
import { generateProtocolLog } from '../../scripts/gen-protolog.mjs';

let srv, browser, tmp, big, truth;
before(async () => {
  srv = await serve();
  browser = await launch();
  tmp = mkdtempSync(join(tmpdir(), 'mt-logs-'));
  big = join(tmp, 'RECV2026012000-1.LOG');
  const { sessions } = generateProtocolLog(big, 12e6);
  // The generator's sessions cycle by n % 10 (see scripts/gen-protolog.mjs).
  const count = (k) => Array.from({ length: sessions }, (_, n) => n % 10).filter((x) => k.includes(x)).length;
  truth = { sessions, 'TLS1.0': count([3]), 'TLS1.1': count([5]), 'TLS1.2': count([0, 1, 2, 4, 6, 8]), refused: count([7]), failed: count([9]) };
});
after(async () => {
  await browser?.close();
  await srv?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function loadLogs(s) {
  const send = write(tmp, 'SEND20260120-1.LOG', readFileSync('www/samples/send-protocol-log.log'));
  await s.page.setInputFiles('[data-testid="file-input"]', [big, send]);
  await s.page.waitForSelector('[data-testid="progress-done"]', { timeout: 60000 });
  // The outcome line shows once the census table's rows are all on the page
  // (they are drawn a few per task, the last census over again): a check
  // that counts them then finds them all, and none comes later.
  await censusDrawnAtDone(s.page);
}

/** The census table's rows, counted once when the outcome line is up and again later. */
async function censusDrawnAtDone(page) {
  const count = () => page.$$eval('[data-testid="census"] tbody tr', (trs) => trs.length);
  const atDone = await count();
  assert.ok(atDone > 100, `census rows when the outcome showed: ${atDone}`);
  await page.waitForTimeout(400);
  assert.equal(await count(), atDone, 'no census row drawn after the outcome line');
}

test('the outcome line shows once the census rows are all drawn', async () => {
  // One log whose census (250 endpoints) comes with its last report, and few
  // findings: the reports are drawn at once, the rows 20 a task (bench-web
  // counted 220 of 250 when the line showed, in one run of two).
  const file = join(tmp, 'RECV2026012001-1.LOG');
  generateProtocolLog(file, 60e6);
  for (let run = 0; run < 3; run++) {
    const s = await open(browser, srv.url);
    await s.page.setInputFiles('[data-testid="file-input"]', [file]);
    await s.page.waitForSelector('[data-testid="progress-done"]', { timeout: 60000 });
    await censusDrawnAtDone(s.page);
    await done(s, `55-census-drawn-at-outcome-${run}`);
  }
});

const cells = (page, col) => page.$$eval('[data-testid="census"] tbody tr', (trs, col) => {
  const idx = [...document.querySelectorAll('[data-testid="census"] thead th')].findIndex((th) => th.querySelector(`[data-col="${col}"]`));
  return trs.map((tr) => tr.children[idx].textContent.trim());
}, col);

test('census table: counts match the log, legacy rows marked, sort and filter', async () => {
  const s = await open(browser, srv.url);
  await loadLogs(s);
  const { page } = s;
  // The TLS chart's counts are the census totals: compare with the generator.
  const bars = await page.$$eval('[data-testid="chart-tls"] g.bar', (gs) => Object.fromEntries(gs.map((g) => [g.dataset.label, Number(g.dataset.count)])));
  assert.ok(bars['TLS 1.0'] >= truth['TLS1.0'] && bars['TLS 1.0'] <= truth['TLS1.0'] + 5, `TLS 1.0: ${bars['TLS 1.0']} vs ${truth['TLS1.0']}`);
  assert.ok(bars['TLS 1.2'] >= truth['TLS1.2'] && bars['TLS 1.2'] <= truth['TLS1.2'] + 5, `TLS 1.2: ${bars['TLS 1.2']} vs ${truth['TLS1.2']}`);
  assert.ok(bars['TLS 1.1'] >= truth['TLS1.1'], 'TLS 1.1');
  const summary = await page.locator('[data-testid="census-summary"]').innerText();
  assert.match(summary, new RegExp(`^${truth.sessions + 0}|\\d+ SMTP sessions`));

  // Legacy rows: class "legacy" exactly where a TLS 1.0/1.1 count is shown.
  const rows = await page.$$eval('[data-testid="census"] tbody tr', (trs) => trs.map((tr) => ({
    legacy: tr.classList.contains('legacy'),
    legacyCount: [...tr.querySelectorAll('td.legacy-count')].length,
  })));
  assert.ok(rows.some((r) => r.legacy) && rows.some((r) => !r.legacy), 'both legacy and modern endpoints');
  for (const r of rows) assert.equal(r.legacy, r.legacyCount > 0);

  // Sorting by sessions: descending, then ascending.
  await page.click('[data-testid="census"] [data-col="sessions"]');
  let n = (await cells(page, 'sessions')).map(Number);
  assert.deepEqual(n, [...n].sort((a, b) => b - a));
  assert.equal(await page.getAttribute('th:has([data-col="sessions"])', 'aria-sort'), 'descending');
  await page.click('[data-testid="census"] [data-col="sessions"]');
  n = (await cells(page, 'sessions')).map(Number);
  assert.deepEqual(n, [...n].sort((a, b) => a - b));
  // By IP: numeric order, not text order.
  await page.click('[data-testid="census"] [data-col="ip"]');
  const ips = await cells(page, 'ip');
  const num = (ip) => ip.split('.').reduce((a, b) => a * 256 + Number.parseInt(b, 10), 0);
  const onlyIp = ips.map((t) => t.match(/^[\d.]+/)[0]);
  assert.deepEqual(onlyIp, [...onlyIp].sort((a, b) => num(a) - num(b)));

  // Filter by an IP, then by protocol.
  await page.fill('[data-testid="census-filter"]', '192.0.2.8');
  const filtered = await cells(page, 'ip');
  assert.ok(filtered.length >= 1 && filtered.every((t) => t.includes('192.0.2.8')), `filtered: ${filtered}`);
  await page.fill('[data-testid="census-filter"]', 'TLS1.0');
  const tls10 = await cells(page, 'tls1.0');
  assert.ok(tls10.length > 0 && tls10.every((t) => Number(t) > 0), 'every row has TLS 1.0 sessions');
  await page.fill('[data-testid="census-filter"]', '');
  await page.click('[data-testid="census"] [data-col="tls1.0"]');
  await page.screenshot({ path: join(process.env.E2E_SCREENSHOTS || 'target/e2e-screenshots', '20-logs-census.png'), fullPage: true });
  await done(s, '20-logs-census-end');
});

test('clicking an endpoint opens its sessions and the whole SMTP conversation', async () => {
  const s = await open(browser, srv.url);
  await loadLogs(s);
  const { page } = s;
  const legacyRow = page.locator('[data-testid="census"] tbody tr.legacy').first();
  const ip = await legacyRow.getAttribute('data-ip');
  await legacyRow.click();
  const view = page.locator('[data-testid="session-view"]');
  await view.waitFor();
  const items = page.locator('[data-testid="session-item"]');
  assert.ok(await items.count() >= 1, 'the endpoint lists its sessions');
  const transcript = await view.locator('[data-testid="transcript"]').innerText();
  assert.match(transcript, /EHLO/);
  assert.match(transcript, /STARTTLS/);
  assert.match(transcript, /SP_PROT_TLS1_[01]_SERVER/);
  assert.match(await view.innerText(), new RegExp(ip.replace(/\./g, '\\.')));
  assert.match(await view.locator('[data-testid="session-tls"]').innerText(), /TLS 1\.[01]/);
  // Another session of the same endpoint.
  if (await items.count() > 1) {
    const id = await items.nth(1).getAttribute('data-session');
    await items.nth(1).click();
    await page.waitForFunction((id) => document.querySelector('[data-testid="session-view"]')?.dataset.session === id, id);
  }
  // Keyboard: Enter on a focused row opens it.
  const other = page.locator('[data-testid="census"] tbody tr:not(.legacy)').first();
  await other.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((ip) => document.querySelector('[data-testid="census"] tr.selected')?.dataset.ip === ip, await other.getAttribute('data-ip'));
  await page.locator('[data-testid="session-view"]').scrollIntoViewIfNeeded();
  await done(s, '21-logs-session-view');
});

test('charts: TLS share and findings per hour', async () => {
  const s = await open(browser, srv.url, { colorScheme: 'dark' });
  await loadLogs(s);
  const { page } = s;
  const labels = await page.$$eval('[data-testid="chart-tls"] g.bar', (gs) => gs.map((g) => g.dataset.label));
  for (const l of ['TLS 1.0', 'TLS 1.1', 'TLS 1.2']) assert.ok(labels.includes(l), `${l} in ${labels}`);
  const legacyBars = await page.$$eval('[data-testid="chart-tls"] rect.bar-legacy', (r) => r.length);
  assert.equal(legacyBars, 2, 'TLS 1.0 and 1.1 drawn as legacy');
  const hours = await page.$$eval('[data-testid="chart-timeline"] g.hour', (gs) => gs.map((g) => [g.dataset.hour, Number(g.dataset.count)]));
  // The generated log spans about four hours (3 MB of rows per hour).
  const logHours = hours.filter(([h]) => /^2026-01-20T0\d$/.test(h));
  assert.ok(logHours.length >= 3, JSON.stringify(hours));
  assert.ok(hours.every(([, c]) => c > 0));
  assert.deepEqual(hours.map(([h]) => h), [...hours.map(([h]) => h)].sort(), 'hours in order');
  assert.ok(await page.locator('[data-testid="chart-timeline"] .legend li').count() >= 1);
  await page.locator('[data-testid="chart-tls"]').scrollIntoViewIfNeeded();
  await page.locator('.charts').screenshot({ path: join(process.env.E2E_SCREENSHOTS || 'target/e2e-screenshots', '22-logs-charts-dark.png') });
  await done(s, '22-logs-dark');
});

test('the built-in sample shows its census and every Logs text is translated', async () => {
  const s = await open(browser, srv.url);
  const { page } = s;
  await page.waitForSelector('[data-testid="census"] tbody tr');
  const en = await page.locator('section.logs').innerText();
  for (const lang of ['vi', 'zh-CN', 'lt', 'ru', 'ro']) {
    await page.selectOption('[data-testid="lang"]', lang);
    await page.waitForFunction((l) => document.documentElement.lang === l, lang);
    const heads = await page.$$eval('section.logs h2, [data-testid="census"] thead th, figure.chart figcaption', (es) => es.map((e) => e.textContent.trim()));
    const enHeads = ['TLS census of the protocol logs', 'Remote IP', 'Direction', 'Sessions', 'Share of TLS versions (sessions)'];
    for (const h of enHeads) assert.ok(!heads.includes(h), `${lang}: "${h}" is translated`);
    assert.notEqual(await page.locator('section.logs').innerText(), en);
  }
  await page.locator('section.logs').scrollIntoViewIfNeeded();
  await done(s, '23-logs-sample-ro');
});

test('the same log dropped twice: its ended sessions are not counted again, and the page says why', async () => {
  const sample = readFileSync('www/samples/send-protocol-log.log');
  const once = write(tmp, 'once/SEND2026012010-1.LOG', sample);
  const copy = write(tmp, 'copy/SEND2026012010-1.LOG', sample);
  const summary = async (files) => {
    const s = await open(browser, srv.url);
    await s.page.setInputFiles('[data-testid="file-input"]', files);
    await s.page.waitForSelector('[data-testid="progress-done"]', { timeout: 60000 });
    const text = await s.page.locator('[data-testid="census-summary"]').innerText();
    const late = await s.page.locator('[data-testid="late-rows"]').allInnerTexts();
    return { s, sessions: Number(text.match(/^(\d+)/)[1]), late };
  };
  const a = await summary([once]);
  assert.deepEqual(a.late, [], 'no late rows in one copy');
  await done(a.s, '24-logs-once');
  const b = await summary([once, copy]);
  assert.equal(b.sessions, a.sessions, 'a session id names one session');
  assert.equal(b.late.length, 1);
  // Every row of the copy's ended sessions is late: at least one whole session.
  assert.match(b.late[0], /: (\d+) \(/);
  assert.ok(Number(b.late[0].match(/: (\d+) \(/)[1]) >= 9, b.late[0]);
  await b.s.page.locator('[data-testid="late-rows"]').scrollIntoViewIfNeeded();
  await done(b.s, '24-logs-dropped-twice');
});

test('a log picked again is read again for its report, its connections counted once, and the page says why', async () => {
  // A Postfix log: one line is one connection, so reading it twice counted
  // each connection twice (session ids dedupe an Exchange log, not this).
  const log = write(tmp, 'again/maillog', readFileSync('www/samples/postfix-syslog.txt'));
  const s = await open(browser, srv.url);
  const sessions = async () => Number((await s.page.locator('[data-testid="census-summary"]').innerText()).match(/^(\d+)/)[1]);
  await s.page.setInputFiles('[data-testid="file-input"]', [log]);
  await s.page.waitForSelector('[data-testid="progress-done"]', { timeout: 60000 });
  await s.page.waitForSelector('[data-testid="census-summary"]');
  const first = await sessions();
  assert.ok(first > 0, 'the sample has connections');
  await s.page.setInputFiles('[data-testid="file-input"]', [log]);
  await s.page.waitForSelector('[data-testid="already-read"]');
  assert.match(await s.page.locator('[data-testid="already-read"]').innerText(), /maillog/);
  assert.equal(await sessions(), first, 'counted once');
  assert.equal(await s.page.locator('[data-testid="report"]').count(), 1, 'one report');
  await s.page.screenshot({ path: join(SHOTS, '24-logs-picked-again.png'), fullPage: true });
  // Clear forgets it: picked again, it is read again, once.
  await s.page.click('[data-testid="clear"]');
  await s.page.setInputFiles('[data-testid="file-input"]', [log]);
  await s.page.waitForSelector('[data-testid="census-summary"]', { timeout: 60000 });
  assert.equal(await sessions(), first);
  assert.equal(await s.page.locator('[data-testid="already-read"]').count(), 0);
  await done(s, '24-logs-picked-again-cleared');
});

test('the census exports as the CLI writes it: JSON, CSV and Markdown', async () => {
  const { download } = await import('./findings-lib.mjs');
  const { execFileSync } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  const s = await open(browser, srv.url);
  const log = write(tmp, 'export/SEND2026012010-1.LOG', readFileSync('www/samples/send-protocol-log.log'));
  await s.page.click('button:has-text("Clear")');
  await s.page.setInputFiles('[data-testid="file-input"]', log);
  await s.page.waitForSelector('[data-testid="progress-done"]');
  await s.page.waitForSelector('[data-testid="census-export-json"]');
  const [jname, jtext] = await download(s.page, '[data-testid="census-export-json"]');
  assert.equal(jname, 'mail-triage-census.json');
  const doc = JSON.parse(jtext);
  // The same document as `mailtriage census --format json` of the same file,
  // but for the path each finding names.
  const cli = ['target/release/mailtriage', 'target/debug/mailtriage'].find((p) => existsSync(p));
  assert.ok(cli, 'a built mailtriage CLI');
  let out;
  try { out = execFileSync(cli, ['census', '--format', 'json', '--no-progress', log], { encoding: 'utf8' }); } catch (e) { out = e.stdout; }
  const want = JSON.parse(out);
  for (const f of [...doc.findings, ...want.findings]) delete f.path;
  assert.deepEqual(doc, want);
  assert.ok(doc.endpoints.some((e) => e.legacy && e.protocols['TLS1.0'] > 0), 'the legacy endpoint is in it');
  const [cname, csv] = await download(s.page, '[data-testid="census-export-csv"]');
  assert.equal(cname, 'mail-triage-census.csv');
  assert.match(csv.split('\n')[0], /remote_ip.*direction.*sessions/);
  assert.equal(csv.trim().split('\n').length, doc.endpoints.length + 1);
  const [, md] = await download(s.page, '[data-testid="census-export-md"]');
  assert.ok(doc.endpoints.every((e) => md.includes(e.remote_ip)), md);
  // Redacted on screen, redacted in the file.
  await s.page.check('[data-testid="redact"]');
  const [rname, rtext] = await download(s.page, '[data-testid="census-export-json"]');
  assert.equal(rname, 'mail-triage-census-redacted.json');
  assert.ok(!rtext.includes('192.0.2.40') && !rtext.includes('104.47.0.1'), 'no real IP in the redacted export');
  await done(s, '25-logs-census-export');
});

/** A Postfix log over New Year (RFC 3164 stamps have no year). */
function newYearLog() {
  const tls = (ip, v) => `mx postfix/smtpd[7]: Anonymous TLS connection established from unknown[${ip}]: ${v} with cipher AES256-SHA (256/256 bits)`;
  return [
    `Dec 30 23:59:58 ${tls('192.0.2.7', 'TLSv1')}`,
    `Jan  1 00:00:01 ${tls('192.0.2.7', 'TLSv1')}`,
    `Jan  9 08:00:00 ${tls('198.51.100.8', 'TLSv1.2')}`,
    '',
  ].join('\n');
}

/**
 * Drops `file` (whose log was last written on 2026-01-10, so December's
 * lines are 2025's) and checks the census's first and last seen on the page,
 * in its JSON export, and against `mailtriage census` of the same file.
 */
async function datedCensus(file, shot) {
  const { download } = await import('./findings-lib.mjs');
  const { execFileSync } = await import('node:child_process');
  const { existsSync } = await import('node:fs');
  const s = await open(browser, srv.url);
  await s.page.click('button:has-text("Clear")');
  await s.page.setInputFiles('[data-testid="file-input"]', file);
  await s.page.waitForSelector('[data-testid="progress-done"]');
  await s.page.waitForSelector('[data-testid="census-export-json"]');
  const [ips, last] = [await cells(s.page, 'ip'), await cells(s.page, 'last-seen')];
  const row = ips.findIndex((t) => t.startsWith('192.0.2.7'));
  assert.equal(last[row], '2026-01-01 00:00:01', JSON.stringify([ips, last]));
  const [, jtext] = await download(s.page, '[data-testid="census-export-json"]');
  const seen = Object.fromEntries(JSON.parse(jtext).endpoints.map((e) => [e.remote_ip, [e.first_seen, e.last_seen]]));
  assert.deepEqual(seen, {
    '192.0.2.7': ['2025-12-30T23:59:58', '2026-01-01T00:00:01'],
    '198.51.100.8': ['2026-01-09T08:00:00', '2026-01-09T08:00:00'],
  });
  const cli = ['target/release/mailtriage', 'target/debug/mailtriage'].find((p) => existsSync(p));
  assert.ok(cli, 'a built mailtriage CLI');
  let out;
  try { out = execFileSync(cli, ['census', '--format', 'json', '--no-progress', file], { encoding: 'utf8' }); } catch (e) { out = e.stdout; }
  const want = Object.fromEntries(JSON.parse(out).endpoints.map((e) => [e.remote_ip, [e.first_seen, e.last_seen]]));
  assert.deepEqual(seen, want);
  await done(s, shot);
}

test('a Postfix log is dated by its file: first and last seen as the CLI gives them', async () => {
  const { utimesSync } = await import('node:fs');
  const log = write(tmp, 'dated/mail.log', newYearLog());
  const written = new Date('2026-01-10T12:00:00Z');
  utimesSync(log, written, written);
  await datedCensus(log, '25-logs-census-dated');
});

test('a Postfix log in a zip is dated by the time the zip stored for it, not by the zip\'s own', async () => {
  const { utimesSync } = await import('node:fs');
  const zip = write(tmp, 'dated/logs.zip', makeZip(
    { 'mail.log': newYearLog() },
    { 'mail.log': { modified: new Date('2026-01-10T12:00:00Z') } },
  ));
  // Packed years later: by the zip's own date, December would be 2029's.
  const packed = new Date('2030-06-01T12:00:00Z');
  utimesSync(zip, packed, packed);
  await datedCensus(zip, '25-logs-census-dated-zip');
});
