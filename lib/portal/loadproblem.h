#pragma once

#include <QCoreApplication>
#include <QString>
#include <QWebEngineLoadingInfo>

namespace opc {

// Why the portal's page did not load, in words an operator can act on: the network is down, the
// name is not found, the server (or a firewall) refused the port, it did not answer, its
// certificate is not trusted, or it answered with an error. From Chromium's net error codes
// (net/base/net_error_list.h), which QtWebEngine passes through.
class LoadProblem
{
    Q_DECLARE_TR_FUNCTIONS(opc::LoadProblem)

public:
    enum class Kind {
        None,
        Aborted, // the operator (or a new load) stopped it: not a problem
        NetworkDown,
        NameNotFound,
        ConnectionRefused,
        TimedOut,
        Certificate,
        ServerError,
        Other,
    };

    LoadProblem() = default;
    static LoadProblem classify(QWebEngineLoadingInfo::ErrorDomain domain, int errorCode,
                                const QString &errorString = {});
    static LoadProblem fromLoadingInfo(const QWebEngineLoadingInfo &info);

    Kind kind() const { return m_kind; }
    int errorCode() const { return m_code; }
    bool isProblem() const { return m_kind != Kind::None && m_kind != Kind::Aborted; }
    // Whether trying again later may help without anyone changing anything on this machine (a
    // certificate stays untrusted until the operator or the admin acts).
    bool retryMayHelp() const { return isProblem() && m_kind != Kind::Certificate; }
    // One sentence for a banner, e.g. "The name acme.example.com could not be found."
    QString describe(const QString &host) const;

private:
    QString describeCertificate(const QString &host) const;

    Kind m_kind = Kind::None;
    int m_code = 0;
    QString m_detail;
};

} // namespace opc
