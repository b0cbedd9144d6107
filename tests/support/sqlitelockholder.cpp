// Another program holding the event log's write lock: opens the SQLite file, takes the lock with
// BEGIN IMMEDIATE, prints "locked", keeps it for the given time, commits and prints "released".
// Usage: opc_sqlite_lock_holder FILE MILLISECONDS

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "opc_sqlite_lock_holder: %s\n", qPrintable(message));
    return 1;
}

void say(const char *line)
{
    std::printf("%s\n", line);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int holdMs = args.value(2).toInt(&ok);
    if (args.size() != 3 || !ok || holdMs < 0)
        return fail(u"usage: opc_sqlite_lock_holder FILE MILLISECONDS"_s);

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
    db.setDatabaseName(args.at(1));
    if (!db.open())
        return fail(db.lastError().text());
    int status = 0;
    {
        QSqlQuery query(db);
        if (!query.exec(u"BEGIN IMMEDIATE"_s))
            return fail(query.lastError().text());
        say("locked");
        QTimer::singleShot(holdMs, &app, [&] {
            if (!query.exec(u"COMMIT"_s))
                status = fail(query.lastError().text());
            app.quit();
        });
        app.exec();
    }
    db.close();
    if (status == 0)
        say("released");
    return status;
}
