//! Mail Triage engine: turns bounces, queue errors, protocol logs and event
//! text into findings with a documented cause and fix.
//!
//! Layers, like a searcher/printer split: [`framing`] (bytes → lines) →
//! [`grammar`] (one nom module per format) → [`analyze`] (occurrences and
//! classification against the [`kb`]) → [`report`]. No web dependencies: the
//! same code runs natively (CLI, tests, fuzzing, benches) and in wasm.
#![forbid(unsafe_code)]

pub mod analyze;
pub mod archive;
mod bytemask;
pub mod census;
pub mod export;
pub mod framing;
mod gbk;
pub mod grammar;
pub mod i18n;
pub mod kb;
pub mod message;
mod needles;
pub mod records;
pub mod redact;
pub mod report;
pub mod session;
pub mod synth;
pub mod types;

pub use analyze::{Analyzer, analyze};
pub use report::{Finding, InputReport, Note};
