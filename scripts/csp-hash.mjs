// Trunk post_build hook: pins every inline <script> of the built page into
// the Content-Security-Policy by its SHA-256, so no 'unsafe-inline' is needed.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set (run from trunk)');
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const hashes = [];
for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}
if (!html.includes('__CSP_SCRIPT_HASHES__')) throw new Error('CSP placeholder missing in index.html');
html = html.replace('__CSP_SCRIPT_HASHES__', [...new Set(hashes)].join(' '));
if (/(src|href)="https?:\/\//.test(html)) throw new Error('absolute URL in built page');
writeFileSync(file, html);
console.log(`csp-hash: pinned ${hashes.length} inline script(s)`);
