#pragma once

#include "portal/portalsession.h"

#include <QPointer>
#include <QWidget>

class QProgressBar;
class QWebEngineView;

namespace opc {

class BannerBar;
class PortalWebPage;
class RendererRecovery;

// Shows one portal session: the web view and its page, a thin load-progress bar, banners for page
// problems (the portal can't be loaded, the renderer crashed), and recovery from a renderer crash
// in a fresh page on the same profile (Qt 6.4 may bring a reloaded crashed page up without the
// user scripts in its cross-site worker frame).
class PortalView : public QWidget
{
    Q_OBJECT

public:
    explicit PortalView(QWidget *parent = nullptr);
    ~PortalView() override;

    // Drops the page of the previous session (before that session and its profile go) and opens
    // `session` in a fresh page.
    void setSession(PortalSession *session);
    PortalSession *session() const { return m_session; }
    PortalWebPage *page() const { return m_page; }
    QWebEngineView *webView() const { return m_view; }
    BannerBar *banners() const { return m_banners; }

    void reload();

signals:
    // A new page replaced the old one (a new session, or after a renderer crash).
    void pageCreated(opc::PortalWebPage *page);
    // For the window's status bar; `timeoutMs` 0 keeps it until the next message.
    void statusMessage(const QString &text, int timeoutMs);

private:
    void createPage();
    void dropPage();
    void load();
    void onLoadFinished(bool ok);

    QPointer<PortalSession> m_session;
    PortalWebPage *m_page = nullptr;
    QWebEngineView *m_view;
    QProgressBar *m_progress;
    BannerBar *m_banners;
    RendererRecovery *m_recovery;
};

} // namespace opc
