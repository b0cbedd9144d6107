#include "loadproblem.h"

using namespace Qt::StringLiterals;

namespace opc {
namespace {
// net/base/net_error_list.h (Chromium 102)
constexpr int kAborted = -3;
constexpr int kTimedOut = -7;
constexpr int kNetworkChanged = -21;
constexpr int kConnectionClosed = -100;
constexpr int kConnectionReset = -101;
constexpr int kConnectionRefused = -102;
constexpr int kConnectionAborted = -103;
constexpr int kConnectionFailed = -104;
constexpr int kNameNotResolved = -105;
constexpr int kInternetDisconnected = -106;
constexpr int kSslProtocolError = -107;
constexpr int kAddressUnreachable = -109;
constexpr int kSslVersionOrCipherMismatch = -113;
constexpr int kConnectionTimedOut = -118;
constexpr int kCertCommonNameInvalid = -200;
constexpr int kCertDateInvalid = -201;
constexpr int kCertAuthorityInvalid = -202;
constexpr int kCertRevoked = -206;
constexpr int kProxyConnectionFailed = -130;
constexpr int kNameResolutionFailed = -137;
constexpr int kNetworkAccessDenied = -138;
constexpr int kUnsafePort = -312;
constexpr int kEmptyResponse = -324;
} // namespace

LoadProblem LoadProblem::classify(QWebEngineLoadingInfo::ErrorDomain domain, int errorCode,
                                  const QString &errorString)
{
    LoadProblem problem;
    problem.m_code = errorCode;
    problem.m_detail = errorString;
    using D = QWebEngineLoadingInfo::ErrorDomain;
    if (domain == D::NoErrorDomain && errorCode == 0)
        return problem;
    if (domain == D::HttpStatusCodeDomain) {
        problem.m_kind = errorCode >= 500 ? Kind::ServerError : Kind::Other;
        return problem;
    }
    if (domain == D::CertificateErrorDomain || (errorCode <= -200 && errorCode > -300)) {
        problem.m_kind = Kind::Certificate;
        return problem;
    }
    if (domain == D::DnsErrorDomain || (errorCode <= -800 && errorCode > -900)) {
        problem.m_kind = Kind::NameNotFound;
        return problem;
    }
    switch (errorCode) {
    case kAborted:
        problem.m_kind = Kind::Aborted;
        break;
    case kInternetDisconnected:
    case kNetworkChanged:
    case kAddressUnreachable:
        problem.m_kind = Kind::NetworkDown;
        break;
    case kNameNotResolved:
    case kNameResolutionFailed:
        problem.m_kind = Kind::NameNotFound;
        break;
    case kConnectionRefused:
    case kConnectionFailed:
    case kConnectionReset:
    case kConnectionClosed:
    case kConnectionAborted:
    case kNetworkAccessDenied:
    case kProxyConnectionFailed:
    case kUnsafePort:
        problem.m_kind = Kind::ConnectionRefused;
        break;
    case kTimedOut:
    case kConnectionTimedOut:
    case kEmptyResponse:
        problem.m_kind = Kind::TimedOut;
        break;
    case kSslProtocolError:
    case kSslVersionOrCipherMismatch:
        problem.m_kind = Kind::Certificate;
        break;
    default:
        problem.m_kind = Kind::Other;
        break;
    }
    return problem;
}

LoadProblem LoadProblem::fromLoadingInfo(const QWebEngineLoadingInfo &info)
{
    if (info.status() == QWebEngineLoadingInfo::LoadStoppedStatus)
        return classify(QWebEngineLoadingInfo::ConnectionErrorDomain, kAborted, info.errorString());
    if (info.status() != QWebEngineLoadingInfo::LoadFailedStatus)
        return {};
    return classify(info.errorDomain(), info.errorCode(), info.errorString());
}

QString LoadProblem::describeCertificate(const QString &host) const
{
    switch (m_code) {
    case kCertCommonNameInvalid:
        return tr("The certificate of %1 was issued for another name.").arg(host);
    case kCertDateInvalid:
        return tr("The certificate of %1 has expired or is not valid yet (check this computer's date).")
            .arg(host);
    case kCertAuthorityInvalid:
        return tr("The certificate of %1 was not issued by an authority this computer trusts (it may be "
                  "self-signed).")
            .arg(host);
    case kCertRevoked:
        return tr("The certificate of %1 has been revoked.").arg(host);
    case kSslProtocolError:
    case kSslVersionOrCipherMismatch:
        return tr("No secure connection to %1 could be made (%2).").arg(host, m_detail);
    default:
        return tr("The certificate of %1 is not trusted (%2).").arg(host, m_detail);
    }
}

QString LoadProblem::describe(const QString &host) const
{
    switch (m_kind) {
    case Kind::None:
    case Kind::Aborted:
        return {};
    case Kind::NetworkDown:
        return tr("This computer is not connected to the network.");
    case Kind::NameNotFound:
        return tr("The name %1 could not be found: check the portal's address and the network's "
                  "name server.")
            .arg(host);
    case Kind::ConnectionRefused:
        return tr("%1 refused the connection: the server is down or a firewall blocks its port.").arg(host);
    case Kind::TimedOut:
        return tr("%1 did not answer in time.").arg(host);
    case Kind::Certificate:
        return describeCertificate(host);
    case Kind::ServerError:
        return tr("%1 answered with a server error (HTTP %2).").arg(host).arg(m_code);
    case Kind::Other:
        break;
    }
    return m_detail.isEmpty() ? tr("%1 could not be loaded (error %2).").arg(host).arg(m_code)
                              : tr("%1 could not be loaded (%2).").arg(host, m_detail);
}

} // namespace opc
