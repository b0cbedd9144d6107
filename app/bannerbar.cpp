#include "bannerbar.h"

#include <QLabel>
#include <QVBoxLayout>

namespace opc {

BannerBar::BannerBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(1);
    setVisible(false);
}

void BannerBar::showBanner(const QString &topic, const QString &text, Level level)
{
    QLabel *label = m_banners.value(topic);
    if (!label) {
        label = new QLabel(this);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setObjectName(u"banner_"_qs + topic);
        label->setContentsMargins(10, 6, 10, 6);
        m_layout->addWidget(label);
        m_banners.insert(topic, label);
    }
    const char *style = level == Level::Error
        ? "background:#fde7e9; color:#8a1020; border-bottom:1px solid #f1b0b7;"
        : level == Level::Warning ? "background:#fff4ce; color:#5c4400; border-bottom:1px solid #f0d77a;"
                                  : "background:#e6f2fb; color:#0b4a75; border-bottom:1px solid #a9d1ee;";
    label->setStyleSheet(QString::fromLatin1(style));
    label->setText(text);
    setVisible(true);
}

void BannerBar::clearBanner(const QString &topic)
{
    if (QLabel *label = m_banners.take(topic))
        label->deleteLater();
    setVisible(!m_banners.isEmpty());
}

QString BannerBar::text(const QString &topic) const
{
    const QLabel *label = m_banners.value(topic);
    return label ? label->text() : QString();
}

} // namespace opc
