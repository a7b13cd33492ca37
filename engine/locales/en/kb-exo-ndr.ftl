exo-4-3-2-recipient-thread-limit = The recipient's mailbox is being throttled: too many messages are arriving at once
    .cause = Exchange's store driver limits how many messages it delivers to one mailbox at the same time, so that a single busy mailbox cannot slow down everyone else on the same database. When a mailbox receives a burst of mail, further deliveries are deferred with 432 4.3.2 and retried automatically.
    .fix-1 = Usually nothing to do: this is by design and the sending server retries; the message is delivered once the burst is over.
    .fix-2 = If it keeps happening for one mailbox, find the source of the burst with message trace (Get-MessageTraceV2 -RecipientAddress <mailbox>) — typically an application, a notification system or a mail loop — and slow it down or fix it.

exo-4-4-7-ambiguous-recipient = Exchange Online found more than one directory object for the recipient
    .cause = The recipient lookup returned AmbiguousRecipientTransientException: the same SMTP or proxy address is present on several objects (for example a mailbox and a mail user or contact), often after a migration or a directory-sync conflict. Exchange Online treats this as temporary, keeps retrying, and finally expires the message with 4.4.7.
    .fix-1 = Find every object that holds the address: Get-Recipient -ResultSize Unlimited | Where-Object EmailAddresses -match '<address>' | Format-List Name,RecipientTypeDetails,EmailAddresses.
    .fix-2 = Remove the duplicate address (or the stale object) so only one recipient owns it; in hybrid setups fix it in on-premises Active Directory and let Entra Connect synchronise.
    .fix-3 = Resend the message after the change has replicated.

exo-4-4-312-dns-query-failed = Exchange Online could not resolve the destination (DNS query failed)
    .cause = Exchange Online tried to look up the MX record or the connector's smart host, and the DNS query failed (for example InfoNoRecords: no usable record). Common reasons are a problem at the domain's DNS host, an expired domain, or a recent MX change that is still cached. The message stays queued and is retried for 24 hours.
    .fix-1 = Resolve the name yourself from outside your network: Resolve-DnsName <domain> -Type MX (or the smart host name on the outbound connector, Get-OutboundConnector | Format-List Name,SmartHosts).
    .fix-2 = Fix the record with your DNS hosting provider, or renew the domain if it has expired.
    .fix-3 = If the destination belongs to a partner or cloud provider, send them the NDR so they fix their DNS.

exo-5-4-312-expired-dns-query-failed = The message expired because the destination's DNS name could not be resolved
    .cause = This is the final form of 4.4.312: Exchange Online retried the DNS lookup of the MX record or smart host for 24 hours without success and returned the message. The cause is a DNS problem on the destination domain, not the message itself.
    .fix-1 = Check the destination's records from outside: Resolve-DnsName <domain> -Type MX, and the smart host names on your outbound connector.
    .fix-2 = Correct the DNS records (or renew the expired domain) and resend the message.

exo-4-4-315-connection-timed-out = Exchange Online could not reach the destination server (connection timed out)
    .cause = Exchange Online found the destination but got no answer on TCP 25 in time. Usually the on-premises or partner server is down, a firewall silently drops the traffic, or the connector's smart host points to a wrong or old IP address.
    .fix-1 = Check the smart host on the outbound connector (Get-OutboundConnector | Format-List Name,SmartHosts,Enabled) and that it resolves to the current public IP of your mail server.
    .fix-2 = Make sure the server is running and accepts connections on TCP 25 from the Exchange Online IP ranges (test from outside with Test-NetConnection <host> -Port 25).
    .fix-3 = Use Validate on the connector in the Exchange admin center (Mail flow > Connectors) to confirm delivery works again.

exo-4-4-316-connection-refused = The destination server refused the connection from Exchange Online (Socket error 10061)
    .cause = Exchange Online reached the destination IP, but TCP 25 was actively refused — typically a firewall that does not allow Microsoft 365 IP addresses, an SMTP service that is stopped, or an on-premises server that was decommissioned while the outbound connector still points to it. Messages are retried for 24 hours, then returned with 5.4.316.
    .fix-1 = If you still have mailboxes on-premises, allow inbound TCP 25 from the Exchange Online IP ranges (Microsoft 365 URLs and IP address ranges) on the firewall, and check that the SMTP/transport service is running.
    .fix-2 = If the on-premises server is gone, disable or delete the outbound connector to it (Set-OutboundConnector <name> -Enabled $false) and change the accepted domain from Internal Relay to Authoritative (Set-AcceptedDomain <domain> -DomainType Authoritative).
    .fix-3 = If the destination is a partner, send them the NDR with the IP address it names.

exo-5-4-316-expired-connection-refused = The message expired because the destination kept refusing connections
    .cause = This is the final form of 4.4.316: for 24 hours every connection from Exchange Online to the destination on TCP 25 was refused, so the message was returned. The destination's firewall or SMTP service is the problem, or the connector points to a server that no longer exists.
    .fix-1 = Allow TCP 25 from the Exchange Online IP ranges on the destination firewall and make sure the SMTP service is running.
    .fix-2 = If the on-premises server was retired, disable the outbound connector and set the accepted domain to Authoritative, then resend.

exo-4-4-317-untrusted-root = The remote server's TLS certificate chain cannot be validated (UntrustedRoot)
    .cause = During the TLS handshake the remote mail server sent only its own (leaf) certificate without the intermediate CA certificates, so Exchange Online could not build a chain to a trusted root. Exchange Online does not download missing intermediates, so it refuses the session; the same happens when the remote server sends to Exchange Online.
    .fix-1 = On the remote mail server, configure TLS to send the full certificate chain (server certificate followed by the intermediate CA certificates). On Windows/Exchange, install the intermediate certificates in the computer's Intermediate Certification Authorities store; on Postfix, put the chain in the file named by smtpd_tls_chain_files or smtpd_tls_cert_file.
    .fix-2 = Verify from outside: openssl s_client -connect <mx-host>:25 -starttls smtp -showcerts must list the intermediate certificates, not just the server certificate.
    .fix-3 = If the remote server belongs to another organization, send its admin the NDR; only they can fix the chain.

exo-4-4-317-illegal-message = TLS handshake with the on-premises server fails (Security status IllegalMessage)
    .cause = Exchange Online connected to your server, but the TLS handshake failed and your side reported SEC_E_ILLEGAL_MESSAGE. This usually means the two sides share no usable protocol version or cipher suite — for example the on-premises server has TLS 1.2 disabled or only weak ciphers enabled — or the certificate selected for the connector is not usable.
    .fix-1 = On the on-premises Exchange servers, enable TLS 1.2 for SCHANNEL (DisabledByDefault = 0, Enabled = 1 under TLS 1.2\Client and TLS 1.2\Server) and the .NET keys SystemDefaultTlsVersions = 1 and SchUseStrongCrypto = 1; restart the server.
    .fix-2 = Check the System event log for Schannel events 36874 / 36888 at the failure time; they confirm a protocol or cipher mismatch.
    .fix-3 = Check the certificate used for SMTP: Get-ExchangeCertificate | Format-List Thumbprint,Services,NotAfter,Subject — it must be valid, have a private key and be enabled for SMTP.

exo-4-4-317-starttls-required = Exchange Online could not start TLS with your server (451 5.7.3 STARTTLS is required to send mail)
    .cause = Exchange Online's connector to your on-premises (or partner) server requires TLS, and the session could not be encrypted. Most often your server does not offer STARTTLS at all: after a certificate was renewed or removed, the receive connector's TlsCertificateName still names the old certificate (event 12014 on that server), so EHLO no longer lists STARTTLS. Less often the TLS handshake itself fails, for example because your server does not trust the certificate chain Exchange Online presents.
    .fix-1 = On the receiving server, check that EHLO lists 250-STARTTLS (telnet <server> 25) and look in its Application log for event 12014. On a Postfix server, STARTTLS needs smtpd_tls_security_level = may and a certificate in smtpd_tls_chain_files (or smtpd_tls_cert_file and smtpd_tls_key_file).
    .fix-2 = Enable the current certificate for SMTP (Enable-ExchangeCertificate <thumbprint> -Services SMTP), then clear or correct the connector's certificate: Get-ReceiveConnector "<server>\Default Frontend <server>" | Set-ReceiveConnector -TlsCertificateName $null, and rerun the Hybrid Configuration Wizard (or set -TlsCertificateName "<I>issuer<S>subject" of the new certificate).
    .fix-3 = If STARTTLS is offered, check that the DigiCert Global Root G2 certificate is in the server's Trusted Root Certification Authorities store and that the certificate is valid; then let the queued messages redeliver.

exo-4-4-317-winsock-connect-failed = Exchange Online could not open a connection to the destination (Winsock error)
    .cause = The TCP connection to the destination failed at network level before any SMTP or TLS exchange (the Winsock error code says how; 995 means the connection attempt was aborted). The destination host, its firewall or the path to it is not working. Exchange Online keeps retrying, then expires the message with 5.4.317.
    .fix-1 = Check that the host or IP named in LastAttemptedServerName / LastAttemptedIP is the right destination and is reachable on TCP 25 from the internet.
    .fix-2 = Look for firewall, IPS or load-balancer rules that drop or reset connections from Microsoft 365 IP ranges.
    .fix-3 = If the destination is a partner, send them the NDR with the IP address and the time of the attempt.

exo-4-4-317-cannot-connect = Exchange Online connected, but the destination did not accept the session
    .cause = Exchange Online reached the destination server, but it answered with an immediate error (for example service not available) or did not meet the connector's requirements — most often the outbound connector requires TLS and the destination does not offer or complete it. The bracketed [Message=…] part of the error names the actual reason.
    .fix-1 = Read the [Message=…] text of the NDR or message trace; it holds the destination's answer.
    .fix-2 = Compare the connector's TLS settings with what the destination supports: Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain,SmartHosts.
    .fix-3 = On your on-premises server, check that STARTTLS is offered with a valid certificate enabled for SMTP (Get-ExchangeCertificate) and that the receive connector is not refusing Exchange Online.

exo-5-4-317-expired-cannot-connect = The message expired because a session with the destination could never be established
    .cause = This is the final form of 4.4.317: for 24 hours Exchange Online could not complete a session with the destination server (connection aborted, immediate SMTP error, or TLS requirement not met), so it returned the message. The text in parentheses repeats the last failure.
    .fix-1 = Use the text in parentheses (for example the Winsock error or the TLS message) to decide whether this is a network problem or a TLS problem at the destination.
    .fix-2 = Fix the destination (firewall, SMTP service, TLS certificate or connector TLS settings) and resend the message.

exo-4-4-318-connection-closed-abruptly = The connection to the destination was dropped in the middle of the SMTP session
    .cause = Exchange Online started talking to the destination, but the connection was closed unexpectedly. Typical causes are a firewall with SMTP inspection that breaks the session, an on-premises server that hangs or runs out of resources, or network problems between the two.
    .fix-1 = Disable SMTP packet inspection / SMTP fixup on the firewall in front of your mail server (for example Cisco ESMTP inspection).
    .fix-2 = Check the on-premises server health: transport service, back pressure (event 15004/15006), disk space and memory.
    .fix-3 = If the problem is on the network path, have the network team trace connections from the Exchange Online IP ranges.

exo-5-4-318-expired-connection-closed-abruptly = The message expired because the connection to the destination kept being dropped
    .cause = This is the final form of 4.4.318: until its retry time ran out, every session Exchange Online opened with the destination server was closed before the message could be handed over, so the message was returned. The problem is on the destination's side or on the path to it — typically a firewall that inspects SMTP, a mail server that hangs or is overloaded, or an unstable network.
    .fix-1 = Turn off SMTP packet inspection / SMTP fixup on the firewall in front of the destination mail server (for example Cisco ESMTP inspection).
    .fix-2 = Check the destination server's health (transport service, back pressure events 15004/15006, disk space and memory), then resend the message.

exo-4-7-320-certificate-validation-failed = Exchange Online rejected the destination server's certificate
    .cause = The connector to your server or partner validates the destination's TLS certificate, and the check failed: the certificate has expired, its subject/SAN does not match the name the connector expects, or it is otherwise no longer valid.
    .fix-1 = Check the certificate on the destination server: Get-ExchangeCertificate | Format-List Subject,CertificateDomains,NotAfter,Services (renew it if it has expired, and enable it for SMTP). On a Postfix server, read the certificate it serves: openssl x509 -noout -subject -dates -ext subjectAltName -in <the file in smtpd_tls_chain_files or smtpd_tls_cert_file>.
    .fix-2 = Make sure the connector's expected name matches the certificate: Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain; correct it with Set-OutboundConnector <name> -TlsDomain <name-on-certificate>.
    .fix-3 = If the destination is a partner, send them the NDR so they replace the certificate.

exo-dane-starttls-not-supported = DANE: the destination's mail server did not provide TLS
    .cause = The recipient domain publishes DNSSEC-signed DANE (TLSA) records, so Exchange Online must use TLS to deliver to it. The destination server either did not offer STARTTLS or the TLS handshake failed, so the message was not sent in clear text. 4.7.321 is the retry form, 5.7.321 the final failure.
    .fix-1 = On the destination server, make sure STARTTLS is advertised and the handshake works: openssl s_client -connect <mx-host>:25 -starttls smtp.
    .fix-2 = If the recipient domain belongs to someone else, forward them the NDR; if it is yours, fix TLS on the MX host or remove the TLSA records until TLS works.

exo-dane-certificate-expired = DANE: the destination's mail server certificate has expired
    .cause = The recipient domain uses DANE, and the certificate presented by its MX host is past its expiry date, so Exchange Online refuses to deliver. 4.7.322 is the retry form, 5.7.322 the final failure.
    .fix-1 = Renew the certificate on the destination MX host.
    .fix-2 = Before switching to the new certificate, publish a TLSA record that matches it (and keep the old one until the change is done), so DANE validation never fails.

exo-dane-tlsa-invalid = DANE: the destination's certificate does not match its TLSA record
    .cause = The recipient domain's DNSSEC-signed TLSA record does not match the certificate its MX host presents — the certificate was replaced without updating TLSA, the TLSA record is wrong, the certificate is not yet valid, or the connection is being tampered with. 4.7.323 is the retry form, 5.7.323 the final failure.
    .fix-1 = Compare the TLSA record (dig +dnssec TLSA _25._tcp.<mx-host>) with the certificate the server presents (openssl s_client -connect <mx-host>:25 -starttls smtp).
    .fix-2 = Publish a TLSA record that matches the current certificate or key, wait for the old TTL to expire, then resend.

exo-dane-dnssec-invalid = DANE: the destination domain's DNSSEC records do not validate
    .cause = The recipient domain signals that it is DNSSEC-signed, but Exchange Online could not validate the signatures (for example a DS record at the registrar that does not match the zone's keys, or expired signatures). Without valid DNSSEC, DANE cannot be checked and delivery stops. 4.7.324 is the retry form, 5.7.324 the final failure.
    .fix-1 = Check the chain of trust with a DNSSEC analyser or dig +dnssec <domain> MX and compare the DS record at the registrar with the zone's DNSKEY.
    .fix-2 = Fix or re-sign the zone (or remove the DS record at the registrar to turn DNSSEC off cleanly), then resend.

exo-dane-certificate-host-mismatch = DANE: the destination certificate's name does not match the MX host
    .cause = With DANE, Exchange Online requires the destination's certificate to carry a common name or subject alternative name that matches the recipient domain or the MX host name. The certificate presented names something else. 4.7.325 is the retry form, 5.7.325 the final failure.
    .fix-1 = Check the names in the certificate: openssl s_client -connect <mx-host>:25 -starttls smtp, then look at the subject and subject alternative names.
    .fix-2 = Install a certificate whose CN or SAN includes the MX host name (or point the MX to a name the certificate covers), then resend.

exo-mta-sts-mx-not-in-policy = MTA-STS: the recipient domain's policy does not list the MX host Exchange Online found
    .cause = The recipient domain publishes an MTA-STS policy, and Exchange Online checks every message it sends there against it. The MX host it looked up in DNS matches none of the policy's mx: lines, so under mode: enforce it refuses to deliver. Usually the domain moved its mail (new MX records, a new provider or gateway) without updating the policy, or the policy has a typo or a pattern that does not cover the host (*.example.net stands for exactly one extra label on the left). 4.4.8 is the retry form, 5.4.8 the final failure.
    .fix-1 = Compare the two sides: Resolve-DnsName <domain> -Type MX lists the MX hosts, and https://mta-sts.<domain>/.well-known/mta-sts.txt holds the policy; every MX host must match one of its mx: lines.
    .fix-2 = If the domain is yours, add the missing MX host (or correct the pattern) in mta-sts.txt, then change the id= value of the _mta-sts.<domain> TXT record so that senders fetch the new policy instead of the copy they cache for up to max_age seconds. When you move MX records, list both the old and the new hosts in the policy before you switch.
    .fix-3 = If it cannot be fixed right away, set mode: testing for the time being and change the id in the TXT record: senders then deliver despite the mismatch and only report the failure.
    .fix-4 = If the domain belongs to someone else, only its administrator can fix it: send them the NDR and what you found, and resend the message once the policy is corrected.

exo-mta-sts-certificate-invalid = MTA-STS: the destination mail server's certificate failed validation
    .cause = The recipient domain's MTA-STS policy requires its MX hosts to present a trusted certificate, and the one offered after STARTTLS failed Exchange Online's checks: it does not chain to a trusted root certification authority (self-signed, issued by a private CA, or sent without its intermediate certificates), its common name and subject alternative names do not contain the MX host name the policy allows, or it has expired. Under mode: enforce the message is not sent. The text after Reason: names the check that failed. 4.7.5 is the retry form, 5.7.5 the final failure.
    .fix-1 = Look at the certificate the MX host presents: openssl s_client -connect <mx-host>:25 -starttls smtp -showcerts, then check the issuer, the expiry date (notAfter) and that the subject alternative names include <mx-host>.
    .fix-2 = On the destination server, install a certificate from a public certification authority whose SAN covers the MX host name, renew it if it has expired, and make the server send the full chain (server certificate followed by the intermediate certificates).
    .fix-3 = If the domain belongs to someone else, send its administrator the NDR; only they can replace the certificate. If the domain is yours and the repair takes time, set the policy to mode: testing and change the id in the _mta-sts TXT record so that senders deliver again in the meantime.

exo-4-5-3-too-many-recipients = The receiving server limits the number of recipients per message transfer
    .cause = The receiver refused the remaining RCPT TO commands because one SMTP transaction carried more recipients than it accepts. Exchange Online accepts at most 200 envelope recipients from the same domain in one transaction; other servers have their own limits.
    .fix-1 = Configure the sending server to split large recipient lists into smaller transactions (chunking); a compliant MTA retries the deferred recipients in a new transaction automatically.
    .fix-2 = For Postfix senders, lower smtp_destination_recipient_limit (for example to 100) for the affected destination.
    .fix-3 = For bulk mailings, send to fewer recipients per message instead of one message with a very long list.

exo-4-7-26-ipv6-spf-dkim = Mail sent to Exchange Online over IPv6 must pass SPF or DKIM
    .cause = Exchange Online accepts anonymous mail over IPv6 only when it passes SPF or DKIM. The message came from an IPv6 address that is not in the sender domain's SPF record and it carried no valid DKIM signature.
    .fix-1 = Sign outgoing mail with DKIM for the sending domain.
    .fix-2 = Add the sending server's IPv6 address (ip6:…) to the domain's SPF record, or make the server send to Exchange Online over IPv4.

exo-4-7-850-899-ip-restricted = The sending IP is temporarily restricted while Microsoft evaluates it
    .cause = Exchange Online Protection noticed suspicious activity from the connecting IP address and is temporarily refusing mail from it until the evaluation is finished. Legitimate traffic is normally released automatically.
    .fix-1 = Let the sending server keep retrying; do not raise the sending rate.
    .fix-2 = Check the sending IP for compromised accounts, open relay or unexpected volume, and stop anything that should not be sending.

exo-4-7-500-699-ip-throttled = Exchange Online is throttling the sending IP (graylisting): try again later
    .cause = The connecting IP address changed its sending pattern (for example much more volume than before, or it is new), so Exchange Online Protection temporarily defers its mail. This IP throttling is part of anti-spam filtering; the AS/S code in brackets identifies the rule.
    .fix-1 = Let the sender keep retrying; new or changed senders are released as they build a sending history over a few days.
    .fix-2 = If the mail comes from your own on-premises server or a service relaying for your Microsoft 365 tenant, create an inbound connector for it (New-InboundConnector with SenderIPAddresses or TlsSenderCertificateName) so it is recognised and not throttled.
    .fix-3 = Send regular mail from a verified custom domain, not from the initial onmicrosoft.com domain, which is strictly limited.

exo-5-0-350-x-dg-ref-too-long = The recipient rejected the message: x-dg-ref header is too long (Rich Text attachments)
    .cause = The message was written in Outlook Rich Text Format and contains an attached message that itself has an attachment. In RTF/TNEF the attachment data ends up in a header field whose line becomes too long, and the receiving server rejects it.
    .fix-1 = Resend the message in HTML format (Outlook: File > Options > Mail > Compose messages in HTML).
    .fix-2 = Stop sending TNEF to that destination: Set-RemoteDomain <domain> -TNEFEnabled $false (or Default for all external domains).

exo-5-0-350-as345-nested-attachments = The message was rejected because an attachment contains too many embedded files (AS345)
    .cause = One attachment (for example a Word document) contains 20 or more embedded files, which Exchange Online treats as a policy violation and rejects.
    .fix-1 = Remove some of the embedded files from the attachment, or send them as separate attachments or as a link, then resend.

exo-5-0-350-remote-error = The recipient's server rejected the message (generic 5.0.350 wrapper)
    .cause = 5.0.350 is a wrapper Exchange Online uses when the recipient's email system returned an error that has no more specific code. The real reason is the remote server's own text after the arrow (->).
    .fix-1 = Read the text after the arrow in the NDR; it is the recipient server's answer (for example account closed).
    .fix-2 = Act on that answer or contact the recipient's email admin; Microsoft support cannot change the recipient side.

exo-5-1-0-sender-denied = The receiving server denied the sender
    .cause = The recipient's system refused the sender address. On Exchange this is the Sender Filter agent rejecting a blocked sender or domain; in Exchange Online it can also happen when a reply is made to a message saved offline, where the stored sender/recipient (legacyExchangeDN) can no longer be resolved.
    .fix-1 = Check the addresses and retype the recipient instead of replying to an old saved message.
    .fix-2 = On the receiving Exchange server, check Get-SenderFilterConfig | Format-List BlockedSenders,BlockedDomains,BlockedDomainsAndSubdomains and remove the sender if it was blocked by mistake.
    .fix-3 = If the rejection comes from another organization, ask its email admin to allow your sender address.

exo-5-1-1-ex-recip-not-found = The recipient's internal Exchange (X.500) address no longer exists
    .cause = The message was addressed with an old Exchange internal address (legacyExchangeDN, shown as IMCEAEX-…) taken from the Outlook AutoComplete cache, an offline address book or a migrated (.pst) message. After a migration or re-creation of the mailbox, no recipient has that address any more.
    .fix-1 = Delete the recipient's entry from Outlook AutoComplete (click the X in the suggestion list) and type the full SMTP address again.
    .fix-2 = If many users are affected after a migration, add the old legacyExchangeDN as an X500 proxy address on the new recipient (Set-Mailbox <user> -EmailAddresses with an added X500: entry).
    .fix-3 = Make sure the offline address book downloads correctly in Outlook.

exo-5-1-1-recip-not-found = The recipient address does not exist (RESOLVER.ADR.RecipNotFound)
    .cause = Exchange looked the recipient up in its directory and found no mailbox, contact or group with that address: the address is misspelled, the mailbox was deleted or renamed, or Outlook suggested an outdated address from AutoComplete.
    .fix-1 = Check the spelling of the address; remove the stale AutoComplete entry in Outlook and type the address again.
    .fix-2 = As admin of the recipient domain, check that the address exists: Get-Recipient <address>.
    .fix-3 = If the recipient lives on-premises in a hybrid setup, make sure it is synchronised to Exchange Online as a mail user.

exo-5-1-8-bad-outbound-sender = The sender's account is blocked from sending because it sent spam
    .cause = Exchange Online added the sending user to the restricted entities list after it sent mail that looked like spam, usually because the account was compromised. Until an admin releases it, the user cannot send external (or any) mail.
    .fix-1 = Secure the account first: reset the password, revoke sessions, enforce MFA, and remove malicious inbox rules or forwarding (Get-InboxRule -Mailbox <user>).
    .fix-2 = Release the user on the Restricted entities page of the Microsoft Defender portal, or with Remove-BlockedSenderAddress -SenderAddress <user> (Get-BlockedSenderAddress lists blocked users).
    .fix-3 = Review the outbound spam policy and alerts to find what the account sent.

exo-5-1-10-recipient-not-found = The recipient's Exchange organization has no one with that address (RESOLVER.ADR.RecipientNotFound)
    .cause = The SMTP address lookup in the recipient's Exchange organization (Exchange Online or Exchange Server) found nobody with that address: it is misspelled, the user was deleted or, in Exchange Online, is unlicensed, or a forwarding rule sends a copy to a dead address. If you never sent the original message, the NDR is backscatter from a spammer who forged your address.
    .fix-1 = Check the address, remove the AutoComplete entry and retype it; compare it with the address in the NDR to spot forwarding.
    .fix-2 = As admin of the recipient organization, check that the user exists (Get-Recipient <address>) and, in Exchange Online, that it has a license; look for broken forwarding (inbox rules, mailbox forwarding, mail flow rules).
    .fix-3 = If this is backscatter, ignore it and make sure your domain has SPF, DKIM and DMARC so others can reject forged mail.

exo-5-1-90-daily-recipient-limit = The sender reached the daily recipient limit
    .cause = The mailbox has sent to more recipients within 24 hours than the Exchange Online sending limits allow, so sending is blocked until the rolling 24-hour window frees up. A sudden burst often means the account is compromised and sending spam.
    .fix-1 = Check whether the account is compromised (unknown sign-ins, inbox rules, sent items) and secure it if so.
    .fix-2 = Check the volume with message trace (Get-MessageTraceV2 -SenderAddress <user>) and the outbound spam policy limits (Get-HostedOutboundSpamFilterPolicy | Format-List RecipientLimit*).
    .fix-3 = For legitimate bulk mail, use a dedicated bulk-mail service instead of a user mailbox.

exo-5-2-2-submission-quota = The sender exceeded its sending limits (submission quota exceeded)
    .cause = The mailbox went over the recipient-rate or message-rate limit of Exchange Online, so further submissions are refused for a while. This often indicates a compromised account.
    .fix-1 = Check the account for compromise and secure it (password reset, MFA, remove unknown inbox rules).
    .fix-2 = Wait for the limit window to pass; spread legitimate mailings over time or use a bulk-mail service.

exo-submission-quota-exceeded = The mailbox exceeded its daily recipient quota (10,000 recipients per day)
    .cause = Exchange Online refused the submission with SubmissionQuotaExceededException because the mailbox has sent to more than its daily recipient limit (10,000 recipients per 24 hours). Legitimate users rarely hit it; a compromised account sending spam often does.
    .fix-1 = Check the account for compromise: recent sign-ins, inbox rules, forwarding and sent items; reset the password and enforce MFA if anything is suspicious.
    .fix-2 = Measure the volume with message trace (Get-MessageTraceV2 -SenderAddress <user>) to see when the 24-hour counter started; sending resumes as the window moves on.
    .fix-3 = Move legitimate bulk or application mail off user mailboxes to a service designed for it.

exo-5-2-121-sender-hourly-receive-limit = Too many messages from one sender to this recipient within an hour
    .cause = Exchange Online limits how many messages one recipient accepts per hour from one specific sender, to protect mailboxes from mail storms caused by automated senders. This sender went over that limit.
    .fix-1 = On the sending side, slow down: send fewer messages per hour to this recipient (for example batch notifications into one digest).
    .fix-2 = Check the sending application or rule for loops that send the same notification repeatedly.

exo-5-2-122-recipient-hourly-receive-limit = The recipient received too many messages within an hour
    .cause = Exchange Online limits how many messages one recipient accepts per hour from all senders combined. The recipient is being flooded (for example by automated systems or a mail loop), so further messages are refused for now.
    .fix-1 = Senders should retry later and reduce the hourly volume to this recipient.
    .fix-2 = As admin of the recipient, find the source of the flood with message trace (Get-MessageTraceV2 -RecipientAddress <mailbox>) and stop it.

exo-5-3-190-journaling-archive-disabled = Journaling on-premises mail to Microsoft 365 is not allowed for this tenant
    .cause = An on-premises journal rule sends journal reports to a Microsoft 365 mailbox, but Journaling Archive is turned off in the Exchange Online organization, so Exchange Online rejects them.
    .fix-1 = Either turn on Journaling Archive in Exchange Online (Set-TransportConfig -JournalArchivingEnabled $true) or change the on-premises journal rule to deliver journal reports to another destination (Get-JournalRule, Set-JournalRule -JournalEmailAddress).

exo-5-4-1-recipient-access-denied = Exchange Online rejected the recipient: the address does not exist (Directory Based Edge Blocking)
    .cause = The recipient domain is an authoritative domain in Exchange Online, and Directory Based Edge Blocking rejects any address that is not a known recipient in the directory. Either the address is wrong, or (in hybrid) the on-premises recipient is not synchronised to Exchange Online.
    .fix-1 = Check the recipient address for typos.
    .fix-2 = As admin of the recipient domain, check that the recipient exists in Exchange Online (Get-Recipient <address>); in hybrid, make sure Entra Connect synchronises that object.
    .fix-3 = If the domain legitimately has recipients that are not in the directory, set it to Internal Relay (Set-AcceptedDomain <domain> -DomainType InternalRelay) and route them with an outbound connector.

exo-5-4-1-relay-access-denied = The receiving server does not accept mail for the recipient's domain (Relay Access Denied)
    .cause = The server that received the message is not responsible for the recipient's domain. Usually the domain's MX record points to Exchange Online but the domain is not an accepted domain in that tenant (or points elsewhere while the domain is in Microsoft 365), or a hybrid connector/accepted-domain setting is wrong.
    .fix-1 = Check the MX record: it should point to <domain-key>.mail.protection.outlook.com (for example contoso-com.mail.protection.outlook.com) when the domain's mail is in Microsoft 365 (Resolve-DnsName <domain> -Type MX).
    .fix-2 = Check that the domain is an accepted domain of the right type: Get-AcceptedDomain | Format-List Name,DomainType (Authoritative, or Internal Relay when some mailboxes are elsewhere).
    .fix-3 = In hybrid setups, check the connectors created by the Hybrid Configuration Wizard and re-run it if needed.

exo-5-4-6-hop-count-exceeded = Mail loop: the message bounced between servers until the hop limit was reached (on-premises)
    .cause = The message was passed back and forth between servers — typically between on-premises Exchange and Exchange Online or another system — until the number of Received headers exceeded the limit. The cause is a routing configuration where each side thinks the other is responsible for the recipient.
    .fix-1 = Check accepted domain types on both sides (Get-AcceptedDomain | Format-List Name,DomainType): a domain must not be Internal Relay on both sides without a final destination.
    .fix-2 = Check send connectors / smart hosts and the mail user's target address (ExternalEmailAddress / targetAddress) for the recipient so they do not point back to the sender.
    .fix-3 = Check forwarding rules and mailbox forwarding for the recipient that could send the message around in a circle.

exo-5-4-14-hop-count-exceeded = Mail loop detected by Exchange Online: the hop limit was reached
    .cause = Exchange Online stopped the message because it had passed through too many hops (ATTR34), which means it was looping — for example between Exchange Online and an on-premises server or a third-party filter, or through forwarding rules. By default the loop is broken after about 20 iterations.
    .fix-1 = Trace the message and look at the Received headers to see which systems it cycled through.
    .fix-2 = Check accepted domain types (Get-AcceptedDomain) and the outbound connectors' smart hosts so that the recipient domain has one clear final destination.
    .fix-3 = Check forwarding (mailbox forwarding, inbox rules, mail flow rules) for the recipient, and MX records that might point back into the loop.

exo-5-4-300-message-expired = The message expired: the destination never responded
    .cause = Exchange Online could not deliver the message within the expiry time, either because the destination server never responded or because an NDR generated for the message could not itself be delivered to the original sender.
    .fix-1 = Check the destination domain's MX records and whether its mail server is reachable (Remote Connectivity Analyzer, Outbound SMTP Email test).
    .fix-2 = Run a message trace for the message to see the last errors, then resend once the destination works.

exo-5-5-0-mailbox-unavailable = The Outlook.com / Hotmail recipient does not exist
    .cause = The recipient is an Outlook.com or Hotmail consumer address, and the address lookup found no such mailbox (misspelled, closed or never existed).
    .fix-1 = Check the spelling of the address and ask the recipient for the correct one.
    .fix-2 = Remove the outdated AutoComplete entry in Outlook before resending.

exo-5-6-11-bare-linefeeds = The message contains bare line feeds and the destination cannot accept it
    .cause = The sending program put bare LF characters (line feed without carriage return) into the message. Exchange Online no longer fixes these up, and because the receiving server does not support BDAT (CHUNKING), the message cannot be sent with DATA.
    .fix-1 = Fix the sending application or script so every line ends with CRLF (for example use the mail library's standard serialisation instead of writing raw LF).
    .fix-2 = As a workaround, resend the message from Outlook on the web.
    .fix-3 = If the destination is your own server, enable BDAT/CHUNKING there or upgrade it to a server that supports it.

exo-5-7-1-delivery-not-authorized = The sender is not allowed to send to this recipient
    .cause = The recipient (often a distribution group) only accepts messages from certain senders, or a mail flow (transport) rule rejected the message. The sender is not on the allowed list.
    .fix-1 = Check the recipient's delivery restrictions: Get-DistributionGroup <group> | Format-List AcceptMessagesOnlyFrom*,RejectMessagesFrom*,RequireSenderAuthenticationEnabled (or Get-Mailbox for a mailbox).
    .fix-2 = Run a message trace to see whether a mail flow rule rejected it (Get-TransportRule lists the rules) and adjust the rule if the rejection is wrong.
    .fix-3 = Otherwise the sender must ask the group owner or recipient admin for permission.

exo-5-7-1-unable-to-relay = The server refused to relay the message to an external domain
    .cause = The sending system asked the server to deliver to a domain the server is not responsible for, without having permission to relay. Common causes are an application or device relaying through Exchange anonymously, or an MX record that points to a server where the domain is not accepted.
    .fix-1 = For an application or device that must relay, create a dedicated receive connector limited to its IP address and grant relay: Get-ReceiveConnector <name> | Add-ADPermission -User 'NT AUTHORITY\ANONYMOUS LOGON' -ExtendedRights 'Ms-Exch-SMTP-Accept-Any-Recipient'.
    .fix-2 = Or make the application authenticate with an account that may send, instead of relaying anonymously.
    .fix-3 = If the recipient domain should be hosted on this server, add it as an accepted domain (New-AcceptedDomain) and check that its MX record points to the right system.

exo-5-7-1-client-not-authenticated = The receiving server requires authentication before it accepts mail
    .cause = The receiving server only accepts messages from authenticated senders on this connector and does not allow anonymous mail, so the unauthenticated sending system was rejected. This is typical when a server's internet-facing receive connector does not allow anonymous users.
    .fix-1 = If the server should receive internet mail, allow anonymous senders on the internet-facing receive connector (Set-ReceiveConnector <name> -PermissionGroups with AnonymousUsers included).
    .fix-2 = If the sender is an internal application or server, configure it to authenticate to the receiving server.

exo-5-7-12-sender-not-authenticated-by-org = The recipient accepts only messages from inside its organization
    .cause = The recipient is configured to reject messages from senders outside its organization (unauthenticated senders), and the sender is external. Only the recipient's admin can change this.
    .fix-1 = As admin of the recipient, allow external senders on that recipient: Set-Mailbox / Set-DistributionGroup / Set-UnifiedGroup <identity> -RequireSenderAuthenticationEnabled $false (or in the EAC under delivery management).
    .fix-2 = As a sender, contact the recipient by other means and ask them to allow external mail.

exo-5-7-13-135-public-folder = The public folder accepts only messages from inside its organization
    .cause = The recipient is a mail-enabled public folder that rejects unauthenticated (external) senders.
    .fix-1 = As admin, allow external senders: Set-MailPublicFolder <folder> -RequireSenderAuthenticationEnabled $false.
    .fix-2 = Or add the specific senders that may post (Set-MailPublicFolder -AcceptMessagesOnlyFrom).

exo-5-7-124-sender-not-allowed = The sender is not on the group's list of allowed senders
    .cause = The distribution group only accepts messages from listed senders (or members), and the sender is not on that list — depending on the setup, even the group owner must be listed. Large groups can also be restricted to members only.
    .fix-1 = Check the restriction: Get-DistributionGroup <group> | Format-List AcceptMessagesOnlyFromSendersOrMembers,AcceptMessagesOnlyFrom.
    .fix-2 = Add the sender to the allowed senders in the EAC (group > Settings > Delivery management) or with Set-DistributionGroup.

exo-5-7-133-group-requires-auth = The recipient group accepts only messages from inside its organization
    .cause = The recipient is a distribution group or Microsoft 365 group set to reject messages from unauthenticated (external) senders. Mail from outside, including mail relayed anonymously from on-premises applications, is rejected.
    .fix-1 = As admin or group owner, allow external senders: Set-DistributionGroup <group> -RequireSenderAuthenticationEnabled $false (Set-UnifiedGroup for a Microsoft 365 group).
    .fix-2 = For on-premises applications relaying to the group, use an inbound connector or authenticated submission so the message counts as internal.

exo-5-7-134-mailbox-requires-auth = The mailbox accepts only messages from inside its organization
    .cause = The recipient mailbox is set to reject messages from unauthenticated (external) senders, so external mail to it is refused.
    .fix-1 = As admin, allow external senders: Set-Mailbox <mailbox> -RequireSenderAuthenticationEnabled $false, or add the senders that may write to it.

exo-5-7-136-mail-user-requires-auth = The mail user accepts only messages from inside its organization
    .cause = The recipient is a mail user (an address whose mailbox lives elsewhere) that is set to reject messages from unauthenticated (external) senders.
    .fix-1 = As admin, allow external senders: Set-MailUser <identity> -RequireSenderAuthenticationEnabled $false, or add the allowed senders.

exo-5-7-23-spf-violation = The recipient rejected the message because it failed SPF
    .cause = The receiving system checks SPF and the sending server's IP address is not authorised by the SPF record of the sender's domain (missing include, wrong IP, or too many DNS lookups).
    .fix-1 = Check the domain's SPF record (Resolve-DnsName <domain> -Type TXT) and add every legitimate sending source; for Microsoft 365 it must contain include:spf.protection.outlook.com.
    .fix-2 = Keep the record within 10 DNS lookups and publish only one SPF record, then resend.

exo-5-7-25-ipv6-no-reverse-dns = The sending IPv6 address has no reverse DNS (PTR) record
    .cause = Exchange Online requires a reverse DNS record for IPv6 addresses that send it mail. The connecting IPv6 address has no PTR record.
    .fix-1 = Ask whoever controls the IPv6 address (hosting or internet provider) to publish a PTR record with the server's host name.
    .fix-2 = Until then, send to Exchange Online over IPv4.

exo-5-7-57-smtp-auth-required = The application or device is not authenticated when sending through smtp.office365.com
    .cause = An application, printer or script submits mail to smtp.office365.com without authenticating (or its authentication failed). SMTP client submission requires a licensed mailbox's credentials, and authentication is only possible after TLS has been negotiated.
    .fix-1 = Configure the device for smtp.office365.com port 587 with STARTTLS and the credentials of a mailbox allowed to send; make sure the device supports TLS 1.2.
    .fix-2 = Check that SMTP AUTH is allowed: Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled and Get-CASMailbox <user> | Format-List SmtpClientAuthenticationDisabled (Set-CASMailbox <user> -SmtpClientAuthenticationDisabled $false).
    .fix-3 = If the device cannot authenticate, use direct send or an SMTP relay connector (inbound connector by IP or certificate) instead.

exo-5-7-64-tenant-attribution = Exchange Online cannot match mail from your server to your inbound connector (TenantAttribution)
    .cause = Exchange Online receives mail from your on-premises server or relay through an inbound connector, and that connector no longer matches the connection: the server's public IP address changed, or the certificate name it presents differs from the one configured on the connector. The mail is then treated as an anonymous relay attempt and refused.
    .fix-1 = Check the connector: Get-InboundConnector | Format-List Name,ConnectorType,SenderIPAddresses,TlsSenderCertificateName,RequireTls,Enabled.
    .fix-2 = Update it to the current public IP (Set-InboundConnector <name> -SenderIPAddresses <ip>) or certificate name (-TlsSenderCertificateName <name>), or re-run the Hybrid Configuration Wizard.
    .fix-3 = Make sure the on-premises send connector presents the right certificate (TlsCertificateName) and sends the full certificate chain.

exo-5-7-501-spam-abuse = The sending account was banned after spam was detected
    .cause = Exchange Online detected spam activity from the sending account and banned it from sending. This usually means the account was compromised.
    .fix-1 = Secure the account: reset its password, revoke sessions, enforce MFA and remove malicious inbox rules or forwarding.
    .fix-2 = After the issue is resolved, contact Microsoft support through your usual channel to restore sending.

exo-5-7-502-503-banned-sender = The sending account is banned because of spam activity
    .cause = Exchange Online banned the sending account after detecting spam sent from it, most often because the account was compromised.
    .fix-1 = Secure the account (password reset, MFA, remove malicious rules and forwarding) and check what it sent.
    .fix-2 = Then contact Microsoft support through your usual channel to lift the ban.

exo-5-7-504-recipient-rejected = The recipient address was rejected as invalid
    .cause = Exchange Online Protection rejected the recipient address because it is not a valid recipient.
    .fix-1 = Verify the recipient's email address and resend.

exo-5-7-505-banned-recipient = The recipient address is banned
    .cause = Exchange Online Protection refuses to deliver to this recipient address because it is not considered valid.
    .fix-1 = Verify the address; if you believe the block is a mistake, contact Microsoft support.

exo-5-7-506-bad-helo = The sending server introduced itself with the receiving server's name (Bad HELO)
    .cause = In HELO/EHLO the sending server used the name of the server it was connecting to instead of its own fully qualified host name. Exchange Online treats this as spambot behaviour and refuses the connection.
    .fix-1 = Set the sending server's HELO/EHLO name to its own public FQDN: on Exchange, Set-SendConnector <name> -Fqdn <host>; on Postfix, smtp_helo_name (defaults to myhostname).
    .fix-2 = Make sure that name resolves to the server's public IP and has a matching PTR record.

exo-5-7-507-rejected-by-recipient = The recipient's organization blocks the sending IP address
    .cause = The recipient's organization has blocked the IP address you send from, so Exchange Online refuses the message on its behalf.
    .fix-1 = Contact the recipient by other means and ask their email admin to unblock your sending IP address.

exo-5-7-508-ipv6-range-limit = The sending IPv6 range sent too much mail in too short a time
    .cause = Exchange Online limits how fast one IPv6 range may send, and the sender's range exceeded it.
    .fix-1 = Reduce the sending rate from that IPv6 range, or send over IPv4.
    .fix-2 = Check the sending hosts for compromise or unexpected bulk mail.

exo-5-7-509-dmarc-reject = The message failed DMARC and the sender domain's policy is reject
    .cause = The domain in the From header publishes DMARC with p=reject, and the message passed neither SPF nor DKIM in alignment with that domain, so the recipient rejected it. Typical reasons are a missing DKIM signature, a sending service missing from SPF, or forwarding that broke SPF/DKIM.
    .fix-1 = Read the Authentication-Results header in the returned message to see which checks failed.
    .fix-2 = Make every service that sends as the domain pass aligned SPF or DKIM: add it to SPF and enable DKIM signing for the domain (in Microsoft 365: the DKIM page in the Defender portal or Set-DkimSigningConfig <domain> -Enabled $true).
    .fix-3 = Until all sources are aligned, consider a less strict DMARC policy (p=quarantine or p=none) while you monitor the reports.

exo-5-7-510-no-ipv6 = The recipient domain does not accept mail over IPv6
    .cause = The message was sent over IPv6, but the recipient domain does not accept email over IPv6.
    .fix-1 = Make the sending server deliver to this domain over IPv4 (on Postfix, smtp_address_preference = ipv4 or inet_protocols = ipv4).

exo-5-7-511-banned-sender-ip = The sending IP address is banned by Microsoft
    .cause = The IP address the mail comes from has been banned by Exchange Online Protection, usually because of spam or other abuse sent from it (possibly by a previous user of the address).
    .fix-1 = Find and stop the source of abuse on that IP (compromised accounts, open relay, infected hosts).
    .fix-2 = Request delisting by emailing delist@microsoft.com with the full NDR text and the IP address.

exo-5-7-512-from-not-rfc5322 = The message has no valid From address
    .cause = Exchange Online rejects messages whose From header does not contain a valid address as required by RFC 5322 section 3.6.2 — for example an empty From or a display name without an address in angle brackets.
    .fix-1 = Fix the sending application so every message has a From header with a valid address, for example From: Display Name <sender@contoso.com>.

exo-5-7-513-customer-block-list = The recipient domain blocked your IP address on its own block list
    .cause = The recipient's organization added your sending IP address to its custom block list in Exchange Online (AS16012607), so their tenant refuses your mail.
    .fix-1 = Contact the recipient by other means and ask their email admin to remove your IP address from their block list.

exo-5-7-606-649-banned-sending-ip = The sending IP address is on Microsoft's blocked senders list
    .cause = Exchange Online Protection has banned the connecting IP address because of spam or other malicious traffic (the 5.7.606 to 5.7.649 codes). All mail from that IP to Microsoft 365 is refused until it is delisted.
    .fix-1 = Find and fix the cause on that IP first: compromised accounts, an open relay, or bulk mail that recipients report as spam.
    .fix-2 = Request removal with the self-service delist portal (https://sender.office.com) using the IP address from the NDR.

exo-5-7-703-tenant-recipient-block = Your own organization blocks this recipient (Tenant Allow/Block List)
    .cause = The recipient's address or domain is blocked in your tenant's Tenant Allow/Block List. Such a block also stops your users from sending to it, and the whole message is refused for all recipients.
    .fix-1 = Check the block entries: Get-TenantAllowBlockListItems -ListType Sender -Block.
    .fix-2 = If the block is not wanted, remove the entry (Remove-TenantAllowBlockListItems -ListType Sender -Entries <address-or-domain>) or in the Defender portal under Tenant Allow/Block Lists, then resend.

exo-5-7-705-tenant-threshold = Outbound mail from your tenant is blocked: too much spam was sent
    .cause = Most of the recent outbound traffic from the tenant was detected as spam or bulk, so Exchange Online blocked outgoing mail for the whole tenant. Common causes are a compromised on-premises server or admin account used to create connectors; rarely, a subscription that was renewed after it had expired.
    .fix-1 = Find the source with the Mailflow status report, Threat protection status (spam), Top senders and recipients and the Outbound connector report, and with message trace.
    .fix-2 = Fix the cause (compromised accounts, open relay, rogue connectors: Get-InboundConnector / Get-OutboundConnector), then contact Microsoft support to lift the block.

exo-5-7-708-ip-not-accepted = Exchange Online does not accept mail from this low-reputation sending IP
    .cause = The tenant is sending from IP addresses with low reputation that are typical for new or trial tenants, so Exchange Online refuses the traffic.
    .fix-1 = If this is a trial tenant, contact Microsoft support to request an exception until you buy licenses.
    .fix-2 = Make sure the tenant sends only legitimate mail from verified domains.

exo-5-7-750-unregistered-domains = The tenant is blocked from sending from domains it has not registered
    .cause = A large volume of mail was sent through the tenant with sender domains that are not accepted domains in Microsoft 365, so Exchange Online blocked it. Often a connector relays for domains nobody registered, or an attacker created a connector to send spam.
    .fix-1 = Add and verify every domain you send from as an accepted domain (Microsoft 365 admin center > Settings > Domains; Get-AcceptedDomain lists them).
    .fix-2 = Or use a certificate-based inbound connector whose certificate domain is an accepted, verified domain.
    .fix-3 = Look for unknown connectors (Get-InboundConnector) and compromised admin accounts, and remove them.

exo-4-4-62-wrong-region = Exchange Online refused the mail: it reached the wrong Microsoft 365 region (ATTR35)
    .cause = The mail was handed to an Exchange Online front end that does not serve the recipient's tenant. The sending server or device used an old or generic target (mail.messaging.microsoft.com, mail.global.frontbridge.com, or a fixed Microsoft 365 IP address) as its smart host or MX, instead of the tenant's own MX name.
    .fix-1 = On an Exchange server, check the smart host of the Send connector to Microsoft 365: Get-SendConnector | Format-List Name,SmartHosts,AddressSpaces. Replace those values with the tenant's MX endpoint (contoso-com.mail.protection.outlook.com) or the initial domain (<tenant>.mail.onmicrosoft.com).
    .fix-2 = On devices and applications that relay to Microsoft 365, set the same MX endpoint instead of an IP address, and let them look up MX records where they can.
    .fix-3 = Check the domain's MX record points to the name shown in the Microsoft 365 admin center (Settings > Domains), then retry the queue.

exchange-421-4-3-2-concurrent-connections = Too many connections at once: the Exchange receive connector refused another one
    .cause = The receiving Exchange server (or an Exchange Online front end) already has as many SMTP connections open from this sender, or in all, as its receive connector allows (MaxInboundConnectionPerSource, MaxInboundConnection), so it closed the new one with 421 4.3.2. The mail stays queued and is retried.
    .fix-1 = If the refusing server is yours: Get-ReceiveConnector | Format-List Name,MaxInboundConnection,MaxInboundConnectionPerSource. Raise the limit on the connector that takes this source's mail (Set-ReceiveConnector -MaxInboundConnectionPerSource), and look for connections left hanging by a network fault.
    .fix-2 = If your server is the sender: open fewer connections to that destination at once (Exchange: Set-TransportService -MaxPerDomainOutboundConnections; Postfix: smtp_destination_concurrency_limit), or spread the mail over time; applications sending in bulk should reuse one connection.


exchange-451-5-7-3-exchange-auth = Exchange servers cannot authenticate to each other (Exchange Server authentication, X-EXPS)
    .cause = Exchange servers of one organisation authenticate to each other with the X-EXPS command before they hand over internal mail. The receiving server refused or did not offer it: its receive connector that takes this traffic has Exchange Server authentication off, another receive connector with a narrower remote IP range takes the connection, or a firewall or SMTP inspection between them strips X-ANONYMOUSTLS, X-EXPS or GSSAPI.
    .fix-1 = On the receiving server: Get-ReceiveConnector | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups. The connector that takes mail from other Exchange servers (Default Frontend, Default) needs AuthMechanism ExchangeServer (with Tls) and the permission groups ExchangeServers and ExchangeLegacyServers.
    .fix-2 = Make sure no custom connector (a relay connector, for example) lists the other Exchange servers' addresses in its RemoteIPRanges.
    .fix-3 = Turn off SMTP inspection or fixup on firewalls between the servers, so that X-ANONYMOUSTLS, X-EXPS and GSSAPI pass; then Retry-Queue.

exchange-451-4-7-0-idle-timeout = Exchange closed an idle SMTP session (Timeout waiting for client input)
    .cause = The client sent nothing for longer than the receive connector's ConnectionInactivityTimeout, so Exchange ended the session with 451 4.7.0. On its own it is harmless: a stalled client, a test session left open, or a scanner. Many of them from one sender can point to a slow network path or a client that waits for something the server does not send.
    .fix-1 = Usually nothing to do. If a real sender is cut off in the middle of a message, check the network path between it and this server and the connector's ConnectionInactivityTimeout (Get-ReceiveConnector | Format-List Name,ConnectionInactivityTimeout).

exchange-sender-id-rejected = An Exchange Sender ID check refused the message: the sender's domain does not allow the sending server (Sender ID / PRA)
    .cause = The Sender ID agent of an Exchange server checked the purported responsible address (the Resent-Sender, Resent-From, Sender or From header) against that domain's SPF record. "Not Permitted" means the record does not list the sending IP; "Domain Does Not Exist" means the domain in that header does not exist in DNS. When your own server logged it (message tracking FAIL from the Sender Id Agent, Directionality Incoming), it refused inbound mail, most often spam with a forged sender: the recipient is not at fault.
    .fix-1 = If your server refused it, nothing needs fixing for spam; for a legitimate sender, ask them to correct their SPF record, or exempt their domain (Set-SenderIdConfig -BypassedSenderDomains).
    .fix-2 = If your own mail was refused, make sure the SPF record of the domain in your From or Sender header lists every server that sends for it, and that the domain resolves in public DNS.
exchange-rfc2606-reserved-domain = The recipient's domain is reserved for tests and documentation (RFC 2606)
    .cause = Exchange refused the recipient because its domain is one of the names RFC 2606 reserves (.test, .example, .invalid, .localhost, example.com, example.net, example.org): such domains never receive mail. A lab, a test script or a monitoring probe used a reserved domain for its recipients.
    .fix-1 = Give test mailboxes addresses in a domain you own (an accepted domain of your organization), and use those in Test-Mailflow and monitoring.
    .fix-2 = If a lab uses a reserved name as its internal namespace, add an accepted domain outside the reserved names for its mail addresses.
exo-5-7-51-tenant-inbound-attribution = Exchange Online matched a partner connector for the recipient's domain, and this server's mail did not meet it (TenantInboundAttribution)
    .cause = An inbound connector in the receiving Exchange Online tenant matched the message by the recipient's domain and accepts mail only from certain certificates or IP addresses (RestrictDomainsToCertificate / RestrictDomainsToIPAddresses). The sending server did not present the expected certificate (TlsSenderCertificateName) or did not connect from a listed address. In a hybrid this is usually the on-premises Send connector presenting a renewed or different certificate than the connector in Exchange Online names.
    .fix-1 = Compare the certificate: on-premises, Get-SendConnector | Format-List Name,TlsCertificateName; in Exchange Online, Get-InboundConnector | Format-List Name,TlsSenderCertificateName,RestrictDomainsToCertificate,SenderIPAddresses.
    .fix-2 = Rerun the Hybrid Configuration Wizard with the current certificate, or set the Send connector's TlsCertificateName ("<I>issuer<S>subject") and the inbound connector's TlsSenderCertificateName to match it.
    .fix-3 = If the sender is a partner, update the partner connector's certificate name or IP list to the partner's current servers.
exchange-transport-rule-reject = A mail flow (transport) rule rejected the message
    .cause = A mail flow rule with the "reject the message with the explanation" action (RejectMessage) matched the message and sent an NDR; "the message was rejected by organization policy" is the default explanation. The rule belongs to the organization whose server wrote the error: your own when your message tracking shows it (Source AGENT, Transport Rule Agent), otherwise the recipient's.
    .fix-1 = If your organization rejected it, find the rule that acted (message trace or Get-MessageTrackingLog names it; Get-TransportRule | Format-List Name,State,Priority,RejectMessageReasonText) and change its conditions or add an exception if the message was legitimate.
    .fix-2 = If the recipient's organization rejected it, the sender cannot change that rule: send the NDR to the recipient's administrators and ask which rule matched.
exo-5-7-520-external-forwarding-blocked = Your organization blocks automatic forwarding to external addresses (5.7.520)
    .cause = The sender's own Microsoft 365 organization refused the message: it was forwarded automatically (an inbox rule, mailbox forwarding or a redirect) to an address outside the organization, and the outbound anti-spam policy does not allow automatic external forwarding. The recipient's side played no part.
    .fix-1 = If the forwarding is wanted, create a custom outbound anti-spam policy for those mailboxes with "Automatic forwarding rules" set to On (Microsoft Defender portal → Anti-spam policies), rather than opening it for everyone.
    .fix-2 = If it is not wanted (a forgotten rule, or a rule an attacker set on a compromised mailbox), remove it: Get-InboxRule -Mailbox <user> and Get-Mailbox <user> | Format-List ForwardingSmtpAddress,DeliverToMailboxAndForward.
exo-5-7-193-group-external-senders = A Microsoft 365 group does not accept mail from outside its organization (5.7.193)
    .cause = The recipient is a Microsoft 365 group that accepts messages only from its members or from people in its own organization; an external sender, or a sender who is not a member, was refused by the group.
    .fix-1 = Ask the recipient's administrator or the group's owner to allow external senders: in Outlook or the admin center, "Let people outside the organization email the group", or Set-UnifiedGroup <group> -RequireSenderAuthenticationEnabled $false.
    .fix-2 = If only members may write, send to a member directly or ask to be added to the group.
exo-5-7-367-relay-pool-rejected = A message Exchange Online relayed onwards was refused by the next server (5.7.367)
    .cause = Exchange Online forwarded or relayed the message to another server and sent it from its relay pool, because the message did not pass SPF or DKIM when it entered Microsoft 365 (typically a message that came through a third-party gateway or was forwarded again); the next server refused mail from that pool. The sender cannot fix this with SMTP authentication.
    .fix-1 = If mail reaches Microsoft 365 through another gateway or service, turn on Enhanced Filtering for Connectors on its inbound connector, so that the original sender's SPF and DKIM are checked.
    .fix-2 = Make the sender domains of your own relayed mail accepted domains of the tenant, and avoid forwarding external mail through several hops.
exo-5-1-20-multiple-from = The message has several From addresses and no Sender (5.1.20)
    .cause = The From header of the message holds more than one address, and RFC 5322 then requires a Sender header naming the one who sent it; Exchange Online refuses such a message. An application or script that builds the message usually causes this.
    .fix-1 = Change the sending application so that From holds one address, or add a Sender header with the address of the mailbox that actually sends.
exchange-content-filter-quarantined = The Content Filter agent quarantined the message (Exchange Server)
    .cause = The Content Filter agent of the receiving Exchange server scored the message as spam above its quarantine threshold and sent it to the quarantine mailbox instead of delivering it; the sender was told with an NDR.
    .fix-1 = Ask the recipient's administrator to release the message from the quarantine mailbox, if it is legitimate.
    .fix-2 = For a sender or recipient that must not be filtered, add an exception: Set-ContentFilterConfig -BypassedSenders, -BypassedSenderDomains or -BypassedRecipients; review the thresholds with Get-ContentFilterConfig.
exchange-5-1-6-single-label-domain = The recipient's domain is a single label, which Exchange refuses (5.1.6)
    .cause = The recipient address ends in a domain of one label (user@contoso instead of user@contoso.com), and the Exchange organization is set to reject recipients in single-label domains (Set-TransportConfig -RejectSingleLabelRecipientDomains $true).
    .fix-1 = Write the recipient's full domain name (user@contoso.com); fix the contact, the application or the AutoComplete entry that supplies the short form.
    .fix-2 = If such internal names must be accepted, an administrator can run Set-TransportConfig -RejectSingleLabelRecipientDomains $false, and route the domain with a send connector or accepted domain.
exchange-5-3-2-address-book-policy = An address book policy keeps the recipient out of the sender's reach (5.3.2)
    .cause = The ABP Routing agent of the Exchange organization checked the address book policies: the recipient is not in the global address list of the sender's address book policy, so the store driver refused to deliver the message ("Missing or bad StoreDriver MDB properties").
    .fix-1 = Check which address book policies the sender and the recipient have: Get-Mailbox <user> | Format-List AddressBookPolicy, and the address lists each policy names (Get-AddressBookPolicy).
    .fix-2 = If the two should reach each other, put them in address lists of a shared policy, or change the recipient's attribute the address list filters on.
exchange-4-3-1-back-pressure = Exchange is refusing mail because its resources are low (back pressure, 4.3.1)
    .cause = The Exchange server that answered is under back pressure: free space on the disk that holds its queue database (or the transport logs) fell below the threshold, or its available memory is low, so transport refuses new messages until it recovers. On virtual machines with dynamic memory this comes and goes. The sender retries.
    .fix-1 = On that server, see which resource is over its limit: Get-ExchangeDiagnosticInfo -Server <server> -Process EdgeTransport -Component ResourceThrottling, and event 15004/15006/15007 of MSExchangeTransport in the Application log.
    .fix-2 = Free disk space on the queue database volume, or move the queue database to a larger disk (QueueDatabasePath in EdgeTransport.exe.config, then restart the Microsoft Exchange Transport service).
    .fix-3 = Give the Exchange virtual machine static memory, not dynamic memory, as Microsoft requires.
exchange-5-3-0-poison-message = Exchange moved the message to the poison message queue (5.3.0)
    .cause = The message made the transport service fail repeatedly ("Too many related errors"), so Exchange judged it malformed or harmful to the process and moved it to the poison message queue instead of delivering it.
    .fix-1 = On the server that sent the NDR, look at the poison message queue: Get-Message -Queue <server>\Poison | Format-List, and at the Application log for the transport crash that came with it.
    .fix-2 = Export the message (Export-Message) to see what is wrong with it; resume it (Resume-Message) only if it is safe, or remove it. Install the current Exchange update if messages keep landing there.
exchange-5-3-5-loop-same-fqdn = Exchange detected a mail loop: a receive connector announces another server's name (5.3.5)
    .cause = Exchange answers "System incorrectly configured" when a message would loop back to it: the FQDN one of its receive connectors announces is the same as that of another server, service or device in the mail flow (a smart host, a gateway, another Exchange server), so it takes the other side for itself. Other MTAs use these words for a configuration error of their own.
    .fix-1 = Compare the FQDN of the receive connectors (Get-ReceiveConnector | Format-List Identity,Fqdn,Bindings) with the names the other servers and devices in the mail path announce; leave it at the server's own FQDN unless you have a reason.
    .fix-2 = Check that send connectors and smart hosts do not route the domain back to the same server, then Retry-Queue.
exo-5-6-0-approval-invalid-expiry = Moderation cannot start: no retention tag for moderated recipients (APPROVAL.InvalidExpiry)
    .cause = The recipient is moderated (a moderated distribution group or dynamic distribution group), and the Approval Processing Agent needs a retention policy tag with IsDefaultModeratedRecipientsPolicyTag to know how long to keep the message awaiting approval. The organization has none, so every message to the group is refused.
    .fix-1 = In Exchange Online PowerShell run Enable-OrganizationCustomization, then New-RetentionPolicyTag -Name "Moderation" -IsDefaultModeratedRecipientsPolicyTag -AgeLimitForRetention 2 (on Exchange Server, only the second command).
    .fix-2 = Send the message again once the tag exists; until then, turning moderation off on the group (Set-DistributionGroup -ModerationEnabled $false) lets mail through unmoderated.
exo-send-as-denied = The account that signed in may not send as the From address (Send As denied)
    .cause = Exchange (Online or on-premises) refused the message because the mailbox or account that authenticated is not allowed to send as the address in From: it has no Send As permission on that mailbox, group or shared mailbox, or the application puts an address in From other than that of the account it signs in with. Nothing is wrong with the recipients.
    .fix-1 = Let the From address match the mailbox the device or application signs in with, or sign in as the mailbox it sends as.
    .fix-2 = Otherwise grant Send As to the account on that address: in Exchange Online Add-RecipientPermission -Identity <from address> -Trustee <account> -AccessRights SendAs (check with Get-RecipientPermission <from address>); on-premises Add-ADPermission -ExtendedRights "Send As".
    .fix-3 = Permissions can take some time to apply; then resend.
exo-4-3-1-resources = Exchange Online was short of resources for a moment and deferred the message (452 4.3.1)
    .cause = The answering server is one of Microsoft's Exchange Online servers (its address or name says so), which applies back pressure like any Exchange server: for a moment it had too little disk or memory for new mail and asked the sender to try again. Nothing on the sending side causes it or has to be freed.
    .fix-1 = Let the sending server's queue retry; the next attempts normally go through within minutes.
    .fix-2 = If it goes on for hours, check Microsoft 365 service health in the admin center for an incident in Exchange Online mail flow.
    .fix-3 = If no incident explains a long run of it, open a case with Microsoft with the times, the server names in the replies and your sending IP address.
exo-5-7-54-relay-not-attributed = Exchange Online refused to relay to an external recipient: it could not tie the sender to your organization
    .cause = Exchange Online accepts a message for a domain outside your accepted domains only from a sender it can attribute to your organization: an authenticated SMTP AUTH session, or a connection that matches an inbound connector from your own email server (by its public IP address or its TLS certificate). This connection matched neither, so the external recipient was refused. Typical senders: a printer, scanner or application using direct send to an external address, an on-premises server whose public IP address changed, or a connector whose certificate name no longer matches.
    .fix-1 = For a server or device that relays through Exchange Online, create or correct an inbound connector from your organization's email server that identifies it by its public IP address or certificate name (New-InboundConnector -ConnectorType OnPremises), and check that it is enabled.
    .fix-2 = Or let the application authenticate: SMTP AUTH client submission to smtp.office365.com on port 587 with STARTTLS, with a mailbox that may send.
    .fix-3 = Direct send (to your MX host without authentication) reaches only recipients in your own accepted domains; external recipients need one of the two ways above. Check also that the sender's domain is one of your accepted domains.
