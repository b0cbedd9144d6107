#include "consolesettings.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace opc {
namespace {
const QString kPortalUrl = u"portal/url"_s;
const QString kHandlerOrigin = u"portal/handler_origin"_s;
const QString kRetention = u"log/retention_days"_s;
const QString kGeometry = u"window/geometry"_s;
const QString kState = u"window/state"_s;
const QString kNotify = u"notifications/transfers"_s;
const QString kCloseAction = u"window/closeAction"_s;
const QString kOAuthGroup = u"oauth"_s;
const QString kDemoPortalPort = u"demo/portal_port"_s;
const QString kDemoHandlerPort = u"demo/handler_port"_s;
} // namespace

ConsoleSettings::ConsoleSettings(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_settings(QDir(dataDir).filePath(u"operator-console.ini"_s), QSettings::IniFormat)
{
}

void ConsoleSettings::store(Key key, const QString &name, const QVariant &value)
{
    // Values read back from an INI file are strings: compare in that form.
    const QVariant old = m_settings.value(name);
    const bool same = m_settings.contains(name) &&
        (value.typeId() == QMetaType::QByteArray ? old.toByteArray() == value.toByteArray()
                                                 : old.toString() == value.toString());
    m_settings.setValue(name, value);
    m_settings.sync();
    if (!same)
        emit changed(key);
}

QUrl ConsoleSettings::portalUrl() const
{
    return QUrl(m_settings.value(kPortalUrl).toString());
}

void ConsoleSettings::setPortalUrl(const QUrl &url)
{
    store(Key::PortalUrl, kPortalUrl, url.toString());
}

QString ConsoleSettings::handlerOrigin() const
{
    return m_settings.value(kHandlerOrigin).toString();
}

void ConsoleSettings::setHandlerOrigin(const QString &origin)
{
    store(Key::HandlerOrigin, kHandlerOrigin, origin);
}

int ConsoleSettings::retentionDays() const
{
    return qMax(0, m_settings.value(kRetention, 0).toInt());
}

void ConsoleSettings::setRetentionDays(int days)
{
    store(Key::RetentionDays, kRetention, qMax(0, days));
}

bool ConsoleSettings::notifyTransfers() const
{
    return m_settings.value(kNotify, true).toBool();
}

void ConsoleSettings::setNotifyTransfers(bool on)
{
    store(Key::NotifyTransfers, kNotify, on);
}

ConsoleSettings::CloseAction ConsoleSettings::closeAction() const
{
    const QString value = m_settings.value(kCloseAction).toString();
    if (value == u"tray"_s)
        return CloseAction::HideToTray;
    if (value == u"quit"_s)
        return CloseAction::Quit;
    return CloseAction::Ask;
}

void ConsoleSettings::setCloseAction(CloseAction action)
{
    const QString value = action == CloseAction::HideToTray ? u"tray"_s
        : action == CloseAction::Quit                       ? u"quit"_s
                                                            : QString();
    store(Key::CloseAction, kCloseAction, value);
}

OAuthSettings ConsoleSettings::oauthSettings() const
{
    // QSettings::beginGroup is not const; a second reader on the same file is cheap and safe.
    QSettings reader(m_settings.fileName(), QSettings::IniFormat);
    reader.beginGroup(kOAuthGroup);
    return OAuthSettings::load(reader);
}

void ConsoleSettings::setOAuthSettings(const OAuthSettings &settings)
{
    if (oauthSettings() == settings)
        return;
    m_settings.beginGroup(kOAuthGroup);
    settings.save(m_settings);
    m_settings.endGroup();
    m_settings.sync();
    emit changed(Key::OAuth);
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void ConsoleSettings::setWindowGeometry(const QByteArray &geometry)
{
    store(Key::WindowGeometry, kGeometry, geometry);
}

QByteArray ConsoleSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void ConsoleSettings::setWindowState(const QByteArray &state)
{
    store(Key::WindowState, kState, state);
}

quint16 ConsoleSettings::demoPortalPort() const
{
    return quint16(m_settings.value(kDemoPortalPort, 0).toUInt());
}

quint16 ConsoleSettings::demoHandlerPort() const
{
    return quint16(m_settings.value(kDemoHandlerPort, 0).toUInt());
}

void ConsoleSettings::setDemoPorts(quint16 portal, quint16 handler)
{
    if (portal == demoPortalPort() && handler == demoHandlerPort())
        return;
    m_settings.setValue(kDemoPortalPort, portal);
    m_settings.setValue(kDemoHandlerPort, handler);
    m_settings.sync();
    emit changed(Key::DemoPorts);
}

} // namespace opc
