// Export (JSON, CSV, Markdown downloaded from Blob URLs), the redact switch
// (view and exports), and the print stylesheet.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { start, open, done, sample, download, readFtl, SHOTS } from './findings-lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.browser?.close(); await env?.srv?.close(); });

const SEED_RULES = ['seed-ndr-socketerror', 'seed-queue-socketerror', 'seed-protolog-socketerror', 'seed-starttls-first'];

/** A strict RFC 4180 reader: rows of fields; CRLF only between records. */
function parseCsv(s) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r') { assert.equal(s[i + 1], '\n', 'CRLF'); i++; row.push(field); rows.push(row); row = []; field = ''; }
    else { assert.notEqual(c, '\n', 'bare LF outside quotes'); field += c; }
  }
  assert.equal(field + row.join(''), '', 'ends with CRLF');
  return rows;
}

test('JSON, CSV and Markdown exports of the findings, in the chosen language', async () => {
  const s = await open(env);
  await s.page.selectOption('[data-testid="lang"]', 'zh-CN');
  await s.page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  const ftl = readFtl('engine/locales/zh-CN/kb-seed-tls.ftl');

  const [jname, jtext] = await download(s.page, '[data-testid="export-json"]');
  assert.equal(jname, 'mail-triage-report.json');
  const json = JSON.parse(jtext);
  assert.equal(json.lang, 'zh-CN');
  const fs = json.inputs[0].findings;
  assert.deepEqual(fs.map((f) => f.rule).sort(), [...SEED_RULES].sort());
  const ndr = fs.find((f) => f.rule === 'seed-ndr-socketerror');
  assert.equal(ndr.title, ftl['seed-ndr-socketerror']);
  assert.equal(ndr.cause, ftl['seed-ndr-socketerror.cause']);
  assert.equal(ndr.fix[0], ftl['seed-ndr-socketerror.fix-1']);
  assert.equal(ndr.reply, '421');
  assert.equal(ndr.status, '4.4.2');
  assert.equal(ndr.recipient, 'alex@contoso.com');
  assert.ok(ndr.references.every((r) => r.url.startsWith('https://')));
  assert.ok(ndr.artifacts.includes('enable-tls12.reg'));

  const [cname, csv] = await download(s.page, '[data-testid="export-csv"]');
  assert.equal(cname, 'mail-triage-report.csv');
  assert.ok(csv.startsWith('\ufeff'), 'UTF-8 BOM for Excel');
  const rows = parseCsv(csv.slice(1));
  assert.deepEqual(rows[0].slice(0, 4), ['file', 'kind', 'severity', 'rule']);
  assert.equal(rows.length, 1 + SEED_RULES.length);
  assert.ok(rows.every((r) => r.length === rows[0].length), 'every row has every column');
  const q = rows.find((r) => r[3] === 'seed-queue-socketerror');
  const col = (name) => rows[0].indexOf(name);
  assert.match(q[col('evidence')], /responded with: "421 4\.4\.2 Connection dropped due to SocketError\."/, 'embedded quotes survive');
  assert.equal(q[col('title')], ftl['seed-queue-socketerror']);
  assert.match(q[col('fix')], /^1\. .*\n2\. /s);

  const [mname, md] = await download(s.page, '[data-testid="export-md"]');
  assert.equal(mname, 'mail-triage-report.md');
  assert.match(md, /^# Mail Triage 报告/);
  assert.match(md, /\| 严重程度 \| 规则 \|/);
  for (const r of SEED_RULES) assert.ok(md.includes(r), `markdown names ${r}`);
  assert.ok(md.includes('1. ' + ftl['seed-ndr-socketerror.fix-1'].replace(/[\\`*_[\]<>|#!~&]/g, (c) => '\\' + c)), 'numbered fix steps');
  await done(s, '20-export-zh-CN');
});

test('the redact switch replaces addresses, IPs and host names in the view and in every export', async () => {
  const s = await open(env);
  await sample(s.page, 'sample-postfix', 'mta-tls-postfix-cannot-start-tls');
  const secrets = ['lee@fabrikam.example', 'sam@fabrikam.example', 'mail.fabrikam.example', '198.51.100.25', '192.0.2.71'];
  const results = s.page.locator('section.results');
  await s.page.locator('details.evidence').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
  const plain = await results.innerText();
  for (const x of secrets.slice(0, 4)) assert.ok(plain.includes(x), `shown before redaction: ${x}`);

  const sw = s.page.locator('[data-testid="redact"]');
  assert.equal(await sw.getAttribute('type'), 'checkbox');
  await sw.check();
  await s.page.locator('[data-testid="redact-note"]').waitFor();
  await s.page.locator('details.evidence').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
  const red = await results.innerText();
  for (const x of secrets) assert.ok(!red.includes(x), `redacted in the view: ${x}`);
  assert.match(red, /user1@domain1\.example/);
  assert.match(red, /host-\d+\.example\[192\.0\.2\.\d+\]/);
  assert.match(red, /dsn=4\.7\.5/, 'codes stay');
  assert.match(red, /smtp_tls_security_level|smtp_tls_protocols|TLSv1\.2/, 'fix texts stay');
  // Stable: the same recipient has the same token in every place it appears.
  const tokens = red.match(/user\d+@domain\d+\.example/g);
  assert.ok(tokens.length >= 2);
  // The highlight still sits on the error text.
  const marks = await s.page.locator('[data-rule="mta-tls-postfix-cannot-start-tls"] mark').allInnerTexts();
  assert.ok(marks.some((m) => /Cannot start TLS: handshake failure/.test(m)), `highlight follows redaction: ${marks}`);
  await s.page.screenshot({ path: join(SHOTS, '21-redacted.png'), fullPage: true });

  for (const kind of ['json', 'csv', 'md']) {
    const [name, text] = await download(s.page, `[data-testid="export-${kind}"]`);
    assert.equal(name, `mail-triage-report-redacted.${kind}`);
    for (const x of secrets) assert.ok(!text.includes(x), `${kind} export is redacted: ${x}`);
    assert.match(text, /user1@domain1\.example/, `${kind} has the tokens`);
    assert.match(text, /4\.7\.5/, `${kind} keeps the codes`);
  }
  // Registry paths and cmdlets in a redacted Exchange report stay as they are.
  await sample(s.page, 'sample-queue', 'seed-queue-socketerror');
  const [, json] = await download(s.page, '[data-testid="export-json"]');
  assert.ok(!json.includes('104.47.0.1') && !json.includes('contoso-com.mail.protection.outlook.com'));
  assert.match(json, /SCHANNEL\\\\Protocols\\\\TLS 1\.2/);
  assert.match(json, /Retry-Queue/);
  assert.match(json, /451 4\.4\.0/);

  await sw.uncheck();
  await s.page.locator('[data-testid="redact-note"]').waitFor({ state: 'detached' });
  await s.page.locator('[data-testid="affected"]', { hasText: '104.47.0.1' }).first().waitFor();
  await done(s, '21-redact-off-again');
});

test('print stylesheet hides the controls and shows every detail', async () => {
  const s = await open(env);
  await s.page.emulateMedia({ media: 'print' });
  for (const sel of ['[data-testid="input"]', '[data-testid="samples"]', '[data-testid="export-json"]', '[data-testid="redact"]', '[data-testid="copy"]', '[data-testid="lang"]']) {
    assert.equal(await s.page.locator(sel).first().isVisible(), false, `${sel} hidden in print`);
  }
  // Closed <details> (evidence, artifact text) print open.
  const ev = s.page.locator('[data-testid="evidence"]').first();
  assert.equal(await ev.evaluate((e) => e.closest('details').open), false);
  assert.equal(await ev.isVisible(), true, 'evidence printed');
  assert.equal(await s.page.locator('pre.artifact').first().isVisible(), true, 'artifact text printed');
  assert.equal(await s.page.locator('[data-testid="privacy"]').isVisible(), true);
  assert.equal(await s.page.locator('[data-testid="fix"]').first().isVisible(), true);
  await s.page.screenshot({ path: join(SHOTS, '22-print.png'), fullPage: true });
  await s.page.emulateMedia({ media: 'screen' });
  assert.equal(await ev.isVisible(), false, 'on screen the evidence is folded');
  await done(s, '22-screen-after-print');
});

test('redaction also covers the census table and the SMTP conversation, with the same tokens as the findings', async () => {
  const s = await open(env);
  await sample(s.page, 'sample-send-log', 'seed-protolog-socketerror');
  const census = s.page.locator('[data-testid="census"]');
  await census.locator('tbody tr').first().waitFor();
  // textContent, not innerText: the Logs section may skip rendering while off screen.
  await s.page.waitForFunction(() => document.querySelector('[data-testid="census"]').textContent.includes('104.47.0.1'));
  await s.page.check('[data-testid="redact"]');
  await s.page.locator('[data-testid="redact-note"]').waitFor();
  const token = (await s.page.locator('[data-rule="seed-protolog-socketerror"] [data-testid="affected"] code').first().innerText()).trim();
  assert.match(token, /^192\.0\.2\.\d+$/);
  // The census table draws its rows a chunk per frame: wait for the redacted rows.
  await s.page.waitForFunction((tok) => {
    const t = document.querySelector('[data-testid="census"]').textContent;
    return t.includes(tok) && !t.includes('104.47.0.1');
  }, token);
  // The endpoint of the findings' token: its sessions and their (redacted) conversation.
  await census.locator('tbody tr', { hasText: token }).first().scrollIntoViewIfNeeded();
  await census.locator('tbody tr', { hasText: token }).first().click();
  await s.page.locator('[data-testid="session-item"]').first().click();
  await s.page.locator('[data-testid="transcript"] tbody tr').first().waitFor();
  const conv = await s.page.locator('[data-testid="session-view"]').textContent();
  for (const x of ['104.47.0.1', '10.0.0.5', 'outlook.com', 'mail.contoso.example']) assert.ok(!conv.includes(x), `session viewer redacted: ${x}`);
  assert.match(conv, /STARTTLS|TLS negotiation failed|EHLO/, `the conversation itself is still there: ${conv}`);
  const body = await s.page.evaluate(() => [...document.querySelectorAll('section.results, section.logs')].map((e) => e.textContent).join('\n'));
  for (const x of ['104.47.0.1', '203.0.113.7', '10.0.0.5']) assert.ok(!body.includes(x), `nowhere on the page: ${x}`);
  await done(s, '23-redacted-logs');
});
