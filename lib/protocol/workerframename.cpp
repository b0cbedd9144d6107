#include "workerframename.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace opc {

std::optional<WorkerFrameName> WorkerFrameName::parse(const QString &windowName)
{
    static const QRegularExpression pattern(
        u"^([A-Za-z0-9.-]+(?::[0-9]{1,5})?)\\|([01])\\|([0-9a-f]{32})$"_s);
    const auto match = pattern.match(windowName);
    if (!match.hasMatch())
        return std::nullopt;
    WorkerFrameName name;
    name.domain = match.captured(1).toLower();
    name.https = match.captured(2) == u"1";
    name.appSid = match.captured(3);
    if (name.domain.endsWith(u":80") || name.domain.endsWith(u":443"))
        name.domain.truncate(name.domain.lastIndexOf(u':'));
    return name;
}

QString WorkerFrameName::portalOrigin() const
{
    return (https ? u"https://"_s : u"http://"_s) + domain;
}

} // namespace opc
