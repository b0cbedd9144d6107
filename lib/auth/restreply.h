#pragma once

#include "resterror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>

#include <optional>

namespace opc {

// The outcome of one REST call (or of a paged series, or a batch). Emits finished() exactly once
// and then deletes itself, like a QNetworkReply with autoDelete: connect right after the call.
class RestReply : public QObject
{
    Q_OBJECT

public:
    explicit RestReply(QString method, QObject *parent = nullptr);

    QString method() const { return m_method; }
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const RestError &error() const { return m_error; }
    // The envelope's "result": an object, array or scalar depending on the method.
    QJsonValue result() const { return m_result; }
    // List methods: the "total" and "next" fields (bitrix24-protocol.md §5).
    std::optional<int> total() const { return m_total; }
    std::optional<int> next() const { return m_next; }

    // Batch replies: result.result[id] / result.result_error[id].
    QJsonValue batchResult(const QString &id) const;
    std::optional<RestError> batchError(const QString &id) const;

    // Used by RestClient.
    void finishWithEnvelope(const QJsonObject &envelope);
    void finishWithResult(const QJsonValue &result, std::optional<int> total);
    void finishWithError(const RestError &error);

signals:
    void finished();

private:
    void done();

    QString m_method;
    QJsonValue m_result;
    std::optional<int> m_total;
    std::optional<int> m_next;
    RestError m_error;
    bool m_finished = false;
};

} // namespace opc
