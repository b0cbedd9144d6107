#pragma once

#include <QList>

namespace opc {

// The zoom steps of the portal view (as browsers have them: 25 % to 500 %).
class ZoomLevels
{
public:
    static const QList<qreal> &all();
    // The next step above / below `factor` (which may lie between steps); the ends stay put.
    static qreal larger(qreal factor);
    static qreal smaller(qreal factor);
};

} // namespace opc
