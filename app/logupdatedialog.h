#pragma once

#include <QProgressDialog>

namespace opc {

class EventLogMigration;

// The first start after an update that changed the event log's layout: the log is brought up to date
// on a worker thread (EventLogMigration) while this dialog says so and how far it is. Quitting stops
// the update; the log stays as it was, complete, and the next start updates it again.
class LogUpdateDialog : public QProgressDialog
{
    Q_OBJECT

public:
    explicit LogUpdateDialog(EventLogMigration *migration, QWidget *parent = nullptr);

    // Updates the log at path if it needs it, with the dialog on screen once the update takes longer
    // than a moment. False when the operator quit during the update; true otherwise (also when the
    // update failed: the event store then opens the file itself and says what is wrong).
    static bool runIfNeeded(const QString &path);

    static constexpr int showAfterMs = 300;
};

} // namespace opc
