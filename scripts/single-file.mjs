// Makes ONE self-contained HTML file from a `trunk build --release` dist:
// the app's wasm (base64), its JS glue and the CSS inlined, so the page opens
// from file:// (a mail share, a USB stick) with no server. Workers cannot be
// started from a file:// page, so it carries no worker: the app sees the
// `mailtriage-single-file` meta tag and parses on the main thread in small
// slices with yields. Strict CSP: inline script and style pinned by their
// SHA-256, no network at all (connect-src 'none').
//   node scripts/single-file.mjs [--dist dist] [--out dist-single/mail-triage.html]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => a.startsWith('--') ? [a.slice(2), all[i + 1]] : null).filter(Boolean));
const dist = args.dist || process.env.MT_DIST || 'dist';
const out = args.out || join(process.env.MT_DIST_SINGLE || 'dist-single', 'mail-triage.html');

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const loader = html.match(/<script type="module">\s*import init, \* as bindings from '\.\/([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/([^']+\.wasm)' \}\);/);
if (!loader) throw new Error(`no trunk loader script found in ${dist}/index.html`);
const [, jsFile, wasmFile] = loader;
const css = [...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*>/g)].map((m) => readFileSync(join(dist, m[1]), 'utf8'));
if (!css.length) throw new Error('no stylesheet found');
let js = readFileSync(join(dist, jsFile), 'utf8');
const wasm = readFileSync(join(dist, wasmFile));
// The glue is an ES module: keep it as the body of one inline module, with
// its exports removed (nothing imports it), then start it from the bytes.
if (!/export \{ initSync, __wbg_init as default \};/.test(js)) throw new Error('unexpected wasm-bindgen glue (exports)');
js = js.replace(/export \{ initSync, __wbg_init as default \};/, '');
js = js.replace(/^export (function|class|const|let) /gm, '$1 ');
if (/^export /m.test(js)) throw new Error('unexpected export left in the glue');
const script = `${js}
const b64 = document.getElementById('mailtriage-wasm').textContent;
const bin = atob(b64);
const bytes = new Uint8Array(bin.length);
for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
await __wbg_init({ module_or_path: bytes });
`;
const style = css.join('\n');
const sha = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src 'wasm-unsafe-eval' ${sha(script)}`,
  `style-src ${sha(style)}`,
  "img-src data: blob:",
  "connect-src 'none'",
  "worker-src 'none'",
  "font-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
const title = (html.match(/<title>([^<]*)<\/title>/) || [, 'Mail Triage'])[1];
const noscript = (html.match(/<noscript>[\s\S]*?<\/noscript>/) || [''])[0];
const page = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="mailtriage-single-file" content="1">
<title>${title}</title>
<link rel="icon" href="data:,">
<style>${style}</style>
<script type="application/octet-stream" id="mailtriage-wasm">${wasm.toString('base64')}</script>
<script type="module">${script}</script>
</head>
<body>
${noscript}
</body>
</html>
`;
if (/(src|href)="https?:\/\//.test(page.replace(/<script type="module">[\s\S]*?<\/script>/, ''))) throw new Error('absolute URL in the page');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
console.log(`single-file: ${out} (${(page.length / 1e6).toFixed(1)} MB; wasm ${(wasm.length / 1e6).toFixed(1)} MB)`);
