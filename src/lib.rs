//! Mail Triage web app (Yew). Thin: all analysis is in `mailtriage-engine`.
//!
//! Stable test hooks (`data-testid`): `input` (paste box), `file-input`,
//! `finding` (with `data-rule`), `lang`.

pub mod charts;
pub mod findings;
pub mod logs;
pub mod pipeline;
pub mod state;
pub mod steps;
pub mod text;
pub mod view;
pub mod worker;

pub use view::App;
