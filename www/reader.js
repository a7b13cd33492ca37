// The slice reader: a worker of the parsing worker (src/worker.rs). A
// Blob read that the parsing worker starts itself only advances while that
// worker is idle, so reading and parsing took turns; this worker reads the
// file's slices and transfers each (no copy) to the parser, in file order.
// It keeps up to `ahead` reads in flight or delivered but not yet taken
// (the parser grants one more per slice it takes), so memory stays bounded.
// Reads are asynchronous and overlap: one FileReaderSync read at a time
// delivered 285 MB/s of 4 MiB slices in headless Chromium on the bench VM,
// four overlapping Blob.arrayBuffer() reads 650 MB/s or more (README,
// Performance). The parser asks for 16 MiB slices (READ_SLICE in
// src/worker.rs), as Chromium pays a fixed cost per read. Nothing here
// leaves the browser: it only reads the File it is handed.
'use strict';
let job = null;
// Each read's delivery waits for the one before it, so slices arrive in order.
let delivered = Promise.resolve();

function pump() {
  const j = job;
  while (j && job === j && j.credit > 0 && j.pos < j.end) {
    const end = Math.min(j.pos + j.slice, j.end);
    let read;
    try {
      read = j.blob.slice(j.pos, end).arrayBuffer();
    } catch (err) {
      read = Promise.reject(err);
    }
    j.pos = end;
    j.credit -= 1;
    delivered = delivered.then(() => read).then(
      (buf) => { if (job === j) postMessage({ buf, end }, [buf]); },
      (err) => {
        if (job !== j) return;
        postMessage({ error: String((err && err.message) || err) });
        job = null;
      },
    );
  }
}

onmessage = (e) => {
  const m = e.data;
  if (m.blob) {
    job = { blob: m.blob, pos: m.start, end: m.end, slice: m.slice, credit: m.ahead };
  } else if (job && m.more) {
    job.credit += m.more;
  }
  pump();
};
