mta-tls-exim-cleartext-fallback = Сеанс TLS в Exim не удался, и сообщение было доставлено без шифрования
    .cause = Рукопожатие TLS с принимающим узлом не удалось (причина указана в скобках перед "delivering unencrypted"). Так как tls_tempfail_tryclear по умолчанию true, а узла нет в hosts_require_tls, Exim переподключился и отправил сообщение открытым текстом; доставка всё равно может сорваться, если удалённая сторона требует TLS перед аутентификацией.
    .fix-1 = Устраните указанную причину: при "certificate verification failed" проверьте tls_verify_certificates (системный набор ЦС) и цепочку удалённого сервера; Exim 4.93 и новее проверяют сертификаты строже. Для ошибок OpenSSL смотрите соответствующее правило TLS.
    .fix-2 = Если почта для этого узла должна шифроваться, добавьте его в hosts_require_tls транспорта smtp, чтобы Exim откладывал доставку, а не отправлял открытым текстом.
    .fix-3 = Обновите набор ЦС (пакет ca-certificates), если удалённый сертификат действителен, но здесь ему не доверяют.
mta-tls-version-too-low = Подключающийся клиент предложил только версию TLS ниже минимальной для этого сервера (клиент слишком стар)
    .cause = OpenSSL на принимающей стороне (Postfix smtpd, Exim, Dovecot) отклонил приветствие клиента, потому что старшая поддерживаемая клиентом версия ниже минимума сервера; обычно это клиент только с TLS 1.0/1.1 против сервера, требующего TLS 1.2. Минимум задают настройки MTA или системный openssl.cnf (некоторые дистрибутивы ставят MinProtocol = TLSv1.2).
    .fix-1 = Определите клиента по соседним строкам (connect from, rip=) и обновите его до TLS 1.2 — это правильное решение.
    .fix-2 = Найдите, где задан минимум: Postfix smtpd_tls_protocols и smtpd_tls_mandatory_protocols (postconf -n), Dovecot ssl_min_protocol, Exim openssl_options.
    .fix-3 = Если минимум берётся из MinProtocol в /etc/ssl/openssl.cnf и старого клиента нужно временно принимать, задайте tls_config_file = none в main.cf (Postfix 3.9, 3.8.1, 3.7.6, 3.6.10, 3.5.20 или новее, OpenSSL 1.1.1b или новее) и задавайте версии в main.cf.
mta-tls-unsupported-protocol-inbound = Входящий TLS отклонён: версия TLS клиента не включена на этом сервере
    .cause = Принимающий сервер (Postfix smtpd или submission, Dovecot, Exim, Sendmail) не нашёл версии протокола, общей с клиентом. Обычно клиент умеет только TLS 1.0/1.1, а минимум сервера — TLS 1.2 (в main.cf или в MinProtocol файла openssl.cnf дистрибутива); реже список сервера исключает нужную клиенту версию.
    .fix-1 = Найдите клиента в соседних строках (SSL_accept error from, lost connection after STARTTLS from) и обновите его до TLS 1.2.
    .fix-2 = Проверьте smtpd_tls_protocols и smtpd_tls_mandatory_protocols через postconf -n; рекомендуемая форма — >=TLSv1.2, а при старом синтаксисе исключений диапазон должен оставаться непрерывным. В Exim минимум задают openssl_options (+no_tlsv1 +no_tlsv1_1) и openssl.cnf.
    .fix-3 = Проверьте MinProtocol в /etc/ssl/openssl.cnf: Postfix читает его по умолчанию (tls_config_file = default); при tls_config_file = none решает только main.cf.
mta-tls-unsupported-protocol-outbound = Исходящий TLS не удался: у удалённого сервера и нашего клиента нет общей версии TLS
    .cause = При исходящем подключении OpenSSL не смог согласовать версию с сервером: сервер предлагает только версии ниже нашего минимума (например, старый сервер только с TLS 1.0) или наш клиент ограничен версиями, отключёнными на сервере.
    .fix-1 = Проверьте сервер: openssl s_client -starttls smtp -connect host:25 -tls1_2 (и -tls1 или -tls1_1), чтобы увидеть принимаемые версии.
    .fix-2 = Postfix: проверьте smtp_tls_protocols (оппортунистический TLS) и smtp_tls_mandatory_protocols (encrypt и выше); Exim: openssl_options; Sendmail: ClientSSLOptions.
    .fix-3 = Если устарел удалённый сервер, попросите владельца включить TLS 1.2; снижайте наш минимум только как исключение для одного адресата (protocols= в smtp_tls_policy_maps).
mta-tls-unsupported-protocol = TLS не удался: нет версии протокола, общей с партнёром
    .cause = OpenSSL сообщил, что у сторон нет общей версии TLS. По одной этой строке не видно, какая сторона старее; это видно по соседним строкам (smtpd или SSL_accept — клиент подключился к нам, smtp или SSL_connect — подключились мы).
    .fix-1 = Найдите партнёра в соседних строках и проверьте его командой openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-2 = Проверьте smtpd_tls_protocols, smtp_tls_protocols и их варианты _mandatory_, а также MinProtocol в openssl.cnf.
    .fix-3 = Обновите ту сторону, которая ограничена TLS 1.0/1.1.
mta-tls-alert-protocol-version = Партнёр отклонил нашу версию TLS (оповещение 70, protocol_version)
    .cause = Другая сторона ответила на наше приветствие оповещением 70: она не принимает предложенную версию. Если это видит клиент, устарела обычно наша сторона (включены только TLS 1.0/1.1 или старые OpenSSL и MTA); Exchange Online, например, принимает только TLS 1.2 и выше.
    .fix-1 = Проверьте, какие версии предлагает наша сторона (Postfix smtp_tls_protocols, Exim openssl_options, настройки TLS приложения), и разрешите TLS 1.2.
    .fix-2 = Обновите OpenSSL и MTA или клиент, если они не умеют TLS 1.2.
    .fix-3 = Повторите проверку: openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-4 = Если это была намеренная проверка старой версии (openssl s_client -tls1 или -tls1_1, swaks --tls-protocol) против Exchange Online или другого современного сервера, такой отказ — ожидаемый и правильный результат; важно, чтобы та же проверка с -tls1_2 прошла успешно.
mta-tls-no-protocols-available = TLS не запустился: на нашей стороне не осталось ни одной включённой версии протокола
    .cause = OpenSSL отказался начинать рукопожатие, потому что конфигурация исключает все поддерживаемые им версии: например, smtp_tls_protocols или smtp_tls_mandatory_protocols исключают все версии этой сборки OpenSSL, или MinProtocol в openssl.cnf выше MaxProtocol.
    .fix-1 = Выполните postconf -n | grep protocols и убедитесь, что разрешён как минимум TLS 1.2 (например, smtp_tls_protocols = >=TLSv1.2).
    .fix-2 = Проверьте MinProtocol и MaxProtocol в /etc/ssl/openssl.cnf; при tls_config_file = none Postfix их игнорирует.
    .fix-3 = Обновите OpenSSL, если он слишком стар для TLS 1.2.
    .fix-4 = OpenSSL 3 отвергает TLS 1.0 и 1.1 на уровне безопасности по умолчанию (1, а в Debian и Ubuntu — 2), поэтому проверка этих версий (openssl s_client -tls1 или -tls1_1) заканчивается этой ошибкой ещё до отправки данных: о сервере она ничего не говорит. Чтобы проверить их, добавьте -cipher 'DEFAULT@SECLEVEL=0'.
mta-tls-wrong-version-number = В одном соединении смешались обычный SMTP и TLS (неверный порт или режим wrapper)
    .cause = Одна сторона говорила обычным SMTP, а другая ожидала запись TLS, поэтому OpenSSL принял текст за номер версии. Типичные случаи: клиент использует STARTTLS на порту 465, где ожидается неявный TLS, или неявный TLS на порту 587 или 25; на сервере smtps (465) "unknown protocol" и "wrong version number" означают, что клиент начал не с TLS.
    .fix-1 = Postfix как клиент на порту 465: relayhost = [smtp.example.com]:465 вместе с smtp_tls_wrappermode = yes и smtp_tls_security_level = encrypt; или используйте порт 587 со STARTTLS.
    .fix-2 = Postfix как сервер: неявный TLS только на службе smtps или submissions в master.cf (-o smtpd_tls_wrappermode=yes), STARTTLS на 25 и 587; сообщите клиентам, какой порт в каком режиме работает.
    .fix-3 = Проверьте, нет ли межсетевого экрана или прокси, который завершает или изменяет TLS на этом порту.
mta-tls-no-shared-cipher = Нет набора шифров, общего с клиентом
    .cause = Сервер (Postfix smtpd, Dovecot, Exim) не нашёл набора шифров, который может использовать со списком клиента. Либо списки не пересекаются (сервер оставил только современные наборы, клиент знает лишь старые), либо у сервера нет пригодного сертификата и ключа для предложенных наборов: отсутствующий или нечитаемый сертификат тоже даёт эту ошибку.
    .fix-1 = Убедитесь, что сертификат и ключ сервера заданы и читаются: Postfix smtpd_tls_cert_file и smtpd_tls_key_file (или smtpd_tls_chain_files), Dovecot ssl_cert и ssl_key.
    .fix-2 = Проверьте настройки шифров: Postfix smtpd_tls_mandatory_ciphers, smtpd_tls_exclude_ciphers и tls_medium_cipherlist; Dovecot ssl_cipher_list; Exim tls_require_ciphers.
    .fix-3 = Определите клиента (rip=, connect from) и обновите его, если он предлагает только устаревшие наборы.
mta-tls-alert-handshake-failure = Партнёр прервал рукопожатие оповещением 40 (handshake_failure)
    .cause = Удалённая сторона не нашла в нашем приветствии ничего приемлемого: нет общего набора шифров, алгоритма подписи или кривой, либо ей нужен клиентский сертификат, которого мы не отправили. Когда мы клиент, наш список шифров обычно слишком узок или устарел для сервера.
    .fix-1 = Проверьте сервер командой openssl s_client -starttls smtp -connect host:25 -tls1_2 и сравните его наборы с нашими.
    .fix-2 = Клиент Postfix: ослабьте smtp_tls_mandatory_ciphers или smtp_tls_exclude_ciphers для этого адресата (ciphers= в smtp_tls_policy_maps); Exim: tls_require_ciphers.
    .fix-3 = Обновите OpenSSL, если в нём нет современных наборов (ECDHE, AES-GCM), которых требует партнёр.
mta-tls-alert-unknown-ca = Партнёр не доверяет ЦС, выдавшему наш сертификат (оповещение 48)
    .cause = Другая сторона не смогла построить цепочку от нашего сертификата до доверенного корня: сертификат самоподписанный или от частного ЦС, либо промежуточные сертификаты не отправляются. В журнале smtpd это значит, что подключившийся клиент отклонил наш серверный сертификат.
    .fix-1 = Проверьте, что мы отправляем: openssl s_client -starttls smtp -connect our.host:25 -showcerts.
    .fix-2 = Отдавайте полную цепочку: smtpd_tls_cert_file должен содержать сертификат и за ним промежуточные (fullchain.pem), или используйте smtpd_tls_chain_files; то же для Exim tls_certificate.
    .fix-3 = Для служб, доступных из интернета, используйте сертификат публичного ЦС.
mta-tls-alert-certificate-expired = Партнёр сообщает, что наш сертификат просрочен (оповещение 45)
    .cause = Другая сторона отклонила наш сертификат, потому что срок его действия истёк (или у партнёра неверные часы). Серверный или клиентский сертификат этого MTA нужно обновить.
    .fix-1 = Проверьте даты: openssl x509 -in /path/to/cert.pem -noout -dates для файла из smtpd_tls_cert_file, smtp_tls_cert_file или Exim tls_certificate.
    .fix-2 = Обновите сертификат (например, certbot renew) и убедитесь, что MTA указывает на обновлённый файл.
    .fix-3 = Перезагрузите службу (postfix reload или перезапуск Exim или Dovecot), чтобы она взяла новый сертификат.
mta-tls-alert-bad-certificate = Партнёр отклонил предъявленный нами сертификат (оповещение 42 или 46)
    .cause = Другая сторона отвергла наш сертификат как плохой (42) или неприемлемый по неуточнённой причине (46): неверное имя узла, самоподписанный или недоверенный издатель, неполная цепочка или неожиданный клиентский сертификат.
    .fix-1 = Проверьте наш сертификат так, как его видит партнёр: openssl s_client -starttls smtp -connect our.host:25 -showcerts (или -connect our.host:993 для IMAPS).
    .fix-2 = Убедитесь, что сертификат покрывает имена, которые используют клиенты (альтернативные имена субъекта), и цепочка полная (файл fullchain).
    .fix-3 = Для Dovecot с несколькими доменами настройте отдельный сертификат на каждое имя в блоках local_name, чтобы каждый клиент получал подходящий сертификат.
mta-tls-unable-to-get-local-issuer = Цепочку сертификата партнёра нельзя достроить по локальному хранилищу ЦС
    .cause = Проверка не нашла издателя сертификата партнёра среди доверенных сертификатов ЦС на этом узле: локальный набор ЦС отсутствует, устарел или не настроен, либо партнёр отправляет сертификат без промежуточного.
    .fix-1 = Укажите клиенту системный набор ЦС: Postfix smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt (или smtp_tls_CApath); Exim tls_verify_certificates = system.
    .fix-2 = Обновите набор ЦС (пакет ca-certificates) на этом узле.
    .fix-3 = Проверьте цепочку партнёра: openssl s_client -starttls smtp -connect host:25 -showcerts; если нет промежуточного сертификата, исправлять свой сервер должен партнёр.
mta-tls-certificate-verify-failed = Сертификат партнёра не прошёл проверку во время рукопожатия
    .cause = OpenSSL прервал рукопожатие, потому что сертификат партнёра не удалось проверить (недоверенный издатель, истёкший срок или неверное имя), а локальная конфигурация требует проверки для этого адресата.
    .fix-1 = Узнайте причину: openssl s_client -starttls smtp -connect host:25 -verify_return_error -CAfile /etc/ssl/certs/ca-certificates.crt.
    .fix-2 = Убедитесь, что настроен актуальный набор ЦС (smtp_tls_CAfile или Exim tls_verify_certificates).
    .fix-3 = Если виноват сертификат партнёра, исправить его должен партнёр; для известного внутреннего партнёра явно доверьтесь его ЦС вместо отключения проверки.
mta-tls-unexpected-eof = Партнёр закрыл соединение посреди рукопожатия TLS
    .cause = OpenSSL 3 пишет "unexpected eof while reading", когда другая сторона обрывает TCP-соединение без оповещения TLS: партнёр молча отверг нашу версию, шифр или сертификат, клиент или сканер сдался, либо межсетевой экран разорвал сеанс.
    .fix-1 = Если это идёт от множества случайных узлов, обычно это сканеры, и событие можно игнорировать.
    .fix-2 = Если затронут реальный партнёр, проверьте его командой openssl s_client -starttls smtp -connect host:25 и спросите партнёра, почему он разорвал соединение.
    .fix-3 = Проверьте межсетевые экраны и IPS между узлами на инспекцию SMTP, мешающую STARTTLS.
mta-tls-certificate-file-missing = Не удаётся открыть файл сертификата, ключа или ЦС, заданный для TLS
    .cause = OpenSSL не смог открыть файл из настроек TLS (путь указан в части fopen сообщения). Процесс тогда работает без TLS: STARTTLS не предлагается и не используется, а доставки, требующие TLS, не проходят.
    .fix-1 = Сравните путь из сообщения с файловыми настройками TLS (smtpd_tls_cert_file, smtpd_tls_key_file, smtpd_tls_CAfile, smtp_tls_cert_file, smtp_tls_CAfile) из вывода postconf -n.
    .fix-2 = Убедитесь, что файл существует и читается, а продление сертификата записывает его по тому же пути.
    .fix-3 = Выполните postfix reload и проверьте, что предупреждение "disabling TLS support" исчезло.
    .fix-4 = В Exim файлы задаются параметрами tls_certificate и tls_privatekey основной конфигурации; пользователь Exim (Debian-exim в Debian и Ubuntu) должен иметь право читать оба, что проверяется командой sudo -u Debian-exim cat <file> > /dev/null.
mta-tls-library-problem = OpenSSL сообщил о проблеме TLS (причина идёт после кода ошибки)
    .cause = Postfix записывает каждую ошибку OpenSSL как "TLS library problem". Текст после кода ошибки (например, "system lib", "no such file", "version too low") и есть причина; это общее объяснение действует, когда не подошло более точное правило. "system lib" указывает на проблему с файлом или правами в настройках TLS.
    .fix-1 = Прочитайте причину и строку Postfix непосредственно перед ней (SSL_accept error from, SSL_connect error to), чтобы понять партнёра и направление.
    .fix-2 = Для причин, связанных с файлами, проверьте пути к сертификату, ключу и ЦС в main.cf (postconf -n | grep tls) и права на них.
    .fix-3 = Для причин, связанных с рукопожатием, проверьте партнёра командой openssl s_client -starttls smtp -connect host:25 и временно поднимите smtpd_tls_loglevel или smtp_tls_loglevel до 1 или 2.
mta-tls-postfix-invalid-protocol-list = Postfix отверг свой список протоколов TLS и отключил TLS
    .cause = Значение smtpd_tls_protocols, smtp_tls_protocols или mandatory_protocols содержит имена, неизвестные этой версии Postfix (Postfix до 2.10 не знает TLSv1.1 и TLSv1.2), поэтому Postfix полностью отключает TLS.
    .fix-1 = Используйте имена, которые поддерживает ваш Postfix; в старых версиях пишите форму исключений (например, !SSLv2, !SSLv3) вместо перечисления TLSv1.1 и TLSv1.2.
    .fix-2 = Лучше обновите Postfix и используйте smtpd_tls_protocols = >=TLSv1.2 (синтаксис диапазона, Postfix 3.6 и новее).
    .fix-3 = Выполните postfix reload и проверьте, что предупреждение исчезло и STARTTLS снова предлагается.
mta-tls-postfix-tls-disabled = Postfix отключил TLS, потому что не смог загрузить файл сертификата, ключа или ЦС
    .cause = При запуске процесса smtp или smtpd Postfix не смог загрузить заданные материалы TLS и отключил TLS для этого процесса. Входящий STARTTLS больше не предлагается, а исходящая почта на серверы, требующие TLS, не проходит (например, 530 5.7.0 Must issue a STARTTLS command first).
    .fix-1 = Проверьте файл, указанный в предупреждении, и следующие строки "TLS library problem" (postconf -n | grep tls).
    .fix-2 = Исправьте путь или права либо удалите неиспользуемую настройку вроде smtp_tls_cert_file, затем выполните postfix reload.
    .fix-3 = Убедитесь командой openssl s_client -starttls smtp -connect localhost:25, что STARTTLS снова работает.
    .fix-4 = «No server certs available. TLS won't be enabled» означает, что smtpd должен предлагать TLS, но серверный сертификат не настроен: задайте smtpd_tls_chain_files (или smtpd_tls_cert_file и smtpd_tls_key_file).
mta-tls-postfix-context-init-failed = Postfix не смог инициализировать TLS и сбросил подключение в режиме wrapper (smtps)
    .cause = Клиент подключился к службе неявного TLS (smtps или submissions), но smtpd не смог инициализировать контекст TLS, и подключение было сброшено. Настоящая причина — в предыдущих предупреждениях, например неверный список протоколов или нечитаемый сертификат.
    .fix-1 = Прочитайте предупреждения, записанные непосредственно перед этой строкой (Invalid TLS protocol list, cannot load certificate), и исправьте соответствующую настройку.
    .fix-2 = Проверьте запись smtps или submissions в master.cf (-o smtpd_tls_wrappermode=yes) и наследуемые ею настройки сертификата.
    .fix-3 = Выполните postfix reload и проверьте командой openssl s_client -connect host:465.
mta-tls-postfix-required-not-offered = Для этого адресата требуется TLS, но сервер не предлагает STARTTLS
    .cause = Наша политика для этого адресата — encrypt или выше (smtp_tls_security_level или smtp_tls_policy_maps), но в ответе EHLO принимающего сервера нет STARTTLS, поэтому Postfix откладывает сообщение (4.7.4), а не отправляет его открытым текстом.
    .fix-1 = Проверьте ответ EHLO удалённого сервера командой posttls-finger host или через telnet host 25 и EHLO, найдите STARTTLS.
    .fix-2 = Попросите удалённого администратора включить STARTTLS; такой же симптом даёт межсетевой экран, вырезающий STARTTLS (SMTP fixup).
    .fix-3 = Если для этого адресата допустим открытый текст, понизьте его запись в smtp_tls_policy_maps до may и выполните postmap для карты.
mta-tls-postfix-required-refused = Требуется TLS, но удалённый сервер отклонил команду STARTTLS
    .cause = Сервер объявил STARTTLS, но ответил на команду STARTTLS ошибкой (его ответ добавлен в конец, например 454 4.7.0 TLS not available due to local problem). Так как наша политика для адресата — encrypt или выше, Postfix откладывает сообщение.
    .fix-1 = Прочитайте добавленный ответ: "TLS not available due to local problem" означает, что сломана собственная настройка TLS удалённого сервера (не загружается его сертификат или ключ).
    .fix-2 = Передайте текст ответа удалённому администратору; на нашей стороне ничего менять не нужно.
    .fix-3 = Если политика позволяет, временно поставьте этому адресату may в smtp_tls_policy_maps, чтобы почта шла без шифрования до исправления.
mta-tls-postfix-engine-unavailable = Требуется TLS, но собственный механизм TLS в Postfix не запустился
    .cause = Адресату нужен TLS (encrypt или выше), но у клиента smtp нет рабочего контекста TLS, обычно потому, что не загрузился файл сертификата, ключа или ЦС либо неверен список протоколов. Postfix откладывает доставку (4.7.5), а не отправляет открытым текстом.
    .fix-1 = Найдите в журнале предупреждения, записанные при запуске процесса smtp (disabling TLS support, TLS library problem), и исправьте указанный файл или настройку.
    .fix-2 = Проверьте настройки smtp_tls_ через postconf -n, затем выполните postfix reload.
    .fix-3 = Когда TLS заработает, протолкните отложенную очередь командой postqueue -f.
mta-tls-postfix-required-unavailable = Требуется TLS, но он недоступен по неизвестной причине
    .cause = Это запасное сообщение Postfix, когда TLS обязателен для адресата, а не подходят ни "not offered", ни "engine unavailable"; при этом Postfix пишет "don't know why". Это редкость и указывает на необычную конфигурацию или ошибку.
    .fix-1 = Поднимите smtp_tls_loglevel до 2 и повторите доставку, чтобы записать весь диалог TLS.
    .fix-2 = Проверьте запись smtp_tls_policy_maps для адресата и версию Postfix; старую версию обновите.
    .fix-3 = Если причина не ясна, отправьте журнал в список рассылки пользователей Postfix.
mta-tls-postfix-server-certificate-rejected = Сертификат удалённого сервера не прошёл нашу политику TLS verify или secure
    .cause = TLS установлен, но уровень политики адресата — verify, secure или выше, а сертификат сервера либо не доверен (нет цепочки до ЦС из smtp_tls_CAfile или smtp_tls_CApath), либо не совпал с ожидаемыми именами, поэтому Postfix откладывает доставку с 4.7.5.
    .fix-1 = Изучите сертификат командой posttls-finger host или openssl s_client -starttls smtp -connect host:25 -showcerts.
    .fix-2 = При "not trusted" задайте smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt (или ЦС партнёра); при "not verified" проверьте имена сопоставления в политике (match= в smtp_tls_policy_maps, smtp_tls_secure_cert_match).
    .fix-3 = Если неверен сертификат партнёра, исправить его должен партнёр; понижение политики до encrypt сохраняет шифрование без проверки подлинности.
mta-tls-postfix-cannot-start-tls = Рукопожатие TLS с удалённым сервером не удалось (Cannot start TLS)
    .cause = Postfix отправил STARTTLS, но рукопожатие не удалось; причина в предыдущих строках "SSL_connect error" и "TLS library problem". При smtp_tls_security_level = may Postfix при следующей попытке повторяет доставку на тот же сервер открытым текстом (только если не применяется пароль SASL и сообщение ждало не меньше minimal_backoff_time); при encrypt и выше он продолжает откладывать.
    .fix-1 = Прочитайте строку TLS library problem, записанную непосредственно перед этим, чтобы узнать точную причину OpenSSL, и следуйте соответствующему правилу.
    .fix-2 = Проверьте сервер: openssl s_client -starttls smtp -connect host:25 (добавьте -tls1_2 для проверки версии).
    .fix-3 = Чтобы прервать цикл для одного проблемного адресата, измените его запись в smtp_tls_policy_maps (protocols=, ciphers= или none, если открытый текст допустим) и выполните postmap.
mta-tls-postfix-ssl-accept-error = Рукопожатие TLS клиента с этим сервером не удалось (SSL_accept error)
    .cause = Клиент отправил STARTTLS (или подключился к smtps), но рукопожатие не завершилось. "-1" означает ошибку OpenSSL, которую объясняет следующая строка "TLS library problem"; "Connection timed out" или "lost connection" означает, что клиент завис или отключился — часто из-за межсетевого экрана, проблемы MTU или сдавшегося клиента.
    .fix-1 = Прочитайте причину в следующей строке TLS library problem.
    .fix-2 = При тайм-аутах проверьте межсетевые экраны и IPS с инспекцией SMTP и MTU пути между узлами.
    .fix-3 = Единичные сбои от неизвестных узлов — обычно сканеры; действуйте, если затронут известный партнёр.
mta-tls-postfix-ssl-connect-error = Наше рукопожатие TLS с удалённым сервером не удалось (SSL_connect error)
    .cause = Postfix подключился и отправил STARTTLS, но рукопожатие не удалось. "-1" означает ошибку OpenSSL, которую объясняет следующая строка "TLS library problem"; "Connection reset by peer" или "lost connection" означает, что соединение закрыла удалённая сторона.
    .fix-1 = Прочитайте точную причину в следующей строке TLS library problem.
    .fix-2 = Проверьте сервер: openssl s_client -starttls smtp -connect host:25 -tls1_2.
    .fix-3 = Сброс сразу после нашего приветствия часто означает, что удалённая сторона отвергает нашу версию TLS или шифры; сравните smtp_tls_protocols и smtp_tls_mandatory_ciphers с тем, что она поддерживает.
mta-tls-postfix-lost-after-starttls = Клиент отключился сразу после STARTTLS, не завершив рукопожатие
    .cause = Клиент отправил STARTTLS, после чего соединение закончилось без завершённого рукопожатия. Причину обычно показывают предыдущие строки: unsupported protocol или version too low (клиент слишком стар), no shared cipher или отвергнутый клиентом сертификат.
    .fix-1 = Найдите непосредственно перед этим строки SSL_accept error и TLS library problem с тем же идентификатором процесса.
    .fix-2 = Если клиент — реальный отправитель (например, исходящий сервер провайдера), сравните его версии TLS с smtpd_tls_protocols и MinProtocol в системном openssl.cnf.
    .fix-3 = Повторяющиеся события от неизвестных узлов — обычно сканеры.
    .fix-4 = «timeout after STARTTLS» — тот же сбой от клиента, который перестал отвечать во время рукопожатия, а не закрыл соединение: частая причина — межсетевой экран, отбрасывающий крупные пакеты TLS (MTU, SMTP-инспекция).
mta-tls-legacy-version-negotiated = С этим партнёром согласован сеанс TLS 1.0 или 1.1
    .cause = Соединение установлено, но с устаревшей версией протокола. Сегодня это работает, но сломается, как только одна из сторон или партнёр вроде Exchange Online, принимающий только TLS 1.2, поднимет минимум.
    .fix-1 = Определите партнёра по строке и попросите владельца включить TLS 1.2.
    .fix-2 = Убедитесь, что наша сторона предлагает TLS 1.2 (smtp_tls_protocols, smtpd_tls_protocols) и что OpenSSL достаточно свежий.
    .fix-3 = Когда партнёры обновятся, поднимите минимум: smtp_tls_protocols = >=TLSv1.2 и smtpd_tls_protocols = >=TLSv1.2.
mta-tls-sendmail-legacy-version = Sendmail согласовал с этим партнёром TLS 1.0 или 1.1
    .cause = Строка STARTTLS сообщает протокол сеанса (version=TLSv1 — это TLS 1.0). Письмо прошло, но по устаревшему протоколу, который Exchange Online и большинство крупных провайдеров уже не принимают, поэтому связь прервётся, как только любая из сторон поднимет минимальную версию.
    .fix-1 = Найдите партнёра в поле relay= и попросите его администратора включить TLS 1.2 (для Windows или Exchange: TLS 1.2 в SCHANNEL и .NET, затем перезагрузка).
    .fix-2 = Проверьте, что наш Sendmail собран с OpenSSL, поддерживающей TLS 1.2 (sendmail -d0.1 показывает сборку; нужна OpenSSL 1.0.1 или новее), и что ServerSSLOptions/ClientSSLOptions не отключают TLS 1.2.
    .fix-3 = Когда партнёры обновятся, запретите старые версии: добавьте флаги SSL_OP_NO_TLSv1 и SSL_OP_NO_TLSv1_1 в ServerSSLOptions и ClientSSLOptions или задайте MinProtocol = TLSv1.2 в конфигурации OpenSSL, которую загружает Sendmail.
mta-tls-exim-legacy-version = Exim согласовал с этим партнёром TLS 1.0 или 1.1
    .cause = Поле X= строки журнала (селектор журнала tls_cipher) начинается с протокола сеанса: TLS1 или TLS1.0 — это TLS 1.0, TLS1.1 — TLS 1.1. Письмо доставлено или принято, но по устаревшему протоколу, который перестанет работать, как только любая из сторон поднимет минимальную версию.
    .fix-1 = Найдите партнёра в поле H= и попросите его администратора включить TLS 1.2 (для Windows или Exchange: TLS 1.2 в SCHANNEL и .NET, затем перезагрузка).
    .fix-2 = Проверьте, что наш Exim предлагает TLS 1.2: exim -bV показывает библиотеку TLS; openssl_options не должен содержать +no_tlsv1_2 (сборки с GnuTLS: tls_require_ciphers должен разрешать VERS-TLS1.2).
    .fix-3 = Когда партнёры обновятся, запретите старые версии: openssl_options = +no_sslv2 +no_sslv3 +no_tlsv1 +no_tlsv1_1 (сборки с GnuTLS: добавьте -VERS-TLS1.0:-VERS-TLS1.1 в tls_require_ciphers).
mta-tls-exim-required-not-offered = Exim требует TLS для этого узла, но сервер не предлагает STARTTLS
    .cause = Узел указан в hosts_require_tls транспорта smtp, но в его ответе EHLO нет STARTTLS, поэтому Exim откладывает доставку, а не отправляет открытым текстом.
    .fix-1 = Проверьте ответ EHLO удалённого сервера (telnet host 25, затем EHLO) на наличие STARTTLS; тот же результат даёт межсетевой экран, который его вырезает.
    .fix-2 = Попросите удалённого администратора включить STARTTLS.
    .fix-3 = Если для этого узла допустим открытый текст, уберите его из hosts_require_tls.
mta-tls-exim-required-failed = Exim требует TLS для этого узла, но рукопожатие TLS не удалось
    .cause = Узел указан в hosts_require_tls и предложил STARTTLS, но рукопожатие не удалось, поэтому Exim откладывает доставку; для таких узлов он никогда не переходит на открытый текст. Причина — в предыдущей строке журнала "TLS session" или "TLS error".
    .fix-1 = Найдите причину OpenSSL в предыдущей строке журнала и следуйте соответствующему правилу TLS.
    .fix-2 = Сверьте openssl_options (например, +no_tlsv1 +no_tlsv1_1) и tls_require_ciphers с тем, что поддерживает удалённая сторона.
    .fix-3 = Проверьте командой openssl s_client -starttls smtp -connect host:25.
mta-tls-exim-accept-error = Рукопожатие TLS клиента с Exim не удалось (TLS error on connection from)
    .cause = Exim как сервер не смог завершить TLS с подключившимся узлом; текст после (SSL_accept) — причина, например "timed out", когда клиент завис, или ошибка OpenSSL.
    .fix-1 = Прочитайте причину после (SSL_accept); для ошибок OpenSSL смотрите соответствующее правило TLS.
    .fix-2 = Проверьте серверные настройки tls_certificate, tls_privatekey, tls_require_ciphers и openssl_options в основной конфигурации.
    .fix-3 = Тайм-ауты от неизвестных узлов — обычно сканеры; для известного клиента проверьте межсетевые экраны с инспекцией SMTP.
mta-tls-exim-connect-error = Исходящее рукопожатие TLS в Exim не удалось (SSL_connect)
    .cause = Exim отправил STARTTLS удалённому узлу, но рукопожатие не удалось; текст после (SSL_connect) — причина (timed out или ошибка OpenSSL). При tls_tempfail_tryclear (по умолчанию true) и отсутствии узла в hosts_require_tls Exim затем повторяет доставку открытым текстом.
    .fix-1 = Прочитайте причину после (SSL_connect) и следуйте соответствующему правилу TLS.
    .fix-2 = Проверьте параметры транспорта smtp: tls_require_ciphers, openssl_options и tls_verify_certificates.
    .fix-3 = Проверьте командой openssl s_client -starttls smtp -connect host:25 -tls1_2.
mta-tls-sendmail-handshake-failed = Рукопожатие STARTTLS в Sendmail с удалённым сервером не удалось (403 4.7.0)
    .cause = ruleset=tls_server с arg1=SOFTWARE означает, что не удалось само рукопожатие STARTTLS (результат проверки — SOFTWARE). Sendmail не переходит на открытый текст, поэтому сообщение откладывается с 403 4.7.0 TLS handshake failed и повторяется, часто до истечения срока.
    .fix-1 = Прочитайте строку ошибки STARTTLS=client, записанную непосредственно перед этим, чтобы узнать причину OpenSSL.
    .fix-2 = Чтобы не использовать STARTTLS с проблемным партнёром, добавьте Try_TLS:<server name> NO в /etc/mail/access (берите имя relay из журнала, а не домен получателя), пересоберите карту (make -C /etc/mail) и перезапустите sendmail.
    .fix-3 = В долгосрочной перспективе согласуйте CipherList и ClientSSLOptions с возможностями партнёра; системный openssl.cnf тоже действует.
mta-tls-sendmail-client-connect-failed = Sendmail не смог завершить TLS как клиент (STARTTLS=client connect failed)
    .cause = Исходящее рукопожатие STARTTLS в Sendmail не удалось. SSL_error=5 (SSL_ERROR_SYSCALL) при connect failed=0 обычно означает, что удалённая сторона закрыла соединение во время рукопожатия, часто потому, что отвергла нашу версию TLS или список шифров.
    .fix-1 = Проверьте партнёра: openssl s_client -starttls smtp -connect relay:25 -tls1_2.
    .fix-2 = Проверьте CipherList и ClientSSLOptions в sendmail.mc или sendmail.cf, а также системный openssl.cnf.
    .fix-3 = Для одного проблемного партнёра добавьте Try_TLS:<relay> NO в карту access и пересоберите её.
mta-tls-sendmail-server-accept-failed = Рукопожатие STARTTLS клиента с Sendmail не удалось (STARTTLS=server accept failed)
    .cause = Sendmail как сервер не смог завершить TLS с клиентом; причину показывают поле reason= (в новых версиях) или значения SSL_error и errno. SSL_error=5 при errno=0 означает, что клиент закрыл соединение во время рукопожатия.
    .fix-1 = Временно поднимите LogLevel выше 9, чтобы Sendmail записывал очередь ошибок OpenSSL для таких сбоев.
    .fix-2 = Проверьте ServerCertFile, ServerKeyFile и CACertFile, а также настройки CipherList и ServerSSLOptions.
    .fix-3 = Для клиента, который не может работать с вами по TLS, добавьте Srv_Features:<client> S в карту access, чтобы ему не предлагался STARTTLS.
mta-tls-sendmail-write-error = TLS-соединение Sendmail оборвалось при записи (STARTTLS: write error)
    .cause = Сеанс TLS был установлен, но запись в него не удалась; errno=104 (connection reset by peer) при ssl_err=5 означает, что соединение сбросила другая сторона или устройство между узлами.
    .fix-1 = Проверьте, не обрывает ли партнёр, межсетевой экран или IPS длинные сеансы TLS или большие сообщения.
    .fix-2 = Если это происходит только с одним партнёром, проверьте его TLS и свяжитесь с его администратором.
mta-tls-mdaemon-unsupported-function = TLS почтового сервера Windows не удался с 0x80090302: нет общей версии TLS
    .cause = 0x80090302 — это SEC_E_UNSUPPORTED_FUNCTION из Schannel, который Schannel возвращает для оповещения TLS 70 (protocol_version): у сторон нет общей включённой версии TLS. На старом сервере Windows это обычно значит, что TLS 1.2 не включён для клиентской или серверной стороны.
    .fix-1 = Включите TLS 1.2 в SCHANNEL: DisabledByDefault = 0 и Enabled = 1 в TLS 1.2\Client и TLS 1.2\Server (файл .reg ниже), затем перезагрузите сервер.
    .fix-2 = Обновите программу почтового сервера, чтобы она использовала поддержку TLS 1.2 операционной системы.
    .fix-3 = Проверьте версии партнёра: openssl s_client -starttls smtp -connect host:25 -tls1_2.
mta-tls-postfix-peer-certificate-dates = Сертификат партнёра просрочен или ещё не действителен
    .cause = Postfix проверил сертификат, предъявленный другой стороной (политика для этого назначения — verify, secure или dane, либо запрошен сертификат клиента), и срок его действия не охватывает текущее время: сертификат или сертификат ЦС в цепочке истёк либо ещё не начал действовать. «Ещё не действителен» обычно означает, что неверны часы одной из сторон. Письмо отложено.
    .fix-1 = Посмотрите даты, которые присылает партнёр: openssl s_client -starttls smtp -connect <host>:25 -showcerts, затем openssl x509 -noout -dates для каждого сертификата.
    .fix-2 = Если сертификат истёк, его владелец должен продлить его (и установить новый промежуточный); сообщите удалённому администратору.
    .fix-3 = При «not yet valid» проверьте часы этого сервера и синхронизацию времени (timedatectl, chronyc tracking).
mta-tls-postfix-peer-certificate-untrusted = Не удалось проверить сертификат партнёра (недоверенный издатель, самоподписанный или другая ошибка проверки)
    .cause = Postfix проверил сертификат, предъявленный другой стороной, потому что политика для этого назначения — verify, secure или dane (smtp_tls_security_level, smtp_tls_policy_maps) либо запрошен сертификат клиента, и не смог ему доверять: он самоподписанный, его издателя нет среди сертификатов ЦС, которые использует этот Postfix, он не соответствует записям TLSA или локальной политике, либо OpenSSL сообщил другую ошибку (num= даёт её код, например hostname mismatch). Доставка отложена с «Server certificate not verified».
    .fix-1 = Посмотрите цепочку, которую присылает партнёр: openssl s_client -starttls smtp -connect <host>:25 -showcerts -verify_return_error.
    .fix-2 = Если издатель — публичный или корпоративный ЦС, которому следует доверять, добавьте его в smtp_tls_CAfile или smtp_tls_CApath (или установите системный набор ЦС) и выполните postfix reload.
    .fix-3 = Если партнёр присылает самоподписанную или неполную цепочку, попросите его администратора установить нормальный сертификат с промежуточными; до тех пор, если правила позволяют, понизьте политику для этого назначения в smtp_tls_policy_maps (encrypt вместо verify).
mta-tls-key-certificate-mismatch = Закрытый ключ TLS не соответствует сертификату
    .cause = OpenSSL сравнил настроенный закрытый ключ с открытым ключом в настроенном сертификате, и они различаются («key values mismatch»). Обычно при продлении заменили сертификат, но не ключ (или наоборот), или две настройки указывают на файлы разных сертификатов. MTA не может использовать такую пару, поэтому не предлагает STARTTLS или рукопожатие не удаётся.
    .fix-1 = Сравните два открытых ключа: openssl x509 -noout -pubkey -in <certificate> | sha256sum и openssl pkey -pubout -in <key> | sha256sum должны вывести одно и то же значение.
    .fix-2 = Укажите в настройках согласованную пару (Postfix smtpd_tls_cert_file и smtpd_tls_key_file или smtpd_tls_chain_files; Exim tls_certificate и tls_privatekey; Sendmail confSERVER_CERT и confSERVER_KEY), затем перезагрузите MTA.
mta-tls-dh-key-too-small = Партнёр предложил параметры Диффи — Хеллмана, слишком короткие для этого OpenSSL (dh key too small)
    .cause = Другая сторона выбрала обмен ключами DHE с простым числом меньше, чем принимает этот OpenSSL (OpenSSL 3 на уровне безопасности 2, по умолчанию в Debian 12 и современных дистрибутивах, отвергает DH короче 2048 бит; уровень 1 — короче 1024). Партнёр — старый или плохо настроенный сервер, обычно всё ещё с параметрами DH на 1024 бита (или экспортными на 512), поэтому рукопожатие не удаётся.
    .fix-1 = Попросите администратора партнёра использовать параметры DH не короче 2048 бит или предпочитать обмен ключами ECDHE (в Postfix: smtpd_tls_dh1024_param_file с файлом на 2048 бит или встроенное значение на 2048 бит в современных версиях Postfix).
    .fix-2 = До тех пор почта этому партнёру проходит, только если TLS для него необязателен (smtp_tls_security_level may, который после сбоя переходит на открытый текст), либо через исключение для этого назначения в smtp_tls_policy_maps без шифров DHE; не понижайте уровень безопасности для всех назначений.
mta-tls-unsafe-legacy-renegotiation = Партнёр не поддерживает безопасное повторное согласование, которого требует OpenSSL 3 (unsafe legacy renegotiation disabled)
    .cause = OpenSSL 3 больше не подключается к серверам без расширения индикации повторного согласования TLS из RFC 5746 (SSL_OP_LEGACY_SERVER_CONNECT убран из его настроек по умолчанию). Стек TLS партнёра старый или без исправлений (до 2010 года или устройство, так и не получившее исправление), поэтому рукопожатие прерывается.
    .fix-1 = Надёжное исправление — на стороне партнёра: его администратор должен обновить программное обеспечение TLS или прошивку до поддержки RFC 5746.
    .fix-2 = Только для этого назначения конфигурация OpenSSL с Options = UnsafeLegacyServerConnect в разделе SSL возвращает прежнее поведение; взвесьте риск и не вносите это в общесистемный openssl.cnf.
mta-tls-remote-tls-unavailable = Удалённый сервер отклонил STARTTLS: его собственный TLS не работает
    .cause = Сервер объявил STARTTLS, но ответил на команду STARTTLS ошибкой вместо начала рукопожатия. «454 4.7.0 TLS not available due to local problem» — так отвечает Postfix, когда не может загрузить собственный сертификат или ключ, поэтому проблема на сервере, приславшем этот ответ. В зависимости от политики отправляющей стороны письмо затем уходит открытым текстом или откладывается.
    .fix-1 = Если ответ пришёл от удалённого сервера, отправьте эту строку его администратору; на вашей стороне ничего менять не нужно.
    .fix-2 = Если ответ дал ваш собственный Postfix (строка есть в вашем журнале smtpd), найдите предупреждения «disabling TLS support» или «TLS library problem» и исправьте файлы сертификата и ключа.
mta-tls-sendmail-access-requirement = Sendmail отклонил соединение: оно не отвечает требованию TLS из карты доступа
    .cause = Запись карты доступа Sendmail требует от TLS для этого партнёра большего, чем дало соединение: TLS_Srv:<host> — когда Sendmail отправляет на этот сервер, TLS_Clt:<host> — когда подключается клиент, TLS_Rcpt: — для получателя, с ENCR:<bits> (шифрование не менее указанного числа бит) или VERIFY (проверенный сертификат). «encryption too weak 0 less than 112» означает, что TLS не было вовсе (arg1=NONE: другая сторона не предложила или не использовала STARTTLS); «authentication failed», «not authenticated» или «authentication required» — сертификат не прошёл проверку (arg1=FAIL, NO). Письмо откладывается (403 4.7.0) или отклоняется (503 5.7.0 при TLS_PERM_ERR).
    .fix-1 = Найдите запись: grep -i 'TLS_Srv\|TLS_Clt\|TLS_Rcpt' /etc/mail/access, и посмотрите, что предлагает партнёр: openssl s_client -starttls smtp -connect <host>:25.
    .fix-2 = Если партнёр перестал предлагать STARTTLS или его сертификат больше не проходит проверку, сообщите его администратору; если ваше требование строже необходимого, измените запись и пересоберите карту (makemap hash /etc/mail/access < /etc/mail/access или make -C /etc/mail).
mta-tls-exim-closed-after-starttls = Удалённый сервер оборвал соединение после STARTTLS от Exim, ещё до согласования TLS
    .cause = Exim отправил STARTTLS, а другой сервер вместо ответа 220 закрыл соединение: его служба TLS сломана или выключена, хотя STARTTLS всё ещё объявляется, либо он разрывает соединения с клиентами, чьё предложение TLS ему не подходит. Exim откладывает письмо и повторит попытку позже. (Если же сервер отвечает 220, но рукопожатие не удаётся, Exim сразу повторяет отправку открытым текстом, если узел не указан в hosts_require_tls; см. tls_tempfail_tryclear.)
    .fix-1 = Проверьте сервер с этой машины: openssl s_client -starttls smtp -connect <сервер>:25 -servername <сервер>; если соединение закрывается и здесь, проблема на удалённой стороне.
    .fix-2 = Сообщите администратору удалённого сервера время и ваш IP-адрес отправки.
    .fix-3 = Только если открытый текст допустим для этого получателя и быстро исправить нельзя, добавьте сервер в hosts_avoid_tls транспорта smtp; никогда — для получателя, требующего TLS.
openssl-verify-certificate-dates = Сертификат сервера просрочен или ещё не действителен (ошибка проверки OpenSSL 10 или 9)
    .cause = OpenSSL проверил цепочку сертификатов, присланную сервером, и нашёл сертификат вне срока действия: num=10 (срок действия сертификата истёк) или num=9 (сертификат ещё не действителен). Отправители, проверяющие сертификаты, такой сервер отвергают: Exchange Online с соединителем, требующим TLS, Postfix с политикой verify или dane, большинство почтовых клиентов. При num=9 причиной могут быть и часы проверяющего компьютера.
    .fix-1 = На проверенном сервере обновите сертификат и назначьте новый для SMTP (Exchange: Enable-ExchangeCertificate -Services SMTP; Postfix: smtpd_tls_chain_files, затем postfix reload), включая просроченный промежуточный сертификат цепочки.
    .fix-2 = При num=9 проверьте дату и время проверяющего компьютера; затем проверьте снова: openssl s_client -connect host:25 -starttls smtp -showcerts.
openssl-verify-hostname-mismatch = В сертификате сервера нет имени, по которому к нему подключались (ошибка проверки OpenSSL 62)
    .cause = С -verify_hostname (или в клиенте, проверяющем имена) OpenSSL обнаружил, что ни одно альтернативное имя субъекта (SAN) сертификата не совпадает с именем узла, к которому выполнено подключение. Отправители, проверяющие имена, такой сервер отвергают: Exchange Online с соединителем, где указан сертификат, Postfix с политикой secure или dane, почтовые клиенты.
    .fix-1 = Выпустите сертификат, в альтернативных именах которого есть имя MX-сервера или сервера отправки, либо направьте соединитель, MX-запись или клиент на имя, которое есть в сертификате.
    .fix-2 = Проверяйте с тем именем, которое использует отправитель: openssl s_client -connect host:25 -starttls smtp -verify_hostname host.
scan-tls12-not-offered = Просканированный почтовый сервер не поддерживает TLS 1.2
    .cause = Сканирование (testssl.sh «TLS 1.2 not offered», sslscan «TLSv1.2 disabled») показало, что сервер не принимает TLS 1.2. Exchange Online и большинство крупных почтовых провайдеров больше не используют TLS 1.0 и 1.1, поэтому их подключения к этому серверу не удаются (421 4.4.2 SocketError, TLS negotiation failed), как и его подключения к ним. В Windows причина обычно в том, что TLS 1.2 выключен в SCHANNEL, или в старой системе без обновления; в других системах — в старой OpenSSL или списке протоколов без TLS 1.2.
    .fix-1 = В Windows или Exchange: включите TLS 1.2 в SCHANNEL (Server и Client) и для .NET (файл .reg ниже), установите текущие обновления, перезагрузите сервер и просканируйте снова.
    .fix-2 = В Postfix или другом сервере на OpenSSL: разрешите TLS 1.2 в smtpd_tls_protocols и smtpd_tls_mandatory_protocols (рекомендуемая форма >=TLSv1.2) и обновите OpenSSL старее 1.0.1, затем просканируйте снова.
scan-legacy-tls-offered = Проверка почтового сервера нашла предлагаемые или используемые TLS 1.0 или 1.1
    .cause = Сканирование или проверка (testssl.sh «offered (deprecated)», sslscan «enabled», ssl-enum-ciphers в nmap, сеанс swaks) показали, что сервер принимает TLS 1.0 или 1.1 или они были согласованы. Само по себе это не останавливает почту, пока предлагается и TLS 1.2, но эти версии устарели (RFC 8996), и партнёр, который всё ещё их согласует, не сможет работать с Exchange Online.
    .fix-1 = Сначала найдите партнёров, которые ещё согласуют TLS 1.0 или 1.1 с этим сервером (сводка TLS по его журналам протокола или почтовому журналу), и добейтесь их обновления.
    .fix-2 = Затем отключите старые версии (в Windows — ключи Server для TLS 1.0 и 1.1 в SCHANNEL с Enabled = 0; в Postfix — smtpd_tls_protocols = >=TLSv1.2) и просканируйте снова. Если сеанс с другим сервером согласовал TLS 1.0, на том сервере нужно включить TLS 1.2.
