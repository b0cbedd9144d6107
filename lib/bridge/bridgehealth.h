#pragma once

#include "protocol/weborigin.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace opc {

// What the bridge can say about itself, for the status bar and its details: the app frames it
// listens in, the last event, and what it refused and why. Refusals are also written to the
// diagnostics log as one summary line per period, never one line per message.
class BridgeHealth : public QObject
{
    Q_OBJECT

public:
    struct Frame
    {
        QString appSid;
        WebOrigin handler;
        int index = -1;
        bool listening = false; // bound: the frame relays events
        bool preferred = false; // the configured telephony app's frame
        int events = 0;
        QDateTime lastEvent;
    };

    static constexpr int defaultSummaryPeriodMs = 10'000;

    explicit BridgeHealth(QObject *parent = nullptr);

    QList<Frame> frames() const { return m_frames; }
    int listeningFrames() const;
    QDateTime lastEvent() const { return m_lastEvent; }
    int refusedTotal() const { return m_refusedTotal; }
    QMap<QString, int> refusedByReason() const { return m_refusedByReason; }
    // Refusals that only a hostile script causes (forged, synthetic or echo-baiting messages).
    int attacks() const;
    int duplicatesMerged() const { return m_duplicates; }

    void setFrames(const QList<Frame> &frames);
    void noteEvent(const QDateTime &when);
    void noteDuplicate();
    // `example` (why one such message was refused) goes into the next summary line.
    void noteRefused(const QString &reason, int count = 1, const QString &example = {});
    void reset();

    static bool isAttack(const QString &reason);
    void setSummaryPeriod(int ms) { m_summaryPeriodMs = ms; }

signals:
    void changed();

private:
    void logSummary();

    QList<Frame> m_frames;
    QDateTime m_lastEvent;
    int m_refusedTotal = 0;
    int m_duplicates = 0;
    QMap<QString, int> m_refusedByReason;
    QMap<QString, int> m_unreported;
    QMap<QString, QString> m_examples;
    QTimer m_summaryTimer;
    QElapsedTimer m_lastSummary;
    int m_summaryPeriodMs = defaultSummaryPeriodMs;
};

} // namespace opc
