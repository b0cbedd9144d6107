#pragma once

#include "portal/portalsession.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QPrinter;
class QProgressBar;
class QWebEngineLoadingInfo;
class QWebEngineNewWindowRequest;

namespace opc {

class BackoffTimer;
class BannerBar;
class FindBar;
class LoadBanner;
class LoadRetry;
class PermissionPrompt;
class PortalDownloads;
class PortalPopup;
class PortalWebPage;
class PortalWebView;
class ReachabilityWatcher;
class RendererRecovery;
class WakeDetector;

// Shows one portal session the way a careful browser would: the web view and its page, a thin
// load-progress bar, banners for page problems (the portal can't be reached and why, a refused
// certificate, a crashed or stuck renderer), retries with back-off and after sleep or a network
// change, find in page, zoom remembered per portal, back/forward, printing, downloads, permission
// questions, and console windows for the portal's own pop-ups. Recovery from a renderer crash uses a
// fresh page on the same profile (Qt 6.4 may bring a reloaded crashed page up without the user
// scripts in its cross-site worker frame). Its actions go into the window's menus.
class PortalView : public QWidget
{
    Q_OBJECT

public:
    enum class Action {
        Back,
        Forward,
        Reload,
        ZoomIn,
        ZoomOut,
        ZoomReset,
        Find,
        Print,
        SavePage,
        ForgetPermissions
    };
    // Sets up the printer (a print dialog by default); false cancels. Tests print to a PDF file.
    using PrinterChooser = std::function<bool(QPrinter *printer)>;
    static constexpr int maxPopups = 5;
    static constexpr int pageProbeMs = 5000;

    explicit PortalView(QWidget *parent = nullptr);
    ~PortalView() override;

    // Drops the page of the previous session (before that session and its profile go) and opens
    // `session` in a fresh page.
    void setSession(PortalSession *session);
    PortalSession *session() const { return m_session; }
    PortalWebPage *page() const { return m_page; }
    PortalWebView *webView() const { return m_view; }
    BannerBar *banners() const { return m_banners; }
    FindBar *findBar() const { return m_findBar; }
    PortalDownloads *downloads() const { return m_downloads; }
    PermissionPrompt *permissionPrompt() const { return m_prompt; }
    QList<PortalPopup *> popups() const;

    QAction *action(Action action) const;
    // For the window's menus (File: print, save page, downloads; View: the rest).
    QList<QAction *> fileMenuActions() const;
    QList<QAction *> viewMenuActions() const;

    LoadRetry *loadRetry() const { return m_retry; }
    BackoffTimer *backoff() const { return m_backoff; }
    WakeDetector *wakeDetector() const { return m_wake; }
    ReachabilityWatcher *reachability() const { return m_network; }
    void setPrinterChooser(PrinterChooser chooser) { m_chooser = std::move(chooser); }

public slots:
    // Reloads the portal; while a call card is open it asks first.
    void reload();
    void print();
    // Checks that the page still answers (after sleep); brings it back if it does not.
    void checkPage();

public:
    // Opens a page of the portal (a CRM card) in the view, or in a portal window while a call card is
    // open, so that the call is not cut off (bitrix24-protocol.md §10.4).
    void openPortalPage(const QUrl &url);
    // Offers the number to the portal as its own callto: links do (Bitrix24 dials them itself when
    // telephony is on); `done(true)` when the portal took it, false when nothing handled the click.
    void dial(const QString &number, std::function<void(bool offered)> done);

signals:
    // A new page replaced the old one (a new session, or after a renderer crash).
    void pageCreated(opc::PortalWebPage *page);
    // For the window's status bar; `timeoutMs` 0 keeps it until the next message.
    void statusMessage(const QString &text, int timeoutMs);
    void printFinished(bool ok);
    // checkPage() found the page answering, or not (then it is being brought back, or asked about).
    void pageChecked(bool answering);

private:
    void createActions();
    void createPage();
    void dropPage();
    void load();
    void loadAgain();
    void recover(const QUrl &url);
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void openPopup(QWebEngineNewWindowRequest &request);
    void setZoom(qreal factor);
    void updateHistoryActions();
    void askBeforeLeavingCard(const QString &question, std::function<void()> proceed);

    QPointer<PortalSession> m_session;
    PortalWebPage *m_page = nullptr;
    PortalWebView *m_view;
    QProgressBar *m_progress;
    BannerBar *m_banners;
    FindBar *m_findBar;
    RendererRecovery *m_recovery;
    BackoffTimer *m_backoff;
    ReachabilityWatcher *m_network;
    WakeDetector *m_wake;
    LoadRetry *m_retry;
    LoadBanner *m_loadBanner;
    PortalDownloads *m_downloads;
    PermissionPrompt *m_prompt;
    QList<QAction *> m_actions;
    QList<QAction *> m_viewMenu;
    QUrl m_failedUrl;
    PrinterChooser m_chooser;
    std::unique_ptr<QPrinter> m_printer;
    quint64 m_probe = 0;
};

} // namespace opc
