#pragma once

#include <QElapsedTimer>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWebEnginePage>

namespace opc {

// Watches a page's renderer and, when it dies, asks for the page to be brought back: deferred
// (QtWebEngine does not support reloading from inside the termination handler) and at most
// `maxAttempts` times within a minute, so a page that crashes on every load does not spin.
// The owner recovers by loading `url` in a fresh page: in Qt 6.4 a reload of the crashed page
// sometimes comes up without the user scripts in its cross-site worker frame.
class RendererRecovery : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxAttempts = 3;

    explicit RendererRecovery(QObject *parent = nullptr);

    void watch(QWebEnginePage *page);
    int attempts() const { return m_attempts; }

signals:
    void rendererCrashed(const QString &description);
    // Load `url` again (in a new page); `attempt` counts from 1.
    void recoveryRequested(const QUrl &url, int attempt);
    void gaveUp();

private:
    void onTerminated(QWebEnginePage::RenderProcessTerminationStatus status, int exitCode);

    QPointer<QWebEnginePage> m_page;
    QList<QMetaObject::Connection> m_connections;
    QUrl m_lastUrl;
    int m_attempts = 0;
    QElapsedTimer m_sinceFirstCrash;
};

} // namespace opc
