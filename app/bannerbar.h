#pragma once

#include <QMap>
#include <QWidget>

#include <functional>

class QFrame;
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

    // `actionText` and `action` add a button, e.g. "Sign in again".
    void showBanner(const QString &topic, const QString &text, Level level = Level::Warning,
                    const QString &actionText = {}, std::function<void()> action = {});
    void clearBanner(const QString &topic);
    // Changes the text of a shown banner in place (a countdown); false if `topic` is not shown.
    bool updateText(const QString &topic, const QString &text);
    QString text(const QString &topic) const;
    // The technical reason behind a shown banner, as its tooltip (the diagnostics log has it too).
    void setDetail(const QString &topic, const QString &detail);
    QString detail(const QString &topic) const;
    QStringList topics() const { return m_banners.keys(); }

private:
    QVBoxLayout *m_layout;
    struct Banner
    {
        QFrame *frame = nullptr;
        QLabel *label = nullptr;
    };
    QMap<QString, Banner> m_banners;
};

} // namespace opc
