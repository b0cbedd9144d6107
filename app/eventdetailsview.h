#pragma once

#include "protocol/callcardevent.h"

#include <QPixmap>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace opc {

// The selected event in full: what, when, which call, the transfer target and the payload as
// pretty JSON, with a button that copies all of it.
class EventDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit EventDetailsView(QWidget *parent = nullptr);

    void setEvent(const CallCardEvent &event);
    void clear();
    QString text() const;
    // Its widgets in Tab order (the title's Copy button, then the text).
    QList<QWidget *> focusChain() const;
    // The transfer target's photo, when the portal has one.
    void setPhoto(const QPixmap &photo);

    static QString describe(const CallCardEvent &event);

private:
    QLabel *m_photo;
    QLabel *m_title;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
};

} // namespace opc
