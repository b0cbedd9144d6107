#pragma once

#include "demo/demobitrixserver.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace opc::test {

// The demo portal's DemoBitrixServer with the faults and observations tests need: broken answers
// (switchable per endpoint), a leaky-bucket rate limit (503 QUERY_LIMIT_EXCEEDED), codes that
// expire, server-side token expiry and revocation, and what was asked and handed out.
class FaultyBitrixServer : public DemoBitrixServer
{
    Q_OBJECT

public:
    enum class Failure { None, OperationTimeLimit, HtmlError, MalformedJson, Stall };
    Q_ENUM(Failure)

    FaultyBitrixServer(QHttpServer *server, const QUrl &portalBase, QObject *parent = nullptr);
    ~FaultyBitrixServer() override;

    using DemoBitrixServer::expireAccessTokens;
    using DemoBitrixServer::revokeRefreshTokens;
    using DemoBitrixServer::setCodeLifetime;
    using DemoBitrixServer::setCurrentUserId;
    using DemoBitrixServer::setPageSize;
    using DemoBitrixServer::setPortalLoggedIn;

    // Leaky bucket per portal: `capacity` requests, draining `perSecond`; 0 = unlimited.
    void setRateLimit(int capacity, double perSecond);
    void setRestFailure(Failure failure) { m_restFailure = failure; }
    void setTokenFailure(Failure failure) { m_tokenFailure = failure; }

    // For assertions.
    int tokenRequestCount(const QString &grantType) const { return m_grants.value(grantType); }
    QStringList restCalls() const { return m_restCalls; }
    int authorizePageLoads() const { return m_authorizeLoads; }
    // Every code, access and refresh token ever issued or accepted, and the client secret: a leak
    // scanner's list.
    QStringList secretsIssued() const;

protected:
    bool intercept(Endpoint endpoint, const QString &name, QHttpServerResponder &responder) override;
    void secretSeen(const QString &secret) override;

private:
    bool failIfSwitched(Failure failure, QHttpServerResponder &responder);
    bool bucketAllows();

    Failure m_restFailure = Failure::None;
    Failure m_tokenFailure = Failure::None;
    int m_bucketCapacity = 0;
    double m_bucketDrain = 2.0;
    double m_bucketLevel = 0;
    QElapsedTimer m_bucketClock;
    QHash<QString, int> m_grants;
    QStringList m_restCalls;
    int m_authorizeLoads = 0;
    QStringList m_secrets;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_stalled;
};

} // namespace opc::test
