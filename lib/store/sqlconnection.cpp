#include "sqlconnection.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace opc {

SqlConnection::SqlConnection(const QString &path, Mode mode, std::chrono::milliseconds busyTimeout)
    : m_path(path)
{
    static std::atomic<quint64> counter{0};
    m_name = u"opc_store_"_s + QString::number(++counter);
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT="_s + QString::number(busyTimeout.count());
    if (mode == Mode::ReadOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    m_db.setConnectOptions(options);
}

SqlConnection::~SqlConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

bool SqlConnection::open()
{
    return m_db.open();
}

void SqlConnection::close()
{
    m_db.close();
}

int sqliteResultCode(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return 0;
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended codes (SQLITE_IOERR_WRITE = 778, …) carry the primary code in the low byte.
    return ok ? (code & 0xff) : -1;
}

} // namespace opc
