// Browser bench of the parsing worker (not part of scripts/test.sh): a
// generated protocol log (1 GB by default) picked in the built page in
// headless Chromium; prints MB/s, the longest main-thread task (longtask
// observer), wasm memory of the worker and of the page, and the JS heaps.
//   node scripts/bench-web.mjs [--dist dist] [--mb 1000] [--file existing.log] [--cold] [--trace out.json] [--profile out.cpuprofile] [--v8-prof DIR] [--repeat N]
// The file is picked once the page shows that its worker has warmed up
// (data-testid="worker-ready"); --cold picks it 500 ms after the page drew.
// Prints the browser's CPU per GB in all and by thread ("process/thread"; with
// BENCH_TIDS=1 each thread apart, "#tid": threads that ended, as the slice
// reader of each file does, count only in the total).
// For digging: CHROME_FLAGS adds Chromium flags (with DEBUG=pw:browser and
// "--js-flags=--trace-wasm-compilation-times", every wasm compile is logged),
// TRACE_CATS sets --trace's categories (e.g. "v8.wasm,disabled-by-default-v8.wasm.turbofan"),
// BENCH_MARKS=1 prints when the file was picked.
// --trace writes a Chrome trace of the run and prints what the page's long
// tasks spent their time on; --profile writes a CPU profile of the page's main
// thread (open it in DevTools) and prints the functions with the most self time.
// --v8-prof has V8 sample every thread (the parsing worker and its slice
// reader too, which --profile cannot see) into DIR, one log per isolate, and
// prints each one's busiest functions (`node --prof-process`); wasm functions
// have names only in a build that keeps them (see the README).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve-dist.mjs';
import { generateProtocolLog } from './gen-protolog.mjs';

const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => a.startsWith('--') ? [a.slice(2), all[i + 1]] : null).filter(Boolean));
const dist = args.dist || process.env.MT_DIST || 'dist';
const mb = Number(args.mb || 1000);
let tmp = null;
let file = args.file;
if (!file) {
  tmp = mkdtempSync(join(tmpdir(), 'mt-bench-'));
  file = join(tmp, 'RECV-bench.LOG');
  const t = Date.now();
  const r = generateProtocolLog(file, mb * 1e6);
  console.log(`generated ${(r.bytes / 1e6).toFixed(0)} MB (${r.sessions} sessions) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
const bytes = statSync(file).size;

const v8Logs = args['v8-prof'] ? emptyDir(args['v8-prof']) : null;
const srv = await startServer({ dir: dist, base: '/bench/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--enable-precise-memory-info',
    ...(process.env.CHROME_FLAGS ? process.env.CHROME_FLAGS.split(' ') : []),
    ...(v8Logs ? [`--js-flags=--prof --logfile=${v8Logs}/v8.log --logfile-per-isolate`] : [])],
});
try {
  const page = await (await browser.newContext()).newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(() => {
    window.__tasks = [];
    window.__spans = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) { window.__tasks.push(e.duration); window.__spans.push([e.startTime, e.duration]); } }).observe({ type: 'longtask', buffered: true });
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  });
  await page.goto(srv.url);
  await page.waitForSelector('[data-testid="input"]');
  // Files are picked once the worker says it has warmed up (its first run
  // of the engine is where the browser compiles the hot code; a user
  // choosing files takes longer than that), unless --cold is given.
  const loaded = Date.now();
  let warm = 'cold';
  if (!('cold' in args)) {
    warm = await page.waitForSelector('[data-testid="worker-ready"]', { state: 'attached', timeout: 20000 })
      .then(() => `warm (${((Date.now() - loaded) / 1000).toFixed(1)} s after the page drew)`, () => 'not warm after 20 s');
  }
  await page.waitForTimeout(500);
  await page.evaluate(() => { window.__tasks = []; window.__spans = []; });
  const pickAt = await page.evaluate(() => performance.now());
  if (args.trace) {
    await browser.startTracing(page, { path: args.trace, categories: process.env.TRACE_CATS ? process.env.TRACE_CATS.split(',') : ['devtools.timeline', 'v8.execute', 'blink.user_timing'] });
  }
  let cdp = null;
  if (args.profile) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
  }
  const cpu0 = browserCpu();
  const t0 = Date.now();
  if (process.env.BENCH_MARKS) console.error(`pick at ${new Date(t0).toISOString()}`);
  await page.setInputFiles('[data-testid="file-input"]', file);
  // Sample the worker's JS heap while it runs.
  let workerHeap = 0;
  const poll = setInterval(async () => {
    for (const w of page.workers()) {
      const h = await w.evaluate(() => performance.memory?.usedJSHeapSize || 0).catch(() => 0);
      workerHeap = Math.max(workerHeap, h);
    }
  }, 1000);
  await page.waitForSelector('[data-testid="progress-done"]', { timeout: 30 * 60 * 1000 });
  clearInterval(poll);
  const cpu1 = browserCpu();
  const cpu = cpu1.total - cpu0.total;
  const threadCpu = [...cpu1.byThread].map(([k, v]) => [k, v - (cpu0.byThread.get(k) || 0)]).filter(([, v]) => v >= 0.05).sort((a, b) => b[1] - a[1]);
  if (args.trace) {
    await browser.stopTracing();
    summariseTrace(args.trace);
  }
  if (cdp) {
    const { profile } = await cdp.send('Profiler.stop');
    writeFileSync(args.profile, JSON.stringify(profile));
    summariseProfile(profile);
  }
  const wall = (Date.now() - t0) / 1000;
  const done = await page.locator('[data-testid="progress-done"]');
  const millis = Number(await done.getAttribute('data-millis'));
  const workerWasm = Number(await done.getAttribute('data-wasm-memory'));
  const m = await page.evaluate(() => ({
    tasks: window.__tasks,
    spans: window.__spans,
    pageWasm: window.__wasm?.memory?.buffer.byteLength || 0,
    heap: performance.memory?.usedJSHeapSize || 0,
    findings: document.querySelectorAll('[data-testid="finding"]').length,
    endpoints: document.querySelectorAll('[data-testid="census"] tbody tr').length,
  }));
  const longest = Math.max(0, ...m.tasks);
  const MB = (b) => `${(b / 1048576).toFixed(1)} MiB`;
  console.log(`file:                 ${(bytes / 1e6).toFixed(0)} MB, picked with the worker ${warm}`);
  console.log(`worker throughput:    ${(bytes / 1e6 / (millis / 1000)).toFixed(1)} MB/s (${(millis / 1000).toFixed(1)} s from pick to last report; wall ${wall.toFixed(1)} s)`);
  console.log(`browser CPU:          ${cpu.toFixed(2)} s in all its processes (${(cpu / (bytes / 1e9)).toFixed(2)} s per GB; ${(cpu / (millis / 1000) * 100).toFixed(0)} % of one core on average)`);
  console.log(`  by thread (s per GB): ${threadCpu.map(([k, v]) => `${k} ${(v / (bytes / 1e9)).toFixed(2)}`).join(', ')}`);
  console.log(`main-thread tasks:    ${m.tasks.length} over 50 ms, longest ${longest.toFixed(0)} ms`);
  console.log(`wasm memory:          worker ${MB(workerWasm)}, page ${MB(m.pageWasm)}`);
  console.log(`JS heap:              page ${MB(m.heap)}${workerHeap ? `, worker peak ${MB(workerHeap)}` : ''}`);
  console.log(`shown:                ${m.findings} findings, ${m.endpoints} census rows`);
  if (m.spans.length) console.log(`long tasks at (ms after pick): ${m.spans.map(([t, d]) => `${(t - pickAt).toFixed(0)}+${d.toFixed(0)}`).join(', ')}`);
  // --repeat N: the same file picked again N times in the same page, each
  // once the last job is done (what the browser compiled or kept from the
  // first job no longer counts).
  for (let k = 1; k <= Number(args.repeat || 0); k++) {
    await page.evaluate(() => { window.__tasks = []; });
    const c0 = browserCpu();
    await page.setInputFiles('[data-testid="file-input"]', file);
    await page.waitForSelector('[data-testid="progress-done"]', { state: 'detached', timeout: 60000 });
    await page.waitForSelector('[data-testid="progress-done"]', { timeout: 30 * 60 * 1000 });
    const c1 = browserCpu();
    const ms = Number(await page.locator('[data-testid="progress-done"]').getAttribute('data-millis'));
    const tasks = await page.evaluate(() => window.__tasks);
    const byT = [...c1.byThread].map(([k2, v]) => [k2, v - (c0.byThread.get(k2) || 0)]).filter(([, v]) => v >= 0.05).sort((a, b) => b[1] - a[1]);
    console.log(`repeat ${k}:             ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s, browser CPU ${((c1.total - c0.total) / (bytes / 1e9)).toFixed(2)} s per GB, ${tasks.length} tasks over 50 ms`);
    console.log(`  by thread (s per GB): ${byT.map(([k2, v]) => `${k2} ${(v / (bytes / 1e9)).toFixed(2)}`).join(', ')}`);
  }
  if (errors.length) console.log(`page errors: ${errors.join('\n')}`);
} finally {
  await browser.close();
  await srv.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
if (v8Logs) summariseV8Logs(v8Logs);

/// CPU seconds (user + system) used so far by the browser this script
/// started and every process under it (read from /proc, Linux only; 0
/// elsewhere), in all and by thread: `byThread` maps "process type / thread
/// name" (`renderer/DedicatedWorker`, `browser/Chrome_IOThread`, …) to seconds.
function browserCpu() {
  const kids = new Map();
  const stat = new Map();
  let procs = [];
  try {
    procs = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return { total: 0, byThread: new Map() };
  }
  for (const p of procs) {
    try {
      const f = readFileSync(`/proc/${p}/stat`, 'latin1').split(')').pop().trim().split(' ');
      stat.set(p, (Number(f[11]) + Number(f[12])) / 100);
      const parent = f[1];
      if (!kids.has(parent)) kids.set(parent, []);
      kids.get(parent).push(p);
    } catch {
      // The process ended meanwhile.
    }
  }
  let total = 0;
  const byThread = new Map();
  const todo = [...(kids.get(String(process.pid)) || [])];
  while (todo.length) {
    const p = todo.pop();
    total += stat.get(p) || 0;
    todo.push(...(kids.get(p) || []));
    try {
      const cmd = readFileSync(`/proc/${p}/cmdline`, 'latin1');
      const type = (cmd.match(/--type=([a-z-]+)/) || [null, cmd.includes('chrom') ? 'browser' : 'other'])[1];
      for (const t of readdirSync(`/proc/${p}/task`)) {
        const raw = readFileSync(`/proc/${p}/task/${t}/stat`, 'latin1');
        const name = raw.slice(raw.indexOf('(') + 1, raw.lastIndexOf(')'));
        const f = raw.split(')').pop().trim().split(' ');
        const key = process.env.BENCH_TIDS ? `${type}/${name}#${t}` : `${type}/${name}`;
        byThread.set(key, (byThread.get(key) || 0) + (Number(f[11]) + Number(f[12])) / 100);
      }
    } catch {
      // The process ended meanwhile.
    }
  }
  return { total, byThread };
}

/// `dir`, emptied (the V8 logs of this run only).
function emptyDir(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/// The busiest functions of each thread that ran any JavaScript or wasm,
/// the busiest thread first.
function summariseV8Logs(dir) {
  const logs = readdirSync(dir).filter((f) => f.endsWith('.log')).map((f) => join(dir, f));
  const threads = [];
  for (const log of logs) {
    let out = '';
    try {
      out = execFileSync(process.execPath, ['--prof-process', log], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      continue;
    }
    const ticks = Number((out.match(/\((\d+) ticks/) || [])[1] || 0);
    const top = out.split('\n').filter((l) => /^\s+\d+\s+[\d.]+%\s+[\d.]+%\s+JS: /.test(l)).slice(0, 12);
    if (top.length) threads.push({ log, ticks, top });
  }
  threads.sort((a, b) => b.ticks - a.ticks);
  for (const t of threads) {
    console.log(`v8-prof: ${t.log} (${t.ticks} ticks)`);
    for (const l of t.top) console.log(`v8-prof: ${l.trim().slice(0, 150)}`);
  }
}

/// Self time per function in a CPU profile, the biggest first.
function summariseProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id).callFrame;
    const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}`;
    self.set(name, (self.get(name) || 0) + (profile.timeDeltas[i] || 0));
  });
  const top = [...self].filter(([n]) => !n.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [n, us] of top) console.log(`profile: ${(us / 1000).toFixed(1).padStart(8)} ms  ${n}`);
}

/// The main thread's tasks over 40 ms in a trace, and the time of the events
/// directly inside each, by name (the biggest first).
function summariseTrace(path) {
  const events = JSON.parse(readFileSync(path, 'utf8')).traceEvents;
  const names = new Map();
  for (const e of events) if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const main = events.filter((e) => names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && e.ph === 'X');
  const tasks = main.filter((e) => e.name === 'RunTask' && e.dur > 40000);
  for (const t of tasks) {
    const inside = new Map();
    for (const e of main) {
      if (e === t || e.ts < t.ts || e.ts + e.dur > t.ts + t.dur || e.name === 'RunTask') continue;
      inside.set(e.name, (inside.get(e.name) || 0) + e.dur);
    }
    const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, d]) => `${n} ${(d / 1000).toFixed(1)}`).join(', ');
    console.log(`trace: task of ${(t.dur / 1000).toFixed(0)} ms: ${top}`);
  }
}
