#include "auth/memorytokenstore.h"
#include "config/consolesettings.h"
#include "connectdialog.h"
#include "console/console.h"
#include "portal/portalsession.h"
#include "portal/portaltrial.h"
#include "translatorloader.h"
#include "webtestutil.h"

#include <QApplication>
#include <QHttpServer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace opc;

// "Connect to portal": a specific message (and the address meant) for an address that is not a
// portal; with a console, the new portal replaces the working one only once it has loaded (real
// loopback servers, a closed port for the failure), or when the operator says "Use it anyway".
class TestConnectDialog : public QObject
{
    Q_OBJECT

    // A real console on a temporary data folder, showing a working loopback portal.
    struct Rig
    {
        QTemporaryDir dir;
        QHttpServer working;
        QHttpServer other;
        QUrl workingUrl;
        QUrl otherUrl;
        std::unique_ptr<Console> console;

        Rig()
        {
            test::serveHtml(working, u"/"_s, "<title>working</title><p>working portal</p>");
            test::serveHtml(other, u"/"_s, "<title>other</title><p>other portal</p>");
            workingUrl = QUrl(test::listenLoopback(working, u"127.0.0.1"_s) + u"/"_s);
            otherUrl = QUrl(test::listenLoopback(other, u"127.0.0.2"_s) + u"/"_s);
            console = std::make_unique<Console>(Console::Options{dir.path(), {}, new MemoryTokenStore});
            console->openPortal(workingUrl, true);
        }
        QUrl remembered() const { return console->settings()->portalUrl(); }
        QUrl shown() const { return console->session()->url(); }
    };

    static quint16 closedPort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost);
        const quint16 port = server.serverPort();
        server.close(); // nothing listens there any more: the connection is refused
        return port;
    }

    // Every line of `label` is inside the dialog: wrapped, not cut.
    static void verifyNotClipped(QDialog *dialog, QLabel *label)
    {
        QVERIFY(label->isVisible());
        QVERIFY(label->wordWrap());
        QTRY_VERIFY2(
            label->height() >= label->heightForWidth(label->width()),
            qPrintable(u"%1 < %2"_s.arg(label->height()).arg(label->heightForWidth(label->width()))));
        const QRect inDialog(label->mapTo(dialog, QPoint(0, 0)), label->size());
        QVERIFY(dialog->rect().contains(inDialog));
    }

private slots:
    void rejectsWithASpecificMessage_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("ftp") << u"ftp://acme.bitrix24.com"_s << u"ftp"_s;
        QTest::newRow("cloud over http") << u"http://acme.bitrix24.com"_s << u"https"_s;
        QTest::newRow("empty") << QString() << u"Enter the address"_s;
        QTest::newRow("bitrix24 site") << u"bitrix24.de"_s << u"own web site"_s;
    }
    void rejectsWithASpecificMessage()
    {
        QFETCH(QString, input);
        QFETCH(QString, message);
        ConnectDialog dialog(QUrl{});
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

    void singleWordOffersTheCloudPortal()
    {
        ConnectDialog dialog(QUrl{});
        dialog.show();
        dialog.addressEdit()->setText(u"foo"_s);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY2(dialog.errorText().contains(u"https://foo.bitrix24.com"_s), qPrintable(dialog.errorText()));
        QVERIFY(dialog.suggestionButton()->isVisible());
        QVERIFY(dialog.suggestionButton()->text().contains(u"foo.bitrix24.com"_s));
        QTest::mouseClick(dialog.suggestionButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.portalUrl(), QUrl(u"https://foo.bitrix24.com/"_s));
    }

    void acceptsAPortal()
    {
        ConnectDialog dialog(QUrl{});
        dialog.show();
        dialog.addressEdit()->setText(u"  Acme.Bitrix24.de/crm/?IFRAME=Y&code=abc "_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.portalUrl(), QUrl(u"https://acme.bitrix24.de/crm/?IFRAME=Y"_s));
    }

    // The working portal stays shown and remembered until the new one has loaded.
    void switchesOnlyOnceTheNewPortalHasLoaded()
    {
        Rig rig;
        ConnectDialog dialog(rig.workingUrl);
        dialog.setConsole(rig.console.get());
        dialog.show();
        dialog.addressEdit()->setText(rig.otherUrl.toString());
        QSignalSpy switched(rig.console.get(), &Console::portalSwitched);
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QVERIFY(dialog.isTrying());
        QVERIFY(!dialog.connectButton()->isEnabled());
        QVERIFY(dialog.statusText().contains(u"127.0.0.2"_s));
        QCOMPARE(rig.shown(), rig.workingUrl);
        QCOMPARE(rig.remembered(), rig.workingUrl);

        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        QCOMPARE(switched.count(), 1);
        QCOMPARE(rig.shown(), rig.otherUrl);
        QCOMPARE(rig.remembered(), rig.otherUrl);
        QVERIFY(!rig.console->trial());
    }

    // A portal that does not answer: the operator is told why and the console keeps the working
    // one, until "Use it anyway".
    void keepsTheWorkingPortalWhenTheNewOneFails()
    {
        Rig rig;
        const QUrl closed(u"http://127.0.0.1:%1/"_s.arg(closedPort()));
        ConnectDialog dialog(rig.workingUrl);
        dialog.setConsole(rig.console.get());
        dialog.show();
        dialog.addressEdit()->setText(closed.toString());
        QTest::mouseClick(dialog.connectButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTrying(), 20000);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.statusText().contains(u"refused the connection"_s), qPrintable(dialog.statusText()));
        QVERIFY2(dialog.statusText().contains(u"stays on 127.0.0.1"_s), qPrintable(dialog.statusText()));
        QVERIFY(dialog.connectButton()->isEnabled());
        QCOMPARE(rig.shown(), rig.workingUrl);
        QCOMPARE(rig.remembered(), rig.workingUrl);
        verifyNotClipped(&dialog, dialog.findChild<QLabel *>(u"connectStatus"_s));

        QVERIFY(dialog.useAnywayButton()->isVisible());
        QTest::mouseClick(dialog.useAnywayButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(rig.shown(), closed);
        QCOMPARE(rig.remembered(), closed);
    }

    // Cancel while the new portal loads: nothing changes, and no trial is left behind.
    void cancelKeepsTheWorkingPortal()
    {
        Rig rig;
        ConnectDialog dialog(rig.workingUrl);
        dialog.setConsole(rig.console.get());
        dialog.show();
        dialog.addressEdit()->setText(rig.otherUrl.toString());
        dialog.accept();
        QVERIFY(rig.console->trial());
        dialog.reject();
        QVERIFY(!rig.console->trial());
        QCOMPARE(rig.shown(), rig.workingUrl);
        QCOMPARE(rig.remembered(), rig.workingUrl);
    }

    // Long Russian and German messages wrap, and the dialog grows to show them whole.
    void longTranslatedMessagesAreNotClipped_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("ru") << u"ru_RU"_s;
        QTest::newRow("de") << u"de_DE"_s;
    }
    void longTranslatedMessagesAreNotClipped()
    {
        QFETCH(QString, locale);
        QCOMPARE(TranslatorLoader::install(qApp, QLocale(locale)), locale.left(2));
        const auto restore = qScopeGuard([] {
            for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        });
        Rig rig;
        ConnectDialog dialog(rig.workingUrl);
        dialog.setConsole(rig.console.get());
        dialog.show();
        dialog.addressEdit()->setText(u"http://127.0.0.1:%1/"_s.arg(closedPort()));
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTrying(), 20000);
        QVERIFY(!dialog.statusText().isEmpty());
        QVERIFY2(!dialog.statusText().contains(u"refused the connection"_s), "the cause is translated");
        verifyNotClipped(&dialog, dialog.findChild<QLabel *>(u"connectStatus"_s));
        verifyNotClipped(&dialog, dialog.findChild<QLabel *>(u"connectHint"_s));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
