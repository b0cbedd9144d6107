#pragma once

#include <QMap>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace opc {

// Non-modal messages across the top of the window ("The event log can't be written…"), one per
// topic, each replaced or cleared by the part of the console that raised it.
class BannerBar : public QWidget
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit BannerBar(QWidget *parent = nullptr);

    void showBanner(const QString &topic, const QString &text, Level level = Level::Warning);
    void clearBanner(const QString &topic);
    QString text(const QString &topic) const;
    QStringList topics() const { return m_banners.keys(); }

private:
    QVBoxLayout *m_layout;
    QMap<QString, QLabel *> m_banners;
};

} // namespace opc
