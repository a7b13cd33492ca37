//! Syslog files inside archives are dated by the modification time their
//! archive stored for each of them (a zip's or a tar's member, a gzip's
//! own header): a Postfix log over New Year zipped on 2026-01-10 gets its
//! census first and last seen and its findings' times in ISO form, its
//! December lines in 2025, as the same file read on its own does. A member
//! with no usable time stays undated, as every member was before.

use mailtriage_engine::archive::{self, Event};
use mailtriage_engine::census::{Census, CensusReport};
use mailtriage_engine::{Analyzer, InputReport};
use std::io::{Cursor, Write};

/// 2026-01-10T12:00:00Z.
const JAN_10: i64 = 1_768_046_400;

/// A Postfix log over New Year: a TLS session (for the census) and a
/// bounce (a finding) on Dec 30 and on Jan 1.
fn log() -> String {
    let tls = |t: &str| {
        format!(
            "{t} mx postfix/smtpd[1]: Anonymous TLS connection established from unknown[192.0.2.7]: TLSv1 with cipher AES256-SHA (256/256 bits)\n"
        )
    };
    let bounce = |t: &str, i: u32| {
        format!(
            "{t} mx postfix/smtp[1]: Q{i}: to=<u{i}@example.net>, relay=mx.example.net[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.1] said: 550 5.1.1 <u{i}@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))\n"
        )
    };
    [tls("Dec 30 23:59:58"), bounce("Dec 30 23:59:59", 1), tls("Jan  1 00:00:01"), bounce("Jan  1 00:00:02", 2)]
        .concat()
}

/// Reads the inputs `feed` gives as the CLI and the page do: one analyser
/// per input, sharing one census, dated by the time its archive stored.
fn read(feed: impl FnOnce(&mut dyn FnMut(Event<'_>))) -> (Vec<InputReport>, CensusReport) {
    let mut census = Census::new();
    let mut current: Option<Analyzer> = None;
    let mut reports = Vec::new();
    feed(&mut |e| match e {
        Event::Begin(name, written) => {
            let mut a = Analyzer::with_census(name, std::mem::take(&mut census));
            if let Some(secs) = written {
                a.written_at(secs);
            }
            current = Some(a);
        }
        Event::Chunk(b) => current.as_mut().expect("begun").feed(b),
        Event::End(problem) => {
            assert_eq!(problem, None);
            let (r, c) = current.take().expect("begun").finish_with_census();
            census = c.expect("census");
            reports.push(r);
        }
    });
    (reports, census.finish())
}

/// The census's first and last seen of the one client, and the findings'.
fn seen(reports: &[InputReport], census: &CensusReport) -> (Vec<Option<String>>, Vec<Option<String>>) {
    let census = census
        .endpoints
        .iter()
        .filter(|e| e.remote_ip == "192.0.2.7")
        .flat_map(|e| [e.first_seen.clone(), e.last_seen.clone()])
        .collect();
    let findings = reports.iter().flat_map(|r| &r.findings).map(|f| f.first_seen.clone()).collect();
    (census, findings)
}

fn some(t: &str) -> Option<String> {
    Some(t.to_string())
}

fn zip_member(options: zip::write::SimpleFileOptions) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    w.start_file("var/log/mail.log", options.compression_method(zip::CompressionMethod::Deflated)).unwrap();
    w.write_all(log().as_bytes()).unwrap();
    w.finish().unwrap().into_inner()
}

fn from_zip(zip: &[u8]) -> (Vec<InputReport>, CensusReport) {
    read(|each| {
        archive::zip_inputs(Cursor::new(zip), "logs.zip", "!", each).unwrap();
    })
}

/// A ustar archive of one member `name` with `data`, last written at `mtime`.
fn tar_of(name: &str, mtime: u64, data: &[u8]) -> Vec<u8> {
    let mut h = [0u8; 512];
    h[..name.len()].copy_from_slice(name.as_bytes());
    h[100..107].copy_from_slice(b"0000644");
    h[124..135].copy_from_slice(format!("{:011o}", data.len()).as_bytes());
    h[136..147].copy_from_slice(format!("{mtime:011o}").as_bytes());
    h[156] = b'0';
    h[257..263].copy_from_slice(b"ustar\0");
    h[263..265].copy_from_slice(b"00");
    h[148..156].copy_from_slice(b"        ");
    let sum: u32 = h.iter().map(|&b| u32::from(b)).sum();
    h[148..155].copy_from_slice(format!("{sum:06o}\0").as_bytes());
    let mut out = h.to_vec();
    out.extend_from_slice(data);
    out.resize(out.len().div_ceil(512) * 512 + 1024, 0);
    out
}

fn from_tar(tar: &[u8]) -> (Vec<InputReport>, CensusReport) {
    read(|each| {
        let mut u = archive::Unpack::new("!");
        u.event(Event::Begin("logs.tar", None), each);
        for c in tar.chunks(4096) {
            u.event(Event::Chunk(c), each);
        }
        u.event(Event::End(None), each);
    })
}

fn dated() -> (Vec<Option<String>>, Vec<Option<String>>) {
    (
        vec![some("2025-12-30T23:59:58"), some("2026-01-01T00:00:01")],
        // The bounces, and the old TLS of the client.
        vec![some("2025-12-30T23:59:59"), some("2026-01-01T00:00:02"), some("2025-12-30T23:59:58")],
    )
}

#[test]
fn a_zip_member_is_dated_by_its_stored_time() {
    // DOS time 2026-01-10 12:00 (no zone: read as UTC).
    let at = zip::DateTime::from_date_and_time(2026, 1, 10, 12, 0, 0).unwrap();
    let (reports, census) = from_zip(&zip_member(zip::write::SimpleFileOptions::default().last_modified_time(at)));
    assert_eq!(reports[0].path, "logs.zip!var/log/mail.log");
    assert_eq!(seen(&reports, &census), dated());
    // The timeline's hours (a point per rule) sort in time: December's
    // before January's.
    let mut hours: Vec<&str> = reports[0].timeline.iter().map(|p| p.hour.as_str()).collect();
    hours.dedup();
    assert_eq!(hours, ["2025-12-30T23", "2026-01-01T00"]);
}

#[test]
fn a_tar_member_and_a_gzip_in_it_are_dated_by_their_own_times() {
    let (reports, census) = from_tar(&tar_of("var/log/mail.log", JAN_10 as u64, log().as_bytes()));
    assert_eq!(seen(&reports, &census), dated());
    // A rotated `mail.log.1.gz` (the tar's mtime lost): its gzip header's.
    let mut gz = flate2::GzBuilder::new().mtime(JAN_10 as u32).write(Vec::new(), flate2::Compression::default());
    gz.write_all(log().as_bytes()).unwrap();
    let (reports, census) = from_tar(&tar_of("var/log/mail.log.1.gz", 0, &gz.finish().unwrap()));
    assert_eq!(reports[0].path, "logs.tar!var/log/mail.log.1.gz");
    assert_eq!(seen(&reports, &census), dated());
}

#[test]
fn a_member_without_a_usable_time_stays_undated() {
    // The DOS zero date (1980-01-01 00:00, what writers put without a
    // time), and a tar mtime of 0.
    let (reports, census) = from_zip(&zip_member(zip::write::SimpleFileOptions::default()));
    let undated = (vec![None, None], vec![some("Dec 30 23:59:59"), some("Jan  1 00:00:02"), some("Dec 30 23:59:58")]);
    assert_eq!(seen(&reports, &census), undated);
    let (reports, census) = from_tar(&tar_of("mail.log", 0, log().as_bytes()));
    assert_eq!(seen(&reports, &census), undated);
    let mut hours: Vec<&str> = reports[0].timeline.iter().map(|p| p.hour.as_str()).collect();
    hours.dedup();
    assert_eq!(hours, ["Dec 30 23", "Jan  1 00"]);
}
