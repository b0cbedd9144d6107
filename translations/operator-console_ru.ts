<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Operator Console for Bitrix24: shows the portal and records every call-card event, transfers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the portal at &lt;url&gt; and remember it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo portal (offline).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all data (log, settings, browser profile) in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read portal and sign-in settings from the INI &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen only to the worker frame of this telephony app &lt;origin&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write debug messages to the diagnostics log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the event log to &lt;file&gt; (&quot;-&quot; for standard output) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: csv or jsonl (default csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events from this ISO date or time on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events up to this ISO date (inclusive) or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the OAuth client secret from standard input into the keychain and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --portal or --demo, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --handler-origin: expected scheme://host[:port], got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format, --since and --until go with --export-log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --export-log or --set-client-secret, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-log needs a file name or &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <source>Operator Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 can&apos;t be created or written. Choose another one with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log was damaged. It was moved aside to %1 and a new log was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPresentation</name>
    <message>
        <source>Call card opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM record changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call quality rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialpad key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown target &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortalAddress</name>
    <message>
        <source>Enter the address of your Bitrix24 portal, for example https://example.bitrix24.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A portal address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal address must start with https:// (or http:// for a self-hosted portal), not %1:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a user name or password in the portal address; sign in on the portal page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitrix24 cloud portals are only reachable over https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::AuthSession</name>
    <message>
        <source>The application&apos;s client secret is not set. Ask an administrator to set it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in took too long. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in to the portal has ended. Sign in again. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t reach the system keychain: you will need to sign in again next time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::AuthorizationFlow</name>
    <message>
        <source>Sign-in was refused because the answer did not match the request. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not allow the sign-in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s answer had no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in came from another portal (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ClientSecretCommand</name>
    <message>
        <source>No portal is configured: pass --config FILE with a [portal] url first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret for %1 is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t reach the system keychain, so the client secret was not stored (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ConnectDialog</name>
    <message>
        <source>Connect to portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Bitrix24 address, as in your browser: https://&lt;name&gt;.bitrix24.com, or the address of your company&apos;s own Bitrix24 server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::DemoPortalServer</name>
    <message>
        <source>The demo portal could not listen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo app handler could not listen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::EventDetailsView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see everything it carried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the details of the selected event to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time: %1 (UTC %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::EventLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target kind / name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::EventPanel</name>
    <message>
        <source>Transfers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by number, target or event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events from this day on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show events up to and including this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n+ events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::EventStore</name>
    <message>
        <source>The disk is full; events are kept in memory until the log can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log cannot be written (read-only or I/O error); events are kept in memory until it can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log is locked by another program; events are kept in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log cannot be written (%1); events are kept in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log %1 is damaged and cannot be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log %1 was written by a newer version of the console (schema %2, this version knows %3). Update the console; the file was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log %1 was written by a newer version of the console (schema %2). Update the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log was damaged. It was moved to %1 and a new log was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::EventTableProxy</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who / details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ExportCommand</name>
    <message>
        <source>Export the event log to FILE (- for standard output) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export format: csv or jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events from this UTC date or ISO 8601 time on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events up to this UTC date (inclusive) or ISO 8601 time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-log needs --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-log needs a file name or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;; use csv or jsonl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --since date &quot;%1&quot;; use e.g. 2026-11-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --until date &quot;%1&quot;; use e.g. 2026-11-24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since is after --until.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event log in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ExportDialog</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the events matching the panel&apos;s filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines, one event per line, for scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The panel has no filter set: it shows the whole log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::InstanceLock</name>
    <message>
        <source>Another Operator Console (process %1) is already using the data directory %2. Close it first, or start this one with another --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the data directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::LogExporter</name>
    <message>
        <source>No event log at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the event log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log %1 has schema version %2; this version reads %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the event log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::MainWindow</name>
    <message>
        <source>Call events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephony app found, connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening to the call card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading the portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal page reloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal page keeps crashing. The event log is safe; use View &gt; Reload portal to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal %1 could not be loaded. Check the network connection; the console keeps its log and you can retry with View &gt; Reload portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to portal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Operator Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Operator Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Operator Console for Bitrix24&lt;/b&gt; %1&lt;br&gt;Shows your portal and records every call-card event, transfers first.&lt;br&gt;Data folder: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portal loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the telephony app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log is not available; events are shown but not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event log can&apos;t be written (%1). New events stay in the panel and are saved as soon as the log is writable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo portal could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo portal (offline, not a real Bitrix24) — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see who each transfer goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitrix24: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::OAuthClient</name>
    <message>
        <source>The sign-in server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the sign-in server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server sent an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal rejected the application&apos;s client ID or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer has no usable tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server named a REST endpoint outside the portal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::OAuthSettings</name>
    <message>
        <source>The portal address is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal address must start with https:// (plain http only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application client ID is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth server must be an https:// address (plain http only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI must be an http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::PreferencesDialog</name>
    <message>
        <source>An origin cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the origin with its scheme: scheme://host[:port], for example https://telephony.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid origin: expected scheme://host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin must start with https:// or http://, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An origin has no user name or password: remove &quot;%1@&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The origin has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An origin has no path: remove &quot;%1&quot; and keep scheme://host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An origin has no query or fragment: keep only scheme://host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me of transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to keep events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older events are deleted from the log on this computer. Exports you saved are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen only to the background worker of this telephony app. Leave empty to listen to the first one on the portal. Applies when the portal page is next loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephony app handler origin (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opc::ProvisioningConfig</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret must not be stored in a file; use --set-client-secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::RendererRecovery</name>
    <message>
        <source>The page&apos;s renderer was killed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page&apos;s renderer crashed (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::RestError</name>
    <message>
        <source>Not signed in to the portal: showing ids instead of names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal refused the request (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal is limiting requests; names will appear a little later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal&apos;s time budget for this request is used up; try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal sent an unexpected answer (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The portal sent an unexpected answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many commands in one batch (at most 50).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::SignInDialog</name>
    <message>
        <source>Sign in to Bitrix24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in so the console can show who each transfer goes to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::SignInSettingsDialog</name>
    <message>
        <source>Sign-in settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain; type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the application&apos;s settings in Bitrix24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International (oauth.bitrix.info)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia region (oauth.bitrix24.tech)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-hosted server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These come from the local application registered for the console in your Bitrix24 portal. The secret is kept in the system keychain only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::TrayNotifier</name>
    <message>
        <source>Transfer requested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opc::UserInfo</name>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ext. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
