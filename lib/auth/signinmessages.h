#pragma once

#include "oauthclient.h"
#include "oauthsettings.h"

#include <QCoreApplication>
#include <QString>

namespace opc {

// What an operator reads when signing in does not work: what happened and who can fix it, in
// their words ("ask your administrator"), never a protocol term. The technical reason goes to
// the diagnostics log and the banner's tooltip (never a token: none of these carry one).
class SignInMessages
{
    Q_DECLARE_TR_FUNCTIONS(opc::SignInMessages)

public:
    enum class Setup { Ready, NotSetUp, NoSecret };
    // Whether this computer can sign in to the portal at all.
    static Setup setup(const OAuthSettings &settings, bool hasClientSecret);
    // For Setup::NotSetUp / NoSecret; empty for Ready.
    static QString forSetup(Setup setup);
    // The token request failed: while signing in, or (`renewing`) while renewing a sign-in.
    static QString forTokenError(const OAuthClient::Error &error, bool renewing);
    // The portal's sign-in page answered with a refusal or something that is not a sign-in.
    static QString portalRefused();
    static QString tookTooLong();
    static QString keychainUnavailable();
};

} // namespace opc
