#include "diagnosticslog.h"

#include "isotime.h"
#include "secretredactor.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

class LogFile
{
public:
    LogFile(const QString &dir, const DiagnosticsLog::Options &options)
        : m_dir(dir)
        , m_options(options)
    {
    }

    bool open()
    {
        QDir().mkpath(m_dir);
        m_file.setFileName(pathOf(0));
        return m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    }

    void write(const QByteArray &line)
    {
        if (!m_file.isOpen())
            return;
        if (m_file.size() > 0 && m_file.size() + line.size() > m_options.maxFileBytes)
            rotate();
        m_file.write(line);
        m_file.flush(); // a crash must not lose the lines that explain it
    }

    const DiagnosticsLog::Options &options() const { return m_options; }

private:
    QString pathOf(int index) const
    {
        return QDir(m_dir).filePath(index == 0 ? u"console.log"_s
                                               : u"console."_s + QString::number(index) + u".log"_s);
    }

    void rotate()
    {
        m_file.close();
        QFile::remove(pathOf(m_options.maxFiles - 1));
        for (int i = m_options.maxFiles - 2; i >= 0; --i) {
            if (QFile::exists(pathOf(i)))
                QFile::rename(pathOf(i), pathOf(i + 1));
        }
        if (m_options.maxFiles <= 1)
            QFile::remove(pathOf(0));
        m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
    }

    QString m_dir;
    DiagnosticsLog::Options m_options;
    QFile m_file;
};

QMutex mutex;
std::unique_ptr<LogFile> logFile;
bool echo = true;
QtMessageHandler previousHandler = nullptr;
bool installed = false;

void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // A message raised while writing (QFile warnings) would recurse into the lock.
    thread_local bool inside = false;
    if (inside)
        return;
    inside = true;
    const QByteArray line = DiagnosticsLog::formatLine(type, context.category, message).toUtf8();
    {
        QMutexLocker locker(&mutex);
        if (logFile)
            logFile->write(line);
        if (echo) {
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
        }
    }
    inside = false;
}

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "unknown";
}

} // namespace

QString DiagnosticsLog::logDirectory(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"logs"_s);
}

QString DiagnosticsLog::logFilePath(const QString &dataDir)
{
    return QDir(logDirectory(dataDir)).filePath(u"console.log"_s);
}

QString DiagnosticsLog::formatLine(QtMsgType type, const char *category, const QString &message)
{
    QByteArray prefix;
    appendIsoUtcMs(prefix, QDateTime::currentMSecsSinceEpoch());
    prefix.append(' ')
        .append(levelName(type))
        .append(' ')
        .append(category ? category : "default")
        .append(": ");
    return QString::fromLatin1(prefix) + SecretRedactor::redact(message) + u'\n';
}

bool DiagnosticsLog::install(const QString &dataDir, const Options &options)
{
    auto file = std::make_unique<LogFile>(logDirectory(dataDir), options);
    const bool opened = file->open();
    {
        QMutexLocker locker(&mutex);
        logFile = opened ? std::move(file) : nullptr;
        echo = options.echoToStderr;
    }
    if (!installed) {
        previousHandler = qInstallMessageHandler(handleMessage);
        installed = true;
    }
    QLoggingCategory::setFilterRules(options.verbose ? u"opconsole.*.debug=true"_s
                                                     : u"opconsole.*.debug=false"_s);
    if (!opened)
        qWarning("cannot open the diagnostics log in %s", qUtf8Printable(logDirectory(dataDir)));
    return opened;
}

void DiagnosticsLog::uninstall()
{
    if (installed) {
        qInstallMessageHandler(previousHandler);
        installed = false;
    }
    QMutexLocker locker(&mutex);
    logFile.reset();
}

} // namespace opc
