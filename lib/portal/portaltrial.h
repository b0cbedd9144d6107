#pragma once

#include "loadproblem.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QWebEngineLoadingInfo;
class QWebEnginePage;

namespace opc {

class PortalSession;

// Loads a new portal's address in a hidden page on that portal's own (not yet shown) session, so
// the console can keep the working portal until the new one has really loaded. A redirect to the
// portal's login page counts as loaded; a page that fails, or has not loaded after `timeoutMs`,
// finishes with the reason (LoadProblem). The trial owns the session until takeSession().
class PortalTrial : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultTimeoutMs = 30000;

    PortalTrial(PortalSession *session, QObject *parent = nullptr, int timeoutMs = defaultTimeoutMs);
    ~PortalTrial() override;

    QUrl url() const;
    PortalSession *session() const { return m_session; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_problem.isProblem(); }
    LoadProblem problem() const { return m_problem; }
    // The reason in a sentence for the operator; empty while loading or after a success.
    QString problemText() const;
    // Drops the hidden page and hands the session over (the caller owns it from now on).
    PortalSession *takeSession();

signals:
    void finished(bool ok);

private:
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void finish(const LoadProblem &problem);
    void dropPage();

    PortalSession *m_session;
    QWebEnginePage *m_page = nullptr;
    QTimer m_timeout;
    LoadProblem m_problem;
    bool m_finished = false;
};

} // namespace opc
