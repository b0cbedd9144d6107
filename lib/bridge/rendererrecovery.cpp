#include "rendererrecovery.h"

#include "protocol/logging.h"

#include <QTimer>

namespace opc {

RendererRecovery::RendererRecovery(QWebEnginePage *page)
    : QObject(page)
    , m_page(page)
{
    connect(page, &QWebEnginePage::renderProcessTerminated, this, &RendererRecovery::onTerminated);
    connect(page, &QWebEnginePage::loadStarted, this, [this] { m_loadStarted = true; });
    connect(page, &QWebEnginePage::urlChanged, this, [this](const QUrl &url) {
        // Remember the last web page: a crash on an internal page reloads the portal instead.
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
    scheduleReload();
}

void RendererRecovery::scheduleReload()
{
    if (m_attempts >= maxAttempts) {
        qCWarning(lcBridge) << "renderer keeps crashing; not reloading again";
        emit gaveUp();
        return;
    }
    const int attempt = ++m_attempts;
    QTimer::singleShot(500 * attempt, this, [this, attempt] {
        if (!m_page)
            return;
        qCInfo(lcBridge) << "reloading after renderer crash, attempt" << attempt;
        emit reloading(attempt);
        m_loadStarted = false;
        m_page->triggerAction(QWebEnginePage::Stop);
        if (m_lastUrl.isValid())
            m_page->load(m_lastUrl);
        else
            m_page->triggerAction(QWebEnginePage::Reload);
        // A load issued while the dead renderer is still being torn down is sometimes dropped;
        // if nothing started, try again (still bounded by maxAttempts).
        QTimer::singleShot(3000, this, [this, attempt] {
            if (m_page && !m_loadStarted && m_attempts == attempt)
                scheduleReload();
        });
    });
}

} // namespace opc
