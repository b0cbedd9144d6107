#include "clientsecretcommand.h"

#include "keychaintokenstore.h"

#include <QEventLoop>
#include <QIODevice>

namespace opc {

ClientSecretCommand::Outcome ClientSecretCommand::run(QIODevice *input, const QString &portalHost)
{
    KeychainTokenStore store;
    store.setRetryDelay(-1); // an admin script wants an answer now, not in 10 s
    store.setTimeout(10000);
    return run(input, portalHost, &store);
}

ClientSecretCommand::Outcome ClientSecretCommand::run(QIODevice *input, const QString &portalHost,
                                                      TokenStore *store)
{
    if (portalHost.isEmpty())
        return {1, tr("No portal is configured: pass --config FILE with a [portal] url first.")};
    const QByteArray secret = input->readLine(4096).trimmed();
    if (secret.isEmpty())
        return {1, tr("No client secret on standard input.")};

    Outcome outcome;
    QEventLoop loop;
    store->write(TokenStore::clientSecretKey(portalHost), secret, &loop, [&](const TokenStore::Result &r) {
        if (r.status == TokenStore::Status::Ok)
            outcome = {0, tr("The client secret for %1 is stored in the system keychain.").arg(portalHost)};
        else
            outcome = {2,
                       tr("Can't reach the system keychain, so the client secret was not stored (%1).")
                           .arg(r.error)};
        loop.quit();
    });
    loop.exec();
    return outcome;
}

} // namespace opc
