seed-queue-socketerror = Очередь не может доставить почту в Exchange Online: на этом сервере недоступен TLS 1.2
    .cause = Локальный сервер пытался передать сообщение в Exchange Online, но тот разорвал соединение во время TLS-рукопожатия. Exchange Online принимает только TLS 1.2 (поддержка TLS 1.0 и 1.1 прекращена, см. MC229914), поэтому сервер, способный предложить только TLS 1.0 или 1.1, раз за разом получает отказ, а сообщение остаётся в очереди с этим значением LastError.
    .fix-1 = На отправляющем сервере задайте DisabledByDefault = 0 и Enabled = 1 в ключах SCHANNEL\Protocols\TLS 1.2\Client и TLS 1.2\Server (приведённый ниже файл .reg делает это, а заодно задаёт и ключи .NET).
    .fix-2 = Задайте SystemDefaultTlsVersions = 1 и SchUseStrongCrypto = 1 для .NET v4.0.30319 и v2.0.50727, включая парные ключи в Wow6432Node, чтобы код .NET в Exchange тоже использовал TLS 1.2.
    .fix-3 = Перезагрузите сервер: SCHANNEL считывает эти ключи только при запуске.
    .fix-4 = Установите последние обновления Windows и Exchange (для TLS 1.2 требуется как минимум Exchange 2013 CU19 или Exchange 2016 CU8).
    .fix-5 = Повторите обработку очереди (Retry-Queue) и убедитесь, что в журнале протоколов соединителя отправки (Send connector) теперь появляется SP_PROT_TLS1_2_CLIENT.
seed-ndr-socketerror = Exchange Online разорвал соединение: отправляющий сервер предложил только TLS 1.0/1.1
    .cause = Соединение с Exchange Online было закрыто во время TLS-рукопожатия («SocketError» означает, что другая сторона разорвала соединение). Exchange Online отклоняет TLS 1.0 и 1.1 на конечных точках почтового потока, поэтому отправитель без TLS 1.2 видит эту ошибку в NDR и в средстве просмотра очередей.
    .fix-1 = На сервере, отправляющем почту в Exchange Online, задайте DisabledByDefault = 0 и Enabled = 1 в ключах SCHANNEL\Protocols\TLS 1.2\Client и TLS 1.2\Server.
    .fix-2 = Задайте SystemDefaultTlsVersions = 1 и SchUseStrongCrypto = 1 для .NET v4.0.30319 и v2.0.50727 (и для их парных ключей в Wow6432Node).
    .fix-3 = Перезагрузите сервер, чтобы новые параметры SCHANNEL вступили в силу.
    .fix-4 = Установите последние обновления Windows и Exchange.
    .fix-5 = Отправьте сообщение повторно или повторите обработку очереди и убедитесь, что оно доставлено.
seed-protolog-socketerror = Сбой TLS-рукопожатия с удалённым сервером (SocketError) — отсутствует TLS 1.2
    .cause = Журнал протоколов соединителя отправки показывает, что удалённая сторона закрыла соединение посреди TLS-рукопожатия. Если адресат — Exchange Online, это характерный признак сервера, который предлагает только TLS 1.0 или 1.1, а эти версии Exchange Online больше не принимает.
    .fix-1 = Включите TLS 1.2 для SCHANNEL на этом сервере: DisabledByDefault = 0 и Enabled = 1 в ключах TLS 1.2\Client и TLS 1.2\Server.
    .fix-2 = Задайте значения .NET SystemDefaultTlsVersions = 1 и SchUseStrongCrypto = 1 (v4.0.30319 и v2.0.50727, включая Wow6432Node).
    .fix-3 = Перезагрузите сервер.
    .fix-4 = Установите последние обновления Windows и Exchange.
    .fix-5 = Чтобы убедиться, что проблема устранена, найдите в журнале протоколов строку «TLS protocol SP_PROT_TLS1_2_CLIENT … negotiation succeeded»; в сводке по TLS перечислены все удалённые узлы, которые всё ещё используют TLS 1.0/1.1.
seed-starttls-first = Получатель требует TLS, но сеанс продолжился без него
    .cause = Принимающая сторона требует выполнить STARTTLS до MAIL FROM, а отправитель этого не сделал. Часто это следствие неудачного TLS-рукопожатия: отправитель повторяет попытку без шифрования, а получатель (Exchange Online или соединитель с RequireTLS) отклоняет незашифрованный сеанс.
    .fix-1 = Добейтесь успешного установления TLS: включите TLS 1.2 для SCHANNEL (DisabledByDefault = 0, Enabled = 1 в ключах TLS 1.2\Client и TLS 1.2\Server) на отправляющем или принимающем сервере.
    .fix-2 = Задайте значения .NET SystemDefaultTlsVersions = 1 и SchUseStrongCrypto = 1 (v4.0.30319 и v2.0.50727, включая Wow6432Node).
    .fix-3 = Перезагрузите сервер, затем установите последние обновления Windows и Exchange.
    .fix-4 = Убедитесь, что сертификат соединителя (TlsCertificateName) существует и включён для службы SMTP, чтобы STARTTLS предлагался и мог успешно завершиться.
