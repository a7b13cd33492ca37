// Layout at phone and desktop widths in every language: no sideways page
// scroll, the census table fits (or scrolls in a focusable box), the TLS
// chart's labels fit and are drawn at a readable size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { done, launch, open, serve, write } from './helpers.mjs';

const LANGS = ['en', 'vi', 'zh-CN', 'lt', 'ru', 'ro'];
const LOGS = ['www/samples/send-protocol-log.log', 'www/samples/recv-protocol-log.log'];

let srv, browser;
before(async () => {
  srv = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await srv?.close();
});

async function withLogs(width) {
  const s = await open(browser, srv.url, { viewport: { width, height: 844 } });
  await s.page.setInputFiles('[data-testid="file-input"]', LOGS);
  await s.page.waitForSelector('[data-testid="progress-done"]');
  await s.page.waitForSelector('[data-testid="census"] tbody tr');
  return s;
}

/** Chart facts: rendered label size, layout, labels running into their bars. */
function chartFacts(page) {
  return page.evaluate(() => {
    const fig = document.querySelector('[data-testid="chart-tls"]');
    const svg = fig.querySelector('svg');
    const label = svg.querySelector('text.chart-label');
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const fontPx = parseFloat(getComputedStyle(label).fontSize) * scale;
    const W = svg.viewBox.baseVal.width;
    const overlap = [...svg.querySelectorAll('g.bar')].filter((g) => {
      const t = g.querySelector('text.chart-label').getBBox();
      const r = g.querySelector('rect').getBBox();
      const sameLine = t.y < r.y + r.height && r.y < t.y + t.height;
      return (sameLine && t.x + t.width > r.x) || t.x + t.width > W;
    }).map((g) => g.dataset.label);
    return { fontPx, overlap, labels: [...svg.querySelectorAll('g.bar')].map((g) => g.dataset.label) };
  });
}

for (const width of [360, 390]) {
  test(`${width} px wide: no sideways scroll in any language (a session open too), steps and selects stay on screen, chart text readable`, async () => {
    const s = await withLogs(width);
    // A session's conversation open: its long rows must wrap, not widen the page.
    await s.page.click('[data-testid="census"] tbody tr');
    await s.page.click('[data-testid="session-item"]');
    await s.page.waitForSelector('[data-testid="transcript"]');
    for (const lang of LANGS) {
      await s.page.selectOption('[data-testid="lang"]', lang);
      await s.page.waitForFunction((l) => document.documentElement.lang === l, lang);
      await s.page.waitForTimeout(300);
      const r = await s.page.evaluate(() => {
        const W = document.documentElement.clientWidth;
        const off = [...document.querySelectorAll('button.copy, [data-testid="samples"], [data-testid="lang"], ol.fix .step')]
          .filter((e) => e.getBoundingClientRect().right > W + 0.5).map((e) => e.outerHTML.slice(0, 60));
        return { scroll: document.documentElement.scrollWidth, W, off };
      });
      assert.equal(r.scroll, r.W, `${width} ${lang}: page scrolls sideways (${r.scroll} > ${r.W})`);
      assert.deepEqual(r.off, [], `${width} ${lang}: off screen`);
      const c = await chartFacts(s.page);
      assert.ok(c.fontPx >= 12, `${width} ${lang}: chart labels at ${c.fontPx.toFixed(1)} px`);
      assert.deepEqual(c.overlap, [], `${width} ${lang}: chart labels cut or under their bars`);
    }
    await done(s, `40-layout-${width}`);
  });
}

test('320 px wide: an evidence line of a long file name keeps the card\'s width; the drop zone and the census fit in Chinese', async () => {
  // QA round 55: the `file:line` label did not wrap and squeezed the line
  // into a column one character wide, the page scrolled sideways.
  const dir = mkdtempSync(join(tmpdir(), 'mt-narrow-'));
  const long = write(dir, 'exchange-send-protocol-log.unknowncredentials.example-contoso.PARTIAL.log',
    readFileSync('www/samples/send-protocol-log.log'));
  const s = await open(browser, srv.url, { viewport: { width: 320, height: 640 } });
  await s.page.setInputFiles('[data-testid="file-input"]', [long]);
  await s.page.waitForSelector('[data-testid="progress-done"]');
  await s.page.waitForSelector('[data-testid="census"] tbody tr');
  await s.page.evaluate(() => document.querySelectorAll('details.evidence').forEach((d) => { d.open = true; }));
  for (const lang of ['en', 'zh-CN', 'ru']) {
    await s.page.selectOption('[data-testid="lang"]', lang);
    await s.page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await s.page.waitForTimeout(300);
    const r = await s.page.evaluate(() => {
      const W = document.documentElement.clientWidth;
      const lines = [...document.querySelectorAll('[data-testid="evidence"]')].map((l) => {
        const card = l.closest('.finding').getBoundingClientRect().width;
        return l.querySelector('code').getBoundingClientRect().width / card;
      });
      return { scroll: document.documentElement.scrollWidth, W, lines };
    });
    assert.equal(r.scroll, r.W, `${lang}: page scrolls sideways (${r.scroll} > ${r.W})`);
    assert.ok(r.lines.length > 0, 'evidence lines shown');
    assert.ok(Math.min(...r.lines) > 0.6, `${lang}: an evidence line narrower than 60 % of its card: ${r.lines.map((x) => x.toFixed(2))}`);
  }
  await done(s, '40-layout-320-evidence');
});

test('1280 px wide: the census fits its box, which takes keyboard focus; long chart labels are whole', async () => {
  const s = await withLogs(1280);
  for (const lang of LANGS) {
    await s.page.selectOption('[data-testid="lang"]', lang);
    await s.page.waitForFunction((l) => document.documentElement.lang === l, lang);
    await s.page.waitForTimeout(300);
    const r = await s.page.evaluate(() => {
      const t = document.querySelector('[data-testid="census"]');
      return { table: t.scrollWidth, wrap: t.parentElement.clientWidth };
    });
    assert.ok(r.table <= r.wrap, `${lang}: census ${r.table} px in a ${r.wrap} px box`);
    const c = await chartFacts(s.page);
    assert.ok(c.fontPx >= 12, `${lang}: chart labels at ${c.fontPx.toFixed(1)} px`);
    assert.deepEqual(c.overlap, [], `${lang}: chart labels cut or under their bars`);
  }
  const wrap = s.page.locator('[data-testid="census-wrap"]');
  assert.equal(await wrap.getAttribute('tabindex'), '0');
  assert.equal(await wrap.getAttribute('role'), 'region');
  assert.ok((await wrap.getAttribute('aria-label'))?.length > 0);
  await wrap.focus();
  assert.equal(await s.page.evaluate(() => document.activeElement?.dataset.testid), 'census-wrap');
  await done(s, '41-layout-1280');
});
