//! One nom module per input format. Each parser is named after the rule it
//! parses and documents its grammar or a real sample line.

pub mod dsn;
pub mod ndr;
pub mod protolog;
pub mod queue;
pub mod registry;
pub mod smtp;
pub mod syslog;
pub mod w3c;
pub mod wordings;
