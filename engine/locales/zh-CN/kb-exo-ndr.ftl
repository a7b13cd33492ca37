exo-4-3-2-recipient-thread-limit = 收件人邮箱正在被限流：同时到达的邮件过多
    .cause = Exchange 的 store driver 会限制同时投递到同一个邮箱的邮件数量，避免一个繁忙的邮箱拖慢同一数据库上的其他用户。当某个邮箱短时间内收到大量邮件时，后续投递会以 432 4.3.2 推迟并自动重试。
    .fix-1 = 通常无需处理：这是设计行为，发送服务器会重试，高峰过后邮件即可投递。
    .fix-2 = 如果某个邮箱反复出现，请用邮件跟踪 (Get-MessageTraceV2 -RecipientAddress <mailbox>) 找出突发来源——通常是应用程序、通知系统或邮件环路——并降低其速率或修复它。

exo-4-4-7-ambiguous-recipient = Exchange Online 为该收件人找到了多个目录对象
    .cause = 收件人查找返回 AmbiguousRecipientTransientException：同一个 SMTP 或代理地址存在于多个对象上（例如一个邮箱和一个邮件用户或联系人），常见于迁移或目录同步冲突之后。Exchange Online 将其视为临时错误并持续重试，最终以 4.4.7 使邮件过期。
    .fix-1 = 找出持有该地址的所有对象：Get-Recipient -ResultSize Unlimited | Where-Object EmailAddresses -match '<address>' | Format-List Name,RecipientTypeDetails,EmailAddresses。
    .fix-2 = 删除重复的地址（或过时的对象），使只有一个收件人拥有它；在混合部署中，请在本地 Active Directory 中修改并让 Entra Connect 同步。
    .fix-3 = 更改复制完成后重新发送邮件。

exo-4-4-312-dns-query-failed = Exchange Online 无法解析目标（DNS query failed）
    .cause = Exchange Online 查询 MX 记录或连接器的智能主机时，DNS 查询失败（例如 InfoNoRecords：没有可用记录）。常见原因是域的 DNS 托管商出现问题、域名已过期，或最近更改的 MX 仍被缓存。邮件保留在队列中并在 24 小时内重试。
    .fix-1 = 从您的网络外部自行解析该名称：Resolve-DnsName <domain> -Type MX（或出站连接器上的智能主机名，Get-OutboundConnector | Format-List Name,SmartHosts）。
    .fix-2 = 联系 DNS 托管商修正记录，或在域名过期时续费。
    .fix-3 = 如果目标属于合作伙伴或云服务商，请把 NDR 发给他们修复其 DNS。

exo-5-4-312-expired-dns-query-failed = 因无法解析目标的 DNS 名称，邮件已过期
    .cause = 这是 4.4.312 的最终形式：Exchange Online 在 24 小时内反复查询 MX 记录或智能主机的 DNS 均未成功，于是退回邮件。原因在目标域的 DNS，而不是邮件本身。
    .fix-1 = 从外部检查目标的记录：Resolve-DnsName <domain> -Type MX，以及出站连接器上的智能主机名。
    .fix-2 = 修正 DNS 记录（或续费已过期的域名）后重新发送邮件。

exo-4-4-315-connection-timed-out = Exchange Online 无法连接到目标服务器（connection timed out）
    .cause = Exchange Online 找到了目标，但在 TCP 25 上没有及时得到响应。通常是本地或合作伙伴的服务器宕机、防火墙静默丢弃流量，或连接器的智能主机指向了错误或旧的 IP 地址。
    .fix-1 = 检查出站连接器上的智能主机 (Get-OutboundConnector | Format-List Name,SmartHosts,Enabled)，确认它解析到邮件服务器当前的公网 IP。
    .fix-2 = 确认服务器正在运行，并接受来自 Exchange Online IP 范围的 TCP 25 连接（从外部用 Test-NetConnection <host> -Port 25 测试）。
    .fix-3 = 在 Exchange 管理中心 (Mail flow > Connectors) 中对连接器执行 Validate，确认投递已恢复。

exo-4-4-316-connection-refused = 目标服务器拒绝了来自 Exchange Online 的连接（Socket error 10061）
    .cause = Exchange Online 到达了目标 IP，但 TCP 25 被主动拒绝——通常是防火墙未放行 Microsoft 365 的 IP 地址、SMTP 服务已停止，或本地服务器已下线而出站连接器仍指向它。邮件会重试 24 小时，然后以 5.4.316 退回。
    .fix-1 = 如果本地仍有邮箱，请在防火墙上放行来自 Exchange Online IP 范围（Microsoft 365 URLs and IP address ranges）的入站 TCP 25，并确认 SMTP/传输服务正在运行。
    .fix-2 = 如果本地服务器已不存在，请禁用或删除指向它的出站连接器 (Set-OutboundConnector <name> -Enabled $false)，并把接受域从 Internal Relay 改为 Authoritative (Set-AcceptedDomain <domain> -DomainType Authoritative)。
    .fix-3 = 如果目标是合作伙伴，请把 NDR 及其中的 IP 地址发给对方。

exo-5-4-316-expired-connection-refused = 因目标持续拒绝连接，邮件已过期
    .cause = 这是 4.4.316 的最终形式：24 小时内 Exchange Online 到目标 TCP 25 的每次连接都被拒绝，于是退回邮件。问题在目标的防火墙或 SMTP 服务，或者连接器指向了已不存在的服务器。
    .fix-1 = 在目标防火墙上放行来自 Exchange Online IP 范围的 TCP 25，并确认 SMTP 服务正在运行。
    .fix-2 = 如果本地服务器已退役，请禁用出站连接器并把接受域设为 Authoritative，然后重新发送。

exo-4-4-317-untrusted-root = 无法验证远程服务器的 TLS 证书链（UntrustedRoot）
    .cause = 在 TLS 握手期间，远程邮件服务器只发送了自己的（叶）证书，没有附带中间 CA 证书，因此 Exchange Online 无法构建到受信任根的证书链。Exchange Online 不会自动下载缺失的中间证书，所以拒绝该会话；远程服务器向 Exchange Online 发送时也会发生同样的情况。
    .fix-1 = 在远程邮件服务器上配置 TLS 发送完整证书链（服务器证书后跟中间 CA 证书）。在 Windows/Exchange 上，把中间证书安装到计算机的 Intermediate Certification Authorities 存储；在 Postfix 上，把证书链放入 smtpd_tls_chain_files 或 smtpd_tls_cert_file 指定的文件。
    .fix-2 = 从外部验证：openssl s_client -connect <mx-host>:25 -starttls smtp -showcerts 应列出中间证书，而不只是服务器证书。
    .fix-3 = 如果远程服务器属于其他组织，请把 NDR 发给其管理员；只有他们能修复证书链。

exo-4-4-317-illegal-message = 与本地服务器的 TLS 握手失败（Security status IllegalMessage）
    .cause = Exchange Online 已连接到您的服务器，但 TLS 握手失败，您这一侧报告了 SEC_E_ILLEGAL_MESSAGE。这通常表示双方没有共同可用的协议版本或密码套件——例如本地服务器禁用了 TLS 1.2 或只启用了弱密码——或者为连接器选择的证书不可用。
    .fix-1 = 在本地 Exchange 服务器上为 SCHANNEL 启用 TLS 1.2（在 TLS 1.2\Client 和 TLS 1.2\Server 下设置 DisabledByDefault = 0、Enabled = 1），并设置 .NET 注册表值 SystemDefaultTlsVersions = 1 和 SchUseStrongCrypto = 1；然后重启服务器。
    .fix-2 = 在故障时间点检查系统事件日志中的 Schannel 事件 36874 / 36888；它们可以确认协议或密码不匹配。
    .fix-3 = 检查用于 SMTP 的证书：Get-ExchangeCertificate | Format-List Thumbprint,Services,NotAfter,Subject——证书必须有效、带有私钥并已为 SMTP 启用。

exo-4-4-317-starttls-required = Exchange Online 无法与您的服务器启动 TLS（451 5.7.3 STARTTLS is required to send mail）
    .cause = Exchange Online 发往您的本地（或合作伙伴）服务器的连接器要求 TLS，但会话无法加密。最常见的情况是您的服务器根本没有提供 STARTTLS：证书续订或删除后，接收连接器的 TlsCertificateName 仍指向旧证书（该服务器上会有事件 12014），因此 EHLO 不再列出 STARTTLS。较少见的是 TLS 握手本身失败，例如您的服务器不信任 Exchange Online 出示的证书链。
    .fix-1 = 在接收服务器上检查 EHLO 是否列出 250-STARTTLS（telnet <server> 25），并在其应用程序日志中查找事件 12014。在 Postfix 服务器上，STARTTLS 需要 smtpd_tls_security_level = may，并在 smtpd_tls_chain_files（或 smtpd_tls_cert_file 和 smtpd_tls_key_file）中配置证书。
    .fix-2 = 为当前证书启用 SMTP（Enable-ExchangeCertificate <thumbprint> -Services SMTP），然后清除或更正连接器的证书：Get-ReceiveConnector "<server>\Default Frontend <server>" | Set-ReceiveConnector -TlsCertificateName $null，并重新运行混合配置向导（或设置为新证书的 -TlsCertificateName "<I>issuer<S>subject"）。
    .fix-3 = 如果已提供 STARTTLS，请确认 DigiCert Global Root G2 证书位于服务器的受信任根证书颁发机构存储中且证书有效；然后让排队的邮件重新投递。

exo-4-4-317-winsock-connect-failed = Exchange Online 无法打开到目标的连接（Winsock 错误）
    .cause = 到目标的 TCP 连接在任何 SMTP 或 TLS 交互之前就在网络层失败了（Winsock 错误码说明了方式；995 表示连接尝试被中止）。目标主机、其防火墙或到达它的路径工作不正常。Exchange Online 会持续重试，然后以 5.4.317 使邮件过期。
    .fix-1 = 检查 LastAttemptedServerName / LastAttemptedIP 中的主机或 IP 是否为正确的目标，并且能从 Internet 通过 TCP 25 访问。
    .fix-2 = 查找丢弃或重置来自 Microsoft 365 IP 范围连接的防火墙、IPS 或负载均衡器规则。
    .fix-3 = 如果目标是合作伙伴，请把 NDR、IP 地址和尝试时间发给对方。

exo-4-4-317-cannot-connect = Exchange Online 已连接，但目标不接受会话
    .cause = Exchange Online 到达了目标服务器，但对方立即返回错误（例如 service not available），或不满足连接器的要求——最常见的是出站连接器要求 TLS，而目标不提供或无法完成 TLS。错误中方括号内的 [Message=…] 部分给出了实际原因。
    .fix-1 = 阅读 NDR 或邮件跟踪中的 [Message=…] 文本；那是目标服务器的回答。
    .fix-2 = 将连接器的 TLS 设置与目标支持的能力对比：Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain,SmartHosts。
    .fix-3 = 在您的本地服务器上，检查是否用已为 SMTP 启用的有效证书通告 STARTTLS (Get-ExchangeCertificate)，并且接收连接器没有拒绝 Exchange Online。

exo-5-4-317-expired-cannot-connect = 因始终无法与目标建立会话，邮件已过期
    .cause = 这是 4.4.317 的最终形式：24 小时内 Exchange Online 都无法与目标服务器完成会话（连接被中止、立即的 SMTP 错误或不满足 TLS 要求），于是退回邮件。括号中的文字重复了最后一次失败。
    .fix-1 = 根据括号中的文字（例如 Winsock 错误或 TLS 消息）判断这是目标的网络问题还是 TLS 问题。
    .fix-2 = 修复目标（防火墙、SMTP 服务、TLS 证书或连接器的 TLS 设置）后重新发送邮件。

exo-4-4-318-connection-closed-abruptly = 与目标的连接在 SMTP 会话中途被断开
    .cause = Exchange Online 已开始与目标通信，但连接被意外关闭。典型原因是带 SMTP 检查的防火墙破坏了会话、本地服务器挂起或资源耗尽，或双方之间的网络问题。
    .fix-1 = 在邮件服务器前的防火墙上关闭 SMTP 包检查 / SMTP fixup（例如 Cisco ESMTP inspection）。
    .fix-2 = 检查本地服务器的健康状况：传输服务、back pressure（事件 15004/15006）、磁盘空间和内存。
    .fix-3 = 如果问题在网络路径上，请网络团队跟踪来自 Exchange Online IP 范围的连接。

exo-5-4-318-expired-connection-closed-abruptly = 因与目标的连接屡次被断开，邮件已过期
    .cause = 这是 4.4.318 的最终形式：直到重试时间用完，Exchange Online 与目标服务器建立的每个会话都在邮件交付之前被关闭，于是退回邮件。问题在目标一侧或通往目标的网络路径上——通常是带 SMTP 检查的防火墙、挂起或过载的邮件服务器，或不稳定的网络。
    .fix-1 = 在目标邮件服务器前的防火墙上关闭 SMTP 包检查 / SMTP fixup（例如 Cisco ESMTP inspection）。
    .fix-2 = 检查目标服务器的健康状况（传输服务、back pressure 事件 15004/15006、磁盘空间和内存），然后重新发送邮件。

exo-4-7-320-certificate-validation-failed = Exchange Online 拒绝了目标服务器的证书
    .cause = 指向您的服务器或合作伙伴的连接器会验证目标的 TLS 证书，而验证失败了：证书已过期、其 subject/SAN 与连接器期望的名称不匹配，或因其他原因不再有效。
    .fix-1 = 检查目标服务器上的证书：Get-ExchangeCertificate | Format-List Subject,CertificateDomains,NotAfter,Services（过期则续订，并为 SMTP 启用）。在 Postfix 服务器上，查看它提供的证书：openssl x509 -noout -subject -dates -ext subjectAltName -in <smtpd_tls_chain_files 或 smtpd_tls_cert_file 中的文件>。
    .fix-2 = 确保连接器期望的名称与证书一致：Get-OutboundConnector | Format-List Name,TlsSettings,TlsDomain；用 Set-OutboundConnector <name> -TlsDomain <name-on-certificate> 修正。
    .fix-3 = 如果目标是合作伙伴，请把 NDR 发给对方更换证书。

exo-dane-starttls-not-supported = DANE：目标邮件服务器没有提供 TLS
    .cause = 收件人域发布了经 DNSSEC 签名的 DANE（TLSA）记录，因此 Exchange Online 必须使用 TLS 投递。目标服务器没有通告 STARTTLS 或 TLS 握手失败，所以邮件没有以明文发送。4.7.321 是重试形式，5.7.321 是最终失败。
    .fix-1 = 在目标服务器上确保通告 STARTTLS 且握手正常：openssl s_client -connect <mx-host>:25 -starttls smtp。
    .fix-2 = 如果收件人域属于他人，请把 NDR 转给对方；如果是您的域，请修复 MX 主机上的 TLS，或在 TLS 正常前移除 TLSA 记录。

exo-dane-certificate-expired = DANE：目标邮件服务器的证书已过期
    .cause = 收件人域使用 DANE，而其 MX 主机出示的证书已超过有效期，因此 Exchange Online 拒绝投递。4.7.322 是重试形式，5.7.322 是最终失败。
    .fix-1 = 在目标 MX 主机上续订证书。
    .fix-2 = 切换到新证书之前，先发布与之匹配的 TLSA 记录（并在切换完成前保留旧记录），使 DANE 验证始终不会失败。

exo-dane-tlsa-invalid = DANE：目标证书与其 TLSA 记录不匹配
    .cause = 收件人域经 DNSSEC 签名的 TLSA 记录与其 MX 主机出示的证书不匹配——证书已更换但未更新 TLSA、TLSA 记录错误、证书尚未生效，或连接正被篡改。4.7.323 是重试形式，5.7.323 是最终失败。
    .fix-1 = 对比 TLSA 记录 (dig +dnssec TLSA _25._tcp.<mx-host>) 与服务器出示的证书 (openssl s_client -connect <mx-host>:25 -starttls smtp)。
    .fix-2 = 发布与当前证书或密钥匹配的 TLSA 记录，等待旧 TTL 过期后重新发送。

exo-dane-dnssec-invalid = DANE：目标域的 DNSSEC 记录无法验证
    .cause = 收件人域声明已进行 DNSSEC 签名，但 Exchange Online 无法验证签名（例如注册商处的 DS 记录与区域密钥不匹配，或签名已过期）。没有有效的 DNSSEC 就无法检查 DANE，投递因此停止。4.7.324 是重试形式，5.7.324 是最终失败。
    .fix-1 = 用 DNSSEC 分析工具或 dig +dnssec <domain> MX 检查信任链，并对比注册商处的 DS 记录与区域的 DNSKEY。
    .fix-2 = 修复或重新签名区域（或在注册商处删除 DS 记录以正确关闭 DNSSEC），然后重新发送。

exo-dane-certificate-host-mismatch = DANE：目标证书中的名称与 MX 主机不匹配
    .cause = 使用 DANE 时，Exchange Online 要求目标证书的 common name 或 subject alternative name 与收件人域或 MX 主机名匹配，而出示的证书写的是别的名称。4.7.325 是重试形式，5.7.325 是最终失败。
    .fix-1 = 检查证书中的名称：openssl s_client -connect <mx-host>:25 -starttls smtp，然后查看 subject 和 subject alternative names。
    .fix-2 = 安装 CN 或 SAN 包含 MX 主机名的证书（或把 MX 指向证书覆盖的名称），然后重新发送。

exo-mta-sts-mx-not-in-policy = MTA-STS：收件人域的策略未列出 Exchange Online 找到的 MX 主机
    .cause = 收件人域发布了 MTA-STS 策略，Exchange Online 会按该策略检查发往该域的每封邮件。它在 DNS 中查到的 MX 主机与策略中的任何 mx: 行都不匹配，因此在 mode: enforce 下拒绝投递。通常是该域迁移了邮件系统（新的 MX 记录、新的服务商或网关）却没有更新策略，或者策略有拼写错误、所用模式没有覆盖该主机（*.example.net 只代表左侧恰好多一级标签）。4.4.8 是重试形式，5.4.8 是最终失败。
    .fix-1 = 对比两边：Resolve-DnsName <domain> -Type MX 列出 MX 主机，https://mta-sts.<domain>/.well-known/mta-sts.txt 是策略；每个 MX 主机都必须与其中某一行 mx: 匹配。
    .fix-2 = 如果是您的域，请在 mta-sts.txt 中加入缺少的 MX 主机（或改正模式），然后修改 _mta-sts.<domain> TXT 记录的 id= 值，让发送方获取新策略，而不是继续使用最多缓存 max_age 秒的旧副本。迁移 MX 记录时，请先在策略中同时列出新旧主机，再进行切换。
    .fix-3 = 如果无法立即修复，可暂时设为 mode: testing 并修改 TXT 记录中的 id：发送方即使不匹配也会投递，只报告该失败。
    .fix-4 = 如果收件人域属于他人，只有其管理员能修复：请把 NDR 和您的检查结果发给对方，策略改正后再重新发送邮件。

exo-mta-sts-certificate-invalid = MTA-STS：目标邮件服务器的证书未通过验证
    .cause = 收件人域的 MTA-STS 策略要求其 MX 主机出示受信任的证书，而 STARTTLS 之后出示的证书未通过 Exchange Online 的检查：它无法链接到受信任的根证书颁发机构（自签名、由私有 CA 颁发，或发送时缺少中间证书），其 common name 和 subject alternative name 中不包含策略允许的 MX 主机名，或者已经过期。在 mode: enforce 下邮件不会发送。Reason: 后面的文字说明了哪项检查失败。4.7.5 是重试形式，5.7.5 是最终失败。
    .fix-1 = 查看 MX 主机出示的证书：openssl s_client -connect <mx-host>:25 -starttls smtp -showcerts，然后检查颁发者、到期日期（notAfter），以及 subject alternative names 是否包含 <mx-host>。
    .fix-2 = 在目标服务器上安装由公共证书颁发机构签发、SAN 覆盖 MX 主机名的证书；如已过期请续订，并让服务器发送完整的证书链（服务器证书后接中间证书）。
    .fix-3 = 如果收件人域属于他人，请把 NDR 发给其管理员；只有对方能更换证书。如果是您的域且修复需要时间，请把策略改为 mode: testing 并修改 _mta-sts TXT 记录中的 id，让发送方在此期间恢复投递。

exo-4-5-3-too-many-recipients = 接收服务器限制了每次传输的收件人数量
    .cause = 由于一次 SMTP 事务携带的收件人超过了接收方允许的数量，接收方拒绝了其余的 RCPT TO 命令。Exchange Online 在一次事务中最多接受来自同一域的 200 个信封收件人；其他服务器有各自的限制。
    .fix-1 = 配置发送服务器把大的收件人列表拆分为较小的事务（分块）；符合标准的 MTA 会在新事务中自动重试被推迟的收件人。
    .fix-2 = 对于 Postfix 发送方，为受影响的目标调低 smtp_destination_recipient_limit（例如降到 100）。
    .fix-3 = 群发邮件时，每封邮件发送给较少的收件人，而不是一封邮件带一个很长的列表。

exo-4-7-26-ipv6-spf-dkim = 通过 IPv6 发送到 Exchange Online 的邮件必须通过 SPF 或 DKIM
    .cause = Exchange Online 只在邮件通过 SPF 或 DKIM 时才接受经 IPv6 发送的匿名邮件。这封邮件来自一个不在发件域 SPF 记录中的 IPv6 地址，且没有有效的 DKIM 签名。
    .fix-1 = 为发件域的外发邮件启用 DKIM 签名。
    .fix-2 = 把发送服务器的 IPv6 地址 (ip6:…) 加入该域的 SPF 记录，或让服务器通过 IPv4 发送到 Exchange Online。

exo-4-7-850-899-ip-restricted = 发送 IP 在 Microsoft 评估期间被暂时限制
    .cause = Exchange Online Protection 发现来自该连接 IP 地址的可疑活动，在评估完成前暂时拒绝其邮件。合法流量通常会被自动放行。
    .fix-1 = 让发送服务器继续重试；不要提高发送速率。
    .fix-2 = 检查该发送 IP 是否存在被盗用的账户、开放中继或异常流量，并停止一切不应发送的来源。

exo-4-7-500-699-ip-throttled = Exchange Online 正在限流该发送 IP（灰名单）：请稍后重试
    .cause = 连接的 IP 地址改变了发送模式（例如发送量远高于以往，或是新 IP），因此 Exchange Online Protection 暂时推迟其邮件。这种 IP 限流是反垃圾邮件过滤的一部分；方括号中的 AS/S 代码标识了触发的规则。
    .fix-1 = 让发送方继续重试；新的或行为改变的发送方会在几天内建立发送历史后被放行。
    .fix-2 = 如果邮件来自您自己的本地服务器或为您的 Microsoft 365 租户中继的服务，请为其创建入站连接器（New-InboundConnector，配合 SenderIPAddresses 或 TlsSenderCertificateName），使其被识别而不被限流。
    .fix-3 = 日常邮件应从已验证的自定义域发送，而不是从受到严格限制的初始 onmicrosoft.com 域发送。

exo-5-0-350-x-dg-ref-too-long = 收件方拒收邮件：x-dg-ref 标头过长（RTF 附件）
    .cause = 邮件以 Outlook RTF 格式撰写，并附带了一封本身又带有附件的邮件。在 RTF/TNEF 中，附件数据会进入某个标头字段，导致该行过长，接收服务器因此拒收。
    .fix-1 = 以 HTML 格式重新发送邮件（Outlook：File > Options > Mail > Compose messages in HTML）。
    .fix-2 = 停止向该目标发送 TNEF：Set-RemoteDomain <domain> -TNEFEnabled $false（或对所有外部域使用 Default）。

exo-5-0-350-as345-nested-attachments = 邮件因附件内嵌文件过多被拒收（AS345）
    .cause = 某个附件（例如 Word 文档）内嵌了 20 个或更多文件，Exchange Online 将其视为违反策略并拒收。
    .fix-1 = 从附件中删除部分内嵌文件，或把它们作为单独附件或链接发送，然后重新发送。

exo-5-0-350-remote-error = 收件人的服务器拒收了邮件（通用的 5.0.350 包装代码）
    .cause = 5.0.350 是 Exchange Online 在收件人邮件系统返回的错误没有更具体代码时使用的包装代码。真正的原因是箭头 (->) 之后远程服务器自己的文字。
    .fix-1 = 阅读 NDR 中箭头后面的文字；那是收件人服务器的回答（例如 account closed）。
    .fix-2 = 根据该回答处理，或联系收件人的邮件管理员；Microsoft 支持无法更改收件方的设置。

exo-5-1-0-sender-denied = 接收服务器拒绝了发件人
    .cause = 收件人的系统拒绝了发件人地址。在 Exchange 上，这是 Sender Filter 代理拒绝被阻止的发件人或域；在 Exchange Online 中，回复一封离线保存的邮件时也可能发生，因为保存的发件人/收件人 (legacyExchangeDN) 已无法解析。
    .fix-1 = 检查地址，重新输入收件人，而不是回复一封旧的已保存邮件。
    .fix-2 = 在接收端 Exchange 服务器上检查 Get-SenderFilterConfig | Format-List BlockedSenders,BlockedDomains,BlockedDomainsAndSubdomains，如发件人被误阻止则将其移除。
    .fix-3 = 如果拒绝来自其他组织，请对方的邮件管理员放行您的发件人地址。

exo-5-1-1-ex-recip-not-found = 收件人的 Exchange 内部（X.500）地址已不存在
    .cause = 邮件使用了旧的 Exchange 内部地址（legacyExchangeDN，显示为 IMCEAEX-…），它来自 Outlook 自动完成缓存、脱机通讯簿或迁移过来的 (.pst) 邮件。邮箱迁移或重建后，已没有收件人拥有该地址。
    .fix-1 = 从 Outlook 自动完成中删除该收件人条目（点击建议列表中的 X），然后重新输入完整的 SMTP 地址。
    .fix-2 = 如果迁移后很多用户受影响，请把旧的 legacyExchangeDN 作为 X500 代理地址添加到新收件人上 (Set-Mailbox <user> -EmailAddresses 并添加 X500: 条目)。
    .fix-3 = 确保 Outlook 能正确下载脱机通讯簿。

exo-5-1-1-recip-not-found = 收件人地址不存在（RESOLVER.ADR.RecipNotFound）
    .cause = Exchange 在目录中查找收件人，但没有找到具有该地址的邮箱、联系人或组：地址拼写错误、邮箱已删除或更名，或 Outlook 从自动完成中推荐了过时的地址。
    .fix-1 = 检查地址拼写；删除 Outlook 中过时的自动完成条目并重新输入地址。
    .fix-2 = 作为收件人域的管理员，检查该地址是否存在：Get-Recipient <address>。
    .fix-3 = 如果收件人在混合部署的本地环境中，请确保它已作为邮件用户 (MailUser) 同步到 Exchange Online。

exo-5-1-8-bad-outbound-sender = 发件人账户因发送垃圾邮件被禁止发信
    .cause = 发件用户发送了疑似垃圾邮件后，Exchange Online 将其加入受限实体列表，通常是因为账户已被盗用。在管理员解除之前，该用户无法发送外部（或任何）邮件。
    .fix-1 = 先保护账户：重置密码、吊销会话、强制 MFA，并删除恶意收件箱规则或转发 (Get-InboxRule -Mailbox <user>)。
    .fix-2 = 在 Microsoft Defender 门户的 Restricted entities 页面解除该用户，或使用 Remove-BlockedSenderAddress -SenderAddress <user>（Get-BlockedSenderAddress 列出被阻止的用户）。
    .fix-3 = 查看出站垃圾邮件策略和警报，了解该账户发送了什么。

exo-5-1-10-recipient-not-found = 收件人的 Exchange 组织中没有使用该地址的人（RESOLVER.ADR.RecipientNotFound）
    .cause = 在收件人的 Exchange 组织（Exchange Online 或 Exchange Server）中按 SMTP 地址查找，没有找到任何拥有该地址的人：地址拼写错误、用户已删除或（在 Exchange Online 中）未分配许可证，或转发规则把副本发往一个已失效的地址。如果您从未发送过原邮件，该 NDR 就是垃圾邮件发送者伪造您地址所造成的反向散射 (backscatter)。
    .fix-1 = 检查地址，删除自动完成条目后重新输入；并与 NDR 中的地址对比，以发现转发情况。
    .fix-2 = 作为收件人组织的管理员，确认该用户存在 (Get-Recipient <address>)，在 Exchange Online 中还要确认它拥有许可证；并查找损坏的转发（收件箱规则、邮箱转发、邮件流规则）。
    .fix-3 = 如果是反向散射，请忽略它，并确保您的域配置了 SPF、DKIM 和 DMARC，使他人能够拒收伪造邮件。

exo-5-1-90-daily-recipient-limit = 发件人已达到每日收件人上限
    .cause = 该邮箱在 24 小时内发送的收件人数超过了 Exchange Online 发送限制，因此在滚动的 24 小时窗口释放之前发送被阻止。突然的激增往往意味着账户被盗用并在发送垃圾邮件。
    .fix-1 = 检查账户是否被盗用（陌生登录、收件箱规则、已发送邮件），如是则加以保护。
    .fix-2 = 用邮件跟踪 (Get-MessageTraceV2 -SenderAddress <user>) 检查发送量，并查看出站垃圾邮件策略的限制 (Get-HostedOutboundSpamFilterPolicy | Format-List RecipientLimit*)。
    .fix-3 = 合法的群发邮件请使用专门的群发服务，而不是用户邮箱。

exo-5-2-2-submission-quota = 发件人超出了发送限制（submission quota exceeded）
    .cause = 该邮箱超过了 Exchange Online 的收件人速率或邮件速率限制，因此一段时间内的后续提交会被拒绝。这往往说明账户已被盗用。
    .fix-1 = 检查账户是否被盗用并加以保护（重置密码、MFA、删除陌生收件箱规则）。
    .fix-2 = 等待限制时段过去；把合法的群发分散到不同时间，或使用群发服务。

exo-submission-quota-exceeded = 邮箱超出了每日收件人配额（每天 10,000 个收件人）
    .cause = Exchange Online 以 SubmissionQuotaExceededException 拒绝了提交，因为该邮箱发送的收件人数超过了每日上限（24 小时内 10,000 个收件人）。合法用户很少触及此上限，而被盗用来发垃圾邮件的账户则经常触及。
    .fix-1 = 检查账户是否被盗用：最近的登录、收件箱规则、转发和已发送邮件；如有可疑情况，重置密码并强制 MFA。
    .fix-2 = 用邮件跟踪 (Get-MessageTraceV2 -SenderAddress <user>) 统计发送量，确定 24 小时计数从何时开始；窗口滑过后即可恢复发送。
    .fix-3 = 把合法的群发或应用程序邮件从用户邮箱迁移到为此设计的服务上。

exo-5-2-121-sender-hourly-receive-limit = 一小时内同一发件人发给该收件人的邮件过多
    .cause = Exchange Online 限制一个收件人每小时从某个特定发件人接收的邮件数量，以防自动发送系统造成的邮件风暴淹没邮箱。该发件人超过了此限制。
    .fix-1 = 发送方需要放慢速度：每小时发给该收件人的邮件更少（例如把通知合并为摘要）。
    .fix-2 = 检查发送应用或规则中是否存在反复发送同一通知的循环。

exo-5-2-122-recipient-hourly-receive-limit = 收件人在一小时内收到的邮件过多
    .cause = Exchange Online 限制一个收件人每小时从所有发件人接收的邮件总数。该收件人正被大量邮件淹没（例如来自自动化系统或邮件环路），因此暂时拒收后续邮件。
    .fix-1 = 发件人应稍后重试，并降低每小时发给该收件人的数量。
    .fix-2 = 作为收件人的管理员，用邮件跟踪 (Get-MessageTraceV2 -RecipientAddress <mailbox>) 找出邮件洪流的来源并加以阻止。

exo-5-3-190-journaling-archive-disabled = 该租户不允许将本地邮件日记记录到 Microsoft 365
    .cause = 本地的日记规则把日记报告发送到一个 Microsoft 365 邮箱，但 Exchange Online 组织中的 Journaling Archive 已关闭，因此 Exchange Online 拒收这些报告。
    .fix-1 = 要么在 Exchange Online 中开启 Journaling Archive (Set-TransportConfig -JournalArchivingEnabled $true)，要么修改本地日记规则，把日记报告投递到其他目标 (Get-JournalRule, Set-JournalRule -JournalEmailAddress)。

exo-5-4-1-recipient-access-denied = Exchange Online 拒绝了收件人：该地址不存在（Directory Based Edge Blocking）
    .cause = 收件人域在 Exchange Online 中是权威域，Directory Based Edge Blocking 会拒绝目录中不存在的任何地址。要么地址有误，要么（在混合部署中）本地收件人没有同步到 Exchange Online。
    .fix-1 = 检查收件人地址是否有拼写错误。
    .fix-2 = 作为收件人域的管理员，检查收件人是否存在于 Exchange Online (Get-Recipient <address>)；在混合部署中，确保 Entra Connect 同步了该对象。
    .fix-3 = 如果该域确实有不在目录中的收件人，请把它设为 Internal Relay (Set-AcceptedDomain <domain> -DomainType InternalRelay)，并通过出站连接器路由这些邮件。

exo-5-4-1-relay-access-denied = 接收服务器不接受发往该收件人域的邮件（Relay Access Denied）
    .cause = 接收邮件的服务器并不负责收件人的域。通常是该域的 MX 记录指向 Exchange Online，但该域不是该租户的接受域（或域在 Microsoft 365 中而 MX 指向别处），或者混合部署的连接器/接受域设置有误。
    .fix-1 = 检查 MX 记录：当该域的邮件位于 Microsoft 365 时，它应指向 <domain-key>.mail.protection.outlook.com（例如 contoso-com.mail.protection.outlook.com）(Resolve-DnsName <domain> -Type MX)。
    .fix-2 = 检查该域是否为正确类型的接受域：Get-AcceptedDomain | Format-List Name,DomainType（Authoritative，或当部分邮箱在别处时为 Internal Relay）。
    .fix-3 = 在混合部署中，检查 Hybrid Configuration Wizard 创建的连接器，必要时重新运行向导。

exo-5-4-6-hop-count-exceeded = 邮件环路：邮件在服务器之间来回传递直至达到跃点上限（本地）
    .cause = 邮件在服务器之间来回传递——通常是本地 Exchange 与 Exchange Online 或其他系统之间——直到 Received 标头数量超过上限。原因是路由配置使双方都认为对方负责该收件人。
    .fix-1 = 检查双方的接受域类型 (Get-AcceptedDomain | Format-List Name,DomainType)：一个域不能在双方都是 Internal Relay 而没有最终目标。
    .fix-2 = 检查发送连接器 / 智能主机以及该收件人邮件用户的目标地址 (ExternalEmailAddress / targetAddress)，确保它们不会指回发送方。
    .fix-3 = 检查收件人的转发规则和邮箱转发，看是否会让邮件绕圈。

exo-5-4-14-hop-count-exceeded = Exchange Online 检测到邮件环路：已达到跃点上限
    .cause = Exchange Online 因邮件经过的跃点过多 (ATTR34) 而将其终止，这表示邮件在循环——例如在 Exchange Online 与本地服务器或第三方过滤器之间，或经由转发规则。默认在大约 20 次循环后中断。
    .fix-1 = 跟踪该邮件并查看 Received 标头，了解它在哪些系统之间循环。
    .fix-2 = 检查接受域类型 (Get-AcceptedDomain) 和出站连接器的智能主机，使收件人域有一个明确的最终目标。
    .fix-3 = 检查收件人的转发（邮箱转发、收件箱规则、邮件流规则），以及可能指回环路的 MX 记录。

exo-5-4-300-message-expired = 邮件已过期：目标始终没有响应
    .cause = Exchange Online 未能在过期时间内投递邮件，原因是目标服务器始终没有响应，或者为该邮件生成的 NDR 本身无法投递给原发件人。
    .fix-1 = 检查目标域的 MX 记录及其邮件服务器是否可达（Remote Connectivity Analyzer 的 Outbound SMTP Email 测试）。
    .fix-2 = 对该邮件运行邮件跟踪查看最后的错误，目标恢复后重新发送。

exo-5-5-0-mailbox-unavailable = Outlook.com / Hotmail 收件人不存在
    .cause = 收件人是 Outlook.com 或 Hotmail 个人地址，地址查找没有找到该邮箱（拼写错误、已关闭或从未存在）。
    .fix-1 = 检查地址拼写，并向收件人确认正确地址。
    .fix-2 = 重新发送前删除 Outlook 中过时的自动完成条目。

exo-5-6-11-bare-linefeeds = 邮件包含裸换行符，目标无法接收
    .cause = 发送程序在邮件中写入了裸 LF 字符（没有回车的换行）。Exchange Online 不再自动修正这些字符，而接收服务器又不支持 BDAT (CHUNKING)，因此无法用 DATA 发送该邮件。
    .fix-1 = 修复发送应用或脚本，使每一行都以 CRLF 结尾（例如使用邮件库的标准序列化，而不是直接写入 LF）。
    .fix-2 = 临时办法：从 Outlook 网页版重新发送该邮件。
    .fix-3 = 如果目标是您自己的服务器，请在其上启用 BDAT/CHUNKING，或升级到支持它的服务器。

exo-5-7-1-delivery-not-authorized = 发件人无权向该收件人发送邮件
    .cause = 收件人（通常是通讯组）只接受特定发件人的邮件，或者某条邮件流（传输）规则拒绝了该邮件。发件人不在允许列表中。
    .fix-1 = 检查收件人的投递限制：Get-DistributionGroup <group> | Format-List AcceptMessagesOnlyFrom*,RejectMessagesFrom*,RequireSenderAuthenticationEnabled（邮箱则用 Get-Mailbox）。
    .fix-2 = 运行邮件跟踪，看是否有邮件流规则拒绝了该邮件（Get-TransportRule 列出规则），如拒绝有误则调整规则。
    .fix-3 = 否则，发件人需要向组所有者或收件人管理员申请权限。

exo-5-7-1-unable-to-relay = 服务器拒绝把邮件中继到外部域
    .cause = 发送系统要求服务器投递到它并不负责的域，却没有中继权限。常见原因是应用程序或设备匿名通过 Exchange 中继，或者 MX 记录指向了不接受该域的服务器。
    .fix-1 = 对需要中继的应用或设备，创建一个仅限其 IP 的专用接收连接器并授予中继权限：Get-ReceiveConnector <name> | Add-ADPermission -User 'NT AUTHORITY\ANONYMOUS LOGON' -ExtendedRights 'Ms-Exch-SMTP-Accept-Any-Recipient'。
    .fix-2 = 或者让应用使用有发送权限的账户进行身份验证，而不是匿名中继。
    .fix-3 = 如果收件人域本应由此服务器承载，请将其添加为接受域 (New-AcceptedDomain)，并检查其 MX 记录指向正确的系统。

exo-5-7-1-client-not-authenticated = 接收服务器要求先进行身份验证才接收邮件
    .cause = 接收服务器在该连接器上只接受已验证发件人的邮件，不允许匿名邮件，因此未验证的发送系统被拒绝。这通常发生在服务器面向 Internet 的接收连接器不允许匿名用户时。
    .fix-1 = 如果该服务器需要接收 Internet 邮件，请在面向 Internet 的接收连接器上允许匿名发件人（Set-ReceiveConnector <name> -PermissionGroups 并包含 AnonymousUsers）。
    .fix-2 = 如果发件方是内部应用或服务器，请将其配置为向接收服务器进行身份验证。

exo-5-7-12-sender-not-authenticated-by-org = 收件人只接受来自其组织内部的邮件
    .cause = 收件人被配置为拒收来自组织外部（未验证）发件人的邮件，而发件人是外部人员。只有收件人的管理员才能更改此设置。
    .fix-1 = 作为收件人的管理员，允许外部发件人：Set-Mailbox / Set-DistributionGroup / Set-UnifiedGroup <identity> -RequireSenderAuthenticationEnabled $false（或在 EAC 的投递管理中设置）。
    .fix-2 = 作为发件人，请通过其他方式联系收件人，请其允许外部邮件。

exo-5-7-13-135-public-folder = 公用文件夹只接受来自组织内部的邮件
    .cause = 收件人是启用邮件的公用文件夹，会拒收未验证（外部）发件人的邮件。
    .fix-1 = 作为管理员，允许外部发件人：Set-MailPublicFolder <folder> -RequireSenderAuthenticationEnabled $false。
    .fix-2 = 或添加允许投递的特定发件人 (Set-MailPublicFolder -AcceptMessagesOnlyFrom)。

exo-5-7-124-sender-not-allowed = 发件人不在该组的允许发件人列表中
    .cause = 通讯组只接受列出的发件人（或成员）的邮件，而发件人不在该列表中——视配置而定，即使组所有者也必须被列入。大型组也可能被限制为仅成员可发。
    .fix-1 = 检查限制：Get-DistributionGroup <group> | Format-List AcceptMessagesOnlyFromSendersOrMembers,AcceptMessagesOnlyFrom。
    .fix-2 = 在 EAC（group > Settings > Delivery management）或用 Set-DistributionGroup 把发件人加入允许列表。

exo-5-7-133-group-requires-auth = 收件组只接受来自组织内部的邮件
    .cause = 收件人是被设置为拒收未验证（外部）发件人邮件的通讯组或 Microsoft 365 组。来自外部的邮件，包括本地应用匿名中继的邮件，都会被拒收。
    .fix-1 = 作为管理员或组所有者，允许外部发件人：Set-DistributionGroup <group> -RequireSenderAuthenticationEnabled $false（Microsoft 365 组使用 Set-UnifiedGroup）。
    .fix-2 = 对于向该组中继的本地应用，请使用入站连接器或经过身份验证的提交，使邮件被视为内部邮件。

exo-5-7-134-mailbox-requires-auth = 该邮箱只接受来自组织内部的邮件
    .cause = 收件人邮箱被设置为拒收未验证（外部）发件人的邮件，因此发给它的外部邮件被拒绝。
    .fix-1 = 作为管理员，允许外部发件人：Set-Mailbox <mailbox> -RequireSenderAuthenticationEnabled $false，或添加允许的发件人。

exo-5-7-136-mail-user-requires-auth = 该邮件用户只接受来自组织内部的邮件
    .cause = 收件人是一个邮件用户（MailUser，其邮箱位于别处的地址），被设置为拒收未验证（外部）发件人的邮件。
    .fix-1 = 作为管理员，允许外部发件人：Set-MailUser <identity> -RequireSenderAuthenticationEnabled $false，或添加允许的发件人。

exo-5-7-23-spf-violation = 收件方因 SPF 失败拒收了邮件
    .cause = 接收系统会检查 SPF，而发送服务器的 IP 地址没有被发件域的 SPF 记录授权（缺少 include、IP 错误或 DNS 查询次数过多）。
    .fix-1 = 检查该域的 SPF 记录 (Resolve-DnsName <domain> -Type TXT) 并加入所有合法的发送来源；对于 Microsoft 365，必须包含 include:spf.protection.outlook.com。
    .fix-2 = 保持记录在 10 次 DNS 查询以内且只发布一条 SPF 记录，然后重新发送。

exo-5-7-25-ipv6-no-reverse-dns = 发送方 IPv6 地址没有反向 DNS（PTR）记录
    .cause = Exchange Online 要求向其发信的 IPv6 地址具有反向 DNS 记录。该连接的 IPv6 地址没有 PTR 记录。
    .fix-1 = 请管理该 IPv6 地址的一方（托管商或 ISP）发布带有服务器主机名的 PTR 记录。
    .fix-2 = 在此之前，通过 IPv4 发送到 Exchange Online。

exo-5-7-57-smtp-auth-required = 应用或设备通过 smtp.office365.com 发送时未进行身份验证
    .cause = 某个应用、打印机或脚本向 smtp.office365.com 提交邮件时没有进行身份验证（或验证失败）。SMTP 客户端提交需要有许可证的邮箱凭据，并且只有在协商 TLS 之后才能进行身份验证。
    .fix-1 = 将设备配置为使用 smtp.office365.com 端口 587、STARTTLS，以及允许发信的邮箱凭据；确保设备支持 TLS 1.2。
    .fix-2 = 检查是否允许 SMTP AUTH：Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled 以及 Get-CASMailbox <user> | Format-List SmtpClientAuthenticationDisabled (Set-CASMailbox <user> -SmtpClientAuthenticationDisabled $false)。
    .fix-3 = 如果设备无法进行身份验证，请改用直接发送 (direct send) 或 SMTP 中继连接器（按 IP 或证书的入站连接器）。

exo-5-7-64-tenant-attribution = Exchange Online 无法把来自您服务器的邮件匹配到入站连接器（TenantAttribution）
    .cause = Exchange Online 通过入站连接器接收来自您的本地服务器或中继的邮件，而该连接器已不再与连接匹配：服务器的公网 IP 已更改，或其出示的证书名称与连接器上配置的不同。此时邮件被视为匿名中继尝试而被拒绝。
    .fix-1 = 检查连接器：Get-InboundConnector | Format-List Name,ConnectorType,SenderIPAddresses,TlsSenderCertificateName,RequireTls,Enabled。
    .fix-2 = 将其更新为当前的公网 IP (Set-InboundConnector <name> -SenderIPAddresses <ip>) 或证书名称 (-TlsSenderCertificateName <name>)，或重新运行 Hybrid Configuration Wizard。
    .fix-3 = 确保本地发送连接器出示正确的证书 (TlsCertificateName) 并发送完整的证书链。

exo-5-7-501-spam-abuse = 检测到垃圾邮件后，发送账户被封禁
    .cause = Exchange Online 检测到发送账户的垃圾邮件活动并禁止其发信。这通常意味着账户已被盗用。
    .fix-1 = 保护账户：重置密码、吊销会话、强制 MFA，并删除恶意收件箱规则或转发。
    .fix-2 = 问题解决后，通过常规渠道联系 Microsoft 支持以恢复发送。

exo-5-7-502-503-banned-sender = 发送账户因垃圾邮件活动被封禁
    .cause = Exchange Online 检测到从该账户发出的垃圾邮件后将其封禁，最常见的原因是账户被盗用。
    .fix-1 = 保护账户（重置密码、MFA、删除恶意规则和转发），并检查它发送了什么。
    .fix-2 = 然后通过常规渠道联系 Microsoft 支持解除封禁。

exo-5-7-504-recipient-rejected = 收件人地址因无效被拒绝
    .cause = Exchange Online Protection 拒绝了该收件人地址，因为它不是有效的收件人。
    .fix-1 = 核实收件人的电子邮件地址后重新发送。

exo-5-7-505-banned-recipient = 收件人地址被封禁
    .cause = Exchange Online Protection 拒绝向该收件人地址投递，因为它被认为无效。
    .fix-1 = 核实地址；如果您认为封禁有误，请联系 Microsoft 支持。

exo-5-7-506-bad-helo = 发送服务器以接收服务器的名称自我介绍（Bad HELO）
    .cause = 在 HELO/EHLO 中，发送服务器使用了它所连接服务器的名称，而不是自己的完全限定主机名。Exchange Online 将此视为垃圾邮件机器人行为并拒绝连接。
    .fix-1 = 把发送服务器的 HELO/EHLO 名称设为其自己的公网 FQDN：在 Exchange 上使用 Set-SendConnector <name> -Fqdn <host>；在 Postfix 上设置 smtp_helo_name（默认为 myhostname）。
    .fix-2 = 确保该名称解析到服务器的公网 IP，并有相应的 PTR 记录。

exo-5-7-507-rejected-by-recipient = 收件人的组织阻止了发送 IP 地址
    .cause = 收件人的组织阻止了您发送所用的 IP 地址，因此 Exchange Online 代表其拒收邮件。
    .fix-1 = 通过其他方式联系收件人，请其邮件管理员解除对您发送 IP 的阻止。

exo-5-7-508-ipv6-range-limit = 发送方 IPv6 网段在过短时间内发送了过多邮件
    .cause = Exchange Online 限制单个 IPv6 网段的发送速度，而发件方的网段超出了该限制。
    .fix-1 = 降低该 IPv6 网段的发送速率，或改用 IPv4 发送。
    .fix-2 = 检查发送主机是否被入侵或存在异常群发。

exo-5-7-509-dmarc-reject = 邮件未通过 DMARC，且发件域的策略为 reject
    .cause = From 标头中的域发布了 p=reject 的 DMARC 策略，而邮件在与该域对齐的前提下既未通过 SPF 也未通过 DKIM，因此收件方拒收。典型原因是缺少 DKIM 签名、某个发送服务不在 SPF 中，或转发破坏了 SPF/DKIM。
    .fix-1 = 查看退回邮件中的 Authentication-Results 标头，了解哪些检查失败。
    .fix-2 = 让所有以该域名发信的服务都通过对齐的 SPF 或 DKIM：把它加入 SPF，并为该域启用 DKIM 签名（在 Microsoft 365 中：Defender 门户的 DKIM 页面或 Set-DkimSigningConfig <domain> -Enabled $true）。
    .fix-3 = 在所有来源完成对齐之前，可考虑在监控报告的同时使用较宽松的 DMARC 策略（p=quarantine 或 p=none）。

exo-5-7-510-no-ipv6 = 收件人域不接受通过 IPv6 发送的邮件
    .cause = 邮件通过 IPv6 发送，但收件人域不接受经 IPv6 投递的电子邮件。
    .fix-1 = 让发送服务器通过 IPv4 向该域投递（在 Postfix 上设置 smtp_address_preference = ipv4 或 inet_protocols = ipv4）。

exo-5-7-511-banned-sender-ip = 发送 IP 地址已被 Microsoft 封禁
    .cause = 邮件来源的 IP 地址已被 Exchange Online Protection 封禁，通常是因为从该地址发送了垃圾邮件或其他滥用内容（可能来自该地址的前任使用者）。
    .fix-1 = 找出并阻止该 IP 上的滥用来源（被盗用的账户、开放中继、受感染的主机）。
    .fix-2 = 发送电子邮件到 delist@microsoft.com 申请解除列入，附上完整的 NDR 文本和 IP 地址。

exo-5-7-512-from-not-rfc5322 = 邮件没有有效的 From 地址
    .cause = Exchange Online 会拒收 From 标头不含符合 RFC 5322 第 3.6.2 节要求的有效地址的邮件——例如 From 为空，或只有显示名而没有尖括号中的地址。
    .fix-1 = 修复发送应用，使每封邮件都有带有效地址的 From 标头，例如 From: Display Name <sender@contoso.com>。

exo-5-7-513-customer-block-list = 收件人域在其自有阻止列表中阻止了您的 IP 地址
    .cause = 收件人的组织把您的发送 IP 地址加入了其在 Exchange Online 中的自定义阻止列表 (AS16012607)，因此其租户拒收您的邮件。
    .fix-1 = 通过其他方式联系收件人，请其邮件管理员把您的 IP 地址从阻止列表中移除。

exo-5-7-606-649-banned-sending-ip = 发送 IP 地址在 Microsoft 的已阻止发件人列表中
    .cause = 由于垃圾邮件或其他恶意流量，Exchange Online Protection 已封禁该连接 IP 地址（代码 5.7.606 至 5.7.649）。在解除列入之前，该 IP 发往 Microsoft 365 的所有邮件都会被拒绝。
    .fix-1 = 先找出并修复该 IP 上的原因：被盗用的账户、开放中继，或被收件人举报为垃圾邮件的群发邮件。
    .fix-2 = 使用自助解除列入门户 (https://sender.office.com) 并填写 NDR 中的 IP 地址申请移除。

exo-5-7-703-tenant-recipient-block = 您自己的组织阻止了该收件人（Tenant Allow/Block List）
    .cause = 收件人的地址或域在您租户的 Tenant Allow/Block List 中被阻止。这样的阻止条目也会禁止您的用户向其发信，而且整封邮件对所有收件人都会被拒绝。
    .fix-1 = 检查阻止条目：Get-TenantAllowBlockListItems -ListType Sender -Block。
    .fix-2 = 如果不需要该阻止，请删除条目 (Remove-TenantAllowBlockListItems -ListType Sender -Entries <address-or-domain>)，或在 Defender 门户的 Tenant Allow/Block Lists 中删除，然后重新发送。

exo-5-7-705-tenant-threshold = 您租户的出站邮件被阻止：发送了过多垃圾邮件
    .cause = 租户近期的大部分出站流量被检测为垃圾邮件或批量邮件，因此 Exchange Online 阻止了整个租户的外发邮件。常见原因是被盗用的本地服务器或被用来创建连接器的管理员账户；少数情况下是订阅过期后才续订。
    .fix-1 = 使用 Mailflow status report、Threat protection status（spam）、Top senders and recipients 和 Outbound connector report 以及邮件跟踪找出来源。
    .fix-2 = 修复原因（被盗用的账户、开放中继、可疑连接器：Get-InboundConnector / Get-OutboundConnector），然后联系 Microsoft 支持解除阻止。

exo-5-7-708-ip-not-accepted = Exchange Online 不接受来自此低信誉发送 IP 的邮件
    .cause = 该租户正在使用新租户或试用租户常见的低信誉 IP 地址发信，因此 Exchange Online 拒绝了这些流量。
    .fix-1 = 如果这是试用租户，请联系 Microsoft 支持申请在购买许可证之前的例外。
    .fix-2 = 确保租户只从已验证的域发送合法邮件。

exo-5-7-750-unregistered-domains = 租户被禁止从未注册的域发送邮件
    .cause = 大量邮件经由该租户发送，而发件人域并不是 Microsoft 365 中的接受域，因此 Exchange Online 将其阻止。通常是某个连接器为无人注册的域中继邮件，或攻击者创建了连接器来发送垃圾邮件。
    .fix-1 = 把所有用于发信的域添加并验证为接受域（Microsoft 365 管理中心 > Settings > Domains；Get-AcceptedDomain 可列出它们）。
    .fix-2 = 或使用基于证书的入站连接器，且证书中的域是已接受并已验证的域。
    .fix-3 = 查找陌生的连接器 (Get-InboundConnector) 和被盗用的管理员账户，并将其移除。

exo-4-4-62-wrong-region = Exchange Online 拒收邮件：邮件送到了错误的 Microsoft 365 区域（ATTR35）
    .cause = 邮件被交给了不为收件人租户服务的 Exchange Online 前端。发送服务器或设备把旧的或通用的目标（mail.messaging.microsoft.com、mail.global.frontbridge.com 或固定的 Microsoft 365 IP 地址）用作智能主机或 MX，而不是租户自己的 MX 名称。
    .fix-1 = 在 Exchange 服务器上检查发往 Microsoft 365 的发送连接器的智能主机：Get-SendConnector | Format-List Name,SmartHosts,AddressSpaces。把这些值换成租户的 MX 终结点（contoso-com.mail.protection.outlook.com）或初始域（<tenant>.mail.onmicrosoft.com）。
    .fix-2 = 在向 Microsoft 365 中继的设备和应用上，同样使用该 MX 终结点而不是 IP 地址，能查询 MX 记录的就让它们自行查询。
    .fix-3 = 确认域的 MX 记录指向 Microsoft 365 管理中心（设置 > 域）中显示的名称，然后重试队列。

exchange-421-4-3-2-concurrent-connections = 同时连接过多：Exchange 接收连接器拒绝了新连接
    .cause = 接收方 Exchange 服务器（或 Exchange Online 前端）来自该发件方的（或总的）SMTP 连接数已达到接收连接器允许的上限（MaxInboundConnectionPerSource、MaxInboundConnection），因此以 421 4.3.2 关闭了新连接。邮件仍在队列中并会重试。
    .fix-1 = 如果拒绝的服务器是你的：Get-ReceiveConnector | Format-List Name,MaxInboundConnection,MaxInboundConnectionPerSource。在接收该来源邮件的连接器上提高上限（Set-ReceiveConnector -MaxInboundConnectionPerSource），并查找因网络故障而挂起的连接。
    .fix-2 = 如果你的服务器是发送方：减少同时连到该目标的连接数（Exchange：Set-TransportService -MaxPerDomainOutboundConnections；Postfix：smtp_destination_concurrency_limit），或把发送分散到不同时间；批量发送的应用应复用同一个连接。


exchange-451-5-7-3-exchange-auth = Exchange 服务器之间无法相互身份验证（Exchange Server authentication，X-EXPS）
    .cause = 同一组织的 Exchange 服务器在传递内部邮件前用 X-EXPS 命令相互验证。接收服务器拒绝或未提供该命令：接收此流量的接收连接器关闭了 Exchange Server authentication，另一个远程 IP 范围更窄的接收连接器接收了该连接，或者两者之间的防火墙或 SMTP 检查功能去掉了 X-ANONYMOUSTLS、X-EXPS 或 GSSAPI。
    .fix-1 = 在接收服务器上：Get-ReceiveConnector | Format-List Identity,Bindings,RemoteIPRanges,AuthMechanism,PermissionGroups。接收其他 Exchange 服务器邮件的连接器（Default Frontend、Default）需要 AuthMechanism ExchangeServer（以及 Tls）和权限组 ExchangeServers、ExchangeLegacyServers。
    .fix-2 = 确保没有自定义连接器（例如中继连接器）在 RemoteIPRanges 中列出其他 Exchange 服务器的地址。
    .fix-3 = 关闭服务器之间防火墙上的 SMTP 检查（inspection/fixup），让 X-ANONYMOUSTLS、X-EXPS 和 GSSAPI 通过；然后执行 Retry-Queue。

exchange-451-4-7-0-idle-timeout = Exchange 关闭了一个空闲的 SMTP 会话（Timeout waiting for client input）
    .cause = 客户端在超过接收连接器 ConnectionInactivityTimeout 的时间内没有发送任何内容，因此 Exchange 以 451 4.7.0 结束了会话。单独出现时无害：客户端卡住、测试会话未关闭或扫描程序。同一发件方大量出现可能说明网络路径缓慢，或客户端在等待服务器不会发送的内容。
    .fix-1 = 通常无需处理。如果真实发件方在发送邮件中途被断开，请检查它与本服务器之间的网络路径以及连接器的 ConnectionInactivityTimeout（Get-ReceiveConnector | Format-List Name,ConnectionInactivityTimeout）。

exchange-sender-id-rejected = Exchange 的发件人 ID 检查拒绝了邮件：发件人的域不允许该发送服务器（Sender ID / PRA）
    .cause = 某台 Exchange 服务器的发件人 ID 代理将声明的负责地址（purported responsible address：Resent-Sender、Resent-From、Sender 或 From 标头）与该域的 SPF 记录进行了核对。“Not Permitted”表示该记录未列出发送 IP；“Domain Does Not Exist”表示该标头中的域在 DNS 中不存在。如果是您自己的服务器记录了它（消息跟踪中来自 Sender Id Agent 的 FAIL，Directionality 为 Incoming），说明它拒绝了入站邮件，通常是伪造发件人的垃圾邮件：收件人没有问题。
    .fix-1 = 如果是您的服务器拒绝的，对垃圾邮件无需处理；对于合法的发件人，请其更正 SPF 记录，或将其域排除在检查之外（Set-SenderIdConfig -BypassedSenderDomains）。
    .fix-2 = 如果是您自己的邮件被拒绝，请确保 From 或 Sender 标头中的域的 SPF 记录列出了所有代表它发送邮件的服务器，并且该域能在公共 DNS 中解析。
exchange-rfc2606-reserved-domain = 收件人的域是为测试和文档保留的名称（RFC 2606）
    .cause = Exchange 拒绝了该收件人，因为其域属于 RFC 2606 保留的名称（.test、.example、.invalid、.localhost、example.com、example.net、example.org）：这些域永远不会接收邮件。某个实验环境、测试脚本或监控探测为收件人使用了保留域。
    .fix-1 = 为测试邮箱使用您拥有的域（组织的接受域）中的地址，并在 Test-Mailflow 和监控中使用这些地址。
    .fix-2 = 如果实验环境以保留名称作为内部命名空间，请为其邮件地址添加一个不属于保留名称的接受域。
exo-5-7-51-tenant-inbound-attribution = Exchange Online 按收件人域匹配到一个合作伙伴连接器，而此服务器的邮件不符合其要求（TenantInboundAttribution）
    .cause = 接收方 Exchange Online 租户中的某个入站连接器按收件人域匹配了该邮件，并且只接受来自特定证书或 IP 地址的邮件（RestrictDomainsToCertificate / RestrictDomainsToIPAddresses）。发送服务器没有出示预期的证书（TlsSenderCertificateName），或不是从列出的地址连接。在混合部署中，这通常是本地发送连接器出示了已续订或不同的证书，而不是 Exchange Online 中连接器所指定的证书。
    .fix-1 = 比较证书：在本地运行 Get-SendConnector | Format-List Name,TlsCertificateName；在 Exchange Online 中运行 Get-InboundConnector | Format-List Name,TlsSenderCertificateName,RestrictDomainsToCertificate,SenderIPAddresses。
    .fix-2 = 使用当前证书重新运行混合配置向导，或将发送连接器的 TlsCertificateName（"<I>issuer<S>subject"）与入站连接器的 TlsSenderCertificateName 设置为与之匹配。
    .fix-3 = 如果发件方是合作伙伴，请将合作伙伴连接器的证书名称或 IP 列表更新为对方当前的服务器。
exchange-transport-rule-reject = 某条邮件流（传输）规则拒绝了该邮件
    .cause = 某条带有“拒绝邮件并附上说明”操作 (RejectMessage) 的邮件流规则匹配了该邮件并发送了 NDR；“the message was rejected by organization policy”是默认说明。该规则属于写下此错误的服务器所在的组织：如果您的消息跟踪中出现它（Source 为 AGENT，Transport Rule Agent），就是您自己的规则，否则是收件人一方的规则。
    .fix-1 = 如果是您的组织拒绝的，请找到起作用的规则（消息跟踪或 Get-MessageTrackingLog 会给出其名称；Get-TransportRule | Format-List Name,State,Priority,RejectMessageReasonText），如果邮件是合法的，请修改其条件或添加例外。
    .fix-2 = 如果是收件人的组织拒绝的，发件人无法更改该规则：请将 NDR 发给收件人的管理员，询问匹配的是哪条规则。
exo-5-7-520-external-forwarding-blocked = 您的组织禁止自动转发到外部地址（5.7.520）
    .cause = 拒收邮件的是发件人自己的 Microsoft 365 组织：该邮件被自动转发（收件箱规则、邮箱转发或重定向）到组织外的地址，而出站反垃圾邮件策略不允许自动外部转发。与收件方无关。
    .fix-1 = 如确需转发，请为这些邮箱创建单独的出站反垃圾邮件策略，将“Automatic forwarding rules”设为 On（Microsoft Defender 门户 → Anti-spam policies），而不是对所有人开放。
    .fix-2 = 如不需要（被遗忘的规则，或攻击者在被入侵邮箱上设置的规则），请删除它：Get-InboxRule -Mailbox <user> 以及 Get-Mailbox <user> | Format-List ForwardingSmtpAddress,DeliverToMailboxAndForward。
exo-5-7-193-group-external-senders = Microsoft 365 组不接收来自组织外部的邮件（5.7.193）
    .cause = 收件人是一个 Microsoft 365 组，只接收成员或本组织人员的邮件；外部发件人或非成员发件人被该组拒收。
    .fix-1 = 请收件方管理员或组所有者允许外部发件人：在 Outlook 或管理中心勾选“Let people outside the organization email the group”，或运行 Set-UnifiedGroup <group> -RequireSenderAuthenticationEnabled $false。
    .fix-2 = 如果只允许成员发信，请直接发给某位成员，或申请加入该组。
exo-5-7-367-relay-pool-rejected = Exchange Online 继续中继的邮件被下一台服务器拒收（5.7.367）
    .cause = Exchange Online 将邮件转发或中继到另一台服务器，并从其中继池发出，因为该邮件进入 Microsoft 365 时未通过 SPF 或 DKIM（通常是经过第三方网关或再次被转发的邮件）；下一台服务器拒收来自该池的邮件。发件人无法通过 SMTP 身份验证解决此问题。
    .fix-1 = 如果邮件经由其他网关或服务到达 Microsoft 365，请在其入站连接器上启用 Enhanced Filtering for Connectors，以便检查原始发件人的 SPF 和 DKIM。
    .fix-2 = 将您自己中继邮件的发件人域设为租户的接受域（accepted domain），并避免让外部邮件经过多跳转发。
exo-5-1-20-multiple-from = 邮件有多个 From 地址但没有 Sender（5.1.20）
    .cause = 邮件的 From 头包含多个地址，此时 RFC 5322 要求用 Sender 头指明实际发件人；Exchange Online 会拒收这样的邮件。通常是生成邮件的应用程序或脚本造成的。
    .fix-1 = 修改发信应用，使 From 只包含一个地址，或添加 Sender 头，写明实际发信邮箱的地址。
exchange-content-filter-quarantined = 内容筛选器代理隔离了该邮件（Exchange Server）
    .cause = 接收方 Exchange 服务器的内容筛选器代理将邮件评分为超过隔离阈值的垃圾邮件，并将其送入隔离邮箱而不是投递；发件人收到了 NDR。
    .fix-1 = 如果邮件是正常邮件，请收件方管理员从隔离邮箱中释放它。
    .fix-2 = 对于不应被筛选的发件人或收件人，请添加例外：Set-ContentFilterConfig -BypassedSenders、-BypassedSenderDomains 或 -BypassedRecipients；用 Get-ContentFilterConfig 检查阈值。
exchange-5-1-6-single-label-domain = 收件人域只有一个标签，Exchange 拒收（5.1.6）
    .cause = 收件人地址以单标签域结尾（user@contoso 而不是 user@contoso.com），而 Exchange 组织设置为拒收单标签域中的收件人（Set-TransportConfig -RejectSingleLabelRecipientDomains $true）。
    .fix-1 = 写出收件人的完整域名（user@contoso.com）；修正提供简写形式的联系人、应用程序或自动完成条目。
    .fix-2 = 如果必须接受这类内部名称，管理员可以运行 Set-TransportConfig -RejectSingleLabelRecipientDomains $false，并通过发送连接器或接受域路由该域。
exchange-5-3-2-address-book-policy = 通讯簿策略使发件人无法发送给该收件人（5.3.2）
    .cause = Exchange 组织的 ABP Routing 代理检查了通讯簿策略：收件人不在发件人通讯簿策略的全局地址列表中，因此存储驱动程序拒绝投递邮件（“Missing or bad StoreDriver MDB properties”）。
    .fix-1 = 检查发件人和收件人分别属于哪个通讯簿策略：Get-Mailbox <user> | Format-List AddressBookPolicy，以及各策略包含的地址列表（Get-AddressBookPolicy）。
    .fix-2 = 如果两人应能相互通信，请将他们放入同一共享策略的地址列表，或修改地址列表筛选所依据的收件人属性。
exchange-4-3-1-back-pressure = Exchange 因资源不足而拒收邮件（背压，4.3.1）
    .cause = 应答的 Exchange 服务器处于背压状态：存放队列数据库（或传输日志）的磁盘可用空间低于阈值，或可用内存不足，因此传输服务在恢复之前拒收新邮件。在使用动态内存的虚拟机上，这种情况时有时无。发送方会重试。
    .fix-1 = 在该服务器上查看哪项资源超限：Get-ExchangeDiagnosticInfo -Server <server> -Process EdgeTransport -Component ResourceThrottling，并查看应用程序日志中 MSExchangeTransport 的事件 15004/15006/15007。
    .fix-2 = 释放队列数据库所在卷的磁盘空间，或把队列数据库移到更大的磁盘（EdgeTransport.exe.config 中的 QueueDatabasePath，然后重启 Microsoft Exchange Transport 服务）。
    .fix-3 = 按 Microsoft 的要求，为 Exchange 虚拟机分配静态内存，而不是动态内存。
exchange-5-3-0-poison-message = Exchange 已把邮件移入有害邮件队列（poison message queue，5.3.0）
    .cause = 该邮件多次导致传输服务出错（“Too many related errors”），Exchange 判定它格式错误或会损害进程，于是把它移入有害邮件队列，而不是投递。
    .fix-1 = 在发出 NDR 的服务器上查看有害邮件队列：Get-Message -Queue <server>\Poison | Format-List，并查看应用程序日志中随之出现的传输服务崩溃记录。
    .fix-2 = 导出该邮件（Export-Message）查看问题所在；只有确认安全时才恢复投递（Resume-Message），否则删除。如果邮件仍不断进入该队列，请安装最新的 Exchange 更新。
exchange-5-3-5-loop-same-fqdn = Exchange 检测到邮件环路：某个接收连接器使用了另一台服务器的名称（5.3.5）
    .cause = 当邮件会绕回自身时，Exchange 回复“System incorrectly configured”：它的某个接收连接器宣告的 FQDN 与邮件流中另一台服务器、服务或设备（智能主机、网关、另一台 Exchange 服务器）相同，于是它把对方当成了自己。其他 MTA 也会用这句话表示它们自己的配置错误。
    .fix-1 = 将接收连接器的 FQDN（Get-ReceiveConnector | Format-List Identity,Fqdn,Bindings）与邮件路径上其他服务器和设备宣告的名称进行比较；除非有理由，否则保持为本服务器自己的 FQDN。
    .fix-2 = 检查发送连接器和智能主机没有把该域路由回同一台服务器，然后运行 Retry-Queue。
exo-5-6-0-approval-invalid-expiry = 无法启动审核：缺少用于受审核收件人的保留标记（APPROVAL.InvalidExpiry）
    .cause = 收件人受审核（启用审核的通讯组或动态通讯组），审批处理代理（Approval Processing Agent）需要一个设置了 IsDefaultModeratedRecipientsPolicyTag 的保留策略标记，才能知道待审批邮件保留多久。组织中没有这个标记，因此发往该组的每封邮件都被拒绝。
    .fix-1 = 在 Exchange Online PowerShell 中运行 Enable-OrganizationCustomization，然后运行 New-RetentionPolicyTag -Name "Moderation" -IsDefaultModeratedRecipientsPolicyTag -AgeLimitForRetention 2（在 Exchange Server 上只需第二条命令）。
    .fix-2 = 标记创建后重新发送邮件；在此之前，可以关闭该组的审核（Set-DistributionGroup -ModerationEnabled $false），让邮件不经审核通过。
exo-send-as-denied = 已登录的帐户无权以发件人（From）地址的名义发送（Send As 被拒绝）
    .cause = Exchange（Online 或本地）拒绝了邮件，因为进行身份验证的邮箱或帐户不允许以 From 中的地址发送：它对该邮箱、组或共享邮箱没有 Send As 权限，或者应用程序在 From 中填写的地址与其登录所用的帐户不同。收件人没有任何问题。
    .fix-1 = 让 From 地址与设备或应用程序登录所用的邮箱一致，或直接用 From 中的那个邮箱登录。
    .fix-2 = 否则为该帐户授予该地址的 Send As 权限：Exchange Online 中使用 Add-RecipientPermission -Identity <From 地址> -Trustee <帐户> -AccessRights SendAs（用 Get-RecipientPermission <From 地址> 检查）；本地使用 Add-ADPermission -ExtendedRights "Send As"。
    .fix-3 = 权限生效可能需要一些时间；之后重新发送。
exo-4-3-1-resources = Exchange Online 暂时资源不足，推迟了邮件（452 4.3.1）
    .cause = 应答的服务器是 Microsoft 的 Exchange Online 服务器（其地址或名称表明了这一点），它像所有 Exchange 服务器一样实施背压：一时没有足够的磁盘空间或内存接收新邮件，因而要求发件方稍后重试。发送方既不是原因，也无需释放任何资源。
    .fix-1 = 让发送服务器的队列自动重试；后续尝试通常在几分钟内成功。
    .fix-2 = 如果持续数小时，请在管理中心查看 Microsoft 365 服务运行状况，看 Exchange Online 邮件流是否有事件。
    .fix-3 = 如果没有事件能解释长时间的推迟，请向 Microsoft 提交支持请求，附上时间、回复中的服务器名称和您的发送 IP 地址。
exo-5-7-54-relay-not-attributed = Exchange Online 拒绝向外部收件人中继：无法确认发件方属于你的组织
    .cause = 对于不在你的接受域中的收件域，Exchange Online 只接受能归属到你组织的发件方：经过身份验证的 SMTP AUTH 会话，或与来自你自己邮件服务器的入站连接器（按公网 IP 地址或 TLS 证书）匹配的连接。此连接两者都不符合，因此外部收件人被拒绝。常见发件方：使用直接发送（direct send）向外部地址发信的打印机、扫描仪或应用程序；公网 IP 地址已变更的本地服务器；证书名称不再匹配的连接器。
    .fix-1 = 对于通过 Exchange Online 中继的服务器或设备，创建或修正来自你组织邮件服务器的入站连接器，按其公网 IP 地址或证书名称识别（New-InboundConnector -ConnectorType OnPremises），并确认该连接器已启用。
    .fix-2 = 或者让应用程序进行身份验证：通过 SMTP AUTH 客户端提交到 smtp.office365.com 的 587 端口并使用 STARTTLS，使用有发送权限的邮箱。
    .fix-3 = 直接发送（不经身份验证发到你的 MX 主机）只能送达你自己接受域中的收件人；外部收件人需要上述两种方式之一。同时检查发件人的域是否为你的接受域。
