#include "targetphotoloader.h"

#include "auth/userdirectory.h"
#include "auth/userinfo.h"
#include "protocol/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

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
    const qint64 userId = user->id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, eventId, userId] {
        reply->deleteLater();
        QPixmap photo;
        if (reply->error() == QNetworkReply::NoError && photo.loadFromData(reply->readAll())) {
            emit photoLoaded(eventId, photo);
            return;
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString why = status >= 400              ? u"HTTP %1"_s.arg(status)
            : reply->error() != QNetworkReply::NoError ? reply->errorString()
                                                       : u"not an image"_s;
        qCInfo(lcRest).noquote() << "photo of employee" << userId << "not loaded:" << why;
        emit photoFailed(eventId);
    });
    return true;
}

} // namespace opc
