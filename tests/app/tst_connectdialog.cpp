#include "connectdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

// "Connect to portal": a specific message for an address that is not a portal, the normalised URL
// for one that is.
class TestConnectDialog : public QObject
{
    Q_OBJECT

private slots:
    void rejectsWithASpecificMessage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("ftp") << u"ftp://acme.bitrix24.com"_s << u"ftp"_s;
        QTest::newRow("cloud over http") << u"http://acme.bitrix24.com"_s << u"https"_s;
        QTest::newRow("empty") << QString() << u"Enter the address"_s;
    }
    void rejectsWithASpecificMessage()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        opc::ConnectDialog dialog(QUrl{});
        dialog.show();
        dialog.addressEdit()->setText(input);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.errorText().contains(message), qPrintable(dialog.errorText()));
        // Typing again hides the stale message.
        QTest::keyClick(dialog.addressEdit(), Qt::Key_A);
        QVERIFY(dialog.errorText().isEmpty());
    }

    void acceptsAPortal()
    {
        opc::ConnectDialog dialog(QUrl{});
        dialog.show();
        dialog.addressEdit()->setText(u"  Acme.Bitrix24.de "_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.portalUrl(), QUrl(u"https://acme.bitrix24.de/"_s));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
