#include "rendererrecovery.h"

#include "protocol/logging.h"

#include <QTimer>

namespace opc {

RendererRecovery::RendererRecovery(QWebEnginePage *page)
    : QObject(page)
    , m_page(page)
{
    connect(page, &QWebEnginePage::renderProcessTerminated, this, &RendererRecovery::onTerminated);
    connect(page, &QWebEnginePage::urlChanged, this, [this](const QUrl &url) {
        if (url.isValid() && !url.isEmpty())
            m_lastUrl = url;
    });
}

void RendererRecovery::onTerminated(QWebEnginePage::RenderProcessTerminationStatus status, int exitCode)
{
    if (status == QWebEnginePage::NormalTerminationStatus)
        return;
    const QString description = status == QWebEnginePage::KilledTerminationStatus
        ? tr("The page's renderer was killed (exit code %1).").arg(exitCode)
        : tr("The page's renderer crashed (exit code %1).").arg(exitCode);
    qCWarning(lcBridge) << "renderer terminated, status" << int(status) << "exit code" << exitCode;
    emit rendererCrashed(description);

    if (!m_sinceFirstCrash.isValid() || m_sinceFirstCrash.elapsed() > 60'000) {
        m_sinceFirstCrash.start();
        m_attempts = 0;
    }
    if (m_attempts >= maxAttempts) {
        qCWarning(lcBridge) << "renderer keeps crashing; not reloading again";
        emit gaveUp();
        return;
    }
    const int attempt = ++m_attempts;
    QTimer::singleShot(250 * attempt, this, [this, attempt] {
        if (!m_page)
            return;
        qCInfo(lcBridge) << "reloading after renderer crash, attempt" << attempt;
        emit reloading(attempt);
        if (m_lastUrl.isValid() && m_lastUrl.scheme().startsWith(u"http"))
            m_page->load(m_lastUrl);
        else
            m_page->triggerAction(QWebEnginePage::Reload);
    });
}

} // namespace opc
