#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace opc {

class TokenStore;

// `operator-console [--data-dir DIR] --set-client-secret`: reads the application's client secret
// from standard input (one line; nothing echoed, nothing in argv or shell history) and stores it in
// the keychain for the configured portal. main.cpp calls it before any window exists and exits
// with the returned code: 0 stored, 1 nothing to store / no portal configured, 2 keychain
// unavailable.
class ClientSecretCommand
{
    Q_DECLARE_TR_FUNCTIONS(opc::ClientSecretCommand)

public:
    struct Outcome
    {
        int exitCode = 0;
        QString message; // one line for stderr (or stdout on success)
    };

    // Uses a KeychainTokenStore (no retry, short timeout). Needs a QCoreApplication.
    static Outcome run(QIODevice *input, const QString &portalHost);
    // Same against any store; runs a local event loop until the store answers.
    static Outcome run(QIODevice *input, const QString &portalHost, TokenStore *store);
};

} // namespace opc
