#pragma once

#include <QList>
#include <QMargins>
#include <QRect>

namespace opc {

// Where the main window goes on screen: pure arithmetic on the screens' available areas (the
// desktop minus panels and docks), so it is testable without a display. All rects are the window's
// client area; `frame` is what the window manager adds around it (title bar, borders).
namespace WindowFit {

// The first start: the preferred size, shrunk to fit `available` with a small margin, centred on it.
QRect initial(const QRect &available, const QSize &preferred, const QMargins &frame = {});

// A saved geometry brought back fully visible: onto the area it overlaps most (the first area when
// it overlaps none, e.g. its monitor was disconnected), shrunk to fit it and moved inside it.
QRect clamped(const QRect &saved, const QList<QRect> &availableAreas, const QMargins &frame = {});

} // namespace WindowFit
} // namespace opc
