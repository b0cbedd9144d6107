#include "provisioningconfig.h"

#include "portaladdress.h"
#include "protocol/weborigin.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace opc {

bool ProvisioningConfig::load(const QString &path, ProvisioningConfig *config, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = tr("%1: %2").arg(QFileInfo(path).fileName(), message);
        return false;
    };
    if (!QFileInfo(path).isReadable())
        return fail(tr("cannot read the file"));

    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError)
        return fail(tr("not a valid INI file"));
    if (ini.contains(u"oauth/client_secret"_s) || ini.contains(u"portal/client_secret"_s))
        return fail(tr("client_secret must not be stored in a file; use --set-client-secret"));

    ProvisioningConfig result;
    // QSettings splits an unquoted value at commas into a list; a URL is one string.
    const QString portalText = ini.value(u"portal/url"_s).toStringList().join(u',');
    if (!portalText.trimmed().isEmpty()) {
        const PortalAddress::Result portal = PortalAddress::parse(portalText);
        if (!portal.isValid())
            return fail(tr("[portal] url: %1").arg(portal.error));
        result.portalUrl = portal.url;
    }
    const auto origin = WebOrigin::parse(ini.value(u"portal/handler_origin"_s).toString());
    if (!origin.isValid())
        return fail(tr("[portal] handler_origin: %1").arg(origin.error));
    result.handlerOrigin = origin.origin.toString();

    result.oauth.setPortalUrl(result.portalUrl);
    result.oauth.setClientId(ini.value(u"oauth/client_id"_s).toString());
    const QString server = ini.value(u"oauth/server"_s).toString().trimmed();
    if (!server.isEmpty())
        result.oauth.setOAuthServer(QUrl(server, QUrl::StrictMode));
    result.oauth.setRedirectUri(
        QUrl(ini.value(u"oauth/redirect_uri"_s).toString().trimmed(), QUrl::StrictMode));

    const QStringList problems = result.oauth.validate();
    if (!problems.isEmpty())
        return fail(problems.join(u' '));
    *config = result;
    return true;
}

} // namespace opc
