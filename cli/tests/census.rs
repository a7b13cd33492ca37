//! The census against the generator's ground truth: `mailtriage synth`
//! writes interleaved hourly Send/Receive logs (sessions running past the
//! hour, BOM, CRLF, quoted fields, localised connector names) and counts
//! what it wrote; `mailtriage census` must find exactly that, whether files
//! are read on one thread or several, plain or gzip-compressed.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn mailtriage() -> Command {
    Command::new(env!("CARGO_BIN_EXE_mailtriage"))
}

/// An empty folder of the system's temporary one for the test `tag` (each
/// test its own tag: they run at once, in one process).
fn fresh_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("mt-census-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn endpoints(doc: &Value) -> BTreeMap<(String, String), Value> {
    doc["endpoints"]
        .as_array()
        .expect("endpoints")
        .iter()
        .map(|e| {
            let key = (e["remote_ip"].as_str().unwrap().to_string(), e["direction"].as_str().unwrap().to_string());
            let keep =
                ["sessions", "protocols", "tls_failures", "starttls_required_refusals", "plain_sessions", "legacy"];
            let v: serde_json::Map<String, Value> =
                keep.iter().map(|k| (k.to_string(), e.get(*k).cloned().unwrap_or(Value::Null))).collect();
            (key, Value::Object(v))
        })
        .collect()
}

fn census(dir: &Path, jobs: &str) -> Value {
    let out = mailtriage().args(["census", "--format", "json", "--no-progress", "-j", jobs]).arg(dir).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "legacy endpoints and failures → exit 1; stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("census JSON")
}

/// One of the generated hourly logs.
fn first_log(dir: &Path) -> std::path::PathBuf {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|x| x == "LOG"))
        .expect("a log file")
}

fn synth(dir: &Path, size: &str, file_size: &str, seed: &str) -> Value {
    let out = mailtriage()
        .args(["synth", "--size", size, "--file-size", file_size, "--seed", seed, "--out"])
        .arg(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_str(&std::fs::read_to_string(dir.join("truth.json")).unwrap()).unwrap()
}

#[test]
fn census_equals_the_generators_truth_exactly() {
    let dir = std::env::temp_dir().join(format!("mt-census-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let truth = synth(&dir, "6M", "1M", "7");
    let files = std::fs::read_dir(&dir).unwrap().count();
    assert!(files > 6, "several hourly files ({files})");
    for jobs in ["1", "2", "4"] {
        let got = census(&dir, jobs);
        assert_eq!(got["sessions"], truth["sessions"], "-j {jobs}");
        assert_eq!(endpoints(&got), endpoints(&truth), "-j {jobs}");
        assert_eq!(got["protocols"], truth["protocols"], "-j {jobs}");
    }
    // The sample of sessions, file names included (a session that runs past
    // the hour is named after the file of its first row), is the same at any -j.
    let sample = |jobs: &str| {
        let out = mailtriage()
            .args(["census", "--sessions", "--format", "json", "--no-progress", "-j", jobs])
            .arg(&dir)
            .output()
            .unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        doc["kept_sessions"].clone()
    };
    let one = sample("1");
    assert!(one.as_array().is_some_and(|s| s.len() > 100), "a sample");
    for jobs in ["2", "4", "8"] {
        assert_eq!(sample(jobs), one, "-j {jobs}");
    }
    let got = census(&dir, "2");
    let legacy = got["endpoints"][0].clone();
    assert_eq!(legacy["legacy"], true, "legacy endpoints come first");
    assert!(got["findings"].as_array().unwrap().iter().any(|f| f["rule"] == "seed-protolog-socketerror"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Generated logs of `size` in 512 KiB files (seed `seed`) in a fresh
/// folder, and a fresh empty one to pack them into: the two folders, the
/// generator's truth and the generated files in order.
fn synth_to_pack(tag: &str, size: &str, seed: &str) -> (PathBuf, PathBuf, Value, Vec<PathBuf>) {
    let dir = std::env::temp_dir().join(format!("mt-census-{tag}-{}", std::process::id()));
    let packed = std::env::temp_dir().join(format!("mt-census-{tag}-{}-packed", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&packed);
    let truth = synth(&dir, size, "512k", seed);
    std::fs::create_dir_all(&packed).unwrap();
    let mut names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    (dir, packed, truth, names)
}

#[test]
fn gzip_and_zip_inputs_give_the_same_census() {
    use std::io::Write;
    let (dir, packed, truth, names) = synth_to_pack("gz", "2M", "11");
    let zip_file = std::fs::File::create(packed.join("logs.zip")).unwrap();
    let mut zip = zip::ZipWriter::new(zip_file);
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (i, p) in names.iter().filter(|p| p.extension().is_some_and(|e| e == "LOG")).enumerate() {
        let data = std::fs::read(p).unwrap();
        let name = p.file_name().unwrap().to_string_lossy().to_string();
        if i % 2 == 0 {
            let mut gz = flate2::write::GzEncoder::new(
                std::fs::File::create(packed.join(format!("{name}.gz"))).unwrap(),
                flate2::Compression::fast(),
            );
            gz.write_all(&data).unwrap();
            gz.finish().unwrap();
        } else {
            zip.start_file(format!("hourly/{name}"), opts).unwrap();
            zip.write_all(&data).unwrap();
        }
    }
    zip.finish().unwrap();
    let got = census(&packed, "2");
    assert_eq!(got["sessions"], truth["sessions"]);
    assert_eq!(endpoints(&got), endpoints(&truth));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&packed);
}

/// A zip of hourly logs big enough to be read in parts, one a thread (its
/// sessions run from one member into the next, so from one part into the
/// next): the census equals the generator's truth on one thread and on
/// three, and the census and triage documents are the same either way.
#[test]
fn a_zip_read_in_parts_counts_as_a_whole() {
    use std::io::Write;
    let (dir, packed, truth, names) = synth_to_pack("parts", "6M", "13");
    let zipped = packed.join("logs.zip");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&zipped).unwrap());
    // Stored: over the 4 MiB a zip must have to be split.
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for p in names.iter().filter(|p| p.extension().is_some_and(|e| e == "LOG")) {
        zip.start_file(format!("hourly/{}", p.file_name().unwrap().to_string_lossy()), opts).unwrap();
        zip.write_all(&std::fs::read(p).unwrap()).unwrap();
    }
    zip.finish().unwrap();
    assert!(std::fs::metadata(&zipped).unwrap().len() > 4 << 20);
    let one = census(&packed, "1");
    let three = census(&packed, "3");
    assert_eq!(one["sessions"], truth["sessions"]);
    assert_eq!(endpoints(&one), endpoints(&truth));
    assert_eq!(one, three);
    let triage = |jobs: &str| {
        mailtriage()
            .args(["triage", "--format", "json", "--no-progress", "-j", jobs])
            .arg(&zipped)
            .output()
            .unwrap()
            .stdout
    };
    assert_eq!(triage("1"), triage("3"));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_dir_all(&packed);
}

/// A folder zipped beside its own logs, and a log beside its `.gz`: each
/// copy is read once, as a plain copy is (counted twice, the sessions
/// complete in one file were doubled and those spanning two were not).
#[test]
fn compressed_copies_beside_the_logs_are_read_once() {
    use std::io::Write;
    let dir = std::env::temp_dir().join(format!("mt-census-copies-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let truth = synth(&dir, "1M", "256k", "5");
    let mut logs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "LOG"))
        .collect();
    logs.sort();
    assert!(logs.len() > 2, "several hourly files");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(dir.join("backup.zip")).unwrap());
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for p in &logs {
        zip.start_file(format!("Logs/{}", p.file_name().unwrap().to_string_lossy()), opts).unwrap();
        zip.write_all(&std::fs::read(p).unwrap()).unwrap();
    }
    zip.finish().unwrap();
    let name = logs[1].file_name().unwrap().to_string_lossy().to_string();
    let mut gz = flate2::write::GzEncoder::new(
        std::fs::File::create(dir.join(format!("{name}.gz"))).unwrap(),
        flate2::Compression::fast(),
    );
    gz.write_all(&std::fs::read(&logs[1]).unwrap()).unwrap();
    gz.finish().unwrap();
    for jobs in ["1", "2"] {
        let out =
            mailtriage().args(["census", "--format", "json", "--no-progress", "-j", jobs]).arg(&dir).output().unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).expect("census JSON");
        assert_eq!(doc["sessions"], truth["sessions"], "-j{jobs}");
        assert_eq!(endpoints(&doc), endpoints(&truth), "-j{jobs}");
        let err = String::from_utf8_lossy(&out.stderr);
        // Every member of the zip is a copy (its name sorts after the
        // logs'), and so is the `.gz`.
        assert_eq!(err.matches("has the same content as").count(), logs.len() + 1, "{err}");
        assert!(err.contains(&format!("{name}.gz has the same content as")), "{err}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn census_formats_and_exit_codes() {
    let dir = std::env::temp_dir().join(format!("mt-census-fmt-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let truth = synth(&dir, "1M", "512k", "3");
    let n = truth["endpoints"].as_array().unwrap().len();
    let run = |fmt: &str| {
        let out = mailtriage().args(["census", "--no-progress", "--format", fmt]).arg(&dir).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stdout).unwrap()
    };
    let csv = run("csv");
    assert_eq!(csv.lines().count(), n + 1);
    assert!(csv.starts_with("remote_ip,direction,"));
    let nd = run("ndjson");
    let records: Vec<Value> = nd.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(records.iter().filter(|r| r["record"] == "endpoint").count(), n);
    assert!(run("md").contains("| Remote IP |"));
    assert!(run("text").contains("LEGACY"));
    let with_sessions = mailtriage().args(["census", "--format", "json", "--sessions"]).arg(&dir).output().unwrap();
    let doc: Value = serde_json::from_slice(&with_sessions.stdout).unwrap();
    let kept = doc["kept_sessions"].as_array().unwrap();
    assert!(!kept.is_empty() && kept[0]["transcript"].as_array().unwrap().len() > 3);
    // A clean log: no legacy TLS, no failure → exit 0.
    let clean = dir.join("clean.log");
    std::fs::write(&clean, "Jan 20 10:00:01 mx postfix/smtp[1]: Verified TLS connection established to mx.example.com[192.0.2.1]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n").unwrap();
    let out = mailtriage().args(["census", "--format", "json"]).arg(&clean).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["sessions"], 1);
    assert_eq!(doc["endpoints"][0]["protocols"]["TLS1.3"], 1);
    let missing = mailtriage().args(["census"]).arg(dir.join("nope")).output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_file_named_twice_is_read_once() {
    let dir = std::env::temp_dir().join(format!("mt-census-twice-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    synth(&dir, "1M", "512k", "5");
    let some = first_log(&dir);
    let once = census(&dir, "2");
    // The folder, one of its files again, and that file by another spelling.
    let again = dir.join(".").join(some.file_name().unwrap());
    let out = mailtriage()
        .args(["census", "--format", "json", "--no-progress"])
        .args([&dir, &some, &again])
        .output()
        .unwrap();
    let twice: Value = serde_json::from_slice(&out.stdout).expect("census JSON");
    assert_eq!(twice["files"], once["files"]);
    assert_eq!(twice["rows"], once["rows"]);
    assert_eq!(twice["sessions"], once["sessions"]);
    assert_eq!(endpoints(&twice), endpoints(&once));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_copy_of_a_log_under_another_name_is_read_once() {
    let dir = std::env::temp_dir().join(format!("mt-census-copy-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    synth(&dir, "1M", "512k", "9");
    let once = census(&dir, "2");
    let log = first_log(&dir);
    let copies = dir.join("copies");
    std::fs::create_dir_all(&copies).unwrap();
    std::fs::copy(&log, copies.join("renamed.LOG")).unwrap();
    // Same size, one byte different: not a copy, read as its own file.
    let mut near = std::fs::read(&log).unwrap();
    let last = near.len() - 3;
    near[last] ^= 0x01;
    std::fs::write(copies.join("near.LOG"), &near).unwrap();
    for jobs in ["1", "2"] {
        let out =
            mailtriage().args(["census", "--format", "json", "--no-progress", "-j", jobs]).arg(&dir).output().unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).expect("census JSON");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("renamed.LOG has the same content as"), "{stderr}");
        assert!(!stderr.contains("near.LOG"), "{stderr}");
        assert_eq!(doc["files"].as_u64(), once["files"].as_u64().map(|n| n + 1), "the near copy is read");
    }
    std::fs::remove_file(copies.join("near.LOG")).unwrap();
    let out = mailtriage().args(["census", "--format", "json", "--no-progress"]).arg(&dir).output().unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).expect("census JSON");
    assert_eq!(doc["sessions"], once["sessions"]);
    assert_eq!(doc["rows"], once["rows"]);
    assert_eq!(endpoints(&doc), endpoints(&once));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A gzip cut short is read up to the damage, printed, and then reported as
/// an error (exit 2) naming the file on stderr, by both commands.
#[test]
fn a_truncated_gzip_is_read_to_the_damage_and_exits_2() {
    use std::io::Write;
    let dir = std::env::temp_dir().join(format!("mt-census-cut-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let text =
        "451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\"\n"
            .repeat(2000);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(text.as_bytes()).unwrap();
    let bytes = gz.finish().unwrap();
    let cut = dir.join("queue.txt.gz");
    std::fs::write(&cut, &bytes[..bytes.len() - 12]).unwrap();
    for command in ["triage", "census"] {
        let out = mailtriage().args([command, "--format", "json", "--no-progress"]).arg(&cut).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("queue.txt.gz") && err.contains("truncated"), "{command}: {err}");
        let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
        let findings = if command == "triage" { &doc["inputs"][0]["findings"] } else { &doc["findings"] };
        assert_eq!(findings[0]["rule"], "seed-queue-socketerror", "{command}: what was read is reported");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A zip piped in on standard input is read like a zip file (its members
/// named after `-`), and a gzip member inside it is decompressed.
#[test]
fn a_zip_on_standard_input_is_read_member_by_member() {
    use std::io::Write;
    let row = "2021-01-20T10:00:00.000Z,Outbound to Office 365,08D8BD0000000001,7,10.0.0.5:50123,104.47.0.1:25,*,,TLS negotiation failed with error SocketError\n";
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(row.as_bytes()).unwrap();
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    w.start_file("logs/SEND2021012010-1.LOG.gz", opts).unwrap();
    w.write_all(&gz.finish().unwrap()).unwrap();
    let bytes = w.finish().unwrap().into_inner();
    let mut child = mailtriage()
        .args(["triage", "--format", "json", "--no-progress", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["inputs"][0]["path"], "-!logs/SEND2021012010-1.LOG.gz");
    assert_eq!(doc["inputs"][0]["findings"][0]["rule"], "seed-protolog-socketerror");
}

/// A `.tar.gz` of logs (Postfix's, archived by `tar czf`) is its files, a
/// rotated `.gz` among them decompressed, named `archive!member`: it was one
/// binary input with nothing read, and the exit code said nothing was found.
/// A zip among its files is its members, and so is a `.zip.gz` (both were
/// one binary input before).
#[test]
fn a_tar_gz_is_read_file_by_file() {
    use std::io::Write;
    let dir = std::env::temp_dir().join(format!("mt-tar-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let gz = |b: &[u8]| {
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(b).unwrap();
        e.finish().unwrap()
    };
    let zip = {
        let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
        w.start_file("SEND2021012010-1.LOG", opts).unwrap();
        w.write_all(b"2021-01-20T10:00:00.000Z,Outbound to Office 365,08D8BD0000000001,7,10.0.0.5:50123,104.47.0.1:25,*,,TLS negotiation failed with error SocketError\n").unwrap();
        w.finish().unwrap().into_inner()
    };
    let mut tar = Vec::new();
    let members: [(&str, Vec<u8>); 3] = [
        ("var/log/mail.log", b"421 4.4.2 Connection dropped due to SocketError\n".to_vec()),
        ("var/log/mail.log.1.gz", gz(b"451 5.7.3 Must issue a STARTTLS command first\n")),
        ("var/log/exchange.zip", zip.clone()),
    ];
    for (name, data) in &members {
        let mut h = [0u8; 512];
        h[..name.len()].copy_from_slice(name.as_bytes());
        h[100..107].copy_from_slice(b"0000644");
        h[124..135].copy_from_slice(format!("{:011o}", data.len()).as_bytes());
        h[136..147].copy_from_slice(b"14770000000");
        h[156] = b'0';
        h[257..263].copy_from_slice(b"ustar\0");
        h[148..156].copy_from_slice(b"        ");
        let sum: u32 = h.iter().map(|&b| u32::from(b)).sum();
        h[148..155].copy_from_slice(format!("{sum:06o}\0").as_bytes());
        tar.extend_from_slice(&h);
        tar.extend_from_slice(data);
        tar.resize(tar.len().div_ceil(512) * 512, 0);
    }
    tar.extend_from_slice(&[0u8; 1024]);
    let path = dir.join("maillogs.tar.gz");
    std::fs::write(&path, gz(&tar)).unwrap();
    let zipped = dir.join("send.zip.gz");
    std::fs::write(&zipped, gz(&zip)).unwrap();
    let out =
        mailtriage().args(["triage", "--format", "json", "--no-progress"]).arg(&path).arg(&zipped).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap();
    let inputs = doc["inputs"].as_array().unwrap();
    let got: Vec<(String, String)> = inputs
        .iter()
        .map(|i| (i["path"].as_str().unwrap().to_string(), i["findings"][0]["rule"].as_str().unwrap_or("").to_string()))
        .collect();
    let (p, z) = (path.display(), zipped.display());
    assert_eq!(
        got,
        [
            (format!("{p}!var/log/mail.log"), "seed-ndr-socketerror".to_string()),
            (format!("{p}!var/log/mail.log.1.gz"), "seed-starttls-first".to_string()),
            (format!("{p}!var/log/exchange.zip!SEND2021012010-1.LOG"), "seed-protolog-socketerror".to_string()),
            (format!("{z}!SEND2021012010-1.LOG"), "seed-protolog-socketerror".to_string()),
        ]
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `synth` writes only into a new or empty folder: an earlier run's files
/// would be read beside the new ones, against a truth that does not count
/// them (QA round 41).
#[test]
fn synth_refuses_a_folder_with_files_in_it() {
    let dir = std::env::temp_dir().join(format!("mt-census-reuse-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    synth(&dir, "256k", "128k", "1");
    let again = mailtriage()
        .args(["synth", "--size", "256k", "--file-size", "128k", "--seed", "2", "--out"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("not empty"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// A zip of Postfix logs over New Year: each member is dated by the time
/// the zip stored for it (here 2026-01-10 12:00), not by the zip file's
/// own (2030 here: zipped long after), so December's lines are 2025's and
/// the census gives first and last seen; a member stored without a time
/// (the DOS zero date) gives none, as every member did before.
#[test]
fn zip_members_are_dated_by_their_stored_time() {
    use std::io::Write;
    let dir = fresh_dir("dated");
    let log = |ip: &str| {
        ["Dec 30 23:59:58", "Jan  1 00:00:01"]
            .map(|t| format!("{t} mx postfix/smtpd[1]: Anonymous TLS connection established from unknown[{ip}]: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)\n"))
            .concat()
    };
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let at = zip::DateTime::from_date_and_time(2026, 1, 10, 12, 0, 0).unwrap();
    w.start_file("mail.log.1", zip::write::SimpleFileOptions::default().last_modified_time(at)).unwrap();
    w.write_all(log("192.0.2.7").as_bytes()).unwrap();
    w.start_file("undated.log", zip::write::SimpleFileOptions::default()).unwrap();
    w.write_all(log("192.0.2.8").as_bytes()).unwrap();
    let path = dir.join("maillogs.zip");
    std::fs::write(&path, w.finish().unwrap().into_inner()).unwrap();
    // 2030-06-01T00:00:00Z.
    let zipped = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_906_502_400);
    std::fs::File::options().write(true).open(&path).unwrap().set_modified(zipped).unwrap();
    let out = mailtriage().args(["census", "--format", "json", "--no-progress"]).arg(&path).output().unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).expect("census JSON");
    let seen = |ip: &str| {
        let e = doc["endpoints"].as_array().unwrap().iter().find(|e| e["remote_ip"] == ip).expect(ip);
        (e["first_seen"].as_str().map(str::to_string), e["last_seen"].as_str().map(str::to_string))
    };
    let some = |t: &str| Some(t.to_string());
    assert_eq!(seen("192.0.2.7"), (some("2025-12-30T23:59:58"), some("2026-01-01T00:00:01")));
    assert_eq!(seen("192.0.2.8"), (None, None));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Of two copies of a log, the one with a time to date its RFC 3164 stamps
/// by is read, whichever comes first: a zip member stored without a time
/// (the DOS zero date) before the plain log it copies gave the endpoint no
/// first or last seen.
#[test]
fn of_two_copies_the_dated_one_is_read() {
    use std::io::Write;
    let dir = fresh_dir("dated-copy");
    let log = ["Dec 30 23:59:58", "Jan  1 00:00:01"]
        .map(|t| format!("{t} mx postfix/smtpd[1]: Anonymous TLS connection established from unknown[192.0.2.9]: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)\n"))
        .concat();
    let mut w = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    w.start_file("mail.log", zip::write::SimpleFileOptions::default()).unwrap();
    w.write_all(log.as_bytes()).unwrap();
    let zipped = dir.join("a-backup.zip");
    std::fs::write(&zipped, w.finish().unwrap().into_inner()).unwrap();
    let plain = dir.join("mail.log");
    std::fs::write(&plain, &log).unwrap();
    // 2026-01-10T12:00:00Z.
    let written = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_768_046_400);
    std::fs::File::options().write(true).open(&plain).unwrap().set_modified(written).unwrap();
    the_dated_copy_is_read([&zipped, &plain], "a-backup.zip!mail.log has the same content as");
    let _ = std::fs::remove_dir_all(&dir);
}

/// A census of two copies of a log over New Year, in either order, reads
/// one: the dated one, whose RFC 3164 stamps get their year; `note` is on
/// stderr.
fn the_dated_copy_is_read(paths: [&std::path::Path; 2], note: &str) {
    for paths in [paths, [paths[1], paths[0]]] {
        let out = mailtriage().args(["census", "--format", "json", "--no-progress"]).args(paths).output().unwrap();
        let doc: Value = serde_json::from_slice(&out.stdout).expect("census JSON");
        assert_eq!((&doc["files"], &doc["sessions"]), (&Value::from(1), &Value::from(2)), "one copy read: {doc}");
        let e = &doc["endpoints"][0];
        assert_eq!(
            (e["first_seen"].as_str(), e["last_seen"].as_str()),
            (Some("2025-12-30T23:59:58"), Some("2026-01-01T00:00:01"))
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(note), "{err}");
    }
}

/// Of two plain files with the same bytes, one of mtime 0 (extracted from
/// a reproducible tarball) and one written in 2026, the dated one is read,
/// in either order: its RFC 3164 stamps get their year.
#[test]
fn of_two_plain_copies_the_dated_one_is_read() {
    let dir = fresh_dir("dated-plain-copy");
    let log = ["Dec 30 23:59:58", "Jan  1 00:00:01"]
        .map(|t| format!("{t} mx postfix/smtpd[1]: Anonymous TLS connection established from unknown[192.0.2.9]: TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)\n"))
        .concat();
    let undated = dir.join("extracted.log");
    let dated = dir.join("mail.log");
    for (p, secs) in [(&undated, 0), (&dated, 1_768_046_400)] {
        std::fs::write(p, &log).unwrap();
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs);
        std::fs::File::options().write(true).open(p).unwrap().set_modified(t).unwrap();
    }
    the_dated_copy_is_read(
        [&undated, &dated],
        &format!("{} has the same content as {}", undated.display(), dated.display()),
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Copies read once are named on stderr twenty at most; the others are
/// counted on one line (a zip of 100 000 bounces that repeat 374 messages
/// wrote 99 626 lines).
#[test]
fn copies_read_once_are_named_twenty_at_most() {
    use std::io::Write;
    // Not `copies`: another test's folder.
    let dir = fresh_dir("copy-notes");
    let line = "Jan 20 10:00:00 mx postfix/smtpd[1]: Anonymous TLS connection established from unknown[192.0.2.7]: TLSv1 with cipher AES256-SHA (256/256 bits)\n";
    let mut w = zip::ZipWriter::new(std::fs::File::create(dir.join("copies.zip")).unwrap());
    for k in 0..30 {
        w.start_file(format!("mail.log.{k}"), zip::write::SimpleFileOptions::default()).unwrap();
        w.write_all(line.as_bytes()).unwrap();
    }
    w.finish().unwrap();
    let out = mailtriage().args(["census", "--format", "json", "--no-progress"]).arg(&dir).output().unwrap();
    let doc: Value = serde_json::from_slice(&out.stdout).expect("census JSON");
    assert_eq!(doc["sessions"], 1, "one copy read");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.matches("has the same content as").count(), 20, "{err}");
    assert!(
        err.contains("mailtriage: 9 more inputs have the same content as one before them: each read once"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
