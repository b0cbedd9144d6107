#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWebEnginePage>

namespace opc {

// Reloads the page after its renderer dies, at most `maxAttempts` times within a minute and never
// from inside the termination handler (QtWebEngine does not support that), so a page that crashes
// on every load does not spin. Other widgets, like the event panel, are untouched.
class RendererRecovery : public QObject
{
    Q_OBJECT

public:
    static constexpr int maxAttempts = 3;

    explicit RendererRecovery(QWebEnginePage *page);

    int attempts() const { return m_attempts; }

signals:
    void rendererCrashed(const QString &description);
    void reloading(int attempt);
    void gaveUp();

private:
    void onTerminated(QWebEnginePage::RenderProcessTerminationStatus status, int exitCode);
    void scheduleReload();

    QPointer<QWebEnginePage> m_page;
    QUrl m_lastUrl;
    int m_attempts = 0;
    bool m_loadStarted = false;
    QElapsedTimer m_sinceFirstCrash;
};

} // namespace opc
