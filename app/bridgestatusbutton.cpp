#include "bridgestatusbutton.h"

#include "bridge/bridgehealth.h"

#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace opc {

BridgeStatusButton::BridgeStatusButton(QWidget *parent)
    : QToolButton(parent)
{
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(this, &QToolButton::clicked, this, &BridgeStatusButton::showDetails);
    refresh();
}

void BridgeStatusButton::setHealth(BridgeHealth *health)
{
    if (m_health)
        disconnect(m_health, nullptr, this, nullptr);
    m_health = health;
    if (health)
        connect(health, &BridgeHealth::changed, this, &BridgeStatusButton::refresh);
    refresh();
}

void BridgeStatusButton::refresh()
{
    QString text = tr("Waiting for the telephony app");
    if (m_health && !m_health->frames().isEmpty()) {
        const auto frames = m_health->frames();
        const BridgeHealth::Frame *main = nullptr;
        for (const auto &frame : frames) {
            if (frame.listening && (!main || (frame.preferred && !main->preferred)))
                main = &frame;
        }
        if (!main) {
            text = tr("Telephony app found, connecting…");
        } else {
            text = tr("Listening in %1").arg(main->handler.host());
            const int standby = m_health->listeningFrames() - 1;
            if (standby > 0)
                text += u' ' + tr("(+%n standby)", nullptr, standby);
        }
    }
    if (m_health && m_health->refusedTotal() > 0)
        text += u" · "_s + tr("%n refused", nullptr, m_health->refusedTotal());
    setText(text);
    setToolTip(m_health && m_health->lastEvent().isValid()
                   ? tr("Last call-card event: %1")
                         .arg(QLocale().toString(m_health->lastEvent().toLocalTime(), QLocale::ShortFormat))
                   : tr("No call-card event yet. Click for details."));
}

QString BridgeStatusButton::detailsText() const
{
    if (!m_health)
        return tr("No portal is open.");
    QStringList lines;
    lines << tr("Telephony app frames on this page: %1").arg(m_health->frames().size());
    for (const auto &frame : m_health->frames()) {
        const QString role = frame.listening ? tr("listening") : tr("standing by");
        QString line = u"• "_s + frame.handler.toString() + u" — "_s + role;
        if (frame.preferred)
            line += u", "_s + tr("configured app");
        line += u", "_s + tr("%n event(s)", nullptr, frame.events);
        lines << line;
    }
    lines << tr("Last event: %1")
                 .arg(m_health->lastEvent().isValid()
                          ? QLocale().toString(m_health->lastEvent().toLocalTime(), QLocale::LongFormat)
                          : tr("none yet"));
    lines << tr("Messages refused: %1 (of which from hostile scripts: %2)")
                 .arg(m_health->refusedTotal())
                 .arg(m_health->attacks());
    const auto reasons = m_health->refusedByReason();
    for (auto it = reasons.begin(); it != reasons.end(); ++it)
        lines << u"    "_s + it.key() + u": "_s + QString::number(it.value());
    return lines.join(u'\n');
}

void BridgeStatusButton::showDetails()
{
    QMessageBox box(QMessageBox::Information, tr("Call-card bridge"), detailsText(), QMessageBox::Close,
                    this);
    box.exec();
}

} // namespace opc
