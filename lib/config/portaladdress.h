#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace opc {

// Validates what an operator or admin gives as the portal address: a Bitrix24 cloud portal
// (https://<name>.bitrix24.<tld>) or any http(s) URL of a self-hosted portal (host names,
// internationalised names, localhost and IP addresses). The page's path and query are kept, but not
// a pasted link's sign-in codes or tokens. Typical slips are either fixed quietly when nothing can
// go wrong (upper case, a trailing dot, "https//") or
// refused with a specific message and, where one is obvious, the address the operator meant.
class PortalAddress
{
    Q_DECLARE_TR_FUNCTIONS(opc::PortalAddress)

public:
    struct Result
    {
        QUrl url; // normalised: scheme, lower-case host, no fragment; empty on error
        QString error; // a specific, translated message when the input is not acceptable
        // What the operator probably meant ("foo" -> https://foo.bitrix24.com/), when refused.
        QUrl suggestion;
        bool isValid() const { return error.isEmpty(); }
    };

    // A bare host ("example.bitrix24.com") is taken as https. A bare single word ("foo") is
    // refused with the cloud portal it probably names; with a scheme or port ("http://crm:8080")
    // it is taken as an intranet server's name.
    static Result parse(const QString &input);
    static bool isCloudPortal(const QUrl &url);
    // Bitrix24's own web sites (bitrix24.com, www.bitrix24.de, …), which are not a portal.
    static bool isBitrixSite(const QString &host);
};

} // namespace opc
