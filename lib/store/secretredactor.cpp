#include "secretredactor.h"

#include <QRegularExpression>

namespace opc {

QString SecretRedactor::redact(const QString &text)
{
    // key, then optional ] / %5D (auth[access_token]=…), optional (escaped) quote, : or =, optional
    // (escaped) quote; the value runs to the next quote, backslash, separator or space. Escaped quotes
    // appear when QDebug prints a string that holds JSON.
    static const QRegularExpression keyValue(
        QStringLiteral(
            "((?:access_token|refresh_token|client_secret|auth_id|refresh_id|application_token|"
            "password|secret)(?:\\]|%5D)?\\\\?[\"']?\\s*(?:[:=]|%3D)\\s*\\\\?[\"']?)[^\"'&\\s,;}\\]\\\\]+"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[A-Za-z0-9._~+/=-]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (!text.contains(u'=') && !text.contains(u':') && !text.contains(u"bearer"_qs, Qt::CaseInsensitive))
        return text;
    QString result = text;
    result.replace(keyValue, u"\\1"_qs + mask);
    result.replace(bearer, u"\\1"_qs + mask);
    return result;
}

} // namespace opc
