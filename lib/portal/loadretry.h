#pragma once

#include "loadproblem.h"

#include <QObject>

class QWebEngineLoadingInfo;

namespace opc {

class BackoffTimer;
class ReachabilityWatcher;
class WakeDetector;

// Brings the portal back by itself when it could not be loaded: it tries again after a growing
// delay (BackoffTimer), and at once when the network gets better or the machine wakes up. After a
// wake with the page loaded fine it asks the view to check that the page still lives (its renderer
// may be gone). It only says when; the view loads, and a view never reloads an open call card
// without asking.
class LoadRetry : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of nothing; the three live as long as this object.
    LoadRetry(BackoffTimer *backoff, ReachabilityWatcher *network, WakeDetector *wake,
              QObject *parent = nullptr);

    // The main frame's load ended (Succeeded, Failed or Stopped; Started is ignored).
    void loadFinished(const QWebEngineLoadingInfo &info);
    void loadFinished(const LoadProblem &problem);
    // The operator's "Retry now".
    void retryNow();
    // Nothing to bring back any more (another portal, the page was replaced).
    void clear();

    bool isFailing() const { return m_problem.isProblem(); }
    LoadProblem problem() const { return m_problem; }
    // Until the next automatic attempt; 0 when none is scheduled.
    int secondsLeft() const;
    bool isOffline() const;

signals:
    // Load the portal again now.
    void retry();
    // Failing, counting down, or fine again.
    void stateChanged();
    // The machine woke up or the network came back while the page looked fine: check that it lives.
    void checkPage();

private:
    void onBetterChance();

    BackoffTimer *m_backoff;
    ReachabilityWatcher *m_network;
    LoadProblem m_problem;
};

} // namespace opc
