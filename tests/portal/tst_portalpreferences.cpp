#include "portal/portalpreferences.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using P = PortalPreferences::Permission;
using Decision = PortalPreferences::Decision;

// Each portal's choices in the console's real settings file, read back by a second instance (as
// after a restart).
class TestPortalPreferences : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(u"operator-console.ini"_s); }

private slots:
    void remembersPerPortal()
    {
        {
            PortalPreferences acme(file(), u"acme.bitrix24.com"_s);
            PortalPreferences other(file(), u"other.example.com_8443"_s);
            QCOMPARE(acme.zoomFactor(), 1.0);
            QCOMPARE(acme.decision(P::Microphone), Decision::Ask);
            acme.setZoomFactor(1.25);
            acme.remember(P::Microphone, Decision::Allow);
            acme.remember(P::Camera, Decision::Deny);
            other.remember(P::Notifications, Decision::Allow);
        }
        PortalPreferences acme(file(), u"acme.bitrix24.com"_s);
        PortalPreferences other(file(), u"other.example.com_8443"_s);
        QCOMPARE(acme.zoomFactor(), 1.25);
        QCOMPARE(acme.decision(P::Microphone), Decision::Allow);
        QCOMPARE(acme.decision(P::Camera), Decision::Deny);
        QCOMPARE(acme.decision(P::Notifications), Decision::Ask);
        QCOMPARE(other.decision(P::Notifications), Decision::Allow);
        QCOMPARE(other.decision(P::Microphone), Decision::Ask);
        QCOMPARE(other.zoomFactor(), 1.0);

        acme.forgetPermissions();
        QCOMPARE(PortalPreferences(file(), u"acme.bitrix24.com"_s).decision(P::Microphone), Decision::Ask);
        QCOMPARE(acme.zoomFactor(), 1.25);
        QCOMPARE(other.decision(P::Notifications), Decision::Allow);
    }

    void zoomOutOfRangeIsIgnored()
    {
        PortalPreferences prefs(file(), u"zoom.example.com"_s);
        prefs.setZoomFactor(40.0);
        QCOMPARE(prefs.zoomFactor(), 1.0);
        prefs.setZoomFactor(0.5);
        QCOMPARE(prefs.zoomFactor(), 0.5);
    }

    void certificatesAreTrustedPerAuthorityByFingerprint()
    {
        PortalPreferences prefs(file(), u"selfhosted.example.com_8443"_s);
        const QString fingerprint = u"AB12"_s + QString(60, u'0');
        prefs.trustCertificate(u"selfhosted.example.com:8443"_s, fingerprint);
        prefs.trustCertificate(u"selfhosted.example.com:8443"_s, fingerprint.toLower());
        PortalPreferences again(file(), u"selfhosted.example.com_8443"_s);
        QCOMPARE(again.trustedCertificates(u"selfhosted.example.com:8443"_s),
                 QStringList{fingerprint.toLower()});
        QVERIFY(again.isTrusted(u"selfhosted.example.com:8443"_s, fingerprint));
        QVERIFY(!again.isTrusted(u"selfhosted.example.com"_s, fingerprint)); // another port
        QVERIFY(!again.isTrusted(u"selfhosted.example.com:8443"_s, QString(64, u'1')));
        QVERIFY(!again.isTrusted(u"selfhosted.example.com:8443"_s, QString()));
    }

    void livesInTheConsolesSettingsFile()
    {
        PortalPreferences prefs(file(), u"file.example.com"_s);
        prefs.remember(P::ClipboardWrite, Decision::Allow);
        QFile ini(file());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray text = ini.readAll();
        QVERIFY2(text.contains("[portals]") &&
                     text.contains("file.example.com\\permissions\\clipboard_write=allow"),
                 text.constData());
    }
};

QTEST_GUILESS_MAIN(TestPortalPreferences)
#include "tst_portalpreferences.moc"
