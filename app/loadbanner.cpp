#include "loadbanner.h"

#include "bannerbar.h"
#include "certificatedialog.h"
#include "portal/loadretry.h"
#include "portal/portalsession.h"
#include "portal/portaltrust.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace opc {

LoadBanner::LoadBanner(BannerBar *banners, LoadRetry *retry, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_banners(banners)
    , m_retry(retry)
    , m_dialogParent(dialogParent)
{
    connect(retry, &LoadRetry::stateChanged, this, &LoadBanner::update);
}

void LoadBanner::update()
{
    if (!m_retry->isFailing() || !m_session) {
        m_banners->clearBanner(topic);
        m_shown = 0;
        return;
    }
    const LoadProblem problem = m_retry->problem();
    const QString host = m_session->origin().host();
    if (problem.kind() == LoadProblem::Kind::Certificate) {
        const bool known = !m_session->trust()->refusedCertificate().isEmpty();
        m_banners->showBanner(topic, tr("%1 The console refused it.").arg(problem.describe(host)),
                              BannerBar::Level::Error, known ? tr("Show certificate…") : tr("Retry now"),
                              [this, known] { known ? showCertificate() : m_retry->retryNow(); });
        m_shown = problem.errorCode();
        return;
    }
    QString text = tr("The portal can't be reached. %1").arg(problem.describe(host));
    if (m_retry->secondsLeft() > 0)
        text += u' ' + tr("Retrying in %1 s.").arg(m_retry->secondsLeft());
    else if (m_retry->isOffline())
        text += u' ' + tr("Retrying when the network is back.");
    // The countdown changes the text only: the button the operator may be about to click stays.
    if (m_shown == problem.errorCode() && m_banners->updateText(topic, text))
        return;
    m_banners->showBanner(topic, text, BannerBar::Level::Warning, tr("Retry now"),
                          [this] { m_retry->retryNow(); });
    m_shown = problem.errorCode();
}

void LoadBanner::showCertificate()
{
    PortalTrust *trust = m_session ? m_session->trust() : nullptr;
    if (!trust || trust->refusedCertificate().isEmpty())
        return;
    const QString host = m_session->origin().host();
    auto *dialog = new CertificateDialog(host, m_retry->problem().describe(host), trust->refusedCertificate(),
                                         trust->canTrustRefusedCertificate(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (!m_session)
            return;
        m_session->trust()->trustRefusedCertificate();
        m_retry->retryNow();
    });
    dialog->open();
}

} // namespace opc
