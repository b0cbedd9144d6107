#pragma once

#include "tokenstore.h"

#include <QHash>

namespace opc {

// Secrets kept in process memory only: the fallback when the keychain cannot be reached, and the
// test double. `setUnavailable(true)` makes it answer like a keychain that is down.
class MemoryTokenStore : public TokenStore
{
    Q_OBJECT

public:
    using TokenStore::TokenStore;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(const QString &key, const QByteArray &data, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    // Synchronous views for tests.
    bool contains(const QString &key) const { return m_values.contains(key); }
    QByteArray value(const QString &key) const { return m_values.value(key); }
    int writeCount() const { return m_writes; }

private:
    void finish(QObject *context, Callback callback, Result result);

    QHash<QString, QByteArray> m_values;
    bool m_unavailable = false;
    int m_writes = 0;
};

} // namespace opc
