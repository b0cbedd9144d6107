#include "portalpage.h"

#include "protocol/callcardeventtype.h"
#include "webasset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <array>

namespace opc {
namespace {

QString attr(const QString &value)
{
    return value.toHtmlEscaped();
}

QString hiddenInput(QLatin1StringView name, const QString &value)
{
    return u"<input type=\"hidden\" name=\""_qs + name + u"\" value=\""_qs + attr(value) + u"\">\n"_qs;
}

} // namespace

PortalPage::PortalPage(const DemoPortalOptions &options, QString portalHost, QString handlerOrigin)
    : m_options(options)
    , m_portalHost(std::move(portalHost))
    , m_handlerOrigin(std::move(handlerOrigin))
{
}

void PortalPage::addApp(const WorkerApp &app)
{
    m_apps.append(app);
}

QString PortalPage::newAppSid()
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    QByteArray bytes(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(bytes.toHex());
}

QString PortalPage::frameName(const WorkerApp &app) const
{
    return m_portalHost + u"|0|" + app.appSid;
}

QUrl PortalPage::formAction(const WorkerApp &app) const
{
    QUrl url = app.handlerUrl;
    QUrlQuery query;
    query.addQueryItem(u"DOMAIN"_qs, m_portalHost);
    query.addQueryItem(u"PROTOCOL"_qs, u"0"_qs);
    query.addQueryItem(u"LANG"_qs, m_options.lang);
    query.addQueryItem(u"APP_SID"_qs, app.appSid);
    url.setQuery(query);
    return url;
}

QString PortalPage::workerAppsHtml() const
{
    // PLACEMENT_OPTIONS travels as a JSON string in the form (§2.1).
    const QString placementOptions = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"ID"_qs, u"PAGE_BACKGROUND_WORKER"_qs}, {u"URI"_qs, u"/"_qs}})
            .toJson(QJsonDocument::Compact));
    QString out;
    for (const WorkerApp &app : m_apps) {
        const QString name = attr(frameName(app));
        out += u"<iframe id=\"appframe_"_qs + app.appSid + u"\" name=\""_qs + name +
            u"\" class=\"app-frame\" src=\"about:blank\" "
            u"allow=\"geolocation *; microphone *; camera *; autoplay *;\"></iframe>\n"_qs;
        out += u"<form name=\"appform_"_qs + app.appSid + u"\" id=\"appform_"_qs + app.appSid +
            u"\" method=\"POST\" style=\"display:none\" action=\""_qs +
            attr(formAction(app).toString(QUrl::FullyEncoded)) + u"\" target=\""_qs + name + u"\">\n"_qs;
        out += hiddenInput(QLatin1StringView("AUTH_ID"), m_options.authId);
        out += hiddenInput(QLatin1StringView("AUTH_EXPIRES"), u"3600"_qs);
        out += hiddenInput(QLatin1StringView("REFRESH_ID"), m_options.refreshId);
        out += hiddenInput(QLatin1StringView("SERVER_ENDPOINT"), m_options.serverEndpoint);
        out += hiddenInput(QLatin1StringView("APPLICATION_TOKEN"), m_options.applicationToken);
        out += hiddenInput(QLatin1StringView("APPLICATION_SCOPE"), u"placement,telephony,user_brief,crm"_qs);
        out += hiddenInput(QLatin1StringView("member_id"), m_options.memberId);
        out += hiddenInput(QLatin1StringView("status"), u"L"_qs);
        out += hiddenInput(QLatin1StringView("PLACEMENT"), u"PAGE_BACKGROUND_WORKER"_qs);
        out += hiddenInput(QLatin1StringView("PLACEMENT_OPTIONS"), placementOptions);
        out += u"</form>\n"_qs;
    }
    return out;
}

QByteArray PortalPage::configJson() const
{
    QJsonArray apps;
    for (qsizetype i = 0; i < m_apps.size(); ++i) {
        const WorkerApp &app = m_apps.at(i);
        apps.append(QJsonObject{
            {u"index"_qs, int(i)},
            {u"appSid"_qs, app.appSid},
            {u"frameName"_qs, frameName(app)},
            {u"handlerUrl"_qs, formAction(app).toString(QUrl::FullyEncoded)},
            {u"handlerOrigin"_qs, m_handlerOrigin},
        });
    }
    QJsonArray events;
    for (const CallCardEventType type : callcard::allEventTypes())
        events.append(callcard::fullName(type));
    const QJsonObject config{
        {u"portalHost"_qs, m_portalHost},
        {u"lang"_qs, m_options.lang},
        {u"authId"_qs, m_options.authId},
        {u"refreshId"_qs, m_options.refreshId},
        {u"memberId"_qs, m_options.memberId},
        {u"apps"_qs, apps},
        {u"events"_qs, events},
    };
    QByteArray json = QJsonDocument(config).toJson(QJsonDocument::Compact);
    // Inside <script>: never let a value close the element.
    json.replace("</", "<\\/");
    return json;
}

QByteArray PortalPage::html() const
{
    QByteArray page = webasset::resourceBytes(u"portal.html");
    page.replace("{{PORTAL_HOST}}", attr(m_portalHost).toUtf8());
    page.replace("{{CONFIG_JSON}}", configJson());
    page.replace("{{WORKER_APPS}}", workerAppsHtml().toUtf8());
    return page;
}

} // namespace opc
