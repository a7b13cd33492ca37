mta-tls-exim-cleartext-fallback = Exim 的 TLS 会话失败，邮件已以未加密方式投递
    .cause = 与接收主机的 TLS 握手失败（原因写在 "delivering unencrypted" 之前的括号中）。由于 tls_tempfail_tryclear 默认为 true，且该主机不在 hosts_require_tls 中，Exim 重新连接并以明文发送了邮件；如果对端要求先建立 TLS 再进行身份验证，投递仍可能失败。
    .fix-1 = 修复所示原因：若为 "certificate verification failed"，检查 tls_verify_certificates（系统 CA 包）和对端证书链；Exim 4.93 及以后版本对证书的检查更严格。若为 OpenSSL 错误，参见对应的 TLS 规则。
    .fix-2 = 如果发往该主机的邮件必须加密，将其加入 smtp 传输的 hosts_require_tls，使 Exim 推迟投递而不是以明文发送。
    .fix-3 = 如果对端证书有效但本机不信任，请更新 CA 包（ca-certificates 软件包）。
mta-tls-version-too-low = 连接的客户端只提供了低于本服务器最低要求的 TLS 版本（客户端太旧）
    .cause = 接收端的 OpenSSL（Postfix smtpd、Exim、Dovecot）拒绝了客户端的 hello，因为客户端支持的最高版本低于服务器的最低版本，典型情况是只支持 TLS 1.0/1.1 的客户端遇到要求 TLS 1.2 的服务器。最低版本来自 MTA 的设置或系统 openssl.cnf（部分发行版设置了 MinProtocol = TLSv1.2）。
    .fix-1 = 根据相邻的日志行（connect from、rip=）找出客户端并将其升级到 TLS 1.2，这才是正确的修复。
    .fix-2 = 查明最低版本在哪里设置：Postfix 的 smtpd_tls_protocols 和 smtpd_tls_mandatory_protocols（postconf -n）、Dovecot 的 ssl_min_protocol、Exim 的 openssl_options。
    .fix-3 = 如果最低版本来自 /etc/ssl/openssl.cnf 中的 MinProtocol，而你必须暂时接受旧客户端，可在 main.cf 中设置 tls_config_file = none（需要 Postfix 3.9、3.8.1、3.7.6、3.6.10、3.5.20 或更高版本以及 OpenSSL 1.1.1b 或更高版本），改在 main.cf 中设置版本。
mta-tls-unsupported-protocol-inbound = 入站 TLS 被拒绝：客户端的 TLS 版本未在本服务器上启用
    .cause = 接收服务器（Postfix smtpd 或 submission、Dovecot、Exim、Sendmail）找不到与客户端共同的协议版本。通常是客户端只能使用 TLS 1.0/1.1，而服务器的下限是 TLS 1.2（在 main.cf 中或发行版 openssl.cnf 的 MinProtocol 中）；较少见的是服务器的列表排除了客户端需要的版本。
    .fix-1 = 在附近的日志行中找到客户端（SSL_accept error from、lost connection after STARTTLS from），并将其升级到 TLS 1.2。
    .fix-2 = 用 postconf -n 检查 smtpd_tls_protocols 和 smtpd_tls_mandatory_protocols；推荐写法是 >=TLSv1.2，若使用旧的排除语法，请保持版本范围连续。Exim 的下限由 openssl_options（+no_tlsv1 +no_tlsv1_1）和 openssl.cnf 决定。
    .fix-3 = 检查 /etc/ssl/openssl.cnf 中的 MinProtocol：Postfix 默认会读取它（tls_config_file = default）；设置 tls_config_file = none 后只由 main.cf 决定。
mta-tls-unsupported-protocol-outbound = 出站 TLS 失败：远程服务器与我方客户端没有共同的 TLS 版本
    .cause = 外连时 OpenSSL 无法与服务器就版本达成一致：服务器只提供低于我方下限的版本（例如只支持 TLS 1.0 的旧服务器），或者我方客户端只能使用服务器已禁用的版本。
    .fix-1 = 测试服务器：openssl s_client -starttls smtp -connect host:25 -tls1_2（以及 -tls1 或 -tls1_1），查看它接受哪些版本。
    .fix-2 = Postfix：检查 smtp_tls_protocols（机会性 TLS）和 smtp_tls_mandatory_protocols（encrypt 及以上）；Exim：openssl_options；Sendmail：ClientSSLOptions。
    .fix-3 = 如果远程服务器才是旧的一方，请其所有者启用 TLS 1.2；降低我方下限只应作为针对单个目标的例外（smtp_tls_policy_maps 中的 protocols=）。
mta-tls-unsupported-protocol = TLS 失败：与对端没有共同的协议版本
    .cause = OpenSSL 报告双方没有共同的 TLS 版本。仅凭这一行看不出哪一方更旧，相邻行可以说明（smtpd 或 SSL_accept = 客户端连到我方，smtp 或 SSL_connect = 我方外连）。
    .fix-1 = 在附近的日志行中找到对端，并用 openssl s_client -starttls smtp -connect host:25 -tls1_2 测试。
    .fix-2 = 检查 smtpd_tls_protocols、smtp_tls_protocols 及其 _mandatory_ 变体，以及 openssl.cnf 中的 MinProtocol。
    .fix-3 = 升级仍只支持 TLS 1.0/1.1 的那一方。
mta-tls-alert-protocol-version = 对端拒绝了我方的 TLS 版本（警报 70，protocol_version）
    .cause = 对端用警报 70 回应我方的 hello：它不接受我方提供的版本。若在客户端看到此错误，通常我方才是旧的一方（只启用了 TLS 1.0/1.1，或 OpenSSL、MTA 太旧）；例如 Exchange Online 只接受 TLS 1.2 及以上版本。
    .fix-1 = 检查我方提供的版本（Postfix smtp_tls_protocols、Exim openssl_options、应用程序的 TLS 设置），并允许 TLS 1.2。
    .fix-2 = 如果 OpenSSL、MTA 或客户端不支持 TLS 1.2，请升级它们。
    .fix-3 = 用 openssl s_client -starttls smtp -connect host:25 -tls1_2 重新测试。
    .fix-4 = 如果这是有意用旧版本（openssl s_client -tls1 或 -tls1_1、swaks --tls-protocol）测试 Exchange Online 或其他新版服务器，被拒绝正是预期的正常结果；关键是用 -tls1_2 进行同样的测试能够成功。
mta-tls-no-protocols-available = TLS 无法启动：我方没有任何仍启用的协议版本
    .cause = OpenSSL 拒绝开始握手，因为配置排除了它支持的所有版本，例如 smtp_tls_protocols 或 smtp_tls_mandatory_protocols 排除了此 OpenSSL 构建所知的全部版本，或 openssl.cnf 中 MinProtocol 高于 MaxProtocol。
    .fix-1 = 运行 postconf -n | grep protocols，确保结果至少允许 TLS 1.2（例如 smtp_tls_protocols = >=TLSv1.2）。
    .fix-2 = 检查 /etc/ssl/openssl.cnf 中的 MinProtocol 和 MaxProtocol；设置 tls_config_file = none 后 Postfix 会忽略它们。
    .fix-3 = 如果 OpenSSL 太旧不支持 TLS 1.2，请升级。
    .fix-4 = OpenSSL 3 在默认安全级别（1，Debian 和 Ubuntu 上为 2）下拒绝 TLS 1.0 和 1.1，因此测试这些版本（openssl s_client -tls1 或 -tls1_1）时会在发送任何内容之前出现此错误：这与服务器无关。要测试这些版本，请加上 -cipher 'DEFAULT@SECLEVEL=0'。
mta-tls-wrong-version-number = 同一连接上混用了明文 SMTP 和 TLS（端口或 wrapper 模式错误）
    .cause = 一方说的是明文 SMTP，另一方却在等待 TLS 记录，于是 OpenSSL 把文本读成了版本号。典型情况：客户端在期望隐式 TLS 的 465 端口上使用 STARTTLS，或在 587、25 端口上使用隐式 TLS；在 smtps（465）服务器上，"unknown protocol" 和 "wrong version number" 表示客户端没有以 TLS 开始。
    .fix-1 = Postfix 作为客户端连接 465 端口：relayhost = [smtp.example.com]:465，并设置 smtp_tls_wrappermode = yes 和 smtp_tls_security_level = encrypt；或改用 587 端口加 STARTTLS。
    .fix-2 = Postfix 作为服务器：只在 master.cf 的 smtps 或 submissions 服务上使用隐式 TLS（-o smtpd_tls_wrappermode=yes），在 25 和 587 上使用 STARTTLS；告诉客户端哪个端口使用哪种模式。
    .fix-3 = 检查该端口上是否有终结或改动 TLS 的防火墙或代理。
mta-tls-no-shared-cipher = 与客户端没有共同的密码套件
    .cause = 服务器（Postfix smtpd、Dovecot、Exim）在客户端列表中找不到可用的密码套件。要么两份列表没有交集（服务器只保留现代套件，客户端只认识旧套件），要么服务器没有可用于所提供套件的证书和密钥：证书缺失或无法读取也会产生此错误。
    .fix-1 = 确认服务器证书和密钥已配置且可读：Postfix 的 smtpd_tls_cert_file 和 smtpd_tls_key_file（或 smtpd_tls_chain_files），Dovecot 的 ssl_cert 和 ssl_key。
    .fix-2 = 检查密码设置：Postfix 的 smtpd_tls_mandatory_ciphers、smtpd_tls_exclude_ciphers 和 tls_medium_cipherlist；Dovecot 的 ssl_cipher_list；Exim 的 tls_require_ciphers。
    .fix-3 = 找出客户端（rip=、connect from），如果它只提供过时的套件，请将其升级。
mta-tls-alert-handshake-failure = 对端以警报 40（handshake_failure）中止了握手
    .cause = 对端在我方 hello 中找不到可接受的内容：没有共同的密码套件、签名算法或曲线，或者它要求我方未发送的客户端证书。当我方为客户端时，通常是我方的密码列表对服务器来说太窄或太旧。
    .fix-1 = 用 openssl s_client -starttls smtp -connect host:25 -tls1_2 测试服务器，并将其套件与我方比较。
    .fix-2 = Postfix 客户端：为该目标放宽 smtp_tls_mandatory_ciphers 或 smtp_tls_exclude_ciphers（smtp_tls_policy_maps 中的 ciphers=）；Exim：tls_require_ciphers。
    .fix-3 = 如果 OpenSSL 缺少对端要求的现代套件（ECDHE、AES-GCM），请升级 OpenSSL。
mta-tls-alert-unknown-ca = 对端不信任为我方证书签发的 CA（警报 48）
    .cause = 对端无法把我方证书链接到它信任的根：证书为自签名或来自私有 CA，或者没有发送中间证书。如果由 smtpd 记录，表示连接进来的客户端拒绝了我方的服务器证书。
    .fix-1 = 检查我方发送的内容：openssl s_client -starttls smtp -connect our.host:25 -showcerts。
    .fix-2 = 提供完整证书链：smtpd_tls_cert_file 必须包含证书及其后的中间证书（fullchain.pem），或使用 smtpd_tls_chain_files；Exim 的 tls_certificate 同理。
    .fix-3 = 面向互联网的服务请使用公共 CA 的证书。
mta-tls-alert-certificate-expired = 对端表示我方发送的证书已过期（警报 45）
    .cause = 对端因我方证书已超过有效期（或对端时钟错误）而拒绝它。需要续订此 MTA 上配置的服务器或客户端证书。
    .fix-1 = 检查日期：对 smtpd_tls_cert_file、smtp_tls_cert_file 或 Exim tls_certificate 中指定的文件执行 openssl x509 -in /path/to/cert.pem -noout -dates。
    .fix-2 = 续订证书（例如 certbot renew），并确认 MTA 指向续订后的文件。
    .fix-3 = 重新加载服务（postfix reload，或重启 Exim、Dovecot）以使用新证书。
mta-tls-alert-bad-certificate = 对端拒绝了我方出示的证书（警报 42 或 46）
    .cause = 对端认为我方证书损坏（42）或因未说明的原因不可接受（46）：主机名错误、自签名或颁发者不受信任、证书链不完整，或是它没有预期的客户端证书。
    .fix-1 = 以对端的视角检查我方证书：openssl s_client -starttls smtp -connect our.host:25 -showcerts（IMAPS 则用 -connect our.host:993）。
    .fix-2 = 确认证书涵盖客户端使用的名称（使用者可选名称），并且证书链完整（fullchain 文件）。
    .fix-3 = 对于服务多个域的 Dovecot，在 local_name 块中为每个名称配置各自的证书，使每个客户端都能得到匹配的证书。
mta-tls-unable-to-get-local-issuer = 无法根据本地 CA 存储补全对端的证书链
    .cause = 验证时在本机受信任的 CA 证书中找不到对端证书的颁发者：本地 CA 包缺失、过时或未配置，或者对端发送证书时没有附带中间证书。
    .fix-1 = 让客户端使用系统 CA 包：Postfix 设置 smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt（或 smtp_tls_CApath）；Exim 设置 tls_verify_certificates = system。
    .fix-2 = 在本机更新 CA 包（ca-certificates 软件包）。
    .fix-3 = 用 openssl s_client -starttls smtp -connect host:25 -showcerts 检查对端证书链；如果缺少中间证书，必须由对端修复其服务器。
mta-tls-certificate-verify-failed = 握手期间对端证书验证失败
    .cause = OpenSSL 中止了握手，因为对端证书无法通过验证（颁发者不受信任、已过期或名称错误），而本地配置要求对该目标进行验证。
    .fix-1 = 查明原因：openssl s_client -starttls smtp -connect host:25 -verify_return_error -CAfile /etc/ssl/certs/ca-certificates.crt。
    .fix-2 = 确认已配置最新的 CA 包（smtp_tls_CAfile 或 Exim tls_verify_certificates）。
    .fix-3 = 如果问题出在对端证书，必须由对端修复；对于已知的内部对端，应显式信任其 CA，而不是关闭验证。
mta-tls-unexpected-eof = 对端在 TLS 握手中途关闭了连接
    .cause = 当对端不发送 TLS 警报就断开 TCP 连接时，OpenSSL 3 会报告 "unexpected eof while reading"：对端悄悄拒绝了我方的版本、密码或证书，客户端或扫描器放弃了连接，或防火墙切断了会话。
    .fix-1 = 如果来自大量不相关的主机，通常是扫描器，可以忽略。
    .fix-2 = 如果真实的合作伙伴受影响，用 openssl s_client -starttls smtp -connect host:25 测试，并询问对方为何断开连接。
    .fix-3 = 检查两台主机之间的防火墙或 IPS 是否有干扰 STARTTLS 的 SMTP 检查功能。
mta-tls-certificate-file-missing = 无法打开为 TLS 配置的证书、密钥或 CA 文件
    .cause = OpenSSL 无法打开 TLS 设置中指定的文件（路径在消息的 fopen 部分中）。该进程随后在没有 TLS 的情况下运行：既不提供也不使用 STARTTLS，需要 TLS 的投递都会失败。
    .fix-1 = 将消息中的路径与 postconf -n 显示的 TLS 文件设置（smtpd_tls_cert_file、smtpd_tls_key_file、smtpd_tls_CAfile、smtp_tls_cert_file、smtp_tls_CAfile）进行比较。
    .fix-2 = 确认文件存在且可读，并且证书续订后仍写入同一路径。
    .fix-3 = 运行 postfix reload，确认 "disabling TLS support" 警告已消失。
    .fix-4 = 在 Exim 中，这些文件由主配置中的 tls_certificate 和 tls_privatekey 指定；Exim 用户（Debian 和 Ubuntu 上为 Debian-exim）必须能读取这两个文件，可用 sudo -u Debian-exim cat <file> > /dev/null 检查。
mta-tls-library-problem = OpenSSL 报告了 TLS 问题（原因在错误代码之后）
    .cause = Postfix 把每个 OpenSSL 错误都记录为 "TLS library problem"。错误代码之后的文字（例如 "system lib"、"no such file"、"version too low"）才是真正的原因；当没有更具体的规则匹配时适用此通用说明。"system lib" 表示 TLS 配置中存在文件或权限问题。
    .fix-1 = 阅读原因以及紧挨着的前一行 Postfix 日志（SSL_accept error from、SSL_connect error to），确定涉及的对端和方向。
    .fix-2 = 若与文件有关，检查 main.cf 中证书、密钥和 CA 的路径（postconf -n | grep tls）及其权限。
    .fix-3 = 若与握手有关，用 openssl s_client -starttls smtp -connect host:25 测试对端，并暂时将 smtpd_tls_loglevel 或 smtp_tls_loglevel 提高到 1 或 2。
mta-tls-postfix-invalid-protocol-list = Postfix 拒绝了自己的 TLS 协议列表并关闭了 TLS
    .cause = smtpd_tls_protocols、smtp_tls_protocols 或 mandatory_protocols 的值包含此 Postfix 版本不认识的名称（2.10 之前的 Postfix 不认识 TLSv1.1 和 TLSv1.2），因此 Postfix 完全禁用了 TLS。
    .fix-1 = 使用你的 Postfix 支持的名称；在旧版本中改用排除写法（例如 !SSLv2, !SSLv3），不要列出 TLSv1.1 和 TLSv1.2。
    .fix-2 = 更好的做法是升级 Postfix 并使用 smtpd_tls_protocols = >=TLSv1.2（范围语法，Postfix 3.6 及以后）。
    .fix-3 = 运行 postfix reload，确认警告消失且重新提供 STARTTLS。
mta-tls-postfix-tls-disabled = Postfix 因无法加载证书、密钥或 CA 文件而禁用了 TLS
    .cause = smtp 或 smtpd 进程启动时，Postfix 无法加载配置的 TLS 材料，于是为该进程关闭了 TLS。入站不再提供 STARTTLS，发往要求 TLS 的服务器的出站邮件会失败（例如 530 5.7.0 Must issue a STARTTLS command first）。
    .fix-1 = 检查警告中指定的文件及其后的 "TLS library problem" 行（postconf -n | grep tls）。
    .fix-2 = 修正路径或权限，或删除未使用的设置（如 smtp_tls_cert_file），然后运行 postfix reload。
    .fix-3 = 用 openssl s_client -starttls smtp -connect localhost:25 确认 STARTTLS 恢复正常。
    .fix-4 = “No server certs available. TLS won't be enabled” 表示要求 smtpd 提供 TLS，但没有配置服务器证书：请设置 smtpd_tls_chain_files（或 smtpd_tls_cert_file 和 smtpd_tls_key_file）。
mta-tls-postfix-context-init-failed = Postfix 无法初始化 TLS，丢弃了一个 wrapper 模式（smtps）连接
    .cause = 客户端连接到隐式 TLS 服务（smtps 或 submissions），但 smtpd 无法初始化其 TLS 上下文，于是连接被丢弃。真正的原因在之前的警告中，例如协议列表无效或证书无法读取。
    .fix-1 = 阅读紧挨在此行之前记录的警告（Invalid TLS protocol list、cannot load certificate），并修正相应设置。
    .fix-2 = 检查 master.cf 中的 smtps 或 submissions 条目（-o smtpd_tls_wrappermode=yes）及其继承的证书设置。
    .fix-3 = 运行 postfix reload，并用 openssl s_client -connect host:465 测试。
mta-tls-postfix-required-not-offered = 此目标要求 TLS，但服务器未提供 STARTTLS
    .cause = 我方对此目标的策略为 encrypt 或更高（smtp_tls_security_level 或 smtp_tls_policy_maps），但接收服务器的 EHLO 回复中没有 STARTTLS，因此 Postfix 推迟该邮件（4.7.4），而不是以明文发送。
    .fix-1 = 用 posttls-finger host，或 telnet host 25 后输入 EHLO，检查远程 EHLO 中是否有 STARTTLS。
    .fix-2 = 请远程管理员启用 STARTTLS；剥离 STARTTLS 的防火墙（SMTP fixup）也会造成同样的症状。
    .fix-3 = 如果该目标可以接受明文，将其在 smtp_tls_policy_maps 中的条目降为 may，并对该映射执行 postmap。
mta-tls-postfix-required-refused = 要求 TLS，但远程服务器拒绝了 STARTTLS 命令
    .cause = 服务器宣告了 STARTTLS，却对 STARTTLS 命令回复了错误（其回复附在末尾，例如 454 4.7.0 TLS not available due to local problem）。由于我方对此目标的策略为 encrypt 或更高，Postfix 推迟该邮件。
    .fix-1 = 阅读附加的回复："TLS not available due to local problem" 表示远程服务器自身的 TLS 配置已损坏（无法加载其证书或密钥）。
    .fix-2 = 把回复文本发给远程管理员；我方无需做任何更改。
    .fix-3 = 如果策略允许，可暂时在 smtp_tls_policy_maps 中把该目标设为 may，让邮件在对方修复前以不加密方式传输。
mta-tls-postfix-engine-unavailable = 要求 TLS，但 Postfix 自身的 TLS 引擎未能启动
    .cause = 目标需要 TLS（encrypt 或更高），但 smtp 客户端没有可用的 TLS 上下文，通常是因为证书、密钥或 CA 文件加载失败，或协议列表无效。Postfix 推迟投递（4.7.5），而不是以明文发送。
    .fix-1 = 在日志中查找 smtp 进程启动时写下的警告（disabling TLS support、TLS library problem），并修正所指的文件或设置。
    .fix-2 = 用 postconf -n 检查 smtp_tls_ 相关设置，然后运行 postfix reload。
    .fix-3 = TLS 恢复后，用 postqueue -f 刷新延迟队列。
mta-tls-postfix-required-unavailable = 要求 TLS，但因未知原因不可用
    .cause = 这是 Postfix 在目标必须使用 TLS、而 "not offered" 和 "engine unavailable" 都不适用时给出的后备消息；它还会记录 "don't know why"。这种情况很少见，指向不寻常的配置或程序缺陷。
    .fix-1 = 将 smtp_tls_loglevel 提高到 2 并重试投递，以记录完整的 TLS 对话。
    .fix-2 = 检查该目标在 smtp_tls_policy_maps 中的条目以及 Postfix 版本；旧版本请升级。
    .fix-3 = 如果原因仍不明确，将日志发到 Postfix 用户邮件列表。
mta-tls-postfix-server-certificate-rejected = 远程服务器的证书未通过我方的 verify 或 secure TLS 策略
    .cause = TLS 已建立，但该目标的策略级别为 verify、secure 或更高，而服务器证书不受信任（无法链接到 smtp_tls_CAfile 或 smtp_tls_CApath 中的 CA）或与预期名称不匹配，因此 Postfix 以 4.7.5 推迟投递。
    .fix-1 = 用 posttls-finger host 或 openssl s_client -starttls smtp -connect host:25 -showcerts 查看证书。
    .fix-2 = 若为 "not trusted"，设置 smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt（或合作伙伴的 CA）；若为 "not verified"，检查策略的匹配名称（smtp_tls_policy_maps 中的 match=、smtp_tls_secure_cert_match）。
    .fix-3 = 如果是合作伙伴的证书有误，必须由对方修复；把策略降为 encrypt 可保留加密但不做身份验证。
mta-tls-postfix-cannot-start-tls = 与远程服务器的 TLS 握手失败（Cannot start TLS）
    .cause = Postfix 已发送 STARTTLS，但握手失败；原因在之前的 "SSL_connect error" 和 "TLS library problem" 行中。当 smtp_tls_security_level = may 时，Postfix 会在之后的尝试中以明文重试同一服务器（前提是不涉及 SASL 密码，且邮件已等待至少 minimal_backoff_time）；若为 encrypt 或更高则会一直推迟。
    .fix-1 = 阅读紧挨着之前记录的 TLS library problem 行，了解确切的 OpenSSL 原因，并按相应规则处理。
    .fix-2 = 测试服务器：openssl s_client -starttls smtp -connect host:25（加 -tls1_2 可测试特定版本）。
    .fix-3 = 要停止某个故障目标的循环，调整其在 smtp_tls_policy_maps 中的条目（protocols=、ciphers=，若可接受明文则为 none），然后执行 postmap。
mta-tls-postfix-ssl-accept-error = 客户端与本服务器的 TLS 握手失败（SSL_accept error）
    .cause = 客户端发送了 STARTTLS（或连接到 smtps），但握手未完成。"-1" 表示 OpenSSL 报告了错误，由下一行 "TLS library problem" 说明；"Connection timed out" 或 "lost connection" 表示客户端卡住或断开，常见原因是防火墙、MTU 问题或客户端放弃。
    .fix-1 = 阅读随后的 TLS library problem 行了解原因。
    .fix-2 = 若为超时，检查执行 SMTP 检查的防火墙或 IPS，以及两台主机之间的路径 MTU。
    .fix-3 = 来自未知主机的偶发失败通常是扫描器；当已知合作伙伴受影响时再处理。
mta-tls-postfix-ssl-connect-error = 我方与远程服务器的 TLS 握手失败（SSL_connect error）
    .cause = Postfix 外连并发送了 STARTTLS，但握手失败。"-1" 表示 OpenSSL 报告了错误，由随后的 "TLS library problem" 行说明；"Connection reset by peer" 或 "lost connection" 表示远程端关闭了连接。
    .fix-1 = 阅读随后的 TLS library problem 行了解确切原因。
    .fix-2 = 测试服务器：openssl s_client -starttls smtp -connect host:25 -tls1_2。
    .fix-3 = 在我方 hello 之后立即被重置，通常表示对端拒绝了我方的 TLS 版本或密码；将 smtp_tls_protocols 和 smtp_tls_mandatory_ciphers 与对端支持的内容比较。
mta-tls-postfix-lost-after-starttls = 客户端在 STARTTLS 后立即断开，握手未完成
    .cause = 客户端发送了 STARTTLS，随后连接在握手完成前结束。之前的日志行通常会说明原因：unsupported protocol 或 version too low（客户端太旧）、no shared cipher，或客户端拒绝的证书。
    .fix-1 = 在此之前查找同一进程 ID 的 SSL_accept error 和 TLS library problem 行。
    .fix-2 = 如果客户端是真实的发件方（例如某服务商的外发服务器），将其 TLS 版本与 smtpd_tls_protocols 及系统 openssl.cnf 中的 MinProtocol 比较。
    .fix-3 = 来自未知主机的重复事件通常是扫描器。
    .fix-4 = “timeout after STARTTLS” 是同一种故障，只是客户端在握手期间停止响应而没有关闭连接：常见原因是防火墙丢弃了较大的 TLS 数据包（MTU、SMTP 检查）。
mta-tls-legacy-version-negotiated = 与此对端协商的是 TLS 1.0 或 1.1 会话
    .cause = 连接成功，但使用的是过时的协议版本。现在还能工作，但只要任一方或只接受 TLS 1.2 的合作伙伴（如 Exchange Online）提高最低版本，就会失败。
    .fix-1 = 从日志行中识别对端，请其所有者启用 TLS 1.2。
    .fix-2 = 检查我方是否提供 TLS 1.2（smtp_tls_protocols、smtpd_tls_protocols），以及 OpenSSL 是否足够新。
    .fix-3 = 对端升级后提高下限：smtp_tls_protocols = >=TLSv1.2 且 smtpd_tls_protocols = >=TLSv1.2。
mta-tls-sendmail-legacy-version = Sendmail 与此对端协商的是 TLS 1.0 或 1.1
    .cause = STARTTLS 日志行报告的是会话的协议（version=TLSv1 即 TLS 1.0）。邮件已经送达，但使用的是 Exchange Online 和大多数大型服务商都已不再接受的过时协议，只要任何一方提高最低版本就会失败。
    .fix-1 = 根据 relay= 找到对端，请其管理员启用 TLS 1.2（Windows 或 Exchange 对端：在 SCHANNEL 和 .NET 中启用 TLS 1.2，然后重启）。
    .fix-2 = 检查本方 Sendmail 链接的 OpenSSL 支持 TLS 1.2（sendmail -d0.1 显示编译信息；需 OpenSSL 1.0.1 或更高），并确认 ServerSSLOptions/ClientSSLOptions 没有关闭 TLS 1.2。
    .fix-3 = 对端升级后，拒绝旧版本：在 ServerSSLOptions 和 ClientSSLOptions 中加入 SSL_OP_NO_TLSv1 和 SSL_OP_NO_TLSv1_1 标志，或在 Sendmail 加载的 OpenSSL 配置中设置 MinProtocol = TLSv1.2。
mta-tls-exim-legacy-version = Exim 与此对端协商的是 TLS 1.0 或 1.1
    .cause = 日志行的 X= 字段（日志选择器 tls_cipher）以会话协议开头：TLS1 或 TLS1.0 即 TLS 1.0，TLS1.1 即 TLS 1.1。邮件已经投递或接收，但使用的是过时协议，只要任何一方提高最低版本就会停止工作。
    .fix-1 = 根据 H= 找到对端，请其管理员启用 TLS 1.2（Windows 或 Exchange 对端：在 SCHANNEL 和 .NET 中启用 TLS 1.2，然后重启）。
    .fix-2 = 检查本方 Exim 提供 TLS 1.2：exim -bV 显示所用的 TLS 库；openssl_options 中不能含有 +no_tlsv1_2（GnuTLS 版本：tls_require_ciphers 必须允许 VERS-TLS1.2）。
    .fix-3 = 对端升级后，拒绝旧版本：openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1（GnuTLS 版本：在 tls_require_ciphers 中加入 -VERS-TLS1.0:-VERS-TLS1.1）。
mta-tls-exim-required-not-offered = Exim 要求对此主机使用 TLS，但服务器未提供 STARTTLS
    .cause = 该主机列在 smtp 传输的 hosts_require_tls 中，但它的 EHLO 回复中没有 STARTTLS，因此 Exim 推迟投递，而不是以明文发送。
    .fix-1 = 检查远程 EHLO（telnet host 25，然后 EHLO）中是否有 STARTTLS；剥离它的防火墙也会造成同样结果。
    .fix-2 = 请远程管理员启用 STARTTLS。
    .fix-3 = 如果该主机可以接受明文，将其从 hosts_require_tls 中移除。
mta-tls-exim-required-failed = Exim 要求对此主机使用 TLS，但 TLS 握手失败
    .cause = 该主机在 hosts_require_tls 中且提供了 STARTTLS，但握手失败，因此 Exim 推迟投递；对这类主机它从不回退到明文。原因在之前的 "TLS session" 或 "TLS error" 日志行中。
    .fix-1 = 在之前的日志行中找到 OpenSSL 原因，并按相应的 TLS 规则处理。
    .fix-2 = 将 openssl_options（例如 +no_tlsv1 +no_tlsv1_1）和 tls_require_ciphers 与对端支持的内容比较。
    .fix-3 = 用 openssl s_client -starttls smtp -connect host:25 测试。
mta-tls-exim-accept-error = 客户端与 Exim 的 TLS 握手失败（TLS error on connection from）
    .cause = Exim 作为服务器无法与连接的主机完成 TLS；(SSL_accept) 之后的文字就是原因，例如客户端卡住时为 "timed out"，或是某个 OpenSSL 错误。
    .fix-1 = 阅读 (SSL_accept) 之后的原因；若为 OpenSSL 错误，参见相应的 TLS 规则。
    .fix-2 = 检查主配置中的服务器设置 tls_certificate、tls_privatekey、tls_require_ciphers 和 openssl_options。
    .fix-3 = 来自未知主机的超时通常是扫描器；对于已知客户端，检查执行 SMTP 检查的防火墙。
mta-tls-exim-connect-error = Exim 的出站 TLS 握手失败（SSL_connect）
    .cause = Exim 向远程主机发送了 STARTTLS，但握手失败；(SSL_connect) 之后的文字就是原因（timed out 或某个 OpenSSL 错误）。在 tls_tempfail_tryclear（默认 true）且该主机不在 hosts_require_tls 中时，Exim 随后会以明文重试。
    .fix-1 = 阅读 (SSL_connect) 之后的原因，并按相应的 TLS 规则处理。
    .fix-2 = 检查 smtp 传输的选项 tls_require_ciphers、openssl_options 和 tls_verify_certificates。
    .fix-3 = 用 openssl s_client -starttls smtp -connect host:25 -tls1_2 测试。
mta-tls-sendmail-handshake-failed = Sendmail 与远程服务器的 STARTTLS 握手失败（403 4.7.0）
    .cause = ruleset=tls_server 且 arg1=SOFTWARE 表示 STARTTLS 握手本身失败（验证结果为 SOFTWARE）。Sendmail 不会回退到明文，因此邮件以 403 4.7.0 TLS handshake failed 被推迟并不断重试，常常直到过期。
    .fix-1 = 阅读紧挨着之前记录的 STARTTLS=client 错误行，了解 OpenSSL 原因。
    .fix-2 = 要对故障对端停止使用 STARTTLS，在 /etc/mail/access 中添加 Try_TLS:<server name> NO（使用日志中的 relay 名称，而不是收件人域），重建映射（make -C /etc/mail）并重启 sendmail。
    .fix-3 = 从长远看，使 CipherList 和 ClientSSLOptions 与对端支持的内容一致；系统 openssl.cnf 同样生效。
mta-tls-sendmail-client-connect-failed = Sendmail 作为客户端无法完成 TLS（STARTTLS=client connect failed）
    .cause = Sendmail 的出站 STARTTLS 握手失败。SSL_error=5（SSL_ERROR_SYSCALL）加 connect failed=0 通常表示远程端在握手期间关闭了连接，往往是因为它拒绝了我方的 TLS 版本或密码列表。
    .fix-1 = 测试对端：openssl s_client -starttls smtp -connect relay:25 -tls1_2。
    .fix-2 = 检查 sendmail.mc 或 sendmail.cf 中的 CipherList 和 ClientSSLOptions，以及系统 openssl.cnf。
    .fix-3 = 对于单个故障对端，在 access 映射中添加 Try_TLS:<relay> NO 并重建。
mta-tls-sendmail-server-accept-failed = 客户端与 Sendmail 的 STARTTLS 握手失败（STARTTLS=server accept failed）
    .cause = Sendmail 作为服务器无法与客户端完成 TLS；reason= 字段（新版本）或 SSL_error 和 errno 的值说明了原因。SSL_error=5 且 errno=0 表示客户端在握手期间关闭了连接。
    .fix-1 = 暂时把 LogLevel 提高到 9 以上，使 Sendmail 为这类失败记录 OpenSSL 错误队列。
    .fix-2 = 检查 ServerCertFile、ServerKeyFile 和 CACertFile，以及 CipherList 和 ServerSSLOptions 设置。
    .fix-3 = 对于无法与你进行 TLS 的客户端，在 access 映射中添加 Srv_Features:<client> S，不再向其提供 STARTTLS。
mta-tls-sendmail-write-error = Sendmail 的 TLS 连接在写入时中断（STARTTLS: write error）
    .cause = TLS 会话已建立，但写入失败；errno=104（connection reset by peer）加 ssl_err=5 表示对端或中间设备重置了连接。
    .fix-1 = 检查对端、防火墙或 IPS 是否会切断长时间的 TLS 会话或大邮件。
    .fix-2 = 如果只发生在某一个对端，测试该对端的 TLS 并联系其管理员。
mta-tls-mdaemon-unsupported-function = Windows 邮件服务器的 TLS 失败，错误 0x80090302：没有共同的 TLS 版本
    .cause = 0x80090302 是 Schannel 的 SEC_E_UNSUPPORTED_FUNCTION，Schannel 在 TLS 警报 70（protocol_version）时返回它：双方没有共同启用的 TLS 版本。在较旧的 Windows 服务器上，这通常意味着客户端或服务器端未启用 TLS 1.2。
    .fix-1 = 在 SCHANNEL 中启用 TLS 1.2：TLS 1.2\Client 和 TLS 1.2\Server 下 DisabledByDefault = 0、Enabled = 1（下方 .reg 文件），然后重启。
    .fix-2 = 更新邮件服务器软件，使其使用操作系统的 TLS 1.2 支持。
    .fix-3 = 用 openssl s_client -starttls smtp -connect host:25 -tls1_2 检查对端的版本。
mta-tls-postfix-peer-certificate-dates = 对方的证书已过期或尚未生效
    .cause = Postfix 检查了对方出示的证书（因为此目标的策略是 verify、secure 或 dane，或要求了客户端证书），其有效期不包含当前时间：该证书或链中的某个 CA 证书已过期，或尚未生效。“尚未生效”通常意味着双方之一的时钟不对。邮件已延迟投递。
    .fix-1 = 查看对方发送的日期：openssl s_client -starttls smtp -connect <host>:25 -showcerts，然后对每个证书运行 openssl x509 -noout -dates。
    .fix-2 = 如果证书已过期，须由其所有者续期（并安装新的中间证书）；请通知对方管理员。
    .fix-3 = 对于 “not yet valid”，检查本服务器的时钟和时间同步（timedatectl、chronyc tracking）。
mta-tls-postfix-peer-certificate-untrusted = 无法验证对方的证书（颁发者不受信任、自签名或其他验证错误）
    .cause = 由于此目标的策略是 verify、secure 或 dane（smtp_tls_security_level、smtp_tls_policy_maps），或要求了客户端证书，Postfix 检查了对方出示的证书，但无法信任它：证书是自签名的，其颁发者不在此 Postfix 使用的 CA 证书中，与 TLSA 记录或本地策略不符，或 OpenSSL 报告了其他错误（num= 给出错误代码，例如 hostname mismatch）。投递以 “Server certificate not verified” 延迟。
    .fix-1 = 查看对方发送的证书链：openssl s_client -starttls smtp -connect <host>:25 -showcerts -verify_return_error。
    .fix-2 = 如果颁发者是应当信任的公共 CA 或公司 CA，把它加入 smtp_tls_CAfile 或 smtp_tls_CApath（或安装系统 CA 包），然后运行 postfix reload。
    .fix-3 = 如果对方发送的是自签名或不完整的证书链，请其管理员安装带中间证书的正规证书；在此之前，如规定允许，可在 smtp_tls_policy_maps 中降低该目标的策略（用 encrypt 代替 verify）。
mta-tls-key-certificate-mismatch = TLS 私钥与证书不匹配
    .cause = OpenSSL 把配置的私钥与配置的证书中的公钥进行了比较，两者不同（“key values mismatch”）。通常是续期时替换了证书却没有替换私钥（或反之），或者两项设置指向了不同证书的文件。MTA 无法使用这一对，因此不提供 STARTTLS 或握手失败。
    .fix-1 = 比较两个公钥：openssl x509 -noout -pubkey -in <certificate> | sha256sum 与 openssl pkey -pubout -in <key> | sha256sum 必须输出相同的值。
    .fix-2 = 让设置指向匹配的一对文件（Postfix 的 smtpd_tls_cert_file 和 smtpd_tls_key_file 或 smtpd_tls_chain_files；Exim 的 tls_certificate 和 tls_privatekey；Sendmail 的 confSERVER_CERT 和 confSERVER_KEY），然后重新加载 MTA。
mta-tls-dh-key-too-small = 对方提供的 Diffie-Hellman 参数对本 OpenSSL 来说太小（dh key too small）
    .cause = 对方选择了 DHE 密钥交换，但其素数小于本 OpenSSL 接受的长度（安全级别 2 的 OpenSSL 3，即 Debian 12 和当前各发行版的默认设置，拒绝小于 2048 位的 DH；级别 1 拒绝小于 1024 位）。对方是老旧或配置不当的服务器，通常仍使用 1024 位（或 512 位出口级）DH 参数，因此握手失败。
    .fix-1 = 请对方管理员使用至少 2048 位的 DH 参数，或优先使用 ECDHE 密钥交换（Postfix 上：为 smtpd_tls_dh1024_param_file 指定 2048 位文件，或使用当前 Postfix 版本内置的 2048 位默认值）。
    .fix-2 = 在此之前，只有当对该对方 TLS 是可选的（smtp_tls_security_level may，失败后会改用明文），或在 smtp_tls_policy_maps 中为该目标设置不含 DHE 密码套件的例外时，发往它的邮件才能送达；不要为所有目标降低安全级别。
mta-tls-unsafe-legacy-renegotiation = 对方不支持 OpenSSL 3 要求的安全重新协商（unsafe legacy renegotiation disabled）
    .cause = OpenSSL 3 不再连接缺少 RFC 5746 TLS 重新协商指示扩展的服务器（其默认设置中已去掉 SSL_OP_LEGACY_SERVER_CONNECT）。对方的 TLS 协议栈陈旧或未打补丁（2010 年以前的版本，或从未获得修复的设备），因此握手被中止。
    .fix-1 = 根本的解决办法在对方：其管理员必须更新 TLS 软件或固件以支持 RFC 5746。
    .fix-2 = 仅针对该目标，可使用在 SSL 部分包含 Options = UnsafeLegacyServerConnect 的 OpenSSL 配置恢复旧行为；请权衡风险，不要把它写入系统全局的 openssl.cnf。
mta-tls-remote-tls-unavailable = 远程服务器拒绝了 STARTTLS：它自身的 TLS 无法工作
    .cause = 服务器宣告支持 STARTTLS，却以错误回复 STARTTLS 命令，而不是开始握手。“454 4.7.0 TLS not available due to local problem” 是 Postfix 无法加载自身证书或私钥时的回复，因此问题出在发出此回复的服务器上。根据发送方的策略，邮件随后以明文发送或被延迟。
    .fix-1 = 如果回复来自远程服务器，把这一行发给其管理员；您这一方无需更改。
    .fix-2 = 如果回复来自您自己的 Postfix（出现在您的 smtpd 日志中），查找 “disabling TLS support” 或 “TLS library problem” 警告，并修复证书和私钥文件。
mta-tls-sendmail-access-requirement = Sendmail 拒绝了连接：连接不满足访问映射（access）中的 TLS 要求
    .cause = Sendmail 访问映射中的某条记录对该对方的 TLS 要求高于此连接实际达到的水平：TLS_Srv:<host> 用于 Sendmail 向该服务器发信时，TLS_Clt:<host> 用于客户端连入时，TLS_Rcpt: 用于某个收件人，值为 ENCR:<bits>（加密强度至少为该位数）或 VERIFY（证书须经过验证）。“encryption too weak 0 less than 112” 表示完全没有 TLS（arg1=NONE：对方没有提供或没有使用 STARTTLS）；“authentication failed”“not authenticated” 或 “authentication required” 表示证书未通过验证（arg1=FAIL、NO）。邮件被延迟（403 4.7.0）或被拒绝（设置 TLS_PERM_ERR 时为 503 5.7.0）。
    .fix-1 = 找到该记录：grep -i 'TLS_Srv\|TLS_Clt\|TLS_Rcpt' /etc/mail/access，并查看对方提供什么：openssl s_client -starttls smtp -connect <host>:25。
    .fix-2 = 如果对方不再提供 STARTTLS 或其证书已无法验证，请通知其管理员；如果您的要求过于严格，修改该记录并重建映射（makemap hash /etc/mail/access < /etc/mail/access，或 make -C /etc/mail）。
mta-tls-exim-closed-after-starttls = Exim 发送 STARTTLS 后、TLS 握手开始前，对方服务器挂断了连接
    .cause = Exim 发送了 STARTTLS，对方服务器没有回复 220 就关闭了连接：它的 TLS 服务已损坏或已关闭却仍在通告 STARTTLS，或者它会断开其不接受的 TLS 请求的客户端。Exim 推迟该邮件并稍后重试。（如果服务器回复 220 但握手失败，除非该主机在 hosts_require_tls 中，Exim 会立即以明文重试；参见 tls_tempfail_tryclear。）
    .fix-1 = 从本机测试该服务器：openssl s_client -starttls smtp -connect <主机>:25 -servername <主机>；若此处连接同样被关闭，即可确认问题在对方。
    .fix-2 = 将时间和您的发送 IP 地址告知对方的邮件管理员。
    .fix-3 = 仅当此目标可接受明文且短期内无法修复时，才把该主机加入 smtp 传输的 hosts_avoid_tls；对要求 TLS 的目标绝不要这样做。
openssl-verify-certificate-dates = 服务器证书已过期或尚未生效（OpenSSL 验证错误 10 或 9）
    .cause = OpenSSL 检查服务器发送的证书链时，发现有证书不在有效期内：num=10（证书已过期）或 num=9（证书尚未生效）。会验证证书的发送方将拒绝该服务器：要求 TLS 的 Exchange Online 连接器、使用 verify 或 dane 策略的 Postfix、大多数邮件客户端。对于 num=9，测试计算机的时钟也可能是原因。
    .fix-1 = 在被测试的服务器上续订证书，并将新证书绑定到 SMTP（Exchange：Enable-ExchangeCertificate -Services SMTP；Postfix：smtpd_tls_chain_files，然后 postfix reload），证书链中已过期的中间证书也要更换。
    .fix-2 = 对于 num=9，检查测试计算机的日期和时间；然后用 openssl s_client -connect host:25 -starttls smtp -showcerts 再次测试。
openssl-verify-hostname-mismatch = 服务器证书不包含连接时使用的名称（OpenSSL 验证错误 62）
    .cause = 使用 -verify_hostname（或在会检查名称的客户端中）时，OpenSSL 发现证书的使用者可选名称（SAN）中没有一个与所连接的主机名匹配。会检查名称的发送方将拒绝该服务器：指定了证书的 Exchange Online 连接器、使用 secure 或 dane 策略的 Postfix、邮件客户端。
    .fix-1 = 签发以服务器的 MX 或提交主机名作为使用者可选名称的证书，或让连接器、MX 记录或客户端指向证书中包含的名称。
    .fix-2 = 用发送方实际使用的名称测试：openssl s_client -connect host:25 -starttls smtp -verify_hostname host。
scan-tls12-not-offered = 被扫描的邮件服务器不支持 TLS 1.2
    .cause = 扫描结果（testssl.sh “TLS 1.2 not offered”，sslscan “TLSv1.2 disabled”）表明该服务器不接受 TLS 1.2。Exchange Online 和大多数大型邮件服务商已不再使用 TLS 1.0 或 1.1，因此它们到此服务器的连接会失败（421 4.4.2 SocketError、TLS negotiation failed），此服务器到它们的连接也会失败。在 Windows 上，原因通常是 SCHANNEL 中关闭了 TLS 1.2，或系统过旧、缺少更新；在其他系统上则是 OpenSSL 过旧，或协议列表不含 TLS 1.2。
    .fix-1 = 在 Windows 或 Exchange 上：在 SCHANNEL（Server 和 Client）中并为 .NET 启用 TLS 1.2（见下方 .reg 文件），安装最新更新，重启服务器，然后重新扫描。
    .fix-2 = 在 Postfix 或其他基于 OpenSSL 的服务器上：在 smtpd_tls_protocols 和 smtpd_tls_mandatory_protocols 中允许 TLS 1.2（推荐写法 >=TLSv1.2），并升级低于 1.0.1 的 OpenSSL，然后重新扫描。
scan-legacy-tls-offered = 对邮件服务器的测试发现仍提供或正在使用 TLS 1.0 或 1.1
    .cause = 扫描或测试（testssl.sh “offered (deprecated)”、sslscan “enabled”、nmap 的 ssl-enum-ciphers、swaks 会话）发现服务器接受 TLS 1.0 或 1.1，或与其协商使用了这些版本。只要同时支持 TLS 1.2，这本身不会阻断邮件，但这些版本已被弃用（RFC 8996），仍在协商它们的对端在与 Exchange Online 通信时会失败。
    .fix-1 = 先找出哪些对端仍与此服务器协商 TLS 1.0 或 1.1（根据其协议日志或邮件日志的 TLS 统计），并让它们升级。
    .fix-2 = 然后关闭旧版本（Windows 上将 SCHANNEL 中 TLS 1.0 和 1.1 的 Server 项设为 Enabled = 0；Postfix 上设置 smtpd_tls_protocols = >=TLSv1.2），再重新扫描。如果到某台服务器的会话协商的是 TLS 1.0，则需要在那台服务器上启用 TLS 1.2。
