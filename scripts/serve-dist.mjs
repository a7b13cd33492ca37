// Minimal static server for dist/: loopback only, correct MIME types (wasm
// included), the same CSP as the page's meta tag sent as a header, and an
// optional sub-path (--base /intranet/tools/mailtriage/) to prove the page
// works under any path. Used by `scripts/serve.sh` and the browser tests.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** CSP from the built page's own meta tag, so header and page never disagree. */
async function pageCsp(dir) {
  const html = await readFile(join(dir, 'index.html'), 'utf8').catch(() => '');
  const m = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/);
  return m ? m[1] : null;
}

export async function startServer({ dir = 'dist', host = '127.0.0.1', port = 0, base = '/' } = {}) {
  const root = resolve(dir);
  if (!base.startsWith('/')) base = '/' + base;
  if (!base.endsWith('/')) base += '/';
  // The CSP of the page a file belongs to: the index.html of its folder (the
  // app copied into a sub-folder of the served one, QA round 44), else the
  // root's, else a same-origin default. Its worker script gets it too.
  const rootCsp = (await pageCsp(root)) || "default-src 'self'";
  const cspOf = new Map();
  const cspFor = async (folder) => {
    if (!cspOf.has(folder)) cspOf.set(folder, (await pageCsp(folder)) || rootCsp);
    return cspOf.get(folder);
  };
  // Paths served, in order (the tests check which scripts a page loaded).
  const served = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (path === base.slice(0, -1)) { res.writeHead(301, { Location: base }); res.end(); return; }
    if (!path.startsWith(base)) { res.writeHead(404); res.end('not found'); return; }
    path = path.slice(base.length) || 'index.html';
    const file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) { res.writeHead(403); res.end(); return; }
    try {
      const s = await stat(file);
      const target = s.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      const csp = await cspFor(dirname(target));
      served.push(path);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(target).toLowerCase()] || 'application/octet-stream',
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404); res.end('not found');
    }
  });
  await new Promise((ok, fail) => { server.once('error', fail); server.listen(port, host, ok); });
  const addr = server.address();
  return { server, served, url: `http://${host}:${addr.port}${base}`, close: () => new Promise((ok) => server.close(ok)) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => a.startsWith('--') ? [a.slice(2), all[i + 1]] : null).filter(Boolean));
  const { url } = await startServer({ dir: args.dir || 'dist', host: args.host || '127.0.0.1', port: Number(args.port ?? 8080), base: args.base || '/' });
  console.log(`Mail Triage is being served at ${url}  (Ctrl+C to stop)`);
}
