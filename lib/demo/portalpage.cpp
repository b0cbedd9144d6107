#include "portalpage.h"

#include "protocol/callcardeventtype.h"
#include "webasset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <array>

using namespace Qt::StringLiterals;

namespace opc {
namespace {

QString attr(const QString &value)
{
    return value.toHtmlEscaped();
}

QString hiddenInput(QLatin1StringView name, const QString &value)
{
    return u"<input type=\"hidden\" name=\""_s + name + u"\" value=\""_s + attr(value) + u"\">\n"_s;
}

} // namespace

PortalPage::PortalPage(const DemoPortalOptions &options, QString portalHost)
    : m_options(options)
    , m_portalHost(std::move(portalHost))
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
    query.addQueryItem(u"DOMAIN"_s, m_portalHost);
    query.addQueryItem(u"PROTOCOL"_s, u"0"_s);
    query.addQueryItem(u"LANG"_s, m_options.lang);
    query.addQueryItem(u"APP_SID"_s, app.appSid);
    url.setQuery(query);
    return url;
}

QString PortalPage::placementHtml(const WorkerApp &app) const
{
    const QString sid = app.appSid;
    return u"<div id=\"placement_rest_"_s + QString::number(app.placementId) + u"\">\n"_s +
        u"<div id=\"appframe_layout_"_s + sid + u"\" class=\"app-frame-layout\">\n"_s +
        u"<iframe id=\"appframe_"_s + sid + u"\" name=\""_s + attr(frameName(app)) +
        u"\" frameborder=\"0\" class=\"app-frame app-loading\" "
        u"allow=\"geolocation *; microphone *; camera *; autoplay *;\"></iframe>\n"_s +
        u"<div id=\"appframe_loading_"_s + sid + u"\" class=\"app-loading-msg\"></div>\n"_s +
        u"</div>\n</div>\n"_s;
}

QString PortalPage::formHtml(const WorkerApp &app) const
{
    // PLACEMENT_OPTIONS travels as a JSON string in the form (§2.1).
    const QString placementOptions = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"ID"_s, u"PAGE_BACKGROUND_WORKER"_s}, {u"URI"_s, u"/"_s}})
            .toJson(QJsonDocument::Compact));
    QString out = u"<form name=\"appform_"_s + app.appSid + u"\" action=\""_s +
        attr(formAction(app).toString(QUrl::FullyEncoded)) + u"\" method=\"POST\" target=\""_s +
        attr(frameName(app)) + u"\">\n"_s;
    out += hiddenInput(QLatin1StringView("AUTH_ID"), m_options.authId);
    out += hiddenInput(QLatin1StringView("AUTH_EXPIRES"), u"3600"_s);
    out += hiddenInput(QLatin1StringView("REFRESH_ID"), m_options.refreshId);
    out += hiddenInput(QLatin1StringView("SERVER_ENDPOINT"), m_options.serverEndpoint);
    out += hiddenInput(QLatin1StringView("APPLICATION_TOKEN"), m_options.applicationToken);
    out += hiddenInput(QLatin1StringView("APPLICATION_SCOPE"), u"placement,telephony,user_brief,crm"_s);
    out += hiddenInput(QLatin1StringView("member_id"), m_options.memberId);
    out += hiddenInput(QLatin1StringView("status"), u"L"_s);
    out += hiddenInput(QLatin1StringView("PLACEMENT"), u"PAGE_BACKGROUND_WORKER"_s);
    out += hiddenInput(QLatin1StringView("PLACEMENT_OPTIONS"), placementOptions);
    out += u"</form>\n"_s;
    return out;
}

QByteArray PortalPage::configJson() const
{
    QJsonArray apps;
    for (qsizetype i = 0; i < m_apps.size(); ++i) {
        const WorkerApp &app = m_apps.at(i);
        apps.append(QJsonObject{
            {u"index"_s, int(i)},
            {u"appSid"_s, app.appSid},
            {u"appId"_s, app.appId},
            {u"placementId"_s, app.placementId},
            {u"installed"_s, app.installed},
            {u"frameName"_s, frameName(app)},
            {u"handlerUrl"_s, formAction(app).toString(QUrl::FullyEncoded)},
            {u"handlerOrigin"_s, app.handlerUrl.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()},
            {u"formHtml"_s, formHtml(app)},
        });
    }
    QJsonArray events;
    for (const CallCardEventType type : callcard::allEventTypes())
        events.append(callcard::fullName(type));
    const QJsonObject config{
        {u"portalHost"_s, m_portalHost},
        {u"lang"_s, m_options.lang},
        {u"authId"_s, m_options.authId},
        {u"refreshId"_s, m_options.refreshId},
        {u"memberId"_s, m_options.memberId},
        {u"apps"_s, apps},
        {u"events"_s, events},
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
    QString placements;
    for (const WorkerApp &app : m_apps)
        placements += placementHtml(app);
    page.replace("{{WORKER_APPS}}", placements.toUtf8());
    return page;
}

} // namespace opc
