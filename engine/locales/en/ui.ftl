app-title = Mail Triage
app-tagline = Paste a bounce, a queue error or an SMTP log: get the cause and the fix.
privacy-note = Everything runs in this page. Nothing you paste or drop leaves your computer.
input-label = Paste an NDR, DSN, Queue Viewer error or protocol-log lines
input-placeholder = e.g. 421 4.4.2 Connection dropped due to SocketError
file-label = Or open files
lang-label = Language
samples-label = Samples
sample-seed = Exchange Online TLS 1.0/1.1 errors
findings-heading = Findings
no-findings = No known error found in this input.
empty-input = Paste or drop something to analyse.
report-no-input = No input was read.
cause-heading = Cause
fix-heading = How to fix it
references-heading = References
artifacts-heading = Downloads
evidence-heading = Evidence
download = Download
copy = Copy
copied = Copied
count = { $count ->
    [one] { $count } occurrence
   *[other] { $count } occurrences
}
severity-critical = Critical
severity-error = Error
severity-warning = Warning
severity-info = Info
applies-to = Applies to
reason = Reason
stats-lines = { $lines ->
    [one] { $lines } line read
   *[other] { $lines } lines read
}, { $unrecognised } without a recognised error
note-binary = This looks like a binary file; it was not analysed.
note-compressed = It is compressed with { $format }, which this tool does not read: decompress it and give the result (a .gz, .zip or .tar is read as it is).
note-lossy = Some bytes were not valid UTF-8; they are shown as �.
note-lossy-decoded = Some lines were not UTF-8; they were read as { $charset }, the Windows code page their bytes point to (a guess: check the text).
note-utf16 = The input was UTF-16 text and was decoded.
note-truncated = { $count ->
    [one] { $count } very long line was read in pieces of at most 64 KiB; an error split between two pieces may be missed.
   *[other] { $count } very long lines were read in pieces of at most 64 KiB; an error split between two pieces may be missed.
}
note-empty = The input is empty.
note-recipients-grouped = { $count ->
    [one] Past 1 000 findings, { $count } more failure was counted under its error and server, without its recipient.
   *[other] Past 1 000 findings, { $count } more failures were counted under their error and server, without their recipients.
}
note-too-many = { $count ->
    [one] { $count } more distinct finding was counted but not listed.
   *[other] { $count } more distinct findings were counted but not listed.
}
unrecognised-heading = Lines without a recognised error
unclassified-title = Error without a specific rule
location = line { $line }
affected = Affected
clear = Clear
restore-input = Put back your text
note-message-too-large = The message is larger than 48 MiB; it was read as plain text lines instead of MIME.
note-message-too-deep = The message holds more than { $count } attached messages; it was read as plain text lines instead of MIME.
note-message-too-many-parts = The message has more than { $count } MIME parts; it was read as plain text lines instead of MIME.
note-mime-unreadable = The message's MIME parts could not be told apart (a multipart without its boundary); it was read as plain text lines.
note-bad-message = This Outlook .msg file could not be read (damaged or not a message).
note-archive = The compressed file is damaged or cut short; everything that could be read was analysed. Technical detail: { $problem }
note-archive-member = This member of the archive could not be opened (encrypted, compressed with a method this tool does not read, or a zip inside over the size limit or nested too deeply), so nothing of it was analysed. Technical detail: { $problem }
note-cancelled = Reading was cancelled part-way through this file: only its first part was analysed, so findings further on are missing. Open the file again to read all of it.
note-tls12-works = { $count ->
    [one] In this log, this server negotiated TLS 1.2 (or 1.3) with 1 host before its TLS handshakes failed with SocketError: TLS 1.2 works to that host, so those failures are intermittent (the network path, a firewall or proxy that inspects SMTP or TLS, or the remote side), not a missing protocol. Check the network and this connector's other source servers before changing SCHANNEL.
   *[other] In this log, this server negotiated TLS 1.2 (or 1.3) with { $count } hosts before their TLS handshakes failed with SocketError: TLS 1.2 works to them, so those failures are intermittent (the network path, a firewall or proxy that inspects SMTP or TLS, or the remote side), not a missing protocol. Check the network and this connector's other source servers before changing SCHANNEL.
}
note-tls12-elsewhere = { $count ->
    [one] In this log, this server had already negotiated TLS 1.2 (or 1.3) as the client with another host when the TLS handshakes of 1 host failed with SocketError: TLS 1.2 is enabled on the server that wrote this log, so those failures come from that host's side, the network path (a firewall or proxy that inspects SMTP or TLS) or the cipher suites the two sides share, not from a missing protocol here. Check that host's TLS settings, the path and this server's cipher suites before changing SCHANNEL.
   *[other] In this log, this server had already negotiated TLS 1.2 (or 1.3) as the client with another host when the TLS handshakes of { $count } hosts failed with SocketError: TLS 1.2 is enabled on the server that wrote this log, so those failures come from those hosts' side, the network path (a firewall or proxy that inspects SMTP or TLS) or the cipher suites the two sides share, not from a missing protocol here. Check those hosts' TLS settings, the path and this server's cipher suites before changing SCHANNEL.
}
note-tls12-server-works = { $count ->
    [one] In this log, this server had already negotiated TLS 1.2 (or 1.3) as the server with another client when the TLS handshakes of 1 client failed with SocketError: TLS 1.2 is enabled for receiving on this server, so that client most likely offers only TLS 1.0/1.1 or cipher suites this server does not accept. Update or reconfigure the client (or send it through another connector) rather than changing SCHANNEL here.
   *[other] In this log, this server had already negotiated TLS 1.2 (or 1.3) as the server with another client when the TLS handshakes of { $count } clients failed with SocketError: TLS 1.2 is enabled for receiving on this server, so those clients most likely offer only TLS 1.0/1.1 or cipher suites this server does not accept. Update or reconfigure the clients (or send them through another connector) rather than changing SCHANNEL here.
}
pasted-text = Pasted text
kind-exchange-ndr = Exchange NDR
kind-dsn = Delivery status notification
kind-queue-error = Queue error
kind-protocol-log = SMTP protocol log
kind-syslog = MTA log
kind-windows-event = Windows event
kind-text = Text

## findings
skip-to-findings = Skip to the findings
redact-label = Redact addresses and host names
redact-note = E-mail addresses, IP addresses and host names are replaced by stable tokens in the findings and in exports.
export-heading = Export
export-json = JSON
export-csv = CSV
export-md = Markdown
export-print = Print
export-report-title = Mail Triage report
export-col-severity = Severity
export-col-rule = Rule
export-col-codes = Codes
export-col-count = Count
export-col-lines = Lines
export-col-seen = Seen
export-col-affected = Affected
export-col-title = Finding
first-seen = First seen
last-seen = Last seen
copy-step = Copy step { $step }
copy-failed = Copy failed
show-artifact = Show contents
more-evidence = { $count ->
    [one] { $count } more occurrence is counted but not shown.
   *[other] { $count } more occurrences are counted but not shown.
}
sample-o365-ndr = Exchange Online NDR (5.4.316, 5.1.1, 4.4.317)
sample-dsn = RFC 3464 DSN from Postfix and Exim
sample-queue = Queue Viewer / Get-Queue LastError
sample-send-log = Exchange Send protocol log
sample-recv-log = Exchange Receive protocol log
sample-postfix = Postfix syslog TLS lines
sample-schannel = Schannel events (36874, 36888, 36871)

## pipeline
pipeline-dropzone = Drop files or whole folders here (.log, .txt, .eml, .msg, .gz, .zip, .tar). They are read in this page, in slices.
pipeline-folder-label = Or open a folder
pipeline-reading = File { $index } of { $files }:
pipeline-progress-label = Reading progress
pipeline-rate = { $done } of { $total } · { $rate } · { $left } left
pipeline-estimating = { $done } of { $total } · estimating speed and time left…
pipeline-cancel = Cancel
pipeline-done = { $files ->
    [one] 1 file read
   *[other] { $files } files read
}: { $size } in { $time } ({ $rate }).
pipeline-drawing = Reading done; showing the results…
pipeline-done-quick = { $files ->
    [one] 1 file read
   *[other] { $files } files read
}: { $size } in { $time }.
pipeline-done-paste = Pasted text read: { $size } in { $time }.
pipeline-cancelled = Cancelled while reading { $name } (file { $index } of { $files }), after { $read } of { $total }. The findings and TLS census of that file cover only the part read so far.
pipeline-cancelled-before = Cancelled after { $read } of { $total }, before { $name } (file { $index } of { $files }) was opened: the files before it were read in full.
pipeline-cancelled-unread = { $count ->
    [one] 1 more file was not read.
   *[other] { $count } more files were not read.
}
pipeline-already-read = { $count ->
    [one] Read before (same name, size and date): its report is read again, but the TLS census does not count its connections twice. Press Clear to count it anew:
   *[other] Read before (same name, size and date): their reports are read again, but the TLS census does not count their connections twice. Press Clear to count them anew:
}
pipeline-queued = { $count ->
    [one] Queued after the files being read (1 file):
   *[other] Queued after the files being read ({ $count } files):
}
pipeline-crashed = The parser stopped unexpectedly and was restarted. The files it was reading were not analysed; you can open them again.
pipeline-silent = The parser stopped answering (30 s without a word) and was restarted. The files it was reading were not analysed; you can open them again.
pipeline-read-error = A file could not be read:
pipeline-error-gzip = A .gz file is damaged or cut short: it could not be decompressed to the end. Everything before the damage was analysed. Technical detail:
pipeline-error-zip = A .zip archive could not be read: it is damaged, cut short or not a zip archive. Members that could be read were analysed. Technical detail:
pipeline-dismiss = Dismiss
logs-heading = TLS census of the protocol logs
logs-timeline-heading = Findings over time
logs-summary = { $sessions ->
    [one] { $sessions } SMTP session
   *[other] { $sessions } SMTP sessions
} in { $files ->
    [one] { $files } file
   *[other] { $files } files
} from { $endpoints ->
    [one] { $endpoints } remote endpoint
   *[other] { $endpoints } remote endpoints
}; { $legacy ->
    [one] { $legacy } of them still negotiates TLS 1.0 or 1.1.
   *[other] { $legacy } of them still negotiate TLS 1.0 or 1.1.
}
logs-filter-label = Filter
logs-filter-placeholder = IP, host name, TLS1.0, legacy…
logs-click-hint = Click a column heading to sort, a row to see its sessions and their SMTP conversation.
logs-export-label = Export census
logs-table-label = Census table
logs-col-ip = Remote IP
logs-ip-unknown = unknown
logs-col-direction = Direction
logs-col-host = Host (EHLO)
logs-col-sessions = Sessions
logs-col-failures = TLS failures
logs-col-refusals = STARTTLS refused
logs-col-plain = Without TLS
logs-col-last-seen = Last seen
logs-col-time = Time
logs-col-event = Event
logs-col-data = Data
logs-col-context = Context
logs-direction-inbound = Inbound
logs-direction-outbound = Outbound
logs-direction-either = Unknown
logs-legacy-badge = legacy TLS
logs-no-match = No endpoint matches the filter.
logs-shown = Showing { $shown } of { $total ->
    [one] { $total } endpoint
   *[other] { $total } endpoints
}; filter to narrow the list.
logs-sessions-not-kept = { $count ->
    [one] { $count } more session was counted but not kept for viewing.
   *[other] { $count } more sessions were counted but not kept for viewing.
}
logs-late-rows = Rows that named a session already ended: { $count } (a row or a whole session written twice, or rows after its disconnect). They were read, not counted as new sessions.
logs-sessions-heading = Sessions of
logs-no-kept = No session of this endpoint was kept for viewing (only a sample of sessions is kept).
logs-session-heading = SMTP conversation of session
logs-session-failure = TLS failure
logs-session-no-tls = no TLS
logs-session-file = File
logs-session-time = Time
logs-session-incomplete = Some rows of this session are missing: the log starts or ends in the middle of it.
logs-session-truncated = The conversation was cut at 16 KiB.
chart-tls-title = Share of TLS versions (sessions)
chart-tls-failed = Handshake failed
chart-tls-plain = Without TLS
chart-timeline-title = Findings per hour (as logged)
chart-timeline-empty = No finding in these inputs has a time stamp.
chart-other = Other errors
logs-census-partial = Reading was cancelled: this census counts only the part of the logs read before that.
unit-b = B
unit-kb = KB
unit-mb = MB
unit-gb = GB
unit-rate = { $size }/s
unit-s = { $n } s
unit-min-s = { $m } min { $s } s
unit-h-min = { $h } h { $m } min
quiet-inputs = Inputs with no known error: { $count }
quiet-not-listed = Not listed here: { $count } (every input is in the exports)
more-reports = Show more inputs ({ $count } not shown)
paste-aside = The pasted text ({ $size }) is too big for this box: it was analysed in full below, but is not shown here. To read it again, drop it as a file.
# The CLI's text output in a language other than English (English keeps its
# own fixed words for scripts).
cli-lines = { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
}
cli-finding-at = { $count }×, line { $line }
cli-file = File
cli-explained-above = (explained above)
cli-note = note
cli-evidence-line = line { $line }
cli-census-rows = { $rows ->
    [one] { $rows } row read
   *[other] { $rows } rows read
}
cli-col-other = Other
cli-col-incomplete = Incomplete
cli-col-legacy = Legacy
ref-reason-wording = wording that means this reason
ref-provider-wording = provider-specific wording
ref-mta-wording = MTA-specific wording
paste-analysed = { $count ->
    [0] The pasted text was analysed: no known error found.
    [one] The pasted text was analysed: { $count } finding.
   *[other] The pasted text was analysed: { $count } findings.
}
