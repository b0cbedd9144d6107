#include "portal/loadproblem.h"

#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;
using D = QWebEngineLoadingInfo::ErrorDomain;
using K = LoadProblem::Kind;

// Chromium's error codes, as QtWebEngine reports them, in the operator's words. The codes that
// loopback loads really produce are checked on real pages in tst_portalview.
class TestLoadProblem : public QObject
{
    Q_OBJECT

private slots:
    void classifies_data()
    {
        QTest::addColumn<int>("domain");
        QTest::addColumn<int>("code");
        QTest::addColumn<K>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("ok") << int(D::NoErrorDomain) << 0 << K::None << QString();
        QTest::newRow("aborted") << int(D::InternalErrorDomain) << -3 << K::Aborted << QString();
        QTest::newRow("offline") << int(D::ConnectionErrorDomain) << -106 << K::NetworkDown
                                 << u"not connected"_s;
        QTest::newRow("network changed")
            << int(D::ConnectionErrorDomain) << -21 << K::NetworkDown << u"not connected"_s;
        QTest::newRow("no such name")
            << int(D::ConnectionErrorDomain) << -105 << K::NameNotFound << u"could not be found"_s;
        QTest::newRow("dns domain") << int(D::DnsErrorDomain) << -800 << K::NameNotFound
                                    << u"could not be found"_s;
        QTest::newRow("refused") << int(D::ConnectionErrorDomain) << -102 << K::ConnectionRefused
                                 << u"firewall blocks its port"_s;
        QTest::newRow("unsafe port") << int(D::HttpErrorDomain) << -312 << K::ConnectionRefused
                                     << u"firewall blocks its port"_s;
        QTest::newRow("timeout") << int(D::ConnectionErrorDomain) << -118 << K::TimedOut
                                 << u"did not answer"_s;
        QTest::newRow("authority") << int(D::CertificateErrorDomain) << -202 << K::Certificate
                                   << u"not issued by an authority this computer trusts"_s;
        QTest::newRow("tls") << int(D::ConnectionErrorDomain) << -107 << K::Certificate
                             << u"No secure connection"_s;
        QTest::newRow("expired") << int(D::CertificateErrorDomain) << -201 << K::Certificate << u"expired"_s;
        QTest::newRow("other name") << int(D::CertificateErrorDomain) << -200 << K::Certificate
                                    << u"issued for another name"_s;
        QTest::newRow("weak key") << int(D::CertificateErrorDomain) << -211 << K::Certificate
                                  << u"not trusted (net::SOMETHING)"_s;
        QTest::newRow("http 502") << int(D::HttpStatusCodeDomain) << 502 << K::ServerError << u"HTTP 502"_s;
        QTest::newRow("other") << int(D::InternalErrorDomain) << -2 << K::Other << u"could not be loaded"_s;
    }

    void classifies()
    {
        QFETCH(int, domain);
        QFETCH(int, code);
        QFETCH(K, kind);
        QFETCH(QString, words);
        const LoadProblem problem = LoadProblem::classify(D(domain), code, u"net::SOMETHING"_s);
        QCOMPARE(problem.kind(), kind);
        const QString text = problem.describe(u"acme.example.com"_s);
        QVERIFY2(words.isEmpty() ? text.isEmpty() : text.contains(words), qPrintable(text));
        QCOMPARE(problem.isProblem(), !words.isEmpty());
    }

    // Waiting does not make a certificate trusted; every other failure may pass by itself.
    void retryHelpsExceptForCertificates()
    {
        QVERIFY(LoadProblem::classify(D::ConnectionErrorDomain, -102).retryMayHelp());
        QVERIFY(LoadProblem::classify(D::ConnectionErrorDomain, -105).retryMayHelp());
        QVERIFY(!LoadProblem::classify(D::CertificateErrorDomain, -202).retryMayHelp());
        QVERIFY(!LoadProblem::classify(D::InternalErrorDomain, -3).retryMayHelp());
    }
};

QTEST_GUILESS_MAIN(TestLoadProblem)
#include "tst_loadproblem.moc"
