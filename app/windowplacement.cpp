#include "windowplacement.h"

#include "config/windowfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

// The frame around the client area: known once the window manager has decorated the window, a
// generous guess (a title bar and borders) before the window is first shown.
QMargins frameMargins(const QWidget *window)
{
    const QRect frame = window->frameGeometry();
    const QRect client = window->geometry();
    if (window->isVisible() && frame != client)
        return QMargins(client.left() - frame.left(), client.top() - frame.top(),
                        frame.right() - client.right(), frame.bottom() - client.bottom());
    return QMargins(8, 36, 8, 8);
}

} // namespace

QList<QRect> WindowPlacement::availableAreas()
{
    QList<QRect> areas;
    if (QScreen *primary = QGuiApplication::primaryScreen())
        areas << primary->availableGeometry();
    for (QScreen *screen : QGuiApplication::screens())
        if (screen != QGuiApplication::primaryScreen())
            areas << screen->availableGeometry();
    return areas;
}

void WindowPlacement::restore(QWidget *window, const QByteArray &saved, const QSize &preferred)
{
    const QList<QRect> areas = availableAreas();
    const QMargins frame = frameMargins(window);
    if (saved.isEmpty() || !window->restoreGeometry(saved)) {
        window->setGeometry(WindowFit::initial(areas.value(0), preferred, frame));
        return;
    }
    // Qt restores onto the saved screen number, which may now be another monitor: clamp the normal
    // geometry (the one a maximised window returns to) and keep the state.
    const Qt::WindowStates state = window->windowState();
    const bool expanded = state & (Qt::WindowMaximized | Qt::WindowFullScreen);
    const QRect normal = expanded ? window->normalGeometry() : window->geometry();
    const QRect fitted = WindowFit::clamped(normal, areas, frame);
    if (fitted == normal)
        return;
    if (expanded)
        window->setWindowState(state & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    window->setGeometry(fitted);
    if (expanded)
        window->setWindowState(state);
}

} // namespace opc
