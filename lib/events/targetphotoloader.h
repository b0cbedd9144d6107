#pragma once

#include "protocol/callcardevent.h"

#include <QObject>
#include <QPixmap>
#include <QPointer>

class QNetworkAccessManager;

namespace opc {

class UserDirectory;

// Fetches the photo of a transfer's target employee (the directory knows its URL once the name is
// resolved), for the details view. Only employee targets have one. Every download started ends in
// exactly one of photoLoaded or photoFailed; nothing is cached (the details view asks once per
// selection).
class TargetPhotoLoader : public QObject
{
    Q_OBJECT

public:
    TargetPhotoLoader(UserDirectory *directory, QNetworkAccessManager *network, QObject *parent = nullptr);

    // Starts a download when the event is a transfer to a known employee with a photo; false if not.
    bool load(const CallCardEvent &event);

signals:
    void photoLoaded(qint64 eventId, const QPixmap &photo);
    // The portal did not answer, answered with an HTTP error, or sent something that is no image
    // (the reason is in the diagnostics log).
    void photoFailed(qint64 eventId);

private:
    QPointer<UserDirectory> m_directory;
    QNetworkAccessManager *m_network;
};

} // namespace opc
