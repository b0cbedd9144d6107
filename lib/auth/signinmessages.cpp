#include "signinmessages.h"

using namespace Qt::StringLiterals;

namespace opc {

SignInMessages::Setup SignInMessages::setup(const OAuthSettings &settings, bool hasClientSecret)
{
    if (!settings.validate().isEmpty())
        return Setup::NotSetUp;
    return hasClientSecret ? Setup::Ready : Setup::NoSecret;
}

QString SignInMessages::forSetup(Setup setup)
{
    switch (setup) {
    case Setup::Ready:
        break;
    case Setup::NotSetUp:
        return tr("Sign-in is not set up on this computer — ask your administrator.");
    case Setup::NoSecret:
        return tr("Sign-in is not completely set up on this computer (the application's secret is "
                  "missing) — ask your administrator.");
    }
    return {};
}

QString SignInMessages::forTokenError(const OAuthClient::Error &error, bool renewing)
{
    using Kind = OAuthClient::Error::Kind;
    switch (error.kind) {
    case Kind::Network:
    case Kind::Timeout:
        return renewing ? tr("Your sign-in could not be renewed: the sign-in server can't be reached. Check "
                             "the network connection, then sign in again.")
                        : tr("The sign-in server can't be reached. Check the network connection, then "
                             "sign in again.");
    case Kind::InvalidClient:
        return tr("The portal does not accept this computer's sign-in settings — ask your administrator "
                  "to check them.");
    case Kind::InvalidGrant:
        return renewing ? tr("Your sign-in to the portal has ended. Sign in again.") : tookTooLong();
    case Kind::None:
    case Kind::Server:
    case Kind::BadResponse:
        break;
    }
    return renewing
        ? tr("Your sign-in to the portal could not be renewed. Sign in again; if it keeps "
             "happening, ask your administrator.")
        : tr("Signing in did not work. Try again; if it keeps happening, ask your administrator.");
}

QString SignInMessages::portalRefused()
{
    return tr("The portal did not let you sign in. Try again; if it keeps happening, ask your "
              "administrator whether your account may use the console.");
}

QString SignInMessages::tookTooLong()
{
    return tr("The sign-in took too long. Sign in again.");
}

QString SignInMessages::keychainUnavailable()
{
    return tr("The system keychain is locked or not available, so the console can't keep your "
              "sign-in: you will have to sign in again next time. Unlocking it (or logging in to the "
              "computer again) usually helps; otherwise ask your administrator.");
}

} // namespace opc
