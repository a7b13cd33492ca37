// End-to-end tests of the built dist/ in Debian's headless Chromium, driven by
// playwright-core. The page is served under a sub-path to prove relative
// paths; every request the page makes is recorded and must stay on-origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serve, open as openPage, done, readFtl, assertReferenceLinks, SHOTS } from './helpers.mjs';

let srv, browser;
before(async () => {
  srv = await serve();
  browser = await launch();
});
after(async () => { await browser?.close(); await srv?.close(); });

/** Opens the app and records requests, console errors and CSP violations. */
const open = (opts = {}) => openPage(browser, srv.url, { locale: opts.locale });

async function paste(page, text) {
  await page.fill('[data-testid="input"]', text);
}

test('built-in sample is analysed at once, under a sub-path, with a strict CSP', async () => {
  const s = await open();
  assert.equal(s.resp.status(), 200);
  const csp = s.resp.headers()['content-security-policy'];
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline|https?:/);
  const metaCsp = await s.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.equal(metaCsp, csp);
  await s.page.waitForSelector('[data-testid="finding"]');
  const rules = await s.page.$$eval('[data-testid="finding"]', (els) => els.map((e) => e.dataset.rule));
  for (const id of ['seed-ndr-socketerror', 'seed-queue-socketerror', 'seed-protolog-socketerror', 'seed-starttls-first']) {
    assert.ok(rules.includes(id), `sample shows ${id} (got ${rules})`);
  }
  assert.ok(s.log.requests.every((u) => u.startsWith(srv.url) || u.startsWith('data:')), 'assets load from the sub-path');
  await done(s, '01-sample');
});

test('pasting the seed error shows a finding whose fix is TLS 1.2', async () => {
  const s = await open();
  await paste(s.page, '421 4.4.2 Connection dropped due to SocketError');
  const finding = s.page.locator('[data-testid="finding"]');
  await finding.first().waitFor();
  assert.equal(await finding.count(), 1);
  assert.equal(await finding.getAttribute('data-rule'), 'seed-ndr-socketerror');
  const fix = await finding.locator('[data-testid="fix"]').innerText();
  assert.match(fix, /TLS 1\.2/);
  assert.match(fix, /DisabledByDefault/);
  await assertReferenceLinks(finding.locator('.refs a'), 3);
  // Screen readers hear the outcome of a paste (QA round 44), not the sample's on opening.
  await s.page.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent.length > 0);
  assert.equal(await s.page.locator('[data-testid="announcer"]').textContent(), 'The pasted text was analysed: 1 finding.');
  await s.page.screenshot({ path: join(SHOTS, '02-paste-seed.png'), fullPage: true });
  // Cleared, the paste is no longer spoken of (QA round 51).
  await s.page.click('[data-testid="clear"]');
  await s.page.waitForFunction(() => document.querySelector('[data-testid="announcer"]')?.textContent === '');
  await done(s, '02-paste-seed-cleared');
});

test('a sample picked over pasted text keeps that text to put back', async () => {
  // QA round 13: the pasted bounce was gone, and Ctrl+Z did not bring it back.
  const s = await open();
  const own = '550 5.1.1 <pat@example.org>: Recipient address rejected: User unknown in virtual mailbox table';
  await paste(s.page, own);
  await s.page.locator('[data-testid="finding"]').first().waitFor();
  await s.page.selectOption('[data-testid="samples"]', 'sample-postfix');
  const restore = s.page.locator('[data-testid="restore-input"]');
  await restore.waitFor();
  assert.notEqual(await s.page.inputValue('[data-testid="input"]'), own);
  // Pressed from the keyboard, the button goes and focus goes to the text
  // (QA round 55: it fell to the page).
  await restore.focus();
  await s.page.keyboard.press('Enter');
  assert.equal(await s.page.inputValue('[data-testid="input"]'), own);
  assert.equal(await s.page.evaluate(() => document.activeElement?.dataset.testid), 'input');
  await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"]').length === 1);
  assert.equal(await restore.count(), 0, 'the offer ends once the text is back');
  await done(s, '02-sample-restore');
});

test('the language selector switches every text and is remembered', async () => {
  const s = await open();
  await paste(s.page, '421 4.4.2 Connection dropped due to SocketError');
  const title = async () => s.page.locator('[data-testid="finding"] h4').innerText();
  const en = await title();
  const seen = new Set([en]);
  for (const lang of ['vi', 'zh-CN', 'lt', 'ru', 'ro']) {
    await s.page.selectOption('[data-testid="lang"]', lang);
    await s.page.waitForFunction((l) => document.documentElement.lang === l, lang);
    const t = await title();
    assert.ok(!seen.has(t), `${lang} title differs from the others: ${t}`);
    seen.add(t);
    assert.match(await s.page.locator('[data-testid="fix"]').innerText(), /TLS 1\.2/);
    await s.page.screenshot({ path: join(SHOTS, `03-lang-${lang}.png`) });
  }
  await s.page.reload();
  await s.page.waitForSelector('[data-testid="finding"]');
  assert.equal(await s.page.inputValue('[data-testid="lang"]'), 'ro');
  await done(s, '03-lang-remembered');
});

test('HTML and script in the input stay inert text', async () => {
  const s = await open();
  const before = await s.page.evaluate(() => document.querySelectorAll('img,script,iframe').length);
  const evil = '<script>window.__pwned=1;alert(1)</script> 550 5.1.1 <img src=x onerror="window.__pwned=2;alert(2)"> <a href="javascript:alert(3)">x</a>\n' +
    '421 4.4.2 Connection dropped due to SocketError <iframe src="https://evil.example/"></iframe>';
  await paste(s.page, evil);
  await s.page.locator('[data-testid="finding"]').first().waitFor();
  await s.page.locator('details.evidence').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
  await s.page.waitForTimeout(300);
  assert.equal(await s.page.evaluate(() => window.__pwned), undefined);
  const after = await s.page.evaluate(() => document.querySelectorAll('img,script,iframe').length);
  assert.equal(after, before, 'no element was created from the input');
  const evidence = await s.page.locator('details.evidence').allInnerTexts();
  assert.ok(evidence.some((t) => t.includes('<script>window.__pwned=1;alert(1)</script>')), 'the markup is shown as text');
  await done(s, '04-injection');
});

test('a UTF-16LE file with a BOM opened through the file input is analysed', async () => {
  const s = await open();
  const dir = mkdtempSync(join(tmpdir(), 'mt-e2e-'));
  const text = 'Identity : EX1\\Hub\\42\r\nLastError : [{LED=451 5.7.3 Must issue a STARTTLS command first};{MSG=};{FQDN=contoso-com.mail.protection.outlook.com};{IP=104.47.0.1};{LRT=1/20/2021 10:00:00 AM}]\r\n';
  const file = join(dir, 'get-queue.txt');
  writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  await s.page.setInputFiles('[data-testid="file-input"]', file);
  const report = s.page.locator('[data-testid="report"]', { hasText: 'get-queue.txt' });
  await report.waitFor();
  assert.equal(await report.getAttribute('data-kind'), 'queue-error');
  assert.equal(await report.locator('[data-testid="finding"]').getAttribute('data-rule'), 'seed-starttls-first');
  assert.match(await report.locator('[data-testid="note"]').innerText(), /UTF-16/);
  await done(s, '05-file-utf16');
});

const SEED_ERRORS = {
  'seed-ndr-socketerror': '421 4.4.2 Connection dropped due to SocketError',
  'seed-queue-socketerror': '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.',
  'seed-protolog-socketerror': 'TLS negotiation failed with error SocketError',
  'seed-starttls-first': '451 5.7.3 Must issue a STARTTLS command first',
};

test("every language shows the cause and fix of each of the seed's four errors", async () => {
  const s = await open();
  for (const lang of ['en', 'vi', 'zh-CN', 'lt', 'ru', 'ro']) {
    const ftl = readFtl(`engine/locales/${lang}/kb-seed-tls.ftl`);
    await s.page.selectOption('[data-testid="lang"]', lang);
    for (const [rule, text] of Object.entries(SEED_ERRORS)) {
      await paste(s.page, text);
      const f = s.page.locator(`[data-testid="finding"][data-rule="${rule}"]`);
      await f.waitFor();
      assert.equal(await s.page.locator('[data-testid="finding"]').count(), 1, `${lang} ${rule}: one finding`);
      assert.equal(await f.locator('h4').innerText(), ftl[rule], `${lang} ${rule} title`);
      assert.equal(await f.locator('[data-testid="cause"]').innerText(), ftl[`${rule}.cause`], `${lang} ${rule} cause`);
      const steps = await f.locator('[data-testid="fix"] li').allInnerTexts();
      const want = Object.keys(ftl).filter((k) => k.startsWith(`${rule}.fix-`)).map((k) => ftl[k]);
      assert.deepEqual(steps, want, `${lang} ${rule} fix steps`);
      assert.ok(steps.join(' ').includes('TLS 1.2'), `${lang} ${rule}: the fix names TLS 1.2`);
    }
    await s.page.screenshot({ path: join(SHOTS, `06-seed-${lang}.png`), fullPage: true });
  }
  await done(s, '06-seed-all-languages');
});
