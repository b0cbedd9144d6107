#include "certificatedialog.h"
#include "testcertificate.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace opc;
using namespace Qt::StringLiterals;

// What the operator reads before trusting a certificate, on a real self-signed one (openssl).
class TestCertificateDialog : public QObject
{
    Q_OBJECT

    static QString field(const QDialog &dialog, const QString &name)
    {
        const auto *label = dialog.findChild<QLabel *>(name);
        return label ? label->text() : QString();
    }

private slots:
    void showsTheCertificateAndNeedsAConfirmation()
    {
        const test::TestCertificate made = test::TestCertificate::make(u"intranet.example.com"_s);
        QVERIFY(!made.isNull());
        const CertificateSummary summary = CertificateSummary::of(made.certificate);
        CertificateDialog dialog(u"intranet.example.com"_s, u"The certificate is not trusted."_s, summary,
                                 true);
        dialog.show();
        QVERIFY(field(dialog, u"subject"_s).contains(u"intranet.example.com"));
        QVERIFY(field(dialog, u"issuer"_s).contains(u"self-signed"));
        QCOMPARE(field(dialog, u"fingerprint"_s), summary.sha256Grouped());
        QVERIFY(!field(dialog, u"validFrom"_s).isEmpty() && !field(dialog, u"validUntil"_s).isEmpty());
        QVERIFY(dialog.windowTitle().contains(u"intranet.example.com"));

        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QVERIFY(!dialog.trustButton()->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_Return); // Enter closes: the default is not to trust
        QCOMPARE(accepted.size(), 0);
        QVERIFY(!dialog.isVisible());
        dialog.show();
        dialog.confirmation()->click();
        dialog.trustButton()->click();
        QCOMPARE(accepted.size(), 1);
    }

    void anErrorThatCannotBeOverriddenOffersNoTrust()
    {
        const test::TestCertificate made = test::TestCertificate::make(u"revoked.example.com"_s);
        QVERIFY(!made.isNull());
        CertificateDialog dialog(u"revoked.example.com"_s, u"Revoked."_s,
                                 CertificateSummary::of(made.certificate), false);
        dialog.show();
        QVERIFY(!dialog.trustButton()->isVisible());
        QVERIFY(!dialog.confirmation()->isVisible());
        QCOMPARE(field(dialog, u"fingerprint"_s), CertificateSummary::of(made.certificate).sha256Grouped());
    }
};

QTEST_MAIN(TestCertificateDialog)
#include "tst_certificatedialog.moc"
