//! Census and archive entry points: any bytes, split into two "files" at
//! any point (sessions straddling files), read sequentially and merged in
//! parallel style — never a panic, and both ways count the same sessions
//! unless a session id came back after its session had ended (a session
//! written twice, one copy in each file, is counted by each file's census
//! before the merge can see it; read in order, the second copy is late).
//! A census that keeps no sample of sessions, or none of the sessions no
//! sample can take, reads less of each session: it counts the same.
#![no_main]
use libfuzzer_sys::fuzz_target;
use mailtriage_engine::{
    archive,
    census::{Census, CensusReport},
};

fuzz_target!(|data: &[u8]| {
    let cut = data.first().map_or(0, |b| *b as usize % (data.len().max(1)));
    let (a, b) = data.split_at(cut);
    // The first file's date, for its syslog stamps without a year: any
    // time, far past and far future too.
    let written = data.get(1..9).map(|w| i64::from_le_bytes(w.try_into().unwrap_or([0; 8])));
    let read = |mut c: Census| {
        c.begin_file("SEND1.LOG");
        if let Some(w) = written {
            c.written_at(w);
        }
        c.feed(a);
        c.begin_file("SEND2.LOG");
        c.feed(b);
        c.finish()
    };
    let seq = read(Census::new());
    // A census that keeps no sample reads only what it counts: the counts
    // are the same.
    let lean = read(Census::without_sessions());
    assert_eq!(
        CensusReport { kept_sessions: Vec::new(), sessions_not_kept: 0, ..seq.clone() },
        CensusReport { sessions_not_kept: 0, ..lean }
    );
    let unsampled = read(Census::new().lean_when_unsampled());
    assert_eq!(
        (&unsampled.endpoints, unsampled.sessions, &unsampled.protocols, unsampled.rows, unsampled.late_rows),
        (&seq.endpoints, seq.sessions, &seq.protocols, seq.rows, seq.late_rows)
    );
    let mut pa = Census::new();
    pa.begin_file("SEND1.LOG");
    pa.feed(a);
    let mut pb = Census::new();
    pb.begin_file("SEND2.LOG");
    pb.feed(b);
    pb.merge(pa);
    let par = pb.finish();
    if seq.late_rows == 0 {
        assert_eq!(seq.sessions, par.sessions);
    }
    let mut g = archive::Gunzip::new();
    let _ = g.feed(data, &mut |_| {});
    let _ = g.finish(&mut |_| {});
    let _ = archive::zip_entries(std::io::Cursor::new(data), &mut |_, _| {});
    // The unpacker (tars, zips in a stream), on the bytes as they are and
    // behind a ustar header (so its member parsing is reached; a member that
    // starts `PK` is opened as a zip), in two chunks cut anywhere: the same
    // inputs, with the same times, either way, every Begin ended once.
    let mut header = [0u8; 512];
    header[..4].copy_from_slice(b"a.gz");
    header[124..135].copy_from_slice(format!("{:011o}", a.len()).as_bytes());
    header[156] = b'0';
    header[257..263].copy_from_slice(b"ustar\0");
    header[148..156].copy_from_slice(b"        ");
    let sum: u32 = header.iter().map(|&x| u32::from(x)).sum();
    header[148..155].copy_from_slice(format!("{sum:06o}\0").as_bytes());
    let tarred = [&header[..], a, &vec![0u8; (512 - a.len() % 512) % 512], b].concat();
    for input in [data, &tarred[..]] {
        let split = |chunks: &[&[u8]]| {
            let mut t = archive::Unpack::new("!");
            let mut events = Vec::new();
            let mut open = false;
            let mut out = |e: archive::Event<'_>| {
                match &e {
                    archive::Event::Begin(n, written) => {
                        assert!(!open, "begun twice");
                        open = true;
                        events.push(format!("B{n} {written:?}"));
                    }
                    archive::Event::Chunk(c) => {
                        assert!(open, "chunk outside an input");
                        events.push(format!("C{}", c.len()));
                    }
                    archive::Event::End(p) => {
                        assert!(open, "ended twice");
                        open = false;
                        events.push(format!("E{p:?}"));
                    }
                }
            };
            t.event(archive::Event::Begin("x.tar", None), &mut out);
            for c in chunks {
                t.event(archive::Event::Chunk(c), &mut out);
            }
            t.event(archive::Event::End(None), &mut out);
            assert!(!open, "an input left open");
            // Chunk sizes differ with the cut; names and ends do not.
            events.retain(|e| !e.starts_with('C'));
            events
        };
        let at = cut.min(input.len());
        assert_eq!(split(&[input]), split(&[&input[..at], &input[at..]]));
    }
});
