#include "faultybitrixserver.h"

#include <QHttpServerResponder>

using namespace Qt::StringLiterals;

namespace opc::test {

FaultyBitrixServer::FaultyBitrixServer(QHttpServer *server, const QUrl &portalBase, QObject *parent)
    : DemoBitrixServer(server, portalBase, parent)
{
    m_bucketClock.start();
}

FaultyBitrixServer::~FaultyBitrixServer() = default;

void FaultyBitrixServer::setRateLimit(int capacity, double perSecond)
{
    m_bucketCapacity = capacity;
    m_bucketDrain = perSecond;
    m_bucketLevel = 0;
    m_bucketClock.restart();
}

QStringList FaultyBitrixServer::secretsIssued() const
{
    return m_secrets + QStringList{clientSecret()};
}

void FaultyBitrixServer::secretSeen(const QString &secret)
{
    if (!m_secrets.contains(secret))
        m_secrets << secret;
}

bool FaultyBitrixServer::intercept(Endpoint endpoint, const QString &name, QHttpServerResponder &responder)
{
    switch (endpoint) {
    case Endpoint::Authorize:
        ++m_authorizeLoads;
        return false;
    case Endpoint::Token:
        if (failIfSwitched(m_tokenFailure, responder))
            return true;
        m_grants[name] += 1;
        return false;
    case Endpoint::Rest:
        m_restCalls << name;
        if (failIfSwitched(m_restFailure, responder))
            return true;
        if (!bucketAllows()) {
            writeJson(responder, 503,
                      DemoRestApi::error(503, u"QUERY_LIMIT_EXCEEDED"_s, u"Too many requests"_s).body);
            return true;
        }
        return false;
    }
    return false;
}

bool FaultyBitrixServer::bucketAllows()
{
    if (m_bucketCapacity <= 0)
        return true;
    m_bucketLevel = std::max(0.0, m_bucketLevel - m_bucketClock.restart() * m_bucketDrain / 1000.0);
    if (m_bucketLevel + 1 > m_bucketCapacity)
        return false;
    m_bucketLevel += 1;
    return true;
}

bool FaultyBitrixServer::failIfSwitched(Failure failure, QHttpServerResponder &responder)
{
    using Status = QHttpServerResponder::StatusCode;
    switch (failure) {
    case Failure::None:
        return false;
    case Failure::OperationTimeLimit:
        writeJson(responder, 429,
                  DemoRestApi::error(429, u"OPERATION_TIME_LIMIT"_s,
                                     u"Method is blocked due to operation time limit."_s)
                      .body);
        return true;
    case Failure::HtmlError:
        responder.write("<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>", "text/html",
                        Status::BadGateway);
        return true;
    case Failure::MalformedJson:
        responder.write("{\"result\": [{\"ID\": \"1\", \"NAME\": ", "application/json", Status::Ok);
        return true;
    case Failure::Stall:
        // Never answered; the client's timeout must fire. Kept until the server is destroyed.
        m_stalled.push_back(std::make_unique<QHttpServerResponder>(std::move(responder)));
        return true;
    }
    return false;
}

} // namespace opc::test
