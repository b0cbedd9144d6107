#include "callcardevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opc {

QJsonValue CallCardEvent::payload() const
{
    if (payloadJson.isEmpty())
        return QJsonValue(QJsonValue::Null);
    // Wrap so scalars (true, "text") parse as well as objects and arrays.
    const auto doc = QJsonDocument::fromJson("[" + payloadJson + "]");
    return doc.isArray() ? doc.array().at(0) : QJsonValue(QJsonValue::Null);
}

QString CallCardEvent::prettyPayload() const
{
    const QJsonValue value = payload();
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)).trimmed();
    if (value.isNull())
        return u"null"_s;
    return QString::fromUtf8(payloadJson);
}

} // namespace opc
