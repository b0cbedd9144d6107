#include "bridgehealth.h"

#include "protocol/logging.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace opc {

BridgeHealth::BridgeHealth(QObject *parent)
    : QObject(parent)
{
    m_summaryTimer.setSingleShot(true);
    connect(&m_summaryTimer, &QTimer::timeout, this, &BridgeHealth::logSummary);
}

int BridgeHealth::listeningFrames() const
{
    return int(std::count_if(m_frames.begin(), m_frames.end(), [](const Frame &f) { return f.listening; }));
}

bool BridgeHealth::isAttack(const QString &reason)
{
    static const QStringList attacks{u"echo-request-blocked"_s, u"synthetic-event"_s, u"relay-bad-token"_s,
                                     u"credential-in-payload"_s, u"command-reply-as-event"_s};
    return attacks.contains(reason);
}

int BridgeHealth::attacks() const
{
    int total = 0;
    for (auto it = m_refusedByReason.begin(); it != m_refusedByReason.end(); ++it) {
        if (isAttack(it.key()))
            total += it.value();
    }
    return total;
}

void BridgeHealth::setFrames(const QList<Frame> &frames)
{
    m_frames = frames;
    emit changed();
}

void BridgeHealth::noteEvent(const QDateTime &when)
{
    m_lastEvent = when;
    emit changed();
}

void BridgeHealth::noteDuplicate()
{
    ++m_duplicates;
}

void BridgeHealth::noteRefused(const QString &reason, int count, const QString &example)
{
    if (count <= 0)
        return;
    m_refusedTotal += count;
    m_refusedByReason[reason] += count;
    m_unreported[reason] += count;
    if (!example.isEmpty())
        m_examples[reason] = example.left(120);
    // The first refusal after a quiet period is logged at once, later ones once per period.
    if (!m_lastSummary.isValid() || m_lastSummary.elapsed() >= m_summaryPeriodMs)
        logSummary();
    else if (!m_summaryTimer.isActive())
        m_summaryTimer.start(int(m_summaryPeriodMs - m_lastSummary.elapsed()));
    emit changed();
}

void BridgeHealth::reset()
{
    if (!m_unreported.isEmpty())
        logSummary();
    m_frames.clear();
    m_lastEvent = {};
    m_refusedTotal = 0;
    m_duplicates = 0;
    m_refusedByReason.clear();
    emit changed();
}

void BridgeHealth::logSummary()
{
    QStringList parts;
    int total = 0;
    for (auto it = m_unreported.begin(); it != m_unreported.end(); ++it) {
        const QString example = m_examples.value(it.key());
        parts << (example.isEmpty() ? u"%1 %2"_s.arg(it.key()).arg(it.value())
                                    : u"%1 %2 (e.g. %3)"_s.arg(it.key()).arg(it.value()).arg(example));
        total += it.value();
    }
    m_unreported.clear();
    m_examples.clear();
    m_lastSummary.start();
    if (total > 0)
        qCWarning(lcBridge).noquote() << u"bridge refused %1 message(s) in the last %2 s: %3"_s.arg(total)
                                             .arg(m_summaryPeriodMs / 1000)
                                             .arg(parts.join(u", "_s));
}

} // namespace opc
