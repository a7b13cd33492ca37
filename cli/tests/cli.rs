//! The `mailtriage` binary's contract: JSON shape and exit codes.

use std::process::Command;

fn mailtriage() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mailtriage"))
}

/// An empty folder of the system's temporary one, for one test.
fn fresh_dir(tag: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("mt-cli-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn triage_json_shape_and_exit_code() {
    let dir = std::env::temp_dir().join(format!("mt-cli-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("ndr.txt"), "Remote Server returned '421 4.4.2 Connection dropped due to SocketError'\n")
        .unwrap();
    std::fs::write(dir.join("sub/clean.txt"), "nothing to see\n").unwrap();
    let out = mailtriage().args(["triage", "--format", "json"]).arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "findings → exit 1");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let inputs = doc["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 2, "folders are walked recursively");
    let ndr = inputs.iter().find(|i| i["path"].as_str().unwrap().ends_with("ndr.txt")).unwrap();
    let f = &ndr["findings"][0];
    assert_eq!(f["rule"], "seed-ndr-socketerror");
    assert_eq!(f["status"], "4.4.2");
    assert_eq!(f["reply"], "421");
    assert_eq!(f["reason"], "failedstarttls");
    assert!(ndr["kind"].is_string());
    let clean = mailtriage().args(["triage", "--format", "json"]).arg(dir.join("sub/clean.txt")).output().unwrap();
    assert_eq!(clean.status.code(), Some(0), "nothing found → exit 0");
    let missing = mailtriage().args(["triage"]).arg(dir.join("missing")).output().unwrap();
    assert_eq!(missing.status.code(), Some(2), "error → exit 2");
    assert!(String::from_utf8_lossy(&missing.stderr).contains("missing"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A healthy inbound session has Exchange's `EmptyCertificate` row (the
/// client sent no certificate, as nearly all do): reported, as `info`, but
/// nothing to act on, so the exit code stays 0 for scripts that alert on 1.
#[test]
fn info_findings_alone_exit_0() {
    let dir = fresh_dir("info");
    let row = |seq: u32, event: &str, data: &str, context: &str| {
        format!(
            "2023-01-11T16:00:00.0{seq:02}Z,EX01\\Default Frontend EX01,08DAF3E900000002,{seq},10.0.0.5:25,198.51.100.241:50000,{event},{data},{context}\r\n"
        )
    };
    let mut log = String::from(
        "#Software: Microsoft Exchange Server\r\n#Version: 15.0.0.0\r\n#Log-type: SMTP Receive Protocol Log\r\n#Date: 2023-01-11T16:00:00.000Z\r\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\r\n",
    );
    for (seq, (event, data, context)) in [
        ("+", "", ""),
        ("<", "EHLO mail.partner.example", ""),
        ("<", "STARTTLS", ""),
        (">", "220 2.0.0 SMTP server ready", ""),
        ("*", "", "TLS protocol SP_PROT_TLS1_2_SERVER negotiation succeeded"),
        ("*", "", "Client certificate chain validation status: 'EmptyCertificate'"),
        ("<", "QUIT", ""),
        ("-", "", "Local"),
    ]
    .into_iter()
    .enumerate()
    {
        log += &row(seq as u32, event, data, context);
    }
    let path = dir.join("RECV2023011116-1.LOG");
    std::fs::write(&path, log).unwrap();
    for command in ["triage", "census"] {
        let out = mailtriage().args([command, "--format", "json", "--no-progress"]).arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{command}: {}", String::from_utf8_lossy(&out.stdout));
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("tls-client-cert-empty"), "{command}: still reported: {text}");
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn human_output_in_russian() {
    let dir = std::env::temp_dir().join(format!("mt-cli-ru-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("q.txt"), "451 5.7.3 Must issue a STARTTLS command first\n").unwrap();
    let out = mailtriage().args(["triage", "--lang", "ru"]).arg(dir.join("q.txt")).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("seed-starttls-first"));
    assert!(text.chars().any(|c| ('а'..='я').contains(&c)), "{text}");
    // Its own labels too (QA round 15): the severity word; English keeps `[critical]`.
    assert!(text.contains("[Критическая ошибка]") || text.contains("[Ошибка]"), "{text}");
    assert!(!text.contains("[critical]") && !text.contains("[error]"), "{text}");
    // The frame too (QA round 16): the input's kind and line count, where a
    // finding is.
    assert!(text.contains("(Текст, 1 строка)") && text.contains("(1×, строка 1)"), "{text}");
    let en = mailtriage().args(["triage"]).arg(dir.join("q.txt")).output().unwrap();
    let en = String::from_utf8(en.stdout).unwrap();
    assert!(en.contains("[critical]") || en.contains("[error]"), "{en}");
    assert!(en.contains("(text, 1 lines)") && en.contains("(1x, line 1)"), "{en}");
    // The census table: the page's summary and column names.
    std::fs::write(
        dir.join("SEND.LOG"),
        "#Software: Microsoft Exchange Server\n#Log-type: SMTP Send Protocol Log\n#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,remote-endpoint,event,data,context\n\
         2021-01-20T10:00:00.000Z,Outbound,08D8BD0000000001,0,10.0.0.5:50123,104.47.0.1:25,+,,\n\
         2021-01-20T10:00:00.100Z,Outbound,08D8BD0000000001,1,10.0.0.5:50123,104.47.0.1:25,*,,TLS negotiation failed with error SocketError\n\
         2021-01-20T10:00:00.200Z,Outbound,08D8BD0000000001,2,10.0.0.5:50123,104.47.0.1:25,-,,Local\n",
    )
    .unwrap();
    let census = mailtriage().args(["census", "--lang", "ru"]).arg(dir.join("SEND.LOG")).output().unwrap();
    let census = String::from_utf8(census.stdout).unwrap();
    assert!(census.starts_with("Файлов: 1, SMTP-сеансов: 1, удалённых узлов: 1"), "{census}");
    assert!(
        census.contains("Удалённый IP") && census.contains("Исходящее") && census.contains("SocketError=1"),
        "{census}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn one_file_reached_by_several_names_is_triaged_once() {
    let dir = std::env::temp_dir().join(format!("mt-cli-names-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    let ndr = dir.join("ndr.txt");
    std::fs::write(&ndr, "451 5.7.3 Must issue a STARTTLS command first\n").unwrap();
    // Same bytes, another file: read as its own input.
    std::fs::write(dir.join("sub/copy.txt"), "451 5.7.3 Must issue a STARTTLS command first\n").unwrap();
    let mut names = vec![ndr.clone(), dir.join("sub/../ndr.txt"), dir.clone()];
    std::fs::hard_link(&ndr, dir.join("sub/hard.txt")).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&ndr, dir.join("soft.txt")).unwrap();
        names.push(dir.join("soft.txt"));
    }
    let out = mailtriage().args(["triage", "--format", "json", "--no-progress"]).args(&names).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut paths: Vec<String> =
        doc["inputs"].as_array().unwrap().iter().map(|i| i["path"].as_str().unwrap().to_string()).collect();
    paths.sort();
    // The file under the name it was first reached by, and the copy.
    assert_eq!(paths, [ndr.display().to_string(), dir.join("sub").join("copy.txt").display().to_string()]);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Links back up the tree (`self -> .`, `up -> ..`) are not followed: the
/// walk ends, and the files it found are read.
#[cfg(unix)]
#[test]
fn a_folder_with_a_symlink_loop_is_walked_once() {
    let dir = fresh_dir("loop");
    std::fs::create_dir_all(dir.join("logs")).unwrap();
    std::fs::write(dir.join("logs/q.txt"), "451 5.7.3 Must issue a STARTTLS command first\n").unwrap();
    for (name, target) in [("self", "."), ("again", "."), ("up", "..")] {
        std::os::unix::fs::symlink(target, dir.join("logs").join(name)).unwrap();
    }
    let out = mailtriage()
        .args(["triage", "--format", "json", "--no-progress"])
        .arg(dir.join("logs"))
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let out = out.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<&str> = doc["inputs"].as_array().unwrap().iter().map(|i| i["path"].as_str().unwrap()).collect();
    assert_eq!(paths, [dir.join("logs/q.txt").display().to_string()]);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A zip cut short (no central directory) and a link to nothing in a folder
/// cost only themselves: the other files are reported, the zip with a note
/// and exit code 2, the link with a word on stderr.
#[cfg(unix)]
#[test]
fn a_cut_zip_and_a_stale_link_do_not_lose_the_other_reports() {
    let dir = fresh_dir("cut");
    std::fs::create_dir_all(dir.join("logs")).unwrap();
    std::fs::write(dir.join("logs/q.txt"), "451 5.7.3 Must issue a STARTTLS command first\n").unwrap();
    std::os::unix::fs::symlink("nowhere", dir.join("logs/current")).unwrap();
    std::fs::write(dir.join("cut.zip"), b"PK\x03\x04\x14\x00\x00\x00\x08\x00cut short").unwrap();
    let out = mailtriage()
        .args(["triage", "--format", "json", "--no-progress"])
        .arg(dir.join("logs"))
        .arg(dir.join("cut.zip"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "a broken archive is an error");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("current") && err.contains("cut.zip"), "{err}");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let inputs = doc["inputs"].as_array().unwrap();
    assert_eq!(inputs.len(), 2);
    assert_eq!(inputs[0]["findings"][0]["rule"], "seed-starttls-first");
    assert!(inputs[1]["notes"].as_array().unwrap().iter().any(|n| n["note"] == "archive"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A named pipe in a folder is skipped with a word on stderr (reading a pipe
/// nobody writes to waits for ever); an unknown `--lang` is a usage error.
#[cfg(unix)]
#[test]
fn a_pipe_in_a_folder_is_skipped_and_an_unknown_language_refused() {
    let dir = fresh_dir("fifo");
    std::fs::write(dir.join("q.txt"), "451 5.7.3 Must issue a STARTTLS command first\n").unwrap();
    let made = Command::new("mkfifo").arg(dir.join("pipe")).status().unwrap();
    assert!(made.success());
    let mut child = mailtriage()
        .args(["triage", "--format", "json", "--no-progress"])
        .arg(&dir)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    // Bounded: a hang fails the test instead of stalling the suite.
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > std::time::Duration::from_secs(20) {
            let _ = child.kill();
            panic!("mailtriage hung on a named pipe");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a regular file"));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["inputs"].as_array().unwrap().len(), 1);
    let bad = mailtriage().args(["triage", "--lang", "xx"]).arg(dir.join("q.txt")).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--lang xx"));
    let tag = mailtriage().args(["triage", "--lang", "ru-RU"]).arg(dir.join("q.txt")).output().unwrap();
    assert_eq!(tag.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A path that cannot be read does not cost the report of the others
/// (`triage /var/log` as a user meets root-only files): they are printed,
/// the unreadable path is named on stderr, and the exit code is 2.
#[test]
fn an_unreadable_path_does_not_lose_the_other_reports() {
    let dir = fresh_dir("unreadable");
    let ok = dir.join("ok.txt");
    std::fs::write(&ok, "421 4.4.2 Connection dropped due to SocketError\n").unwrap();
    let missing = dir.join("missing.log");
    let out =
        mailtriage().args(["triage", "--format", "json", "--no-progress"]).arg(&ok).arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("the report of the readable file");
    assert_eq!(doc["inputs"].as_array().unwrap().len(), 1);
    assert!(!doc["inputs"][0]["findings"].as_array().unwrap().is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("missing.log"), "{err}");
    // The census too.
    let out =
        mailtriage().args(["census", "--format", "json", "--no-progress"]).arg(&ok).arg(&missing).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(serde_json::from_slice::<serde_json::Value>(&out.stdout).is_ok());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A zip with folders and no file is one empty input, not no report at all;
/// a zip inside it is opened, its members named through it.
#[test]
fn a_zip_of_folders_is_an_empty_input_and_a_zip_inside_a_zip_is_read() {
    use std::io::Write;
    let dir = fresh_dir("zips");
    let opts = zip::write::SimpleFileOptions::default();
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.add_directory("logs/", opts).unwrap();
    std::fs::write(dir.join("folders.zip"), w.finish().unwrap().into_inner()).unwrap();
    let mut inner = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    inner.start_file("q.txt", opts).unwrap();
    inner.write_all(b"451 5.7.3 Must issue a STARTTLS command first\n").unwrap();
    let inner = inner.finish().unwrap().into_inner();
    let mut outer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    outer.start_file("old/2026-01.zip", opts).unwrap();
    outer.write_all(&inner).unwrap();
    std::fs::write(dir.join("outer.zip"), outer.finish().unwrap().into_inner()).unwrap();
    let out = mailtriage().args(["triage", "--format", "json", "--no-progress"]).arg(&dir).output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let inputs = doc["inputs"].as_array().unwrap();
    let paths: Vec<&str> = inputs.iter().map(|i| i["path"].as_str().unwrap()).collect();
    let name = |n: &str| dir.join(n).display().to_string();
    assert_eq!(paths, [name("folders.zip"), format!("{}!old/2026-01.zip/q.txt", name("outer.zip"))]);
    assert_eq!(inputs[0]["notes"][0]["note"], "empty");
    assert_eq!(inputs[1]["findings"][0]["rule"], "seed-starttls-first");
    assert_eq!(out.status.code(), Some(1));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The files the fix steps refer to are named in the text report and
/// printed by `mailtriage artifact` (QA round 30: "the .reg below" had no
/// file on the command line).
#[test]
fn the_files_a_fix_refers_to_are_named_and_printed() {
    let dir = fresh_dir("artifact");
    std::fs::write(dir.join("ndr.txt"), "Remote Server returned '421 4.4.2 Connection dropped due to SocketError'\n")
        .unwrap();
    let out = mailtriage().args(["triage"]).arg(dir.join("ndr.txt")).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("File: enable-tls12.reg  (mailtriage artifact tls12-reg > enable-tls12.reg)"), "{text}");
    let out = mailtriage().args(["artifact", "tls12-reg"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with(b"Windows Registry Editor Version 5.00"));
    let out = mailtriage().args(["artifact", "no-such-file"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("tls12-reg, tls12-check-ps1"));
}

/// A reader that stops reading (`mailtriage triage … | head`) costs the rest
/// of the output, not the exit code: findings are still exit 1, with no
/// message (the output is more than a pipe holds, so the write fails).
#[test]
fn a_reader_that_stops_reading_keeps_the_exit_code() {
    let dir = fresh_dir("pipe-closed");
    let log: String = (0..3000)
        .map(|i| format!("Jan 20 10:00:01 mx postfix/smtp[1]: 1A: to=<user{i}@example.net>, relay=mx.example.net[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.net[192.0.2.1] said: 550 5.1.1 <user{i}@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))\n"))
        .collect();
    std::fs::write(dir.join("maillog"), log).unwrap();
    let mut child = mailtriage()
        .args(["triage", "--format", "json", "--no-progress"])
        .arg(dir.join("maillog"))
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Findings listed over a whole run are bounded (QA round 54: a folder of
/// many logs each at the engine's 20 000 held them all): past 50 000 an
/// input's findings are counted in its note instead, with -j1 in path order.
#[test]
fn findings_over_many_inputs_are_bounded() {
    let dir = fresh_dir("budget");
    for f in 0..3 {
        let mut log = String::new();
        for i in 0..20_000 {
            let (a, b) = (i / 250, i % 250);
            log.push_str(&format!(
                "Jan 20 10:00:00 mx postfix/smtp[1]: Q{f}x{i}: to=<u{i}@d.com>, relay=mx.example.com[10.{f}.{a}.{b}]:25, dsn=5.7.1, status=bounced (host mx.example.com[10.{f}.{a}.{b}] said: 554 5.7.1 Service unavailable; Client host blocked (in reply to RCPT TO command))\n"
            ));
        }
        std::fs::write(dir.join(format!("maillog.{f}")), log).unwrap();
    }
    // `triage` holds no report (each is written as its input ends): it
    // lists every finding, on one thread or more.
    for jobs in ["1", "3"] {
        let out = mailtriage().args(["triage", "-j", jobs, "--format", "json", "--no-progress"]).arg(&dir).output();
        let out = out.unwrap();
        assert_eq!(out.status.code(), Some(1));
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let listed: Vec<usize> =
            doc["inputs"].as_array().unwrap().iter().map(|i| i["findings"].as_array().unwrap().len()).collect();
        assert_eq!(listed, [20_000; 3]);
    }
    // The census holds them all until its document is written: it lists
    // 50 000, the first in input order, and counts the rest in each input's
    // note, which its JSON has no place for: stderr says it. The same on
    // three threads, whichever input ends first (they were once listed in
    // that order).
    let census = |jobs: &str| {
        let out = mailtriage().args(["census", "-j", jobs, "--format", "json", "--no-progress"]).arg(&dir).output();
        out.unwrap()
    };
    let one = census("1");
    let doc: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    let findings = doc["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 50_000);
    assert!(findings[..40_000].iter().all(|f| !f["path"].as_str().unwrap().ends_with("maillog.2")));
    assert!(findings[40_000..].iter().all(|f| f["path"].as_str().unwrap().ends_with("maillog.2")));
    let err = String::from_utf8_lossy(&one.stderr);
    assert!(err.contains("maillog.2") && err.contains("not listed"), "{err}");
    // (With the cap filled as inputs ended, two runs of three differed from
    // `-j1` half the time.)
    for _ in 0..2 {
        let three = census("3");
        assert!(one.stdout == three.stdout, "the same findings listed on three threads");
        assert_eq!(String::from_utf8_lossy(&three.stderr), err);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Reports are written as their inputs end, in input order: a zip of many
/// members first (the head for most of the run) and small files after it,
/// read on four threads, give the same document as on one, in every format.
#[test]
fn reports_read_in_parallel_are_written_in_input_order() {
    use std::io::Write as _;
    let dir = fresh_dir("order");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(dir.join("a.zip")).unwrap());
    let opts = zip::write::SimpleFileOptions::default();
    for i in 0..1000 {
        zip.start_file(format!("m{i:04}.txt"), opts).unwrap();
        writeln!(zip, "Remote Server at mx{i}.example.com returned '451 5.7.3 Must issue a STARTTLS command first'")
            .unwrap();
    }
    zip.finish().unwrap();
    for i in 0..40 {
        std::fs::write(
            dir.join(format!("b{i:02}.txt")),
            format!("421 4.4.2 Connection dropped due to SocketError ({i})\n"),
        )
        .unwrap();
    }
    for format in ["json", "ndjson", "csv", "md", "text"] {
        let run = |jobs: &str| {
            let out = mailtriage().args(["triage", "-j", jobs, "--format", format, "--no-progress"]).arg(&dir).output();
            let out = out.unwrap();
            assert_eq!(out.status.code(), Some(1), "{format}");
            out.stdout
        };
        let one = run("1");
        assert_eq!(run("4"), one, "{format}: -j4 against -j1");
        if format == "json" {
            let doc: serde_json::Value = serde_json::from_slice(&one).unwrap();
            let paths: Vec<String> =
                doc["inputs"].as_array().unwrap().iter().map(|i| i["path"].as_str().unwrap().to_string()).collect();
            assert_eq!(paths.len(), 1040);
            assert!(paths[0].ends_with("a.zip!m0000.txt") && paths[999].ends_with("a.zip!m0999.txt"), "{paths:?}");
            assert!(paths[1000].ends_with("b00.txt") && paths[1039].ends_with("b39.txt"));
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A file compressed in a format not read (a `.tar.xz` of logs) says so,
/// by its format, on stderr and in the report, and the exit code is 2: it
/// was only "a binary file" with exit code 0 (QA).
#[test]
fn a_compression_not_read_is_named_and_exits_2() {
    let dir = fresh_dir("xz");
    let mut xz = b"\xFD7zXZ\x00\x00\x04\xE6\xD6\xB4\x46".to_vec();
    xz.extend((0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    let path = dir.join("logs.tar.xz");
    std::fs::write(&path, &xz).unwrap();
    let out = mailtriage().args(["triage", "--format", "json", "--no-progress"]).arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let notes = &doc["inputs"][0]["notes"];
    assert!(notes.as_array().unwrap().iter().any(|n| n["note"] == "compressed" && n["format"] == "xz"), "{notes}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("logs.tar.xz: It is compressed with xz"), "{err}");
    let census = mailtriage().args(["census", "--format", "json", "--no-progress"]).arg(&path).output().unwrap();
    assert_eq!(census.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&census.stderr).contains("compressed with xz"));
    std::fs::remove_dir_all(&dir).unwrap();
}
