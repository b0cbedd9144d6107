#pragma once

#include "protocol/ratelimiter.h"
#include "restreply.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace opc {

class AuthSession;

// REST calls to the signed-in portal (bitrix24-protocol.md §5): JSON POST to client_endpoint +
// method with the token in the body (never in a URL), the {result,time,next,total} and
// {error,error_description} envelopes, batches of at most 50 commands, and paging. Requests pass
// a client-side leaky bucket (2/s sustained, small burst) so the portal's own bucket (50, 2/s)
// is never the one that trips; a 503 QUERY_LIMIT_EXCEEDED still pauses all requests with a
// doubling back-off. A 401 expired_token triggers one shared refresh and one retry.
class RestClient : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        int burst = 10;
        double perSecond = 2.0;
        int timeoutMs = 30000; // the portal gives a request at most 60 s
        int backoffMs = 2000; // first pause after QUERY_LIMIT_EXCEEDED; doubles per retry
        int maxAttempts = 4; // sends per request before a 503 is reported
        int maxPages = 20; // callAll() stops after this many pages of 50
    };
    struct BatchCommand
    {
        QString id;
        QString method;
        QJsonObject params;
    };
    static constexpr int maxBatchCommands = 50;

    RestClient(AuthSession *session, QNetworkAccessManager *network, QObject *parent = nullptr);

    void setOptions(const Options &options);
    const Options &options() const { return m_options; }

    RestReply *call(const QString &method, const QJsonObject &params = {});
    // Follows "next" and concatenates the result lists.
    RestReply *callAll(const QString &method, const QJsonObject &params = {});
    RestReply *batch(const QList<BatchCommand> &commands, bool halt = false);

    // The current connection trouble (Kind::None when calls go through); see problemChanged().
    const RestError &problem() const { return m_problem; }
    int requestsSent() const { return m_sent; }

signals:
    // Timeouts, network loss, HTML pages, 429, a persistent 503 — and Kind::None when the next
    // call succeeds. For the status bar; the console keeps working either way.
    void problemChanged(const opc::RestError &problem);

private:
    struct Pending
    {
        QPointer<RestReply> reply;
        QString method;
        QJsonObject params;
        int attempts = 0;
        bool refreshed = false;
        quint64 generation = 0;
    };

    bool mustWaitForRefresh(Pending &pending) const;
    void enqueue(Pending pending, bool front = false);
    void pump();
    void send(Pending pending);
    void handle(Pending pending, QNetworkReply *reply);
    void waitForRefresh(Pending pending);
    void onRefreshFinished(bool ok);
    void fail(const Pending &pending, const RestError &error);
    void setProblem(const RestError &problem);
    void fetchPage(QPointer<RestReply> total, QString method, QJsonObject params, int start, QJsonArray items,
                   int pages);

    AuthSession *m_session;
    QNetworkAccessManager *m_network;
    Options m_options;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    QTimer m_pumpTimer;
    qint64 m_pausedUntilMs = 0;
    QList<Pending> m_queue;
    QList<Pending> m_waitingForRefresh;
    RestError m_problem;
    int m_sent = 0;
};

} // namespace opc
