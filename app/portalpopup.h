#pragma once

#include <QWidget>

class QWebEngineNewWindowRequest;

namespace opc {

class PortalSession;
class PortalWebPage;
class PortalWebView;

// A window the portal opened on itself (window.open, a link with target=_blank): a console window
// on the same profile, so the same login, with the same navigation, permission and certificate
// rules as the main page, but without the bridge (the main page keeps the call card). It closes
// when the page asks (window.close()).
class PortalPopup : public QWidget
{
    Q_OBJECT

public:
    PortalPopup(PortalSession *session, QWidget *parent = nullptr);
    ~PortalPopup() override;

    PortalWebPage *page() const { return m_page; }
    PortalWebView *view() const { return m_view; }

private:
    PortalWebView *m_view;
    PortalWebPage *m_page;
};

} // namespace opc
