// Hostile input stays text: script tags, event-handler attributes and
// javascript: links in pasted or opened input create no element, run
// nothing, open no dialog and make no request — in the view, with
// redaction on, and in the exports.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { start, open, done, download, DIST } from './findings-lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.browser?.close(); await env?.srv?.close(); });

const EVIL = [
  '<script>window.__pwned=1;alert(1)</script> 550 5.1.1 <evil@x.example> unknown user',
  'Remote Server returned \'421 4.4.2 Connection dropped due to SocketError <img src=x onerror="window.__pwned=2;alert(2)">\'',
  '451 5.7.3 Must issue a STARTTLS command first <a href="javascript:alert(3)">click</a> javascript:alert(4)',
  '2026-01-20T10:00:00.000Z,<svg onload=alert(5)>,08DC0A0000000001,7,10.0.0.5:50123,104.47.0.1:25,*,,TLS negotiation failed with error SocketError <iframe src="https://evil.example/"></iframe>',
].join('\n') + '\n';

/** Watches the DOM for elements that could run or load something. */
async function watch(page) {
  await page.evaluate(() => {
    window.__added = [];
    new MutationObserver((ms) => {
      for (const m of ms) {
        for (const n of m.addedNodes) {
          if (n.nodeType !== 1) continue;
          for (const e of [n, ...n.querySelectorAll('*')]) {
            const tag = e.tagName.toLowerCase();
            const handlers = [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name);
            const href = e.getAttribute('href') || e.getAttribute('src') || '';
            if (['script', 'img', 'iframe', 'object', 'embed', 'frame', 'link', 'meta', 'base', 'form'].includes(tag) || handlers.length || /^\s*javascript:/i.test(href)) {
              window.__added.push(`${tag} ${handlers} ${href}`);
            }
          }
        }
      }
    }).observe(document, { subtree: true, childList: true });
  });
}

async function check(s, before) {
  await s.page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
  await s.page.waitForTimeout(300);
  assert.equal(await s.page.evaluate(() => window.__pwned), undefined, 'no script ran');
  assert.deepEqual(await s.page.evaluate(() => window.__added), [], 'no active element was created');
  assert.deepEqual(s.log.dialogs, [], 'no dialog');
  // Only the page's own assets (the parsing worker loads after the page draws) and Blob URLs.
  const own = (u) => u.startsWith(env.srv.url) && existsSync(join(DIST, new URL(u).pathname.slice(new URL(env.srv.url).pathname.length)));
  const after = s.log.requests.slice(before);
  assert.deepEqual(after.filter((u) => !u.startsWith('blob:') && !own(u)), [], 'no request made from the input');
  const counts = await s.page.evaluate(() => ({
    script: document.querySelectorAll('body script').length,
    img: document.querySelectorAll('img, iframe, svg[onload], [onerror], [onload]').length,
    js: document.querySelectorAll('a[href^="javascript:" i]').length,
  }));
  assert.deepEqual(counts, { script: 0, img: 0, js: 0 });
}

test('hostile markup in pasted input is shown as text, with and without redaction, and in exports', async () => {
  const s = await open(env);
  await watch(s.page);
  const before = s.log.requests.length;
  await s.page.fill('[data-testid="input"]', EVIL);
  for (const r of ['seed-ndr-socketerror', 'seed-starttls-first', 'seed-protolog-socketerror']) {
    await s.page.locator(`[data-testid="finding"][data-rule="${r}"]`).waitFor();
  }
  await check(s, before);
  const text = await s.page.locator('section.results').innerText();
  assert.ok(text.includes('<img src=x onerror="window.__pwned=2;alert(2)">'), 'img markup shown as text');
  assert.ok(text.includes('<a href="javascript:alert(3)">click</a>'), 'link markup shown as text');
  assert.ok(text.includes('<iframe src="https://evil.example/"></iframe>'), 'iframe markup shown as text');

  await s.page.check('[data-testid="redact"]');
  await s.page.locator('[data-testid="redact-note"]').waitFor();
  await check(s, before);

  const [, md] = await download(s.page, '[data-testid="export-md"]');
  // Raw input is only inside fenced code blocks (evidence); elsewhere it is escaped.
  let fence = null;
  for (const line of md.split('\n')) {
    const f = line.match(/^(`{3,})/);
    if (f && (fence === null || f[1] === fence)) { fence = fence === null ? f[1] : null; continue; }
    if (fence === null) assert.doesNotMatch(line, /(^|[^\\])<(img|script|iframe|svg|a )/i, `unescaped HTML outside code: ${line}`);
  }
  assert.equal(fence, null, 'fences closed');
  const [, json] = await download(s.page, '[data-testid="export-json"]');
  JSON.parse(json);
  await check(s, before);
  await done(s, '40-hostile-paste');
});

test('hostile markup in an opened file and in its name stays text', async () => {
  const s = await open(env);
  await watch(s.page);
  const before = s.log.requests.length;
  await s.page.setInputFiles('[data-testid="file-input"]', { name: '<img src=x onerror=alert(9)>.log', mimeType: 'text/plain', buffer: Buffer.from(EVIL) });
  const report = s.page.locator('[data-testid="report"]', { hasText: '<img src=x onerror=alert(9)>.log' });
  await report.locator('[data-testid="finding"]').first().waitFor();
  await check(s, before);
  const [, md] = await download(s.page, '[data-testid="export-md"]');
  assert.ok(md.includes('## \\<img src=x onerror=alert(9)\\>.log'), 'the file name is escaped in Markdown');
  await done(s, '41-hostile-file');
});

test('a right-to-left override in one value does not reverse the values shown after it', async () => {
  const s = await open(env);
  const line = (to, ip) => `Dec  1 10:00:01 mx postfix/smtp[1]: AB12: to=<${to}>, relay=mx.x.example[${ip}]:25, dsn=5.1.1, status=bounced (host mx.x.example[${ip}] said: 550 5.1.1 <${to}>: Recipient address rejected: User unknown)`;
  await s.page.fill('[data-testid="input"]', `${line('ad\u202emoc.elgoog@x.example', '198.51.100.28')}\n${line('x@y.example', '198.51.100.29')}\n`);
  await s.page.locator('[data-testid="finding"] [data-testid="affected"] code').first().waitFor();
  // Each value is its own bidi island (CSS unicode-bidi: isolate), so the
  // override inside one cannot run on into the next.
  const styles = await s.page.locator('[data-testid="affected"] code, .evidence .line code').evaluateAll(
    (els) => els.map((e) => getComputedStyle(e).unicodeBidi));
  assert.ok(styles.length >= 4, `values shown: ${styles.length}`);
  assert.deepEqual([...new Set(styles)], ['isolate']);
  await done(s, '42-bidi-isolated');
});
