#include "closetotray.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using opc::CloseToTray;
using opc::ConsoleSettings;

class TestCloseToTray : public QObject
{
    Q_OBJECT

private slots:
    void asksOnceWhileATelephonyAppIsAttached()
    {
        QTemporaryDir dir;
        ConsoleSettings settings(dir.path());
        CloseToTray policy(&settings);
        int asked = 0;
        policy.setPrompt([&](QWidget *) {
            ++asked;
            return true;
        });

        QVERIFY(!policy.shouldHide(nullptr, true, false)); // nothing to keep recording: just quit
        QVERIFY(!policy.shouldHide(nullptr, false, true)); // no tray to come back from
        QCOMPARE(asked, 0);

        QVERIFY(policy.shouldHide(nullptr, true, true));
        QVERIFY(policy.shouldHide(nullptr, true, true));
        QCOMPARE(asked, 1);
        QCOMPARE(ConsoleSettings(dir.path()).closeAction(), ConsoleSettings::CloseAction::HideToTray);
    }

    void aNoIsRememberedToo()
    {
        QTemporaryDir dir;
        ConsoleSettings settings(dir.path());
        CloseToTray policy(&settings);
        int asked = 0;
        policy.setPrompt([&](QWidget *) {
            ++asked;
            return false;
        });
        QVERIFY(!policy.shouldHide(nullptr, true, true));
        QVERIFY(!policy.shouldHide(nullptr, true, true));
        QCOMPARE(asked, 1);
        QCOMPARE(settings.closeAction(), ConsoleSettings::CloseAction::Quit);
    }
};

QTEST_MAIN(TestCloseToTray)
#include "tst_closetotray.moc"
