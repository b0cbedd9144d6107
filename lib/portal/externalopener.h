#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>

namespace opc {

// Opens links that leave the console in the system browser (or mail client), and no more than a
// few in a short time, so a page that calls window.open() in a loop opens three tabs, not a
// hundred. Only http, https and mailto links go out; anything else (file:, data:, custom schemes
// that start programs) is refused. The opener and the clock are injectable, so tests never start
// a browser.
class ExternalOpener : public QObject
{
    Q_OBJECT

public:
    using Opener = std::function<bool(const QUrl &)>;
    using Clock = std::function<qint64()>; // milliseconds, monotonic
    static constexpr int defaultBurst = 3;
    static constexpr int defaultWindowMs = 10'000;

    explicit ExternalOpener(QObject *parent = nullptr);

    void setOpener(Opener opener) { m_opener = std::move(opener); }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    // At most `count` links within any `windowMs`.
    void setLimit(int count, int windowMs);

    static bool isExternalScheme(const QUrl &url);

    // False when refused (scheme, budget) or the system could not open it.
    bool open(const QUrl &url);
    int openedCount() const { return m_opened; }
    int refusedCount() const { return m_refused; }

signals:
    void opened(const QUrl &url);
    void refused(const QUrl &url);

private:
    Opener m_opener;
    Clock m_clock;
    int m_burst = defaultBurst;
    int m_windowMs = defaultWindowMs;
    QList<qint64> m_recent;
    int m_opened = 0;
    int m_refused = 0;
    bool m_floodLogged = false;
};

} // namespace opc
