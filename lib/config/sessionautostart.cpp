#include "sessionautostart.h"

#include "commandline.h"

#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

const QString kMinimized = u"--minimized"_s;

// Desktop Entry spec, "The Exec key": reserved characters force double quotes, inside which ",
// `, $ and \ are escaped; then the string escaping doubles every backslash; % is a field code.
QString quoteExecArgument(const QString &argument)
{
    static const QString reserved = u" \t\"'\\><~|&;$*?#()`="_s;
    QString out = argument;
    out.replace(u'%', u"%%"_s);
    const bool quote =
        out.isEmpty() || std::any_of(out.cbegin(), out.cend(), [](QChar c) { return reserved.contains(c); });
    if (quote) {
        QString escaped;
        for (const QChar c : std::as_const(out)) {
            if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
                escaped += u'\\';
            escaped += c;
        }
        out = u'"' + escaped + u'"';
    }
    return out.replace(u"\\"_s, u"\\\\"_s);
}

// CommandLineToArgvW's rules: quotes around arguments with blanks, backslashes doubled before a quote.
QString quoteWindowsArgument(const QString &argument)
{
    if (!argument.isEmpty() && !argument.contains(u' ') && !argument.contains(u'\t') &&
        !argument.contains(u'"'))
        return argument;
    QString out = u"\""_s;
    int backslashes = 0;
    for (const QChar c : argument) {
        if (c == u'\\') {
            ++backslashes;
            continue;
        }
        out += QString(c == u'"' ? backslashes * 2 + 1 : backslashes, u'\\');
        backslashes = 0;
        out += c;
    }
    return out + QString(backslashes * 2, u'\\') + u'"';
}

QString xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// Not every platform's entry is a file.
[[maybe_unused]] bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        if (error)
            *error = SessionAutostart::tr("Can't write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

[[maybe_unused]] bool removeFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = SessionAutostart::tr("Can't remove %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool hasNewline(const SessionAutostart::Entry &entry)
{
    const auto bad = [](const QString &s) {
        return s.contains(u'\n') || s.contains(u'\r');
    };
    return bad(entry.program) || std::any_of(entry.arguments.cbegin(), entry.arguments.cend(), bad);
}

#if defined(Q_OS_WIN)
const QString kRunKey = u"HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"_s;
const QString kRunValue = u"OperatorConsole"_s;
#elif defined(Q_OS_MACOS)
QString agentPath()
{
    return QDir::home().filePath(u"Library/LaunchAgents/"_s + QStringLiteral(OPC_APP_ID) + u".plist"_s);
}
#else
QString desktopPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/autostart/"_s +
        QStringLiteral(OPC_APP_ID) + u".desktop"_s;
}
#endif

} // namespace

QString SessionAutostart::currentProgram()
{
    // An AppImage's own path is in $APPIMAGE; the executable inside lives in a mount that goes away.
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty() && QFileInfo(appImage).isFile())
        return QFileInfo(appImage).absoluteFilePath();
    return QCoreApplication::applicationFilePath();
}

SessionAutostart::Entry SessionAutostart::entryFor(const QString &dataDir, bool minimized)
{
    Entry entry{currentProgram(), {}};
    if (!dataDir.isEmpty() &&
        QFileInfo(dataDir).absoluteFilePath() != QFileInfo(CommandLine::defaultDataDir()).absoluteFilePath())
        entry.arguments << u"--data-dir"_s << QDir::toNativeSeparators(QFileInfo(dataDir).absoluteFilePath());
    if (minimized)
        entry.arguments << kMinimized;
    return entry;
}

QString SessionAutostart::desktopExec(const Entry &entry)
{
    QStringList parts{quoteExecArgument(entry.program)};
    for (const QString &argument : entry.arguments)
        parts << quoteExecArgument(argument);
    return parts.join(u' ');
}

QString SessionAutostart::desktopFile(const Entry &entry)
{
    return u"[Desktop Entry]\n"
           "Type=Application\n"
           "Name=%1\n"
           "Exec=%2\n"
           "Icon=%3\n"
           "Terminal=false\n"
           "X-GNOME-Autostart-enabled=true\n"_s.arg(tr("Operator Console"), desktopExec(entry),
                                                    QStringLiteral(OPC_APP_ID));
}

QString SessionAutostart::windowsCommandLine(const Entry &entry)
{
    QStringList parts{quoteWindowsArgument(QDir::toNativeSeparators(entry.program))};
    for (const QString &argument : entry.arguments)
        parts << quoteWindowsArgument(argument);
    return parts.join(u' ');
}

QByteArray SessionAutostart::launchAgentPlist(const Entry &entry)
{
    QString arguments = u"    <string>%1</string>\n"_s.arg(xmlEscaped(entry.program));
    for (const QString &argument : entry.arguments)
        arguments += u"    <string>%1</string>\n"_s.arg(xmlEscaped(argument));
    return uR"(<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>%1</string>
  <key>ProgramArguments</key>
  <array>
%2  </array>
  <key>RunAtLoad</key>
  <true/>
  <key>LimitLoadToSessionType</key>
  <string>Aqua</string>
  <key>ProcessType</key>
  <string>Interactive</string>
</dict>
</plist>
)"_s.arg(QStringLiteral(OPC_APP_ID), arguments)
        .toUtf8();
}

QString SessionAutostart::location()
{
#if defined(Q_OS_WIN)
    return kRunKey;
#elif defined(Q_OS_MACOS)
    return agentPath();
#else
    return desktopPath();
#endif
}

SessionAutostart::State SessionAutostart::state()
{
#if defined(Q_OS_WIN)
    const QSettings run(kRunKey, QSettings::NativeFormat);
    const QString command = run.value(kRunValue).toString();
    return {!command.isEmpty(), command.contains(kMinimized)};
#elif defined(Q_OS_MACOS)
    QFile file(agentPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return {true, file.readAll().contains("<string>--minimized</string>")};
#else
    // Hidden=true or X-GNOME-Autostart-enabled=false (a desktop's own switch) disable the entry.
    QFile file(desktopPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    State state{true, false};
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line == u"Hidden=true"_s || line == u"X-GNOME-Autostart-enabled=false"_s)
            state.enabled = false;
        if (line.startsWith(u"Exec="_s))
            state.minimized = line.split(u' ').contains(kMinimized);
    }
    return state;
#endif
}

bool SessionAutostart::enable(const Entry &entry, QString *error)
{
    if (hasNewline(entry)) {
        if (error)
            *error = tr("The program's path can't be used to start with the session.");
        return false;
    }
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    run.setValue(kRunValue, windowsCommandLine(entry));
    run.sync();
    if (run.status() != QSettings::NoError) {
        if (error)
            *error = tr("Can't write %1.").arg(kRunKey);
        return false;
    }
    return true;
#elif defined(Q_OS_MACOS)
    return writeFile(agentPath(), launchAgentPlist(entry), error);
#else
    return writeFile(desktopPath(), desktopFile(entry).toUtf8(), error);
#endif
}

bool SessionAutostart::disable(QString *error)
{
#if defined(Q_OS_WIN)
    QSettings run(kRunKey, QSettings::NativeFormat);
    run.remove(kRunValue);
    run.sync();
    if (run.status() != QSettings::NoError) {
        if (error)
            *error = tr("Can't write %1.").arg(kRunKey);
        return false;
    }
    return true;
#elif defined(Q_OS_MACOS)
    return removeFile(agentPath(), error);
#else
    return removeFile(desktopPath(), error);
#endif
}

} // namespace opc
