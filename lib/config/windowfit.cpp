#include "windowfit.h"

#include <algorithm>

namespace opc::WindowFit {
namespace {

// Room left around a first-start window, so it doesn't look maximised and its edges can be grabbed.
constexpr double kFreeShare = 0.05;

qint64 overlap(const QRect &a, const QRect &b)
{
    const QRect common = a.intersected(b);
    return common.isValid() ? qint64(common.width()) * common.height() : 0;
}

// Moves `frameRect` (shrunk first when bigger) inside `area`.
QRect fitInside(QRect frameRect, const QRect &area)
{
    frameRect.setSize(frameRect.size().boundedTo(area.size()));
    frameRect.moveLeft(std::clamp(frameRect.left(), area.left(), area.right() - frameRect.width() + 1));
    frameRect.moveTop(std::clamp(frameRect.top(), area.top(), area.bottom() - frameRect.height() + 1));
    return frameRect;
}

} // namespace

QRect initial(const QRect &available, const QSize &preferred, const QMargins &frame)
{
    if (!available.isValid())
        return QRect(QPoint(0, 0), preferred);
    const QSize room(int(available.width() * (1 - kFreeShare)), int(available.height() * (1 - kFreeShare)));
    const QSize frameSize =
        (preferred + QSize(frame.left() + frame.right(), frame.top() + frame.bottom())).boundedTo(room);
    QRect frameRect(QPoint(0, 0), frameSize);
    frameRect.moveCenter(available.center());
    return frameRect.marginsRemoved(frame);
}

QRect clamped(const QRect &saved, const QList<QRect> &availableAreas, const QMargins &frame)
{
    if (availableAreas.isEmpty() || !saved.isValid())
        return saved;
    const QRect frameRect = saved.marginsAdded(frame);
    const auto best =
        std::max_element(availableAreas.begin(), availableAreas.end(), [&](const QRect &a, const QRect &b) {
            return overlap(frameRect, a) < overlap(frameRect, b);
        });
    const QRect area = overlap(frameRect, *best) > 0 ? *best : availableAreas.first();
    return fitInside(frameRect, area).marginsRemoved(frame);
}

} // namespace opc::WindowFit
