mta-tls-exim-cleartext-fallback = Exim's TLS session failed, so it delivered the message unencrypted
    .cause = The TLS handshake with the receiving host failed (the reason is in the brackets before "delivering unencrypted"). Because tls_tempfail_tryclear is true by default and the host is not in hosts_require_tls, Exim reconnected and sent the message in clear; delivery can still fail if the remote requires TLS before authentication.
    .fix-1 = Fix the reason shown: for "certificate verification failed" check tls_verify_certificates (system CA bundle) and the remote chain; Exim 4.93 and later check certificates more strictly. For OpenSSL errors see the matching TLS rule.
    .fix-2 = If mail to that host must be encrypted, add it to hosts_require_tls in the smtp transport so that Exim defers instead of sending in clear.
    .fix-3 = Update the CA bundle (ca-certificates package) if the remote certificate is valid but not trusted here.
mta-tls-version-too-low = The connecting client offered only a TLS version below this server's minimum (the client is too old)
    .cause = OpenSSL on the receiving side (Postfix smtpd, Exim, Dovecot) rejected the client hello because the highest version the client supports is below the server's minimum, typically a TLS 1.0/1.1-only client against a server that requires TLS 1.2. The minimum comes from the MTA's settings or from the system openssl.cnf (some distributions set MinProtocol = TLSv1.2).
    .fix-1 = Identify the client from the neighbouring lines (connect from, rip=) and upgrade it to TLS 1.2; that is the proper fix.
    .fix-2 = See where the floor is set: Postfix smtpd_tls_protocols and smtpd_tls_mandatory_protocols (postconf -n), Dovecot ssl_min_protocol, Exim openssl_options.
    .fix-3 = If the floor comes from MinProtocol in /etc/ssl/openssl.cnf and you must accept an old client for a while, set tls_config_file = none in main.cf (Postfix 3.9, 3.8.1, 3.7.6, 3.6.10, 3.5.20 or later, OpenSSL 1.1.1b or later) and set the versions in main.cf instead.
mta-tls-unsupported-protocol-inbound = Inbound TLS refused: the client's TLS version is not enabled on this server
    .cause = The receiving server (Postfix smtpd or submission, Dovecot, Exim, Sendmail) found no protocol version shared with the connecting client. Usually the client can only do TLS 1.0/1.1 while the server's floor is TLS 1.2 (in main.cf or in the distribution's openssl.cnf MinProtocol); less often the server's list excludes the version the client wants.
    .fix-1 = Find the client in the surrounding lines (SSL_accept error from, lost connection after STARTTLS from) and upgrade it to TLS 1.2.
    .fix-2 = Review smtpd_tls_protocols and smtpd_tls_mandatory_protocols with postconf -n; the recommended form is >=TLSv1.2, and with the old exclusion syntax keep the range contiguous. In Exim the floor is set by openssl_options (+no_tlsv1 +no_tlsv1_1) and by openssl.cnf.
    .fix-3 = Check MinProtocol in /etc/ssl/openssl.cnf: Postfix reads it by default (tls_config_file = default); tls_config_file = none lets main.cf alone decide.
mta-tls-unsupported-protocol-outbound = Outbound TLS failed: the remote server and our client share no TLS version
    .cause = When connecting out, OpenSSL could not agree on a version with the server: the server offers only versions below our minimum (an old server limited to TLS 1.0, for example) or our client is limited to versions the server has disabled.
    .fix-1 = Test the server: openssl s_client -starttls smtp -connect host:25 -tls1_2 (and -tls1 or -tls1_1) to see which versions it accepts.
    .fix-2 = Postfix: check smtp_tls_protocols (opportunistic TLS) and smtp_tls_mandatory_protocols (encrypt and above); Exim: openssl_options; Sendmail: ClientSSLOptions.
    .fix-3 = If the remote server is the old side, ask its owner to enable TLS 1.2; lower our floor only as a per-destination exception (protocols= in smtp_tls_policy_maps).
mta-tls-unsupported-protocol = TLS failed: no protocol version shared with the peer
    .cause = OpenSSL reported that the two sides have no TLS version in common. This line alone does not show which side is older; the neighbouring lines do (smtpd or SSL_accept = a client connected to us, smtp or SSL_connect = we connected out).
    .fix-1 = Find the peer in the surrounding lines and test it with openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-2 = Review smtpd_tls_protocols, smtp_tls_protocols and their _mandatory_ variants, and MinProtocol in openssl.cnf.
    .fix-3 = Upgrade whichever side is limited to TLS 1.0/1.1.
mta-tls-alert-protocol-version = The peer rejected our TLS version (alert 70, protocol_version)
    .cause = The other side answered our hello with alert 70: it does not accept the version we offered. Seen on a client, our side is usually the old one (only TLS 1.0/1.1 enabled, or an old OpenSSL or MTA); Exchange Online, for example, accepts only TLS 1.2 and later.
    .fix-1 = Check which versions our side offers (Postfix smtp_tls_protocols, Exim openssl_options, the application's TLS settings) and allow TLS 1.2.
    .fix-2 = Upgrade OpenSSL and the MTA or client if they cannot do TLS 1.2.
    .fix-3 = Retest with openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-4 = If this was a deliberate test of an old version (openssl s_client -tls1 or -tls1_1, swaks --tls-protocol) against Exchange Online or another current server, this refusal is the expected, healthy result; what matters is that the same test with -tls1_2 succeeds.
mta-tls-no-protocols-available = TLS could not start: no protocol version is left enabled on our side
    .cause = OpenSSL refused to start the handshake because the configuration excludes every version it supports, for example smtp_tls_protocols or smtp_tls_mandatory_protocols exclude all versions this OpenSSL build knows, or MinProtocol in openssl.cnf is above MaxProtocol.
    .fix-1 = Run postconf -n | grep protocols and make sure the result allows at least TLS 1.2 (e.g. smtp_tls_protocols = >=TLSv1.2).
    .fix-2 = Check MinProtocol and MaxProtocol in /etc/ssl/openssl.cnf; with tls_config_file = none Postfix ignores them.
    .fix-3 = Upgrade OpenSSL if it is too old to support TLS 1.2.
    .fix-4 = OpenSSL 3 refuses TLS 1.0 and 1.1 at its default security level (1, and 2 on Debian and Ubuntu), so a test of those versions (openssl s_client -tls1 or -tls1_1) ends with this error before anything is sent: it says nothing about the server. To test them, add -cipher 'DEFAULT@SECLEVEL=0'.
mta-tls-wrong-version-number = Plain SMTP and TLS were mixed on one connection (wrong port or wrapper mode)
    .cause = One side spoke plain SMTP while the other expected a TLS record, so OpenSSL read text as a version number. Typical cases: a client using STARTTLS on port 465, which expects implicit TLS, or implicit TLS on port 587 or 25; on an smtps (465) server, "unknown protocol" and "wrong version number" mean the client did not start with TLS.
    .fix-1 = Postfix as client on port 465: relayhost = [smtp.example.com]:465 with smtp_tls_wrappermode = yes and smtp_tls_security_level = encrypt; or use port 587 with STARTTLS instead.
    .fix-2 = Postfix as server: keep implicit TLS only on the smtps or submissions service in master.cf (-o smtpd_tls_wrappermode=yes) and STARTTLS on 25 and 587; tell clients which port uses which mode.
    .fix-3 = Check for a firewall or proxy that terminates or alters TLS on that port.
mta-tls-no-shared-cipher = No cipher suite in common with the client
    .cause = The server (Postfix smtpd, Dovecot, Exim) found no cipher suite it can use with the client's list. Either the lists do not overlap (server hardened to modern suites, client limited to old ones) or the server has no usable certificate and key for the suites offered: a missing or unreadable certificate produces this error too.
    .fix-1 = Check that the server certificate and key are configured and readable: Postfix smtpd_tls_cert_file and smtpd_tls_key_file (or smtpd_tls_chain_files), Dovecot ssl_cert and ssl_key.
    .fix-2 = Review the cipher settings: Postfix smtpd_tls_mandatory_ciphers, smtpd_tls_exclude_ciphers and tls_medium_cipherlist; Dovecot ssl_cipher_list; Exim tls_require_ciphers.
    .fix-3 = Identify the client (rip=, connect from) and upgrade it if it only offers obsolete suites.
mta-tls-alert-handshake-failure = The peer aborted the handshake with alert 40 (handshake_failure)
    .cause = The remote side found nothing acceptable in our hello: no shared cipher suite, signature algorithm or curve, or it required a client certificate that we did not send. When we are the client, our cipher list is usually too narrow or too old for the server.
    .fix-1 = Test the server with openssl s_client -starttls smtp -connect host:25 -tls1_2 and compare its suites with ours.
    .fix-2 = Postfix client: relax smtp_tls_mandatory_ciphers or smtp_tls_exclude_ciphers for that destination (ciphers= in smtp_tls_policy_maps); Exim: tls_require_ciphers.
    .fix-3 = Upgrade OpenSSL if it lacks the modern suites (ECDHE, AES-GCM) that the peer requires.
mta-tls-alert-unknown-ca = The peer does not trust the CA that issued the certificate we sent (alert 48)
    .cause = The other side could not chain our certificate to a root it trusts: the certificate is self-signed or from a private CA, or the intermediate certificates are not sent. Logged by smtpd, it means the connecting client rejected our server certificate.
    .fix-1 = Check what we send: openssl s_client -starttls smtp -connect our.host:25 -showcerts.
    .fix-2 = Serve the full chain: smtpd_tls_cert_file must contain the certificate followed by its intermediates (fullchain.pem), or use smtpd_tls_chain_files; likewise Exim tls_certificate.
    .fix-3 = Use a certificate from a public CA for internet-facing services.
mta-tls-alert-certificate-expired = The peer says the certificate we sent has expired (alert 45)
    .cause = The other side rejected our certificate because it is past its expiry date (or the peer's clock is wrong). The server or client certificate configured on this MTA needs renewal.
    .fix-1 = Check the dates: openssl x509 -in /path/to/cert.pem -noout -dates, for the file named in smtpd_tls_cert_file, smtp_tls_cert_file or Exim tls_certificate.
    .fix-2 = Renew the certificate (e.g. certbot renew) and make sure the MTA points to the renewed file.
    .fix-3 = Reload the service (postfix reload, or restart Exim or Dovecot) so that it uses the new certificate.
mta-tls-alert-bad-certificate = The peer rejected the certificate we presented (alert 42 or 46)
    .cause = The other side refused our certificate as bad (42) or as unacceptable for an unspecified reason (46): wrong host name, self-signed or untrusted issuer, incomplete chain, or a client certificate it did not expect.
    .fix-1 = Check our certificate as the peer sees it: openssl s_client -starttls smtp -connect our.host:25 -showcerts (or -connect our.host:993 for IMAPS).
    .fix-2 = Make sure the certificate covers the names clients use (subject alternative names) and that the chain is complete (fullchain file).
    .fix-3 = For Dovecot serving several domains, configure one certificate per name in local_name blocks so that each client gets a matching certificate.
mta-tls-unable-to-get-local-issuer = The peer's certificate chain cannot be completed from the local CA store
    .cause = Verification could not find the issuer of the peer's certificate among the trusted CA certificates on this host: the local CA bundle is missing, outdated or not configured, or the peer sends its certificate without the intermediate.
    .fix-1 = Point the client at the system CA bundle: Postfix smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt (or smtp_tls_CApath); Exim tls_verify_certificates = system.
    .fix-2 = Update the CA bundle (ca-certificates package) on this host.
    .fix-3 = Check the peer's chain with openssl s_client -starttls smtp -connect host:25 -showcerts; if the intermediate is missing, the peer must fix its server.
mta-tls-certificate-verify-failed = The peer's certificate failed verification during the handshake
    .cause = OpenSSL aborted the handshake because the peer's certificate could not be verified (untrusted issuer, expired or wrong name) and the local configuration requires verification for this destination.
    .fix-1 = See why: openssl s_client -starttls smtp -connect host:25 -verify_return_error -CAfile /etc/ssl/certs/ca-certificates.crt.
    .fix-2 = Make sure a current CA bundle is configured (smtp_tls_CAfile or Exim tls_verify_certificates).
    .fix-3 = If the peer's certificate is at fault, the peer must fix it; for a known internal peer trust its CA explicitly instead of turning verification off.
mta-tls-unexpected-eof = The peer closed the connection in the middle of the TLS handshake
    .cause = OpenSSL 3 reports "unexpected eof while reading" when the other side drops the TCP connection without a TLS alert: the peer silently rejected our version, cipher or certificate, a client or scanner gave up, or a firewall cut the session.
    .fix-1 = If it comes from many unrelated hosts, it is usually scanners and can be ignored.
    .fix-2 = If a real partner is affected, test it with openssl s_client -starttls smtp -connect host:25 and ask the partner why it hung up.
    .fix-3 = Check firewalls or IPS between the hosts for SMTP inspection that interferes with STARTTLS.
mta-tls-certificate-file-missing = A certificate, key or CA file configured for TLS cannot be opened
    .cause = OpenSSL could not open a file named in the TLS settings (the path is in the fopen part of the message). The process then runs without TLS: STARTTLS is neither offered nor used, and deliveries that require TLS fail.
    .fix-1 = Compare the path in the message with the TLS file settings (smtpd_tls_cert_file, smtpd_tls_key_file, smtpd_tls_CAfile, smtp_tls_cert_file, smtp_tls_CAfile) shown by postconf -n.
    .fix-2 = Make sure the file exists and is readable, and that certificate renewals keep writing to the same path.
    .fix-3 = Run postfix reload and check that the "disabling TLS support" warning is gone.
    .fix-4 = On Exim, the files are tls_certificate and tls_privatekey in the main configuration; the Exim user (Debian-exim on Debian and Ubuntu) must be able to read both, which can be checked with sudo -u Debian-exim cat <file> > /dev/null.
mta-tls-library-problem = OpenSSL reported a TLS problem (the reason follows the error code)
    .cause = Postfix logs every OpenSSL error as "TLS library problem". The text after the error code (for example "system lib", "no such file", "version too low") is the actual reason; this general explanation applies when no more specific rule matched. "system lib" points to a file or permission problem in the TLS configuration.
    .fix-1 = Read the reason and the Postfix line just before it (SSL_accept error from, SSL_connect error to) to see which peer and direction are involved.
    .fix-2 = For file-related reasons check the certificate, key and CA paths in main.cf (postconf -n | grep tls) and their permissions.
    .fix-3 = For handshake reasons test the peer with openssl s_client -starttls smtp -connect host:25 and raise smtpd_tls_loglevel or smtp_tls_loglevel to 1 or 2 for a while.
mta-tls-postfix-invalid-protocol-list = Postfix rejected its TLS protocol list and switched TLS off
    .cause = A smtpd_tls_protocols, smtp_tls_protocols or mandatory_protocols value contains names this Postfix version does not know (Postfix before 2.10 does not recognise TLSv1.1 and TLSv1.2), so Postfix disables TLS entirely.
    .fix-1 = Use names your Postfix supports; on old versions write the exclusion form (e.g. !SSLv2, !SSLv3) instead of listing TLSv1.1 and TLSv1.2.
    .fix-2 = Better, upgrade Postfix and use smtpd_tls_protocols = >=TLSv1.2 (range syntax, Postfix 3.6 and later).
    .fix-3 = Run postfix reload and check that the warning is gone and STARTTLS is offered again.
mta-tls-postfix-tls-disabled = Postfix disabled TLS because it could not load a certificate, key or CA file
    .cause = When the smtp or smtpd process started, Postfix could not load the configured TLS material and turned TLS off for that process. Inbound STARTTLS is no longer offered and outbound mail to servers that require TLS fails (for example 530 5.7.0 Must issue a STARTTLS command first).
    .fix-1 = Check the file named in the warning and the "TLS library problem" lines that follow (postconf -n | grep tls).
    .fix-2 = Fix the path or permissions, or remove an unused setting such as smtp_tls_cert_file, then run postfix reload.
    .fix-3 = Confirm with openssl s_client -starttls smtp -connect localhost:25 that STARTTLS works again.
    .fix-4 = "No server certs available. TLS won't be enabled" means that smtpd is told to offer TLS but no server certificate is configured: set smtpd_tls_chain_files (or smtpd_tls_cert_file and smtpd_tls_key_file).
mta-tls-postfix-context-init-failed = Postfix could not initialise TLS and dropped a wrapper-mode (smtps) connection
    .cause = A client connected to the implicit-TLS service (smtps or submissions), but smtpd could not initialise its TLS context, so the connection was dropped. The real reason is in the earlier warnings, such as an invalid protocol list or an unreadable certificate.
    .fix-1 = Read the warnings logged just before this line (Invalid TLS protocol list, cannot load certificate) and fix that setting.
    .fix-2 = Check the smtps or submissions entry in master.cf (-o smtpd_tls_wrappermode=yes) and the certificate settings it inherits.
    .fix-3 = Run postfix reload and test with openssl s_client -connect host:465.
mta-tls-postfix-required-not-offered = TLS is required for this destination, but the server does not offer STARTTLS
    .cause = Our policy for this destination is encrypt or higher (smtp_tls_security_level or smtp_tls_policy_maps), but the receiving server's EHLO reply did not list STARTTLS, so Postfix defers the message (4.7.4) instead of sending it in clear.
    .fix-1 = Check the remote EHLO with posttls-finger host or telnet host 25 followed by EHLO, and look for STARTTLS.
    .fix-2 = Ask the remote administrator to enable STARTTLS; a firewall that strips STARTTLS (SMTP fixup) causes the same symptom.
    .fix-3 = If cleartext is acceptable for that destination, lower its entry in smtp_tls_policy_maps to may and run postmap on the map.
mta-tls-postfix-required-refused = TLS is required, but the remote server refused the STARTTLS command
    .cause = The server advertised STARTTLS but answered the STARTTLS command with an error (its reply is appended, e.g. 454 4.7.0 TLS not available due to local problem). Because our policy for this destination is encrypt or higher, Postfix defers the message.
    .fix-1 = Read the appended reply: "TLS not available due to local problem" means the remote server's own TLS setup is broken (its certificate or key cannot be loaded).
    .fix-2 = Send the reply text to the remote administrator; nothing needs changing on our side.
    .fix-3 = If policy allows, set that destination to may in smtp_tls_policy_maps for a while so that mail flows unencrypted until it is fixed.
mta-tls-postfix-engine-unavailable = TLS is required, but Postfix's own TLS engine failed to start
    .cause = The destination needs TLS (encrypt or higher), but the smtp client has no working TLS context, usually because a certificate, key or CA file failed to load or the protocol list is invalid. Postfix defers (4.7.5) instead of sending in clear.
    .fix-1 = Search the log for the warnings written when the smtp process started (disabling TLS support, TLS library problem) and fix the named file or setting.
    .fix-2 = Check the smtp_tls_ settings with postconf -n, then run postfix reload.
    .fix-3 = Flush the deferred queue with postqueue -f once TLS works.
mta-tls-postfix-required-unavailable = TLS is required, but unavailable for an unknown reason
    .cause = Postfix uses this fallback message when TLS is mandatory for the destination and neither "not offered" nor "engine unavailable" applies; it also logs "don't know why". It is rare and points to an unusual configuration or a bug.
    .fix-1 = Raise smtp_tls_loglevel to 2 and retry the delivery to capture the whole TLS dialogue.
    .fix-2 = Check the smtp_tls_policy_maps entry for the destination and the Postfix version; upgrade an old version.
    .fix-3 = Report the log to the Postfix users mailing list if the cause stays unclear.
mta-tls-postfix-server-certificate-rejected = The remote server's certificate failed our verify or secure TLS policy
    .cause = TLS was established, but the destination's policy level is verify, secure or higher and the server certificate was not trusted (no chain to a CA in smtp_tls_CAfile or smtp_tls_CApath) or did not match the expected names, so Postfix defers with 4.7.5.
    .fix-1 = Inspect the certificate with posttls-finger host, or openssl s_client -starttls smtp -connect host:25 -showcerts.
    .fix-2 = For "not trusted", set smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt (or the partner's CA); for "not verified", check the match names of the policy (match= in smtp_tls_policy_maps, smtp_tls_secure_cert_match).
    .fix-3 = If the partner's certificate is wrong they must fix it; lowering the policy to encrypt keeps encryption without authentication.
mta-tls-postfix-cannot-start-tls = The TLS handshake with the remote server failed (Cannot start TLS)
    .cause = Postfix sent STARTTLS, but the handshake failed; the reason is in the preceding "SSL_connect error" and "TLS library problem" lines. With smtp_tls_security_level = may Postfix retries the same server in plaintext on a later attempt (only when no SASL password applies and the message has waited at least minimal_backoff_time); with encrypt or higher it keeps deferring.
    .fix-1 = Read the TLS library problem line logged just before for the exact OpenSSL reason and follow that rule.
    .fix-2 = Test the server: openssl s_client -starttls smtp -connect host:25 (add -tls1_2 to test a version).
    .fix-3 = To stop the loop for one broken destination, adjust its entry in smtp_tls_policy_maps (protocols=, ciphers=, or none if cleartext is acceptable) and run postmap.
mta-tls-postfix-ssl-accept-error = A client's TLS handshake with this server failed (SSL_accept error)
    .cause = A client sent STARTTLS (or connected to smtps), but the handshake did not complete. "-1" means OpenSSL reported an error, explained by the next "TLS library problem" line; "Connection timed out" or "lost connection" means the client stalled or dropped, often because of a firewall, an MTU problem or a client that gave up.
    .fix-1 = Read the TLS library problem line that follows for the reason.
    .fix-2 = For timeouts, check firewalls or IPS doing SMTP inspection and the path MTU between the hosts.
    .fix-3 = Occasional failures from unknown hosts are usually scanners; act when a known partner is affected.
mta-tls-postfix-ssl-connect-error = Our TLS handshake with the remote server failed (SSL_connect error)
    .cause = Postfix connected out and sent STARTTLS, but the handshake failed. "-1" means OpenSSL reported an error, explained by the following "TLS library problem" line; "Connection reset by peer" or "lost connection" means the remote side closed the connection.
    .fix-1 = Read the TLS library problem line that follows for the exact reason.
    .fix-2 = Test the server: openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-3 = A reset right after our hello often means the remote rejects our TLS version or ciphers; compare smtp_tls_protocols and smtp_tls_mandatory_ciphers with what it supports.
mta-tls-postfix-lost-after-starttls = A client disconnected right after STARTTLS, before the handshake completed
    .cause = The client sent STARTTLS and then the connection ended without a completed handshake. The preceding lines usually say why: unsupported protocol or version too low (the client is too old), no shared cipher, or a certificate the client rejected.
    .fix-1 = Look for SSL_accept error and TLS library problem lines from the same process ID just before.
    .fix-2 = If the client is a real sender (a provider's outbound server, for example), compare its TLS versions with smtpd_tls_protocols and MinProtocol in the system openssl.cnf.
    .fix-3 = Repeated events from unknown hosts are usually scanners.
    .fix-4 = "timeout after STARTTLS" is the same failure from a client that stopped answering during the handshake instead of closing the connection: a firewall that drops the larger TLS packets (MTU, SMTP inspection) is a common cause.
mta-tls-legacy-version-negotiated = A TLS 1.0 or 1.1 session was negotiated with this peer
    .cause = The connection succeeded, but with an obsolete protocol version. It works today but will break as soon as either side, or a partner such as Exchange Online that accepts only TLS 1.2, raises its minimum.
    .fix-1 = Identify the peer in the line and ask its owner to enable TLS 1.2.
    .fix-2 = Check that our side offers TLS 1.2 (smtp_tls_protocols, smtpd_tls_protocols) and that OpenSSL is recent enough.
    .fix-3 = Once peers are upgraded, raise the floor: smtp_tls_protocols = >=TLSv1.2 and smtpd_tls_protocols = >=TLSv1.2.
mta-tls-sendmail-legacy-version = Sendmail negotiated TLS 1.0 or 1.1 with this peer
    .cause = The STARTTLS line reports the protocol of the session (version=TLSv1 is TLS 1.0). The mail went through, but over an obsolete protocol that Exchange Online and most large providers no longer accept, so it will fail once either side raises its minimum.
    .fix-1 = Find the peer in relay= and ask its administrator to enable TLS 1.2 (for a Windows or Exchange peer: TLS 1.2 in SCHANNEL and .NET, then a restart).
    .fix-2 = Check that our Sendmail is linked against an OpenSSL with TLS 1.2 (sendmail -d0.1 shows the build; OpenSSL 1.0.1 or later) and that ServerSSLOptions/ClientSSLOptions do not turn TLS 1.2 off.
    .fix-3 = Once peers are upgraded, refuse the old versions: add the SSL_OP_NO_TLSv1 and SSL_OP_NO_TLSv1_1 flags to ServerSSLOptions and ClientSSLOptions, or set MinProtocol = TLSv1.2 in the OpenSSL configuration Sendmail loads.
mta-tls-exim-legacy-version = Exim negotiated TLS 1.0 or 1.1 with this peer
    .cause = The X= field of the log line (log selector tls_cipher) starts with the protocol of the session: TLS1 or TLS1.0 is TLS 1.0, TLS1.1 is TLS 1.1. The message was delivered or received, but over an obsolete protocol that will stop working as soon as either side raises its minimum.
    .fix-1 = Find the peer in H= and ask its administrator to enable TLS 1.2 (for a Windows or Exchange peer: TLS 1.2 in SCHANNEL and .NET, then a restart).
    .fix-2 = Check that our Exim offers TLS 1.2: exim -bV shows the TLS library; openssl_options must not contain +no_tlsv1_2 (GnuTLS builds: tls_require_ciphers must allow VERS-TLS1.2).
    .fix-3 = Once peers are upgraded, refuse the old versions: openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1 (GnuTLS builds: add -VERS-TLS1.0:-VERS-TLS1.1 to tls_require_ciphers).
mta-tls-exim-required-not-offered = Exim requires TLS for this host, but the server does not offer STARTTLS
    .cause = The host is listed in hosts_require_tls of the smtp transport, but its EHLO reply has no STARTTLS, so Exim defers instead of sending in clear.
    .fix-1 = Check the remote EHLO (telnet host 25, then EHLO) for STARTTLS; a firewall that strips it gives the same result.
    .fix-2 = Ask the remote administrator to enable STARTTLS.
    .fix-3 = If cleartext is acceptable for that host, remove it from hosts_require_tls.
mta-tls-exim-required-failed = Exim requires TLS for this host, but the TLS handshake failed
    .cause = The host is in hosts_require_tls and offered STARTTLS, but the handshake failed, so Exim defers; for such hosts it never falls back to cleartext. The reason is in the preceding "TLS session" or "TLS error" log line.
    .fix-1 = Find the OpenSSL reason in the preceding log line and follow the matching TLS rule.
    .fix-2 = Check openssl_options (e.g. +no_tlsv1 +no_tlsv1_1) and tls_require_ciphers against what the remote supports.
    .fix-3 = Test with openssl s_client -starttls smtp -connect host:25.
mta-tls-exim-accept-error = A client's TLS handshake with Exim failed (TLS error on connection from)
    .cause = Exim as a server could not complete TLS with the connecting host; the text after (SSL_accept) is the reason, e.g. "timed out" when the client stalled, or an OpenSSL error.
    .fix-1 = Read the reason after (SSL_accept); for OpenSSL errors see the matching TLS rule.
    .fix-2 = Check the server settings tls_certificate, tls_privatekey, tls_require_ciphers and openssl_options in the main configuration.
    .fix-3 = Timeouts from unknown hosts are usually scanners; for a known client check firewalls doing SMTP inspection.
mta-tls-exim-connect-error = Exim's outbound TLS handshake failed (SSL_connect)
    .cause = Exim sent STARTTLS to the remote host, but the handshake failed; the text after (SSL_connect) is the reason (timed out, or an OpenSSL error). With tls_tempfail_tryclear (true by default) and the host not in hosts_require_tls, Exim then retries in clear.
    .fix-1 = Read the reason after (SSL_connect) and follow the matching TLS rule.
    .fix-2 = Check the smtp transport options tls_require_ciphers, openssl_options and tls_verify_certificates.
    .fix-3 = Test with openssl s_client -starttls smtp -connect host:25 -tls1_2.
mta-tls-sendmail-handshake-failed = Sendmail's STARTTLS handshake with the remote server failed (403 4.7.0)
    .cause = ruleset=tls_server with arg1=SOFTWARE means the STARTTLS handshake itself failed (the verify result is SOFTWARE). Sendmail does not fall back to cleartext, so the message is deferred with 403 4.7.0 TLS handshake failed and retried, often until it expires.
    .fix-1 = Read the STARTTLS=client error line logged just before for the OpenSSL reason.
    .fix-2 = To stop using STARTTLS with a broken peer, add Try_TLS:<server name> NO to /etc/mail/access (use the relay name from the log, not the recipient domain), rebuild the map (make -C /etc/mail) and restart sendmail.
    .fix-3 = Longer term, align CipherList and ClientSSLOptions with what the peer supports; the system openssl.cnf applies as well.
mta-tls-sendmail-client-connect-failed = Sendmail could not complete TLS as a client (STARTTLS=client connect failed)
    .cause = Sendmail's outbound STARTTLS handshake failed. SSL_error=5 (SSL_ERROR_SYSCALL) with connect failed=0 usually means the remote closed the connection during the handshake, often because it rejected our TLS version or cipher list.
    .fix-1 = Test the peer: openssl s_client -starttls smtp -connect relay:25 -tls1_2.
    .fix-2 = Review CipherList and ClientSSLOptions in sendmail.mc or sendmail.cf, and the system openssl.cnf.
    .fix-3 = For one broken peer, add Try_TLS:<relay> NO to the access map and rebuild it.
mta-tls-sendmail-server-accept-failed = A client's STARTTLS handshake with Sendmail failed (STARTTLS=server accept failed)
    .cause = Sendmail as a server could not complete TLS with the client; the reason= field (newer versions) or the SSL_error and errno values tell why. SSL_error=5 with errno=0 means the client closed the connection during the handshake.
    .fix-1 = Raise LogLevel above 9 for a while so that Sendmail logs the OpenSSL error queue for these failures.
    .fix-2 = Check ServerCertFile, ServerKeyFile and CACertFile, and the CipherList and ServerSSLOptions settings.
    .fix-3 = For a client that cannot do TLS with you, add Srv_Features:<client> S to the access map so that STARTTLS is not offered to it.
mta-tls-sendmail-write-error = Sendmail's TLS connection broke while writing (STARTTLS: write error)
    .cause = A TLS session was established, but writing to it failed; errno=104 (connection reset by peer) with ssl_err=5 means the other side or a device in between reset the connection.
    .fix-1 = Check whether the peer or a firewall or IPS drops long TLS sessions or large messages.
    .fix-2 = If it happens with one peer only, test that peer's TLS and contact its administrator.
mta-tls-mdaemon-unsupported-function = A Windows mail server's TLS failed with 0x80090302: no TLS version in common
    .cause = 0x80090302 is Schannel's SEC_E_UNSUPPORTED_FUNCTION, which Schannel returns for TLS alert 70 (protocol_version): the two sides have no enabled TLS version in common. On an older Windows server this usually means TLS 1.2 is not enabled for the client or server side.
    .fix-1 = Enable TLS 1.2 in SCHANNEL: DisabledByDefault = 0 and Enabled = 1 under TLS 1.2\Client and TLS 1.2\Server (the .reg below), then restart.
    .fix-2 = Update the mail server software so that it uses the operating system's TLS 1.2 support.
    .fix-3 = Check the peer's versions with openssl s_client -starttls smtp -connect host:25 -tls1_2.
mta-tls-postfix-peer-certificate-dates = The peer's certificate is expired or not yet valid
    .cause = Postfix checked the certificate the other side presented (because the policy for this destination is verify, secure or dane, or a client certificate was asked for) and its validity dates do not cover the current time: the certificate, or a CA certificate in its chain, has expired, or it is not valid yet. "Not yet valid" usually means one of the two clocks is wrong. The message is deferred.
    .fix-1 = See the dates the peer sends: openssl s_client -starttls smtp -connect <host>:25 -showcerts, then openssl x509 -noout -dates on each certificate.
    .fix-2 = If a certificate has expired, its owner must renew it (and install the new intermediate); tell the remote administrator.
    .fix-3 = For "not yet valid", check this server's clock and time synchronisation (timedatectl, chronyc tracking).
mta-tls-postfix-peer-certificate-untrusted = The peer's certificate could not be verified (untrusted issuer, self-signed or another verification error)
    .cause = Postfix checked the certificate the other side presented, because the policy for this destination is verify, secure or dane (smtp_tls_security_level, smtp_tls_policy_maps) or a client certificate was asked for, and could not trust it: it is self-signed, its issuer is not in the CA certificates this Postfix uses, the TLSA records or local policy do not match it, or OpenSSL reported another error (num= gives its code, e.g. hostname mismatch). The delivery is deferred with "Server certificate not verified".
    .fix-1 = Look at the chain the peer sends: openssl s_client -starttls smtp -connect <host>:25 -showcerts -verify_return_error.
    .fix-2 = If the issuer is a public or company CA that should be trusted, add it to smtp_tls_CAfile or smtp_tls_CApath (or install the system CA bundle) and run postfix reload.
    .fix-3 = If the peer sends a self-signed or incomplete chain, ask its administrator to install a proper certificate with its intermediates; until then, lower the policy for that destination in smtp_tls_policy_maps (encrypt instead of verify) if your rules allow it.
mta-tls-key-certificate-mismatch = The TLS private key does not belong to the certificate
    .cause = OpenSSL compared the configured private key with the public key in the configured certificate and they differ ("key values mismatch"). Typically a renewal replaced the certificate but not the key (or the reverse), or two settings point at files of different certificates. The MTA cannot use this pair, so it offers no STARTTLS or fails the handshake.
    .fix-1 = Compare the two public keys: openssl x509 -noout -pubkey -in <certificate> | sha256sum and openssl pkey -pubout -in <key> | sha256sum must print the same value.
    .fix-2 = Point the settings at the matching pair (Postfix smtpd_tls_cert_file and smtpd_tls_key_file or smtpd_tls_chain_files; Exim tls_certificate and tls_privatekey; Sendmail confSERVER_CERT and confSERVER_KEY), then reload the MTA.
mta-tls-dh-key-too-small = The peer offered Diffie-Hellman parameters too small for this OpenSSL (dh key too small)
    .cause = The other side chose a DHE key exchange with a prime smaller than this OpenSSL accepts (OpenSSL 3 at security level 2, the default on Debian 12 and current distributions, refuses DH under 2048 bits; level 1 refuses under 1024). The peer is an old or badly configured server, typically still set up with 1024-bit (or 512-bit export) DH parameters, so the handshake fails.
    .fix-1 = Tell the peer's administrator to use DH parameters of at least 2048 bits or to prefer ECDHE key exchange (on Postfix: smtpd_tls_dh1024_param_file with a 2048-bit file, or the built-in 2048-bit default of current Postfix versions).
    .fix-2 = Until then, mail to that peer only goes through if TLS is optional for it (smtp_tls_security_level may, which falls back to plain text after the failure), or by an exception for that destination in smtp_tls_policy_maps that leaves out the DHE ciphers; do not lower the security level for every destination.
mta-tls-unsafe-legacy-renegotiation = The peer does not support secure renegotiation, which OpenSSL 3 requires (unsafe legacy renegotiation disabled)
    .cause = OpenSSL 3 no longer connects to servers that lack the TLS renegotiation indication extension of RFC 5746 (it dropped SSL_OP_LEGACY_SERVER_CONNECT from its defaults). The peer's TLS stack is old or unpatched (from before 2010, or an appliance that never got the fix), so the handshake is aborted.
    .fix-1 = The lasting fix is on the peer: its administrator must update its TLS software or firmware so that it supports RFC 5746.
    .fix-2 = For that destination only, an OpenSSL configuration with Options = UnsafeLegacyServerConnect in its SSL section restores the old behaviour; weigh that against the risk, and keep it out of the system-wide openssl.cnf.
mta-tls-remote-tls-unavailable = The remote server refused STARTTLS: its own TLS is not working
    .cause = The server advertised STARTTLS, but answered the STARTTLS command with an error instead of starting the handshake. "454 4.7.0 TLS not available due to local problem" is what Postfix answers when it cannot load its own certificate or key, so the problem is on the server that sent this reply. Depending on the sending side's policy, the message then goes in clear text or is deferred.
    .fix-1 = If the reply came from a remote server, send the line to its administrator; nothing needs changing on your side.
    .fix-2 = If the reply came from your own Postfix (you find it in your smtpd log), look for the "disabling TLS support" or "TLS library problem" warnings and fix the certificate and key files.
mta-tls-sendmail-access-requirement = Sendmail refused the connection: it does not meet the TLS requirement of the access map
    .cause = An entry of Sendmail's access map asks more of TLS for this peer than the connection gave: TLS_Srv:<host> when Sendmail sends to that server, TLS_Clt:<host> when a client connects, TLS_Rcpt: for a recipient, with ENCR:<bits> (encryption of at least that many bits) or VERIFY (a verified certificate). "encryption too weak 0 less than 112" means no TLS at all (arg1=NONE: the other side did not offer or did not use STARTTLS); "authentication failed", "not authenticated" or "authentication required" mean the certificate was not verified (arg1=FAIL, NO). The message is deferred (403 4.7.0) or refused (503 5.7.0 with TLS_PERM_ERR).
    .fix-1 = Find the entry: grep -i 'TLS_Srv\|TLS_Clt\|TLS_Rcpt' /etc/mail/access, and see what the peer offers: openssl s_client -starttls smtp -connect <host>:25.
    .fix-2 = If the peer stopped offering STARTTLS or its certificate no longer verifies, tell its administrator; if your requirement is stricter than needed, change the entry and rebuild the map (makemap hash /etc/mail/access < /etc/mail/access, or make -C /etc/mail).
mta-tls-exim-closed-after-starttls = The remote server hung up after Exim's STARTTLS, before any TLS handshake
    .cause = Exim sent STARTTLS and the other server closed the connection instead of answering 220: its TLS service is broken or switched off although it still announces STARTTLS, or it drops clients whose TLS offer it does not like. Exim defers the message and tries again later. (If the server answers 220 but the handshake fails, Exim instead retries at once in clear text unless the host is in hosts_require_tls; see tls_tempfail_tryclear.)
    .fix-1 = Test the server from this host: openssl s_client -starttls smtp -connect <host>:25 -servername <host>; a closed connection there confirms it is on the remote side.
    .fix-2 = Tell the remote postmaster, with the time and your sending IP address.
    .fix-3 = Only if clear text is acceptable for this destination and it cannot be fixed soon, list the host in hosts_avoid_tls of the smtp transport; never for a destination that requires TLS.
openssl-verify-certificate-dates = The server's certificate has expired or is not yet valid (OpenSSL verify error 10 or 9)
    .cause = OpenSSL checked the certificate chain the server sent and found a certificate outside its validity dates: num=10 (certificate has expired) or num=9 (certificate is not yet valid). Senders that verify certificates refuse such a server: Exchange Online with a connector that requires TLS, Postfix with a verify or dane policy, most mail clients. For num=9, the clock of the testing machine matters too.
    .fix-1 = On the server tested, renew the certificate and bind the new one to SMTP (Exchange: Enable-ExchangeCertificate -Services SMTP; Postfix: smtpd_tls_chain_files, then postfix reload), including any expired intermediate certificate of its chain.
    .fix-2 = For num=9, check the date and time of the testing machine; then test again with openssl s_client -connect host:25 -starttls smtp -showcerts.
openssl-verify-hostname-mismatch = The server's certificate does not carry the name it was reached by (OpenSSL verify error 62)
    .cause = With -verify_hostname (or in a client that checks names), OpenSSL found that no subject alternative name of the certificate matches the host name it connected to. Senders that check names refuse such a server: Exchange Online with a connector that names a certificate, Postfix with the secure or dane policy, mail clients.
    .fix-1 = Issue the certificate with the server's MX or submission host name as a subject alternative name, or point the connector, MX record or client at a name the certificate carries.
    .fix-2 = Test with the exact name the sender uses: openssl s_client -connect host:25 -starttls smtp -verify_hostname host.
scan-tls12-not-offered = The scanned mail server does not offer TLS 1.2
    .cause = The scan (testssl.sh "TLS 1.2 not offered", sslscan "TLSv1.2 disabled") found that the server does not accept TLS 1.2. Exchange Online and most large providers no longer use TLS 1.0 or 1.1, so their connections to this server fail (421 4.4.2 SocketError, TLS negotiation failed), and so do its own connections to them. On Windows the cause is usually TLS 1.2 turned off in SCHANNEL or an old system without the update; elsewhere an old OpenSSL or a protocol list that stops below TLS 1.2.
    .fix-1 = On Windows or Exchange: enable TLS 1.2 in SCHANNEL (Server and Client) and for .NET (the .reg below), install current updates, restart the server, then scan again.
    .fix-2 = On Postfix or another OpenSSL-based server: allow TLS 1.2 in smtpd_tls_protocols and smtpd_tls_mandatory_protocols (>=TLSv1.2 is the recommended form) and upgrade an OpenSSL older than 1.0.1, then scan again.
scan-legacy-tls-offered = A test of the mail server found TLS 1.0 or 1.1 offered or in use
    .cause = The scan or test (testssl.sh "offered (deprecated)", sslscan "enabled", nmap's ssl-enum-ciphers, a swaks session) found TLS 1.0 or 1.1 accepted by the server, or negotiated with it. That alone does not stop mail while TLS 1.2 is offered too, but these versions are deprecated (RFC 8996), and a peer that still negotiates them is one that fails with Exchange Online.
    .fix-1 = First find which peers still negotiate TLS 1.0 or 1.1 with this server (the TLS census of its protocol logs or mail log) and have them upgraded.
    .fix-2 = Then turn the old versions off (on Windows the SCHANNEL Server keys of TLS 1.0 and 1.1 with Enabled = 0; on Postfix smtpd_tls_protocols = >=TLSv1.2) and scan again. If a session to a server negotiated TLS 1.0, that server needs TLS 1.2 enabled.
