// Accessibility and look: axe-core finds no serious or critical violation in
// light and dark, in English and Chinese; everything works from the keyboard
// with a visible focus; the language follows the browser and is remembered;
// the privacy note is prominent.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { start, open, done, sample, SHOTS } from './findings-lib.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.browser?.close(); await env?.srv?.close(); });

async function axe(page) {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  const r = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ') + ' ' + n.failureSummary) }));
  });
  // Also two moderate ones the page once had: content outside any landmark,
  // and two regions of one name (the census section and its table).
  return r.filter((v) => v.impact === 'serious' || v.impact === 'critical' || ['region', 'landmark-unique'].includes(v.id));
}

for (const colorScheme of ['light', 'dark']) {
  for (const locale of ['en-US', 'zh-CN']) {
    test(`axe: no serious or critical violation (${colorScheme}, ${locale})`, async () => {
      // bypassCSP only so axe's script can be injected into the page.
      const s = await open(env, { colorScheme, locale, bypassCSP: true });
      const lang = locale === 'zh-CN' ? 'zh-CN' : 'en';
      assert.equal(await s.page.evaluate(() => document.documentElement.lang), lang);
      const bg = await s.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g).map(Number);
      const dark = (r + g + b) / 3 < 80;
      assert.equal(dark, colorScheme === 'dark', `background follows prefers-color-scheme (${bg})`);
      assert.deepEqual(await axe(s.page), [], 'initial page');
      // Everything unfolded, redaction on, another sample: still clean.
      await s.page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      assert.deepEqual(await axe(s.page), [], 'details open');
      await sample(s.page, 'sample-send-log', 'seed-protolog-socketerror');
      // The same log opened as a file too: two reports with the same rules and lines keep ids unique.
      await s.page.setInputFiles('[data-testid="file-input"]', { name: 'SEND20260120-1.LOG', mimeType: 'text/plain', buffer: readFileSync('www/samples/send-protocol-log.log') });
      await s.page.locator('[data-testid="report"]', { hasText: 'SEND20260120-1.LOG' }).locator('[data-testid="finding"]').first().waitFor();
      await s.page.check('[data-testid="redact"]');
      await s.page.locator('[data-testid="redact-note"]').waitFor();
      await s.page.locator('details').evaluateAll((ds) => ds.forEach((d) => { d.open = true; }));
      assert.deepEqual(await axe(s.page), [], 'another sample, redacted');
      await s.page.screenshot({ path: join(SHOTS, `30-axe-${colorScheme}-${lang}.png`), fullPage: true });
      await s.page.locator('[data-testid="finding"]').first().screenshot({ path: join(SHOTS, `30-finding-${colorScheme}-${lang}.png`) });
      await done(s, `30-axe-${colorScheme}-${lang}-end`);
    });
  }
}

test('fully usable by keyboard: logical order, visible focus, real buttons', async () => {
  const s = await open(env, { permissions: ['clipboard-read', 'clipboard-write'] });
  // Interactive things in the results are buttons, links, inputs or summaries — no clickable divs.
  const odd = await s.page.$$eval('section.results [onclick], section.results div[tabindex], section.results span[tabindex]', (els) => els.length);
  assert.equal(odd, 0);
  // The first Tab shows a skip link; Enter on it moves focus to the findings.
  await s.page.keyboard.press('Tab');
  assert.equal(await s.page.evaluate(() => document.activeElement.className), 'skip-link');
  assert.equal(await s.page.locator('.skip-link').isVisible(), true);
  const box = await s.page.locator('.skip-link').boundingBox();
  assert.ok(box.y >= 0 && box.y < 100, 'the skip link is on screen when focused');
  await s.page.keyboard.press('Enter');
  assert.equal(await s.page.evaluate(() => document.activeElement.id), 'findings');
  await s.page.keyboard.press('Tab');
  assert.equal(await s.page.evaluate(() => document.activeElement.dataset.testid), 'redact', 'after the skip link: the findings toolbar');
  await s.page.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
  await s.page.reload();
  await s.page.waitForSelector('[data-testid="finding"]');

  const order = [];
  for (let i = 0; i < 60; i++) {
    await s.page.keyboard.press('Tab');
    const info = await s.page.evaluate(() => {
      const e = document.activeElement;
      const cs = getComputedStyle(e);
      return { tag: e.tagName, testid: e.dataset.testid || '', outline: cs.outlineStyle, width: parseFloat(cs.outlineWidth) };
    });
    order.push(info);
    if (info.tag !== 'BODY') assert.ok(info.outline !== 'none' && info.width >= 2, `visible focus on ${JSON.stringify(info)}`);
  }
  const ids = order.map((o) => o.testid).filter(Boolean);
  const at = (id) => ids.indexOf(id);
  for (const id of ['lang', 'input', 'samples', 'redact', 'export-json', 'export-csv', 'export-md', 'copy']) assert.ok(at(id) >= 0, `${id} reachable by Tab (${ids})`);
  assert.ok(at('lang') < at('input') && at('input') < at('samples') && at('samples') < at('redact') && at('redact') < at('export-json') && at('export-json') < at('copy'), `logical order: ${ids}`);

  // Space toggles the redact switch, Enter on a copy button copies, Enter on a summary unfolds.
  await s.page.focus('[data-testid="redact"]');
  await s.page.keyboard.press('Space');
  await s.page.locator('[data-testid="redact-note"]').waitFor();
  await s.page.keyboard.press('Space');
  await s.page.locator('[data-testid="redact-note"]').waitFor({ state: 'detached' });
  const copy = s.page.locator('[data-testid="finding"] [data-testid="copy"]').first();
  await copy.focus();
  await s.page.keyboard.press('Enter');
  await s.page.locator('[data-testid="finding"] button.copy.done').first().waitFor();
  // The copy is said, not only shown: the polite live region has its word.
  assert.equal(await s.page.locator('[data-testid="announcer"]').textContent(), 'Copied');
  assert.equal(await s.page.evaluate(() => navigator.clipboard.readText()), await s.page.locator('[data-testid="finding"] [data-testid="fix"] li').first().innerText());
  await s.page.locator('details.evidence summary').first().focus();
  await s.page.keyboard.press('Enter');
  assert.equal(await s.page.locator('details.evidence').first().evaluate((d) => d.open), true);
  await s.page.screenshot({ path: join(SHOTS, '31-keyboard-focus.png') });
  await done(s, '31-keyboard');
});

test('language defaults to the browser language and is remembered; privacy note is prominent', async () => {
  const s = await open(env, { locale: 'vi-VN' });
  assert.equal(await s.page.inputValue('[data-testid="lang"]'), 'vi');
  const privacy = s.page.locator('[data-testid="privacy"]');
  assert.equal(await privacy.isVisible(), true);
  const box = await privacy.boundingBox();
  assert.ok(box.y < 200, `privacy note near the top (y=${box.y})`);
  assert.match(await privacy.innerText(), /máy tính của bạn/);
  await s.page.selectOption('[data-testid="lang"]', 'ru');
  assert.equal(await s.page.evaluate(() => localStorage.getItem('mailtriage.lang')), 'ru');
  const again = await s.context.newPage();
  await again.goto(env.srv.url);
  await again.waitForSelector('[data-testid="finding"]');
  assert.equal(await again.inputValue('[data-testid="lang"]'), 'ru');
  assert.equal(await again.evaluate(() => document.documentElement.lang), 'ru');
  await again.close();
  await done(s, '32-lang-default-vi');
});
