// Messages in the reader's language: archive errors (a localised sentence,
// then the engine's technical detail), kind badges, and the hint a page
// opened from file:// shows instead of a blank page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DIST, done, launch, makeZip, open, serve, write } from './helpers.mjs';

const SEED = 'Remote Server returned \'421 4.4.2 Connection dropped due to SocketError\'\n'.repeat(200);

let srv, browser, tmp;
before(async () => {
  srv = await serve();
  browser = await launch();
  tmp = mkdtempSync(join(tmpdir(), 'mt-messages-'));
});
after(async () => {
  await browser?.close();
  await srv?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

test('a zip member that cannot be read says why in its own report, the others are read', async () => {
  const s = await open(browser, srv.url);
  const zip = write(tmp, 'locked.zip', makeZip(
    { 'secret.log': SEED, 'old.log': SEED, 'ok.txt': '451 5.7.3 Must issue a STARTTLS command first\n' },
    { 'secret.log': { flag: 1 }, 'old.log': { method: 12 } },
  ));
  await s.page.setInputFiles('[data-testid="file-input"]', zip);
  await s.page.waitForSelector('[data-testid="progress-done"]');
  const report = (name) => s.page.locator('[data-testid="report"]', { has: s.page.locator('h3.source', { hasText: name }) });
  for (const member of ['secret.log', 'old.log']) {
    const notes = await report(`locked.zip/${member}`).locator('[data-testid="note"]').allTextContents();
    assert.equal(notes.length, 1, `${member}: ${notes}`);
    assert.match(notes[0], /could not be opened/, member);
    assert.doesNotMatch(notes[0], /empty/i, member);
  }
  assert.equal(await report('locked.zip/ok.txt').locator('[data-testid="finding"]').first().getAttribute('data-rule'), 'seed-starttls-first');
  // The banner names both.
  const detail = await s.page.locator('[data-testid="error"] [data-error="pipeline-read-error"] code').textContent();
  assert.match(detail, /secret\.log/);
  assert.match(detail, /old\.log/);
  await done(s, '53-zip-member-unreadable');
});

test('a broken .gz or .zip is told in the reader\'s language, the technical detail after it', async () => {
  const s = await open(browser, srv.url);
  const gz = gzipSync(Buffer.from(SEED));
  const files = [
    write(tmp, 'cut.log.gz', gz.subarray(0, gz.length - 12)),
    // Cut in its first header: nothing of it can be read (a zip cut later is
    // read from its members' own headers, below).
    write(tmp, 'cut.zip', makeZip({ 'a.log': SEED }).subarray(0, 20)),
  ];
  const sentences = {
    ru: [/^Файл \.gz повреждён или обрезан/, /^Не удалось прочитать архив \.zip/],
    'zh-CN': [/^\.gz 文件已损坏或不完整/, /^无法读取 \.zip 压缩包/],
    lt: [/^\.gz failas sugadintas/, /^Nepavyko perskaityti \.zip archyvo/],
  };
  for (const [lang, [gzRe, zipRe]] of Object.entries(sentences)) {
    await s.page.selectOption('[data-testid="lang"]', lang);
    await s.page.setInputFiles('[data-testid="file-input"]', files);
    await s.page.locator('[data-testid="error"] [data-error="pipeline-error-zip"]').waitFor();
    const parts = await s.page.$$eval('[data-testid="error"] p[data-error]', (ps) => ps.map((p) => ({
      id: p.dataset.error,
      sentence: p.childNodes[0].textContent.trim(),
      detail: p.querySelector('code')?.textContent,
    })));
    const gzErr = parts.find((p) => p.id === 'pipeline-error-gzip');
    const zipErr = parts.find((p) => p.id === 'pipeline-error-zip');
    assert.match(gzErr.sentence, gzRe, lang);
    assert.match(gzErr.detail, /^cut\.log\.gz: gzip: /);
    assert.match(zipErr.sentence, zipRe, lang);
    assert.match(zipErr.detail, /^cut\.zip: zip: /);
    for (const p of parts) assert.doesNotMatch(p.sentence, /\b(the|could|not|read|file)\b/, `${lang}: English in ${p.sentence}`);
    // Closed from the keyboard: focus goes to the status line, not to the
    // page (QA round 55).
    await s.page.focus('[data-testid="error"] button');
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction(() => !document.querySelector('[data-testid="error"]'));
    assert.equal(await s.page.evaluate(() => document.activeElement?.dataset.testid), 'status', lang);
  }
  // The cut zip is an input of its own with its problem, in the results and
  // the exports (only the banner named it).
  const cutZip = s.page.locator('[data-testid="report"]', { has: s.page.locator('h3.source', { hasText: /^cut\.zip/ }) });
  assert.equal(await cutZip.count(), 1);
  assert.equal(await cutZip.locator('[data-testid="note"]').count(), 1);
  // The Exchange NDR badge is Lithuanian in Lithuanian.
  await s.page.selectOption('[data-testid="lang"]', 'lt');
  const kinds = await s.page.$$eval('[data-testid="report"][data-kind="exchange-ndr"] .kind', (ks) => ks.map((k) => k.textContent));
  assert.ok(kinds.length > 0 && kinds.every((k) => k !== 'Exchange NDR' && /nepristatymo/.test(k)), `${kinds}`);
  await done(s, '50-messages-archive-errors');
});

test('a file compressed as the page does not read (.tar.xz) says which compression, in the reader\'s language', async () => {
  const s = await open(browser, srv.url);
  const junk = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 2654435761 >>> 13) & 255));
  const xz = write(tmp, 'logs.tar.xz', Buffer.concat([Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04]), junk]));
  await s.page.selectOption('[data-testid="lang"]', 'ru');
  await s.page.setInputFiles('[data-testid="file-input"]', xz);
  await s.page.waitForSelector('[data-testid="progress-done"]');
  const report = s.page.locator('[data-testid="report"]', { has: s.page.locator('h3.source', { hasText: /^logs\.tar\.xz/ }) });
  const notes = await report.locator('[data-testid="note"]').allTextContents();
  assert.ok(notes.some((n) => /сжат в формате xz/.test(n)), JSON.stringify(notes));
  await done(s, '50-messages-compressed');
});

test('a zip cut short is read from its members\' own headers, the last one saying it was cut', async () => {
  // A download or copy that stopped: no central directory at the end. It was
  // one input with nothing read.
  const s = await open(browser, srv.url);
  const whole = makeZip({ 'logs/a.log': SEED, 'logs/b.log': SEED });
  await s.page.setInputFiles('[data-testid="file-input"]', write(tmp, 'cut-late.zip', whole.subarray(0, whole.length - 40)));
  await s.page.waitForSelector('[data-testid="progress-done"]');
  const report = (name) => s.page.locator('[data-testid="report"]', { has: s.page.locator('h3.source', { hasText: name }) });
  for (const name of ['cut-late.zip/logs/a.log', 'cut-late.zip/logs/b.log']) {
    await report(name).waitFor();
    const rules = await report(name).locator('[data-testid="finding"]').evaluateAll((fs) => fs.map((f) => f.dataset.rule));
    assert.ok(rules.includes('seed-ndr-socketerror'), `${name}: ${rules}`);
  }
  assert.equal(await report('cut-late.zip/logs/a.log').locator('[data-testid="note"]').count(), 0);
  assert.match(await report('cut-late.zip/logs/b.log').locator('[data-testid="note"]').innerText(), /cut short/);
  await done(s, '54-zip-cut-short');
});

test('dist/index.html opened as a file says what to open instead; served, the hint never shows', async () => {
  const url = pathToFileURL(resolve(DIST, 'index.html')).href;
  const f = await open(browser, url, { origin: null, waitFor: '[data-testid="boot-hint"]' });
  await f.page.waitForTimeout(2500);
  const hint = f.page.locator('[data-testid="boot-hint"]');
  assert.ok(await hint.isVisible(), 'the hint shows on a page that cannot start');
  assert.match(await hint.innerText(), /mail-triage\.html/);
  assert.match(await hint.innerText(), /HTTP/);
  await f.page.screenshot({ path: join(process.env.E2E_SCREENSHOTS || 'target/e2e-screenshots', '51-messages-file-url.png') });
  await f.context.close();

  // Served: hidden while the app loads, removed once it has started.
  const s = await open(browser, srv.url, {
    init: () => document.addEventListener('DOMContentLoaded', () => {
      const h = document.getElementById('boot-hint');
      window.__hintAtLoad = h && getComputedStyle(h).visibility;
    }),
  });
  assert.equal(await s.page.evaluate(() => window.__hintAtLoad), 'hidden');
  assert.equal(await s.page.locator('[data-testid="boot-hint"]').count(), 0, 'removed by the app');
  await done(s, '52-messages-served');
});
