#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace opc {

// Where secrets live: the system keychain in production, memory in tests or as the fallback when
// no keychain answers. Asynchronous, because keychain calls go over D-Bus and may prompt or hang.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound,
        Unavailable, // no backend, locked, denied or timed out: the caller falls back to memory
    };
    struct Result
    {
        Status status = Status::Ok;
        QByteArray data; // read only
        QString error; // a short technical reason for the diagnostics log; never contains the data
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    // `callback` runs later (never inside the call) and only while `context` is alive.
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QByteArray &data, QObject *context, Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;

    // Key of the tokens of one operator on one portal: "<portal host>/<member_id>". Windows'
    // Credential Manager ignores the service name, so the app id is prepended there.
    static QString tokenKey(const QString &portalHost, const QString &memberId);
    // Key of the application's client secret for one portal.
    static QString clientSecretKey(const QString &portalHost);
    // Key of the non-secret pointer to the last signed-in member id, so a restart finds the tokens.
    static QString accountKey(const QString &portalHost);
};

} // namespace opc
