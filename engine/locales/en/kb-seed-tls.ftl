socketerror-other-peer = A remote server (not Exchange Online) dropped the connection during the TLS handshake (SocketError)
    .cause = The queue's last error, or the NDR, says that the next hop closed the connection with a socket error, and that host is not Exchange Online: its address is outside Microsoft's published Exchange Online ranges. The two servers may share no TLS version or cipher suite, or a firewall or mail filter that inspects TLS cut the connection. It is not proven that this server lacks TLS 1.2.
    .fix-1 = In this server's Send connector protocol log, look at its sessions with other hosts: if some negotiated TLS 1.2 (SP_PROT_TLS1_2_CLIENT), TLS 1.2 works here and the remote side or the path to it is the one to change.
    .fix-2 = If no session from this server negotiated TLS 1.2, enable it as for Exchange Online (the SCHANNEL TLS 1.2 keys and the .NET values, then a restart); the read-only script below lists the values that are not set.
    .fix-3 = Ask the remote server's administrator which TLS versions and cipher suites it accepts, and whether a device in front of it inspects TLS.
    .fix-4 = Test the handshake from this server's network, for example with openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-5 = Once something was changed, retry the queue (Retry-Queue) and check that the message leaves it.
seed-queue-socketerror = The queue cannot deliver to Exchange Online: TLS 1.2 is not available on this server
    .cause = The on-premises server tried to hand the message to Exchange Online, which hung up during the TLS handshake. Exchange Online only accepts TLS 1.2 (TLS 1.0 and 1.1 were retired, see MC229914), so a server that can only offer TLS 1.0 or 1.1 keeps failing and the message waits in the queue with this LastError.
    .fix-1 = On the sending server, set DisabledByDefault = 0 and Enabled = 1 under SCHANNEL\Protocols\TLS 1.2\Client and TLS 1.2\Server (the .reg below does this, plus the .NET keys).
    .fix-2 = Set SystemDefaultTlsVersions = 1 and SchUseStrongCrypto = 1 for .NET v4.0.30319 and v2.0.50727, including the Wow6432Node twins, so Exchange's .NET code also uses TLS 1.2.
    .fix-3 = Restart the server: SCHANNEL reads these keys only at start-up.
    .fix-4 = Install the latest Windows and Exchange updates (TLS 1.2 needs at least Exchange 2013 CU19 or 2016 CU8).
    .fix-5 = Retry the queue (Retry-Queue) and confirm the send-connector protocol log now shows SP_PROT_TLS1_2_CLIENT.
seed-ndr-socketerror = Exchange Online dropped the connection: the sending server offered only TLS 1.0/1.1
    .cause = The connection to Exchange Online was closed during the TLS handshake ("SocketError" means the other side hung up). Exchange Online refuses TLS 1.0 and 1.1 on its mail-flow endpoints, so a sender without TLS 1.2 sees this in the NDR and in the Queue Viewer.
    .fix-1 = On the server that sends to Exchange Online, set DisabledByDefault = 0 and Enabled = 1 under SCHANNEL\Protocols\TLS 1.2\Client and TLS 1.2\Server.
    .fix-2 = Set SystemDefaultTlsVersions = 1 and SchUseStrongCrypto = 1 for .NET v4.0.30319 and v2.0.50727 (and their Wow6432Node twins).
    .fix-3 = Restart the server so the new SCHANNEL settings take effect.
    .fix-4 = Install the latest Windows and Exchange updates.
    .fix-5 = Resend the message, or retry the queue, and check that it is delivered.
protolog-socketerror-other-peer = The TLS handshake with a remote server (not Exchange Online) failed (SocketError)
    .cause = The Send connector's protocol log shows that the remote server closed the connection during the TLS handshake. This server and that one found no protocol version or cipher suite in common, or a device in between (a firewall or mail filter that inspects TLS) cut the connection. The remote server is not Exchange Online, so it is not proven that this server lacks TLS 1.2: check the other sessions first.
    .fix-1 = Look in the TLS census at the sessions this server sent to other hosts: if some negotiated TLS 1.2 (SP_PROT_TLS1_2_CLIENT), TLS 1.2 works here and the remote side is the one to change.
    .fix-2 = If no session from this server negotiated TLS 1.2, enable it as for Exchange Online: DisabledByDefault = 0 and Enabled = 1 under SCHANNEL\Protocols\TLS 1.2\Client and TLS 1.2\Server, the .NET SchUseStrongCrypto and SystemDefaultTlsVersions values, then a restart (the read-only script below lists the values that are not set).
    .fix-3 = Ask the remote server's administrator which TLS versions and cipher suites it accepts, and whether a firewall or filter in front of it inspects TLS.
    .fix-4 = Test the handshake from this server to that host (for example with openssl s_client -starttls smtp -connect host:25 -tls1_2 from a machine on the same network path).
seed-protolog-socketerror = TLS handshake to the remote server failed (SocketError) — TLS 1.2 is missing
    .cause = The Send connector's protocol log shows that the remote side closed the connection in the middle of the TLS handshake. With Exchange Online as the destination this is the signature of a server that offers only TLS 1.0 or 1.1, which Exchange Online no longer accepts.
    .fix-1 = Enable TLS 1.2 for SCHANNEL on this server: DisabledByDefault = 0 and Enabled = 1 under TLS 1.2\Client and TLS 1.2\Server.
    .fix-2 = Set the .NET values SystemDefaultTlsVersions = 1 and SchUseStrongCrypto = 1 (v4.0.30319 and v2.0.50727, with Wow6432Node).
    .fix-3 = Restart the server.
    .fix-4 = Install the latest Windows and Exchange updates.
    .fix-5 = Look in the protocol log for "TLS protocol SP_PROT_TLS1_2_CLIENT … negotiation succeeded" to confirm the fix; the TLS census lists any remote host still on TLS 1.0/1.1.
seed-protolog-socketerror-receive = A client's TLS handshake with this server failed (SocketError) — no TLS version in common
    .cause = The Receive connector's protocol log shows a remote client (another mail server, Exchange Online, a device or an application) that issued STARTTLS and then lost the connection in the middle of the TLS handshake. Usually the two sides share no TLS version: this server does not offer TLS 1.2 while the client requires it (Exchange Online does), or TLS 1.0 and 1.1 are disabled here and the client supports nothing newer.
    .fix-1 = Find the client in the remote-endpoint column of the row; the TLS census lists it with the protocols it negotiated and its failures.
    .fix-2 = If the client is Exchange Online or another current server, enable TLS 1.2 for SCHANNEL on this server: DisabledByDefault = 0 and Enabled = 1 under TLS 1.2\Server and TLS 1.2\Client, plus the .NET values SystemDefaultTlsVersions = 1 and SchUseStrongCrypto = 1.
    .fix-3 = Restart the server so SCHANNEL reads the new settings, and install the latest Windows and Exchange updates.
    .fix-4 = If the client is an old device or application that speaks only TLS 1.0 or 1.1, update or replace it (or its TLS library) instead of enabling the old protocols again on the server.
    .fix-5 = At the same moment the server's System log may hold Schannel event 36874 (it names the TLS version the client offered) or 36888 (the fatal alert sent back).
seed-starttls-first = The receiver requires TLS, but the session went on without it
    .cause = The receiving side requires STARTTLS before MAIL FROM, and the sender did not complete it. This often follows a failed TLS handshake: the sender retries without encryption and the receiver (Exchange Online or a connector with RequireTLS) refuses the plain session.
    .fix-1 = Make TLS succeed: enable TLS 1.2 for SCHANNEL (DisabledByDefault = 0, Enabled = 1 under TLS 1.2\Client and TLS 1.2\Server) on the server that sends or receives.
    .fix-2 = Set the .NET values SystemDefaultTlsVersions = 1 and SchUseStrongCrypto = 1 (v4.0.30319 and v2.0.50727, with Wow6432Node).
    .fix-3 = Restart the server, then install the latest Windows and Exchange updates.
    .fix-4 = Check that the connector's certificate (TlsCertificateName) exists and is enabled for SMTP, so STARTTLS is offered and can complete.
