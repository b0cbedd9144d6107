#pragma once

#include "eventschema.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace opc {

// Brings an older event log to the current schema before the console opens it, so that a long
// migration (seconds for a million events, minutes under load) runs on a worker thread with its own
// connection while the window says how far it is. The migration is one transaction: stopping it,
// a failure or a killed process leaves the file at its old version with every event, and the next
// start migrates it again. EventStore::open then finds the file current and migrates nothing; a file
// this class could not migrate (damaged, newer, locked) is left to it, which says why.
class EventLogMigration : public QObject
{
    Q_OBJECT

public:
    enum class Status { NotNeeded, Migrated, Stopped, Failed };
    struct Result
    {
        Status status = Status::NotNeeded;
        int fromVersion = 0;
        QString error; // diagnostics text, not translated; empty unless Failed
    };

    explicit EventLogMigration(const QString &path, QObject *parent = nullptr);
    // Stops a migration still running (it rolls back) and waits for its thread.
    ~EventLogMigration() override;

    // Whether the file at path is an event log of an older schema (read from its header without
    // opening it for writing; a missing, empty, damaged or newer file needs no migration here).
    static bool isNeeded(const QString &path);
    // The migration on the calling thread, with a connection of its own; progress as EventSchema's.
    static Result run(const QString &path, const EventSchema::Progress &progress = {});

    // Starts run() on a worker thread; progressChanged and finished arrive on this object's thread.
    void start();
    // Asks the running migration to stop; finished() follows with Status::Stopped.
    void stop();
    bool isRunning() const;
    QString path() const { return m_path; }

    // Steps of progressChanged: 0 … progressRange.
    static constexpr int progressRange = 1000;

signals:
    void progressChanged(int value);
    void finished(const opc::EventLogMigration::Result &result);

private:
    QString m_path;
    std::atomic_bool m_stop = false;
    std::atomic_int m_reported = -1;
    QThread *m_thread = nullptr;
};

} // namespace opc
