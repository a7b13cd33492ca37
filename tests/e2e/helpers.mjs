// Shared by the pipeline/logs/single-file browser tests: a browser, the
// dist server under a sub-path, request/CSP/console recording, screenshots.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve-dist.mjs';

export const SHOTS = process.env.E2E_SCREENSHOTS || 'target/e2e-screenshots';
export const BASE = '/intranet/tools/mail-triage/';
export const DIST = process.env.MT_DIST || 'dist';
const CHROME = process.env.CHROME_BIN || '/usr/bin/chromium';
mkdirSync(SHOTS, { recursive: true });

export const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launch() {
  return chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
}

export async function serve() {
  return startServer({ dir: DIST, base: BASE });
}

/**
 * Opens `url` in a fresh context and records every request, console error,
 * CSP violation and dialog. `origin` is what requests must stay on
 * (`null` for a file:// page: then only file:, data: and blob: are allowed).
 */
export async function open(browser, url, {
  origin = new URL(url).origin, locale = 'en-US', colorScheme = 'light', viewport, bypassCSP = false, permissions,
  waitFor = '[data-testid="input"]', init,
} = {}) {
  const context = await browser.newContext({
    locale, colorScheme, bypassCSP, acceptDownloads: true, viewport: viewport || { width: 1280, height: 900 },
  });
  if (permissions) await context.grantPermissions(permissions, { origin });
  const page = await context.newPage();
  const log = { requests: [], offOrigin: [], errors: [], dialogs: [] };
  page.on('request', (r) => {
    const u = r.url();
    log.requests.push(u);
    const ok = origin === null
      ? /^(file:|data:|blob:null|blob:file)/.test(u)
      : u.startsWith(origin + '/') || u.startsWith('data:') || u.startsWith('blob:' + origin);
    if (!ok) log.offOrigin.push(u);
  });
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('dialog', async (d) => { log.dialogs.push(d.message()); await d.dismiss(); });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  if (init) await page.addInitScript(init);
  const resp = await page.goto(url);
  await page.waitForSelector(waitFor);
  return { page, context, log, resp };
}

/** Screenshot, then the page must have stayed on its origin, CSP-clean, error-free. */
export async function done({ page, context, log }, name, { allowErrors = [], fullPage = true } = {}) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
  const csp = await page.evaluate(() => window.__cspViolations);
  await context.close();
  assert.deepEqual(log.offOrigin, [], 'requests left the page origin');
  assert.deepEqual(csp, [], 'CSP violations');
  const errors = log.errors.filter((e) => !allowErrors.some((re) => re.test(e)));
  assert.deepEqual(errors, [], 'console errors');
  assert.deepEqual(log.dialogs, [], 'dialogs opened');
}

/**
 * A zip archive of `{name: text}` members (deflated), written by hand.
 * `headers[name]` overrides a member's general-purpose `flag` (1: encrypted)
 * or its compression `method` (12: BZip2) as written in its headers, and
 * its `modified` time (a `Date`, written as its DOS date and time).
 */
export function makeZip(members, headers = {}) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text] of Object.entries(members)) {
    const data = Buffer.from(text);
    const comp = deflateRawSync(data);
    const nameBuf = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(0, 6);
    local.writeUInt16LE(8, 8); local.writeUInt32LE(0, 10); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(comp.length, 18); local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26); local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8); central.writeUInt16LE(8, 10); central.writeUInt32LE(0, 12);
    central.writeUInt32LE(crc, 16); central.writeUInt32LE(comp.length, 20); central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28); central.writeUInt32LE(offset, 42);
    const { flag, method, modified } = headers[name] || {};
    if (flag !== undefined) { local.writeUInt16LE(flag, 6); central.writeUInt16LE(flag, 8); }
    if (method !== undefined) { local.writeUInt16LE(method, 8); central.writeUInt16LE(method, 10); }
    if (modified !== undefined) {
      // The DOS date and time of the member (APPNOTE 4.4.6), no zone: as UTC here.
      const m = modified;
      const time = (m.getUTCHours() << 11) | (m.getUTCMinutes() << 5) | (m.getUTCSeconds() >> 1);
      const date = ((m.getUTCFullYear() - 1980) << 9) | ((m.getUTCMonth() + 1) << 5) | m.getUTCDate();
      local.writeUInt16LE(time, 10); local.writeUInt16LE(date, 12);
      central.writeUInt16LE(time, 12); central.writeUInt16LE(date, 14);
    }
    locals.push(local, nameBuf, comp);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(Object.keys(members).length, 8);
  end.writeUInt16LE(Object.keys(members).length, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

export function write(dir, name, content) {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
}

/**
 * A ustar archive of `members` ({ path: text or Buffer }), as `tar` writes
 * it: a header block per member with its checksum, data padded to 512
 * bytes, two zero blocks at the end.
 */
export function makeTar(members) {
  const blocks = [];
  for (const [path, content] of Object.entries(members)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const h = Buffer.alloc(512);
    h.write(path, 0, 100, 'utf8');
    h.write('0000644\0', 100);
    h.write(data.length.toString(8).padStart(11, '0') + '\0', 124);
    h.write('14770000000\0', 136);
    h.write('0', 156);
    h.write('ustar\0' + '00', 257);
    h.fill(' ', 148, 156);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    blocks.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

/** Report names shown on the page. */
export async function reportNames(page) {
  return page.$$eval('[data-testid="report"] h3.source', (hs) => hs.map((h) => h.childNodes[0].textContent.trim()));
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

/** At least `atLeast` reference links, each https, opening in a new tab without opener or referrer. */
export async function assertReferenceLinks(locator, atLeast) {
  // Findings are drawn a few per task after the page shows: wait for enough
  // of them instead of counting whatever is drawn at that instant.
  if (atLeast > 0) await locator.nth(atLeast - 1).waitFor({ state: 'attached' });
  const links = await locator.evaluateAll((as) => as.map((a) => [a.href, a.target, a.rel]));
  assert.ok(links.length >= atLeast);
  for (const [href, target, rel] of links) {
    assert.match(href, /^https:\/\//);
    assert.equal(target, '_blank');
    assert.equal(rel, 'noopener noreferrer');
  }
}
