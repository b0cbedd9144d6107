#pragma once

#include <QByteArray>
#include <QList>
#include <QRect>

class QWidget;

namespace opc {

// Puts a top-level window where it fits the screens connected now: the first start sized to the
// primary screen's available area, a saved geometry (QWidget::saveGeometry) and maximised state
// restored and clamped with WindowFit, so a window saved on a monitor that is gone comes back
// fully visible.
class WindowPlacement
{
public:
    static void restore(QWidget *window, const QByteArray &saved, const QSize &preferred);
    // The available areas of all screens, the primary's first.
    static QList<QRect> availableAreas();
};

} // namespace opc
