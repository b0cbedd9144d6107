#include "logupdatedialog.h"

#include "protocol/logging.h"
#include "store/eventlogmigration.h"

#include <QApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace opc {

LogUpdateDialog::LogUpdateDialog(EventLogMigration *migration, QWidget *parent)
    : QProgressDialog(parent)
{
    setObjectName(u"logUpdateDialog"_s);
    setWindowTitle(QApplication::applicationDisplayName());
    setLabelText(tr("Updating the event log for this version of the console.\n"
                    "This happens once, after an update; the console opens when it is done."));
    setCancelButtonText(tr("Quit"));
    setRange(0, EventLogMigration::progressRange);
    setMinimumWidth(420);
    setAutoClose(false);
    setAutoReset(false);
    setMinimumDuration(showAfterMs);
    setValue(0);
    connect(migration, &EventLogMigration::progressChanged, this, &QProgressDialog::setValue);
    connect(this, &QProgressDialog::canceled, migration, &EventLogMigration::stop);
}

bool LogUpdateDialog::runIfNeeded(const QString &path)
{
    if (!EventLogMigration::isNeeded(path))
        return true;
    EventLogMigration migration(path);
    LogUpdateDialog dialog(&migration);
    EventLogMigration::Result result;
    QEventLoop loop;
    connect(&migration, &EventLogMigration::finished, &loop, [&](const EventLogMigration::Result &outcome) {
        result = outcome;
        loop.quit();
    });
    migration.start();
    loop.exec();
    if (result.status == EventLogMigration::Status::Stopped)
        qCInfo(lcApp) << "the operator quit during the event log update; it runs again at the next start";
    return result.status != EventLogMigration::Status::Stopped;
}

} // namespace opc
