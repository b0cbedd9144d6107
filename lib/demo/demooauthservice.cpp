#include "demooauthservice.h"

#include "auth/testing/fakebitrixserver.h"
#include "demoportalserver.h"

using namespace Qt::StringLiterals;

namespace opc {

static const auto kClientId = u"local.demo0000000000.00000001"_s;
static const auto kRedirect = u"https://console.invalid/oauth/done"_s;

DemoOAuthService::DemoOAuthService(DemoPortalServer *portal, QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<FakeBitrixServer>(portal->portalHttpServer(), portal->portalUrl()))
    , m_portalUrl(portal->portalUrl())
{
    m_server->setApplication(kClientId, clientSecret(), QUrl(kRedirect));
    m_server->setMemberId(portal->options().memberId);
    m_server->setPortalLoggedIn(true); // the demo operator is logged in to the demo portal
    m_server->setAccessTokenLifetime(120);
}

DemoOAuthService::~DemoOAuthService() = default;

OAuthSettings DemoOAuthService::settings() const
{
    OAuthSettings s;
    s.setPortalUrl(m_portalUrl);
    s.setOAuthServer(m_portalUrl);
    s.setClientId(kClientId);
    s.setRedirectUri(QUrl(kRedirect));
    return s;
}

QString DemoOAuthService::clientSecret()
{
    return u"demo-client-secret"_s;
}

void DemoOAuthService::setAccessTokenLifetime(int secs)
{
    m_server->setAccessTokenLifetime(secs);
}

} // namespace opc
