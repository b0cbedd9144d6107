#pragma once

#include "bannerbar.h"
#include "bridge/portalwebpage.h"
#include "config/consolesettings.h"
#include "portal/externalopener.h"
#include "portal/portalsession.h"
#include "portalview.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>

namespace opc::test {

// A PortalView as the window has it: a real session (settings file, browser profile under
// `dataDir`) shown in a visible view. Links that leave the console go to `launched`, never to a
// browser.
struct PortalViewRig
{
    std::unique_ptr<ConsoleSettings> settings;
    std::unique_ptr<PortalSession> session;
    std::unique_ptr<PortalView> view;
    QList<QUrl> launched;

    ~PortalViewRig()
    {
        view.reset(); // its pages before the session's profile
        session.reset();
    }
    PortalWebPage *page() const { return view->page(); }

    // Opens `url`; `prepare` runs before the session is set (clocks, choosers). Null if the view
    // could not be shown.
    static std::unique_ptr<PortalViewRig> open(const QString &url, const QString &dataDir,
                                               const std::function<void(PortalView &)> &prepare = {})
    {
        auto rig = std::make_unique<PortalViewRig>();
        rig->settings = std::make_unique<ConsoleSettings>(dataDir);
        rig->session = std::make_unique<PortalSession>(PortalSession::Target{QUrl(url), false, {}, {}},
                                                       rig->settings.get(), dataDir);
        rig->session->externalOpener()->setOpener([r = rig.get()](const QUrl &u) {
            r->launched.append(u);
            return true;
        });
        rig->view = std::make_unique<PortalView>();
        if (prepare)
            prepare(*rig->view);
        rig->view->resize(900, 700);
        rig->view->show();
        if (!QTest::qWaitForWindowExposed(rig->view.get()))
            return {};
        rig->view->setSession(rig->session.get());
        return rig;
    }

    // Waits for the page's next load to finish with `ok`.
    bool waitLoaded(bool ok = true) const
    {
        QSignalSpy finished(page(), &QWebEnginePage::loadFinished);
        return finished.wait(20000) && finished.constLast().at(0).toBool() == ok;
    }

    QPushButton *bannerButton(const QString &topic) const
    {
        QWidget *frame = view->banners()->findChild<QWidget *>(QStringLiteral("banner_") + topic);
        return frame ? frame->findChild<QPushButton *>() : nullptr;
    }
};

} // namespace opc::test
