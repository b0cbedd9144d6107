#pragma once

#include "auth/oauthsettings.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace opc {

// `operator-console --config FILE`: an admin provisions a desktop without clicking.
//
//   [portal]
//   url=https://acme.bitrix24.com/telephony/      ; the page to open; path and query are kept
//   handler_origin=https://telephony.example.com  ; optional: the telephony app to listen to
//   [oauth]
//   client_id=local.65f0c0ffee.12345678
//   server=https://oauth.bitrix.info      ; optional; https://oauth.bitrix24.tech for the RU region
//   redirect_uri=https://console.example.com/oauth/done
//
// A client_secret key is refused: the secret goes to the keychain with --set-client-secret.
class ProvisioningConfig
{
    Q_DECLARE_TR_FUNCTIONS(opc::ProvisioningConfig)

public:
    QUrl portalUrl; // as PortalAddress parses it: the page an operator sees first
    QString handlerOrigin; // normalised by WebOrigin; empty when the file has none
    OAuthSettings oauth; // keyed by the portal's origin

    // On failure returns false and sets `error` to one translated line naming the file and problem;
    // `config` is then untouched.
    static bool load(const QString &path, ProvisioningConfig *config, QString *error);
};

} // namespace opc
