#include "externalopener.h"

#include "protocol/logging.h"

#include <QDesktopServices>
#include <QElapsedTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace opc {

ExternalOpener::ExternalOpener(QObject *parent)
    : QObject(parent)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
{
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    m_clock = [started] {
        return started->elapsed();
    };
}

void ExternalOpener::setLimit(int count, int windowMs)
{
    m_burst = count;
    m_windowMs = windowMs;
}

bool ExternalOpener::isExternalScheme(const QUrl &url)
{
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == u"http" || scheme == u"https" || scheme == u"mailto");
}

bool ExternalOpener::open(const QUrl &url)
{
    const qint64 now = m_clock();
    while (!m_recent.isEmpty() && now - m_recent.constFirst() >= m_windowMs)
        m_recent.removeFirst();
    if (!isExternalScheme(url)) {
        ++m_refused;
        qCInfo(lcApp) << "not opened outside the console: a" << url.scheme() << "link";
        emit refused(url);
        return false;
    }
    if (m_recent.size() >= m_burst) {
        ++m_refused;
        if (!m_floodLogged) // once per flood, not once per link
            qCInfo(lcApp) << "not opening more links outside the console: too many in a short time";
        m_floodLogged = true;
        emit refused(url);
        return false;
    }
    m_floodLogged = false;
    m_recent.append(now);
    ++m_opened;
    qCInfo(lcApp) << "opening in the system browser:" << url.host();
    emit opened(url);
    return m_opener(url);
}

} // namespace opc
