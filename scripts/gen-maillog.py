#!/usr/bin/env python3
"""Writes a synthetic Postfix mail log for measuring the syslog path of
`mailtriage census` / `triage` (the protocol-log generator is `mailtriage
synth`): inbound sessions with `TLS connection established` lines (TLS 1.2
most, 1.3, and a few TLS 1.0/1.1), their queue, cleanup and delivery lines, an
outbound TLS delivery each, the `disconnect from … commands=` summary, and 2 %
of handshakes that fail (`SSL_accept error`, OpenSSL's reason, `lost
connection after STARTTLS`). Deterministic for a seed.

Usage: python3 scripts/gen-maillog.py OUT [SIZE_MB] [SEED]
"""
import random
import sys


def main():
    out = sys.argv[1]
    size = int(float(sys.argv[2]) * 1e6) if len(sys.argv) > 2 else 200_000_000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    hosts = [f"mx{i}.example.{t}" for i in range(300) for t in ("com", "net")]
    protos = ["TLSv1.2", "TLSv1.3", "TLSv1", "TLSv1.1"]
    written, pid, t = 0, 1000, 0
    with open(out, "w") as f:
        while written < size:
            t += 1
            ts = "Dec %2d %02d:%02d:%02d" % (1 + (t // 86400) % 28, (t // 3600) % 24, (t // 60) % 60, t % 60)
            h = rng.choice(hosts)
            ip = f"198.51.{rng.randrange(256)}.{rng.randrange(1, 255)}"
            pid += 1
            qid = "%010X" % rng.getrandbits(40)
            p = rng.choices(protos, [70, 25, 3, 2])[0]
            smtpd = f"{ts} mail postfix/smtpd[{pid}]:"
            if rng.random() < 0.02:
                lines = [
                    f"{smtpd} connect from {h}[{ip}]",
                    f"{smtpd} SSL_accept error from {h}[{ip}]: -1",
                    f"{smtpd} warning: TLS library problem: error:0A000102:SSL routines::unsupported protocol:../ssl/statem/statem_srvr.c:1657:",
                    f"{smtpd} lost connection after STARTTLS from {h}[{ip}]",
                    f"{smtpd} disconnect from {h}[{ip}] ehlo=1 starttls=0/1 commands=1/2",
                ]
            else:
                lines = [
                    f"{smtpd} connect from {h}[{ip}]",
                    f"{smtpd} Anonymous TLS connection established from {h}[{ip}]: {p} with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)",
                    f"{smtpd} {qid}: client={h}[{ip}]",
                    f"{ts} mail postfix/cleanup[{pid + 7}]: {qid}: message-id=<{rng.getrandbits(48):x}@{h}>",
                    f"{ts} mail postfix/qmgr[900]: {qid}: from=<user{rng.randrange(999)}@{h}>, size={rng.randrange(1000, 90000)}, nrcpt=1 (queue active)",
                    f"{ts} mail postfix/smtp[{pid + 9}]: Trusted TLS connection established to relay.example.org[203.0.113.5]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)",
                    f"{ts} mail postfix/smtp[{pid + 9}]: {qid}: to=<rcpt{rng.randrange(999)}@example.org>, relay=relay.example.org[203.0.113.5]:25, delay=0.5, delays=0.1/0/0.2/0.2, dsn=2.0.0, status=sent (250 2.0.0 OK)",
                    f"{ts} mail postfix/qmgr[900]: {qid}: removed",
                    f"{smtpd} disconnect from {h}[{ip}] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7",
                ]
            s = "\n".join(lines) + "\n"
            f.write(s)
            written += len(s)


if __name__ == "__main__":
    main()
