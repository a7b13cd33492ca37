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
    let read = |mut c: Census| {
        c.begin_file("SEND1.LOG");
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
});
