#include "wakedetector.h"

#include "protocol/logging.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <memory>

namespace opc {

WakeDetector::WakeDetector(QObject *parent)
    : QObject(parent)
{
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    setClocks([] { return QDateTime::currentMSecsSinceEpoch(); }, [started] { return started->elapsed(); });
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &WakeDetector::check);
    m_timer.start();
}

void WakeDetector::setClocks(Clock wall, Clock monotonic)
{
    m_wall = std::move(wall);
    m_monotonic = std::move(monotonic);
    rebase();
}

void WakeDetector::setChecking(bool on)
{
    if (on) {
        rebase();
        m_timer.start();
    } else {
        m_timer.stop();
    }
}

void WakeDetector::rebase()
{
    m_lastWall = m_wall();
    m_lastMonotonic = m_monotonic();
}

void WakeDetector::check()
{
    const qint64 wall = m_wall();
    const qint64 monotonic = m_monotonic();
    const qint64 wallStep = wall - m_lastWall;
    const qint64 monotonicStep = monotonic - m_lastMonotonic;
    m_lastWall = wall;
    m_lastMonotonic = monotonic;
    const qint64 away = qMax(wallStep - monotonicStep, monotonicStep - m_timer.interval());
    if (away > m_thresholdMs) {
        qCInfo(lcApp) << "the machine was away for about" << away / 1000 << "s";
        emit wokeUp(away);
    }
}

} // namespace opc
