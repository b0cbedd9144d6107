#include "payloadvalidator.h"

#include "transfertarget.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

enum class Shape { String, Bool, Int, IntOrNumericString, BoolOrBoolString, Array, StringOrInt };

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == static_cast<double>(static_cast<qint64>(v.toDouble()));
}

bool matches(const QJsonValue &v, Shape shape)
{
    switch (shape) {
    case Shape::String:
        return v.isString();
    case Shape::Bool:
        return v.isBool();
    case Shape::Int:
        return isInteger(v);
    case Shape::IntOrNumericString: {
        // CALL_CARD-era portals send ids as strings, "" or "undefined" when there is none.
        static const QRegularExpression numeric(u"^(-?[0-9]{1,18}|undefined)?$"_s);
        return isInteger(v) || (v.isString() && numeric.match(v.toString()).hasMatch());
    }
    case Shape::BoolOrBoolString:
        return v.isBool() || v.toString() == u"true" || v.toString() == u"false";
    case Shape::Array:
        return v.isArray();
    case Shape::StringOrInt:
        return v.isString() || isInteger(v);
    }
    return false;
}

struct Field
{
    const char *key;
    Shape shape;
};

// Checks the optional fields that are present; absent ones are fine (portals omit unknown values).
QString checkFields(const QJsonObject &object, std::initializer_list<Field> fields)
{
    for (const Field &field : fields) {
        const QString key = QString::fromLatin1(field.key);
        const auto it = object.constFind(key);
        if (it != object.constEnd() && !it->isNull() && !matches(*it, field.shape))
            return u"field %1 has the wrong type"_s.arg(key);
    }
    return {};
}

bool isEmptyValue(const QJsonValue &v)
{
    return v.isNull() || v.isUndefined() || (v.isArray() && v.toArray().isEmpty()) ||
        (v.isObject() && v.toObject().isEmpty()) || (v.isString() && v.toString().isEmpty());
}

} // namespace

QString PayloadValidator::validate(CallCardEventType type, bool present, const QJsonValue &payload)
{
    if (!callcard::carriesPayload(type)) {
        // Documented as an empty tail; tolerate the empty values other bridges produce.
        if (present && !isEmptyValue(payload))
            return u"unexpected payload for a no-data event"_s;
        return {};
    }
    if (!present)
        return u"payload missing"_s;

    switch (type) {
    case CallCardEventType::Initialized:
        return validateInitialized(payload);
    case CallCardEventType::TransferButtonClick:
        return validateTransfer(payload);
    case CallCardEventType::EntityChanged:
        return validateEntityChanged(payload);
    case CallCardEventType::AddCommentButtonClick:
        return payload.isString() ? QString() : u"comment is not a string"_s;
    case CallCardEventType::MuteButtonClick:
    case CallCardEventType::HoldButtonClick:
        return payload.isBool() ? QString() : u"state is not a boolean"_s;
    case CallCardEventType::QualityMeterClick: {
        const QString text = payload.isString() ? payload.toString()
            : isInteger(payload)                ? QString::number(payload.toInt())
                                                : QString();
        return text.size() == 1 && text >= u"1" && text <= u"5" ? QString() : u"rating is not 1 to 5"_s;
    }
    case CallCardEventType::DialpadButtonClick: {
        static const QRegularExpression key(u"^[0-9*#]$"_s);
        return payload.isString() && key.match(payload.toString()).hasMatch()
            ? QString()
            : u"dialpad key is not one of 0-9, *, #"_s;
    }
    default:
        break;
    }
    return {};
}

QString PayloadValidator::validateInitialized(const QJsonValue &payload)
{
    if (!payload.isObject())
        return u"initialized payload is not an object"_s;
    const QJsonObject object = payload.toObject();
    const QJsonValue callId = object.value(u"CALL_ID"_s);
    if (!callId.isString() || callId.toString().isEmpty())
        return u"CALL_ID missing or not a string"_s;
    return checkFields(object,
                       {{"PHONE_NUMBER", Shape::String},
                        {"LINE_NUMBER", Shape::String},
                        {"LINE_NAME", Shape::String},
                        {"CRM_ENTITY_TYPE", Shape::String},
                        {"CRM_ENTITY_ID", Shape::IntOrNumericString},
                        {"CRM_ACTIVITY_ID", Shape::IntOrNumericString},
                        {"CRM_BINDINGS", Shape::Array},
                        {"CALL_DIRECTION", Shape::String},
                        {"CALL_STATE", Shape::String},
                        {"CALL_LIST_MODE", Shape::BoolOrBoolString}});
}

QString PayloadValidator::validateTransfer(const QJsonValue &payload)
{
    if (!payload.isObject())
        return u"transfer payload is not an object"_s;
    const QJsonObject object = payload.toObject();
    const QJsonValue target = object.value(u"target"_s);
    if (!matches(target, Shape::StringOrInt))
        return u"target missing or not a number or string"_s;

    const QJsonValue phone = object.value(u"phoneNumber"_s);
    const QJsonValue type = object.value(u"type"_s);
    if (!phone.isUndefined()) {
        // {phoneNumber, target}: the worker has used a CallCard command (§1.4).
        if (!phone.isString())
            return u"phoneNumber is not a string"_s;
    } else if (!type.isUndefined()) {
        // {type, target}: the portal's default selector.
        const QString kind = type.toString();
        if (kind != u"user" && kind != u"pstn" && kind != u"queue")
            return u"type is not user, pstn or queue"_s;
    } else {
        return u"neither phoneNumber nor type present"_s;
    }
    if (!TransferTarget::classify(target, type.toString()).isValid())
        return u"target is empty or not a valid id"_s;
    return {};
}

QString PayloadValidator::validateEntityChanged(const QJsonValue &payload)
{
    if (!payload.isObject())
        return u"entityChanged payload is not an object"_s;
    return checkFields(payload.toObject(),
                       {{"PHONE_NUMBER", Shape::String},
                        {"CRM_ENTITY_TYPE", Shape::String},
                        {"CRM_ENTITY_ID", Shape::IntOrNumericString}});
}

} // namespace opc
