#include "backofftimer.h"

#include <QElapsedTimer>

#include <memory>

namespace opc {

BackoffTimer::BackoffTimer(QObject *parent)
    : QObject(parent)
    , m_delays{10, 20, 40, 80, 160, 300}
{
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    m_clock = [started] {
        return started->elapsed();
    };
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &BackoffTimer::tick);
}

void BackoffTimer::scheduleRetry()
{
    const int delay = m_delays.isEmpty() ? 0 : m_delays.at(qMin<qsizetype>(m_failures, m_delays.size() - 1));
    ++m_failures;
    m_deadline = m_clock() + qint64(delay) * 1000;
    m_secondsLeft = -1;
    m_ticker.start();
    tick();
}

void BackoffTimer::reset()
{
    stop();
    m_failures = 0;
}

void BackoffTimer::fireNow()
{
    stop();
    emit due();
}

void BackoffTimer::stop()
{
    m_ticker.stop();
    m_deadline = -1;
    m_secondsLeft = 0;
}

void BackoffTimer::tick()
{
    if (m_deadline < 0)
        return;
    const qint64 left = m_deadline - m_clock();
    if (left <= 0) {
        stop();
        emit due();
        return;
    }
    const int seconds = int((left + 999) / 1000);
    if (seconds != m_secondsLeft) {
        m_secondsLeft = seconds;
        emit secondsLeftChanged(seconds);
    }
}

} // namespace opc
