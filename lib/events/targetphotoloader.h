#pragma once

#include "protocol/callcardevent.h"

#include <QObject>
#include <QPixmap>
#include <QPointer>

class QNetworkAccessManager;

namespace opc {

class UserDirectory;

// Fetches the photo of a transfer's target employee (the directory knows its URL once the name is
// resolved), for the details view. Only employee targets have one.
class TargetPhotoLoader : public QObject
{
    Q_OBJECT

public:
    TargetPhotoLoader(UserDirectory *directory, QNetworkAccessManager *network, QObject *parent = nullptr);

    // Starts a download when the event is a transfer to a known employee with a photo; false if not.
    bool load(const CallCardEvent &event);

signals:
    void photoLoaded(qint64 eventId, const QPixmap &photo);

private:
    QPointer<UserDirectory> m_directory;
    QNetworkAccessManager *m_network;
};

} // namespace opc
