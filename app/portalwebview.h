#pragma once

#include <QWebEngineView>

namespace opc {

// The view of a portal page. Its context menu is the page's standard one without the entries that
// open nothing in the console ("View page source" opens a new window on a view-source: URL, which
// the navigation policy refuses); "Save page", "Save link" and "Open link in new window" go
// through the console's downloads and window rules like everything else.
class PortalWebView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit PortalWebView(QWidget *parent = nullptr);

    // What a right click shows now (for the last context-menu request); the caller owns it.
    QMenu *createContextMenu();

signals:
    // A context menu is shown (tests look into it).
    void contextMenuShown(QMenu *menu);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
};

} // namespace opc
