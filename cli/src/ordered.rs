//! The reports of inputs read in parallel, written in input order as they
//! come, so that memory holds only what is not written yet: `triage` of a
//! zip of 100 000 bounces held all their reports until the end (307 MB).
//!
//! The pieces (rendered reports) of the input being written, the head (every
//! input before it is done), are written at once by the thread that read
//! them; the others are held until it is their turn, and a thread whose
//! pieces would be held while more than a limit of bytes are held already
//! waits until its input is the head, or until the held bytes drop. Inputs
//! are handed out in order (`input::parallel`), so the head's own thread
//! never waits and the writing always moves on. The threads write under one
//! lock, with no writing thread of their own: handing each input's pieces to
//! one cost a wake-up each, 5 ms more on the 374 messages of the Sisimai
//! corpus (twice the system time).

use std::collections::BTreeMap;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// Writes pieces in input order through `write` (see the module).
pub struct InOrder<W> {
    state: Mutex<State<W>>,
    moved: Condvar,
    limit: usize,
}

struct State<W> {
    write: W,
    /// The head.
    next: usize,
    /// Held pieces and whether their input is done, by input.
    waiting: BTreeMap<usize, (Vec<String>, bool)>,
    /// Bytes of the held pieces.
    held: usize,
    /// Threads waiting for their turn or for room.
    waiters: usize,
    /// The first failed write: the writing stops there, the reading does not
    /// (threads must not wait on a head that can no longer be written).
    result: std::io::Result<()>,
}

impl<W: FnMut(&str) -> std::io::Result<()>> State<W> {
    fn write_all(&mut self, pieces: &[String]) {
        for p in pieces {
            if self.result.is_ok() {
                self.result = (self.write)(p);
            }
        }
    }
}

impl<W: FnMut(&str) -> std::io::Result<()>> InOrder<W> {
    /// Holds at most about `limit` bytes for inputs that are not the head.
    pub fn new(limit: usize, write: W) -> Self {
        let state = State { write, next: 0, waiting: BTreeMap::new(), held: 0, waiters: 0, result: Ok(()) };
        InOrder { state: Mutex::new(state), moved: Condvar::new(), limit }
    }

    fn lock(&self) -> MutexGuard<'_, State<W>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Pieces of input `index`, in order: written now if it is the head,
    /// else held (first waiting while the held bytes are over the limit).
    pub fn put(&self, index: usize, pieces: Vec<String>) {
        let mut s = self.lock();
        while s.next != index && s.held > self.limit {
            s.waiters += 1;
            s = self.moved.wait(s).unwrap_or_else(PoisonError::into_inner);
            s.waiters -= 1;
        }
        if s.next == index {
            s.write_all(&pieces);
        } else {
            s.held += pieces.iter().map(String::len).sum::<usize>();
            s.waiting.entry(index).or_default().0.extend(pieces);
        }
    }

    /// Input `index` has no more pieces: the head moves past every input
    /// that is done, writing what was held of each, and of the one it
    /// stops at.
    pub fn done(&self, index: usize) {
        let mut s = self.lock();
        s.waiting.entry(index).or_default().1 = true;
        let before = s.next;
        loop {
            let next = s.next;
            let Some((pieces, done)) = s.waiting.remove(&next) else { break };
            s.held -= pieces.iter().map(String::len).sum::<usize>();
            s.write_all(&pieces);
            if !done {
                break;
            }
            s.next += 1;
        }
        if s.next != before && s.waiters > 0 {
            self.moved.notify_all();
        }
    }

    /// Writes what is still held (inputs that never said they were done: a
    /// thread that died), in input order; the first write error, if any.
    pub fn finish(self) -> std::io::Result<()> {
        let mut s = self.state.into_inner().unwrap_or_else(PoisonError::into_inner);
        for (pieces, _) in std::mem::take(&mut s.waiting).into_values() {
            s.write_all(&pieces);
        }
        s.result
    }
}

/// Says its input is done when dropped: an input ends however its work
/// does (an error, a panic), or the inputs after it would wait for ever.
pub struct DoneOnDrop<'a, W: FnMut(&str) -> std::io::Result<()>>(pub &'a InOrder<W>, pub usize);

impl<W: FnMut(&str) -> std::io::Result<()>> Drop for DoneOnDrop<'_, W> {
    fn drop(&mut self) {
        self.0.done(self.1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Three threads take 40 inputs in turn (as `input::parallel` hands
    /// them out); later inputs are quicker, so they finish while earlier
    /// ones are read. The writer fails after `fail_after` pieces. Returns
    /// what was written, the result, and the bytes left held.
    fn run(limit: usize, fail_after: usize) -> (String, std::io::Result<()>) {
        let out = Mutex::new(String::new());
        let mut pieces = 0;
        let order = InOrder::new(limit, |t: &str| {
            pieces += 1;
            if pieces > fail_after {
                return Err(std::io::Error::other("reader gone"));
            }
            out.lock().unwrap().push_str(t);
            Ok(())
        });
        let next = AtomicUsize::new(0);
        std::thread::scope(|w| {
            for _ in 0..3 {
                w.spawn(|| {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        if i >= 40 {
                            break;
                        }
                        let _done = DoneOnDrop(&order, i);
                        for k in 0..(40 - i) % 7 {
                            std::thread::sleep(std::time::Duration::from_micros((i % 5) as u64 * 50));
                            order.put(i, vec![format!("[{i}.{k}]"), String::new()]);
                        }
                    }
                });
            }
        });
        assert_eq!(order.lock().held, 0);
        let result = order.finish();
        (out.into_inner().unwrap(), result)
    }

    #[test]
    fn pieces_come_out_in_input_order() {
        let want: String = (0..40).flat_map(|i| (0..(40 - i) % 7).map(move |k| format!("[{i}.{k}]"))).collect();
        for limit in [0, 10, 1 << 20] {
            let (out, result) = run(limit, usize::MAX);
            assert_eq!(out, want, "limit {limit}");
            assert!(result.is_ok());
        }
    }

    /// A writer that fails leaves no thread waiting, and its error is
    /// returned.
    #[test]
    fn a_failed_write_leaves_no_thread_waiting() {
        let (out, result) = run(0, 6);
        assert_eq!(out, "[0.0][0.1][0.2]");
        assert!(result.is_err());
    }
}
