socketerror-other-peer = 远程服务器（不是 Exchange Online）在 TLS 握手期间断开了连接 (SocketError)
    .cause = 队列的最后一个错误或 NDR 表明，下一跃点以套接字错误关闭了连接，而该主机并不是 Exchange Online：它的地址不在 Microsoft 公布的 Exchange Online 地址范围内。两台服务器可能没有共同的 TLS 版本或密码套件，或者某个检查 TLS 的防火墙或邮件过滤设备切断了连接。并不能证明此服务器缺少 TLS 1.2。
    .fix-1 = 在此服务器的发送连接器协议日志中查看它与其他主机的会话：如果有会话协商成功 TLS 1.2 (SP_PROT_TLS1_2_CLIENT)，说明此服务器的 TLS 1.2 正常，需要更改的是远程一方或通往它的网络路径。
    .fix-2 = 如果此服务器没有任何会话协商成功 TLS 1.2，请按 Exchange Online 的方法启用它（SCHANNEL 的 TLS 1.2 注册表项和 .NET 值，然后重启）；下面的只读脚本会列出尚未设置的值。
    .fix-3 = 询问远程服务器的管理员它接受哪些 TLS 版本和密码套件，以及它前面是否有检查 TLS 的设备。
    .fix-4 = 从此服务器所在的网络测试握手，例如使用 openssl s_client -starttls smtp -connect host:25 -tls1_2。
    .fix-5 = 做出更改后，重试队列 (Retry-Queue)，并确认邮件已离开队列。
seed-queue-socketerror = 队列无法向 Exchange Online 投递邮件：此服务器上没有可用的 TLS 1.2
    .cause = 本地服务器尝试将邮件传递给 Exchange Online，但 Exchange Online 在 TLS 握手期间断开了连接。Exchange Online 仅接受 TLS 1.2（TLS 1.0 和 1.1 已停用，参见 MC229914），因此只能提供 TLS 1.0 或 1.1 的服务器会反复失败，邮件将带着此 LastError 滞留在队列中。
    .fix-1 = 在发送服务器上，于 SCHANNEL\Protocols\TLS 1.2\Client 和 TLS 1.2\Server 下设置 DisabledByDefault = 0 和 Enabled = 1（下方的 .reg 文件会完成此操作，并一并设置 .NET 相关注册表项）。
    .fix-2 = 为 .NET v4.0.30319 和 v2.0.50727（包括 Wow6432Node 下的对应项）设置 SystemDefaultTlsVersions = 1 和 SchUseStrongCrypto = 1，使 Exchange 的 .NET 代码也使用 TLS 1.2。
    .fix-3 = 重新启动服务器：SCHANNEL 仅在启动时读取这些注册表项。
    .fix-4 = 安装最新的 Windows 和 Exchange 更新（TLS 1.2 至少需要 Exchange 2013 CU19 或 Exchange 2016 CU8）。
    .fix-5 = 重试队列（Retry-Queue），并确认发送连接器的协议日志中现在显示 SP_PROT_TLS1_2_CLIENT。
seed-ndr-socketerror = Exchange Online 断开了连接：发送服务器仅提供 TLS 1.0/1.1
    .cause = 与 Exchange Online 的连接在 TLS 握手期间被关闭（“SocketError”表示对方断开了连接）。Exchange Online 的邮件流终结点拒绝 TLS 1.0 和 1.1，因此不支持 TLS 1.2 的发送方会在 NDR 和队列查看器中看到此错误。
    .fix-1 = 在向 Exchange Online 发送邮件的服务器上，于 SCHANNEL\Protocols\TLS 1.2\Client 和 TLS 1.2\Server 下设置 DisabledByDefault = 0 和 Enabled = 1。
    .fix-2 = 为 .NET v4.0.30319 和 v2.0.50727（及其 Wow6432Node 对应项）设置 SystemDefaultTlsVersions = 1 和 SchUseStrongCrypto = 1。
    .fix-3 = 重新启动服务器，使新的 SCHANNEL 设置生效。
    .fix-4 = 安装最新的 Windows 和 Exchange 更新。
    .fix-5 = 重新发送邮件或重试队列，并确认邮件已成功投递。
protolog-socketerror-other-peer = 与远程服务器（非 Exchange Online）的 TLS 握手失败（SocketError）
    .cause = 发送连接器的协议日志显示，远程服务器在 TLS 握手过程中关闭了连接。本服务器与对方没有找到共同的协议版本或密码套件，或者中间的设备（检查 TLS 的防火墙或邮件过滤器）切断了连接。远程服务器不是 Exchange Online，因此并不能证明本服务器缺少 TLS 1.2：请先检查其他会话。
    .fix-1 = 在 TLS 统计报告中查看本服务器发往其他主机的会话：如果有会话协商成功了 TLS 1.2（SP_PROT_TLS1_2_CLIENT），说明本服务器的 TLS 1.2 正常，需要更改的是远程一方。
    .fix-2 = 如果本服务器没有任何会话协商成功 TLS 1.2，请按 Exchange Online 的方法启用它：在 SCHANNEL\Protocols\TLS 1.2\Client 和 TLS 1.2\Server 下设置 DisabledByDefault = 0 和 Enabled = 1，设置 .NET 的 SchUseStrongCrypto 和 SystemDefaultTlsVersions 值，然后重新启动（下面的只读脚本会列出尚未设置的值）。
    .fix-3 = 询问远程服务器的管理员其接受哪些 TLS 版本和密码套件，以及其前面是否有检查 TLS 的防火墙或过滤器。
    .fix-4 = 从本服务器测试与该主机的握手（例如在同一网络路径上的机器上运行 openssl s_client -starttls smtp -connect host:25 -tls1_2）。
seed-protolog-socketerror = 与远程服务器的 TLS 握手失败（SocketError）——缺少 TLS 1.2
    .cause = 发送连接器的协议日志显示，远程端在 TLS 握手过程中关闭了连接。当目标为 Exchange Online 时，这是服务器仅提供 TLS 1.0 或 1.1 的典型特征，而 Exchange Online 已不再接受这两个版本。
    .fix-1 = 在此服务器上为 SCHANNEL 启用 TLS 1.2：在 TLS 1.2\Client 和 TLS 1.2\Server 下设置 DisabledByDefault = 0 和 Enabled = 1。
    .fix-2 = 设置 .NET 值 SystemDefaultTlsVersions = 1 和 SchUseStrongCrypto = 1（v4.0.30319 和 v2.0.50727，包括 Wow6432Node）。
    .fix-3 = 重新启动服务器。
    .fix-4 = 安装最新的 Windows 和 Exchange 更新。
    .fix-5 = 在协议日志中查找 "TLS protocol SP_PROT_TLS1_2_CLIENT … negotiation succeeded" 以确认问题已解决；TLS 统计报告会列出仍在使用 TLS 1.0/1.1 的所有远程主机。
seed-protolog-socketerror-receive = 客户端与本服务器的 TLS 握手失败（SocketError）——双方没有共同的 TLS 版本
    .cause = 接收连接器的协议日志显示，一个远程客户端（另一台邮件服务器、Exchange Online、某台设备或某个应用程序）发出了 STARTTLS，随后在 TLS 握手过程中断开了连接。通常原因是双方没有共同的 TLS 版本：本服务器没有提供 TLS 1.2，而客户端要求 TLS 1.2（Exchange Online 即是如此）；或者本服务器已禁用 TLS 1.0 和 1.1，而客户端不支持更新的版本。
    .fix-1 = 根据该行的 remote-endpoint 列找到客户端；TLS 统计表会列出它协商过的协议及失败次数。
    .fix-2 = 如果客户端是 Exchange Online 或其他较新的服务器，请在本服务器上为 SCHANNEL 启用 TLS 1.2：在 TLS 1.2\Server 和 TLS 1.2\Client 下设置 DisabledByDefault = 0 和 Enabled = 1，并设置 .NET 值 SystemDefaultTlsVersions = 1 和 SchUseStrongCrypto = 1。
    .fix-3 = 重启服务器，使 SCHANNEL 读取新设置，并安装最新的 Windows 和 Exchange 更新。
    .fix-4 = 如果客户端是只支持 TLS 1.0 或 1.1 的旧设备或旧应用程序，请更新或更换它（或其 TLS 库），而不是在服务器上重新启用旧协议。
    .fix-5 = 同一时刻，服务器的系统日志中可能有 Schannel 事件 36874（指明客户端提供的 TLS 版本）或 36888（发回的致命警报）。
seed-starttls-first = 接收方要求使用 TLS，但会话在未加密的情况下继续进行
    .cause = 接收方要求在 MAIL FROM 之前先完成 STARTTLS，但发送方未能完成。这通常发生在 TLS 握手失败之后：发送方改为不加密重试，而接收方（Exchange Online 或启用了 RequireTLS 的连接器）拒绝了该明文会话。
    .fix-1 = 确保 TLS 能够成功建立：在发送或接收服务器上为 SCHANNEL 启用 TLS 1.2（在 TLS 1.2\Client 和 TLS 1.2\Server 下设置 DisabledByDefault = 0、Enabled = 1）。
    .fix-2 = 设置 .NET 值 SystemDefaultTlsVersions = 1 和 SchUseStrongCrypto = 1（v4.0.30319 和 v2.0.50727，包括 Wow6432Node）。
    .fix-3 = 重新启动服务器，然后安装最新的 Windows 和 Exchange 更新。
    .fix-4 = 检查连接器的证书（TlsCertificateName）是否存在且已为 SMTP 启用，以便服务器能够提供并完成 STARTTLS。
