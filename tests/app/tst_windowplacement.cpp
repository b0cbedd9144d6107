#include "windowplacement.h"

#include <QApplication>
#include <QScreen>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

using opc::WindowPlacement;

// Runs on the offscreen platform: one 800x800 screen, smaller than the console's preferred size.
class TestWindowPlacement : public QObject
{
    Q_OBJECT

    static QRect available() { return QGuiApplication::primaryScreen()->availableGeometry(); }

    static QByteArray savedGeometry(const QRect &geometry, bool maximized)
    {
        QWidget saved;
        saved.setGeometry(geometry);
        if (maximized)
            saved.setWindowState(Qt::WindowMaximized);
        return saved.saveGeometry();
    }

private slots:
    void firstStartFitsTheScreen()
    {
        QVERIFY(available().width() < 1440);
        QWidget window;
        WindowPlacement::restore(&window, {}, QSize(1440, 900));
        QVERIFY2(available().contains(window.geometry()),
                 qPrintable(u"%1x%2"_s.arg(window.width()).arg(window.height())));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(available().contains(window.windowHandle()->frameGeometry()));
        QVERIFY(window.width() > available().width() / 2);
    }

    void geometryFromABiggerMonitorComesBackVisible()
    {
        const QByteArray saved = savedGeometry(QRect(2600, 150, 1900, 1100), false);
        QWidget window;
        WindowPlacement::restore(&window, saved, QSize(1440, 900));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(available().contains(window.windowHandle()->frameGeometry()));
        QVERIFY(!window.isMaximized());
    }

    void maximisedStateIsRestoredWithAVisibleNormalGeometry()
    {
        const QByteArray saved = savedGeometry(QRect(-3000, -200, 1000, 700), true);
        QWidget window;
        WindowPlacement::restore(&window, saved, QSize(1440, 900));
        QVERIFY(window.isMaximized());
        QVERIFY(available().contains(window.normalGeometry()));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isMaximized());
    }

    void aFittingGeometryIsKeptAsSaved()
    {
        const QRect inside(available().topLeft() + QPoint(40, 60), QSize(500, 400));
        QWidget window;
        WindowPlacement::restore(&window, savedGeometry(inside, false), QSize(1440, 900));
        QCOMPARE(window.geometry(), inside);
    }
};

QTEST_MAIN(TestWindowPlacement)
#include "tst_windowplacement.moc"
