#include "config/windowfit.h"

#include <QTest>

using namespace Qt::StringLiterals;

using namespace opc;

class TestWindowFit : public QObject
{
    Q_OBJECT

private slots:
    void firstStartFitsASmallScreen()
    {
        // 1400x900 with a 40 px panel at the bottom: the preferred 1440x900 doesn't fit.
        const QRect available(0, 0, 1400, 860);
        const QMargins frame(1, 30, 1, 1);
        const QRect r = WindowFit::initial(available, QSize(1440, 900), frame);
        QVERIFY(available.contains(r.marginsAdded(frame)));
        QVERIFY(r.width() < 1400);
        QVERIFY(r.width() > 1200); // still uses most of the screen
        QCOMPARE(r.marginsAdded(frame).center(), available.center());
    }

    void firstStartKeepsThePreferredSizeOnABigScreen()
    {
        const QRect available(1920, 0, 2560, 1400); // the second monitor
        const QRect r = WindowFit::initial(available, QSize(1440, 900));
        QCOMPARE(r.size(), QSize(1440, 900));
        QVERIFY(available.contains(r));
    }

    void savedOnADisconnectedMonitorComesBackOnThePrimary()
    {
        const QList<QRect> areas{QRect(0, 0, 1400, 860)};
        const QMargins frame(2, 28, 2, 2);
        const QRect saved(2600, 100, 2400, 1300); // the bigger monitor that is gone
        const QRect r = WindowFit::clamped(saved, areas, frame);
        QVERIFY2(areas.first().contains(r.marginsAdded(frame)),
                 qPrintable(u"%1,%2 %3x%4"_s.arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height())));
        QCOMPARE(r.marginsAdded(frame).size(), areas.first().size());
    }

    void halfOffScreenIsMovedInsideTheScreenItOverlapsMost()
    {
        const QList<QRect> areas{QRect(0, 0, 1920, 1050), QRect(1920, 0, 1280, 1000)};
        const QRect saved(2800, -50, 800, 600); // mostly on the right monitor, top and right edges out
        const QRect r = WindowFit::clamped(saved, areas);
        QCOMPARE(r, QRect(2400, 0, 800, 600));
    }

    void aFittingGeometryIsKept()
    {
        const QList<QRect> areas{QRect(0, 0, 1920, 1050), QRect(1920, 0, 1280, 1000)};
        const QRect saved(2000, 100, 1000, 700);
        QCOMPARE(WindowFit::clamped(saved, areas), saved);
    }

    void noScreensLeavesItAlone()
    {
        QCOMPARE(WindowFit::clamped(QRect(5, 5, 100, 100), {}), QRect(5, 5, 100, 100));
    }
};

QTEST_GUILESS_MAIN(TestWindowFit)
#include "tst_windowfit.moc"
