#pragma once

#include <QString>
#include <QUrl>

namespace opc {

// Links into the portal for what a call carries: a CRM entity's card and the client's number.
class CrmLink
{
public:
    // The portal's own page of the entity: /crm/contact/details/17/ (also company, deal, lead) on the
    // portal's origin; invalid for another type or an id of 0.
    static QUrl entityUrl(const QUrl &portal, const QString &entityType, qint64 id);
    // tel:+74951234567: the number with what a dialler does not need dropped (spaces, dashes,
    // brackets); invalid when no digit is left.
    static QUrl telUrl(const QString &number);
};

} // namespace opc
