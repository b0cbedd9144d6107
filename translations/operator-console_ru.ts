<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Operator Console for Bitrix24: shows the portal and records every call-card event, transfers first.</source>
        <translation>Operator Console для Bitrix24: показывает портал и записывает все события карточки звонка, в первую очередь переводы звонков.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Показать эту справку и выйти.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>Open the portal at &lt;url&gt; and remember it.</source>
        <translation>Открыть портал по адресу &lt;адрес&gt; и запомнить его.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>Open the built-in demo portal (offline).</source>
        <translation>Открыть встроенный демо-портал (без подключения к сети).</translation>
    </message>
    <message>
        <source>Keep all data (log, settings, browser profile) in &lt;dir&gt;.</source>
        <translation>Хранить все данные (журнал, настройки, профиль браузера) в папке &lt;папка&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>Read portal and sign-in settings from the INI &lt;file&gt;.</source>
        <translation>Прочитать настройки портала и входа из INI-файла &lt;файл&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>Write debug messages to the diagnostics log.</source>
        <translation>Записывать отладочные сообщения в журнал диагностики.</translation>
    </message>
    <message>
        <source>Export the event log to &lt;file&gt; (&quot;-&quot; for standard output) and exit.</source>
        <translation>Экспортировать журнал событий в &lt;файл&gt; («-» — стандартный вывод) и выйти.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>формат</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from standard input into the keychain and exit.</source>
        <translation>Прочитать ключ приложения OAuth (client_secret) из стандартного ввода, сохранить его в системном хранилище паролей и выйти.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation>Для --data-dir укажите папку.</translation>
    </message>
    <message>
        <source>Use either --portal or --demo, not both.</source>
        <translation>Укажите либо --portal, либо --demo, но не оба параметра.</translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation>Недопустимое значение --portal: %1</translation>
    </message>
    <message>
        <source>--format, --since and --until go with --export-log.</source>
        <translation>Параметры --format, --since и --until используются только вместе с --export-log.</translation>
    </message>
    <message>
        <source>Use either --export-log or --set-client-secret, not both.</source>
        <translation>Укажите либо --export-log, либо --set-client-secret, но не оба параметра.</translation>
    </message>
    <message>
        <source>--export-log needs a file name or &quot;-&quot;.</source>
        <translation>Для --export-log укажите имя файла или «-».</translation>
    </message>
    <message>
        <source>Listen to the worker frame of this telephony app &lt;origin&gt; (this run only).</source>
        <translation>Слушать рабочий фрейм этого приложения телефонии &lt;origin&gt; (только в этом запуске).</translation>
    </message>
    <message>
        <source>Invalid --handler-origin: %1</source>
        <translation>Неверный --handler-origin: %1</translation>
    </message>
    <message>
        <source>expected scheme://host[:port].</source>
        <translation>ожидается scheme://host[:port].</translation>
    </message>
    <message>
        <source>Data folder (default): %1</source>
        <translation>Папка данных (по умолчанию): %1</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  the console or the command failed (data folder, another instance, export, keychain)
  2  invalid command line, configuration file or export argument
</source>
        <translation>Коды завершения:
  0  успешно
  1  ошибка консоли или команды (папка данных, другой экземпляр, экспорт, хранилище паролей)
  2  недопустимая командная строка, файл конфигурации или аргумент экспорта
</translation>
    </message>
    <message>
        <source>Start in the system tray (minimised where there is no tray), as when starting with the session.</source>
        <translation>Запустить в области уведомлений (свёрнутым окном, если области уведомлений нет), как при автозапуске при входе в систему.</translation>
    </message>
    <message>
        <source>Export events from this local date (2026-11-24) or ISO date-time on.</source>
        <translation>Экспортировать события начиная с этой местной даты (2026-11-24) или даты и времени в формате ISO.</translation>
    </message>
    <message>
        <source>Export events up to this local date (the whole day) or ISO date-time.</source>
        <translation>Экспортировать события по эту местную дату (весь день включительно) или до даты и времени в формате ISO.</translation>
    </message>
    <message>
        <source>Export format: csv, jsonl or excel (default csv); report format: html or csv (default html).</source>
        <translation>Формат экспорта: csv, jsonl или excel (по умолчанию csv); формат отчёта: html или csv (по умолчанию html).</translation>
    </message>
    <message>
        <source>Write the report of calls and transfers on &lt;date&gt; (YYYY-MM-DD, local time) to standard output and exit.</source>
        <translation>Вывести отчёт о звонках и переводах звонков за &lt;дата&gt; (ГГГГ-ММ-ДД, местное время) в стандартный вывод и выйти.</translation>
    </message>
    <message>
        <source>With --report: read this JSON Lines export instead of the data folder&apos;s log.</source>
        <translation>Вместе с --report: читать этот экспорт JSON Lines вместо журнала из папки данных.</translation>
    </message>
    <message>
        <source>--report goes with --format, --log and --data-dir only.</source>
        <translation>Вместе с --report можно использовать только --format, --log и --data-dir.</translation>
    </message>
    <message>
        <source>--log goes with --report.</source>
        <translation>Параметр --log используется только вместе с --report.</translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <source>Operator Console</source>
        <translation>Operator Console</translation>
    </message>
    <message>
        <source>The data folder %1 can&apos;t be created or written. Choose another one with --data-dir.</source>
        <translation>Не удаётся создать папку данных %1 или записать в неё. Укажите другую папку с помощью --data-dir.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>не удаётся прочитать стандартный ввод</translation>
    </message>
    <message>
        <source>The running Operator Console did not take this start: %1</source>
        <translation>Уже запущенный экземпляр Operator Console не принял этот запуск: %1</translation>
    </message>
    <message>
        <source>Can&apos;t reach the running Operator Console safely: %1</source>
        <translation>Не удаётся безопасно связаться с запущенным экземпляром Operator Console: %1</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <source>Line %1 is not an event of a JSON Lines export.</source>
        <translation>Строка %1 не является событием экспорта JSON Lines.</translation>
    </message>
</context>
<context>
    <name>EventPresentation</name>
    <message>
        <source>Call card opened</source>
        <translation>Карточка звонка открыта</translation>
    </message>
    <message>
        <source>Comment saved</source>
        <translation>Комментарий сохранён</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Выключение микрофона</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation>Карточка звонка закрыта</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Перевод звонка</translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation>Перевод звонка отменён</translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation>Перевод звонка завершён</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Завершение звонка</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Следующий звонок</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>CRM record changed</source>
        <translation>Запись CRM изменена</translation>
    </message>
    <message>
        <source>Call placed</source>
        <translation>Вызов начат</translation>
    </message>
    <message>
        <source>Call quality rated</source>
        <translation>Оценка качества связи</translation>
    </message>
    <message>
        <source>Dialpad key</source>
        <translation>Клавиша номеронабирателя</translation>
    </message>
    <message>
        <source>Administrator notified</source>
        <translation>Администратор уведомлён</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Unknown target</source>
        <translation>Неизвестный адресат</translation>
    </message>
    <message>
        <source>Employee #%1</source>
        <translation>Сотрудник №%1</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Номер телефона %1</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Очередь %1</translation>
    </message>
    <message>
        <source>Unknown target &quot;%1&quot;</source>
        <translation>Неизвестный адресат «%1»</translation>
    </message>
    <message>
        <source>Outgoing call %1</source>
        <translation>Исходящий звонок %1</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Входящий звонок %1</translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation>Микрофон выключен</translation>
    </message>
    <message>
        <source>Microphone on</source>
        <translation>Микрофон включён</translation>
    </message>
    <message>
        <source>Call on hold</source>
        <translation>Звонок на удержании</translation>
    </message>
    <message>
        <source>Call resumed</source>
        <translation>Звонок возобновлён</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 из 5</translation>
    </message>
    <message>
        <source>No CRM record</source>
        <translation>Нет записи CRM</translation>
    </message>
    <message>
        <source>current call</source>
        <translation>текущий звонок</translation>
    </message>
    <message>
        <source>Transfer: %1 → %2</source>
        <translation>Перевод звонка: %1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Who / details</source>
        <translation>Кто / подробности</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <extracomment>%1 is an outcome such as &quot;Completed&quot;, %2 a duration such as &quot;0:12&quot;</extracomment>
        <translation>%1 через %2</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>The event log %1 is damaged and cannot be moved aside.</source>
        <translation>Журнал событий %1 повреждён, и его не удаётся переместить.</translation>
    </message>
    <message>
        <source>The event log %1 was written by a newer version of the console (schema %2, this version knows %3). Update the console; the file was left unchanged.</source>
        <translation>Журнал событий %1 записан более новой версией консоли (схема %2, эта версия поддерживает %3). Обновите консоль; файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>The event log %1 was written by a newer version of the console (schema %2). Update the console.</source>
        <translation>Журнал событий %1 записан более новой версией консоли (схема %2). Обновите консоль.</translation>
    </message>
    <message>
        <source>The event log was damaged. It was moved to %1 and a new log was started.</source>
        <translation>Журнал событий был повреждён. Он перемещён в %1, начат новый журнал.</translation>
    </message>
    <message>
        <source>The event log %1 cannot be opened.</source>
        <translation>Не удаётся открыть журнал событий %1.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Transfers</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Заменено</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Доля завершённых</translation>
    </message>
    <message>
        <source>Median time to complete</source>
        <translation>Медианное время до завершения</translation>
    </message>
    <message>
        <source>Calls and transfers on %1</source>
        <translation>Звонки и переводы звонков за %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1 transfer(s); completion rate %2; median time to complete %3.</source>
        <translation>
            <numerusform>%n звонок, переводов: %1; доля завершённых: %2; медианное время до завершения: %3.</numerusform>
            <numerusform>%n звонка, переводов: %1; доля завершённых: %2; медианное время до завершения: %3.</numerusform>
            <numerusform>%n звонков, переводов: %1; доля завершённых: %2; медианное время до завершения: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion rate: completed out of the transfers that came to an end (completed, cancelled or unknown); a transfer superseded by another pick is left out.</source>
        <translation>Доля завершённых: завершённые переводы среди всех окончившихся (завершённых, отменённых и с неизвестным результатом); перевод, заменённый другим выбором адресата, не учитывается.</translation>
    </message>
    <message>
        <source>Transfers per hour</source>
        <translation>Переводы по часам</translation>
    </message>
    <message>
        <source>Green: completed; red: cancelled or unknown; grey: superseded or pending.</source>
        <translation>Зелёный — завершены; красный — отменены или результат неизвестен; серый — заменены или ожидают завершения.</translation>
    </message>
    <message>
        <source>Per target</source>
        <translation>По адресатам</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Всего</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>По часам</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
</context>
<context>
    <name>TransferOutcomes</name>
    <message>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Завершён</translation>
    </message>
    <message>
        <source>Cancelled (returned to the operator)</source>
        <translation>Отменён (звонок вернулся к оператору)</translation>
    </message>
    <message>
        <source>Superseded by another transfer</source>
        <translation>Заменён другим переводом</translation>
    </message>
    <message>
        <source>Unknown (card closed first)</source>
        <translation>Неизвестно (карточка закрыта раньше)</translation>
    </message>
</context>
<context>
    <name>opc::AboutDialog</name>
    <message>
        <source>About Operator Console</source>
        <translation>О программе Operator Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operator Console for Bitrix24&lt;/b&gt; %1&lt;br&gt;Shows your portal and records every call-card event, transfers first.&lt;br&gt;Data folder: %2</source>
        <translation>&lt;b&gt;Operator Console для Bitrix24&lt;/b&gt; %1&lt;br&gt;Показывает ваш портал и записывает все события карточки звонка, в первую очередь переводы звонков.&lt;br&gt;Папка данных: %2</translation>
    </message>
    <message>
        <source>Free software under the MIT License. It uses Qt under the GNU LGPL version 3 and other components under their own licenses; see the third-party notices.</source>
        <translation>Свободное программное обеспечение под лицензией MIT. Использует Qt на условиях GNU LGPL версии 3 и другие компоненты на условиях их собственных лицензий; см. уведомления о сторонних компонентах.</translation>
    </message>
    <message>
        <source>&amp;License…</source>
        <translation>&amp;Лицензия…</translation>
    </message>
    <message>
        <source>&amp;Third-party notices…</source>
        <translation>&amp;Сторонние компоненты…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>О &amp;Qt…</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Уведомления о сторонних компонентах</translation>
    </message>
</context>
<context>
    <name>opc::AccountController</name>
    <message>
        <source>Not signed in</source>
        <translation>Вход не выполнен</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Вы вошли как %1</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>В&amp;ыйти</translation>
    </message>
    <message>
        <source>Sign-in &amp;settings…</source>
        <translation>&amp;Настройки входа…</translation>
    </message>
    <message>
        <source>Sign in to see who each transfer goes to.</source>
        <translation>Войдите, чтобы видеть, кому уходит каждый перевод.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Войти снова</translation>
    </message>
</context>
<context>
    <name>opc::AuthorizationFlow</name>
    <message>
        <source>Sign-in was refused because the answer did not match the request. Try again.</source>
        <translation>Вход отклонён: ответ не соответствует запросу. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The portal did not allow the sign-in (%1).</source>
        <translation>Портал не разрешил вход (%1).</translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no authorization code.</source>
        <translation>В ответе портала нет кода авторизации.</translation>
    </message>
    <message>
        <source>The sign-in came from another portal (%1).</source>
        <translation>Ответ на вход пришёл с другого портала (%1).</translation>
    </message>
</context>
<context>
    <name>opc::BridgeStatusButton</name>
    <message>
        <source>Waiting for the telephony app</source>
        <translation>Ожидание приложения телефонии</translation>
    </message>
    <message>
        <source>Telephony app found, connecting…</source>
        <translation>Приложение телефонии найдено, подключение…</translation>
    </message>
    <message>
        <source>Listening in %1</source>
        <translation>Слушаем в %1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n standby)</source>
        <translation>
            <numerusform>(+%n в резерве)</numerusform>
            <numerusform>(+%n в резерве)</numerusform>
            <numerusform>(+%n в резерве)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
            <numerusform>%n отклонено</numerusform>
        </translation>
    </message>
    <message>
        <source>Last call-card event: %1</source>
        <translation>Последнее событие карточки звонка: %1</translation>
    </message>
    <message>
        <source>No call-card event yet. Click for details.</source>
        <translation>Событий карточки звонка пока нет. Нажмите, чтобы узнать подробности.</translation>
    </message>
    <message>
        <source>No portal is open.</source>
        <translation>Портал не открыт.</translation>
    </message>
    <message>
        <source>Telephony app frames on this page: %1</source>
        <translation>Фреймов приложений телефонии на странице: %1</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>слушаем</translation>
    </message>
    <message>
        <source>standing by</source>
        <translation>в резерве</translation>
    </message>
    <message>
        <source>configured app</source>
        <translation>настроенное приложение</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Последнее событие: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <source>Messages refused: %1 (of which from hostile scripts: %2)</source>
        <translation>Отклонено сообщений: %1 (из них от враждебных скриптов: %2)</translation>
    </message>
    <message>
        <source>Call-card bridge</source>
        <translation>Мост карточки звонка</translation>
    </message>
</context>
<context>
    <name>opc::CallsModel</name>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Номер клиента</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Переводы</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation>Контакт №%1</translation>
    </message>
    <message>
        <source>Company #%1</source>
        <translation>Компания №%1</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Сделка №%1</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Лид №%1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Продолжается</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Звонок завершён</translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation>Карточка звонка закрыта</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущен</translation>
    </message>
    <message>
        <source>Next card opened</source>
        <translation>Открыта следующая карточка</translation>
    </message>
    <message>
        <source>Ended (console closed)</source>
        <translation>Завершён (консоль закрыта)</translation>
    </message>
    <message>
        <source>No transfer</source>
        <translation>Без перевода</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Линия %1</translation>
    </message>
</context>
<context>
    <name>opc::CallsView</name>
    <message>
        <source>Show the calls with a transfer of this outcome</source>
        <translation>Показать звонки с таким результатом перевода</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Все звонки</translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation>Перевод звонка завершён</translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation>Перевод звонка отменён</translation>
    </message>
    <message>
        <source>Transfer superseded</source>
        <translation>Перевод звонка заменён</translation>
    </message>
    <message>
        <source>Transfer outcome unknown</source>
        <translation>Результат перевода неизвестен</translation>
    </message>
    <message>
        <source>Transfer pending</source>
        <translation>Перевод звонка ожидает завершения</translation>
    </message>
    <message>
        <source>No transfer</source>
        <translation>Без перевода</translation>
    </message>
    <message numerus="yes">
        <source>%n+ calls</source>
        <translation>
            <numerusform>%n+ звонков</numerusform>
            <numerusform>%n+ звонков</numerusform>
            <numerusform>%n+ звонков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n звонок</numerusform>
            <numerusform>%n звонка</numerusform>
            <numerusform>%n звонков</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1 in the portal</source>
        <translation>Открыть %1 на портале</translation>
    </message>
    <message>
        <source>Copy client number</source>
        <translation>Копировать номер клиента</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Позвонить на %1</translation>
    </message>
</context>
<context>
    <name>opc::CertificateDialog</name>
    <message>
        <source>Trust this certificate</source>
        <translation>Доверять этому сертификату</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Сертификат %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Субъект:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Издатель:</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (самоподписанный)</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Действителен с:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действителен до:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Отпечаток SHA-256:</translation>
    </message>
    <message>
        <source>I have checked this fingerprint with the portal&apos;s administrator</source>
        <translation>Я сверил этот отпечаток с администратором портала</translation>
    </message>
    <message>
        <source>This kind of certificate problem cannot be overridden.</source>
        <translation>Эту проблему с сертификатом нельзя игнорировать.</translation>
    </message>
    <message>
        <source>%1 The console refused it.

Trust it only if the portal&apos;s administrator confirms this fingerprint. Someone between you and the portal could otherwise read and change everything, the login included.</source>
        <translation>%1 Консоль отклонила его.

Доверяйте ему, только если администратор портала подтвердит этот отпечаток. Иначе кто-то между вами и порталом сможет читать и изменять всё, включая вход.</translation>
    </message>
</context>
<context>
    <name>opc::ClientSecretCommand</name>
    <message>
        <source>No portal is configured: pass --config FILE with a [portal] url first.</source>
        <translation>Портал не настроен: сначала укажите --config ФАЙЛ с параметром url в разделе [portal].</translation>
    </message>
    <message>
        <source>No client secret on standard input.</source>
        <translation>Ключ приложения (client_secret) не получен из стандартного ввода.</translation>
    </message>
    <message>
        <source>The client secret for %1 is stored in the system keychain.</source>
        <translation>Ключ приложения для %1 сохранён в системном хранилище паролей.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the system keychain, so the client secret was not stored (%1).</source>
        <translation>Нет доступа к системному хранилищу паролей, поэтому ключ приложения не сохранён (%1).</translation>
    </message>
</context>
<context>
    <name>opc::CloseToTray</name>
    <message>
        <source>Keep running in the tray?</source>
        <translation>Продолжить работу в области уведомлений?</translation>
    </message>
    <message>
        <source>A telephony app is attached. If the console quits, its call events are no longer recorded.

Keep Operator Console running in the system tray when the window is closed? Quit it from the tray menu or File → Quit.</source>
        <translation>Подключено приложение телефонии. Если консоль завершит работу, события его звонков больше не будут записываться.

Оставлять Operator Console работать в области уведомлений при закрытии окна? Выйти можно через меню в области уведомлений или Файл → Выход.</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Работать в области уведомлений</translation>
    </message>
    <message>
        <source>Quit when closed</source>
        <translation>Выходить при закрытии</translation>
    </message>
</context>
<context>
    <name>opc::ConnectDialog</name>
    <message>
        <source>Connect to portal</source>
        <translation>Подключение к порталу</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <source>Your Bitrix24 address, as in your browser: https://&lt;name&gt;.bitrix24.com, or the address of your company&apos;s own Bitrix24 server.</source>
        <translation>Адрес вашего Bitrix24, как в браузере: https://&lt;имя&gt;.bitrix24.com, или адрес собственного сервера Bitrix24 вашей компании.</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Адрес портала:</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Всё равно использовать</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Использовать %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Открытие %1…</translation>
    </message>
    <message>
        <source>The console stays on %1.</source>
        <translation>Консоль по-прежнему показывает %1.</translation>
    </message>
    <message>
        <source>Check the address and connect again, or use it anyway.</source>
        <translation>Проверьте адрес и подключитесь снова или всё равно используйте его.</translation>
    </message>
    <message>
        <source>the demo portal</source>
        <translation>демо-портал</translation>
    </message>
</context>
<context>
    <name>opc::Console</name>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation>Не удалось запустить демо-портал: %1</translation>
    </message>
    <message>
        <source>This build of the console has no demo portal.</source>
        <translation>В этой сборке консоли нет демо-портала.</translation>
    </message>
</context>
<context>
    <name>opc::DateRangeFilter</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Начальный день</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Конечный день</translation>
    </message>
    <message>
        <source>Show events from this day on (2026-11-24 or your short date format)</source>
        <translation>Показывать события начиная с этого дня (2026-11-24 или ваш краткий формат даты)</translation>
    </message>
    <message>
        <source>Show events up to and including this day</source>
        <translation>Показывать события по этот день включительно</translation>
    </message>
    <message>
        <source>Show events of all days</source>
        <translation>Показывать события за все дни</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>любой день</translation>
    </message>
    <message>
        <source>Pick a day from the calendar</source>
        <translation>Выбрать день в календаре</translation>
    </message>
</context>
<context>
    <name>opc::DemoPortalServer</name>
    <message>
        <source>The demo portal could not listen on %1.</source>
        <translation>Демо-портал не может принимать подключения на %1.</translation>
    </message>
    <message>
        <source>The demo app handler could not listen on %1.</source>
        <translation>Обработчик демо-приложения не может принимать подключения на %1.</translation>
    </message>
</context>
<context>
    <name>opc::DiagnosticsActions</name>
    <message>
        <source>Operator Console %1</source>
        <translation>Operator Console %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (собрано с %2)</translation>
    </message>
    <message>
        <source>Chromium %1</source>
        <translation>Chromium %1</translation>
    </message>
    <message>
        <source>OS: %1 (%2, kernel %3 %4)</source>
        <translation>ОС: %1 (%2, ядро %3 %4)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Папка данных: %1</translation>
    </message>
</context>
<context>
    <name>opc::DownloadList</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
</context>
<context>
    <name>opc::DownloadsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Показать в &amp;папке</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Загрузки</translation>
    </message>
</context>
<context>
    <name>opc::EventDetailsView</name>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Select an event to see everything it carried.</source>
        <translation>Выберите событие, чтобы увидеть все его данные.</translation>
    </message>
    <message>
        <source>Copy the details of the selected event to the clipboard</source>
        <translation>Скопировать сведения о выбранном событии в буфер обмена</translation>
    </message>
    <message>
        <source>Event: %1 (%2)</source>
        <translation>Событие: %1 (%2)</translation>
    </message>
    <message>
        <source>Time: %1 (UTC %2)</source>
        <translation>Время: %1 (UTC %2)</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Звонок: %1</translation>
    </message>
    <message>
        <source>Client number: %1</source>
        <translation>Номер клиента: %1</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(не передан)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Адресат: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Портал: %1</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Данные события:</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Подробности события</translation>
    </message>
</context>
<context>
    <name>opc::EventPanel</name>
    <message>
        <source>Transfers only</source>
        <translation>Только переводы звонков</translation>
    </message>
    <message>
        <source>Filter by number, target or event</source>
        <translation>Фильтр по номеру, адресату или событию</translation>
    </message>
    <message numerus="yes">
        <source>%n+ events</source>
        <translation>
            <numerusform>%n+ событий</numerusform>
            <numerusform>%n+ событий</numerusform>
            <numerusform>%n+ событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n событие</numerusform>
            <numerusform>%n события</numerusform>
            <numerusform>%n событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Фильтр событий</translation>
    </message>
    <message>
        <source>Event list</source>
        <translation>Список событий</translation>
    </message>
    <message>
        <source>Clear the event filter</source>
        <translation>Очистить фильтр событий</translation>
    </message>
    <message>
        <source>Move into the results</source>
        <translation>Перейти к результатам</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Звонки</translation>
    </message>
</context>
<context>
    <name>opc::EventStore</name>
    <message>
        <source>The disk is full; events are kept in memory until the log can be written.</source>
        <translation>Диск заполнен; события хранятся в памяти, пока запись в журнал снова не станет возможной.</translation>
    </message>
    <message>
        <source>The event log cannot be written (read-only or I/O error); events are kept in memory until it can.</source>
        <translation>Не удаётся записать журнал событий (доступ только для чтения или ошибка ввода-вывода); события хранятся в памяти, пока запись не станет возможной.</translation>
    </message>
    <message>
        <source>The event log is locked by another program; events are kept in memory.</source>
        <translation>Журнал событий заблокирован другой программой; события хранятся в памяти.</translation>
    </message>
    <message>
        <source>The event log cannot be written (%1); events are kept in memory.</source>
        <translation>Не удаётся записать журнал событий (%1); события хранятся в памяти.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Не удаётся создать папку данных %1.</translation>
    </message>
</context>
<context>
    <name>opc::ExcelCsvEventWriter</name>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Имя адресата</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Внутренний номер</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>opc::ExportCommand</name>
    <message>
        <source>--export-log needs --data-dir.</source>
        <translation>Для --export-log нужен параметр --data-dir.</translation>
    </message>
    <message>
        <source>--export-log needs a file name or - for standard output.</source>
        <translation>Для --export-log укажите имя файла или «-» для стандартного вывода.</translation>
    </message>
    <message>
        <source>Invalid --since date &quot;%1&quot;; use e.g. 2026-11-24.</source>
        <translation>Недопустимая дата --since «%1»; укажите, например, 2026-11-24.</translation>
    </message>
    <message>
        <source>Invalid --until date &quot;%1&quot;; use e.g. 2026-11-24.</source>
        <translation>Недопустимая дата --until «%1»; укажите, например, 2026-11-24.</translation>
    </message>
    <message>
        <source>--since is after --until.</source>
        <translation>Дата --since позже даты --until.</translation>
    </message>
    <message>
        <source>No event log in %1.</source>
        <translation>В %1 нет журнала событий.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Не удаётся записать в стандартный вывод.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use csv, jsonl or excel.</source>
        <translation>Неизвестный формат экспорта «%1»; используйте csv, jsonl или excel.</translation>
    </message>
</context>
<context>
    <name>opc::ExportDialog</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>The whole event log</source>
        <translation>Весь журнал событий</translation>
    </message>
    <message>
        <source>Only the events matching the panel&apos;s filter</source>
        <translation>Только события, подходящие под фильтр панели</translation>
    </message>
    <message>
        <source>JSON Lines, one event per line, for scripts</source>
        <translation>JSON Lines — по одному событию в строке, для скриптов</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Отменить экспорт</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Экспорт событий</translation>
    </message>
    <message>
        <source>The panel has no filter set: it shows the whole log.</source>
        <translation>В панели не задан фильтр: она показывает весь журнал.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Сохранить в:</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Выберите файл для экспорта.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 — это папка; укажите имя файла.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>Файл %1 уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Экспорт в %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>Событий: %1 из %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Экспортировано %n событие в файл %1.</numerusform>
            <numerusform>Экспортировано %n события в файл %1.</numerusform>
            <numerusform>Экспортировано %n событий в файл %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written to %1.</source>
        <translation>Экспорт отменён. В %1 ничего не записано.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Не удалось выполнить экспорт: %1</translation>
    </message>
    <message>
        <source>Excel CSV (*.csv)</source>
        <translation>Excel CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV, raw: UTC times and the fields as delivered, for scripts</source>
        <translation>CSV, исходные данные: время в UTC и поля без изменений, для скриптов</translation>
    </message>
    <message>
        <source>Excel: opens as a table, with local times and this computer&apos;s separator</source>
        <translation>Excel: открывается как таблица, с местным временем и разделителем этого компьютера</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, the list separator of your regional settings, translated headers, one column per field</source>
        <translation>UTF-8 с BOM, разделитель списков из региональных настроек, переведённые заголовки, по столбцу на поле</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Не удаётся открыть %1.</translation>
    </message>
    <message>
        <source>Excel workbooks (.%1) cannot be written. Choose the Excel format: it writes a .csv file that Excel opens as a table.</source>
        <translation>Книги Excel (.%1) записать нельзя. Выберите формат Excel: он создаёт файл .csv, который Excel открывает как таблицу.</translation>
    </message>
    <message>
        <source>A .%1 file does not match any export format; name the file .csv (CSV or Excel) or .jsonl (JSON Lines).</source>
        <translation>Файл .%1 не соответствует ни одному формату экспорта; назовите файл .csv (CSV или Excel) или .jsonl (JSON Lines).</translation>
    </message>
</context>
<context>
    <name>opc::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>opc::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Поиск на странице</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Совпадений нет</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
</context>
<context>
    <name>opc::InstanceClient</name>
    <message>
        <source>The socket %1 belongs to another user.</source>
        <translation>Сокет %1 принадлежит другому пользователю.</translation>
    </message>
    <message>
        <source>The running console did not answer.</source>
        <translation>Запущенная консоль не ответила.</translation>
    </message>
</context>
<context>
    <name>opc::InstanceLock</name>
    <message>
        <source>Another Operator Console (process %1) is already using the data directory %2. Close it first, or start this one with another --data-dir.</source>
        <translation>Папка данных %2 уже используется другим экземпляром Operator Console (процесс %1). Сначала закройте его или запустите этот экземпляр с другим --data-dir.</translation>
    </message>
    <message>
        <source>Cannot lock the data directory %1.</source>
        <translation>Не удаётся заблокировать папку данных %1.</translation>
    </message>
    <message>
        <source>Another Operator Console (process %1) is using the data directory %2 but does not answer. If it is stuck, end process %1 (or, if no such process runs, delete %3) and start again; or start this one with another --data-dir.</source>
        <translation>Папка данных %2 используется другим экземпляром Operator Console (процесс %1), но он не отвечает. Если он завис, завершите процесс %1 (или, если такого процесса нет, удалите %3) и запустите консоль снова; либо запустите этот экземпляр с другим --data-dir.</translation>
    </message>
    <message>
        <source>An Operator Console on the computer %1 is already using the data directory %2. Close it first, or start this one with another --data-dir.</source>
        <translation>Папка данных %2 уже используется экземпляром Operator Console на компьютере %1. Сначала закройте его или запустите этот экземпляр с другим --data-dir.</translation>
    </message>
    <message>
        <source>Another user&apos;s Operator Console is already using the data directory %1. Start this one with your own --data-dir.</source>
        <translation>Папка данных %1 уже используется экземпляром Operator Console другого пользователя. Запустите этот экземпляр со своим --data-dir.</translation>
    </message>
</context>
<context>
    <name>opc::LoadBanner</name>
    <message>
        <source>%1 The console refused it.</source>
        <translation>%1 Консоль отклонила его.</translation>
    </message>
    <message>
        <source>Show certificate…</source>
        <translation>Показать сертификат…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <source>The portal can&apos;t be reached. %1</source>
        <translation>Нет связи с порталом. %1</translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation>Повтор через %1 с.</translation>
    </message>
    <message>
        <source>Retrying when the network is back.</source>
        <translation>Повтор после восстановления сети.</translation>
    </message>
</context>
<context>
    <name>opc::LoadProblem</name>
    <message>
        <source>This computer is not connected to the network.</source>
        <translation>Компьютер не подключён к сети.</translation>
    </message>
    <message>
        <source>The name %1 could not be found: check the portal&apos;s address and the network&apos;s name server.</source>
        <translation>Имя %1 не найдено: проверьте адрес портала и DNS-сервер сети.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the server is down or a firewall blocks its port.</source>
        <translation>%1 отклонил подключение: сервер не работает или порт заблокирован брандмауэром.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 не ответил вовремя.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>Сертификат %1 не является доверенным (%2).</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2).</source>
        <translation>%1 ответил ошибкой сервера (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 could not be loaded (error %2).</source>
        <translation>Не удалось загрузить %1 (ошибка %2).</translation>
    </message>
    <message>
        <source>%1 could not be loaded (%2).</source>
        <translation>Не удалось загрузить %1 (%2).</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued for another name.</source>
        <translation>Сертификат %1 выдан на другое имя.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet (check this computer&apos;s date).</source>
        <translation>Срок действия сертификата %1 истёк или ещё не начался (проверьте дату на этом компьютере).</translation>
    </message>
    <message>
        <source>The certificate of %1 was not issued by an authority this computer trusts (it may be self-signed).</source>
        <translation>Сертификат %1 выдан центром, которому этот компьютер не доверяет (возможно, он самоподписанный).</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked.</source>
        <translation>Сертификат %1 отозван.</translation>
    </message>
    <message>
        <source>No secure connection to %1 could be made (%2).</source>
        <translation>Не удалось установить защищённое соединение с %1 (%2).</translation>
    </message>
</context>
<context>
    <name>opc::LogExporter</name>
    <message>
        <source>No event log at %1.</source>
        <translation>Журнал событий %1 не найден.</translation>
    </message>
    <message>
        <source>Cannot read the event log %1: %2</source>
        <translation>Не удаётся прочитать журнал событий %1: %2</translation>
    </message>
    <message>
        <source>The event log %1 has schema version %2; this version reads %3.</source>
        <translation>Журнал событий %1 имеет версию схемы %2; эта версия консоли читает %3.</translation>
    </message>
    <message>
        <source>Cannot read the event log: %1</source>
        <translation>Не удаётся прочитать журнал событий: %1</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Не удаётся записать файл экспорта: %1</translation>
    </message>
</context>
<context>
    <name>opc::MachineConfig</name>
    <message>
        <source>%1: PortalUrl ignored: %2</source>
        <translation>%1: параметр PortalUrl не учтён: %2</translation>
    </message>
</context>
<context>
    <name>opc::MainWindow</name>
    <message>
        <source>Call events</source>
        <translation>События звонков</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Connect to portal…</source>
        <translation>&amp;Подключиться к порталу…</translation>
    </message>
    <message>
        <source>Open &amp;demo portal</source>
        <translation>Открыть &amp;демо-портал</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Find in events</source>
        <translation>&amp;Найти в событиях</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Открыть папку &amp;данных</translation>
    </message>
    <message>
        <source>&amp;About Operator Console</source>
        <translation>&amp;О программе Operator Console</translation>
    </message>
    <message>
        <source>The event log can&apos;t be written (%1). New events stay in the panel and are saved as soon as the log is writable again.</source>
        <translation>Не удаётся записать журнал событий (%1). Новые события остаются в панели и будут сохранены, как только запись в журнал снова станет возможной.</translation>
    </message>
    <message>
        <source>Demo portal (offline, not a real Bitrix24) — %1</source>
        <translation>Демо-портал (без сети, не настоящий Bitrix24) — %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Bitrix24: %1</source>
        <translation>Bitrix24: %1</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Учётная запись</translation>
    </message>
    <message>
        <source>&amp;Export events…</source>
        <translation>&amp;Экспорт событий…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>The event log was damaged. It was moved aside to %1 and a new log was started.</source>
        <translation>Журнал событий был повреждён. Он перемещён в %1, начат новый журнал.</translation>
    </message>
    <message>
        <source>Show diagnostics &amp;log</source>
        <translation>Показать &amp;журнал диагностики</translation>
    </message>
    <message>
        <source>&amp;Copy system info</source>
        <translation>&amp;Копировать сведения о системе</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Portal page</source>
        <translation>Страница портала</translation>
    </message>
    <message>
        <source>Find in events</source>
        <translation>Найти в событиях</translation>
    </message>
    <message>
        <source>Outside the portal page</source>
        <translation>Вне страницы портала</translation>
    </message>
    <message>
        <source>&amp;Switch between portal and events</source>
        <translation>&amp;Переключиться между порталом и событиями</translation>
    </message>
    <message>
        <source>The portal did not offer to dial %1; the number is on the clipboard.</source>
        <translation>Портал не предложил набрать %1; номер скопирован в буфер обмена.</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>О&amp;тчёт…</translation>
    </message>
</context>
<context>
    <name>opc::OAuthClient</name>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>Сервер авторизации не ответил вовремя.</translation>
    </message>
    <message>
        <source>Cannot reach the sign-in server: %1</source>
        <translation>Нет связи с сервером авторизации: %1</translation>
    </message>
    <message>
        <source>The sign-in server sent an unexpected answer (HTTP %1).</source>
        <translation>Сервер авторизации прислал неожиданный ответ (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in has expired. Sign in again.</source>
        <translation>Срок действия входа истёк. Войдите снова.</translation>
    </message>
    <message>
        <source>The portal rejected the application&apos;s client ID or secret.</source>
        <translation>Портал отклонил код (client_id) или ключ (client_secret) приложения.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (%1).</source>
        <translation>Сервер авторизации отклонил запрос (%1).</translation>
    </message>
    <message>
        <source>The sign-in server answered with HTTP %1.</source>
        <translation>Сервер авторизации ответил кодом HTTP %1.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer has no usable tokens.</source>
        <translation>В ответе сервера авторизации нет пригодных токенов.</translation>
    </message>
    <message>
        <source>The sign-in server named a REST endpoint outside the portal.</source>
        <translation>Сервер авторизации указал адрес REST вне портала.</translation>
    </message>
</context>
<context>
    <name>opc::OAuthSettings</name>
    <message>
        <source>The portal address is missing.</source>
        <translation>Не указан адрес портала.</translation>
    </message>
    <message>
        <source>The portal address must start with https:// (plain http only for this computer).</source>
        <translation>Адрес портала должен начинаться с https:// (http:// допустим только для этого компьютера).</translation>
    </message>
    <message>
        <source>The application client ID is missing.</source>
        <translation>Не указан код приложения (client_id).</translation>
    </message>
    <message>
        <source>The OAuth server must be an https:// address (plain http only for this computer).</source>
        <translation>Адрес сервера OAuth должен начинаться с https:// (http:// допустим только для этого компьютера).</translation>
    </message>
    <message>
        <source>The redirect URI is missing.</source>
        <translation>Не указан URI перенаправления.</translation>
    </message>
    <message>
        <source>The redirect URI must be an http(s) address.</source>
        <translation>URI перенаправления должен быть адресом http(s).</translation>
    </message>
</context>
<context>
    <name>opc::PermissionPolicy</name>
    <message>
        <source>%1 wants to copy to the clipboard.</source>
        <translation>%1 хочет скопировать данные в буфер обмена.</translation>
    </message>
    <message>
        <source>%1 wants to use your microphone.</source>
        <translation>%1 запрашивает доступ к микрофону.</translation>
    </message>
    <message>
        <source>%1 wants to use your camera.</source>
        <translation>%1 запрашивает доступ к камере.</translation>
    </message>
    <message>
        <source>%1 wants to use your microphone and camera.</source>
        <translation>%1 запрашивает доступ к микрофону и камере.</translation>
    </message>
    <message>
        <source>%1 wants to show notifications.</source>
        <translation>%1 хочет показывать уведомления.</translation>
    </message>
</context>
<context>
    <name>opc::PermissionPrompt</name>
    <message>
        <source>Permission</source>
        <translation>Разрешение</translation>
    </message>
    <message>
        <source>The console remembers your answer for this portal. After allowing it, copy again.</source>
        <translation>Консоль запомнит ваш ответ для этого портала. После разрешения скопируйте ещё раз.</translation>
    </message>
    <message>
        <source>The console remembers your answer for this portal.</source>
        <translation>Консоль запомнит ваш ответ для этого портала.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Разрешить</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Заблокировать</translation>
    </message>
</context>
<context>
    <name>opc::PortalAddress</name>
    <message>
        <source>Enter the address of your Bitrix24 portal, for example https://example.bitrix24.com.</source>
        <translation>Введите адрес вашего портала Bitrix24, например https://example.bitrix24.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>Адрес портала не может содержать пробелы.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots.</source>
        <translation>«%1» содержит пустую часть между точками.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>«%1» — недопустимый веб-адрес.</translation>
    </message>
    <message>
        <source>The portal address must start with https:// (or http:// for a self-hosted portal), not %1:.</source>
        <translation>Адрес портала должен начинаться с https:// (или http:// для коробочной версии), а не с %1:.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the portal address; sign in on the portal page.</source>
        <translation>Не указывайте имя пользователя или пароль в адресе портала — войдите на странице портала.</translation>
    </message>
    <message>
        <source>The portal address has no host name.</source>
        <translation>В адресе портала нет имени хоста.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use only letters, digits, dots and dashes.</source>
        <translation>«%1» — недопустимое имя хоста: используйте только буквы, цифры, точки и дефисы.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete address. Type the whole address, for example https://example.bitrix24.com.</source>
        <translation>«%1» — неполный адрес. Введите адрес целиком, например https://example.bitrix24.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete address. Did you mean %2?</source>
        <translation>«%1» — неполный адрес. Возможно, вы имели в виду %2?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing its ending. Did you mean %2?</source>
        <translation>В адресе «%1» не хватает окончания. Возможно, вы имели в виду %2?</translation>
    </message>
    <message>
        <source>%1 is Bitrix24&apos;s own web site, not your portal. Your portal&apos;s address looks like https://&lt;name&gt;.bitrix24.com: you find it in your browser&apos;s address bar.</source>
        <translation>%1 — это сайт самого Bitrix24, а не ваш портал. Адрес вашего портала выглядит как https://&lt;имя&gt;.bitrix24.com: его можно найти в адресной строке браузера.</translation>
    </message>
    <message>
        <source>Bitrix24 cloud portals only work over https://. Did you mean %1?</source>
        <translation>Облачные порталы Bitrix24 работают только по https://. Возможно, вы имели в виду %1?</translation>
    </message>
</context>
<context>
    <name>opc::PortalDownloads</name>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Загрузки</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Сохранить файл</translation>
    </message>
</context>
<context>
    <name>opc::PortalPopup</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>opc::PortalView</name>
    <message>
        <source>Reloading the portal…</source>
        <translation>Перезагрузка портала…</translation>
    </message>
    <message>
        <source>Portal page reloading</source>
        <translation>Страница портала перезагружается</translation>
    </message>
    <message>
        <source>The portal page keeps crashing. The event log is safe; use View &gt; Reload portal to try again.</source>
        <translation>Страница портала постоянно завершается с ошибкой. Журнал событий в сохранности; чтобы повторить попытку, выберите Вид &gt; Перезагрузить портал.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>Portal loaded</source>
        <translation>Портал загружен</translation>
    </message>
    <message>
        <source>The portal could not be loaded</source>
        <translation>Не удалось загрузить портал</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>Загружено: %1</translation>
    </message>
    <message>
        <source>Download of %1 failed</source>
        <translation>Не удалось загрузить %1</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Вперёд</translation>
    </message>
    <message>
        <source>&amp;Reload portal</source>
        <translation>&amp;Обновить портал</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Уменьшить</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>Find in &amp;page…</source>
        <translation>&amp;Найти на странице…</translation>
    </message>
    <message>
        <source>&amp;Print portal page…</source>
        <translation>&amp;Печать страницы портала…</translation>
    </message>
    <message>
        <source>&amp;Save portal page as…</source>
        <translation>&amp;Сохранить страницу портала как…</translation>
    </message>
    <message>
        <source>Forget &amp;permission choices for this portal</source>
        <translation>Сбросить &amp;разрешения для этого портала</translation>
    </message>
    <message>
        <source>A call card is open</source>
        <translation>Открыта карточка звонка</translation>
    </message>
    <message>
        <source>Reloading ends the console&apos;s part in this call: what happens on the card afterwards (a transfer, the hangup) is not recorded.</source>
        <translation>При обновлении консоль перестанет отслеживать этот звонок: дальнейшие действия в карточке (перевод, завершение звонка) не будут записаны.</translation>
    </message>
    <message>
        <source>Reload anyway</source>
        <translation>Всё равно обновить</translation>
    </message>
    <message>
        <source>Reload the portal while a call card is open?</source>
        <translation>Обновить портал, пока открыта карточка звонка?</translation>
    </message>
    <message>
        <source>The portal page does not respond. A call card is open: reloading ends the console&apos;s part in that call.</source>
        <translation>Страница портала не отвечает. Открыта карточка звонка: при обновлении консоль перестанет отслеживать этот звонок.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>The portal tried to open more windows than the console allows.</source>
        <translation>Портал попытался открыть больше окон, чем разрешает консоль.</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Масштаб %1 %</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Ошибка печати</translation>
    </message>
    <message>
        <source>The portal will ask again before it uses the microphone, the camera, notifications or the clipboard.</source>
        <translation>Портал снова спросит, прежде чем использовать микрофон, камеру, уведомления или буфер обмена.</translation>
    </message>
    <message>
        <source>Close a portal window first: the console allows %1.</source>
        <translation>Сначала закройте одно из окон портала: консоль допускает не более %1.</translation>
    </message>
</context>
<context>
    <name>opc::PreferencesDialog</name>
    <message>
        <source>Forever</source>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source>For</source>
        <translation>В течение</translation>
    </message>
    <message>
        <source>Notify me of transfers</source>
        <translation>Уведомлять о переводах звонков</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Days to keep events</source>
        <translation>Срок хранения событий в днях</translation>
    </message>
    <message>
        <source>Older events are deleted from the log on this computer. Exports you saved are not affected.</source>
        <translation>Более старые события удаляются из журнала на этом компьютере. Сохранённые файлы экспорта не затрагиваются.</translation>
    </message>
    <message>
        <source>Listen only to the background worker of this telephony app. Leave empty to listen to the first one on the portal. Applies when the portal page is next loaded.</source>
        <translation>Принимать события только от фонового обработчика этого приложения телефонии. Оставьте поле пустым, чтобы использовать первый найденный на портале. Изменение вступит в силу при следующей загрузке страницы портала.</translation>
    </message>
    <message>
        <source>Keep events:</source>
        <translation>Хранить события:</translation>
    </message>
    <message>
        <source>Telephony app handler origin (optional):</source>
        <translation>Источник (origin) обработчика приложения телефонии (необязательно):</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>дня</numerusform>
            <numerusform>дней</numerusform>
            <numerusform>дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Запускать при входе в систему</translation>
    </message>
    <message>
        <source>Start in the system tray</source>
        <translation>Запускать в области уведомлений</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Запуск:</translation>
    </message>
    <message>
        <source>When started with the session, only the tray icon appears (minimised where the desktop has no tray).</source>
        <translation>При автозапуске при входе в систему появляется только значок в области уведомлений (или свёрнутое окно, если в рабочей среде нет области уведомлений).</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Спрашивать</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Работать в области уведомлений</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выходить</translation>
    </message>
    <message>
        <source>When the window is closed while a telephony app is attached</source>
        <translation>Действие при закрытии окна, когда подключено приложение телефонии</translation>
    </message>
    <message>
        <source>Closing the window while a telephony app is attached:</source>
        <translation>При закрытии окна, когда подключено приложение телефонии:</translation>
    </message>
</context>
<context>
    <name>opc::ProvisioningConfig</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>не удаётся прочитать файл</translation>
    </message>
    <message>
        <source>not a valid INI file</source>
        <translation>недопустимый INI-файл</translation>
    </message>
    <message>
        <source>client_secret must not be stored in a file; use --set-client-secret</source>
        <translation>client_secret нельзя хранить в файле; используйте --set-client-secret</translation>
    </message>
    <message>
        <source>[portal] url: %1</source>
        <translation>[portal] url: %1</translation>
    </message>
    <message>
        <source>[portal] handler_origin: %1</source>
        <translation>[portal] handler_origin: %1</translation>
    </message>
</context>
<context>
    <name>opc::RendererRecovery</name>
    <message>
        <source>The page&apos;s renderer was killed (exit code %1).</source>
        <translation>Процесс отрисовки страницы был принудительно завершён (код выхода %1).</translation>
    </message>
    <message>
        <source>The page&apos;s renderer crashed (exit code %1).</source>
        <translation>Процесс отрисовки страницы аварийно завершился (код выхода %1).</translation>
    </message>
</context>
<context>
    <name>opc::ReportCommand</name>
    <message>
        <source>Invalid --report date: %1 (expected YYYY-MM-DD).</source>
        <translation>Недопустимая дата --report: %1 (ожидается ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Unknown report format: %1 (use html or csv).</source>
        <translation>Неизвестный формат отчёта: %1 (используйте html или csv).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>No event log at %1.</source>
        <translation>Журнал событий в %1 не найден.</translation>
    </message>
    <message>
        <source>Cannot read the event log %1 (schema version %2).</source>
        <translation>Не удаётся прочитать журнал событий %1 (версия схемы %2).</translation>
    </message>
</context>
<context>
    <name>opc::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Сохранить в CSV…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>День:</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Не удалось прочитать журнал: %1</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Не удалось записать %1.</translation>
    </message>
    <message>
        <source>Save report as CSV</source>
        <translation>Сохранить отчёт в CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>opc::RestError</name>
    <message>
        <source>Not signed in to the portal: showing ids instead of names.</source>
        <translation>Вход на портал не выполнен: вместо имён показываются ID.</translation>
    </message>
    <message>
        <source>The portal refused the request (%1).</source>
        <translation>Портал отклонил запрос (%1).</translation>
    </message>
    <message>
        <source>The portal refused the request (%1: %2).</source>
        <translation>Портал отклонил запрос (%1: %2).</translation>
    </message>
    <message>
        <source>The portal is limiting requests; names will appear a little later.</source>
        <translation>Портал ограничивает частоту запросов; имена появятся чуть позже.</translation>
    </message>
    <message>
        <source>The portal&apos;s time budget for this request is used up; try again in a few minutes.</source>
        <translation>Лимит времени портала на этот запрос исчерпан; повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>The portal did not answer in time.</source>
        <translation>Портал не ответил вовремя.</translation>
    </message>
    <message>
        <source>Cannot reach the portal: %1</source>
        <translation>Нет связи с порталом: %1</translation>
    </message>
    <message>
        <source>The portal sent an unexpected answer (HTTP %1).</source>
        <translation>Портал прислал неожиданный ответ (HTTP %1).</translation>
    </message>
    <message>
        <source>The portal sent an unexpected answer.</source>
        <translation>Портал прислал неожиданный ответ.</translation>
    </message>
    <message>
        <source>Too many commands in one batch (at most 50).</source>
        <translation>Слишком много команд в одном пакетном запросе (не более 50).</translation>
    </message>
</context>
<context>
    <name>opc::SecondLaunch</name>
    <message>
        <source>Open another portal?</source>
        <translation>Открыть другой портал?</translation>
    </message>
    <message>
        <source>Operator Console was started for %1 but shows %2.

Switch to %1? The call events of %2 are no longer recorded while it is closed.</source>
        <translation>Operator Console запущена для %1, но показывает %2.

Перейти на %1? Пока %2 закрыт, события его звонков не записываются.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Перейти на %1</translation>
    </message>
    <message>
        <source>Stay on %1</source>
        <translation>Остаться на %1</translation>
    </message>
</context>
<context>
    <name>opc::SessionAutostart</name>
    <message>
        <source>Can&apos;t write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Can&apos;t remove %1: %2</source>
        <translation>Не удаётся удалить %1: %2</translation>
    </message>
    <message>
        <source>Operator Console</source>
        <translation>Operator Console</translation>
    </message>
    <message>
        <source>The program&apos;s path can&apos;t be used to start with the session.</source>
        <translation>Путь к программе нельзя использовать для запуска при входе в систему.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1.</source>
        <translation>Не удаётся записать %1.</translation>
    </message>
</context>
<context>
    <name>opc::ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>В любом месте окна</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>opc::SignInDialog</name>
    <message>
        <source>Sign in to Bitrix24</source>
        <translation>Вход в Bitrix24</translation>
    </message>
    <message>
        <source>Sign in so the console can show who each transfer goes to.</source>
        <translation>Войдите, чтобы консоль могла показывать, кому переводится каждый звонок.</translation>
    </message>
</context>
<context>
    <name>opc::SignInMessages</name>
    <message>
        <source>Sign-in is not set up on this computer — ask your administrator.</source>
        <translation>Вход на этом компьютере не настроен — обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Sign-in is not completely set up on this computer (the application&apos;s secret is missing) — ask your administrator.</source>
        <translation>Вход на этом компьютере настроен не полностью (нет ключа приложения) — обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Your sign-in could not be renewed: the sign-in server can&apos;t be reached. Check the network connection, then sign in again.</source>
        <translation>Не удалось продлить ваш вход: сервер авторизации недоступен. Проверьте подключение к сети и войдите снова.</translation>
    </message>
    <message>
        <source>The sign-in server can&apos;t be reached. Check the network connection, then sign in again.</source>
        <translation>Сервер авторизации недоступен. Проверьте подключение к сети и войдите снова.</translation>
    </message>
    <message>
        <source>The portal does not accept this computer&apos;s sign-in settings — ask your administrator to check them.</source>
        <translation>Портал не принимает настройки входа этого компьютера — попросите администратора их проверить.</translation>
    </message>
    <message>
        <source>Your sign-in to the portal has ended. Sign in again.</source>
        <translation>Сеанс входа на портал завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>Your sign-in to the portal could not be renewed. Sign in again; if it keeps happening, ask your administrator.</source>
        <translation>Не удалось продлить вход на портал. Войдите снова; если это повторяется, обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Signing in did not work. Try again; if it keeps happening, ask your administrator.</source>
        <translation>Войти не удалось. Попробуйте ещё раз; если это повторяется, обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The portal did not let you sign in. Try again; if it keeps happening, ask your administrator whether your account may use the console.</source>
        <translation>Портал не разрешил вам войти. Попробуйте ещё раз; если это повторяется, спросите администратора, может ли ваша учётная запись работать с консолью.</translation>
    </message>
    <message>
        <source>The sign-in took too long. Sign in again.</source>
        <translation>Вход занял слишком много времени. Войдите снова.</translation>
    </message>
    <message>
        <source>The system keychain is locked or not available, so the console can&apos;t keep your sign-in: you will have to sign in again next time. Unlocking it (or logging in to the computer again) usually helps; otherwise ask your administrator.</source>
        <translation>Системное хранилище паролей заблокировано или недоступно, поэтому консоль не может сохранить ваш вход: в следующий раз придётся войти снова. Обычно помогает разблокировать его (или заново войти в систему на компьютере); в противном случае обратитесь к администратору.</translation>
    </message>
</context>
<context>
    <name>opc::SignInSettingsDialog</name>
    <message>
        <source>Sign-in settings</source>
        <translation>Настройки входа</translation>
    </message>
    <message>
        <source>Stored in the system keychain; type to replace</source>
        <translation>Хранится в системном хранилище паролей; введите новый, чтобы заменить</translation>
    </message>
    <message>
        <source>From the application&apos;s settings in Bitrix24</source>
        <translation>Из настроек приложения в Bitrix24</translation>
    </message>
    <message>
        <source>International (oauth.bitrix.info)</source>
        <translation>Международный (oauth.bitrix.info)</translation>
    </message>
    <message>
        <source>Russia region (oauth.bitrix24.tech)</source>
        <translation>Регион «Россия» (oauth.bitrix24.tech)</translation>
    </message>
    <message>
        <source>Self-hosted server…</source>
        <translation>Собственный сервер…</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Код приложения (client_id):</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Ключ приложения (client_secret):</translation>
    </message>
    <message>
        <source>OAuth server:</source>
        <translation>Сервер OAuth:</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>URI перенаправления:</translation>
    </message>
    <message>
        <source>These come from the local application registered for the console in your Bitrix24 portal. The secret is kept in the system keychain only.</source>
        <translation>Эти данные берутся из локального приложения, зарегистрированного для консоли на вашем портале Bitrix24. Ключ приложения хранится только в системном хранилище паролей.</translation>
    </message>
</context>
<context>
    <name>opc::TrayNotifier</name>
    <message>
        <source>Transfer requested</source>
        <translation>Запрошен перевод звонка</translation>
    </message>
    <message>
        <source>&amp;Show Operator Console</source>
        <translation>&amp;Показать Operator Console</translation>
    </message>
    <message>
        <source>&amp;Pause notifications</source>
        <translation>&amp;Приостановить уведомления</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Перевод звонка на %1</translation>
    </message>
</context>
<context>
    <name>opc::UserInfo</name>
    <message>
        <source>User %1</source>
        <translation>Пользователь %1</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>доб. %1</translation>
    </message>
</context>
<context>
    <name>opc::WebOrigin</name>
    <message>
        <source>An origin cannot contain spaces.</source>
        <translation>Источник не может содержать пробелы.</translation>
    </message>
    <message>
        <source>Write the origin with its scheme: scheme://host[:port], for example https://telephony.example.com.</source>
        <translation>Укажите источник вместе со схемой: scheme://host[:port], например https://telephony.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid origin: expected scheme://host[:port].</source>
        <translation>«%1» — недопустимый источник: ожидается scheme://host[:port].</translation>
    </message>
    <message>
        <source>The origin must start with https:// or http://, not %1://.</source>
        <translation>Источник должен начинаться с https:// или http://, а не с %1://.</translation>
    </message>
    <message>
        <source>An origin has no user name or password: remove &quot;%1@&quot;.</source>
        <translation>В источнике не указываются имя пользователя и пароль: удалите «%1@».</translation>
    </message>
    <message>
        <source>The origin has no host name.</source>
        <translation>В источнике нет имени хоста.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>«%1» — недопустимое имя хоста.</translation>
    </message>
    <message>
        <source>An origin has no path: remove &quot;%1&quot; and keep scheme://host[:port].</source>
        <translation>В источнике не указывается путь: удалите «%1» и оставьте scheme://host[:port].</translation>
    </message>
    <message>
        <source>An origin has no query or fragment: keep only scheme://host[:port].</source>
        <translation>В источнике не указываются параметры запроса и фрагмент: оставьте только scheme://host[:port].</translation>
    </message>
</context>
</TS>
