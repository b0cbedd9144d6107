#pragma once

#include "tokenstore.h"

#include <QPointer>
#include <QQueue>
#include <QTimer>

namespace QKeychain {
class Job;
}

namespace opc {

// TokenStore over QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on
// Windows). Jobs run one at a time, each with a timeout because a locked keyring can hang on a
// prompt nobody sees. A backend that is not up yet (session start, qt-desktop-anchors.md B) gets
// one retry after `retryDelay`; after that the store reports Unavailable at once until restart,
// so the caller falls back to memory instead of waiting again. Insecure fallback stays off:
// nothing is ever written in clear.
class KeychainTokenStore : public TokenStore
{
    Q_OBJECT

public:
    explicit KeychainTokenStore(QObject *parent = nullptr);
    explicit KeychainTokenStore(const QString &service, QObject *parent = nullptr);
    ~KeychainTokenStore() override;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &data, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    // Negative: no retry (the --set-client-secret command fails fast).
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    int attemptCount() const { return m_attempts; }
    bool isKnownUnavailable() const { return m_unavailable; }

private:
    enum class Kind { Read, Write, Remove };
    struct Operation
    {
        Kind kind;
        QString key;
        QByteArray data;
        QPointer<QObject> context;
        Callback callback;
        bool retried = false;
    };

    void enqueue(Operation op);
    void startNext();
    void onJobFinished(QKeychain::Job *job);
    void onTimeout();
    void complete(Result result);
    void failOrRetry(const QString &reason);

    QString m_service;
    QQueue<Operation> m_queue;
    std::optional<Operation> m_current;
    QPointer<QKeychain::Job> m_job;
    QTimer m_timeout;
    QTimer m_retry;
    int m_timeoutMs = 5000;
    int m_retryDelayMs = 10000;
    int m_attempts = 0;
    bool m_unavailable = false;
};

} // namespace opc
