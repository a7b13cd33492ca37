// Shared by the findings/export/a11y/robustness browser tests: Debian's
// headless Chromium via playwright-core, the built dist (MT_DIST) served
// under an intranet sub-path, and a record of every request, console error,
// CSP violation and dialog the page produces.
import { readFileSync } from 'node:fs';
import { launch, serve, open as openPage, done as finish } from './helpers.mjs';

export { SHOTS, BASE, DIST, readFtl } from './helpers.mjs';

export async function start() {
  return { srv: await serve(), browser: await launch() };
}

/** Opens the app in a fresh context. Options: locale, colorScheme, bypassCSP, permissions, viewport. */
export async function open({ srv, browser }, opts = {}) {
  return openPage(browser, srv.url, { ...opts, waitFor: '[data-testid="finding"]' });
}

/** Screenshot; then no request left the origin, no CSP violation, no console error, no dialog. */
export const done = (s, name) => finish(s, name);

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

export const SEVERITY_ORDER = ['critical', 'error', 'warning', 'info'];
