#include "demotokensigner.h"

#include <QByteArrayList>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace opc {
namespace {

// Loopback-only demo key (see the header): public by design, identical in every build.
constexpr QByteArrayView kDemoSigningKey = "opc-demo-portal-token-key-v1/not-a-secret/loopback-only";
constexpr QByteArrayView kVersion = "d1";
constexpr auto kBase64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray mac(const QByteArray &payload)
{
    return QMessageAuthenticationCode::hash(payload, kDemoSigningKey.toByteArray(),
                                            QCryptographicHash::Sha256);
}

// Length-independent comparison, so a forged MAC cannot be found byte by byte from timings.
bool sameMac(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

QString DemoTokenSigner::sign(const Claims &claims)
{
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()), nonce.size() / 4);
    const QByteArray payload = QByteArrayList{kVersion.toByteArray(),
                                              claims.kind == Kind::Access ? "a" : "r",
                                              QByteArray::number(claims.userId),
                                              claims.memberId.toUtf8().toBase64(kBase64),
                                              QByteArray::number(claims.expiresAt.toMSecsSinceEpoch()),
                                              nonce.toHex()}
                                   .join('|');
    return QString::fromLatin1(payload.toBase64(kBase64) + '.' + mac(payload).toBase64(kBase64));
}

std::optional<DemoTokenSigner::Claims> DemoTokenSigner::verify(const QString &token)
{
    const QByteArrayList parts = token.toLatin1().split('.');
    if (parts.size() != 2)
        return std::nullopt;
    constexpr auto strict = kBase64 | QByteArray::AbortOnBase64DecodingErrors;
    const auto payload = QByteArray::fromBase64Encoding(parts.at(0), strict);
    const auto signature = QByteArray::fromBase64Encoding(parts.at(1), strict);
    if (!payload || !signature || !sameMac(*signature, mac(*payload)))
        return std::nullopt;
    const QByteArrayList fields = payload.decoded.split('|');
    if (fields.size() != 6 || fields.at(0) != kVersion || (fields.at(1) != "a" && fields.at(1) != "r"))
        return std::nullopt;
    bool userOk = false;
    bool expiryOk = false;
    Claims claims;
    claims.kind = fields.at(1) == "a" ? Kind::Access : Kind::Refresh;
    claims.userId = fields.at(2).toInt(&userOk);
    claims.memberId = QString::fromUtf8(QByteArray::fromBase64(fields.at(3), kBase64));
    claims.expiresAt = QDateTime::fromMSecsSinceEpoch(fields.at(4).toLongLong(&expiryOk), Qt::UTC);
    if (!userOk || !expiryOk || claims.userId <= 0)
        return std::nullopt;
    return claims;
}

} // namespace opc
