#include "config/consolesettings.h"
#include "config/sessionautostart.h"
#include "preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;

// The dialog writes ConsoleSettings; what listens (pruner, tray, portal session) follows the
// settings' changed(key), so that is what a change must produce.
class TestPreferencesDialog : public QObject
{
    Q_OBJECT

    static QList<ConsoleSettings::Key> keys(const QSignalSpy &changed)
    {
        QList<ConsoleSettings::Key> result;
        for (const auto &arguments : changed)
            result << arguments.at(0).value<ConsoleSettings::Key>();
        return result;
    }

    QTemporaryDir m_xdgConfig;

    QString autostartFile() const
    {
        return m_xdgConfig.filePath(u"autostart/"_s + QStringLiteral(OPC_APP_ID) + u".desktop"_s);
    }
    QByteArray autostartExec() const
    {
        QFile file(autostartFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        for (const QByteArray &line : file.readAll().split('\n')) {
            if (line.startsWith("Exec="))
                return line.mid(5);
        }
        return {};
    }

private slots:
    // The desktop's autostart folder is a temporary one: the tests never touch the real session.
    void initTestCase()
    {
        QVERIFY(m_xdgConfig.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_xdgConfig.path()));
    }
    void startWithSessionFollowsTheAutostartEntry();
    void closeActionCanBeChanged();
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
    using Key = ConsoleSettings::Key;
    QTemporaryDir dir;
    ConsoleSettings settings(dir.path());
    {
        PreferencesDialog dialog(&settings);
        QSignalSpy changed(&settings, &ConsoleSettings::changed);
        dialog.keepDaysButton()->setChecked(true);
        dialog.retentionDaysBox()->setValue(14);
        dialog.notifyTransfersBox()->setChecked(false);
        dialog.handlerOriginEdit()->setText(u" HTTPS://Telephony.Example.com:443/ "_s);
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(changed.isEmpty()); // nothing before OK
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(keys(changed), (QList<Key>{Key::RetentionDays, Key::NotifyTransfers, Key::HandlerOrigin}));
        QCOMPARE(settings.retentionDays(), 14);
        QCOMPARE(settings.notifyTransfers(), false);
        QCOMPARE(settings.handlerOrigin(), u"https://telephony.example.com"_s);
    }
    {
        // Read back from the file, as the next start would.
        ConsoleSettings reread(dir.path());
        QCOMPARE(reread.retentionDays(), 14);
        QCOMPARE(reread.notifyTransfers(), false);
        QCOMPARE(reread.handlerOrigin(), u"https://telephony.example.com"_s);

        // Only what really changed is announced.
        PreferencesDialog dialog(&reread);
        QSignalSpy changed(&reread, &ConsoleSettings::changed);
        dialog.keepForeverButton()->setChecked(true);
        dialog.handlerOriginEdit()->clear();
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(keys(changed), (QList<Key>{Key::RetentionDays, Key::HandlerOrigin}));
        QCOMPARE(reread.retentionDays(), 0);
        QVERIFY(reread.handlerOrigin().isEmpty());
    }
    ConsoleSettings reread(dir.path());
    QCOMPARE(reread.retentionDays(), 0);
    QVERIFY(reread.handlerOrigin().isEmpty());
    QCOMPARE(reread.notifyTransfers(), false);

    // OK without touching anything announces nothing.
    PreferencesDialog dialog(&reread);
    QSignalSpy changed(&reread, &ConsoleSettings::changed);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(changed.isEmpty());
}

void TestPreferencesDialog::cancelWritesNothing()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.path());
    PreferencesDialog dialog(&settings);
    QSignalSpy changed(&settings, &ConsoleSettings::changed);
    dialog.keepDaysButton()->setChecked(true);
    dialog.handlerOriginEdit()->setText(u"http://127.0.0.2:8080"_s);
    dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(changed.isEmpty());
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
    QSignalSpy changed(&settings, &ConsoleSettings::changed);
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
    QVERIFY(changed.isEmpty());
    QCOMPARE(ConsoleSettings(dir.path()).handlerOrigin(), u"https://old.example.com"_s);

    // Fixing the input clears the message and enables OK.
    dialog.handlerOriginEdit()->setText(u"https://new.example.com"_s);
    QVERIFY(dialog.errorText().isEmpty());
    QVERIFY(dialog.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestPreferencesDialog::startWithSessionFollowsTheAutostartEntry()
{
    QTemporaryDir dir;
    ConsoleSettings settings(dir.path());
    {
        PreferencesDialog dialog(&settings);
        QVERIFY(!dialog.startWithSessionBox()->isChecked()); // off by default
        QVERIFY(!dialog.startInTrayBox()->isEnabled());
        dialog.startWithSessionBox()->setChecked(true);
        QVERIFY(dialog.startInTrayBox()->isEnabled());
        dialog.startInTrayBox()->setChecked(true);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QVERIFY(QFile::exists(autostartFile()));
    QCOMPARE(autostartExec(),
             (QCoreApplication::applicationFilePath() + u" --data-dir "_s +
              QFileInfo(dir.path()).absoluteFilePath() + u" --minimized"_s)
                 .toUtf8());
    {
        PreferencesDialog dialog(&settings);
        QVERIFY(dialog.startWithSessionBox()->isChecked());
        QVERIFY(dialog.startInTrayBox()->isChecked());
        QVERIFY(dialog.startInTrayBox()->isEnabled());
        dialog.startInTrayBox()->setChecked(false);
        dialog.accept();
    }
    QVERIFY(!autostartExec().contains("--minimized"));

    // Removed by hand (or by the desktop's own settings): the dialog shows it is off.
    QVERIFY(QFile::remove(autostartFile()));
    {
        PreferencesDialog dialog(&settings);
        QVERIFY(!dialog.startWithSessionBox()->isChecked());
        dialog.startWithSessionBox()->setChecked(true);
        dialog.accept();
    }
    QVERIFY(QFile::exists(autostartFile()));
    {
        PreferencesDialog dialog(&settings);
        QVERIFY(dialog.startWithSessionBox()->isChecked());
        dialog.startWithSessionBox()->setChecked(false);
        dialog.accept();
    }
    QVERIFY(!QFile::exists(autostartFile()));
    QVERIFY(!SessionAutostart::state().enabled);
}

void TestPreferencesDialog::closeActionCanBeChanged()
{
    using Action = ConsoleSettings::CloseAction;
    QTemporaryDir dir;
    ConsoleSettings settings(dir.path());
    QSignalSpy changed(&settings, &ConsoleSettings::changed);
    {
        PreferencesDialog dialog(&settings);
        QCOMPARE(dialog.closeActionBox()->currentData().value<Action>(), Action::Ask);
        dialog.accept();
    }
    QVERIFY(!keys(changed).contains(ConsoleSettings::Key::CloseAction));
    {
        PreferencesDialog dialog(&settings);
        dialog.closeActionBox()->setCurrentIndex(
            dialog.closeActionBox()->findData(QVariant::fromValue(Action::HideToTray)));
        dialog.accept();
    }
    QCOMPARE(settings.closeAction(), Action::HideToTray);
    PreferencesDialog dialog(&settings);
    QCOMPARE(dialog.closeActionBox()->currentData().value<Action>(), Action::HideToTray);
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
