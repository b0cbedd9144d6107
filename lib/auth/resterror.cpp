#include "resterror.h"

namespace opc {

RestError::RestError(Kind kind, int httpStatus, QString code, QString description)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_code(std::move(code))
    , m_description(std::move(description))
{
}

bool RestError::isConnectionProblem() const
{
    switch (m_kind) {
    case Kind::RateLimited:
    case Kind::OperationTimeLimit:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::BadResponse:
        return true;
    default:
        return false;
    }
}

QString RestError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::NotSignedIn:
        return tr("Not signed in to the portal: showing ids instead of names.");
    case Kind::Api:
        return m_description.isEmpty()
            ? tr("The portal refused the request (%1).").arg(m_code)
            : tr("The portal refused the request (%1: %2).").arg(m_code, m_description);
    case Kind::RateLimited:
        return tr("The portal is limiting requests; names will appear a little later.");
    case Kind::OperationTimeLimit:
        return tr("The portal's time budget for this request is used up; try again in a few minutes.");
    case Kind::Timeout:
        return tr("The portal did not answer in time.");
    case Kind::Network:
        return tr("Cannot reach the portal: %1").arg(m_description);
    case Kind::BadResponse:
        return m_httpStatus ? tr("The portal sent an unexpected answer (HTTP %1).").arg(m_httpStatus)
                            : tr("The portal sent an unexpected answer.");
    case Kind::BatchTooLarge:
        return tr("Too many commands in one batch (at most 50).");
    }
    return {};
}

} // namespace opc
