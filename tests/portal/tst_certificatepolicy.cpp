#include "portal/certificatepolicy.h"
#include "testcertificate.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using Answer = CertificatePolicy::Answer;

// Real self-signed certificates (openssl), a real settings file.
class TestCertificatePolicy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    test::TestCertificate m_cert;
    test::TestCertificate m_other;

private slots:
    void initTestCase()
    {
        m_cert = test::TestCertificate::make(u"portal.test"_s);
        m_other = test::TestCertificate::make(u"portal.test"_s);
        QVERIFY2(!m_cert.isNull() && !m_other.isNull(), "openssl could not make a certificate");
    }

    void summaryShowsWhatTheOperatorChecks()
    {
        const CertificateSummary summary = CertificateSummary::of(m_cert.certificate);
        QVERIFY2(summary.subject.contains(u"portal.test"), qPrintable(summary.subject));
        QVERIFY2(summary.issuer.contains(u"portal.test"), qPrintable(summary.issuer));
        QVERIFY(summary.selfSigned);
        QVERIFY(summary.validFrom.isValid() && summary.validUntil > summary.validFrom);
        const QByteArray der = m_cert.certificate.toDer();
        QCOMPARE(summary.sha256,
                 QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(summary.sha256Grouped().size(), 32 * 3 - 1);
        QCOMPARE(summary.sha256Grouped().left(3), summary.sha256.left(2).toUpper() + u':');
        QVERIFY(CertificateSummary::of(QSslCertificate()).isEmpty());
    }

    void refusedUnlessTrustedByFingerprint()
    {
        PortalPreferences prefs(m_dir.filePath(u"s.ini"_s), u"portal.test_8443"_s);
        const CertificatePolicy policy(WebOrigin::fromUrl(QUrl(u"https://portal.test:8443/"_s)));
        const QUrl page(u"https://portal.test:8443/stream/"_s);
        QCOMPARE(policy.answer(page, true, {m_cert.certificate}, prefs), Answer::RefuseAndShow);

        prefs.trustCertificate(u"portal.test:8443"_s, CertificateSummary::of(m_cert.certificate).sha256);
        QCOMPARE(policy.answer(page, true, {m_cert.certificate}, prefs), Answer::Accept);
        // Another certificate for the same name (a new key, an attacker's) is not the trusted one.
        QCOMPARE(policy.answer(page, true, {m_other.certificate}, prefs), Answer::RefuseAndShow);
        // Chromium says some errors can't be overridden; then nothing is accepted.
        QCOMPARE(policy.answer(page, false, {m_cert.certificate}, prefs), Answer::RefuseAndShow);
        QCOMPARE(policy.answer(page, true, {}, prefs), Answer::RefuseAndShow);
    }

    // Another host, another port, plain http: refused without asking, trusted or not.
    void elsewhereIsRefusedQuietly_data()
    {
        QTest::addColumn<QUrl>("url");
        QTest::newRow("other host") << QUrl(u"https://cdn.example.com/x.js"_s);
        QTest::newRow("other port") << QUrl(u"https://portal.test/"_s);
        QTest::newRow("subdomain") << QUrl(u"https://a.portal.test:8443/"_s);
    }

    void elsewhereIsRefusedQuietly()
    {
        QFETCH(QUrl, url);
        PortalPreferences prefs(m_dir.filePath(u"s.ini"_s), u"portal.test_8443"_s);
        prefs.trustCertificate(u"portal.test:8443"_s, CertificateSummary::of(m_cert.certificate).sha256);
        const CertificatePolicy policy(WebOrigin::fromUrl(QUrl(u"https://portal.test:8443/"_s)));
        QCOMPARE(policy.answer(url, true, {m_cert.certificate}, prefs), Answer::Refuse);
    }
};

QTEST_GUILESS_MAIN(TestCertificatePolicy)
#include "tst_certificatepolicy.moc"
