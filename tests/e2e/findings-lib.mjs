// Shared by the findings/export/a11y/robustness browser tests: Debian's
// headless Chromium via playwright-core, the built dist (MT_DIST) served
// under an intranet sub-path, and a record of every request, console error,
// CSP violation and dialog the page produces.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve-dist.mjs';

export const SHOTS = process.env.E2E_SCREENSHOTS || 'target/e2e-screenshots';
export const BASE = '/intranet/tools/mail-triage/';
export const DIST = process.env.MT_DIST || 'dist';
const CHROME = process.env.CHROME_BIN || '/usr/bin/chromium';
mkdirSync(SHOTS, { recursive: true });

export async function start() {
  const srv = await startServer({ dir: DIST, base: BASE });
  const browser = await chromium.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  return { srv, browser };
}

/** Opens the app in a fresh context. Options: locale, colorScheme, bypassCSP, permissions, viewport. */
export async function open({ srv, browser }, opts = {}) {
  const context = await browser.newContext({
    locale: opts.locale || 'en-US',
    colorScheme: opts.colorScheme || 'light',
    bypassCSP: !!opts.bypassCSP,
    viewport: opts.viewport || { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  if (opts.permissions) await context.grantPermissions(opts.permissions, { origin: new URL(srv.url).origin });
  const page = await context.newPage();
  const origin = new URL(srv.url).origin;
  const log = { requests: [], offOrigin: [], errors: [], dialogs: [] };
  page.on('request', (r) => {
    const u = r.url();
    log.requests.push(u);
    if (!u.startsWith(origin + '/') && !u.startsWith('data:') && !u.startsWith('blob:' + origin)) log.offOrigin.push(u);
  });
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('dialog', async (d) => { log.dialogs.push(d.message()); await d.dismiss(); });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  const resp = await page.goto(srv.url);
  await page.waitForSelector('[data-testid="finding"]');
  return { page, context, log, resp };
}

/** Screenshot; then no request left the origin, no CSP violation, no console error, no dialog. */
export async function done({ page, context, log }, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const csp = await page.evaluate(() => window.__cspViolations);
  await context.close();
  assert.deepEqual(log.offOrigin, [], 'requests left the page origin');
  assert.deepEqual(csp, [], 'CSP violations');
  assert.deepEqual(log.errors, [], 'console errors');
  assert.deepEqual(log.dialogs, [], 'dialogs opened');
}

/** Pastes text and waits until the finding for `rule` (if given) is shown. */
export async function paste(page, text, rule) {
  await page.fill('[data-testid="input"]', text);
  if (rule) await page.locator(`[data-testid="finding"][data-rule="${rule}"]`).first().waitFor();
}

/** Picks a built-in sample and waits for one of its rules. */
export async function sample(page, id, rule) {
  await page.selectOption('[data-testid="samples"]', id);
  await page.locator(`[data-testid="finding"][data-rule="${rule}"]`).first().waitFor();
}

/** Clicks `selector`, waits for the download and returns [suggested name, text]. */
export async function download(page, selector) {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await dl.path();
  return [dl.suggestedFilename(), readFileSync(path, 'utf8')];
}

/** Reads `id = value` / `    .attr = value` pairs of a Fluent file (one-line values). */
export function readFtl(path) {
  const out = {};
  let id = null;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    let m = line.match(/^([a-z0-9-]+) = (.*)$/);
    if (m) { id = m[1]; out[id] = m[2]; continue; }
    m = line.match(/^\s+\.([a-z0-9-]+) = (.*)$/);
    if (m && id) out[`${id}.${m[1]}`] = m[2];
  }
  return out;
}

export const SEVERITY_ORDER = ['critical', 'error', 'warning', 'info'];
