// The demo portal on its own, so Chromium and the console load the very same page: the demo
// portal with one telephony app whose worker runs the official @bitrix24/b24jssdk
// (bench/pages/bench-worker.html). Prints "portal <url>" once it listens, and one line
// "bound <phase> <client> <epoch ms>" each time a worker reports its 17 binds (phase "sent": the
// placementBindEvent messages are posted; "ready": the SDK resolved them), so a script can time
// launch -> bound for any browser from the outside.
#include "benchportal.h"
#include "demo/demoportalserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTextStream>
#include <QUrlQuery>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Serves the demo portal with an SDK worker for the benchmarks."_s);
    parser.addHelpOption();
    const QCommandLineOption sdkOption(u"sdk-dir"_s, u"b24jssdk dist/umd directory"_s, u"dir"_s,
                                       opc::bench::defaultSdkDir());
    const QCommandLineOption workerOption(u"worker"_s, u"worker page"_s, u"file"_s,
                                          opc::bench::defaultWorkerPage());
    const QCommandLineOption portOption(u"port"_s, u"portal port to try first"_s, u"port"_s, u"0"_s);
    parser.addOptions({sdkOption, workerOption, portOption});
    parser.process(app);

    QTextStream err(stderr);
    opc::DemoPortalOptions options;
    QString error;
    if (!opc::bench::sdkWorkerPortal(parser.value(sdkOption), parser.value(workerOption), &options, &error)) {
        err << "bench_portal: " << error << Qt::endl;
        return 2;
    }
    options.preferredPortalPort = quint16(parser.value(portOption).toUInt());
    opc::DemoPortalServer server(options);
    if (!server.start(&error)) {
        err << "bench_portal: " << error << Qt::endl;
        return 1;
    }
    server.handlerHttpServer(0)->route(u"/bench/bound"_s, [](const QHttpServerRequest &request) {
        const QUrlQuery query(request.url());
        std::printf("bound %s %s %lld\n", qPrintable(query.queryItemValue(u"phase"_s)),
                    qPrintable(query.queryItemValue(u"ua"_s)), QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
        return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
    });
    std::printf("portal %s\n", qPrintable(server.portalUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
