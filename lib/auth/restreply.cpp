#include "restreply.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace opc {

RestReply::RestReply(QString method, QObject *parent)
    : QObject(parent)
    , m_method(std::move(method))
{
}

static std::optional<int> optionalInt(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toInt();
    if (v.isString()) {
        bool ok = false;
        const int n = v.toString().toInt(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

static QJsonValue member(const QJsonValue &container, const QString &id)
{
    // PHP sends a list when the ids are 0..n-1 and an object otherwise.
    if (container.isArray()) {
        bool ok = false;
        const int index = id.toInt(&ok);
        return ok ? container.toArray().at(index) : QJsonValue();
    }
    return container.toObject().value(id);
}

QJsonValue RestReply::batchResult(const QString &id) const
{
    return member(m_result.toObject().value(u"result"_s), id);
}

std::optional<RestError> RestReply::batchError(const QString &id) const
{
    const QJsonValue e = member(m_result.toObject().value(u"result_error"_s), id);
    if (e.isUndefined() || e.isNull())
        return std::nullopt;
    const QJsonObject o = e.toObject();
    return RestError(RestError::Kind::Api, 0, o.value(u"error"_s).toString(),
                     o.value(u"error_description"_s).toString());
}

void RestReply::finishWithEnvelope(const QJsonObject &envelope)
{
    m_result = envelope.value(u"result"_s);
    m_total = optionalInt(envelope.value(u"total"_s));
    m_next = optionalInt(envelope.value(u"next"_s));
    done();
}

void RestReply::finishWithResult(const QJsonValue &result, std::optional<int> total)
{
    m_result = result;
    m_total = total;
    done();
}

void RestReply::finishWithError(const RestError &error)
{
    m_error = error;
    done();
}

void RestReply::done()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished();
    deleteLater();
}

} // namespace opc
