// Stand-in for `operator-console --export-log …` so tests can run the export as a process. It
// parses the same options the app exposes and, like the app, calls ExportCommand before any
// QCoreApplication exists.
#include "store/exportcommand.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    QCommandLineParser parser;
    const QCommandLineOption dataDir(u"data-dir"_qs, u"Data directory."_qs, u"DIR"_qs);
    parser.addOption(dataDir);
    opc::ExportCommand::addOptions(parser);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return opc::ExportCommand::BadArgument;
    }
    if (!opc::ExportCommand::isRequested(parser)) {
        err << "nothing to do: pass --export-log" << Qt::endl;
        return opc::ExportCommand::BadArgument;
    }
    return opc::ExportCommand::run(parser, parser.value(dataDir), err);
}
