#include "restclient.h"

#include "authsession.h"
#include "phpquery.h"
#include "protocol/logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace opc {

RestClient::RestClient(AuthSession *session, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_network(network)
    , m_limiter(m_options.burst, m_options.perSecond)
{
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &RestClient::pump);
    connect(session, &AuthSession::refreshFinished, this, &RestClient::onRefreshFinished);
    connect(session, &AuthSession::stateChanged, this, [this](AuthSession::State state) {
        if (state == AuthSession::State::SignedOut && !m_session->isRefreshing())
            onRefreshFinished(false);
    });
}

void RestClient::setOptions(const Options &options)
{
    m_options = options;
    m_limiter = RateLimiter(options.burst, options.perSecond);
}

// Finishing is always deferred, so a caller can connect to the reply it was just handed.
static void finishLater(RestReply *reply, const RestError &error)
{
    QTimer::singleShot(0, reply, [reply, error] { reply->finishWithError(error); });
}

RestReply *RestClient::call(const QString &method, const QJsonObject &params)
{
    auto *reply = new RestReply(method, this);
    static const QRegularExpression validMethod(u"^[A-Za-z][A-Za-z0-9_.]{0,100}$"_s);
    if (!validMethod.match(method).hasMatch()) {
        finishLater(reply, RestError(RestError::Kind::Api, 0, u"ERROR_METHOD_NOT_FOUND"_s, method));
        return reply;
    }
    if (!m_session->isSignedIn()) {
        finishLater(reply, RestError(RestError::Kind::NotSignedIn));
        return reply;
    }
    enqueue({reply, method, params});
    return reply;
}

RestReply *RestClient::batch(const QList<BatchCommand> &commands, bool halt)
{
    if (commands.size() > maxBatchCommands) {
        auto *reply = new RestReply(u"batch"_s, this);
        finishLater(reply, RestError(RestError::Kind::BatchTooLarge, 0, u"ERROR_BATCH_LENGTH_EXCEEDED"_s));
        return reply;
    }
    QJsonObject cmd;
    for (const BatchCommand &c : commands)
        cmd.insert(c.id, c.params.isEmpty() ? c.method : c.method + u'?' + PhpQuery::encode(c.params));
    return call(u"batch"_s, {{u"halt"_s, halt ? 1 : 0}, {u"cmd"_s, cmd}});
}

RestReply *RestClient::callAll(const QString &method, const QJsonObject &params)
{
    auto *total = new RestReply(method, this);
    QTimer::singleShot(0, this, [this, total = QPointer<RestReply>(total), method, params] {
        fetchPage(total, method, params, 0, {}, 0);
    });
    return total;
}

void RestClient::fetchPage(QPointer<RestReply> total, QString method, QJsonObject params, int start,
                           QJsonArray items, int pages)
{
    if (!total)
        return;
    params.insert(u"start"_s, start);
    RestReply *page = call(method, params);
    connect(page, &RestReply::finished, this, [=, this] {
        if (!total)
            return;
        if (!page->isOk())
            return total->finishWithError(page->error());
        QJsonArray all = items;
        const QJsonArray chunk = page->result().toArray();
        for (const QJsonValue &v : chunk)
            all.append(v);
        const auto next = page->next();
        if (next && *next > start && !chunk.isEmpty() && pages + 1 < m_options.maxPages)
            return fetchPage(total, method, params, *next, all, pages + 1);
        total->finishWithResult(all, page->total());
    });
}

// ---- queue and throttle -------------------------------------------------------------------

bool RestClient::mustWaitForRefresh(Pending &pending) const
{
    if (m_session->isRefreshing())
        return true;
    // A known expiry refreshes first, but only once per request: a portal that hands out tokens
    // shorter-lived than our safety margin must not cause a refresh per call.
    if (m_session->accessTokenExpired() && !pending.refreshed) {
        pending.refreshed = true;
        return true;
    }
    return false;
}

void RestClient::enqueue(Pending pending, bool front)
{
    if (mustWaitForRefresh(pending))
        return waitForRefresh(std::move(pending));
    if (front)
        m_queue.prepend(std::move(pending));
    else
        m_queue.append(std::move(pending));
    pump();
}

void RestClient::pump()
{
    while (!m_queue.isEmpty()) {
        const qint64 now = m_clock.elapsed();
        if (now < m_pausedUntilMs) {
            m_pumpTimer.start(int(m_pausedUntilMs - now));
            return;
        }
        if (!m_limiter.allow(now)) {
            m_limiter.takeRefusedCount();
            m_pumpTimer.start(int(std::ceil(1000.0 / m_options.perSecond)));
            return;
        }
        Pending next = m_queue.takeFirst();
        if (!next.reply)
            continue;
        if (mustWaitForRefresh(next))
            waitForRefresh(std::move(next));
        else
            send(std::move(next));
    }
}

void RestClient::send(Pending pending)
{
    QJsonObject body = pending.params;
    body.insert(u"auth"_s, m_session->accessToken());
    pending.generation = m_session->tokenGeneration();
    ++pending.attempts;
    ++m_sent;

    QNetworkRequest request(m_session->restEndpoint().resolved(QUrl(pending.method)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("OperatorConsole/" OPC_VERSION));
    request.setTransferTimeout(m_options.timeoutMs);
    // A redirect would re-send the token to wherever it points.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcRest) << "POST" << pending.method << "attempt" << pending.attempts;
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending] {
        reply->deleteLater();
        handle(pending, reply);
    });
}

void RestClient::handle(Pending pending, QNetworkReply *reply)
{
    using Kind = RestError::Kind;
    if (!pending.reply)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        const bool timeout = reply->error() == QNetworkReply::OperationCanceledError ||
            reply->error() == QNetworkReply::TimeoutError;
        return fail(pending,
                    timeout ? RestError(Kind::Timeout)
                            : RestError(Kind::Network, 0, {}, reply->errorString()));
    }
    const QByteArray body = reply->readAll();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        const bool html = reply->header(QNetworkRequest::ContentTypeHeader).toString().contains(u"html"_s) ||
            body.trimmed().startsWith('<');
        return fail(pending,
                    RestError(Kind::BadResponse, status, {}, html ? u"HTML page"_s : u"malformed JSON"_s));
    }
    const QJsonObject envelope = doc.object();
    const QString code = envelope.value(u"error"_s).toString();
    const QString description = envelope.value(u"error_description"_s).toString();
    if (code.isEmpty()) {
        if (!envelope.contains(u"result"_s))
            return fail(pending, RestError(Kind::BadResponse, status, {}, u"no result"_s));
        setProblem({});
        pending.reply->finishWithEnvelope(envelope);
        return;
    }

    qCDebug(lcRest) << pending.method << "failed:" << status << code;
    if (code == u"expired_token" || code == u"invalid_token") {
        if (pending.refreshed) // refreshed once already: report, never loop
            return fail(pending, RestError(Kind::Api, status, code, description));
        pending.refreshed = true;
        if (pending.generation != m_session->tokenGeneration())
            return enqueue(std::move(pending), true); // someone else refreshed meanwhile
        waitForRefresh(std::move(pending));
        return;
    }
    if (code == u"QUERY_LIMIT_EXCEEDED" && pending.attempts < m_options.maxAttempts) {
        const qint64 pause = qint64(m_options.backoffMs) << (pending.attempts - 1);
        qCInfo(lcRest) << "Portal rate limit reached; pausing requests for" << pause << "ms";
        m_pausedUntilMs = std::max(m_pausedUntilMs, m_clock.elapsed() + pause);
        m_queue.prepend(std::move(pending));
        return pump();
    }
    if (code == u"QUERY_LIMIT_EXCEEDED")
        return fail(pending, RestError(Kind::RateLimited, status, code, description));
    if (code == u"OPERATION_TIME_LIMIT")
        return fail(pending, RestError(Kind::OperationTimeLimit, status, code, description));
    pending.reply->finishWithError(RestError(Kind::Api, status, code, description));
}

void RestClient::waitForRefresh(Pending pending)
{
    m_waitingForRefresh.append(std::move(pending));
    m_session->refreshTokens(); // no-op while a refresh is already under way
}

void RestClient::onRefreshFinished(bool ok)
{
    const QList<Pending> waiting = std::exchange(m_waitingForRefresh, {});
    for (auto it = waiting.rbegin(); it != waiting.rend(); ++it) {
        if (ok && m_session->isSignedIn())
            m_queue.prepend(*it);
        else if (it->reply)
            it->reply->finishWithError(RestError(RestError::Kind::NotSignedIn));
    }
    pump();
}

void RestClient::fail(const Pending &pending, const RestError &error)
{
    qCInfo(lcRest) << pending.method << "failed:" << error.message();
    if (error.isConnectionProblem())
        setProblem(error);
    if (pending.reply)
        pending.reply->finishWithError(error);
}

void RestClient::setProblem(const RestError &problem)
{
    if (problem.kind() == m_problem.kind() && problem.code() == m_problem.code())
        return;
    m_problem = problem;
    emit problemChanged(problem);
}

} // namespace opc
