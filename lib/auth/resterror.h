#pragma once

#include <QCoreApplication>
#include <QString>

namespace opc {

// Why a REST call did not produce a result, in terms the console can act on.
class RestError
{
    Q_DECLARE_TR_FUNCTIONS(opc::RestError)

public:
    enum class Kind {
        None,
        NotSignedIn, // no tokens, or the refresh failed: names fall back to ids
        Api, // the documented {error, error_description} envelope (bad params, access denied…)
        RateLimited, // 503 QUERY_LIMIT_EXCEEDED still after the back-off retries
        OperationTimeLimit, // 429 OPERATION_TIME_LIMIT: the method's CPU budget is spent
        Timeout,
        Network,
        BadResponse, // HTML error page, malformed JSON, no envelope
        BatchTooLarge, // more than 50 commands; refused before sending
    };

    RestError() = default;
    RestError(Kind kind, int httpStatus = 0, QString code = {}, QString description = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    QString code() const { return m_code; }
    QString description() const { return m_description; }
    // True for trouble that says nothing about the request itself: worth a status-bar notice.
    bool isConnectionProblem() const;
    // One translated sentence for the status bar or the log.
    QString message() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_code;
    QString m_description;
};

} // namespace opc
