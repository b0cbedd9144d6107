#include "demooauthservice.h"

#include "auth/authsession.h"
#include "demobitrixserver.h"
#include "demoportalserver.h"
#include "protocol/logging.h"
#include "webasset.h"

using namespace Qt::StringLiterals;

namespace opc {

static const auto kClientId = u"local.demo0000000000.00000001"_s;
static const auto kRedirect = u"https://console.invalid/oauth/done"_s;

DemoOAuthService::DemoOAuthService(DemoPortalServer *portal, QObject *parent)
    : DemoOAuthService(
          portal, std::make_unique<DemoBitrixServer>(portal->portalHttpServer(), portal->portalUrl()), parent)
{
}

DemoOAuthService::DemoOAuthService(DemoPortalServer *portal, std::unique_ptr<DemoBitrixServer> server,
                                   QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_portalUrl(portal->portalUrl())
{
    if (!portal->isListening())
        qCWarning(lcDemo) << "demo OAuth service attached before the demo portal started";
    m_server->setApplication(kClientId, clientSecret(), QUrl(kRedirect));
    m_server->setMemberId(portal->options().memberId);
    // The demo operator is logged in to the demo portal (the server's default): no login form.
    m_server->setAccessTokenLifetime(kDefaultAccessTokenLifetime);
    // The console keeps the demo's tokens in the keychain across restarts; this run's server must
    // recognise the previous run's tokens.
    m_server->setTokensSurviveRestart(true);
    const QList<DemoEmployee> employees = portalEmployees();
    if (employees.isEmpty())
        qCWarning(lcDemo)
            << "demo portal employee list not readable; user.get falls back to the built-in table";
    else
        m_server->setEmployees(employees);
    m_server->setOperator(demoOperator());
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

void DemoOAuthService::configure(AuthSession *session) const
{
    session->setSettings(settings());
    session->storeClientSecret(clientSecret());
}

void DemoOAuthService::setAccessTokenLifetime(int secs)
{
    m_server->setAccessTokenLifetime(secs);
}

int DemoOAuthService::accessTokenLifetime() const
{
    return m_server->accessTokenLifetime();
}

QList<DemoEmployee> DemoOAuthService::portalEmployees()
{
    static const QList<DemoEmployee> employees =
        DemoEmployees::fromPortalScript(QString::fromUtf8(webasset::resourceBytes(u"portal-employees.js")));
    return employees;
}

DemoEmployee DemoOAuthService::demoOperator()
{
    return {1, u"Operator"_s, u"Demo"_s, {}, u"Call center operator"_s, u"100"_s, {}, {}, 0, {}};
}

} // namespace opc
