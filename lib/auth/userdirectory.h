#pragma once

#include "resterror.h"
#include "userinfo.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <optional>

namespace opc {

class RestClient;

// Turns transfer-target ids and phone numbers into employees (user.get with IMAGE_RESIZE) and
// tells who the operator is (user.current). Each id is asked for once: a memory cache, plus the
// `user_cache` table of the event log (own connection; the table is created by the log's schema
// migrations when EventStore opens the file) with an expiry, so a restart does not re-ask. Ids requested in
// the same event-loop turn go out together: one user.get with an ID list for up to 50, one `batch` of such
// pages beyond that. Without sign-in every lookup fails with RestError::NotSignedIn and the UI keeps showing
// ids.
class UserDirectory : public QObject
{
    Q_OBJECT

public:
    // `databasePath`: the event log (EventStore::databasePath); empty = memory cache only.
    UserDirectory(RestClient *rest, const QString &databasePath, QObject *parent = nullptr);
    ~UserDirectory() override;

    // Separates the caches of several portals (use the portal host).
    void setPortalKey(const QString &key) { m_portalKey = key; }
    void setCacheLifetime(int secs) { m_lifetimeSecs = secs; }
    // IMAGE_RESIZE: small, medium or large.
    void setPhotoSize(const QString &size) { m_photoSize = size; }

    std::optional<UserInfo> cached(qint64 id);
    void resolve(qint64 id);
    void resolvePhone(const QString &phone);
    void resolveCurrentUser();
    void clearMemoryCache();

signals:
    void userResolved(const opc::UserInfo &user);
    void userNotFound(qint64 id);
    void lookupFailed(qint64 id, const opc::RestError &error);
    void phoneResolved(const QString &phone, const opc::UserInfo &user);
    void phoneNotMatched(const QString &phone);
    void currentUserResolved(const opc::UserInfo &user);

private:
    struct Entry
    {
        UserInfo user;
        QDateTime fetchedAt;
    };

    void flush();
    void onUsers(const QList<qint64> &asked, const QJsonArray &records);
    void lookUpFullNumber(const QString &phone);
    void onPhoneRecords(const QString &phone, const QJsonArray &records);
    void remember(const UserInfo &user, bool persist);
    bool isFresh(const QDateTime &fetchedAt) const;
    std::optional<UserInfo> findByPhone(const QString &phone) const;
    void openDatabase(const QString &path);
    std::optional<Entry> loadFromDatabase(qint64 id);
    void saveToDatabase(const UserInfo &user, const QDateTime &fetchedAt);

    RestClient *m_rest;
    QString m_connection;
    QString m_portalKey;
    QString m_photoSize = QStringLiteral("small");
    int m_lifetimeSecs = 24 * 3600;
    QHash<qint64, Entry> m_users;
    QSet<qint64> m_notFound;
    QSet<qint64> m_inFlight;
    QList<qint64> m_missing;
    QHash<QString, qint64> m_phoneIndex; // digits -> id, 0 = no employee has it
    QSet<QString> m_phonesInFlight;
    QStringList m_phonesWaitingForList;
    bool m_loadingList = false;
    QTimer m_flushTimer;
};

} // namespace opc
