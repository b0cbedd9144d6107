#include "diagnosticsactions.h"
#include "store/diagnosticslog.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QtWebEngineCore/qtwebenginecoreglobal.h>

using namespace Qt::StringLiterals;

using opc::DiagnosticsActions;
using opc::DiagnosticsLog;

class TestDiagnosticsActions : public QObject
{
    Q_OBJECT

private slots:
    void showsTheLogFileOrItsFolder()
    {
        QTemporaryDir dataDir;
        DiagnosticsActions actions(dataDir.path());
        QList<QUrl> opened;
        actions.setUrlOpener([&](const QUrl &url) {
            opened << url;
            return true;
        });

        QVERIFY(actions.showLog()); // no log yet: its folder
        QCOMPARE(opened.last(), QUrl::fromLocalFile(DiagnosticsLog::logDirectory(dataDir.path())));

        const QString file = DiagnosticsLog::logFilePath(dataDir.path());
        QVERIFY(QDir().mkpath(QFileInfo(file).path()));
        QFile log(file);
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.close();
        QVERIFY(actions.showLog());
        QCOMPARE(opened.last(), QUrl::fromLocalFile(file));
    }

    void systemInfoNamesTheVersionsAndNothingElse()
    {
        QTemporaryDir dataDir;
        DiagnosticsActions actions(dataDir.path());
        const QString info = actions.systemInfo();
        const QStringList lines = info.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0], u"Operator Console "_s + QStringLiteral(OPC_VERSION));
        QVERIFY(lines[1].startsWith(u"Qt "_s + QString::fromLatin1(qVersion())));
        QCOMPARE(lines[2], u"Chromium "_s + QString::fromLatin1(qWebEngineChromiumVersion()));
        QVERIFY(lines[3].startsWith(u"OS: "_s + QSysInfo::prettyProductName()));
        QCOMPARE(lines[4], u"Data folder: "_s + QDir::toNativeSeparators(dataDir.path()));

        actions.copySystemInfo();
        QCOMPARE(QGuiApplication::clipboard()->text(), info);
    }
};

QTEST_MAIN(TestDiagnosticsActions)
#include "tst_diagnosticsactions.moc"
