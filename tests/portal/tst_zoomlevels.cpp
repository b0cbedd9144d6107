#include "portal/zoomlevels.h"

#include <QTest>

using namespace opc;

class TestZoomLevels : public QObject
{
    Q_OBJECT

private slots:
    void stepsUpAndDown()
    {
        QCOMPARE(ZoomLevels::larger(1.0), 1.1);
        QCOMPARE(ZoomLevels::smaller(1.0), 0.9);
        QCOMPARE(ZoomLevels::larger(1.17), 1.25); // between steps: to the next one
        QCOMPARE(ZoomLevels::smaller(1.17), 1.1);
        QCOMPARE(ZoomLevels::larger(5.0), 5.0);
        QCOMPARE(ZoomLevels::smaller(0.25), 0.25);
        qreal factor = 1.0;
        for (int i = 0; i < 3; ++i)
            factor = ZoomLevels::larger(factor);
        for (int i = 0; i < 3; ++i)
            factor = ZoomLevels::smaller(factor);
        QCOMPARE(factor, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestZoomLevels)
#include "tst_zoomlevels.moc"
