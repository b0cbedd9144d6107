#include "portalwebview.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QWebEnginePage>

namespace opc {

PortalWebView::PortalWebView(QWidget *parent)
    : QWebEngineView(parent)
{
}

QMenu *PortalWebView::createContextMenu()
{
    QMenu *menu = createStandardContextMenu();
    if (page())
        menu->removeAction(page()->action(QWebEnginePage::ViewSource));
    // No separator left at either end, or two in a row.
    QAction *previous = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() && (!previous || previous->isSeparator()))
            menu->removeAction(action);
        else
            previous = action;
    }
    if (previous && previous->isSeparator())
        menu->removeAction(previous);
    return menu;
}

void PortalWebView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose, true);
    menu->popup(event->globalPos());
    emit contextMenuShown(menu);
}

} // namespace opc
