//! A synthetic Exchange protocol-log generator with ground truth.
//!
//! Produces hourly `SENDyyyymmddhh-1.LOG` / `RECVyyyymmddhh-1.LOG` files the
//! way Exchange 2016/2019 writes them (UTF-8 BOM, the five `#` header lines,
//! CRLF, CSV quoting with doubled quotes, localised connector names), with
//! many sessions interleaved row by row and sessions that run past the hour
//! into the next file. Every TLS outcome the census knows appears: TLS
//! 1.0–1.3, each `TLS negotiation failed with error X`, plain sessions and
//! STARTTLS refusals. What it wrote is counted as it writes ([`Truth`], in
//! the `mailtriage census --format json` shape), so tests can demand that
//! the census equals it exactly.
//!
//! It writes through a callback, not to files: `mailtriage synth` saves the
//! pieces as files, and the browser's parsing worker warms up on a few
//! megabytes of them (a realistic log: sessions that open and close, every
//! TLS outcome), so the code a real log runs is what the browser optimises
//! before the first file is picked.

use crate::census::{self, Endpoint};
use crate::types::Direction;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt::Write as _;

/// splitmix64: small, fast, reproducible across platforms.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// How a session ends up, which is what the census counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Tls(&'static str),
    Failure(&'static str),
    Plain,
    /// The server refused mail because STARTTLS was not issued.
    Refused,
}

const FAILURES: &[&str] = &[
    "SocketError",
    "NoCredentials",
    "UnknownCredentials",
    "IllegalMessage",
    "AlgorithmMismatch",
    "CertExpired",
    "UntrustedRoot",
];

/// A remote endpoint's habits: what its sessions usually negotiate.
struct Peer {
    ip: String,
    host: String,
    direction: Direction,
    /// (outcome, weight)
    profile: Vec<(Outcome, u64)>,
}

fn peers(rng: &mut Rng) -> Vec<Peer> {
    let mut out = Vec::new();
    for i in 0..240u32 {
        let direction = if i % 2 == 0 { Direction::Outbound } else { Direction::Inbound };
        let ip = if i % 17 == 0 {
            format!("2001:db8:{:x}::{:x}", i / 256 + 1, i % 256 + 1)
        } else if i % 8 == 6 {
            // Exchange Online (its SMTP range 104.47.0.0/17), the peer of
            // the headline case: an on-premises server sends to it.
            format!("104.47.{}.{}", i % 128, 1 + i / 8)
        } else {
            format!("{}.{}.{}.{}", [192, 198, 203, 104][(i % 4) as usize], 51 + i % 50, i / 50, 1 + i % 250)
        };
        let host = format!("mx{i}.example{}.com", i % 7);
        let kind = rng.below(100);
        let profile = match kind {
            0..=9 => vec![(Outcome::Tls("TLS1.0"), 8), (Outcome::Tls("TLS1.2"), 2)],
            10..=14 => vec![(Outcome::Tls("TLS1.1"), 9), (Outcome::Failure("SocketError"), 1)],
            15..=22 => {
                vec![(Outcome::Failure(FAILURES[(i as usize) % FAILURES.len()]), 7), (Outcome::Tls("TLS1.2"), 3)]
            }
            23..=27 => vec![(Outcome::Plain, 6), (Outcome::Refused, 4)],
            28..=40 => vec![(Outcome::Tls("TLS1.3"), 9), (Outcome::Tls("TLS1.2"), 1)],
            _ => vec![(Outcome::Tls("TLS1.2"), 97), (Outcome::Failure("SocketError"), 1), (Outcome::Plain, 2)],
        };
        out.push(Peer { ip, host, direction, profile });
    }
    out
}

fn pick(rng: &mut Rng, profile: &[(Outcome, u64)]) -> Outcome {
    let total: u64 = profile.iter().map(|(_, w)| w).sum();
    let mut r = rng.below(total);
    for (o, w) in profile {
        if r < *w {
            return *o;
        }
        r -= w;
    }
    profile[0].0
}

fn schannel_flag(protocol: &str, direction: Direction) -> String {
    let side = if direction == Direction::Inbound { "SERVER" } else { "CLIENT" };
    format!("SP_PROT_{}_{side}", protocol.replace('.', "_"))
}

const SEND_CONNECTORS: &[&str] =
    &["Outbound to Office 365", "Internet Mail", "组织内 SMTP 发送连接器", "Отправка в Интернет"];
const RECV_CONNECTORS: &[&str] = &["EX1\\Default Frontend EX1", "EX1\\Internet Mail", "EX1\\Client Frontend EX1"];

/// The rows of one session, after the shared leading columns. Each entry is
/// `event,data,context` already CSV-quoted.
fn session_rows(rng: &mut Rng, peer: &Peer, outcome: Outcome) -> Vec<String> {
    let q = |s: &str| {
        if s.contains([',', '"']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_string() }
    };
    let mut rows = Vec::new();
    let outbound = peer.direction == Direction::Outbound;
    // Our lines and theirs: in a Send log we write `>` and read `<`.
    let (client, server) = if outbound { ('>', '<') } else { ('<', '>') };
    let tls_offered = outcome != Outcome::Plain || rng.below(2) == 0;
    if outbound {
        rows.push("*,SendRoutingHeaders,Set Session Permissions".to_string());
        rows.push("*,,attempting to connect".to_string());
        rows.push("+,,".to_string());
        rows.push(format!(
            "{server},{},",
            q(&format!("220 {} Microsoft ESMTP MAIL Service ready at Tue, 20 Jan 2026 10:00:00 +0000", peer.host))
        ));
        rows.push(format!("{client},EHLO ex1.contoso.com,"));
        rows.push(format!("{server},250-{} Hello [10.0.0.5],", peer.host));
        rows.push(format!("{server},250-SIZE 37748736,"));
        rows.push(format!("{server},250-PIPELINING,"));
        if tls_offered {
            rows.push(format!("{server},250-STARTTLS,"));
        }
        rows.push(format!("{server},250 SMTPUTF8,"));
    } else {
        rows.push("+,,".to_string());
        rows.push("*,SMTPSubmit SMTPAcceptAnySender SMTPAcceptAuthoritativeDomainSender AcceptRoutingHeaders,Set Session Permissions".to_string());
        rows.push(format!(
            "{server},{},",
            q("220 ex1.contoso.com Microsoft ESMTP MAIL Service ready at Tue, 20 Jan 2026 10:00:00 +0000")
        ));
        rows.push(format!("{client},EHLO {},", peer.host));
        rows.push(format!("{server},250-ex1.contoso.com Hello [{}],", peer.ip));
        rows.push(format!("{server},250-SIZE 37748736,"));
        if tls_offered {
            rows.push(format!("{server},250-STARTTLS,"));
        }
        rows.push(format!("{server},250 8BITMIME,"));
    }
    let mail = |rows: &mut Vec<String>, rng: &mut Rng| {
        let n = 1 + rng.below(3);
        rows.push(format!("{client},MAIL FROM:<alerts@contoso.com> SIZE={},", 1000 + rng.below(90000)));
        rows.push(format!("{server},250 2.1.0 Sender OK,"));
        for r in 0..n {
            rows.push(format!("{client},RCPT TO:<user{r}@{}>,", peer.host));
            rows.push(format!("{server},250 2.1.5 Recipient OK,"));
        }
        rows.push(format!("{client},BDAT 4096 LAST,"));
        rows.push(format!(
            "{server},{},",
            q("250 2.6.0 <0a1b2c@ex1.contoso.com> [InternalId=1234, Hostname=ex1] Queued mail for delivery")
        ));
        rows.push(format!("{client},QUIT,"));
        rows.push(format!("{server},221 2.0.0 Service closing transmission channel,"));
        rows.push("-,,Local".to_string());
    };
    match outcome {
        Outcome::Tls(p) => {
            rows.push(format!("{client},STARTTLS,"));
            rows.push(format!("{server},220 2.0.0 SMTP server ready,"));
            if !outbound {
                rows.push("*,,Sending certificate".to_string());
                rows.push("*,CN=ex1.contoso.com,Certificate subject".to_string());
                rows.push(format!(
                    "*,{},Certificate issuer name",
                    q("CN=\"Contoso, Inc.\" Issuing CA, O=\"Contoso, Inc.\"")
                ));
                rows.push("*,0123456789ABCDEF0123456789ABCDEF01234567,Certificate thumbprint".to_string());
            }
            let (cipher, hash, kx) = if p == "TLS1.0" || p == "TLS1.1" {
                ("CALG_AES_256", "CALG_SHA1 with strength 160", "CALG_ECDHE with strength 256")
            } else {
                ("CALG_AES_256", "CALG_SHA_384 with strength 0", "CALG_ECDHE with strength 384")
            };
            rows.push(format!(
                "*,,{}",
                q(&format!(
                    "TLS protocol {} negotiation succeeded using bulk encryption algorithm {cipher} with strength 256 bits, MAC hash algorithm {hash} bits and key exchange algorithm {kx} bits",
                    schannel_flag(p, peer.direction)
                ))
            ));
            if outbound {
                rows.push("*,,Received certificate".to_string());
                rows.push(format!("*,{:040X},Certificate thumbprint", rng.next() as u128 * 0x1_0000_0001));
            }
            rows.push(format!("{client},EHLO {},", if outbound { "ex1.contoso.com" } else { &peer.host }));
            rows.push(format!("{server},250 SMTPUTF8,"));
            mail(&mut rows, rng);
        }
        Outcome::Failure(e) => {
            rows.push(format!("{client},STARTTLS,"));
            rows.push(format!("{server},220 2.0.0 SMTP server ready,"));
            rows.push(format!("*,,TLS negotiation failed with error {e}"));
            rows.push(format!("-,,Remote({e})"));
        }
        Outcome::Plain => mail(&mut rows, rng),
        Outcome::Refused => {
            rows.push(format!("{client},MAIL FROM:<alerts@contoso.com>,"));
            if outbound {
                rows.push(format!("{server},451 5.7.3 STARTTLS is required to send mail,"));
            } else {
                rows.push(format!("{server},530 5.7.0 Must issue a STARTTLS command first,"));
            }
            rows.push(format!("{client},QUIT,"));
            rows.push(format!("{server},221 2.0.0 Service closing transmission channel,"));
            rows.push("-,,Local".to_string());
        }
    }
    rows
}

struct Live {
    id: u64,
    peer: usize,
    connector: &'static str,
    local: String,
    remote: String,
    rows: Vec<String>,
    next: usize,
}

/// What was written: the census it must produce.
#[derive(Debug, Serialize)]
pub struct Truth {
    pub sessions: u64,
    pub endpoints: Vec<Endpoint>,
    pub files: u64,
    pub bytes: u64,
}

/// What the generator hands its caller, in order. `log` is 0 for the Send
/// log, 1 for the Receive log: one file of each is open at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    /// A new hourly file of that log starts (the previous one of the same
    /// log is complete).
    Begin { log: usize, name: &'a str },
    /// Text of that log's open file (its header, then whole rows).
    Text { log: usize, text: &'a str },
}

/// Generates about `total` bytes of logs, hourly files of about
/// `file_size` bytes, from `seed`; `out` gets each [`Piece`] and may stop
/// the run with an error. Returns the truth.
pub fn generate<E>(
    total: u64,
    file_size: u64,
    seed: u64,
    out: &mut dyn FnMut(Piece<'_>) -> Result<(), E>,
) -> Result<Truth, E> {
    let mut rng = Rng(seed);
    let peers = peers(&mut rng);
    let mut truth: HashMap<usize, Endpoint> = HashMap::new();
    let mut live: Vec<Live> = Vec::new();
    let mut next_id: u64 = 0x08DE_5A00_0000_0000_u64.wrapping_add(seed.wrapping_mul(0x1_0000_0000));
    let mut sessions = 0u64;
    let (mut written, mut files) = (0u64, 0u64);
    // Milliseconds since 2026-01-20T00:00Z; one row every `step` ms keeps
    // each hourly file near `file_size` (two logs share the clock).
    let avg_row = 150u64;
    let step = (3_600_000 * avg_row / file_size.max(avg_row)).max(1);
    let mut clock: u64 = 10 * 3_600_000;
    let mut hours: [Option<u64>; 2] = [None, None];
    let concurrency = 24;
    let mut line = String::with_capacity(512);
    while written < total || !live.is_empty() {
        while written < total && live.len() < concurrency {
            let p = rng.below(peers.len() as u64) as usize;
            let peer = &peers[p];
            let outcome = pick(&mut rng, &peer.profile);
            let e = truth.entry(p).or_insert_with(|| Endpoint {
                remote_ip: peer.ip.clone(),
                direction: peer.direction,
                ..Endpoint::default()
            });
            e.sessions += 1;
            match outcome {
                Outcome::Tls(v) => {
                    e.protocols.add(v, 1);
                    e.legacy |= census::is_legacy(v);
                }
                Outcome::Failure(f) => e.tls_failures.add(f, 1),
                Outcome::Plain => e.plain_sessions += 1,
                Outcome::Refused => {
                    e.plain_sessions += 1;
                    e.starttls_required_refusals += 1;
                }
            }
            sessions += 1;
            next_id += 1 + rng.below(7);
            let connectors = if peer.direction == Direction::Outbound { SEND_CONNECTORS } else { RECV_CONNECTORS };
            // .NET writes IPv6 endpoints as `[addr]:port`.
            let ip = if peer.ip.contains(':') { format!("[{}]", peer.ip) } else { peer.ip.clone() };
            let port = 1024 + rng.below(60000);
            let remote = format!("{ip}:25");
            live.push(Live {
                id: next_id,
                peer: p,
                connector: connectors[(next_id % connectors.len() as u64) as usize],
                local: if peer.direction == Direction::Outbound {
                    format!("10.0.0.5:{port}")
                } else {
                    "10.0.0.1:25".into()
                },
                remote: if peer.direction == Direction::Outbound { remote } else { format!("{ip}:{port}") },
                rows: session_rows(&mut rng, peer, outcome),
                next: 0,
            });
        }
        if live.is_empty() {
            break;
        }
        let k = rng.below(live.len() as u64) as usize;
        clock += step + rng.below(step);
        let s = &mut live[k];
        let peer = &peers[s.peer];
        let which = usize::from(peer.direction == Direction::Inbound);
        let hour = clock / 3_600_000;
        if hours[which] != Some(hour) {
            let name = format!("{}{}-1.LOG", if which == 0 { "SEND" } else { "RECV" }, stamp_hour(hour));
            out(Piece::Begin { log: which, name: &name })?;
            let header = format!(
                "\u{feff}#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: SMTP {} Protocol Log\r\n#Date: {}\r\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\r\n",
                if which == 0 { "Send" } else { "Receive" },
                stamp(clock)
            );
            out(Piece::Text { log: which, text: &header })?;
            written += header.len() as u64;
            files += 1;
            hours[which] = Some(hour);
        }
        // Pre-connect rows of a send session have no local endpoint yet.
        let local = if s.rows[s.next].starts_with('*') && s.next < 2 && which == 0 { "" } else { &s.local };
        line.clear();
        let connector =
            if s.connector.contains(',') { format!("\"{}\"", s.connector) } else { s.connector.to_string() };
        let _ = write!(
            line,
            "{},{},{:016X},{},{},{},{}\r\n",
            stamp(clock),
            connector,
            s.id,
            s.next,
            local,
            s.remote,
            s.rows[s.next]
        );
        out(Piece::Text { log: which, text: &line })?;
        written += line.len() as u64;
        s.next += 1;
        if s.next == s.rows.len() {
            live.swap_remove(k);
        }
    }
    let mut endpoints: Vec<Endpoint> = truth.into_values().collect();
    census::sort_endpoints(&mut endpoints);
    Ok(Truth { sessions, endpoints, files, bytes: written })
}

/// Days from 2026-01-01 to a (year, month, day), for file names and stamps.
fn civil(days: u64) -> (u64, u64, u64) {
    /// 2026-01-01 in days since 1970-01-01.
    const DAY_2026: i64 = 20_454;
    let (y, m, d) = crate::census::civil_of_unix((DAY_2026 + days as i64) * 86_400);
    (y as u64, u64::from(m), u64::from(d))
}

/// Hours since 2026-01-20T00 → `2026012010`.
fn stamp_hour(hour: u64) -> String {
    let (y, m, d) = civil(19 + hour / 24);
    format!("{y}{m:02}{d:02}{:02}", hour % 24)
}

/// Milliseconds since 2026-01-20T00:00Z → `2026-01-20T10:00:00.123Z`.
fn stamp(ms: u64) -> String {
    let (y, m, d) = civil(19 + ms / 86_400_000);
    let t = ms % 86_400_000;
    format!("{y}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z", t / 3_600_000, t / 60_000 % 60, t / 1000 % 60, t % 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_from_2026_are_dates() {
        assert_eq!(civil(0), (2026, 1, 1));
        assert_eq!(civil(19), (2026, 1, 20));
        assert_eq!(civil(364), (2026, 12, 31));
        assert_eq!(civil(365), (2027, 1, 1));
        // 2028 is a leap year.
        assert_eq!(civil(365 + 365 + 59), (2028, 2, 29));
        assert_eq!(stamp_hour(24 * 11 + 23), "2026013123");
        assert_eq!(stamp_hour(24 * 12), "2026020100");
    }

    #[test]
    fn stamps_and_flags() {
        assert_eq!(stamp(10 * 3_600_000 + 1_234), "2026-01-20T10:00:01.234Z");
        assert_eq!(stamp_hour(24 * 12 + 5), "2026020105");
        assert_eq!(schannel_flag("TLS1.2", Direction::Inbound), "SP_PROT_TLS1_2_SERVER");
    }

    /// The files the pieces make, in the order they began, and the truth.
    fn files(total: u64, file_size: u64, seed: u64) -> (Vec<(String, String)>, Truth) {
        let mut files: Vec<(String, String)> = Vec::new();
        let mut open: [Option<usize>; 2] = [None, None];
        let truth = generate::<std::convert::Infallible>(total, file_size, seed, &mut |p| {
            match p {
                Piece::Begin { log, name } => {
                    open[log] = Some(files.len());
                    files.push((name.to_string(), String::new()));
                }
                Piece::Text { log, text } => files[open[log].expect("a file is open")].1.push_str(text),
            }
            Ok(())
        })
        .unwrap_or_else(|e| match e {});
        (files, truth)
    }

    /// The census of `files`, read one after another.
    fn read(mut c: census::Census, files: &[(String, String)]) -> census::CensusReport {
        for (name, text) in files {
            c.begin_file(name);
            c.feed(text.as_bytes());
        }
        c.end_file();
        c.finish()
    }

    /// A census that reads in order, with the sessions no sample could take
    /// any more reading only their counts, gives the same report as one
    /// that reads every session whole, kept sessions and all (on logs big
    /// enough to fill both samples).
    #[test]
    fn sessions_no_sample_can_take_read_only_their_counts() {
        let (logs, _) = files(8 << 20, 64 << 20, 7);
        let full = read(census::Census::new(), &logs);
        assert_eq!(full.kept_sessions.len(), census::KEPT_INTERESTING + census::KEPT_ORDINARY);
        assert!(full.sessions_not_kept > 1000, "{} not kept", full.sessions_not_kept);
        let tls: Vec<&crate::session::TlsInfo> = full.kept_sessions.iter().filter_map(|s| s.tls.as_ref()).collect();
        assert!(!tls.is_empty() && tls.iter().all(|t| t.cipher.is_some()), "kept sessions have their cipher");
        assert_eq!(read(census::Census::new().lean_when_unsampled(), &logs), full);
    }

    /// The pieces make whole files (each begins with its header and holds
    /// whole rows), their sizes add up to the truth's, and the census of
    /// those files, read as they were handed out, is the truth.
    #[test]
    fn pieces_make_files_whose_census_is_the_truth() {
        let (mut files, truth) = files(600_000, 150_000, 42);
        assert!(files.len() >= 4, "hour boundaries crossed: {} files", files.len());
        assert_eq!(truth.files, files.len() as u64);
        assert_eq!(truth.bytes, files.iter().map(|(_, t)| t.len() as u64).sum::<u64>());
        for (name, text) in &files {
            assert!(text.starts_with("\u{feff}#Software: Microsoft Exchange Server\r\n"), "{name}");
            assert!(text.ends_with("\r\n"), "{name}");
        }
        // Sorted by name, hour by hour, as `mailtriage census` reads a folder.
        files.sort();
        // Without a sample, sessions read only what is counted: the counts
        // are those of a census that reads everything.
        let r = read(census::Census::without_sessions(), &files);
        let full = read(census::Census::new(), &files);
        assert!(!full.kept_sessions.is_empty());
        assert_eq!(
            census::CensusReport { kept_sessions: Vec::new(), sessions_not_kept: 0, ..full },
            census::CensusReport { sessions_not_kept: 0, ..r.clone() }
        );
        assert_eq!(r.sessions, truth.sessions);
        // What the truth knows of each endpoint (not its host or times).
        let counts = |e: &Endpoint| Endpoint { host: None, first_seen: None, last_seen: None, ..e.clone() };
        let mut got: Vec<Endpoint> = r.endpoints.iter().map(counts).collect();
        census::sort_endpoints(&mut got);
        assert_eq!(got.len(), truth.endpoints.len());
        assert_eq!(got, truth.endpoints);
    }
}
