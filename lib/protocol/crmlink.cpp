#include "crmlink.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace opc {

QUrl CrmLink::entityUrl(const QUrl &portal, const QString &entityType, qint64 id)
{
    const QString type = entityType.toLower();
    static const QStringList known{u"contact"_s, u"company"_s, u"deal"_s, u"lead"_s};
    if (id <= 0 || !known.contains(type) || !portal.isValid() || portal.host().isEmpty())
        return {};
    QUrl url;
    url.setScheme(portal.scheme());
    url.setHost(portal.host());
    url.setPort(portal.port());
    url.setPath(u"/crm/"_s + type + u"/details/"_s + QString::number(id) + u'/');
    return url;
}

QUrl CrmLink::telUrl(const QString &number)
{
    QString dialled;
    for (const QChar c : number) {
        if (c.isDigit() || (c == u'+' && dialled.isEmpty()) || c == u'*' || c == u'#')
            dialled.append(c);
    }
    if (!std::any_of(dialled.cbegin(), dialled.cend(), [](QChar c) { return c.isDigit(); }))
        return {};
    QUrl url;
    url.setScheme(u"tel"_s);
    url.setPath(dialled); // a '#' is encoded, not taken for a fragment
    return url;
}

} // namespace opc
