// A console start that migrates the event log and may be killed midway: runs EventLogMigration on
// FILE and prints "progress <fraction>" as it goes, then "done <status>".
// Usage: opc_log_migrator FILE

#include "store/eventlogmigration.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: opc_log_migrator FILE\n");
        return 2;
    }
    const auto result = opc::EventLogMigration::run(QString::fromLocal8Bit(argv[1]), [](double fraction) {
        std::printf("progress %.3f\n", fraction);
        std::fflush(stdout);
        return true;
    });
    std::printf("done %d\n", int(result.status));
    std::fflush(stdout);
    return result.status == opc::EventLogMigration::Status::Failed ? 1 : 0;
}
