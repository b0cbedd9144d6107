#include "eventlogmigration.h"

#include "protocol/logging.h"
#include "sqlconnection.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace opc {

EventLogMigration::EventLogMigration(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path)
{
    qRegisterMetaType<opc::EventLogMigration::Result>();
}

EventLogMigration::~EventLogMigration()
{
    if (m_thread) {
        stop();
        m_thread->wait();
        delete m_thread;
    }
}

bool EventLogMigration::isNeeded(const QString &path)
{
    const EventSchema::Header header = EventSchema::readHeader(path);
    return header.kind == EventSchema::Header::Kind::Database && header.userVersion > 0 &&
        header.userVersion < EventSchema::currentVersion;
}

EventLogMigration::Result EventLogMigration::run(const QString &path, const EventSchema::Progress &progress)
{
    Result result;
    if (!isNeeded(path))
        return result;
    QElapsedTimer timer;
    timer.start();
    // The store's writer settings: WAL, so that the event log's readers are not blocked out, and a
    // durable commit. Waiting for another program's lock is fine off the GUI thread.
    SqlConnection connection(path, SqlConnection::Mode::ReadWrite, SqlConnection::backgroundBusyTimeout);
    QSqlError error;
    const auto fail = [&](const QSqlError &cause) {
        result.status = EventSchema::cancelledText() == cause.driverText() ? Status::Stopped : Status::Failed;
        result.error = result.status == Status::Failed ? cause.text() : QString();
        qCWarning(lcStore) << "event log migration"
                           << (result.status == Status::Stopped ? "stopped:" : "failed:") << path
                           << result.error;
        return result;
    };
    if (!connection.open())
        return fail(connection.lastError());
    result.fromVersion = EventSchema::userVersion(connection.database(), &error);
    if (result.fromVersion < 0)
        return fail(error);
    if (result.fromVersion >= EventSchema::currentVersion)
        return result; // the header was behind a WAL commit: nothing to do
    QSqlQuery query(connection.database());
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.exec(u"PRAGMA synchronous=FULL"_s))
        return fail(query.lastError());
    query = QSqlQuery();
    if (progress && !progress(0))
        return fail(QSqlError(EventSchema::cancelledText(), {}, QSqlError::UnknownError));
    if (!EventSchema::migrate(connection.database(), &error, progress))
        return fail(error);
    if (progress)
        progress(1);
    result.status = Status::Migrated;
    qCInfo(lcStore) << "event log migrated off the GUI thread from schema" << result.fromVersion << "in"
                    << timer.elapsed() << "ms";
    return result;
}

void EventLogMigration::start()
{
    if (m_thread)
        return;
    m_stop = false;
    m_thread = QThread::create([this] {
        const Result result = run(m_path, [this](double fraction) {
            const int value = qRound(fraction * progressRange);
            // Queued to this object's thread only when the figure moves.
            if (m_reported.exchange(value) != value)
                emit progressChanged(value);
            return !m_stop.load();
        });
        emit finished(result);
    });
    m_thread->setObjectName(u"event log migration"_s);
    connect(m_thread, &QThread::finished, this, [this] {
        m_thread->deleteLater();
        m_thread = nullptr;
    });
    m_thread->start();
}

void EventLogMigration::stop()
{
    m_stop = true;
}

bool EventLogMigration::isRunning() const
{
    return m_thread != nullptr;
}

} // namespace opc
