#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace opc {

// Validates what an operator or admin gives as the portal address: a Bitrix24 cloud portal
// (https://<name>.bitrix24.<tld>) or any http(s) URL of a self-hosted portal.
class PortalAddress
{
    Q_DECLARE_TR_FUNCTIONS(PortalAddress)

public:
    struct Result
    {
        QUrl url; // normalised: scheme, lower-case host, no fragment; empty on error
        QString error; // a specific, translated message when the input is not acceptable
        bool isValid() const { return error.isEmpty(); }
    };

    // A bare host ("example.bitrix24.com") is taken as https.
    static Result parse(const QString &input);
    static bool isCloudPortal(const QUrl &url);
};

} // namespace opc
