#include "reachabilitywatcher.h"

#include "protocol/logging.h"

namespace opc {

ReachabilityWatcher::ReachabilityWatcher(Source source, QObject *parent)
    : QObject(parent)
{
    if (source != Source::System)
        return;
    // One backend per process, shared by every watcher.
    m_hasBackend = QNetworkInformation::instance() ||
        QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (!m_hasBackend) {
        qCInfo(lcApp) << "no network information backend: retries follow the clock only";
        return;
    }
    QNetworkInformation *info = QNetworkInformation::instance();
    m_reachability = info->reachability();
    connect(info, &QNetworkInformation::reachabilityChanged, this, &ReachabilityWatcher::setReachability);
}

void ReachabilityWatcher::setReachability(Reachability reachability)
{
    if (reachability == m_reachability)
        return;
    const Reachability before = m_reachability;
    m_reachability = reachability;
    qCInfo(lcApp) << "network reachability:" << reachability;
    emit reachabilityChanged(reachability);
    if (before != Reachability::Unknown && int(reachability) > int(before))
        emit improved();
}

} // namespace opc
