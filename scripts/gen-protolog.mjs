// Generates an Exchange SMTP Receive protocol log of a given size, for the
// pipeline tests and the browser bench (never committed: written to a temp
// dir). Sessions cycle through TLS 1.2/1.0/1.1 successes, TLS failures and
// STARTTLS refusals from a few hundred remote IPs, one hour of log per ~3 MB.
//   node scripts/gen-protolog.mjs OUT.log SIZE_MB
import { closeSync, openSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HEADER = '#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: SMTP Receive Protocol Log\r\n' +
  '#Date: 2026-01-20T00:00:00.000Z\r\n' +
  '#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\r\n';

const TLS = {
  'TLS1.2': '"TLS protocol SP_PROT_TLS1_2_SERVER negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA_384 with strength 384 bits and key exchange algorithm CALG_ECDHE with strength 384 bits"',
  'TLS1.0': '"TLS protocol SP_PROT_TLS1_0_SERVER negotiation succeeded using bulk encryption algorithm CALG_AES_256 with strength 256 bits, MAC hash algorithm CALG_SHA1 with strength 160 bits and key exchange algorithm CALG_ECDHE with strength 256 bits"',
  'TLS1.1': '"TLS protocol SP_PROT_TLS1_1_SERVER negotiation succeeded using bulk encryption algorithm CALG_AES_128 with strength 128 bits, MAC hash algorithm CALG_SHA1 with strength 160 bits and key exchange algorithm CALG_ECDHE with strength 256 bits"',
};

function ts(ms) {
  return new Date(Date.UTC(2026, 0, 20) + ms).toISOString();
}

/** One session's rows. `n` numbers it; the kind cycles. */
function session(n, t) {
  const kind = n % 10;
  const ip = `192.0.2.${(n * 7) % 250 + 1}`;
  const port = 40000 + (n % 20000);
  const id = (0x08dc0b0000000000n + BigInt(n)).toString(16).toUpperCase().padStart(16, '0');
  const conn = 'EX2016\\Default Frontend EX2016';
  let seq = 0;
  const row = (dt, ev, data, ctx = '') => `${ts(t + dt)},${conn},${id},${seq++},10.0.0.5:25,${ip}:${port},${ev},${data},${ctx}\r\n`;
  let s = row(0, '+', '', '');
  s += row(1, '<', `EHLO host${n % 300}.example.net`);
  s += row(2, '>', '250-EX2016.contoso.example Hello [10.0.0.5] 250-SIZE 37748736 250-PIPELINING 250-STARTTLS 250 8BITMIME');
  if (kind === 7) {
    s += row(3, '<', 'MAIL FROM:<scanner@example.net>');
    s += row(4, '>', '530 5.7.0 Must issue a STARTTLS command first');
    s += row(5, '-', '', 'Local');
    return s;
  }
  s += row(3, '<', 'STARTTLS');
  s += row(4, '>', '220 2.0.0 SMTP server ready');
  if (kind === 9) {
    s += row(5, '*', '', 'TLS negotiation failed with error SocketError');
    s += row(6, '-', '', 'Remote');
    return s;
  }
  const v = kind === 3 ? 'TLS1.0' : kind === 5 ? 'TLS1.1' : 'TLS1.2';
  s += row(5, '*', '', TLS[v]);
  s += row(6, '<', `EHLO host${n % 300}.example.net`);
  s += row(7, '>', '250 OK');
  s += row(8, '<', `MAIL FROM:<user${n % 97}@example.net> SIZE=${1000 + n % 50000}`);
  s += row(9, '>', '250 2.1.0 Sender OK');
  s += row(10, '<', 'RCPT TO:<alice@contoso.example>');
  s += row(11, '>', '250 2.1.5 Recipient OK');
  s += row(12, '<', 'QUIT');
  s += row(13, '>', '221 2.0.0 Service closing transmission channel');
  s += row(14, '-', '', 'Local');
  return s;
}

/** Writes about `bytes` bytes of log to `path`; returns the size written. */
export function generateProtocolLog(path, bytes) {
  const fd = openSync(path, 'w');
  let written = writeSync(fd, HEADER);
  let n = 0;
  // ~3 MB of rows per hour of log time.
  const perSession = 1500;
  const msPerSession = 3600_000 / (3e6 / perSession);
  let chunk = [];
  let chunkLen = 0;
  while (written < bytes) {
    const s = session(n, Math.floor(n * msPerSession));
    n++;
    chunk.push(s);
    chunkLen += s.length;
    if (chunkLen > 4 << 20 || written + chunkLen >= bytes) {
      written += writeSync(fd, chunk.join(''));
      chunk = [];
      chunkLen = 0;
    }
  }
  closeSync(fd);
  return { bytes: written, sessions: n };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [out, mb] = process.argv.slice(2);
  const r = generateProtocolLog(out, Number(mb || 10) * 1e6);
  console.log(`${out}: ${r.bytes} bytes, ${r.sessions} sessions`);
}
