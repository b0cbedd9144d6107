#include "payloadvalidator.h"

#include "transfertarget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

enum class Shape { String, Bool, Int, IntOrNumericString, BoolOrBoolString, Array, StringOrInt };

bool isInteger(const QJsonValue &v)
{
    // Range first: casting a double outside qint64 to it is undefined (found by fuzz_payloadvalidator).
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return d >= -9223372036854775808.0 && d < 9223372036854775808.0 && d == std::trunc(d);
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

using Fields = std::initializer_list<Field>;

const Fields &initializedFields()
{
    static const Fields fields = {{"CALL_ID", Shape::String},
                                  {"PHONE_NUMBER", Shape::String},
                                  {"LINE_NUMBER", Shape::String},
                                  {"LINE_NAME", Shape::String},
                                  {"CRM_ENTITY_TYPE", Shape::String},
                                  {"CRM_ENTITY_ID", Shape::IntOrNumericString},
                                  {"CRM_ACTIVITY_ID", Shape::IntOrNumericString},
                                  {"CRM_BINDINGS", Shape::Array},
                                  {"CALL_DIRECTION", Shape::String},
                                  {"CALL_STATE", Shape::String},
                                  {"CALL_LIST_MODE", Shape::BoolOrBoolString}};
    return fields;
}

const Fields &entityFields()
{
    static const Fields fields = {{"PHONE_NUMBER", Shape::String},
                                  {"CRM_ENTITY_TYPE", Shape::String},
                                  {"CRM_ENTITY_ID", Shape::IntOrNumericString}};
    return fields;
}

const Fields &transferFields()
{
    static const Fields fields = {
        {"phoneNumber", Shape::String}, {"target", Shape::StringOrInt}, {"type", Shape::String}};
    return fields;
}

const Fields &bindingFields()
{
    static const Fields fields = {{"ENTITY_TYPE", Shape::String}, {"ENTITY_ID", Shape::IntOrNumericString}};
    return fields;
}

// Checks the fields that are present; absent ones are fine (portals omit unknown values).
QString checkFields(const QJsonObject &object, const Fields &fields)
{
    for (const Field &field : fields) {
        const QString key = QString::fromLatin1(field.key);
        const auto it = object.constFind(key);
        if (it != object.constEnd() && !it->isNull() && !matches(*it, field.shape))
            return u"field %1 has the wrong type"_s.arg(key);
    }
    return {};
}

QJsonObject keepFields(const QJsonObject &object, const Fields &fields)
{
    QJsonObject kept;
    for (const Field &field : fields) {
        const QString key = QString::fromLatin1(field.key);
        const auto it = object.constFind(key);
        if (it != object.constEnd())
            kept.insert(key, *it);
    }
    return kept;
}

// Parses any JSON value, scalars included; QJsonDocument alone takes only objects and arrays.
std::optional<QJsonValue> parseJsonValue(QByteArrayView text)
{
    QJsonParseError error{};
    const auto doc = QJsonDocument::fromJson("[" + text.toByteArray() + "]", &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1)
        return std::nullopt;
    return doc.array().at(0);
}

QByteArray compactJson(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

} // namespace

bool PayloadValidator::isCredentialKey(const QString &key)
{
    static const QRegularExpression pattern(
        u"^(auth_id|refresh_id|auth_expires|application_token|member_id|auth|password|code)$"
        u"|token|secret"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(key).hasMatch();
}

bool PayloadValidator::containsCredentialKey(const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (isCredentialKey(it.key()) || containsCredentialKey(it.value()))
                return true;
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray()) {
            if (containsCredentialKey(item))
                return true;
        }
    }
    return false;
}

PayloadValidator::Result PayloadValidator::check(CallCardEventType type, QByteArrayView tail)
{
    Result result;
    if (!callcard::carriesPayload(type)) {
        // The portal writes an empty tail; [] / "" / {} / null are what replies to commands look like.
        if (!tail.isEmpty())
            result.problem = u"a no-data event arrived with data (a command reply on this id?)"_s;
        return result;
    }
    if (tail.isEmpty()) {
        result.problem = u"payload missing"_s;
        return result;
    }
    const auto parsed = parseJsonValue(tail);
    if (!parsed) {
        result.problem = u"payload is not valid JSON"_s;
        return result;
    }
    if (containsCredentialKey(*parsed)) {
        result.problem = u"payload carries credential-like keys (an echoed reply?)"_s;
        return result;
    }
    result.problem = validate(type, *parsed);
    if (!result.isValid())
        return result;
    result.payload = keepDocumented(type, *parsed);
    result.json = result.payload == *parsed ? tail.toByteArray().trimmed() : compactJson(result.payload);
    return result;
}

QString PayloadValidator::validate(CallCardEventType type, const QJsonValue &payload)
{
    switch (type) {
    case CallCardEventType::Initialized: {
        if (!payload.isObject())
            return u"initialized payload is not an object"_s;
        const QJsonObject object = payload.toObject();
        const QJsonValue callId = object.value(u"CALL_ID"_s);
        if (!callId.isString() || callId.toString().isEmpty())
            return u"CALL_ID missing or not a string"_s;
        return checkFields(object, initializedFields());
    }
    case CallCardEventType::EntityChanged:
        if (!payload.isObject() || payload.toObject().isEmpty())
            return u"entityChanged payload is not an object with its fields"_s;
        return checkFields(payload.toObject(), entityFields());
    case CallCardEventType::TransferButtonClick: {
        if (!payload.isObject())
            return u"transfer payload is not an object"_s;
        const QJsonObject object = payload.toObject();
        if (const QString problem = checkFields(object, transferFields()); !problem.isEmpty())
            return problem;
        const QJsonValue target = object.value(u"target"_s);
        if (!matches(target, Shape::StringOrInt))
            return u"target missing or not a number or string"_s;
        const QJsonValue kindValue = object.value(u"type"_s);
        if (object.contains(u"phoneNumber"_s)) {
            // {phoneNumber, target}: a worker has used a CallCard command (§1.4).
        } else if (!kindValue.isUndefined()) {
            // {type, target}: the portal's default selector.
            const QString kind = kindValue.toString();
            if (kind != u"user" && kind != u"pstn" && kind != u"queue")
                return u"type is not user, pstn or queue"_s;
        } else {
            return u"neither phoneNumber nor type present"_s;
        }
        if (!TransferTarget::classify(target, kindValue.toString()).isValid())
            return u"target is empty or not a valid id"_s;
        return {};
    }
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
        return {};
    }
}

QJsonValue PayloadValidator::keepDocumented(CallCardEventType type, const QJsonValue &payload)
{
    switch (type) {
    case CallCardEventType::Initialized: {
        QJsonObject kept = keepFields(payload.toObject(), initializedFields());
        if (kept.contains(u"CRM_BINDINGS"_s)) {
            QJsonArray bindings;
            for (const QJsonValue &binding : kept.value(u"CRM_BINDINGS"_s).toArray()) {
                if (binding.isObject())
                    bindings.append(keepFields(binding.toObject(), bindingFields()));
            }
            kept.insert(u"CRM_BINDINGS"_s, bindings);
        }
        return kept;
    }
    case CallCardEventType::EntityChanged:
        return keepFields(payload.toObject(), entityFields());
    case CallCardEventType::TransferButtonClick:
        return keepFields(payload.toObject(), transferFields());
    default:
        return payload;
    }
}

} // namespace opc
