#include "secretredactor.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opc {

QString SecretRedactor::redact(const QString &text)
{
    // key, then optional ] / %5D (auth[access_token]=…), optional (escaped) quote, : or =, optional
    // (escaped) quote; the value runs to the next quote, backslash, separator or space. Escaped quotes
    // appear when QDebug prints a string that holds JSON.
    static const QRegularExpression keyValue(
        u"((?:access_token|refresh_token|client_secret|auth_id|refresh_id|application_token|"
        "password|secret)(?:\\]|%5D)?\\\\?[\"']?\\s*(?:[:=]|%3D)\\s*\\\\?[\"']?)[^\"'&\\s,;}\\]\\\\]+"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(u"(Bearer\\s+)[A-Za-z0-9._~+/=-]+"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(u'=') && !text.contains(u':') && !text.contains(u"bearer"_s, Qt::CaseInsensitive))
        return text;
    QString result = text;
    result.replace(keyValue, u"\\1"_s + mask);
    result.replace(bearer, u"\\1"_s + mask);
    return result;
}

} // namespace opc
