#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace opc {

class BannerBar;
class LoadRetry;
class PortalSession;

// Says in the banner bar why the portal did not load and what happens next, from LoadRetry's
// state: the cause in plain words with "Retrying in 10 s" (updated in place) and "Retry now", or a
// refused certificate with "Show certificate…", where the operator may trust it on purpose.
class LoadBanner : public QObject
{
    Q_OBJECT

public:
    static inline const QString topic = QStringLiteral("load");

    LoadBanner(BannerBar *banners, LoadRetry *retry, QWidget *dialogParent);

    void setSession(PortalSession *session) { m_session = session; }

private:
    void update();
    void showCertificate();

    BannerBar *m_banners;
    LoadRetry *m_retry;
    QWidget *m_dialogParent;
    QPointer<PortalSession> m_session;
    int m_shown = 0; // error code of the banner shown, 0 for none
};

} // namespace opc
