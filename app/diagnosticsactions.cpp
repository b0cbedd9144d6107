#include "diagnosticsactions.h"

#include "store/diagnosticslog.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSysInfo>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

using namespace Qt::StringLiterals;

namespace opc {

DiagnosticsActions::DiagnosticsActions(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(dataDir)
    , m_open([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
}

bool DiagnosticsActions::showLog()
{
    const QString file = DiagnosticsLog::logFilePath(m_dataDir);
    const QString target = QFileInfo::exists(file) ? file : DiagnosticsLog::logDirectory(m_dataDir);
    return m_open(QUrl::fromLocalFile(target));
}

void DiagnosticsActions::copySystemInfo()
{
    QGuiApplication::clipboard()->setText(systemInfo());
}

QString DiagnosticsActions::systemInfo() const
{
    return tr("Operator Console %1").arg(QStringLiteral(OPC_VERSION)) + u'\n' +
        tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)) +
        u'\n' + tr("Chromium %1").arg(QString::fromLatin1(qWebEngineChromiumVersion())) + u'\n' +
        tr("OS: %1 (%2, kernel %3 %4)")
            .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(), QSysInfo::kernelType(),
                 QSysInfo::kernelVersion()) +
        u'\n' + tr("Data folder: %1").arg(QDir::toNativeSeparators(m_dataDir)) + u'\n';
}

} // namespace opc
