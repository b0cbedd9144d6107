#include "consolesettings.h"

#include <QDir>

namespace opc {
namespace {
const QString kPortalUrl = u"portal/url"_qs;
const QString kHandlerOrigin = u"portal/handler_origin"_qs;
const QString kRetention = u"log/retention_days"_qs;
const QString kGeometry = u"window/geometry"_qs;
const QString kState = u"window/state"_qs;
const QString kNotify = u"notifications/transfers"_qs;
} // namespace

ConsoleSettings::ConsoleSettings(const QString &dataDir)
    : m_settings(QDir(dataDir).filePath(u"operator-console.ini"_qs), QSettings::IniFormat)
{
}

QUrl ConsoleSettings::portalUrl() const
{
    return QUrl(m_settings.value(kPortalUrl).toString());
}

void ConsoleSettings::setPortalUrl(const QUrl &url)
{
    m_settings.setValue(kPortalUrl, url.toString());
}

QString ConsoleSettings::handlerOrigin() const
{
    return m_settings.value(kHandlerOrigin).toString();
}

void ConsoleSettings::setHandlerOrigin(const QString &origin)
{
    m_settings.setValue(kHandlerOrigin, origin);
}

int ConsoleSettings::retentionDays() const
{
    return qMax(0, m_settings.value(kRetention, 0).toInt());
}

void ConsoleSettings::setRetentionDays(int days)
{
    m_settings.setValue(kRetention, qMax(0, days));
}

QByteArray ConsoleSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void ConsoleSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray ConsoleSettings::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void ConsoleSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}

bool ConsoleSettings::notifyTransfers() const
{
    return m_settings.value(kNotify, true).toBool();
}

void ConsoleSettings::setNotifyTransfers(bool on)
{
    m_settings.setValue(kNotify, on);
}

quint16 ConsoleSettings::demoPortalPort() const
{
    return quint16(m_settings.value(u"demo/portal_port"_qs, 0).toUInt());
}

quint16 ConsoleSettings::demoHandlerPort() const
{
    return quint16(m_settings.value(u"demo/handler_port"_qs, 0).toUInt());
}

void ConsoleSettings::setDemoPorts(quint16 portal, quint16 handler)
{
    m_settings.setValue(u"demo/portal_port"_qs, portal);
    m_settings.setValue(u"demo/handler_port"_qs, handler);
}

} // namespace opc
