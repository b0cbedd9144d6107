#include "targetphotoloader.h"

#include "auth/userdirectory.h"
#include "auth/userinfo.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace opc {

TargetPhotoLoader::TargetPhotoLoader(UserDirectory *directory, QNetworkAccessManager *network,
                                     QObject *parent)
    : QObject(parent)
    , m_directory(directory)
    , m_network(network)
{
}

bool TargetPhotoLoader::load(const CallCardEvent &event)
{
    if (!m_directory || !event.isTransfer() || event.target.kind() != TransferTarget::Kind::User)
        return false;
    const auto user = m_directory->cached(event.target.value().toLongLong());
    if (!user || !user->photoUrl.isValid())
        return false;
    QNetworkReply *reply = m_network->get(QNetworkRequest(user->photoUrl));
    const qint64 eventId = event.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, eventId] {
        reply->deleteLater();
        QPixmap photo;
        if (reply->error() == QNetworkReply::NoError && photo.loadFromData(reply->readAll()))
            emit photoLoaded(eventId, photo);
    });
    return true;
}

} // namespace opc
