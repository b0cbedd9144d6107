#include "rendererrecovery.h"

#include "protocol/logging.h"

#include <QTimer>

namespace opc {

RendererRecovery::RendererRecovery(QObject *parent)
    : QObject(parent)
{
}

void RendererRecovery::watch(QWebEnginePage *page)
{
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_page = page;
    m_connections << connect(page, &QWebEnginePage::renderProcessTerminated, this,
                             &RendererRecovery::onTerminated);
    m_connections << connect(page, &QWebEnginePage::urlChanged, this, [this](const QUrl &url) {
        // Remember the last web page: a crash on an internal page brings back the portal instead.
        if (url.scheme() == u"http" || url.scheme() == u"https")
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
    const QUrl url = m_lastUrl;
    QTimer::singleShot(500 * attempt, this, [this, url, attempt] {
        qCInfo(lcBridge) << "reloading after renderer crash, attempt" << attempt;
        emit recoveryRequested(url, attempt);
    });
}

} // namespace opc
