#include "loadretry.h"

#include "backofftimer.h"
#include "protocol/logging.h"
#include "reachabilitywatcher.h"
#include "wakedetector.h"

namespace opc {

LoadRetry::LoadRetry(BackoffTimer *backoff, ReachabilityWatcher *network, WakeDetector *wake, QObject *parent)
    : QObject(parent)
    , m_backoff(backoff)
    , m_network(network)
{
    connect(backoff, &BackoffTimer::due, this, [this] {
        if (isFailing())
            emit retry();
    });
    connect(backoff, &BackoffTimer::secondsLeftChanged, this, &LoadRetry::stateChanged);
    connect(network, &ReachabilityWatcher::improved, this, &LoadRetry::onBetterChance);
    connect(network, &ReachabilityWatcher::reachabilityChanged, this, &LoadRetry::stateChanged);
    connect(wake, &WakeDetector::wokeUp, this, &LoadRetry::onBetterChance);
}

void LoadRetry::loadFinished(const QWebEngineLoadingInfo &info)
{
    if (info.status() != QWebEngineLoadingInfo::LoadStartedStatus)
        loadFinished(LoadProblem::fromLoadingInfo(info));
}

void LoadRetry::loadFinished(const LoadProblem &problem)
{
    if (problem.kind() == LoadProblem::Kind::Aborted)
        return; // another load took over, or the operator stopped it
    m_problem = problem;
    if (!problem.isProblem()) {
        m_backoff->reset();
    } else if (problem.retryMayHelp()) {
        qCInfo(lcApp) << "portal load failed, error" << problem.errorCode() << "- retrying later";
        m_backoff->scheduleRetry();
    } else {
        m_backoff->reset();
    }
    emit stateChanged();
}

void LoadRetry::retryNow()
{
    m_backoff->fireNow();
    if (!isFailing())
        emit retry(); // fireNow() only retries a failure; an explicit "Retry now" always loads
}

void LoadRetry::clear()
{
    m_problem = {};
    m_backoff->reset();
    emit stateChanged();
}

int LoadRetry::secondsLeft() const
{
    return m_backoff->isActive() ? m_backoff->secondsLeft() : 0;
}

bool LoadRetry::isOffline() const
{
    return m_network->isOffline();
}

void LoadRetry::onBetterChance()
{
    if (isFailing()) {
        qCInfo(lcApp) << "retrying the portal now: the network or the machine is back";
        m_backoff->fireNow();
    } else {
        emit checkPage();
    }
}

} // namespace opc
