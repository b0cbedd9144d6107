#pragma once

#include <QNetworkInformation>
#include <QObject>

namespace opc {

// Follows the system's view of the network (QNetworkInformation, where a backend is available:
// NetworkManager or GLib on Linux, the platform's own elsewhere) and says when it got better,
// e.g. the Wi-Fi came back after the machine woke up: the moment to retry a failed load.
class ReachabilityWatcher : public QObject
{
    Q_OBJECT

public:
    using Reachability = QNetworkInformation::Reachability;
    enum class Source { System, Manual };

    // Manual: nothing is loaded; tests report changes with setReachability().
    explicit ReachabilityWatcher(Source source = Source::System, QObject *parent = nullptr);

    bool hasBackend() const { return m_hasBackend; }
    Reachability reachability() const { return m_reachability; }
    bool isOffline() const { return m_reachability == Reachability::Disconnected; }

    void setReachability(Reachability reachability);

signals:
    // From Disconnected to Local, from Local to Online, and so on (never from Unknown).
    void improved();
    void reachabilityChanged(QNetworkInformation::Reachability reachability);

private:
    bool m_hasBackend = false;
    Reachability m_reachability = Reachability::Unknown;
};

} // namespace opc
