#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <chrono>

namespace opc {

// One named QSqlDatabase connection to an SQLite file, owned by the thread that created it.
// Qt SQL connections must not cross threads, so the store, the exporter and the pruner each hold
// their own; the destructor closes and unregisters it.
class SqlConnection
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    // How long a statement waits for another connection's lock before failing with SQLITE_BUSY.
    // Worker threads (export, pruning) can afford to wait; the GUI thread must not freeze, so its
    // writer gives up quickly and lets the event store queue instead.
    static constexpr std::chrono::milliseconds backgroundBusyTimeout{5000};
    static constexpr std::chrono::milliseconds guiBusyTimeout{150};

    SqlConnection(const QString &path, Mode mode,
                  std::chrono::milliseconds busyTimeout = backgroundBusyTimeout);
    ~SqlConnection();
    Q_DISABLE_COPY_MOVE(SqlConnection)

    bool open();
    void close();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase database() const { return m_db; }
    QString name() const { return m_name; }
    QString path() const { return m_path; }
    QSqlError lastError() const { return m_db.lastError(); }

private:
    QString m_name;
    QString m_path;
    QSqlDatabase m_db;
};

// Primary SQLite result code (SQLITE_FULL = 13, …) of an error from the QSQLITE driver; 0 if none.
int sqliteResultCode(const QSqlError &error);

namespace sqlite {
inline constexpr int Busy = 5;
inline constexpr int Locked = 6;
inline constexpr int ReadOnly = 8;
inline constexpr int IoErr = 10;
inline constexpr int Corrupt = 11;
inline constexpr int Full = 13;
inline constexpr int CantOpen = 14;
inline constexpr int NotADb = 26;
} // namespace sqlite

} // namespace opc
