// Word lists searched for with automata that `build.rs` makes: this file is
// a module of the engine (`grammar::wordings`) and is also included by
// `build.rs`, which reads the same lists. Every word is lowercase; the
// searches fold ASCII case.

use super::smtp::Command;

/// How MTAs name the command a reply answered: Postfix `(in reply to RCPT TO
/// command)`, Exim `SMTP error from remote mail server after end of data`, a
/// Sendmail transcript `>>> DATA`, qmail `most progress was RCPT TO response`.
pub const COMMAND_WORDING: &[(&str, Command)] = &[
    ("in reply to rcpt to command", Command::Rcpt),
    ("in reply to rcpt command", Command::Rcpt),
    ("in reply to end of data command", Command::EndOfData),
    ("in reply to data command", Command::Data),
    ("in reply to mail from command", Command::Mail),
    ("in reply to mail command", Command::Mail),
    ("in reply to ehlo command", Command::Helo),
    ("in reply to helo command", Command::Helo),
    ("after rcpt to:", Command::Rcpt),
    ("after rcpt command", Command::Rcpt),
    ("after end of data", Command::EndOfData),
    ("after data command", Command::Data),
    ("after mail from:", Command::Mail),
    ("after ehlo", Command::Helo),
    ("after helo", Command::Helo),
    (">>> rcpt to:", Command::Rcpt),
    (">>> data", Command::Data),
    (">>> mail from:", Command::Mail),
    (">>> ehlo", Command::Helo),
    (">>> helo", Command::Helo),
    ("rcpt to response", Command::Rcpt),
    ("[rcpt_to]", Command::Rcpt),
    ("smtp:rcpt ", Command::Rcpt),
    ("[mail_from]", Command::Mail),
];

/// Words that tell what a plain line is, any case, by the kind they mark:
/// an Exchange queue error's endpoint, an NDR's diagnostic section, a
/// syslog line of an MTA, a Windows event of SChannel or Exchange.
pub const LINE_MARKERS: &[(&str, u8)] = &[
    ("primary target ip address", MARK_QUEUE),
    // `Get-Queue | fl`'s and `Get-Message | fl`'s field (QA round 39: a
    // plain `LastError : 421 4.4.2 …` was read as an NDR's line).
    ("lasterror", MARK_QUEUE),
    ("primary outbound frontend ip address", MARK_QUEUE),
    ("remote server returned", MARK_NDR),
    ("generating server:", MARK_NDR),
    ("diagnostic information for administrators", MARK_NDR),
    // The same in Exchange's NDRs in the readers' languages (their first
    // letter left out: the markers fold ASCII case only).
    ("даленный сервер вернул", MARK_NDR),
    ("даленный сервер возвратил", MARK_NDR),
    // Without its first word, as a shortened copy has it (QA round 31).
    ("server returned '", MARK_NDR),
    ("远程服务器返回", MARK_NDR),
    ("áy chủ từ xa trả về", MARK_NDR),
    ("áy chủ từ xa đã trả về", MARK_NDR),
    ("nuotolinis serveris grąžino", MARK_NDR),
    ("serverul la distanță a returnat", MARK_NDR),
    // `#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##`
    (" ##", MARK_NDR),
    // Exchange Online's attempt line: `Server at mx (192.0.2.7) returned
    // '450 4.4.317 … [LastAttemptedServerName=mx] [LastAttemptedIP=192.0.2.7:25] …'`.
    ("[lastattemptedip=", MARK_NDR),
    ("postfix/", MARK_SYSLOG),
    ("sendmail[", MARK_SYSLOG),
    (" exim", MARK_SYSLOG | MARK_EXIM),
    ("smtpd[", MARK_SYSLOG),
    // Debian's and Ubuntu's Sendmail daemon.
    ("sm-mta[", MARK_SYSLOG),
    // Dovecot's login processes name their client `rip=` (`imap-login:
    // Disconnected …: user=<>, rip=203.0.113.95, lip=192.0.2.1, TLS
    // handshaking: SSL_accept() failed: …`).
    (", rip=", MARK_SYSLOG | MARK_DOVECOT),
    // Exim's main log names no program: its TLS fields and error mark it.
    (" x=tls", MARK_SYSLOG | MARK_EXIM),
    (" x=ssl", MARK_SYSLOG | MARK_EXIM),
    ("tls error on connection", MARK_SYSLOG | MARK_EXIM),
    // Exim's smtp transport failing TLS (see `syslog::exim_client_failure`).
    ("tls session: (", MARK_SYSLOG | MARK_EXIM),
    ("tls session failure:", MARK_SYSLOG | MARK_EXIM),
    ("a tls session is required, but", MARK_SYSLOG | MARK_EXIM),
    ("schannel", MARK_WINDOWS),
    ("tls protocol defined fatal", MARK_WINDOWS),
    ("msexchangetransport", MARK_WINDOWS),
    // IIS SMTP Service rows of its own deliveries (`grammar::w3c`), pasted
    // without their `#Fields` header.
    ("outboundconnectionresponse", MARK_IIS),
    ("outboundconnectioncommand", MARK_IIS),
    // Its clients' rows name the site (`SMTPSVC1`) after the client.
    (" smtpsvc", MARK_IIS),
];
pub const MARK_QUEUE: u8 = 1;
pub const MARK_NDR: u8 = 2;
pub const MARK_SYSLOG: u8 = 4;
pub const MARK_WINDOWS: u8 = 8;
/// With [`MARK_SYSLOG`]: a line of Exim's (its own forms are looked for only there).
pub const MARK_EXIM: u8 = 16;
/// With [`MARK_SYSLOG`]: a line of Dovecot's naming its client (`rip=`).
pub const MARK_DOVECOT: u8 = 32;
/// A row of the IIS SMTP Service's W3C log (see [`super::w3c`]).
pub const MARK_IIS: u8 = 64;
