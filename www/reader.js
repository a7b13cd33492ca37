// The slice reader: a worker of the parsing worker (src/worker.rs). A
// Blob read that the parsing worker starts itself only advances while that
// worker is idle, so reading and parsing took turns; this worker reads the
// file's slices with FileReaderSync and transfers each (no copy) to the
// parser, at most `ahead` slices before it asks for more. Nothing here
// leaves the browser: it only reads the File it is handed.
'use strict';
let job = null;

onmessage = (e) => {
  const m = e.data;
  if (m.blob) {
    job = { blob: m.blob, pos: m.start, end: m.end, slice: m.slice, credit: m.ahead, reader: new FileReaderSync() };
  } else if (job && m.more) {
    job.credit += m.more;
  }
  while (job && job.credit > 0 && job.pos < job.end) {
    const end = Math.min(job.pos + job.slice, job.end);
    let buf;
    try {
      buf = job.reader.readAsArrayBuffer(job.blob.slice(job.pos, end));
    } catch (err) {
      postMessage({ error: String((err && err.message) || err) });
      job = null;
      return;
    }
    job.pos = end;
    job.credit -= 1;
    postMessage({ buf, end }, [buf]);
  }
};
