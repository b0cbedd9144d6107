#pragma once

#include "protocol/weborigin.h"

#include <QList>
#include <QMessageBox>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QWebEnginePage>

class QWidget;

namespace opc {

class PortalTrust;

// Asks the operator, one question at a time, what PortalTrust leaves to them ("acme.bitrix24.com
// wants to use your microphone." Allow / Block); the answer is remembered for the portal. Equal
// questions from several pages share one answer; a question the page withdrew disappears.
class PermissionPrompt : public QObject
{
    Q_OBJECT

public:
    explicit PermissionPrompt(QWidget *window);

    // Asks about `trust`'s questions from now on (another portal's trust replaces it).
    void setTrust(PortalTrust *trust);
    // The box shown now, if any.
    QMessageBox *current() const { return m_box; }

private:
    struct Question
    {
        QPointer<QWebEnginePage> page;
        QUrl origin;
        QWebEnginePage::Feature feature = QWebEnginePage::Notifications;
        bool clipboard = false; // navigator.clipboard, which is no QWebEnginePage::Feature in Qt 6.4
        bool sameAs(const Question &other) const
        {
            return clipboard == other.clipboard && (clipboard || feature == other.feature) &&
                WebOrigin::fromUrl(origin) == WebOrigin::fromUrl(other.origin);
        }
    };
    void enqueue(const Question &question);
    void cancel(QWebEnginePage *page, const QUrl &origin, QWebEnginePage::Feature feature);
    void showNext();
    void answer(bool allow);

    QWidget *m_window;
    QPointer<PortalTrust> m_trust;
    QList<Question> m_queue; // the first one is shown
    QPointer<QMessageBox> m_box;
};

} // namespace opc
