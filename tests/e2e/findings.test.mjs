// The findings view: grouped by rule, most severe first, with count,
// first/last seen, affected parties, file:line evidence with the match
// highlighted, fix steps with working copy buttons, artifact downloads,
// safe reference links, and every built-in sample producing real findings.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, open, done, paste, sample, download, readFtl, SEVERITY_ORDER } from './findings-lib.mjs';
import { assertReferenceLinks } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.browser?.close(); await env?.srv?.close(); });

/** [rule, severity] of every finding element of the pasted-text report, in page order. */
async function shown(page) {
  return page.locator('[data-testid="report"]').first().locator('[data-testid="finding"]')
    .evaluateAll((els) => els.map((e) => [e.dataset.rule, e.dataset.severity]));
}

// id → [input kind, at least this many rules, rules that must be among them]
const SAMPLES = {
  'sample-seed': ['exchange-ndr', 4, ['seed-ndr-socketerror', 'seed-queue-socketerror', 'seed-protolog-socketerror', 'seed-starttls-first']],
  'sample-o365-ndr': ['exchange-ndr', 3, []],
  'sample-dsn': ['dsn', 3, []],
  'sample-queue': ['queue-error', 3, ['seed-queue-socketerror']],
  'sample-send-log': ['protocol-log', 3, ['seed-protolog-socketerror']],
  'sample-recv-log': ['protocol-log', 3, []],
  'sample-postfix': ['syslog', 3, []],
  'sample-schannel': ['windows-event', 3, []],
};

test('every built-in sample is offered and produces classified findings of its kind', async () => {
  const s = await open(env);
  const options = await s.page.$$eval('[data-testid="samples"] option', (os) => os.map((o) => [o.value, o.textContent]));
  const ids = options.map(([v]) => v).filter(Boolean);
  assert.deepEqual(ids.sort(), Object.keys(SAMPLES).sort(), 'the samples menu lists one example of each input kind');
  for (const [, label] of options.filter(([v]) => v)) assert.ok(label.trim().length > 3, `sample label: ${label}`);
  for (const [id, [kind, min, must]] of Object.entries(SAMPLES)) {
    await s.page.selectOption('[data-testid="samples"]', id);
    const report = s.page.locator('[data-testid="report"]').first();
    await s.page.waitForFunction((k) => document.querySelector('[data-testid="report"]')?.dataset.kind === k, kind);
    await report.locator('[data-testid="finding"]').first().waitFor();
    const rules = (await shown(s.page)).map(([r]) => r);
    assert.ok(rules.length >= min, `${id}: at least ${min} rules (got ${rules})`);
    assert.ok(!rules.includes('unclassified'), `${id}: every finding has a rule (got ${rules})`);
    for (const r of must) assert.ok(rules.includes(r), `${id} shows ${r} (got ${rules})`);
    assert.equal(await s.page.inputValue('[data-testid="samples"]'), '', 'the menu resets so a sample can be picked again');
    await s.page.screenshot({ path: `${process.env.E2E_SCREENSHOTS || 'target/e2e-screenshots'}/10-${id}.png` });
  }
  await done(s, '10-samples');
});

test('findings are grouped by rule, most severe first, with count, first/last seen, affected and file:line evidence', async () => {
  const s = await open(env);
  await sample(s.page, 'sample-send-log', 'seed-protolog-socketerror');
  const list = await shown(s.page);
  const rules = list.map(([r]) => r);
  assert.equal(new Set(rules).size, rules.length, `one element per rule (got ${rules})`);
  const order = list.map(([, sev]) => SEVERITY_ORDER.indexOf(sev));
  assert.ok(order.every((x) => x >= 0), 'every finding has a severity');
  assert.deepEqual(order, [...order].sort((a, b) => a - b), `ordered critical → info (got ${list})`);

  const f = s.page.locator('[data-testid="finding"][data-rule="seed-protolog-socketerror"]');
  assert.equal(await f.getAttribute('data-severity'), 'critical');
  assert.match(await f.locator('[data-testid="count"]').innerText(), /\b2\b/);
  assert.equal(await f.locator('[data-testid="first-seen"]').innerText(), '2026-01-20T10:00:00.600Z');
  assert.equal(await f.locator('[data-testid="last-seen"]').innerText(), '2026-01-20T10:05:00.000Z');
  assert.match(await f.locator('[data-testid="affected"]').innerText(), /104\.47\.0\.1/);

  await f.locator('details.evidence summary').click();
  const lines = f.locator('[data-testid="evidence"]');
  assert.equal(await lines.count(), 2);
  assert.deepEqual(await lines.locator('.loc').allInnerTexts(), ['Pasted text:13', 'Pasted text:15']);
  for (const m of await lines.locator('mark').allInnerTexts()) assert.match(m, /TLS negotiation failed with error SocketError/);
  assert.match(await lines.first().innerText(), /^Pasted text:13\s+2026-01-20T10:00:00\.600Z,Outbound to Office 365,/);

  // Cause and numbered fix steps come from the Fluent sources.
  const ftl = readFtl('engine/locales/en/kb-seed-tls.ftl');
  assert.equal(await f.locator('[data-testid="cause"]').innerText(), ftl['seed-protolog-socketerror.cause']);
  const steps = await f.locator('[data-testid="fix"] li').allInnerTexts();
  assert.deepEqual(steps, Object.keys(ftl).filter((k) => k.startsWith('seed-protolog-socketerror.fix-')).map((k) => ftl[k]));
  assert.equal(await f.locator('[data-testid="fix"] li [data-testid="copy"]').count(), steps.length, 'a copy button per step');

  // A file keeps its name in the evidence location.
  await s.page.setInputFiles('[data-testid="file-input"]', { name: 'SEND20260120-1.LOG', mimeType: 'text/plain', buffer: Buffer.from('2026-01-20T10:00:00.000Z,Out,08DC0A0000000001,7,10.0.0.5:50123,104.47.0.1:25,*,,TLS negotiation failed with error SocketError\n') });
  const file = s.page.locator('[data-testid="report"]', { hasText: 'SEND20260120-1.LOG' });
  await file.locator('[data-testid="finding"]').first().waitFor();
  await file.locator('details.evidence summary').first().click();
  assert.equal(await file.locator('[data-testid="evidence"] .loc').first().innerText(), 'SEND20260120-1.LOG:1');
  await done(s, '11-grouped-send-log');
});

test('a copy button copies exactly its fix step', async () => {
  const s = await open(env, { permissions: ['clipboard-read', 'clipboard-write'] });
  await paste(s.page, '421 4.4.2 Connection dropped due to SocketError', 'seed-ndr-socketerror');
  const f = s.page.locator('[data-testid="finding"][data-rule="seed-ndr-socketerror"]');
  const step2 = f.locator('[data-testid="fix"] li').nth(1);
  const button = step2.locator('[data-testid="copy"]');
  assert.equal(await button.evaluate((b) => b.tagName), 'BUTTON');
  assert.equal(await button.getAttribute('aria-label'), 'Copy step 2');
  await button.click();
  await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="fix"] li')[1].querySelector('button.copy.done'));
  assert.equal(await s.page.evaluate(() => navigator.clipboard.readText()), await step2.innerText());
  assert.match(await step2.innerText(), /SystemDefaultTlsVersions = 1/);
  assert.equal(await button.getAttribute('data-status'), 'Copied');
  await done(s, '12-copy');
});

test('artifacts download from Blob URLs with the right content', async () => {
  const s = await open(env);
  await paste(s.page, '421 4.4.2 Connection dropped due to SocketError', 'seed-ndr-socketerror');
  const links = s.page.locator('[data-testid="finding"][data-rule="seed-ndr-socketerror"] [data-testid="download"]');
  assert.ok(await links.count() >= 2, '.reg and .ps1');
  for (const a of await links.evaluateAll((as) => as.map((x) => [x.tagName, x.getAttribute('href'), x.getAttribute('download')]))) {
    assert.equal(a[0], 'A');
    assert.match(a[1], /^blob:/);
    assert.match(a[2], /\.(reg|ps1)$/);
  }
  // The page loads its worker (script, wasm, slice reader) in the
  // background after it draws; counted from when that is done.
  await s.page.waitForSelector('[data-testid="worker-ready"]', { state: 'attached', timeout: 20000 });
  const before = s.log.requests.length;
  const [name, text] = await download(s.page, '[data-rule="seed-ndr-socketerror"] [data-testid="download"][download$=".reg"]');
  assert.equal(name, 'enable-tls12.reg');
  assert.match(text, /^Windows Registry Editor Version 5\.00/);
  assert.match(text, /SCHANNEL\\Protocols\\TLS 1\.2\\Client\]/);
  assert.match(text, /"DisabledByDefault"=dword:00000000/);
  const [ps1, script] = await download(s.page, '[data-rule="seed-ndr-socketerror"] [data-testid="download"][download$=".ps1"]');
  assert.equal(ps1, 'Test-Tls12Config.ps1');
  assert.match(script, /SchUseStrongCrypto/);
  assert.ok(s.log.requests.slice(before).every((u) => u.startsWith('blob:')), `downloads made no network request: ${s.log.requests.slice(before)}`);
  await done(s, '13-artifacts');
});

test('references open in a new tab without opener or referrer', async () => {
  const s = await open(env);
  await assertReferenceLinks(s.page.locator('[data-testid="finding"] .refs a'), 4);
  await done(s, '14-references');
});

// A short report (the built-in sample: four rules) is drawn whole in one
// task. And nothing drawn is drawn again: Yew diffs an element's children by
// position unless all of them are keyed, and a `{ for … }` beside other
// children is flattened into them, so a list that grows there rebuilt every
// sibling (a rule text drawn in one task gone again in the next, every
// report redrawn when a file is added, the live region replaced).
test('a short report is drawn whole; adding a report and the worker warming up rebuild nothing already drawn', async () => {
  const s = await open(env, {
    init: () => {
      window.__rebuilt = [];
      window.__first = null;
      const watched = '[data-testid="finding"], [data-testid="report"], [aria-live], .refs a';
      new MutationObserver((records) => {
        if (!window.__first && document.querySelector('[data-testid="finding"]')) {
          window.__first = ['[data-testid="finding"]', '[data-testid="cause"]', '.refs a'].map((q) => document.querySelectorAll(q).length);
        }
        for (const r of records) {
          for (const n of r.removedNodes) {
            if (n.nodeType !== 1) continue;
            const hit = n.matches(watched) ? n : n.querySelector(watched);
            if (hit) window.__rebuilt.push(hit.dataset.rule || hit.dataset.testid || hit.outerHTML.slice(0, 60));
          }
        }
      }).observe(document, { subtree: true, childList: true });
    },
  });
  const findings = s.page.locator('[data-testid="finding"]');
  await findings.nth(3).locator('.refs a').first().waitFor({ state: 'attached' });
  await s.page.waitForSelector('[data-testid="worker-ready"]', { state: 'attached', timeout: 20000 });
  const [findingsAtFirst, causesAtFirst, linksAtFirst] = await s.page.evaluate(() => window.__first);
  assert.deepEqual([findingsAtFirst, causesAtFirst], [4, 4], 'every finding, with its cause, in the first drawing');
  assert.ok(linksAtFirst >= 4, `references in the first drawing: ${linksAtFirst}`);
  // The admin's own text (a file takes the place of the built-in sample, not
  // of what was pasted): the sample with a line of theirs.
  await s.page.fill('[data-testid="input"]', `${readFileSync('www/samples/seed-tls.txt', 'utf8')}\nEX01, 20 January\n`);
  await s.page.waitForFunction(() => document.querySelectorAll('[data-testid="finding"]').length === 4);
  await s.page.evaluate(() => { window.__rebuilt = []; });
  const marked = await s.page.evaluate(() => {
    const live = document.querySelector('[aria-live]');
    live.__mark = true;
    document.querySelectorAll('[data-testid="finding"]').forEach((f) => { f.__mark = true; });
    return document.querySelectorAll('[data-testid="finding"]').length;
  });
  assert.equal(marked, 4);
  await s.page.setInputFiles('[data-testid="file-input"]', { name: 'SEND20260120-1.LOG', mimeType: 'text/plain', buffer: readFileSync('www/samples/send-protocol-log.log') });
  const file = s.page.locator('[data-testid="report"]', { hasText: 'SEND20260120-1.LOG' });
  await file.locator('[data-testid="finding"]').nth(2).locator('.refs a').first().waitFor({ state: 'attached' });
  await s.page.locator('[data-testid="progress-done"]').waitFor();
  const kept = await s.page.evaluate(() => ({
    live: document.querySelector('[aria-live]').__mark === true,
    findings: [...document.querySelector('[data-testid="report"]').querySelectorAll('[data-testid="finding"]')].map((f) => f.__mark === true),
  }));
  assert.deepEqual(kept, { live: true, findings: [true, true, true, true] }, 'the same elements, not rebuilt ones');
  assert.deepEqual(await s.page.evaluate(() => window.__rebuilt), [], 'no drawn finding, report, link or live region was removed');
  await done(s, '15-kept');
});

test('input without a known error is shown as unrecognised', async () => {
  const s = await open(env);
  await s.page.fill('[data-testid="input"]', 'hello world\nnothing to see here\n');
  await s.page.locator('[data-testid="no-findings"]').waitFor();
  assert.equal(await s.page.locator('[data-testid="finding"]').count(), 0);
  const u = s.page.locator('[data-testid="unrecognised"]');
  await u.locator('summary').click();
  assert.match(await u.innerText(), /2 lines read, 2 without a recognised error/);
  assert.match(await u.innerText(), /nothing to see here/);
  assert.equal(await s.page.locator('[data-testid="export-json"]').isDisabled(), true, 'nothing to export');
  // A file read with nothing found is a record worth exporting ("checked,
  // nothing found"): the exports are enabled and list it.
  await s.page.setInputFiles('[data-testid="file-input"]', { name: 'clean.log', mimeType: 'text/plain', buffer: Buffer.from('250 2.0.0 OK\n') });
  await s.page.locator('[data-testid="progress-done"]').waitFor();
  assert.equal(await s.page.locator('[data-testid="export-json"]').isDisabled(), false);
  const [, json] = await download(s.page, '[data-testid="export-json"]');
  assert.ok(JSON.parse(json).inputs.some((i) => i.path === 'clean.log' && i.findings.length === 0), json.slice(0, 300));
  await done(s, '15-unrecognised');
});

test('a queue error about a partner is not blamed on Exchange Online, and its affected values copy apart', async () => {
  const s = await open(env);
  // An NDR's attempt line naming a partner's host and address (outside Exchange Online's ranges).
  await paste(
    s.page,
    "bob@fabrikam.example\nRemote Server returned '550 4.4.7 QUEUE.Expired; message expired [Message=421 4.4.2 Connection dropped due to SocketError] [LastAttemptedServerName=mail.partner.de] [LastAttemptedIP=8.20.110.77:25]'\n",
    'socketerror-other-peer',
  );
  const f = s.page.locator('[data-testid="finding"][data-rule="socketerror-other-peer"]');
  assert.doesNotMatch(await f.innerText(), /cannot deliver to Exchange Online/);
  // Copied, the values stay apart (QA round 14: "mail.partner.de8.20.110.77").
  const text = await f.locator('[data-testid="affected"]').evaluate((e) => e.textContent);
  assert.match(text, /bob@fabrikam\.example mail\.partner\.de \[8\.20\.110\.77\]/);
  await done(s, '15-partner-socketerror');
});
