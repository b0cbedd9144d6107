#include "provisioningconfig.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace opc {

bool ProvisioningConfig::load(const QString &path, OAuthSettings *settings, QString *error)
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

    OAuthSettings s;
    s.setPortalUrl(OAuthSettings::portalUrlFromText(ini.value(u"portal/url"_s).toString()));
    s.setClientId(ini.value(u"oauth/client_id"_s).toString());
    const QString server = ini.value(u"oauth/server"_s).toString().trimmed();
    if (!server.isEmpty())
        s.setOAuthServer(QUrl(server, QUrl::StrictMode));
    s.setRedirectUri(QUrl(ini.value(u"oauth/redirect_uri"_s).toString().trimmed(), QUrl::StrictMode));

    const QStringList problems = s.validate();
    if (!problems.isEmpty())
        return fail(problems.join(u' '));
    *settings = s;
    return true;
}

} // namespace opc
