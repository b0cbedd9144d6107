#include "zoomlevels.h"

namespace opc {

const QList<qreal> &ZoomLevels::all()
{
    static const QList<qreal> levels{0.25, 0.33, 0.5,  0.67, 0.75, 0.8, 0.9, 1.0, 1.1,
                                     1.25, 1.5,  1.75, 2.0,  2.5,  3.0, 4.0, 5.0};
    return levels;
}

qreal ZoomLevels::larger(qreal factor)
{
    for (qreal level : all()) {
        if (level > factor + 0.001)
            return level;
    }
    return all().constLast();
}

qreal ZoomLevels::smaller(qreal factor)
{
    for (auto it = all().crbegin(); it != all().crend(); ++it) {
        if (*it < factor - 0.001)
            return *it;
    }
    return all().constFirst();
}

} // namespace opc
