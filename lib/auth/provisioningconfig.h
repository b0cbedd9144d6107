#pragma once

#include "oauthsettings.h"

#include <QCoreApplication>
#include <QString>

namespace opc {

// `operator-console --config FILE`: an admin provisions a desktop without clicking.
//
//   [portal]
//   url=https://acme.bitrix24.com
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
    // On failure returns false and sets `error` to one translated line naming the file and problem.
    static bool load(const QString &path, OAuthSettings *settings, QString *error);
};

} // namespace opc
