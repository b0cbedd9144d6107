#include "portalpopup.h"

#include "bridge/portalwebpage.h"
#include "portal/portalsession.h"
#include "portalwebview.h"

#include <QApplication>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {

PortalPopup::PortalPopup(PortalSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_view(new PortalWebView(this))
    , m_page(new PortalWebPage(session->profile(), this))
{
    setObjectName(u"portalPopup"_s);
    setAttribute(Qt::WA_DeleteOnClose);
    session->preparePopupPage(m_page);
    m_view->setPage(m_page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    resize(1000, 720);
    setWindowTitle(QApplication::applicationDisplayName());
    connect(m_page, &QWebEnginePage::titleChanged, this, [this](const QString &title) {
        setWindowTitle(title.isEmpty() ? QApplication::applicationDisplayName()
                                       : tr("%1 — %2").arg(title, QApplication::applicationDisplayName()));
    });
    connect(m_page, &QWebEnginePage::windowCloseRequested, this, &QWidget::close);
    connect(m_page, &QWebEnginePage::geometryChangeRequested, this, [this](const QRect &geometry) {
        if (geometry.width() > 100 && geometry.height() > 100)
            resize(geometry.size());
    });
}

PortalPopup::~PortalPopup()
{
    // The page before the view, and both before the profile.
    m_view->setPage(nullptr);
    delete m_page;
}

} // namespace opc
