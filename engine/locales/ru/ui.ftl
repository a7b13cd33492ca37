app-title = Mail Triage
app-tagline = Вставьте отчёт о недоставке, ошибку из очереди или журнал SMTP — и получите причину и способ устранения.
privacy-note = Вся обработка выполняется на этой странице. Ничто из вставленного или перетащенного сюда не покидает ваш компьютер.
input-label = Вставьте NDR, DSN, ошибку из средства просмотра очередей (Queue Viewer) или строки журнала протоколов
input-placeholder = например, 421 4.4.2 Connection dropped due to SocketError
file-label = Или откройте файлы
lang-label = Язык
samples-label = Примеры
sample-seed = Ошибки TLS 1.0/1.1 при работе с Exchange Online
findings-heading = Результаты
no-findings = Известных ошибок во входных данных не найдено.
empty-input = Вставьте или перетащите данные для анализа.
cause-heading = Причина
fix-heading = Как исправить
references-heading = Ссылки
artifacts-heading = Файлы для загрузки
evidence-heading = Исходные строки
download = Скачать
copy = Копировать
copied = Скопировано
count = { $count ->
    [one] { $count } вхождение
    [few] { $count } вхождения
    [many] { $count } вхождений
   *[other] { $count } вхождения
}
severity-critical = Критическая ошибка
severity-error = Ошибка
severity-warning = Предупреждение
severity-info = Информация
applies-to = Применимо к
reason = Тип причины
stats-lines = Прочитано строк: { $lines }; без распознанной ошибки: { $unrecognised }
note-binary = Похоже, это двоичный файл; он не анализировался.
note-lossy = Некоторые байты не являются допустимым UTF-8; они показаны как �.
note-lossy-decoded = Некоторые строки были не в UTF-8; они прочитаны в кодировке { $charset } — кодовой странице Windows, на которую указывают их байты (это предположение: проверьте текст).
note-utf16 = Входные данные были в кодировке UTF-16 и были декодированы.
note-truncated = { $count ->
    [one] { $count } очень длинная строка прочитана частями не более 64 KiB; ошибка на стыке двух частей может быть пропущена.
    [few] { $count } очень длинные строки прочитаны частями не более 64 KiB; ошибка на стыке двух частей может быть пропущена.
    [many] { $count } очень длинных строк прочитано частями не более 64 KiB; ошибка на стыке двух частей может быть пропущена.
   *[other] { $count } очень длинной строки прочитано частями не более 64 KiB; ошибка на стыке двух частей может быть пропущена.
}
note-empty = Входные данные пусты.
note-recipients-grouped = { $count ->
    [one] После 1 000 находок ещё { $count } сбой подсчитан по ошибке и серверу, без получателя.
    [few] После 1 000 находок ещё { $count } сбоя подсчитаны по ошибке и серверу, без получателей.
   *[other] После 1 000 находок ещё { $count } сбоев подсчитано по ошибке и серверу, без получателей.
}
note-too-many = { $count ->
    [one] Ещё { $count } отдельная находка подсчитана, но не показана.
    [few] Ещё { $count } отдельные находки подсчитаны, но не показаны.
   *[other] Ещё { $count } отдельных находок подсчитано, но не показано.
}
unrecognised-heading = Строки без распознанной ошибки
unclassified-title = Ошибка без отдельного правила
location = строка { $line }
affected = Затронуто
clear = Очистить
restore-input = Вернуть ваш текст
note-message-too-large = Сообщение больше 48 MiB, поэтому оно прочитано как обычные строки текста, а не как MIME.
note-message-too-deep = Сообщение содержит больше { $count } вложенных сообщений, поэтому оно прочитано как обычные строки текста, а не как MIME.
note-mime-unreadable = Не удалось разделить MIME-части сообщения (multipart без boundary), поэтому оно прочитано как обычные строки текста.
note-bad-message = Не удалось прочитать этот файл Outlook .msg (повреждён или не является сообщением).
note-archive = Сжатый файл повреждён или обрезан; всё, что удалось прочитать, проанализировано. Технические подробности: { $problem }
note-archive-member = Этот элемент архива не удалось открыть (он зашифрован, сжат методом, который этот инструмент не читает, или вложенный zip превышает предел размера либо вложен слишком глубоко), поэтому ничего из него не проанализировано. Технические подробности: { $problem }
note-cancelled = Чтение этого файла было отменено на середине: проанализирована только его первая часть, поэтому находки дальше по файлу отсутствуют. Откройте файл снова, чтобы прочитать его целиком.
note-tls12-works = { $count ->
    [one] Этот журнал также показывает, что до сбоя с { $count } узлом, чьи рукопожатия обрывались с SocketError, был согласован TLS 1.2 (или 1.3): для него TLS 1.2 с этого сервера работает, а сбои периодические (сетевой путь, межсетевой экран или прокси, проверяющие SMTP или TLS, либо удалённая сторона), а не отсутствующий протокол. Прежде чем менять SCHANNEL, проверьте другие исходные серверы этого соединителя и сеть.
    [few] Этот журнал также показывает, что до сбоя с { $count } узлами, чьи рукопожатия обрывались с SocketError, был согласован TLS 1.2 (или 1.3): для них TLS 1.2 с этого сервера работает, а сбои периодические (сетевой путь, межсетевой экран или прокси, проверяющие SMTP или TLS, либо удалённая сторона), а не отсутствующий протокол. Прежде чем менять SCHANNEL, проверьте другие исходные серверы этого соединителя и сеть.
   *[other] Этот журнал также показывает, что до сбоя с { $count } узлами, чьи рукопожатия обрывались с SocketError, был согласован TLS 1.2 (или 1.3): для них TLS 1.2 с этого сервера работает, а сбои периодические (сетевой путь, межсетевой экран или прокси, проверяющие SMTP или TLS, либо удалённая сторона), а не отсутствующий протокол. Прежде чем менять SCHANNEL, проверьте другие исходные серверы этого соединителя и сеть.
}
pasted-text = Вставленный текст
kind-exchange-ndr = NDR Exchange
kind-dsn = Уведомление о состоянии доставки (DSN)
kind-queue-error = Ошибка очереди
kind-protocol-log = Журнал протокола SMTP
kind-syslog = Журнал MTA
kind-windows-event = Событие Windows
kind-text = Текст

## findings
skip-to-findings = Перейти к результатам
redact-label = Скрыть адреса и имена узлов
redact-note = Адреса электронной почты, IP-адреса и имена узлов в результатах и при экспорте заменяются постоянными метками.
export-heading = Экспорт
export-json = JSON
export-csv = CSV
export-md = Markdown
export-print = Печать
export-report-title = Отчёт Mail Triage
export-col-severity = Важность
export-col-rule = Правило
export-col-codes = Коды
export-col-count = Количество
export-col-lines = Строки
export-col-seen = Время
export-col-affected = Затронуто
export-col-title = Проблема
first-seen = Впервые
last-seen = В последний раз
copy-step = Копировать шаг { $step }
copy-failed = Не удалось скопировать
show-artifact = Показать содержимое
more-evidence = { $count ->
    [one] Ещё { $count } вхождение учтено, но не показано.
    [few] Ещё { $count } вхождения учтены, но не показаны.
   *[other] Ещё { $count } вхождений учтено, но не показано.
}
sample-o365-ndr = NDR Exchange Online (5.4.316, 5.1.1, 4.4.317)
sample-dsn = DSN по RFC 3464 от Postfix и Exim
sample-queue = LastError из Queue Viewer / Get-Queue
sample-send-log = Журнал протокола отправки (Send) Exchange
sample-recv-log = Журнал протокола получения (Receive) Exchange
sample-postfix = Строки TLS из syslog Postfix
sample-schannel = События Schannel (36874, 36888, 36871)

## pipeline
pipeline-dropzone = Перетащите сюда файлы или целые папки (.log, .txt, .eml, .msg, .gz, .zip, .tar). Они читаются на этой странице, по частям.
pipeline-folder-label = Или откройте папку
pipeline-reading = Файл { $index } из { $files }:
pipeline-progress-label = Ход чтения
pipeline-rate = { $done } из { $total } · { $rate } · осталось { $left }
pipeline-estimating = { $done } из { $total } · оцениваем скорость и оставшееся время…
pipeline-cancel = Отмена
pipeline-done = { $files ->
    [one] Прочитан { $files } файл
    [few] Прочитано { $files } файла
   *[other] Прочитано { $files } файлов
}: { $size } за { $time } ({ $rate }).
pipeline-done-quick = { $files ->
    [one] Прочитан { $files } файл
    [few] Прочитано { $files } файла
   *[other] Прочитано { $files } файлов
}: { $size } за { $time }.
pipeline-done-paste = Вставленный текст прочитан: { $size } за { $time }.
pipeline-cancelled = Отменено при чтении { $name } (файл { $index } из { $files }), после { $read } из { $total }. Находки и сводка TLS по этому файлу охватывают только уже прочитанную часть.
pipeline-cancelled-before = Отменено после { $read } из { $total }, до открытия { $name } (файл { $index } из { $files }): предыдущие файлы прочитаны полностью.
pipeline-cancelled-unread = { $count ->
    [one] Ещё { $count } файл не прочитан.
    [few] Ещё { $count } файла не прочитаны.
   *[other] Ещё { $count } файлов не прочитано.
}
pipeline-already-read = { $count ->
    [one] Уже прочитан ранее (то же имя, размер и дата): отчёт прочитан заново, но сводка TLS не учитывает его соединения дважды. Чтобы посчитать заново, нажмите «Очистить»:
   *[other] Уже прочитаны ранее (то же имя, размер и дата): отчёты прочитаны заново, но сводка TLS не учитывает их соединения дважды. Чтобы посчитать заново, нажмите «Очистить»:
}
pipeline-queued = { $count ->
    [one] В очереди после читаемых файлов ({ $count } файл):
    [few] В очереди после читаемых файлов ({ $count } файла):
   *[other] В очереди после читаемых файлов ({ $count } файлов):
}
pipeline-crashed = Анализатор неожиданно остановился и был перезапущен. Читавшиеся файлы не проанализированы; их можно открыть снова.
pipeline-silent = Анализатор перестал отвечать (30 с без единого сообщения) и был перезапущен. Читавшиеся файлы не проанализированы; их можно открыть снова.
pipeline-read-error = Не удалось прочитать файл:
pipeline-error-gzip = Файл .gz повреждён или обрезан: его не удалось распаковать до конца. Всё, что было до повреждения, проанализировано. Технические подробности:
pipeline-error-zip = Не удалось прочитать архив .zip: он повреждён, обрезан или не является zip-архивом. Файлы архива, которые удалось прочитать, проанализированы. Технические подробности:
pipeline-dismiss = Закрыть
logs-heading = Сводка TLS по журналам протоколов
logs-timeline-heading = Ошибки во времени
logs-summary = Файлов: { $files }, SMTP-сеансов: { $sessions }, удалённых узлов: { $endpoints }; из них { $legacy } { $legacy ->
    [one] всё ещё использует
   *[other] всё ещё используют
} TLS 1.0 или 1.1.
logs-filter-label = Фильтр
logs-filter-placeholder = IP, имя узла, TLS1.0, legacy…
logs-click-hint = Щёлкните заголовок столбца для сортировки, строку — чтобы увидеть её сеансы и их SMTP-диалог.
logs-export-label = Экспорт сводки
logs-table-label = Таблица сводки
logs-col-ip = Удалённый IP
logs-col-direction = Направление
logs-col-host = Узел (EHLO)
logs-col-sessions = Сеансы
logs-col-failures = Сбои TLS
logs-col-refusals = Отказ без STARTTLS
logs-col-plain = Без TLS
logs-col-last-seen = Последний раз
logs-col-time = Время
logs-col-event = Событие
logs-col-data = Данные
logs-col-context = Контекст
logs-direction-inbound = Входящее
logs-direction-outbound = Исходящее
logs-direction-either = Неизвестно
logs-legacy-badge = устаревший TLS
logs-no-match = Ни один узел не соответствует фильтру.
logs-shown = Показано { $shown } из { $total ->
    [one] { $total } узла
   *[other] { $total } узлов
}; уточните фильтр, чтобы сократить список.
logs-sessions-not-kept = { $count ->
    [one] Ещё { $count } сеанс учтён, но не сохранён для просмотра.
    [few] Ещё { $count } сеанса учтены, но не сохранены для просмотра.
   *[other] Ещё { $count } сеансов учтено, но не сохранено для просмотра.
}
logs-late-rows = Строк, относящихся к уже завершённому сеансу: { $count } (строка или весь сеанс записаны дважды либо строки после разрыва соединения). Они прочитаны, но не учтены как новые сеансы.
logs-sessions-heading = Сеансы узла
logs-no-kept = Ни один сеанс этого узла не сохранён для просмотра (сохраняется только выборка сеансов).
logs-session-heading = SMTP-диалог сеанса
logs-session-failure = Сбой TLS
logs-session-no-tls = без TLS
logs-session-file = Файл
logs-session-time = Время
logs-session-incomplete = Некоторые строки этого сеанса отсутствуют: журнал начинается или заканчивается посреди него.
logs-session-truncated = Диалог обрезан на 16 КиБ.
chart-tls-title = Доля версий TLS (по сеансам)
chart-tls-failed = Сбой рукопожатия
chart-tls-plain = Без TLS
chart-timeline-title = Ошибки по часам (UTC)
chart-timeline-empty = Ни у одной ошибки в этих данных нет отметки времени.
chart-other = Другие ошибки
logs-census-partial = Чтение было отменено: эта сводка учитывает только часть журналов, прочитанную до отмены.
unit-b = Б
unit-kb = КБ
unit-mb = МБ
unit-gb = ГБ
unit-rate = { $size }/с
unit-s = { $n } с
unit-min-s = { $m } мин { $s } с
unit-h-min = { $h } ч { $m } мин
quiet-inputs = Входные данные без известных ошибок: { $count }
quiet-not-listed = Здесь не перечислено: { $count } (в экспорте есть все входные данные)
more-reports = Показать ещё (не показано: { $count })
paste-aside = Вставленный текст ({ $size }) слишком велик для этого поля: он полностью проанализирован ниже, но здесь не показан. Чтобы прочитать его снова, перетащите его как файл.
cli-lines = { $lines ->
    [one] { $lines } строка
    [few] { $lines } строки
   *[other] { $lines } строк
}
cli-finding-at = { $count }×, строка { $line }
cli-file = Файл
cli-explained-above = (объяснение — выше)
cli-note = примечание
cli-evidence-line = строка { $line }
cli-census-rows = { $rows ->
    [one] прочитана { $rows } строка
    [few] прочитаны { $rows } строки
   *[other] прочитано { $rows } строк
}
cli-col-other = Другие
cli-col-incomplete = Неполные
cli-col-legacy = Устаревший
