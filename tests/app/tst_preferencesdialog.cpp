#include "config/consolesettings.h"
#include "preferencesdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTheStoredValues();
    void writesTheSettings();
    void cancelWritesNothing();
    void acceptsOrigins_data();
    void acceptsOrigins();
    void rejectsInvalidOrigins_data();
    void rejectsInvalidOrigins();
};

void TestPreferencesDialog::showsTheStoredValues()
{
    QTemporaryDir dir;
    {
        ConsoleSettings defaults(dir.path());
        PreferencesDialog dialog(&defaults);
        QVERIFY(dialog.keepForeverButton()->isChecked()); // the default: keep forever
        QVERIFY(!dialog.retentionDaysBox()->isEnabled());
        QVERIFY(dialog.notifyTransfersBox()->isChecked());
        QVERIFY(dialog.handlerOriginEdit()->text().isEmpty());
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    }
    ConsoleSettings settings(dir.path());
    settings.setRetentionDays(30);
    settings.setNotifyTransfers(false);
    settings.setHandlerOrigin(u"https://telephony.example.com"_s);
    PreferencesDialog dialog(&settings);
    QVERIFY(dialog.keepDaysButton()->isChecked());
    QVERIFY(dialog.retentionDaysBox()->isEnabled());
    QCOMPARE(dialog.retentionDaysBox()->value(), 30);
    QVERIFY(!dialog.notifyTransfersBox()->isChecked());
    QCOMPARE(dialog.handlerOriginEdit()->text(), u"https://telephony.example.com"_s);
}

void TestPreferencesDialog::writesTheSettings()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.path());
    {
        PreferencesDialog dialog(&settings);
        QSignalSpy days(&dialog, &PreferencesDialog::retentionDaysChanged);
        QSignalSpy notify(&dialog, &PreferencesDialog::notifyTransfersChanged);
        QSignalSpy origin(&dialog, &PreferencesDialog::handlerOriginChanged);
        dialog.keepDaysButton()->setChecked(true);
        dialog.retentionDaysBox()->setValue(14);
        dialog.notifyTransfersBox()->setChecked(false);
        dialog.handlerOriginEdit()->setText(u" HTTPS://Telephony.Example.com:443/ "_s);
        QVERIFY(dialog.errorText().isEmpty());
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).at(0).toInt(), 14);
        QCOMPARE(notify.size(), 1);
        QCOMPARE(notify.at(0).at(0).toBool(), false);
        QCOMPARE(origin.size(), 1);
        QCOMPARE(origin.at(0).at(0).toString(), u"https://telephony.example.com"_s);
    }
    {
        // Read back from the file, as the next start would.
        ConsoleSettings reread(dir.path());
        QCOMPARE(reread.retentionDays(), 14);
        QCOMPARE(reread.notifyTransfers(), false);
        QCOMPARE(reread.handlerOrigin(), u"https://telephony.example.com"_s);

        PreferencesDialog dialog(&reread);
        QSignalSpy days(&dialog, &PreferencesDialog::retentionDaysChanged);
        QSignalSpy origin(&dialog, &PreferencesDialog::handlerOriginChanged);
        dialog.keepForeverButton()->setChecked(true);
        dialog.handlerOriginEdit()->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(days.size(), 1);
        QCOMPARE(days.at(0).at(0).toInt(), 0);
        QCOMPARE(origin.size(), 1);
        QVERIFY(origin.at(0).at(0).toString().isEmpty());
    }
    ConsoleSettings reread(dir.path());
    QCOMPARE(reread.retentionDays(), 0);
    QVERIFY(reread.handlerOrigin().isEmpty());
    QCOMPARE(reread.notifyTransfers(), false);
}

void TestPreferencesDialog::cancelWritesNothing()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.path());
    PreferencesDialog dialog(&settings);
    dialog.keepDaysButton()->setChecked(true);
    dialog.handlerOriginEdit()->setText(u"http://127.0.0.2:8080"_s);
    dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    ConsoleSettings reread(dir.path());
    QCOMPARE(reread.retentionDays(), 0);
    QVERIFY(reread.handlerOrigin().isEmpty());
}

void TestPreferencesDialog::acceptsOrigins_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("origin");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("https") << u"https://telephony.example.com"_s << u"https://telephony.example.com"_s;
    QTest::newRow("port") << u"http://127.0.0.2:8080"_s << u"http://127.0.0.2:8080"_s;
    QTest::newRow("default port, slash") << u"http://Apps.Example.com:80/"_s << u"http://apps.example.com"_s;
    QTest::newRow("ipv6") << u"https://[::1]:8443"_s << u"https://[::1]:8443"_s;
    QTest::newRow("idn") << u"https://телефония.рф"_s << u"https://xn--e1aajklfyt6h.xn--p1ai"_s;
}

void TestPreferencesDialog::acceptsOrigins()
{
    QFETCH(QString, input);
    QFETCH(QString, origin);
    const auto check = PreferencesDialog::checkHandlerOrigin(input);
    QVERIFY2(check.isValid(), qPrintable(check.error));
    QCOMPARE(check.origin, origin);
}

void TestPreferencesDialog::rejectsInvalidOrigins_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason"); // a word of the specific message
    QTest::newRow("no scheme") << u"telephony.example.com"_s << u"scheme"_s;
    QTest::newRow("ftp") << u"ftp://telephony.example.com"_s << u"ftp://"_s;
    QTest::newRow("path") << u"https://telephony.example.com/app/handler"_s << u"/app/handler"_s;
    QTest::newRow("query") << u"https://telephony.example.com?x=1"_s << u"query"_s;
    QTest::newRow("user") << u"https://admin@telephony.example.com"_s << u"user name"_s;
    QTest::newRow("space") << u"https://telephony example.com"_s << u"spaces"_s;
    QTest::newRow("no host") << u"https://:8080"_s << u"origin"_s;
    QTest::newRow("bad port") << u"https://example.com:99999"_s << u"scheme://host[:port]"_s;
}

void TestPreferencesDialog::rejectsInvalidOrigins()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    ConsoleSettings settings(dir.path());
    settings.setHandlerOrigin(u"https://old.example.com"_s);
    PreferencesDialog dialog(&settings);
    QSignalSpy origin(&dialog, &PreferencesDialog::handlerOriginChanged);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.handlerOriginEdit()->clear();
    QTest::keyClicks(dialog.handlerOriginEdit(), input);

    const QString error = dialog.errorText();
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
    // Enter (or a direct accept) is refused too.
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(origin.size(), 0);
    QCOMPARE(ConsoleSettings(dir.path()).handlerOrigin(), u"https://old.example.com"_s);

    // Fixing the input clears the message and enables OK.
    dialog.handlerOriginEdit()->setText(u"https://new.example.com"_s);
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
