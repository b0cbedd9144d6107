<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Operator Console for Bitrix24: shows the portal and records every call-card event, transfers first.</source>
        <translation>Operator Console für Bitrix24: zeigt das Portal an und protokolliert alle Ereignisse der Anrufkarte, vor allem Weiterleitungen.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Open the portal at &lt;url&gt; and remember it.</source>
        <translation>Das Portal unter &lt;URL&gt; öffnen und merken.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Open the built-in demo portal (offline).</source>
        <translation>Das integrierte Demo-Portal öffnen (offline).</translation>
    </message>
    <message>
        <source>Keep all data (log, settings, browser profile) in &lt;dir&gt;.</source>
        <translation>Alle Daten (Protokoll, Einstellungen, Browserprofil) im Ordner &lt;Ordner&gt; speichern.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Read portal and sign-in settings from the INI &lt;file&gt;.</source>
        <translation>Portal- und Anmeldeeinstellungen aus der INI-Datei &lt;Datei&gt; lesen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Write debug messages to the diagnostics log.</source>
        <translation>Debug-Meldungen in das Diagnoseprotokoll schreiben.</translation>
    </message>
    <message>
        <source>Export the event log to &lt;file&gt; (&quot;-&quot; for standard output) and exit.</source>
        <translation>Das Ereignisprotokoll in &lt;Datei&gt; exportieren („-“ für die Standardausgabe) und beenden.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from standard input into the keychain and exit.</source>
        <translation>Den OAuth-Anwendungsschlüssel (client_secret) von der Standardeingabe lesen, im Schlüsselbund des Systems speichern und beenden.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir benötigt einen Ordner.</translation>
    </message>
    <message>
        <source>Use either --portal or --demo, not both.</source>
        <translation>Verwenden Sie entweder --portal oder --demo, nicht beides.</translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation>Ungültiger Wert für --portal: %1</translation>
    </message>
    <message>
        <source>--format, --since and --until go with --export-log.</source>
        <translation>--format, --since und --until sind nur zusammen mit --export-log möglich.</translation>
    </message>
    <message>
        <source>Use either --export-log or --set-client-secret, not both.</source>
        <translation>Verwenden Sie entweder --export-log oder --set-client-secret, nicht beides.</translation>
    </message>
    <message>
        <source>--export-log needs a file name or &quot;-&quot;.</source>
        <translation>--export-log benötigt einen Dateinamen oder „-“.</translation>
    </message>
    <message>
        <source>Listen to the worker frame of this telephony app &lt;origin&gt; (this run only).</source>
        <translation>Den Worker-Frame dieser Telefonie-App &lt;origin&gt; abhören (nur bei diesem Start).</translation>
    </message>
    <message>
        <source>Invalid --handler-origin: %1</source>
        <translation>Ungültiger --handler-origin: %1</translation>
    </message>
    <message>
        <source>expected scheme://host[:port].</source>
        <translation>erwartet wird scheme://host[:port].</translation>
    </message>
    <message>
        <source>Data folder (default): %1</source>
        <translation>Datenordner (Standard): %1</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  the console or the command failed (data folder, another instance, export, keychain)
  2  invalid command line, configuration file or export argument
</source>
        <translation>Exit-Codes:
  0  Erfolg
  1  Konsole oder Befehl fehlgeschlagen (Datenordner, andere Instanz, Export, Schlüsselbund)
  2  ungültige Befehlszeile, Konfigurationsdatei oder Exportargument
</translation>
    </message>
    <message>
        <source>Start in the system tray (minimised where there is no tray), as when starting with the session.</source>
        <translation>Im Infobereich starten (minimiert, wo es keinen Infobereich gibt), wie beim Start mit der Benutzersitzung.</translation>
    </message>
    <message>
        <source>Export events from this local date (2026-11-24) or ISO date-time on.</source>
        <translation>Ereignisse ab diesem lokalen Datum (2026-11-24) oder ISO-Datum mit Uhrzeit exportieren.</translation>
    </message>
    <message>
        <source>Export events up to this local date (the whole day) or ISO date-time.</source>
        <translation>Ereignisse bis zu diesem lokalen Datum (einschließlich des ganzen Tages) oder ISO-Datum mit Uhrzeit exportieren.</translation>
    </message>
    <message>
        <source>Export format: csv, jsonl or excel (default csv); report format: html or csv (default html).</source>
        <translation>Exportformat: csv, jsonl oder excel (Standard: csv); Berichtsformat: html oder csv (Standard: html).</translation>
    </message>
    <message>
        <source>Write the report of calls and transfers on &lt;date&gt; (YYYY-MM-DD, local time) to standard output and exit.</source>
        <translation>Den Bericht über Anrufe und Weiterleitungen am &lt;Datum&gt; (JJJJ-MM-TT, Ortszeit) in die Standardausgabe schreiben und beenden.</translation>
    </message>
    <message>
        <source>With --report: read this JSON Lines export instead of the data folder&apos;s log.</source>
        <translation>Mit --report: diesen JSON-Lines-Export statt des Protokolls im Datenordner lesen.</translation>
    </message>
    <message>
        <source>--report goes with --format, --log and --data-dir only.</source>
        <translation>--report ist nur zusammen mit --format, --log und --data-dir möglich.</translation>
    </message>
    <message>
        <source>--log goes with --report.</source>
        <translation>--log ist nur zusammen mit --report möglich.</translation>
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
        <translation>Der Datenordner %1 kann nicht erstellt oder beschrieben werden. Wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The running Operator Console did not take this start: %1</source>
        <translation>Die laufende Operator Console hat diesen Start nicht übernommen: %1</translation>
    </message>
    <message>
        <source>Can&apos;t reach the running Operator Console safely: %1</source>
        <translation>Die laufende Operator Console ist nicht sicher erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <source>Line %1 is not an event of a JSON Lines export.</source>
        <translation>Zeile %1 ist kein Ereignis eines JSON-Lines-Exports.</translation>
    </message>
</context>
<context>
    <name>EventPresentation</name>
    <message>
        <source>Call card opened</source>
        <translation>Anrufkarte geöffnet</translation>
    </message>
    <message>
        <source>Comment saved</source>
        <translation>Kommentar gespeichert</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschaltung</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation>Anrufkarte geschlossen</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Weiterleitung</translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation>Weiterleitung abgebrochen</translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation>Weiterleitung abgeschlossen</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Nächster Anruf</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>CRM record changed</source>
        <translation>CRM-Eintrag geändert</translation>
    </message>
    <message>
        <source>Call placed</source>
        <translation>Anruf gestartet</translation>
    </message>
    <message>
        <source>Call quality rated</source>
        <translation>Anrufqualität bewertet</translation>
    </message>
    <message>
        <source>Dialpad key</source>
        <translation>Wähltastatur-Taste</translation>
    </message>
    <message>
        <source>Administrator notified</source>
        <translation>Administrator benachrichtigt</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Unknown target</source>
        <translation>Unbekanntes Ziel</translation>
    </message>
    <message>
        <source>Employee #%1</source>
        <translation>Mitarbeiter Nr. %1</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Telefonnummer %1</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>Unknown target &quot;%1&quot;</source>
        <translation>Unbekanntes Ziel „%1“</translation>
    </message>
    <message>
        <source>Outgoing call %1</source>
        <translation>Ausgehender Anruf %1</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Anruf von %1</translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation>Mikrofon stummgeschaltet</translation>
    </message>
    <message>
        <source>Microphone on</source>
        <translation>Mikrofon an</translation>
    </message>
    <message>
        <source>Call on hold</source>
        <translation>Anruf gehalten</translation>
    </message>
    <message>
        <source>Call resumed</source>
        <translation>Anruf fortgesetzt</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 von 5</translation>
    </message>
    <message>
        <source>No CRM record</source>
        <translation>Kein CRM-Eintrag</translation>
    </message>
    <message>
        <source>current call</source>
        <translation>aktueller Anruf</translation>
    </message>
    <message>
        <source>Transfer: %1 → %2</source>
        <translation>Weiterleitung: %1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Kundenrufnummer</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Who / details</source>
        <translation>Wer / Details</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <extracomment>%1 is an outcome such as &quot;Completed&quot;, %2 a duration such as &quot;0:12&quot;</extracomment>
        <translation>%1 nach %2</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>The event log %1 is damaged and cannot be moved aside.</source>
        <translation>Das Ereignisprotokoll %1 ist beschädigt und kann nicht verschoben werden.</translation>
    </message>
    <message>
        <source>The event log %1 was written by a newer version of the console (schema %2, this version knows %3). Update the console; the file was left unchanged.</source>
        <translation>Das Ereignisprotokoll %1 wurde von einer neueren Version der Konsole geschrieben (Schema %2, diese Version kennt %3). Aktualisieren Sie die Konsole; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The event log %1 was written by a newer version of the console (schema %2). Update the console.</source>
        <translation>Das Ereignisprotokoll %1 wurde von einer neueren Version der Konsole geschrieben (Schema %2). Aktualisieren Sie die Konsole.</translation>
    </message>
    <message>
        <source>The event log was damaged. It was moved to %1 and a new log was started.</source>
        <translation>Das Ereignisprotokoll war beschädigt. Es wurde nach %1 verschoben und ein neues Protokoll wurde begonnen.</translation>
    </message>
    <message>
        <source>The event log %1 cannot be opened.</source>
        <translation>Das Ereignisprotokoll %1 kann nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Transfers</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Abschlussquote</translation>
    </message>
    <message>
        <source>Median time to complete</source>
        <translation>Median bis zum Abschluss</translation>
    </message>
    <message>
        <source>Calls and transfers on %1</source>
        <translation>Anrufe und Weiterleitungen am %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1 transfer(s); completion rate %2; median time to complete %3.</source>
        <translation>
            <numerusform>%n Anruf, Weiterleitungen: %1; Abschlussquote: %2; Median bis zum Abschluss: %3.</numerusform>
            <numerusform>%n Anrufe, Weiterleitungen: %1; Abschlussquote: %2; Median bis zum Abschluss: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion rate: completed out of the transfers that came to an end (completed, cancelled or unknown); a transfer superseded by another pick is left out.</source>
        <translation>Abschlussquote: abgeschlossene Weiterleitungen im Verhältnis zu allen beendeten (abgeschlossen, abgebrochen oder unbekannt); eine durch eine andere Auswahl ersetzte Weiterleitung wird nicht gezählt.</translation>
    </message>
    <message>
        <source>Transfers per hour</source>
        <translation>Weiterleitungen pro Stunde</translation>
    </message>
    <message>
        <source>Green: completed; red: cancelled or unknown; grey: superseded or pending.</source>
        <translation>Grün: abgeschlossen; Rot: abgebrochen oder unbekannt; Grau: ersetzt oder ausstehend.</translation>
    </message>
    <message>
        <source>Per target</source>
        <translation>Nach Ziel</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Nach Stunde</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
</context>
<context>
    <name>TransferOutcomes</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled (returned to the operator)</source>
        <translation>Abgebrochen (zurück beim Operator)</translation>
    </message>
    <message>
        <source>Superseded by another transfer</source>
        <translation>Durch andere Weiterleitung ersetzt</translation>
    </message>
    <message>
        <source>Unknown (card closed first)</source>
        <translation>Unbekannt (Anrufkarte zuvor geschlossen)</translation>
    </message>
</context>
<context>
    <name>opc::AboutDialog</name>
    <message>
        <source>About Operator Console</source>
        <translation>Über Operator Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operator Console for Bitrix24&lt;/b&gt; %1&lt;br&gt;Shows your portal and records every call-card event, transfers first.&lt;br&gt;Data folder: %2</source>
        <translation>&lt;b&gt;Operator Console für Bitrix24&lt;/b&gt; %1&lt;br&gt;Zeigt Ihr Portal an und protokolliert alle Ereignisse der Anrufkarte, vor allem Weiterleitungen.&lt;br&gt;Datenordner: %2</translation>
    </message>
    <message>
        <source>Free software under the MIT License. It uses Qt under the GNU LGPL version 3 and other components under their own licenses; see the third-party notices.</source>
        <translation>Freie Software unter der MIT-Lizenz. Sie verwendet Qt unter der GNU LGPL Version 3 und weitere Komponenten unter deren eigenen Lizenzen; siehe die Hinweise zu Drittkomponenten.</translation>
    </message>
    <message>
        <source>&amp;License…</source>
        <translation>&amp;Lizenz…</translation>
    </message>
    <message>
        <source>&amp;Third-party notices…</source>
        <translation>&amp;Hinweise zu Drittkomponenten…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Über &amp;Qt…</translation>
    </message>
    <message>
        <source>License</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Hinweise zu Drittkomponenten</translation>
    </message>
</context>
<context>
    <name>opc::AccountController</name>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Sign-in &amp;settings…</source>
        <translation>Anmelde&amp;einstellungen…</translation>
    </message>
    <message>
        <source>Sign in to see who each transfer goes to.</source>
        <translation>Melden Sie sich an, um zu sehen, an wen jede Weiterleitung geht.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
</context>
<context>
    <name>opc::AuthorizationFlow</name>
    <message>
        <source>Sign-in was refused because the answer did not match the request. Try again.</source>
        <translation>Die Anmeldung wurde abgelehnt, weil die Antwort nicht zur Anfrage passte. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The portal did not allow the sign-in (%1).</source>
        <translation>Das Portal hat die Anmeldung nicht zugelassen (%1).</translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no authorization code.</source>
        <translation>Die Antwort des Portals enthielt keinen Autorisierungscode.</translation>
    </message>
    <message>
        <source>The sign-in came from another portal (%1).</source>
        <translation>Die Anmeldung kam von einem anderen Portal (%1).</translation>
    </message>
</context>
<context>
    <name>opc::BridgeStatusButton</name>
    <message>
        <source>Waiting for the telephony app</source>
        <translation>Warte auf die Telefonie-App</translation>
    </message>
    <message>
        <source>Telephony app found, connecting…</source>
        <translation>Telefonie-App gefunden, verbinde…</translation>
    </message>
    <message>
        <source>Listening in %1</source>
        <translation>Empfang über %1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n standby)</source>
        <translation>
            <numerusform>(+%n in Reserve)</numerusform>
            <numerusform>(+%n in Reserve)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n abgewiesen</numerusform>
            <numerusform>%n abgewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last call-card event: %1</source>
        <translation>Letztes Ereignis der Anrufkarte: %1</translation>
    </message>
    <message>
        <source>No call-card event yet. Click for details.</source>
        <translation>Noch kein Ereignis der Anrufkarte. Klicken Sie für Details.</translation>
    </message>
    <message>
        <source>No portal is open.</source>
        <translation>Kein Portal geöffnet.</translation>
    </message>
    <message>
        <source>Telephony app frames on this page: %1</source>
        <translation>Frames von Telefonie-Apps auf dieser Seite: %1</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>empfängt</translation>
    </message>
    <message>
        <source>standing by</source>
        <translation>in Reserve</translation>
    </message>
    <message>
        <source>configured app</source>
        <translation>eingestellte App</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Letztes Ereignis: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keines</translation>
    </message>
    <message>
        <source>Messages refused: %1 (of which from hostile scripts: %2)</source>
        <translation>Abgewiesene Nachrichten: %1 (davon von feindlichen Skripten: %2)</translation>
    </message>
    <message>
        <source>Call-card bridge</source>
        <translation>Brücke zur Anrufkarte</translation>
    </message>
</context>
<context>
    <name>opc::CallsModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Kundenrufnummer</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation>Kontakt Nr. %1</translation>
    </message>
    <message>
        <source>Company #%1</source>
        <translation>Unternehmen Nr. %1</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Auftrag Nr. %1</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Lead Nr. %1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Aufgelegt</translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation>Anrufkarte geschlossen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Next card opened</source>
        <translation>Nächste Anrufkarte geöffnet</translation>
    </message>
    <message>
        <source>Ended (console closed)</source>
        <translation>Beendet (Konsole geschlossen)</translation>
    </message>
    <message>
        <source>No transfer</source>
        <translation>Keine Weiterleitung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Leitung %1</translation>
    </message>
</context>
<context>
    <name>opc::CallsView</name>
    <message>
        <source>Show the calls with a transfer of this outcome</source>
        <translation>Anrufe mit diesem Weiterleitungsergebnis anzeigen</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Alle Anrufe</translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation>Weiterleitung abgeschlossen</translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation>Weiterleitung abgebrochen</translation>
    </message>
    <message>
        <source>Transfer superseded</source>
        <translation>Weiterleitung ersetzt</translation>
    </message>
    <message>
        <source>Transfer outcome unknown</source>
        <translation>Weiterleitungsergebnis unbekannt</translation>
    </message>
    <message>
        <source>Transfer pending</source>
        <translation>Weiterleitung ausstehend</translation>
    </message>
    <message>
        <source>No transfer</source>
        <translation>Keine Weiterleitung</translation>
    </message>
    <message numerus="yes">
        <source>%n+ calls</source>
        <translation>
            <numerusform>%n+ Anrufe</numerusform>
            <numerusform>%n+ Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n Anruf</numerusform>
            <numerusform>%n Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1 in the portal</source>
        <translation>%1 im Portal öffnen</translation>
    </message>
    <message>
        <source>Copy client number</source>
        <translation>Kundenrufnummer kopieren</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
</context>
<context>
    <name>opc::CertificateDialog</name>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Zertifikat von %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (selbst signiert)</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <source>I have checked this fingerprint with the portal&apos;s administrator</source>
        <translation>Ich habe diesen Fingerabdruck mit dem Administrator des Portals abgeglichen</translation>
    </message>
    <message>
        <source>This kind of certificate problem cannot be overridden.</source>
        <translation>Diese Art von Zertifikatsproblem kann nicht übergangen werden.</translation>
    </message>
    <message>
        <source>%1 The console refused it.

Trust it only if the portal&apos;s administrator confirms this fingerprint. Someone between you and the portal could otherwise read and change everything, the login included.</source>
        <translation>%1 Die Konsole hat es abgelehnt.

Vertrauen Sie ihm nur, wenn der Administrator des Portals diesen Fingerabdruck bestätigt. Sonst könnte jemand zwischen Ihnen und dem Portal alles mitlesen und ändern, auch die Anmeldung.</translation>
    </message>
</context>
<context>
    <name>opc::ClientSecretCommand</name>
    <message>
        <source>No portal is configured: pass --config FILE with a [portal] url first.</source>
        <translation>Kein Portal konfiguriert: Geben Sie zuerst --config DATEI mit einer url im Abschnitt [portal] an.</translation>
    </message>
    <message>
        <source>No client secret on standard input.</source>
        <translation>Kein Anwendungsschlüssel (client_secret) auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>The client secret for %1 is stored in the system keychain.</source>
        <translation>Der Anwendungsschlüssel für %1 ist im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the system keychain, so the client secret was not stored (%1).</source>
        <translation>Kein Zugriff auf den Schlüsselbund des Systems, daher wurde der Anwendungsschlüssel nicht gespeichert (%1).</translation>
    </message>
</context>
<context>
    <name>opc::CloseToTray</name>
    <message>
        <source>Keep running in the tray?</source>
        <translation>Im Infobereich weiterlaufen?</translation>
    </message>
    <message>
        <source>A telephony app is attached. If the console quits, its call events are no longer recorded.

Keep Operator Console running in the system tray when the window is closed? Quit it from the tray menu or File → Quit.</source>
        <translation>Eine Telefonie-App ist verbunden. Wenn die Konsole beendet wird, werden ihre Anrufereignisse nicht mehr aufgezeichnet.

Soll Operator Console beim Schließen des Fensters im Infobereich weiterlaufen? Beenden Sie sie über das Infobereich-Menü oder Datei → Beenden.</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Quit when closed</source>
        <translation>Beim Schließen beenden</translation>
    </message>
</context>
<context>
    <name>opc::ConnectDialog</name>
    <message>
        <source>Connect to portal</source>
        <translation>Mit Portal verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Your Bitrix24 address, as in your browser: https://&lt;name&gt;.bitrix24.com, or the address of your company&apos;s own Bitrix24 server.</source>
        <translation>Ihre Bitrix24-Adresse wie im Browser: https://&lt;Name&gt;.bitrix24.com, oder die Adresse des eigenen Bitrix24-Servers Ihres Unternehmens.</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Portaladresse:</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Trotzdem verwenden</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The console stays on %1.</source>
        <translation>Die Konsole bleibt bei %1.</translation>
    </message>
    <message>
        <source>Check the address and connect again, or use it anyway.</source>
        <translation>Prüfen Sie die Adresse und verbinden Sie sich erneut, oder verwenden Sie sie trotzdem.</translation>
    </message>
    <message>
        <source>the demo portal</source>
        <translation>dem Demo-Portal</translation>
    </message>
</context>
<context>
    <name>opc::Console</name>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation>Das Demo-Portal konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>This build of the console has no demo portal.</source>
        <translation>Diese Version der Konsole enthält kein Demo-Portal.</translation>
    </message>
</context>
<context>
    <name>opc::DateRangeFilter</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Von Tag</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Bis Tag</translation>
    </message>
    <message>
        <source>Show events from this day on (2026-11-24 or your short date format)</source>
        <translation>Ereignisse ab diesem Tag anzeigen (2026-11-24 oder Ihr kurzes Datumsformat)</translation>
    </message>
    <message>
        <source>Show events up to and including this day</source>
        <translation>Ereignisse bis einschließlich dieses Tages anzeigen</translation>
    </message>
    <message>
        <source>Show events of all days</source>
        <translation>Ereignisse aller Tage anzeigen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Pick a day from the calendar</source>
        <translation>Tag im Kalender auswählen</translation>
    </message>
</context>
<context>
    <name>opc::DemoPortalServer</name>
    <message>
        <source>The demo portal could not listen on %1.</source>
        <translation>Das Demo-Portal kann auf %1 keine Verbindungen annehmen.</translation>
    </message>
    <message>
        <source>The demo app handler could not listen on %1.</source>
        <translation>Der Handler der Demo-App kann auf %1 keine Verbindungen annehmen.</translation>
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
        <translation>Qt %1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Chromium %1</source>
        <translation>Chromium %1</translation>
    </message>
    <message>
        <source>OS: %1 (%2, kernel %3 %4)</source>
        <translation>Betriebssystem: %1 (%2, Kernel %3 %4)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
</context>
<context>
    <name>opc::DownloadList</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>opc::DownloadsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
</context>
<context>
    <name>opc::EventDetailsView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Select an event to see everything it carried.</source>
        <translation>Wählen Sie ein Ereignis aus, um alle zugehörigen Daten zu sehen.</translation>
    </message>
    <message>
        <source>Copy the details of the selected event to the clipboard</source>
        <translation>Details des ausgewählten Ereignisses in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Event: %1 (%2)</source>
        <translation>Ereignis: %1 (%2)</translation>
    </message>
    <message>
        <source>Time: %1 (UTC %2)</source>
        <translation>Zeit: %1 (UTC %2)</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Anruf: %1</translation>
    </message>
    <message>
        <source>Client number: %1</source>
        <translation>Kundenrufnummer: %1</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht übermittelt)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation>Portal: %1</translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation>Nutzdaten:</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
</context>
<context>
    <name>opc::EventPanel</name>
    <message>
        <source>Transfers only</source>
        <translation>Nur Weiterleitungen</translation>
    </message>
    <message>
        <source>Filter by number, target or event</source>
        <translation>Nach Rufnummer, Ziel oder Ereignis filtern</translation>
    </message>
    <message numerus="yes">
        <source>%n+ events</source>
        <translation>
            <numerusform>%n+ Ereignisse</numerusform>
            <numerusform>%n+ Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Ereignisfilter</translation>
    </message>
    <message>
        <source>Event list</source>
        <translation>Ereignisliste</translation>
    </message>
    <message>
        <source>Clear the event filter</source>
        <translation>Ereignisfilter leeren</translation>
    </message>
    <message>
        <source>Move into the results</source>
        <translation>Zu den Ergebnissen wechseln</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
</context>
<context>
    <name>opc::EventStore</name>
    <message>
        <source>The disk is full; events are kept in memory until the log can be written.</source>
        <translation>Der Datenträger ist voll; Ereignisse werden im Arbeitsspeicher gehalten, bis das Protokoll wieder geschrieben werden kann.</translation>
    </message>
    <message>
        <source>The event log cannot be written (read-only or I/O error); events are kept in memory until it can.</source>
        <translation>Das Ereignisprotokoll kann nicht geschrieben werden (schreibgeschützt oder E/A-Fehler); Ereignisse werden im Arbeitsspeicher gehalten, bis das wieder möglich ist.</translation>
    </message>
    <message>
        <source>The event log is locked by another program; events are kept in memory.</source>
        <translation>Das Ereignisprotokoll ist von einem anderen Programm gesperrt; Ereignisse werden im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>The event log cannot be written (%1); events are kept in memory.</source>
        <translation>Das Ereignisprotokoll kann nicht geschrieben werden (%1); Ereignisse werden im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Der Datenordner %1 kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>opc::ExcelCsvEventWriter</name>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Durchwahl</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>opc::ExportCommand</name>
    <message>
        <source>--export-log needs --data-dir.</source>
        <translation>--export-log benötigt --data-dir.</translation>
    </message>
    <message>
        <source>--export-log needs a file name or - for standard output.</source>
        <translation>--export-log benötigt einen Dateinamen oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Invalid --since date &quot;%1&quot;; use e.g. 2026-11-24.</source>
        <translation>Ungültiges Datum für --since: „%1“; verwenden Sie z. B. 2026-11-24.</translation>
    </message>
    <message>
        <source>Invalid --until date &quot;%1&quot;; use e.g. 2026-11-24.</source>
        <translation>Ungültiges Datum für --until: „%1“; verwenden Sie z. B. 2026-11-24.</translation>
    </message>
    <message>
        <source>--since is after --until.</source>
        <translation>--since liegt nach --until.</translation>
    </message>
    <message>
        <source>No event log in %1.</source>
        <translation>In %1 gibt es kein Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use csv, jsonl or excel.</source>
        <translation>Unbekanntes Exportformat „%1“; verwenden Sie csv, jsonl oder excel.</translation>
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
        <translation>Das gesamte Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Only the events matching the panel&apos;s filter</source>
        <translation>Nur Ereignisse, die zum Filter im Ereignisbereich passen</translation>
    </message>
    <message>
        <source>JSON Lines, one event per line, for scripts</source>
        <translation>JSON Lines, ein Ereignis pro Zeile, für Skripte</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Ereignisse exportieren</translation>
    </message>
    <message>
        <source>The panel has no filter set: it shows the whole log.</source>
        <translation>Im Ereignisbereich ist kein Filter gesetzt: Er zeigt das gesamte Protokoll.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Speichern unter:</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export aus.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ist bereits vorhanden. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Ereignissen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert.</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written to %1.</source>
        <translation>Export abgebrochen. In %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Excel CSV (*.csv)</source>
        <translation>Excel-CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV, raw: UTC times and the fields as delivered, for scripts</source>
        <translation>CSV, roh: UTC-Zeiten und Felder wie geliefert, für Skripte</translation>
    </message>
    <message>
        <source>Excel: opens as a table, with local times and this computer&apos;s separator</source>
        <translation>Excel: öffnet sich als Tabelle, mit Ortszeit und dem Trennzeichen dieses Computers</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, the list separator of your regional settings, translated headers, one column per field</source>
        <translation>UTF-8 mit BOM, Listentrennzeichen aus Ihren Regionseinstellungen, übersetzte Spaltenköpfe, eine Spalte pro Feld</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Excel workbooks (.%1) cannot be written. Choose the Excel format: it writes a .csv file that Excel opens as a table.</source>
        <translation>Excel-Arbeitsmappen (.%1) können nicht geschrieben werden. Wählen Sie das Format Excel: Es schreibt eine .csv-Datei, die Excel als Tabelle öffnet.</translation>
    </message>
    <message>
        <source>A .%1 file does not match any export format; name the file .csv (CSV or Excel) or .jsonl (JSON Lines).</source>
        <translation>Eine .%1-Datei passt zu keinem Exportformat; benennen Sie die Datei .csv (CSV oder Excel) oder .jsonl (JSON Lines).</translation>
    </message>
</context>
<context>
    <name>opc::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>opc::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Auf Seite suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>opc::InstanceClient</name>
    <message>
        <source>The socket %1 belongs to another user.</source>
        <translation>Der Socket %1 gehört einem anderen Benutzer.</translation>
    </message>
    <message>
        <source>The running console did not answer.</source>
        <translation>Die laufende Konsole hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>opc::InstanceLock</name>
    <message>
        <source>Another Operator Console (process %1) is already using the data directory %2. Close it first, or start this one with another --data-dir.</source>
        <translation>Eine andere Operator Console (Prozess %1) verwendet bereits den Datenordner %2. Schließen Sie diese zuerst oder starten Sie diese Instanz mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <source>Cannot lock the data directory %1.</source>
        <translation>Der Datenordner %1 kann nicht gesperrt werden.</translation>
    </message>
    <message>
        <source>Another Operator Console (process %1) is using the data directory %2 but does not answer. If it is stuck, end process %1 (or, if no such process runs, delete %3) and start again; or start this one with another --data-dir.</source>
        <translation>Eine andere Operator Console (Prozess %1) verwendet den Datenordner %2, antwortet aber nicht. Falls sie hängt, beenden Sie den Prozess %1 (oder löschen Sie %3, falls kein solcher Prozess läuft) und starten Sie erneut; oder starten Sie diese Instanz mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <source>An Operator Console on the computer %1 is already using the data directory %2. Close it first, or start this one with another --data-dir.</source>
        <translation>Eine Operator Console auf dem Computer %1 verwendet bereits den Datenordner %2. Schließen Sie diese zuerst oder starten Sie diese Instanz mit einem anderen --data-dir.</translation>
    </message>
    <message>
        <source>Another user&apos;s Operator Console is already using the data directory %1. Start this one with your own --data-dir.</source>
        <translation>Die Operator Console eines anderen Benutzers verwendet bereits den Datenordner %1. Starten Sie diese Instanz mit Ihrem eigenen --data-dir.</translation>
    </message>
</context>
<context>
    <name>opc::LoadBanner</name>
    <message>
        <source>%1 The console refused it.</source>
        <translation>%1 Die Konsole hat es abgelehnt.</translation>
    </message>
    <message>
        <source>Show certificate…</source>
        <translation>Zertifikat anzeigen…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>The portal can&apos;t be reached. %1</source>
        <translation>Das Portal ist nicht erreichbar. %1</translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation>Neuer Versuch in %1 s.</translation>
    </message>
    <message>
        <source>Retrying when the network is back.</source>
        <translation>Neuer Versuch, sobald das Netzwerk wieder verfügbar ist.</translation>
    </message>
</context>
<context>
    <name>opc::LoadProblem</name>
    <message>
        <source>This computer is not connected to the network.</source>
        <translation>Dieser Computer ist nicht mit dem Netzwerk verbunden.</translation>
    </message>
    <message>
        <source>The name %1 could not be found: check the portal&apos;s address and the network&apos;s name server.</source>
        <translation>Der Name %1 wurde nicht gefunden: Prüfen Sie die Adresse des Portals und den DNS-Server des Netzwerks.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the server is down or a firewall blocks its port.</source>
        <translation>%1 hat die Verbindung abgelehnt: Der Server ist nicht erreichbar oder eine Firewall blockiert seinen Port.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>Dem Zertifikat von %1 wird nicht vertraut (%2).</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2).</source>
        <translation>%1 hat mit einem Serverfehler geantwortet (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 could not be loaded (error %2).</source>
        <translation>%1 konnte nicht geladen werden (Fehler %2).</translation>
    </message>
    <message>
        <source>%1 could not be loaded (%2).</source>
        <translation>%1 konnte nicht geladen werden (%2).</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued for another name.</source>
        <translation>Das Zertifikat von %1 wurde für einen anderen Namen ausgestellt.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet (check this computer&apos;s date).</source>
        <translation>Das Zertifikat von %1 ist abgelaufen oder noch nicht gültig (prüfen Sie das Datum dieses Computers).</translation>
    </message>
    <message>
        <source>The certificate of %1 was not issued by an authority this computer trusts (it may be self-signed).</source>
        <translation>Das Zertifikat von %1 stammt nicht von einer Stelle, der dieser Computer vertraut (es ist vielleicht selbstsigniert).</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked.</source>
        <translation>Das Zertifikat von %1 wurde widerrufen.</translation>
    </message>
    <message>
        <source>No secure connection to %1 could be made (%2).</source>
        <translation>Zu %1 konnte keine sichere Verbindung hergestellt werden (%2).</translation>
    </message>
</context>
<context>
    <name>opc::LogExporter</name>
    <message>
        <source>No event log at %1.</source>
        <translation>Unter %1 gibt es kein Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>Cannot read the event log %1: %2</source>
        <translation>Das Ereignisprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The event log %1 has schema version %2; this version reads %3.</source>
        <translation>Das Ereignisprotokoll %1 hat die Schemaversion %2; diese Version liest %3.</translation>
    </message>
    <message>
        <source>Cannot read the event log: %1</source>
        <translation>Das Ereignisprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Die Exportdatei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>opc::MachineConfig</name>
    <message>
        <source>%1: PortalUrl ignored: %2</source>
        <translation>%1: PortalUrl ignoriert: %2</translation>
    </message>
</context>
<context>
    <name>opc::MainWindow</name>
    <message>
        <source>Call events</source>
        <translation>Anrufereignisse</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to portal…</source>
        <translation>Mit Portal &amp;verbinden…</translation>
    </message>
    <message>
        <source>Open &amp;demo portal</source>
        <translation>&amp;Demo-Portal öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find in events</source>
        <translation>In Ereignissen &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Operator Console</source>
        <translation>Ü&amp;ber Operator Console</translation>
    </message>
    <message>
        <source>The event log can&apos;t be written (%1). New events stay in the panel and are saved as soon as the log is writable again.</source>
        <translation>Das Ereignisprotokoll kann nicht geschrieben werden (%1). Neue Ereignisse bleiben im Ereignisbereich und werden gespeichert, sobald das Protokoll wieder beschreibbar ist.</translation>
    </message>
    <message>
        <source>Demo portal (offline, not a real Bitrix24) — %1</source>
        <translation>Demo-Portal (offline, kein echtes Bitrix24) — %1</translation>
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
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Export events…</source>
        <translation>Ereignisse &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>The event log was damaged. It was moved aside to %1 and a new log was started.</source>
        <translation>Das Ereignisprotokoll war beschädigt. Es wurde nach %1 verschoben und ein neues Protokoll wurde begonnen.</translation>
    </message>
    <message>
        <source>Show diagnostics &amp;log</source>
        <translation>Diagnose&amp;protokoll anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy system info</source>
        <translation>Systeminformationen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>Portal page</source>
        <translation>Portalseite</translation>
    </message>
    <message>
        <source>Find in events</source>
        <translation>In Ereignissen suchen</translation>
    </message>
    <message>
        <source>Outside the portal page</source>
        <translation>Außerhalb der Portalseite</translation>
    </message>
    <message>
        <source>&amp;Switch between portal and events</source>
        <translation>Zwischen Portal und Ereignissen &amp;wechseln</translation>
    </message>
    <message>
        <source>The portal did not offer to dial %1; the number is on the clipboard.</source>
        <translation>Das Portal hat nicht angeboten, %1 zu wählen; die Nummer ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>Be&amp;richt…</translation>
    </message>
</context>
<context>
    <name>opc::OAuthClient</name>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>Der Anmeldeserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the sign-in server: %1</source>
        <translation>Der Anmeldeserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The sign-in server sent an unexpected answer (HTTP %1).</source>
        <translation>Der Anmeldeserver hat eine unerwartete Antwort gesendet (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in has expired. Sign in again.</source>
        <translation>Die Anmeldung ist abgelaufen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The portal rejected the application&apos;s client ID or secret.</source>
        <translation>Das Portal hat den Anwendungscode (client_id) oder den Anwendungsschlüssel (client_secret) abgelehnt.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (%1).</source>
        <translation>Der Anmeldeserver hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The sign-in server answered with HTTP %1.</source>
        <translation>Der Anmeldeserver hat mit HTTP %1 geantwortet.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer has no usable tokens.</source>
        <translation>Die Antwort des Anmeldeservers enthält keine verwendbaren Token.</translation>
    </message>
    <message>
        <source>The sign-in server named a REST endpoint outside the portal.</source>
        <translation>Der Anmeldeserver hat einen REST-Endpunkt außerhalb des Portals angegeben.</translation>
    </message>
</context>
<context>
    <name>opc::OAuthSettings</name>
    <message>
        <source>The portal address is missing.</source>
        <translation>Die Portaladresse fehlt.</translation>
    </message>
    <message>
        <source>The portal address must start with https:// (plain http only for this computer).</source>
        <translation>Die Portaladresse muss mit https:// beginnen (einfaches http nur für diesen Computer).</translation>
    </message>
    <message>
        <source>The application client ID is missing.</source>
        <translation>Der Anwendungscode (client_id) fehlt.</translation>
    </message>
    <message>
        <source>The OAuth server must be an https:// address (plain http only for this computer).</source>
        <translation>Der OAuth-Server muss eine https://-Adresse sein (einfaches http nur für diesen Computer).</translation>
    </message>
    <message>
        <source>The redirect URI is missing.</source>
        <translation>Die Redirect-URI fehlt.</translation>
    </message>
    <message>
        <source>The redirect URI must be an http(s) address.</source>
        <translation>Die Redirect-URI muss eine http(s)-Adresse sein.</translation>
    </message>
</context>
<context>
    <name>opc::PermissionPolicy</name>
    <message>
        <source>%1 wants to copy to the clipboard.</source>
        <translation>%1 möchte in die Zwischenablage kopieren.</translation>
    </message>
    <message>
        <source>%1 wants to use your microphone.</source>
        <translation>%1 möchte Ihr Mikrofon verwenden.</translation>
    </message>
    <message>
        <source>%1 wants to use your camera.</source>
        <translation>%1 möchte Ihre Kamera verwenden.</translation>
    </message>
    <message>
        <source>%1 wants to use your microphone and camera.</source>
        <translation>%1 möchte Ihr Mikrofon und Ihre Kamera verwenden.</translation>
    </message>
    <message>
        <source>%1 wants to show notifications.</source>
        <translation>%1 möchte Benachrichtigungen anzeigen.</translation>
    </message>
</context>
<context>
    <name>opc::PermissionPrompt</name>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>The console remembers your answer for this portal. After allowing it, copy again.</source>
        <translation>Die Konsole merkt sich Ihre Antwort für dieses Portal. Kopieren Sie nach dem Erlauben erneut.</translation>
    </message>
    <message>
        <source>The console remembers your answer for this portal.</source>
        <translation>Die Konsole merkt sich Ihre Antwort für dieses Portal.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blockieren</translation>
    </message>
</context>
<context>
    <name>opc::PortalAddress</name>
    <message>
        <source>Enter the address of your Bitrix24 portal, for example https://example.bitrix24.com.</source>
        <translation>Geben Sie die Adresse Ihres Bitrix24-Portals ein, zum Beispiel https://example.bitrix24.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>Eine Portaladresse darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots.</source>
        <translation>„%1“ enthält einen leeren Teil zwischen zwei Punkten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>„%1“ ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The portal address must start with https:// (or http:// for a self-hosted portal), not %1:.</source>
        <translation>Die Portaladresse muss mit https:// beginnen (oder mit http:// bei einem selbst gehosteten Portal), nicht mit %1:.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the portal address; sign in on the portal page.</source>
        <translation>Geben Sie keinen Benutzernamen und kein Passwort in der Portaladresse an; melden Sie sich auf der Portalseite an.</translation>
    </message>
    <message>
        <source>The portal address has no host name.</source>
        <translation>Die Portaladresse enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use only letters, digits, dots and dashes.</source>
        <translation>„%1“ ist kein gültiger Hostname: Verwenden Sie nur Buchstaben, Ziffern, Punkte und Bindestriche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete address. Type the whole address, for example https://example.bitrix24.com.</source>
        <translation>„%1“ ist keine vollständige Adresse. Geben Sie die ganze Adresse ein, zum Beispiel https://example.bitrix24.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete address. Did you mean %2?</source>
        <translation>„%1“ ist keine vollständige Adresse. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing its ending. Did you mean %2?</source>
        <translation>Bei „%1“ fehlt die Endung. Meinten Sie %2?</translation>
    </message>
    <message>
        <source>%1 is Bitrix24&apos;s own web site, not your portal. Your portal&apos;s address looks like https://&lt;name&gt;.bitrix24.com: you find it in your browser&apos;s address bar.</source>
        <translation>%1 ist die Website von Bitrix24 selbst, nicht Ihr Portal. Die Adresse Ihres Portals sieht aus wie https://&lt;Name&gt;.bitrix24.com: Sie finden sie in der Adressleiste Ihres Browsers.</translation>
    </message>
    <message>
        <source>Bitrix24 cloud portals only work over https://. Did you mean %1?</source>
        <translation>Bitrix24-Cloud-Portale funktionieren nur über https://. Meinten Sie %1?</translation>
    </message>
</context>
<context>
    <name>opc::PortalDownloads</name>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <source>Save file</source>
        <translation>Datei speichern</translation>
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
        <translation>Portal wird neu geladen…</translation>
    </message>
    <message>
        <source>Portal page reloading</source>
        <translation>Portalseite wird neu geladen</translation>
    </message>
    <message>
        <source>The portal page keeps crashing. The event log is safe; use View &gt; Reload portal to try again.</source>
        <translation>Die Portalseite stürzt wiederholt ab. Das Ereignisprotokoll ist sicher; versuchen Sie es erneut mit Ansicht &gt; Portal neu laden.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <source>Portal loaded</source>
        <translation>Portal geladen</translation>
    </message>
    <message>
        <source>The portal could not be loaded</source>
        <translation>Das Portal konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>%1 heruntergeladen</translation>
    </message>
    <message>
        <source>Download of %1 failed</source>
        <translation>Download von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Reload portal</source>
        <translation>Portal &amp;neu laden</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Find in &amp;page…</source>
        <translation>Auf &amp;Seite suchen…</translation>
    </message>
    <message>
        <source>&amp;Print portal page…</source>
        <translation>Portalseite &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Save portal page as…</source>
        <translation>Portalseite speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Forget &amp;permission choices for this portal</source>
        <translation>&amp;Berechtigungsentscheidungen für dieses Portal vergessen</translation>
    </message>
    <message>
        <source>A call card is open</source>
        <translation>Eine Anrufkarte ist geöffnet</translation>
    </message>
    <message>
        <source>Reloading ends the console&apos;s part in this call: what happens on the card afterwards (a transfer, the hangup) is not recorded.</source>
        <translation>Durch das Neuladen endet die Aufzeichnung dieses Anrufs durch die Konsole: Was danach auf der Karte passiert (eine Weiterleitung, das Auflegen), wird nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>Reload anyway</source>
        <translation>Trotzdem neu laden</translation>
    </message>
    <message>
        <source>Reload the portal while a call card is open?</source>
        <translation>Portal neu laden, während eine Anrufkarte geöffnet ist?</translation>
    </message>
    <message>
        <source>The portal page does not respond. A call card is open: reloading ends the console&apos;s part in that call.</source>
        <translation>Die Portalseite reagiert nicht. Eine Anrufkarte ist geöffnet: Durch das Neuladen endet die Aufzeichnung dieses Anrufs durch die Konsole.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>The portal tried to open more windows than the console allows.</source>
        <translation>Das Portal hat versucht, mehr Fenster zu öffnen, als die Konsole zulässt.</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>The portal will ask again before it uses the microphone, the camera, notifications or the clipboard.</source>
        <translation>Das Portal fragt wieder, bevor es Mikrofon, Kamera, Benachrichtigungen oder die Zwischenablage verwendet.</translation>
    </message>
    <message>
        <source>Close a portal window first: the console allows %1.</source>
        <translation>Schließen Sie zuerst ein Portalfenster: Die Konsole erlaubt höchstens %1.</translation>
    </message>
</context>
<context>
    <name>opc::PreferencesDialog</name>
    <message>
        <source>Forever</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Notify me of transfers</source>
        <translation>Bei Weiterleitungen benachrichtigen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Days to keep events</source>
        <translation>Aufbewahrungsdauer der Ereignisse in Tagen</translation>
    </message>
    <message>
        <source>Older events are deleted from the log on this computer. Exports you saved are not affected.</source>
        <translation>Ältere Ereignisse werden aus dem Protokoll auf diesem Computer gelöscht. Gespeicherte Exporte sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Listen only to the background worker of this telephony app. Leave empty to listen to the first one on the portal. Applies when the portal page is next loaded.</source>
        <translation>Nur Ereignisse vom Hintergrund-Handler dieser Telefonie-App empfangen. Leer lassen, um den ersten auf dem Portal zu verwenden. Gilt ab dem nächsten Laden der Portalseite.</translation>
    </message>
    <message>
        <source>Keep events:</source>
        <translation>Ereignisse aufbewahren:</translation>
    </message>
    <message>
        <source>Telephony app handler origin (optional):</source>
        <translation>Origin des Telefonie-App-Handlers (optional):</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Mit der Benutzersitzung starten</translation>
    </message>
    <message>
        <source>Start in the system tray</source>
        <translation>Im Infobereich starten</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>When started with the session, only the tray icon appears (minimised where the desktop has no tray).</source>
        <translation>Beim Start mit der Benutzersitzung erscheint nur das Symbol im Infobereich (minimiert, wo die Arbeitsumgebung keinen Infobereich hat).</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Im Infobereich weiterlaufen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>When the window is closed while a telephony app is attached</source>
        <translation>Beim Schließen des Fensters, während eine Telefonie-App verbunden ist</translation>
    </message>
    <message>
        <source>Closing the window while a telephony app is attached:</source>
        <translation>Schließen des Fensters bei verbundener Telefonie-App:</translation>
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
        <translation>Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not a valid INI file</source>
        <translation>keine gültige INI-Datei</translation>
    </message>
    <message>
        <source>client_secret must not be stored in a file; use --set-client-secret</source>
        <translation>client_secret darf nicht in einer Datei gespeichert werden; verwenden Sie --set-client-secret</translation>
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
        <translation>Der Renderer-Prozess der Seite wurde beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The page&apos;s renderer crashed (exit code %1).</source>
        <translation>Der Renderer-Prozess der Seite ist abgestürzt (Exit-Code %1).</translation>
    </message>
</context>
<context>
    <name>opc::ReportCommand</name>
    <message>
        <source>Invalid --report date: %1 (expected YYYY-MM-DD).</source>
        <translation>Ungültiges Datum für --report: %1 (erwartet JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Unknown report format: %1 (use html or csv).</source>
        <translation>Unbekanntes Berichtsformat: %1 (verwenden Sie html oder csv).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No event log at %1.</source>
        <translation>In %1 gibt es kein Ereignisprotokoll.</translation>
    </message>
    <message>
        <source>Cannot read the event log %1 (schema version %2).</source>
        <translation>Das Ereignisprotokoll %1 kann nicht gelesen werden (Schemaversion %2).</translation>
    </message>
</context>
<context>
    <name>opc::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Save report as CSV</source>
        <translation>Bericht als CSV speichern</translation>
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
        <translation>Nicht am Portal angemeldet: Es werden IDs statt Namen angezeigt.</translation>
    </message>
    <message>
        <source>The portal refused the request (%1).</source>
        <translation>Das Portal hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The portal refused the request (%1: %2).</source>
        <translation>Das Portal hat die Anfrage abgelehnt (%1: %2).</translation>
    </message>
    <message>
        <source>The portal is limiting requests; names will appear a little later.</source>
        <translation>Das Portal begrenzt die Anfragen; Namen erscheinen etwas später.</translation>
    </message>
    <message>
        <source>The portal&apos;s time budget for this request is used up; try again in a few minutes.</source>
        <translation>Das Zeitbudget des Portals für diese Anfrage ist aufgebraucht; versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The portal did not answer in time.</source>
        <translation>Das Portal hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the portal: %1</source>
        <translation>Das Portal ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The portal sent an unexpected answer (HTTP %1).</source>
        <translation>Das Portal hat eine unerwartete Antwort gesendet (HTTP %1).</translation>
    </message>
    <message>
        <source>The portal sent an unexpected answer.</source>
        <translation>Das Portal hat eine unerwartete Antwort gesendet.</translation>
    </message>
    <message>
        <source>Too many commands in one batch (at most 50).</source>
        <translation>Zu viele Befehle in einem Batch (höchstens 50).</translation>
    </message>
</context>
<context>
    <name>opc::SecondLaunch</name>
    <message>
        <source>Open another portal?</source>
        <translation>Anderes Portal öffnen?</translation>
    </message>
    <message>
        <source>Operator Console was started for %1 but shows %2.

Switch to %1? The call events of %2 are no longer recorded while it is closed.</source>
        <translation>Operator Console wurde für %1 gestartet, zeigt aber %2.

Zu %1 wechseln? Die Anrufereignisse von %2 werden nicht mehr aufgezeichnet, solange es geschlossen ist.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
    <message>
        <source>Stay on %1</source>
        <translation>Bei %1 bleiben</translation>
    </message>
</context>
<context>
    <name>opc::SessionAutostart</name>
    <message>
        <source>Can&apos;t write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Can&apos;t remove %1: %2</source>
        <translation>%1 kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Operator Console</source>
        <translation>Operator Console</translation>
    </message>
    <message>
        <source>The program&apos;s path can&apos;t be used to start with the session.</source>
        <translation>Der Pfad des Programms kann nicht für den Start mit der Benutzersitzung verwendet werden.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>opc::ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>Überall im Fenster</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>opc::SignInDialog</name>
    <message>
        <source>Sign in to Bitrix24</source>
        <translation>Bei Bitrix24 anmelden</translation>
    </message>
    <message>
        <source>Sign in so the console can show who each transfer goes to.</source>
        <translation>Melden Sie sich an, damit die Konsole anzeigen kann, an wen jede Weiterleitung geht.</translation>
    </message>
</context>
<context>
    <name>opc::SignInMessages</name>
    <message>
        <source>Sign-in is not set up on this computer — ask your administrator.</source>
        <translation>Die Anmeldung ist auf diesem Computer nicht eingerichtet – wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Sign-in is not completely set up on this computer (the application&apos;s secret is missing) — ask your administrator.</source>
        <translation>Die Anmeldung ist auf diesem Computer nicht vollständig eingerichtet (der Anwendungsschlüssel fehlt) – wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Your sign-in could not be renewed: the sign-in server can&apos;t be reached. Check the network connection, then sign in again.</source>
        <translation>Ihre Anmeldung konnte nicht erneuert werden: Der Anmeldeserver ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The sign-in server can&apos;t be reached. Check the network connection, then sign in again.</source>
        <translation>Der Anmeldeserver ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The portal does not accept this computer&apos;s sign-in settings — ask your administrator to check them.</source>
        <translation>Das Portal akzeptiert die Anmeldeeinstellungen dieses Computers nicht – bitten Sie Ihren Administrator, sie zu prüfen.</translation>
    </message>
    <message>
        <source>Your sign-in to the portal has ended. Sign in again.</source>
        <translation>Ihre Anmeldung am Portal ist beendet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your sign-in to the portal could not be renewed. Sign in again; if it keeps happening, ask your administrator.</source>
        <translation>Ihre Anmeldung am Portal konnte nicht erneuert werden. Melden Sie sich erneut an; falls das wiederholt passiert, wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>Signing in did not work. Try again; if it keeps happening, ask your administrator.</source>
        <translation>Die Anmeldung hat nicht funktioniert. Versuchen Sie es erneut; falls das wiederholt passiert, wenden Sie sich an Ihren Administrator.</translation>
    </message>
    <message>
        <source>The portal did not let you sign in. Try again; if it keeps happening, ask your administrator whether your account may use the console.</source>
        <translation>Das Portal hat Ihre Anmeldung nicht zugelassen. Versuchen Sie es erneut; falls das wiederholt passiert, fragen Sie Ihren Administrator, ob Ihr Konto die Konsole verwenden darf.</translation>
    </message>
    <message>
        <source>The sign-in took too long. Sign in again.</source>
        <translation>Die Anmeldung hat zu lange gedauert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The system keychain is locked or not available, so the console can&apos;t keep your sign-in: you will have to sign in again next time. Unlocking it (or logging in to the computer again) usually helps; otherwise ask your administrator.</source>
        <translation>Der Schlüsselbund des Systems ist gesperrt oder nicht verfügbar, daher kann die Konsole Ihre Anmeldung nicht speichern: Sie müssen sich beim nächsten Mal erneut anmelden. Meist hilft es, ihn zu entsperren (oder sich erneut am Computer anzumelden); andernfalls wenden Sie sich an Ihren Administrator.</translation>
    </message>
</context>
<context>
    <name>opc::SignInSettingsDialog</name>
    <message>
        <source>Sign-in settings</source>
        <translation>Anmeldeeinstellungen</translation>
    </message>
    <message>
        <source>Stored in the system keychain; type to replace</source>
        <translation>Im Schlüsselbund des Systems gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>From the application&apos;s settings in Bitrix24</source>
        <translation>Aus den Einstellungen der Anwendung in Bitrix24</translation>
    </message>
    <message>
        <source>International (oauth.bitrix.info)</source>
        <translation>International (oauth.bitrix.info)</translation>
    </message>
    <message>
        <source>Russia region (oauth.bitrix24.tech)</source>
        <translation>Region Russland (oauth.bitrix24.tech)</translation>
    </message>
    <message>
        <source>Self-hosted server…</source>
        <translation>Eigener Server…</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Anwendungscode (client_id):</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Anwendungsschlüssel (client_secret):</translation>
    </message>
    <message>
        <source>OAuth server:</source>
        <translation>OAuth-Server:</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>Redirect-URI:</translation>
    </message>
    <message>
        <source>These come from the local application registered for the console in your Bitrix24 portal. The secret is kept in the system keychain only.</source>
        <translation>Diese Angaben stammen aus der lokalen Anwendung, die für die Konsole in Ihrem Bitrix24-Portal registriert ist. Der Anwendungsschlüssel wird nur im Schlüsselbund des Systems gespeichert.</translation>
    </message>
</context>
<context>
    <name>opc::TrayNotifier</name>
    <message>
        <source>Transfer requested</source>
        <translation>Weiterleitung angefordert</translation>
    </message>
    <message>
        <source>&amp;Show Operator Console</source>
        <translation>Operator Console &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Pause notifications</source>
        <translation>Benachrichtigungen &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Weiterleitung an %1</translation>
    </message>
</context>
<context>
    <name>opc::UserInfo</name>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>Durchwahl %1</translation>
    </message>
</context>
<context>
    <name>opc::WebOrigin</name>
    <message>
        <source>An origin cannot contain spaces.</source>
        <translation>Ein Origin darf keine Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Write the origin with its scheme: scheme://host[:port], for example https://telephony.example.com.</source>
        <translation>Geben Sie den Origin mit Schema an: scheme://host[:port], zum Beispiel https://telephony.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid origin: expected scheme://host[:port].</source>
        <translation>„%1“ ist kein gültiger Origin: erwartet scheme://host[:port].</translation>
    </message>
    <message>
        <source>The origin must start with https:// or http://, not %1://.</source>
        <translation>Der Origin muss mit https:// oder http:// beginnen, nicht mit %1://.</translation>
    </message>
    <message>
        <source>An origin has no user name or password: remove &quot;%1@&quot;.</source>
        <translation>Ein Origin enthält keinen Benutzernamen und kein Passwort: Entfernen Sie „%1@“.</translation>
    </message>
    <message>
        <source>The origin has no host name.</source>
        <translation>Der Origin enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>An origin has no path: remove &quot;%1&quot; and keep scheme://host[:port].</source>
        <translation>Ein Origin enthält keinen Pfad: Entfernen Sie „%1“ und behalten Sie scheme://host[:port] bei.</translation>
    </message>
    <message>
        <source>An origin has no query or fragment: keep only scheme://host[:port].</source>
        <translation>Ein Origin enthält weder Abfrage noch Fragment: Behalten Sie nur scheme://host[:port] bei.</translation>
    </message>
</context>
</TS>
