#include "config/consolesettings.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestConsoleSettings : public QObject
{
    Q_OBJECT

private slots:
    void persistsInTheDataDirectory()
    {
        QTemporaryDir dir;
        {
            opc::ConsoleSettings settings(dir.path());
            QVERIFY(settings.portalUrl().isEmpty());
            QCOMPARE(settings.retentionDays(), 0);
            QVERIFY(settings.notifyTransfers());
            settings.setPortalUrl(QUrl(u"https://example.bitrix24.com/"_qs));
            settings.setRetentionDays(90);
            settings.setHandlerOrigin(u"https://app.example.net"_qs);
        }
        QVERIFY(QFile::exists(dir.filePath(u"operator-console.ini"_qs)));
        opc::ConsoleSettings reread(dir.path());
        QCOMPARE(reread.portalUrl(), QUrl(u"https://example.bitrix24.com/"_qs));
        QCOMPARE(reread.retentionDays(), 90);
        QCOMPARE(reread.handlerOrigin(), u"https://app.example.net"_qs);
        reread.setRetentionDays(-5);
        QCOMPARE(reread.retentionDays(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
