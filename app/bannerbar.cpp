#include "bannerbar.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {

BannerBar::BannerBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(1);
    setVisible(false);
}

void BannerBar::showBanner(const QString &topic, const QString &text, Level level, const QString &actionText,
                           std::function<void()> action)
{
    clearBanner(topic);
    auto *frame = new QFrame(this);
    frame->setObjectName(u"banner_"_s + topic);
    const char *style = level == Level::Error
        ? "background:#fde7e9; color:#8a1020; border-bottom:1px solid #f1b0b7;"
        : level == Level::Warning ? "background:#fff4ce; color:#5c4400; border-bottom:1px solid #f0d77a;"
                                  : "background:#e6f2fb; color:#0b4a75; border-bottom:1px solid #a9d1ee;";
    frame->setStyleSheet(u"QFrame#banner_%1 { %2 }"_s.arg(topic, QString::fromLatin1(style)));
    auto *label = new QLabel(text, frame);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QString::fromLatin1(style).section(u';', 1, 1) + u';');
    auto *row = new QHBoxLayout(frame);
    row->setContentsMargins(10, 6, 10, 6);
    row->addWidget(label, 1);
    if (!actionText.isEmpty() && action) {
        auto *button = new QPushButton(actionText, frame);
        connect(button, &QPushButton::clicked, this, [action] { action(); });
        row->addWidget(button);
    }
    m_layout->addWidget(frame);
    m_banners.insert(topic, Banner{frame, label});
    setVisible(true);
}

void BannerBar::clearBanner(const QString &topic)
{
    const Banner banner = m_banners.take(topic);
    if (banner.frame) {
        banner.frame->hide();
        banner.frame->deleteLater();
    }
    setVisible(!m_banners.isEmpty());
}

bool BannerBar::updateText(const QString &topic, const QString &text)
{
    const Banner banner = m_banners.value(topic);
    if (!banner.label)
        return false;
    banner.label->setText(text);
    return true;
}

QString BannerBar::text(const QString &topic) const
{
    const Banner banner = m_banners.value(topic);
    return banner.label ? banner.label->text() : QString();
}

} // namespace opc

namespace opc {

void BannerBar::setDetail(const QString &topic, const QString &detail)
{
    if (const Banner banner = m_banners.value(topic); banner.label)
        banner.label->setToolTip(detail);
}

QString BannerBar::detail(const QString &topic) const
{
    const Banner banner = m_banners.value(topic);
    return banner.label ? banner.label->toolTip() : QString();
}

} // namespace opc
