#include "config/consolesettings.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

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
            settings.setPortalUrl(QUrl(u"https://example.bitrix24.com/"_s));
            settings.setRetentionDays(90);
            settings.setHandlerOrigin(u"https://app.example.net"_s);
        }
        QVERIFY(QFile::exists(dir.filePath(u"operator-console.ini"_s)));
        opc::ConsoleSettings reread(dir.path());
        QCOMPARE(reread.portalUrl(), QUrl(u"https://example.bitrix24.com/"_s));
        QCOMPARE(reread.retentionDays(), 90);
        QCOMPARE(reread.handlerOrigin(), u"https://app.example.net"_s);
        reread.setRetentionDays(-5);
        QCOMPARE(reread.retentionDays(), 0);
    }

    // One source of truth: every real change is announced once, with its key; writing the same
    // value again announces nothing. The pruner, the tray and the portal session follow these.
    void announcesEachRealChange()
    {
        QTemporaryDir dir;
        opc::ConsoleSettings settings(dir.path());
        QSignalSpy spy(&settings, &opc::ConsoleSettings::changed);
        using Key = opc::ConsoleSettings::Key;
        settings.setRetentionDays(30);
        settings.setRetentionDays(30);
        settings.setNotifyTransfers(false);
        settings.setNotifyTransfers(false);
        settings.setHandlerOrigin(u"https://app.example.net"_s);
        settings.setHandlerOrigin(u"https://app.example.net"_s);
        opc::OAuthSettings oauth;
        oauth.setPortalUrl(QUrl(u"https://acme.bitrix24.com/crm/"_s));
        oauth.setClientId(u"local.1"_s);
        settings.setOAuthSettings(oauth);
        settings.setOAuthSettings(oauth);
        QCOMPARE(spy.count(), 4);
        QCOMPARE(spy.at(0).at(0).value<Key>(), Key::RetentionDays);
        QCOMPARE(spy.at(1).at(0).value<Key>(), Key::NotifyTransfers);
        QCOMPARE(spy.at(2).at(0).value<Key>(), Key::HandlerOrigin);
        QCOMPARE(spy.at(3).at(0).value<Key>(), Key::OAuth);

        opc::ConsoleSettings reread(dir.path());
        QCOMPARE(reread.oauthSettings(), oauth);
        QCOMPARE(reread.oauthSettings().portalUrl(), QUrl(u"https://acme.bitrix24.com"_s));
        QVERIFY(!reread.notifyTransfers());
    }

    void remembersTheCloseAnswer()
    {
        QTemporaryDir dir;
        {
            opc::ConsoleSettings settings(dir.path());
            QCOMPARE(settings.closeAction(), opc::ConsoleSettings::CloseAction::Ask);
            QSignalSpy changed(&settings, &opc::ConsoleSettings::changed);
            settings.setCloseAction(opc::ConsoleSettings::CloseAction::HideToTray);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(changed.first().first().value<opc::ConsoleSettings::Key>(),
                     opc::ConsoleSettings::Key::CloseAction);
        }
        opc::ConsoleSettings reread(dir.path());
        QCOMPARE(reread.closeAction(), opc::ConsoleSettings::CloseAction::HideToTray);
        reread.setCloseAction(opc::ConsoleSettings::CloseAction::Quit);
        QCOMPARE(opc::ConsoleSettings(dir.path()).closeAction(), opc::ConsoleSettings::CloseAction::Quit);
    }
};

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
