<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Operator Console for Bitrix24: shows the portal and records every call-card event, transfers first.</source>
        <translation>Operator Console for Bitrix24: shows the portal and records every call-card event, transfers first.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Show this help and exit.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Show the version and exit.</translation>
    </message>
    <message>
        <source>Open the portal at &lt;url&gt; and remember it.</source>
        <translation>Open the portal at &lt;url&gt; and remember it.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Open the built-in demo portal (offline).</source>
        <translation>Open the built-in demo portal (offline).</translation>
    </message>
    <message>
        <source>Keep all data (log, settings, browser profile) in &lt;dir&gt;.</source>
        <translation>Keep all data (log, settings, browser profile) in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Read portal and sign-in settings from the INI &lt;file&gt;.</source>
        <translation>Read portal and sign-in settings from the INI &lt;file&gt;.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>origin</translation>
    </message>
    <message>
        <source>Write debug messages to the diagnostics log.</source>
        <translation>Write debug messages to the diagnostics log.</translation>
    </message>
    <message>
        <source>Export the event log to &lt;file&gt; (&quot;-&quot; for standard output) and exit.</source>
        <translation>Export the event log to &lt;file&gt; (&quot;-&quot; for standard output) and exit.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Read the OAuth client secret from standard input into the keychain and exit.</source>
        <translation>Read the OAuth client secret from standard input into the keychain and exit.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation>--data-dir needs a directory.</translation>
    </message>
    <message>
        <source>Use either --portal or --demo, not both.</source>
        <translation>Use either --portal or --demo, not both.</translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation>Invalid --portal: %1</translation>
    </message>
    <message>
        <source>--format, --since and --until go with --export-log.</source>
        <translation>--format, --since and --until go with --export-log.</translation>
    </message>
    <message>
        <source>Use either --export-log or --set-client-secret, not both.</source>
        <translation>Use either --export-log or --set-client-secret, not both.</translation>
    </message>
    <message>
        <source>--export-log needs a file name or &quot;-&quot;.</source>
        <translation>--export-log needs a file name or &quot;-&quot;.</translation>
    </message>
    <message>
        <source>Listen to the worker frame of this telephony app &lt;origin&gt; (this run only).</source>
        <translation>Listen to the worker frame of this telephony app &lt;origin&gt; (this run only).</translation>
    </message>
    <message>
        <source>Invalid --handler-origin: %1</source>
        <translation>Invalid --handler-origin: %1</translation>
    </message>
    <message>
        <source>expected scheme://host[:port].</source>
        <translation>expected scheme://host[:port].</translation>
    </message>
    <message>
        <source>Data folder (default): %1</source>
        <translation>Data folder (default): %1</translation>
    </message>
    <message>
        <source>Exit codes:
  0  success
  1  the console or the command failed (data folder, another instance, export, keychain)
  2  invalid command line, configuration file or export argument
</source>
        <translation>Exit codes:
  0  success
  1  the console or the command failed (data folder, another instance, export, keychain)
  2  invalid command line, configuration file or export argument
</translation>
    </message>
    <message>
        <source>Start in the system tray (minimised where there is no tray), as when starting with the session.</source>
        <translation>Start in the system tray (minimised where there is no tray), as when starting with the session.</translation>
    </message>
    <message>
        <source>Export events from this local date (2026-11-24) or ISO date-time on.</source>
        <translation>Export events from this local date (2026-11-24) or ISO date-time on.</translation>
    </message>
    <message>
        <source>Export events up to this local date (the whole day) or ISO date-time.</source>
        <translation>Export events up to this local date (the whole day) or ISO date-time.</translation>
    </message>
    <message>
        <source>Export format: csv, jsonl or excel (default csv); report format: html or csv (default html).</source>
        <translation>Export format: csv, jsonl or excel (default csv); report format: html or csv (default html).</translation>
    </message>
    <message>
        <source>Write the report of calls and transfers on &lt;date&gt; (YYYY-MM-DD, local time) to standard output and exit.</source>
        <translation>Write the report of calls and transfers on &lt;date&gt; (YYYY-MM-DD, local time) to standard output and exit.</translation>
    </message>
    <message>
        <source>With --report: read this JSON Lines export instead of the data folder&apos;s log.</source>
        <translation>With --report: read this JSON Lines export instead of the data folder&apos;s log.</translation>
    </message>
    <message>
        <source>--report goes with --format, --log and --data-dir only.</source>
        <translation>--report goes with --format, --log and --data-dir only.</translation>
    </message>
    <message>
        <source>--log goes with --report.</source>
        <translation>--log goes with --report.</translation>
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
        <translation>The data folder %1 can&apos;t be created or written. Choose another one with --data-dir.</translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation>cannot read standard input</translation>
    </message>
    <message>
        <source>The running Operator Console did not take this start: %1</source>
        <translation>The running Operator Console did not take this start: %1</translation>
    </message>
    <message>
        <source>Can&apos;t reach the running Operator Console safely: %1</source>
        <translation>Can&apos;t reach the running Operator Console safely: %1</translation>
    </message>
</context>
<context>
    <name>DailyReport</name>
    <message>
        <source>Line %1 is not an event of a JSON Lines export.</source>
        <translation>Line %1 is not an event of a JSON Lines export.</translation>
    </message>
</context>
<context>
    <name>EventPresentation</name>
    <message>
        <source>Call card opened</source>
        <translation>Call card opened</translation>
    </message>
    <message>
        <source>Comment saved</source>
        <translation>Comment saved</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation>Card closed</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation>Transfer cancelled</translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation>Transfer completed</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Hang up</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Next call</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>CRM record changed</source>
        <translation>CRM record changed</translation>
    </message>
    <message>
        <source>Call placed</source>
        <translation>Call placed</translation>
    </message>
    <message>
        <source>Call quality rated</source>
        <translation>Call quality rated</translation>
    </message>
    <message>
        <source>Dialpad key</source>
        <translation>Dialpad key</translation>
    </message>
    <message>
        <source>Administrator notified</source>
        <translation>Administrator notified</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Unknown target</source>
        <translation>Unknown target</translation>
    </message>
    <message>
        <source>Employee #%1</source>
        <translation>Employee #%1</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Phone number %1</translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation>Queue %1</translation>
    </message>
    <message>
        <source>Unknown target &quot;%1&quot;</source>
        <translation>Unknown target &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Outgoing call %1</source>
        <translation>Outgoing call %1</translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation>Call from %1</translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation>Microphone muted</translation>
    </message>
    <message>
        <source>Microphone on</source>
        <translation>Microphone on</translation>
    </message>
    <message>
        <source>Call on hold</source>
        <translation>Call on hold</translation>
    </message>
    <message>
        <source>Call resumed</source>
        <translation>Call resumed</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 of 5</translation>
    </message>
    <message>
        <source>No CRM record</source>
        <translation>No CRM record</translation>
    </message>
    <message>
        <source>current call</source>
        <translation>current call</translation>
    </message>
    <message>
        <source>Transfer: %1 → %2</source>
        <translation>Transfer: %1 → %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Who / details</source>
        <translation>Who / details</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <extracomment>%1 is an outcome such as &quot;Completed&quot;, %2 a duration such as &quot;0:12&quot;</extracomment>
        <translation>%1 after %2</translation>
    </message>
</context>
<context>
    <name>EventStore</name>
    <message>
        <source>The event log %1 is damaged and cannot be moved aside.</source>
        <translation>The event log %1 is damaged and cannot be moved aside.</translation>
    </message>
    <message>
        <source>The event log %1 was written by a newer version of the console (schema %2, this version knows %3). Update the console; the file was left unchanged.</source>
        <translation>The event log %1 was written by a newer version of the console (schema %2, this version knows %3). Update the console; the file was left unchanged.</translation>
    </message>
    <message>
        <source>The event log %1 was written by a newer version of the console (schema %2). Update the console.</source>
        <translation>The event log %1 was written by a newer version of the console (schema %2). Update the console.</translation>
    </message>
    <message>
        <source>The event log was damaged. It was moved to %1 and a new log was started.</source>
        <translation>The event log was damaged. It was moved to %1 and a new log was started.</translation>
    </message>
    <message>
        <source>The event log %1 cannot be opened.</source>
        <translation>The event log %1 cannot be opened.</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Usage: %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Completion rate</translation>
    </message>
    <message>
        <source>Median time to complete</source>
        <translation>Median time to complete</translation>
    </message>
    <message>
        <source>Calls and transfers on %1</source>
        <translation>Calls and transfers on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s), %1 transfer(s); completion rate %2; median time to complete %3.</source>
        <translation>
            <numerusform>%n call, %1 transfer(s); completion rate %2; median time to complete %3.</numerusform>
            <numerusform>%n calls, %1 transfer(s); completion rate %2; median time to complete %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Completion rate: completed out of the transfers that came to an end (completed, cancelled or unknown); a transfer superseded by another pick is left out.</source>
        <translation>Completion rate: completed out of the transfers that came to an end (completed, cancelled or unknown); a transfer superseded by another pick is left out.</translation>
    </message>
    <message>
        <source>Transfers per hour</source>
        <translation>Transfers per hour</translation>
    </message>
    <message>
        <source>Green: completed; red: cancelled or unknown; grey: superseded or pending.</source>
        <translation>Green: completed; red: cancelled or unknown; grey: superseded or pending.</translation>
    </message>
    <message>
        <source>Per target</source>
        <translation>Per target</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Per hour</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
</context>
<context>
    <name>TransferOutcomes</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled (returned to the operator)</source>
        <translation>Cancelled (returned to the operator)</translation>
    </message>
    <message>
        <source>Superseded by another transfer</source>
        <translation>Superseded by another transfer</translation>
    </message>
    <message>
        <source>Unknown (card closed first)</source>
        <translation>Unknown (card closed first)</translation>
    </message>
</context>
<context>
    <name>opc::AboutDialog</name>
    <message>
        <source>About Operator Console</source>
        <translation>About Operator Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operator Console for Bitrix24&lt;/b&gt; %1&lt;br&gt;Shows your portal and records every call-card event, transfers first.&lt;br&gt;Data folder: %2</source>
        <translation>&lt;b&gt;Operator Console for Bitrix24&lt;/b&gt; %1&lt;br&gt;Shows your portal and records every call-card event, transfers first.&lt;br&gt;Data folder: %2</translation>
    </message>
    <message>
        <source>Free software under the MIT License. It uses Qt under the GNU LGPL version 3 and other components under their own licenses; see the third-party notices.</source>
        <translation>Free software under the MIT License. It uses Qt under the GNU LGPL version 3 and other components under their own licenses; see the third-party notices.</translation>
    </message>
    <message>
        <source>&amp;License…</source>
        <translation>&amp;License…</translation>
    </message>
    <message>
        <source>&amp;Third-party notices…</source>
        <translation>&amp;Third-party notices…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>About &amp;Qt…</translation>
    </message>
    <message>
        <source>License</source>
        <translation>License</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Third-party notices</translation>
    </message>
</context>
<context>
    <name>opc::AccountController</name>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Signed in as %1</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Sign-in &amp;settings…</source>
        <translation>Sign-in &amp;settings…</translation>
    </message>
    <message>
        <source>Sign in to see who each transfer goes to.</source>
        <translation>Sign in to see who each transfer goes to.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Sign in again</translation>
    </message>
</context>
<context>
    <name>opc::AuthorizationFlow</name>
    <message>
        <source>Sign-in was refused because the answer did not match the request. Try again.</source>
        <translation>Sign-in was refused because the answer did not match the request. Try again.</translation>
    </message>
    <message>
        <source>The portal did not allow the sign-in (%1).</source>
        <translation>The portal did not allow the sign-in (%1).</translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no authorization code.</source>
        <translation>The portal&apos;s answer had no authorization code.</translation>
    </message>
    <message>
        <source>The sign-in came from another portal (%1).</source>
        <translation>The sign-in came from another portal (%1).</translation>
    </message>
</context>
<context>
    <name>opc::BridgeStatusButton</name>
    <message>
        <source>Waiting for the telephony app</source>
        <translation>Waiting for the telephony app</translation>
    </message>
    <message>
        <source>Telephony app found, connecting…</source>
        <translation>Telephony app found, connecting…</translation>
    </message>
    <message>
        <source>Listening in %1</source>
        <translation>Listening in %1</translation>
    </message>
    <message numerus="yes">
        <source>(+%n standby)</source>
        <translation>
            <numerusform>(+%n standby)</numerusform>
            <numerusform>(+%n standby)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Last call-card event: %1</source>
        <translation>Last call-card event: %1</translation>
    </message>
    <message>
        <source>No call-card event yet. Click for details.</source>
        <translation>No call-card event yet. Click for details.</translation>
    </message>
    <message>
        <source>No portal is open.</source>
        <translation>No portal is open.</translation>
    </message>
    <message>
        <source>Telephony app frames on this page: %1</source>
        <translation>Telephony app frames on this page: %1</translation>
    </message>
    <message>
        <source>listening</source>
        <translation>listening</translation>
    </message>
    <message>
        <source>standing by</source>
        <translation>standing by</translation>
    </message>
    <message>
        <source>configured app</source>
        <translation>configured app</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Last event: %1</source>
        <translation>Last event: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Messages refused: %1 (of which from hostile scripts: %2)</source>
        <translation>Messages refused: %1 (of which from hostile scripts: %2)</translation>
    </message>
    <message>
        <source>Call-card bridge</source>
        <translation>Call-card bridge</translation>
    </message>
</context>
<context>
    <name>opc::CallsModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>Client number</translation>
    </message>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Contact #%1</source>
        <translation>Contact #%1</translation>
    </message>
    <message>
        <source>Company #%1</source>
        <translation>Company #%1</translation>
    </message>
    <message>
        <source>Deal #%1</source>
        <translation>Deal #%1</translation>
    </message>
    <message>
        <source>Lead #%1</source>
        <translation>Lead #%1</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Hung up</source>
        <translation>Hung up</translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation>Card closed</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Next card opened</source>
        <translation>Next card opened</translation>
    </message>
    <message>
        <source>Ended (console closed)</source>
        <translation>Ended (console closed)</translation>
    </message>
    <message>
        <source>No transfer</source>
        <translation>No transfer</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Line %1</translation>
    </message>
</context>
<context>
    <name>opc::CallsView</name>
    <message>
        <source>Show the calls with a transfer of this outcome</source>
        <translation>Show the calls with a transfer of this outcome</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>All calls</translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation>Transfer completed</translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation>Transfer cancelled</translation>
    </message>
    <message>
        <source>Transfer superseded</source>
        <translation>Transfer superseded</translation>
    </message>
    <message>
        <source>Transfer outcome unknown</source>
        <translation>Transfer outcome unknown</translation>
    </message>
    <message>
        <source>Transfer pending</source>
        <translation>Transfer pending</translation>
    </message>
    <message>
        <source>No transfer</source>
        <translation>No transfer</translation>
    </message>
    <message numerus="yes">
        <source>%n+ calls</source>
        <translation>
            <numerusform>%n+ calls</numerusform>
            <numerusform>%n+ calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message>
        <source>Open %1 in the portal</source>
        <translation>Open %1 in the portal</translation>
    </message>
    <message>
        <source>Copy client number</source>
        <translation>Copy client number</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Call %1</translation>
    </message>
</context>
<context>
    <name>opc::CertificateDialog</name>
    <message>
        <source>Trust this certificate</source>
        <translation>Trust this certificate</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificate of %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <source>%1 (self-signed)</source>
        <translation>%1 (self-signed)</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Valid from:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Valid until:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 fingerprint:</translation>
    </message>
    <message>
        <source>I have checked this fingerprint with the portal&apos;s administrator</source>
        <translation>I have checked this fingerprint with the portal&apos;s administrator</translation>
    </message>
    <message>
        <source>This kind of certificate problem cannot be overridden.</source>
        <translation>This kind of certificate problem cannot be overridden.</translation>
    </message>
    <message>
        <source>%1 The console refused it.

Trust it only if the portal&apos;s administrator confirms this fingerprint. Someone between you and the portal could otherwise read and change everything, the login included.</source>
        <translation>%1 The console refused it.

Trust it only if the portal&apos;s administrator confirms this fingerprint. Someone between you and the portal could otherwise read and change everything, the login included.</translation>
    </message>
</context>
<context>
    <name>opc::ClientSecretCommand</name>
    <message>
        <source>No portal is configured: pass --config FILE with a [portal] url first.</source>
        <translation>No portal is configured: pass --config FILE with a [portal] url first.</translation>
    </message>
    <message>
        <source>No client secret on standard input.</source>
        <translation>No client secret on standard input.</translation>
    </message>
    <message>
        <source>The client secret for %1 is stored in the system keychain.</source>
        <translation>The client secret for %1 is stored in the system keychain.</translation>
    </message>
    <message>
        <source>Can&apos;t reach the system keychain, so the client secret was not stored (%1).</source>
        <translation>Can&apos;t reach the system keychain, so the client secret was not stored (%1).</translation>
    </message>
</context>
<context>
    <name>opc::CloseToTray</name>
    <message>
        <source>Keep running in the tray?</source>
        <translation>Keep running in the tray?</translation>
    </message>
    <message>
        <source>A telephony app is attached. If the console quits, its call events are no longer recorded.

Keep Operator Console running in the system tray when the window is closed? Quit it from the tray menu or File → Quit.</source>
        <translation>A telephony app is attached. If the console quits, its call events are no longer recorded.

Keep Operator Console running in the system tray when the window is closed? Quit it from the tray menu or File → Quit.</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Keep running in the tray</translation>
    </message>
    <message>
        <source>Quit when closed</source>
        <translation>Quit when closed</translation>
    </message>
</context>
<context>
    <name>opc::ConnectDialog</name>
    <message>
        <source>Connect to portal</source>
        <translation>Connect to portal</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Your Bitrix24 address, as in your browser: https://&lt;name&gt;.bitrix24.com, or the address of your company&apos;s own Bitrix24 server.</source>
        <translation>Your Bitrix24 address, as in your browser: https://&lt;name&gt;.bitrix24.com, or the address of your company&apos;s own Bitrix24 server.</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Portal address:</translation>
    </message>
    <message>
        <source>Use it anyway</source>
        <translation>Use it anyway</translation>
    </message>
    <message>
        <source>Use %1</source>
        <translation>Use %1</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Opening %1…</translation>
    </message>
    <message>
        <source>The console stays on %1.</source>
        <translation>The console stays on %1.</translation>
    </message>
    <message>
        <source>Check the address and connect again, or use it anyway.</source>
        <translation>Check the address and connect again, or use it anyway.</translation>
    </message>
    <message>
        <source>the demo portal</source>
        <translation>the demo portal</translation>
    </message>
</context>
<context>
    <name>opc::Console</name>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation>The demo portal could not start: %1</translation>
    </message>
    <message>
        <source>This build of the console has no demo portal.</source>
        <translation>This build of the console has no demo portal.</translation>
    </message>
</context>
<context>
    <name>opc::DateRangeFilter</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>From day</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>To day</translation>
    </message>
    <message>
        <source>Show events from this day on (2026-11-24 or your short date format)</source>
        <translation>Show events from this day on (2026-11-24 or your short date format)</translation>
    </message>
    <message>
        <source>Show events up to and including this day</source>
        <translation>Show events up to and including this day</translation>
    </message>
    <message>
        <source>Show events of all days</source>
        <translation>Show events of all days</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>any day</translation>
    </message>
    <message>
        <source>Pick a day from the calendar</source>
        <translation>Pick a day from the calendar</translation>
    </message>
</context>
<context>
    <name>opc::DemoPortalServer</name>
    <message>
        <source>The demo portal could not listen on %1.</source>
        <translation>The demo portal could not listen on %1.</translation>
    </message>
    <message>
        <source>The demo app handler could not listen on %1.</source>
        <translation>The demo app handler could not listen on %1.</translation>
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
        <translation>Qt %1 (built with %2)</translation>
    </message>
    <message>
        <source>Chromium %1</source>
        <translation>Chromium %1</translation>
    </message>
    <message>
        <source>OS: %1 (%2, kernel %3 %4)</source>
        <translation>OS: %1 (%2, kernel %3 %4)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
</context>
<context>
    <name>opc::DownloadList</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>opc::DownloadsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
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
        <translation>Copy</translation>
    </message>
    <message>
        <source>Select an event to see everything it carried.</source>
        <translation>Select an event to see everything it carried.</translation>
    </message>
    <message>
        <source>Copy the details of the selected event to the clipboard</source>
        <translation>Copy the details of the selected event to the clipboard</translation>
    </message>
    <message>
        <source>Event: %1 (%2)</source>
        <translation>Event: %1 (%2)</translation>
    </message>
    <message>
        <source>Time: %1 (UTC %2)</source>
        <translation>Time: %1 (UTC %2)</translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation>Call: %1</translation>
    </message>
    <message>
        <source>Client number: %1</source>
        <translation>Client number: %1</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(not sent)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
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
        <translation>Payload:</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Event details</translation>
    </message>
</context>
<context>
    <name>opc::EventPanel</name>
    <message>
        <source>Transfers only</source>
        <translation>Transfers only</translation>
    </message>
    <message>
        <source>Filter by number, target or event</source>
        <translation>Filter by number, target or event</translation>
    </message>
    <message numerus="yes">
        <source>%n+ events</source>
        <translation>
            <numerusform>%n+ events</numerusform>
            <numerusform>%n+ events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Event filter</source>
        <translation>Event filter</translation>
    </message>
    <message>
        <source>Event list</source>
        <translation>Event list</translation>
    </message>
    <message>
        <source>Clear the event filter</source>
        <translation>Clear the event filter</translation>
    </message>
    <message>
        <source>Move into the results</source>
        <translation>Move into the results</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
</context>
<context>
    <name>opc::EventStore</name>
    <message>
        <source>The disk is full; events are kept in memory until the log can be written.</source>
        <translation>The disk is full; events are kept in memory until the log can be written.</translation>
    </message>
    <message>
        <source>The event log cannot be written (read-only or I/O error); events are kept in memory until it can.</source>
        <translation>The event log cannot be written (read-only or I/O error); events are kept in memory until it can.</translation>
    </message>
    <message>
        <source>The event log is locked by another program; events are kept in memory.</source>
        <translation>The event log is locked by another program; events are kept in memory.</translation>
    </message>
    <message>
        <source>The event log cannot be written (%1); events are kept in memory.</source>
        <translation>The event log cannot be written (%1); events are kept in memory.</translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation>Cannot create the data directory %1.</translation>
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
        <translation>Target name</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extension</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
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
        <translation>--export-log needs --data-dir.</translation>
    </message>
    <message>
        <source>--export-log needs a file name or - for standard output.</source>
        <translation>--export-log needs a file name or - for standard output.</translation>
    </message>
    <message>
        <source>Invalid --since date &quot;%1&quot;; use e.g. 2026-11-24.</source>
        <translation>Invalid --since date &quot;%1&quot;; use e.g. 2026-11-24.</translation>
    </message>
    <message>
        <source>Invalid --until date &quot;%1&quot;; use e.g. 2026-11-24.</source>
        <translation>Invalid --until date &quot;%1&quot;; use e.g. 2026-11-24.</translation>
    </message>
    <message>
        <source>--since is after --until.</source>
        <translation>--since is after --until.</translation>
    </message>
    <message>
        <source>No event log in %1.</source>
        <translation>No event log in %1.</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Cannot write to standard output.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use csv, jsonl or excel.</source>
        <translation>Unknown export format &quot;%1&quot;; use csv, jsonl or excel.</translation>
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
        <translation>The whole event log</translation>
    </message>
    <message>
        <source>Only the events matching the panel&apos;s filter</source>
        <translation>Only the events matching the panel&apos;s filter</translation>
    </message>
    <message>
        <source>JSON Lines, one event per line, for scripts</source>
        <translation>JSON Lines, one event per line, for scripts</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Export events</source>
        <translation>Export events</translation>
    </message>
    <message>
        <source>The panel has no filter set: it shows the whole log.</source>
        <translation>The panel has no filter set: it shows the whole log.</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Save to:</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choose a file to export to.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 is a folder; choose a file name.</translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Replace file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 of %2 events</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation>
            <numerusform>Exported %n event to %1.</numerusform>
            <numerusform>Exported %n events to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written to %1.</source>
        <translation>Export cancelled. Nothing was written to %1.</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <source>Excel CSV (*.csv)</source>
        <translation>Excel CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV, raw: UTC times and the fields as delivered, for scripts</source>
        <translation>CSV, raw: UTC times and the fields as delivered, for scripts</translation>
    </message>
    <message>
        <source>Excel: opens as a table, with local times and this computer&apos;s separator</source>
        <translation>Excel: opens as a table, with local times and this computer&apos;s separator</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <source>UTF-8 with BOM, the list separator of your regional settings, translated headers, one column per field</source>
        <translation>UTF-8 with BOM, the list separator of your regional settings, translated headers, one column per field</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>Cannot open %1.</translation>
    </message>
    <message>
        <source>Excel workbooks (.%1) cannot be written. Choose the Excel format: it writes a .csv file that Excel opens as a table.</source>
        <translation>Excel workbooks (.%1) cannot be written. Choose the Excel format: it writes a .csv file that Excel opens as a table.</translation>
    </message>
    <message>
        <source>A .%1 file does not match any export format; name the file .csv (CSV or Excel) or .jsonl (JSON Lines).</source>
        <translation>A .%1 file does not match any export format; name the file .csv (CSV or Excel) or .jsonl (JSON Lines).</translation>
    </message>
</context>
<context>
    <name>opc::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>opc::FindBar</name>
    <message>
        <source>Find in page</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>No matches</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>opc::InstanceClient</name>
    <message>
        <source>The socket %1 belongs to another user.</source>
        <translation>The socket %1 belongs to another user.</translation>
    </message>
    <message>
        <source>The running console did not answer.</source>
        <translation>The running console did not answer.</translation>
    </message>
</context>
<context>
    <name>opc::InstanceLock</name>
    <message>
        <source>Another Operator Console (process %1) is already using the data directory %2. Close it first, or start this one with another --data-dir.</source>
        <translation>Another Operator Console (process %1) is already using the data directory %2. Close it first, or start this one with another --data-dir.</translation>
    </message>
    <message>
        <source>Cannot lock the data directory %1.</source>
        <translation>Cannot lock the data directory %1.</translation>
    </message>
    <message>
        <source>Another Operator Console (process %1) is using the data directory %2 but does not answer. If it is stuck, end process %1 (or, if no such process runs, delete %3) and start again; or start this one with another --data-dir.</source>
        <translation>Another Operator Console (process %1) is using the data directory %2 but does not answer. If it is stuck, end process %1 (or, if no such process runs, delete %3) and start again; or start this one with another --data-dir.</translation>
    </message>
    <message>
        <source>An Operator Console on the computer %1 is already using the data directory %2. Close it first, or start this one with another --data-dir.</source>
        <translation>An Operator Console on the computer %1 is already using the data directory %2. Close it first, or start this one with another --data-dir.</translation>
    </message>
    <message>
        <source>Another user&apos;s Operator Console is already using the data directory %1. Start this one with your own --data-dir.</source>
        <translation>Another user&apos;s Operator Console is already using the data directory %1. Start this one with your own --data-dir.</translation>
    </message>
</context>
<context>
    <name>opc::LoadBanner</name>
    <message>
        <source>%1 The console refused it.</source>
        <translation>%1 The console refused it.</translation>
    </message>
    <message>
        <source>Show certificate…</source>
        <translation>Show certificate…</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>The portal can&apos;t be reached. %1</source>
        <translation>The portal can&apos;t be reached. %1</translation>
    </message>
    <message>
        <source>Retrying in %1 s.</source>
        <translation>Retrying in %1 s.</translation>
    </message>
    <message>
        <source>Retrying when the network is back.</source>
        <translation>Retrying when the network is back.</translation>
    </message>
</context>
<context>
    <name>opc::LoadProblem</name>
    <message>
        <source>This computer is not connected to the network.</source>
        <translation>This computer is not connected to the network.</translation>
    </message>
    <message>
        <source>The name %1 could not be found: check the portal&apos;s address and the network&apos;s name server.</source>
        <translation>The name %1 could not be found: check the portal&apos;s address and the network&apos;s name server.</translation>
    </message>
    <message>
        <source>%1 refused the connection: the server is down or a firewall blocks its port.</source>
        <translation>%1 refused the connection: the server is down or a firewall blocks its port.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 did not answer in time.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted (%2).</source>
        <translation>The certificate of %1 is not trusted (%2).</translation>
    </message>
    <message>
        <source>%1 answered with a server error (HTTP %2).</source>
        <translation>%1 answered with a server error (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 could not be loaded (error %2).</source>
        <translation>%1 could not be loaded (error %2).</translation>
    </message>
    <message>
        <source>%1 could not be loaded (%2).</source>
        <translation>%1 could not be loaded (%2).</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued for another name.</source>
        <translation>The certificate of %1 was issued for another name.</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not valid yet (check this computer&apos;s date).</source>
        <translation>The certificate of %1 has expired or is not valid yet (check this computer&apos;s date).</translation>
    </message>
    <message>
        <source>The certificate of %1 was not issued by an authority this computer trusts (it may be self-signed).</source>
        <translation>The certificate of %1 was not issued by an authority this computer trusts (it may be self-signed).</translation>
    </message>
    <message>
        <source>The certificate of %1 has been revoked.</source>
        <translation>The certificate of %1 has been revoked.</translation>
    </message>
    <message>
        <source>No secure connection to %1 could be made (%2).</source>
        <translation>No secure connection to %1 could be made (%2).</translation>
    </message>
</context>
<context>
    <name>opc::LogExporter</name>
    <message>
        <source>No event log at %1.</source>
        <translation>No event log at %1.</translation>
    </message>
    <message>
        <source>Cannot read the event log %1: %2</source>
        <translation>Cannot read the event log %1: %2</translation>
    </message>
    <message>
        <source>The event log %1 has schema version %2; this version reads %3.</source>
        <translation>The event log %1 has schema version %2; this version reads %3.</translation>
    </message>
    <message>
        <source>Cannot read the event log: %1</source>
        <translation>Cannot read the event log: %1</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Cannot write the export: %1</translation>
    </message>
</context>
<context>
    <name>opc::MachineConfig</name>
    <message>
        <source>%1: PortalUrl ignored: %2</source>
        <translation>%1: PortalUrl ignored: %2</translation>
    </message>
</context>
<context>
    <name>opc::MainWindow</name>
    <message>
        <source>Call events</source>
        <translation>Call events</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Connect to portal…</source>
        <translation>&amp;Connect to portal…</translation>
    </message>
    <message>
        <source>Open &amp;demo portal</source>
        <translation>Open &amp;demo portal</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Find in events</source>
        <translation>&amp;Find in events</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>&amp;About Operator Console</source>
        <translation>&amp;About Operator Console</translation>
    </message>
    <message>
        <source>The event log can&apos;t be written (%1). New events stay in the panel and are saved as soon as the log is writable again.</source>
        <translation>The event log can&apos;t be written (%1). New events stay in the panel and are saved as soon as the log is writable again.</translation>
    </message>
    <message>
        <source>Demo portal (offline, not a real Bitrix24) — %1</source>
        <translation>Demo portal (offline, not a real Bitrix24) — %1</translation>
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
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>&amp;Export events…</source>
        <translation>&amp;Export events…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>The event log was damaged. It was moved aside to %1 and a new log was started.</source>
        <translation>The event log was damaged. It was moved aside to %1 and a new log was started.</translation>
    </message>
    <message>
        <source>Show diagnostics &amp;log</source>
        <translation>Show diagnostics &amp;log</translation>
    </message>
    <message>
        <source>&amp;Copy system info</source>
        <translation>&amp;Copy system info</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Portal page</source>
        <translation>Portal page</translation>
    </message>
    <message>
        <source>Find in events</source>
        <translation>Find in events</translation>
    </message>
    <message>
        <source>Outside the portal page</source>
        <translation>Outside the portal page</translation>
    </message>
    <message>
        <source>&amp;Switch between portal and events</source>
        <translation>&amp;Switch between portal and events</translation>
    </message>
    <message>
        <source>The portal did not offer to dial %1; the number is on the clipboard.</source>
        <translation>The portal did not offer to dial %1; the number is on the clipboard.</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>&amp;Report…</translation>
    </message>
</context>
<context>
    <name>opc::OAuthClient</name>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation>The sign-in server did not answer in time.</translation>
    </message>
    <message>
        <source>Cannot reach the sign-in server: %1</source>
        <translation>Cannot reach the sign-in server: %1</translation>
    </message>
    <message>
        <source>The sign-in server sent an unexpected answer (HTTP %1).</source>
        <translation>The sign-in server sent an unexpected answer (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in has expired. Sign in again.</source>
        <translation>The sign-in has expired. Sign in again.</translation>
    </message>
    <message>
        <source>The portal rejected the application&apos;s client ID or secret.</source>
        <translation>The portal rejected the application&apos;s client ID or secret.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (%1).</source>
        <translation>The sign-in server refused the request (%1).</translation>
    </message>
    <message>
        <source>The sign-in server answered with HTTP %1.</source>
        <translation>The sign-in server answered with HTTP %1.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer has no usable tokens.</source>
        <translation>The sign-in server&apos;s answer has no usable tokens.</translation>
    </message>
    <message>
        <source>The sign-in server named a REST endpoint outside the portal.</source>
        <translation>The sign-in server named a REST endpoint outside the portal.</translation>
    </message>
</context>
<context>
    <name>opc::OAuthSettings</name>
    <message>
        <source>The portal address is missing.</source>
        <translation>The portal address is missing.</translation>
    </message>
    <message>
        <source>The portal address must start with https:// (plain http only for this computer).</source>
        <translation>The portal address must start with https:// (plain http only for this computer).</translation>
    </message>
    <message>
        <source>The application client ID is missing.</source>
        <translation>The application client ID is missing.</translation>
    </message>
    <message>
        <source>The OAuth server must be an https:// address (plain http only for this computer).</source>
        <translation>The OAuth server must be an https:// address (plain http only for this computer).</translation>
    </message>
    <message>
        <source>The redirect URI is missing.</source>
        <translation>The redirect URI is missing.</translation>
    </message>
    <message>
        <source>The redirect URI must be an http(s) address.</source>
        <translation>The redirect URI must be an http(s) address.</translation>
    </message>
</context>
<context>
    <name>opc::PermissionPolicy</name>
    <message>
        <source>%1 wants to copy to the clipboard.</source>
        <translation>%1 wants to copy to the clipboard.</translation>
    </message>
    <message>
        <source>%1 wants to use your microphone.</source>
        <translation>%1 wants to use your microphone.</translation>
    </message>
    <message>
        <source>%1 wants to use your camera.</source>
        <translation>%1 wants to use your camera.</translation>
    </message>
    <message>
        <source>%1 wants to use your microphone and camera.</source>
        <translation>%1 wants to use your microphone and camera.</translation>
    </message>
    <message>
        <source>%1 wants to show notifications.</source>
        <translation>%1 wants to show notifications.</translation>
    </message>
</context>
<context>
    <name>opc::PermissionPrompt</name>
    <message>
        <source>Permission</source>
        <translation>Permission</translation>
    </message>
    <message>
        <source>The console remembers your answer for this portal. After allowing it, copy again.</source>
        <translation>The console remembers your answer for this portal. After allowing it, copy again.</translation>
    </message>
    <message>
        <source>The console remembers your answer for this portal.</source>
        <translation>The console remembers your answer for this portal.</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Allow</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
</context>
<context>
    <name>opc::PortalAddress</name>
    <message>
        <source>Enter the address of your Bitrix24 portal, for example https://example.bitrix24.com.</source>
        <translation>Enter the address of your Bitrix24 portal, for example https://example.bitrix24.com.</translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation>A portal address cannot contain spaces.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an empty part between dots.</source>
        <translation>&quot;%1&quot; has an empty part between dots.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation>&quot;%1&quot; is not a valid web address.</translation>
    </message>
    <message>
        <source>The portal address must start with https:// (or http:// for a self-hosted portal), not %1:.</source>
        <translation>The portal address must start with https:// (or http:// for a self-hosted portal), not %1:.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the portal address; sign in on the portal page.</source>
        <translation>Do not put a user name or password in the portal address; sign in on the portal page.</translation>
    </message>
    <message>
        <source>The portal address has no host name.</source>
        <translation>The portal address has no host name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: use only letters, digits, dots and dashes.</source>
        <translation>&quot;%1&quot; is not a valid host name: use only letters, digits, dots and dashes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete address. Type the whole address, for example https://example.bitrix24.com.</source>
        <translation>&quot;%1&quot; is not a complete address. Type the whole address, for example https://example.bitrix24.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete address. Did you mean %2?</source>
        <translation>&quot;%1&quot; is not a complete address. Did you mean %2?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing its ending. Did you mean %2?</source>
        <translation>&quot;%1&quot; is missing its ending. Did you mean %2?</translation>
    </message>
    <message>
        <source>%1 is Bitrix24&apos;s own web site, not your portal. Your portal&apos;s address looks like https://&lt;name&gt;.bitrix24.com: you find it in your browser&apos;s address bar.</source>
        <translation>%1 is Bitrix24&apos;s own web site, not your portal. Your portal&apos;s address looks like https://&lt;name&gt;.bitrix24.com: you find it in your browser&apos;s address bar.</translation>
    </message>
    <message>
        <source>Bitrix24 cloud portals only work over https://. Did you mean %1?</source>
        <translation>Bitrix24 cloud portals only work over https://. Did you mean %1?</translation>
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
        <translation>Save file</translation>
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
        <translation>Reloading the portal…</translation>
    </message>
    <message>
        <source>Portal page reloading</source>
        <translation>Portal page reloading</translation>
    </message>
    <message>
        <source>The portal page keeps crashing. The event log is safe; use View &gt; Reload portal to try again.</source>
        <translation>The portal page keeps crashing. The event log is safe; use View &gt; Reload portal to try again.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Loading %1…</translation>
    </message>
    <message>
        <source>Portal loaded</source>
        <translation>Portal loaded</translation>
    </message>
    <message>
        <source>The portal could not be loaded</source>
        <translation>The portal could not be loaded</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Downloading %1…</translation>
    </message>
    <message>
        <source>Downloaded %1</source>
        <translation>Downloaded %1</translation>
    </message>
    <message>
        <source>Download of %1 failed</source>
        <translation>Download of %1 failed</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Forward</translation>
    </message>
    <message>
        <source>&amp;Reload portal</source>
        <translation>&amp;Reload portal</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Actual size</translation>
    </message>
    <message>
        <source>Find in &amp;page…</source>
        <translation>Find in &amp;page…</translation>
    </message>
    <message>
        <source>&amp;Print portal page…</source>
        <translation>&amp;Print portal page…</translation>
    </message>
    <message>
        <source>&amp;Save portal page as…</source>
        <translation>&amp;Save portal page as…</translation>
    </message>
    <message>
        <source>Forget &amp;permission choices for this portal</source>
        <translation>Forget &amp;permission choices for this portal</translation>
    </message>
    <message>
        <source>A call card is open</source>
        <translation>A call card is open</translation>
    </message>
    <message>
        <source>Reloading ends the console&apos;s part in this call: what happens on the card afterwards (a transfer, the hangup) is not recorded.</source>
        <translation>Reloading ends the console&apos;s part in this call: what happens on the card afterwards (a transfer, the hangup) is not recorded.</translation>
    </message>
    <message>
        <source>Reload anyway</source>
        <translation>Reload anyway</translation>
    </message>
    <message>
        <source>Reload the portal while a call card is open?</source>
        <translation>Reload the portal while a call card is open?</translation>
    </message>
    <message>
        <source>The portal page does not respond. A call card is open: reloading ends the console&apos;s part in that call.</source>
        <translation>The portal page does not respond. A call card is open: reloading ends the console&apos;s part in that call.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>The portal tried to open more windows than the console allows.</source>
        <translation>The portal tried to open more windows than the console allows.</translation>
    </message>
    <message>
        <source>Zoom %1 %</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>The portal will ask again before it uses the microphone, the camera, notifications or the clipboard.</source>
        <translation>The portal will ask again before it uses the microphone, the camera, notifications or the clipboard.</translation>
    </message>
    <message>
        <source>Close a portal window first: the console allows %1.</source>
        <translation>Close a portal window first: the console allows %1.</translation>
    </message>
</context>
<context>
    <name>opc::PreferencesDialog</name>
    <message>
        <source>Forever</source>
        <translation>Forever</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Notify me of transfers</source>
        <translation>Notify me of transfers</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Days to keep events</source>
        <translation>Days to keep events</translation>
    </message>
    <message>
        <source>Older events are deleted from the log on this computer. Exports you saved are not affected.</source>
        <translation>Older events are deleted from the log on this computer. Exports you saved are not affected.</translation>
    </message>
    <message>
        <source>Listen only to the background worker of this telephony app. Leave empty to listen to the first one on the portal. Applies when the portal page is next loaded.</source>
        <translation>Listen only to the background worker of this telephony app. Leave empty to listen to the first one on the portal. Applies when the portal page is next loaded.</translation>
    </message>
    <message>
        <source>Keep events:</source>
        <translation>Keep events:</translation>
    </message>
    <message>
        <source>Telephony app handler origin (optional):</source>
        <translation>Telephony app handler origin (optional):</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message>
        <source>Start with my session</source>
        <translation>Start with my session</translation>
    </message>
    <message>
        <source>Start in the system tray</source>
        <translation>Start in the system tray</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <source>When started with the session, only the tray icon appears (minimised where the desktop has no tray).</source>
        <translation>When started with the session, only the tray icon appears (minimised where the desktop has no tray).</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Ask me</translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation>Keep running in the tray</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>When the window is closed while a telephony app is attached</source>
        <translation>When the window is closed while a telephony app is attached</translation>
    </message>
    <message>
        <source>Closing the window while a telephony app is attached:</source>
        <translation>Closing the window while a telephony app is attached:</translation>
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
        <translation>cannot read the file</translation>
    </message>
    <message>
        <source>not a valid INI file</source>
        <translation>not a valid INI file</translation>
    </message>
    <message>
        <source>client_secret must not be stored in a file; use --set-client-secret</source>
        <translation>client_secret must not be stored in a file; use --set-client-secret</translation>
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
        <translation>The page&apos;s renderer was killed (exit code %1).</translation>
    </message>
    <message>
        <source>The page&apos;s renderer crashed (exit code %1).</source>
        <translation>The page&apos;s renderer crashed (exit code %1).</translation>
    </message>
</context>
<context>
    <name>opc::ReportCommand</name>
    <message>
        <source>Invalid --report date: %1 (expected YYYY-MM-DD).</source>
        <translation>Invalid --report date: %1 (expected YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Unknown report format: %1 (use html or csv).</source>
        <translation>Unknown report format: %1 (use html or csv).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>No event log at %1.</source>
        <translation>No event log at %1.</translation>
    </message>
    <message>
        <source>Cannot read the event log %1 (schema version %2).</source>
        <translation>Cannot read the event log %1 (schema version %2).</translation>
    </message>
</context>
<context>
    <name>opc::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>The log could not be read: %1</source>
        <translation>The log could not be read: %1</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
    <message>
        <source>Save report as CSV</source>
        <translation>Save report as CSV</translation>
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
        <translation>Not signed in to the portal: showing ids instead of names.</translation>
    </message>
    <message>
        <source>The portal refused the request (%1).</source>
        <translation>The portal refused the request (%1).</translation>
    </message>
    <message>
        <source>The portal refused the request (%1: %2).</source>
        <translation>The portal refused the request (%1: %2).</translation>
    </message>
    <message>
        <source>The portal is limiting requests; names will appear a little later.</source>
        <translation>The portal is limiting requests; names will appear a little later.</translation>
    </message>
    <message>
        <source>The portal&apos;s time budget for this request is used up; try again in a few minutes.</source>
        <translation>The portal&apos;s time budget for this request is used up; try again in a few minutes.</translation>
    </message>
    <message>
        <source>The portal did not answer in time.</source>
        <translation>The portal did not answer in time.</translation>
    </message>
    <message>
        <source>Cannot reach the portal: %1</source>
        <translation>Cannot reach the portal: %1</translation>
    </message>
    <message>
        <source>The portal sent an unexpected answer (HTTP %1).</source>
        <translation>The portal sent an unexpected answer (HTTP %1).</translation>
    </message>
    <message>
        <source>The portal sent an unexpected answer.</source>
        <translation>The portal sent an unexpected answer.</translation>
    </message>
    <message>
        <source>Too many commands in one batch (at most 50).</source>
        <translation>Too many commands in one batch (at most 50).</translation>
    </message>
</context>
<context>
    <name>opc::SecondLaunch</name>
    <message>
        <source>Open another portal?</source>
        <translation>Open another portal?</translation>
    </message>
    <message>
        <source>Operator Console was started for %1 but shows %2.

Switch to %1? The call events of %2 are no longer recorded while it is closed.</source>
        <translation>Operator Console was started for %1 but shows %2.

Switch to %1? The call events of %2 are no longer recorded while it is closed.</translation>
    </message>
    <message>
        <source>Switch to %1</source>
        <translation>Switch to %1</translation>
    </message>
    <message>
        <source>Stay on %1</source>
        <translation>Stay on %1</translation>
    </message>
</context>
<context>
    <name>opc::SessionAutostart</name>
    <message>
        <source>Can&apos;t write %1: %2</source>
        <translation>Can&apos;t write %1: %2</translation>
    </message>
    <message>
        <source>Can&apos;t remove %1: %2</source>
        <translation>Can&apos;t remove %1: %2</translation>
    </message>
    <message>
        <source>Operator Console</source>
        <translation>Operator Console</translation>
    </message>
    <message>
        <source>The program&apos;s path can&apos;t be used to start with the session.</source>
        <translation>The program&apos;s path can&apos;t be used to start with the session.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1.</source>
        <translation>Can&apos;t write %1.</translation>
    </message>
</context>
<context>
    <name>opc::ShortcutsDialog</name>
    <message>
        <source>Anywhere in the window</source>
        <translation>Anywhere in the window</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
</context>
<context>
    <name>opc::SignInDialog</name>
    <message>
        <source>Sign in to Bitrix24</source>
        <translation>Sign in to Bitrix24</translation>
    </message>
    <message>
        <source>Sign in so the console can show who each transfer goes to.</source>
        <translation>Sign in so the console can show who each transfer goes to.</translation>
    </message>
</context>
<context>
    <name>opc::SignInMessages</name>
    <message>
        <source>Sign-in is not set up on this computer — ask your administrator.</source>
        <translation>Sign-in is not set up on this computer — ask your administrator.</translation>
    </message>
    <message>
        <source>Sign-in is not completely set up on this computer (the application&apos;s secret is missing) — ask your administrator.</source>
        <translation>Sign-in is not completely set up on this computer (the application&apos;s secret is missing) — ask your administrator.</translation>
    </message>
    <message>
        <source>Your sign-in could not be renewed: the sign-in server can&apos;t be reached. Check the network connection, then sign in again.</source>
        <translation>Your sign-in could not be renewed: the sign-in server can&apos;t be reached. Check the network connection, then sign in again.</translation>
    </message>
    <message>
        <source>The sign-in server can&apos;t be reached. Check the network connection, then sign in again.</source>
        <translation>The sign-in server can&apos;t be reached. Check the network connection, then sign in again.</translation>
    </message>
    <message>
        <source>The portal does not accept this computer&apos;s sign-in settings — ask your administrator to check them.</source>
        <translation>The portal does not accept this computer&apos;s sign-in settings — ask your administrator to check them.</translation>
    </message>
    <message>
        <source>Your sign-in to the portal has ended. Sign in again.</source>
        <translation>Your sign-in to the portal has ended. Sign in again.</translation>
    </message>
    <message>
        <source>Your sign-in to the portal could not be renewed. Sign in again; if it keeps happening, ask your administrator.</source>
        <translation>Your sign-in to the portal could not be renewed. Sign in again; if it keeps happening, ask your administrator.</translation>
    </message>
    <message>
        <source>Signing in did not work. Try again; if it keeps happening, ask your administrator.</source>
        <translation>Signing in did not work. Try again; if it keeps happening, ask your administrator.</translation>
    </message>
    <message>
        <source>The portal did not let you sign in. Try again; if it keeps happening, ask your administrator whether your account may use the console.</source>
        <translation>The portal did not let you sign in. Try again; if it keeps happening, ask your administrator whether your account may use the console.</translation>
    </message>
    <message>
        <source>The sign-in took too long. Sign in again.</source>
        <translation>The sign-in took too long. Sign in again.</translation>
    </message>
    <message>
        <source>The system keychain is locked or not available, so the console can&apos;t keep your sign-in: you will have to sign in again next time. Unlocking it (or logging in to the computer again) usually helps; otherwise ask your administrator.</source>
        <translation>The system keychain is locked or not available, so the console can&apos;t keep your sign-in: you will have to sign in again next time. Unlocking it (or logging in to the computer again) usually helps; otherwise ask your administrator.</translation>
    </message>
</context>
<context>
    <name>opc::SignInSettingsDialog</name>
    <message>
        <source>Sign-in settings</source>
        <translation>Sign-in settings</translation>
    </message>
    <message>
        <source>Stored in the system keychain; type to replace</source>
        <translation>Stored in the system keychain; type to replace</translation>
    </message>
    <message>
        <source>From the application&apos;s settings in Bitrix24</source>
        <translation>From the application&apos;s settings in Bitrix24</translation>
    </message>
    <message>
        <source>International (oauth.bitrix.info)</source>
        <translation>International (oauth.bitrix.info)</translation>
    </message>
    <message>
        <source>Russia region (oauth.bitrix24.tech)</source>
        <translation>Russia region (oauth.bitrix24.tech)</translation>
    </message>
    <message>
        <source>Self-hosted server…</source>
        <translation>Self-hosted server…</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client secret:</translation>
    </message>
    <message>
        <source>OAuth server:</source>
        <translation>OAuth server:</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>Redirect URI:</translation>
    </message>
    <message>
        <source>These come from the local application registered for the console in your Bitrix24 portal. The secret is kept in the system keychain only.</source>
        <translation>These come from the local application registered for the console in your Bitrix24 portal. The secret is kept in the system keychain only.</translation>
    </message>
</context>
<context>
    <name>opc::TrayNotifier</name>
    <message>
        <source>Transfer requested</source>
        <translation>Transfer requested</translation>
    </message>
    <message>
        <source>&amp;Show Operator Console</source>
        <translation>&amp;Show Operator Console</translation>
    </message>
    <message>
        <source>&amp;Pause notifications</source>
        <translation>&amp;Pause notifications</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Transfer to %1</source>
        <translation>Transfer to %1</translation>
    </message>
</context>
<context>
    <name>opc::UserInfo</name>
    <message>
        <source>User %1</source>
        <translation>User %1</translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation>ext. %1</translation>
    </message>
</context>
<context>
    <name>opc::WebOrigin</name>
    <message>
        <source>An origin cannot contain spaces.</source>
        <translation>An origin cannot contain spaces.</translation>
    </message>
    <message>
        <source>Write the origin with its scheme: scheme://host[:port], for example https://telephony.example.com.</source>
        <translation>Write the origin with its scheme: scheme://host[:port], for example https://telephony.example.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid origin: expected scheme://host[:port].</source>
        <translation>&quot;%1&quot; is not a valid origin: expected scheme://host[:port].</translation>
    </message>
    <message>
        <source>The origin must start with https:// or http://, not %1://.</source>
        <translation>The origin must start with https:// or http://, not %1://.</translation>
    </message>
    <message>
        <source>An origin has no user name or password: remove &quot;%1@&quot;.</source>
        <translation>An origin has no user name or password: remove &quot;%1@&quot;.</translation>
    </message>
    <message>
        <source>The origin has no host name.</source>
        <translation>The origin has no host name.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>&quot;%1&quot; is not a valid host name.</translation>
    </message>
    <message>
        <source>An origin has no path: remove &quot;%1&quot; and keep scheme://host[:port].</source>
        <translation>An origin has no path: remove &quot;%1&quot; and keep scheme://host[:port].</translation>
    </message>
    <message>
        <source>An origin has no query or fragment: keep only scheme://host[:port].</source>
        <translation>An origin has no query or fragment: keep only scheme://host[:port].</translation>
    </message>
</context>
</TS>
