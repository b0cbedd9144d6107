#include "portal/permissionpolicy.h"

#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using P = PortalPreferences::Permission;
using Decision = PortalPreferences::Decision;
using Answer = PermissionPolicy::Answer;

class TestPermissionPolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_portals = 0;
    PortalPreferences fresh() { return {m_dir.filePath(u"s.ini"_s), u"p"_s + QString::number(++m_portals)}; }

    const PermissionPolicy m_policy{WebOrigin::fromUrl(QUrl(u"https://acme.bitrix24.com/crm/"_s))};
    const QUrl m_portal{u"https://acme.bitrix24.com/"_s};

private slots:
    void portalIsAskedOnceThenRemembered()
    {
        PortalPreferences prefs = fresh();
        QCOMPARE(m_policy.answer(m_portal, QWebEnginePage::MediaAudioCapture, prefs), Answer::Ask);
        prefs.remember(P::Microphone, Decision::Allow);
        QCOMPARE(m_policy.answer(m_portal, QWebEnginePage::MediaAudioCapture, prefs), Answer::Grant);
        prefs.remember(P::Notifications, Decision::Deny);
        QCOMPARE(m_policy.answer(m_portal, QWebEnginePage::Notifications, prefs), Answer::Deny);
    }

    // Microphone and camera together need both; a "no" to either is a no.
    void audioVideoNeedsBoth()
    {
        PortalPreferences prefs = fresh();
        prefs.remember(P::Microphone, Decision::Allow);
        QCOMPARE(m_policy.answer(m_portal, QWebEnginePage::MediaAudioVideoCapture, prefs), Answer::Ask);
        prefs.remember(P::Camera, Decision::Allow);
        QCOMPARE(m_policy.answer(m_portal, QWebEnginePage::MediaAudioVideoCapture, prefs), Answer::Grant);
        prefs.remember(P::Camera, Decision::Deny);
        QCOMPARE(m_policy.answer(m_portal, QWebEnginePage::MediaAudioVideoCapture, prefs), Answer::Deny);
    }

    void otherOriginsAreDenied_data()
    {
        QTest::addColumn<QUrl>("origin");
        QTest::newRow("telephony app") << QUrl(u"https://telephony.example.com/"_s);
        QTest::newRow("plain http on the portal's host") << QUrl(u"http://acme.bitrix24.com/"_s);
        QTest::newRow("another port") << QUrl(u"https://acme.bitrix24.com:8443/"_s);
        QTest::newRow("a subdomain") << QUrl(u"https://cdn.acme.bitrix24.com/"_s);
        QTest::newRow("empty") << QUrl();
    }

    void otherOriginsAreDenied()
    {
        QFETCH(QUrl, origin);
        PortalPreferences prefs = fresh();
        prefs.remember(P::Microphone, Decision::Allow);
        prefs.remember(P::Notifications, Decision::Allow);
        QCOMPARE(m_policy.answer(origin, QWebEnginePage::MediaAudioCapture, prefs), Answer::Deny);
        QCOMPARE(m_policy.answer(origin, QWebEnginePage::Notifications, prefs), Answer::Deny);
    }

    void featuresThePortalNeverGetsAreDenied_data()
    {
        QTest::addColumn<int>("feature");
        QTest::newRow("location") << int(QWebEnginePage::Geolocation);
        QTest::newRow("mouse lock") << int(QWebEnginePage::MouseLock);
        QTest::newRow("screen") << int(QWebEnginePage::DesktopVideoCapture);
        QTest::newRow("screen and audio") << int(QWebEnginePage::DesktopAudioVideoCapture);
    }

    void featuresThePortalNeverGetsAreDenied()
    {
        QFETCH(int, feature);
        PortalPreferences prefs = fresh();
        QCOMPARE(m_policy.answer(m_portal, QWebEnginePage::Feature(feature), prefs), Answer::Deny);
        QVERIFY(PermissionPolicy::permissionsFor(QWebEnginePage::Feature(feature)).isEmpty());
        QVERIFY(
            PermissionPolicy::question(u"acme.bitrix24.com"_s, QWebEnginePage::Feature(feature)).isEmpty());
    }

    void clipboardOnlyForThePortal()
    {
        PortalPreferences prefs = fresh();
        const QUrl page(u"https://acme.bitrix24.com/crm/deal/"_s);
        QCOMPARE(m_policy.clipboardAnswer(page, prefs), Answer::Ask);
        prefs.remember(P::ClipboardWrite, Decision::Allow);
        QCOMPARE(m_policy.clipboardAnswer(page, prefs), Answer::Grant);
        QCOMPARE(m_policy.clipboardAnswer(QUrl(u"https://telephony.example.com/app"_s), prefs), Answer::Deny);
        prefs.remember(P::ClipboardWrite, Decision::Deny);
        QCOMPARE(m_policy.clipboardAnswer(page, prefs), Answer::Deny);
        QCOMPARE(PermissionPolicy::clipboardQuestion(u"acme.bitrix24.com"_s),
                 u"acme.bitrix24.com wants to copy to the clipboard."_s);
    }

    void questionsNameTheHostAndTheDevice()
    {
        QCOMPARE(PermissionPolicy::question(u"acme.bitrix24.com"_s, QWebEnginePage::MediaAudioCapture),
                 u"acme.bitrix24.com wants to use your microphone."_s);
        QVERIFY(
            PermissionPolicy::question(u"h"_s, QWebEnginePage::MediaAudioVideoCapture).contains(u"camera"));
        QVERIFY(PermissionPolicy::question(u"h"_s, QWebEnginePage::Notifications).contains(u"notifications"));
    }
};

QTEST_GUILESS_MAIN(TestPermissionPolicy)
#include "tst_permissionpolicy.moc"
