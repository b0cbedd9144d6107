#include "eventdetailsview.h"

#include "protocol/eventpresentation.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace opc {

EventDetailsView::EventDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_photo(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("Select an event to see everything it carried."));
    m_text->setObjectName(u"eventDetailsText"_s);
    m_text->setAccessibleName(tr("Event details"));
    m_text->setTabChangesFocus(true); // read-only: Tab leaves it instead of doing nothing
    m_copy->setObjectName(u"copyEventDetails"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_copy->setToolTip(tr("Copy the details of the selected event to the clipboard"));
    m_copy->setEnabled(false);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });

    m_photo->setFixedSize(48, 48);
    m_photo->setScaledContents(true);
    m_photo->setObjectName(u"targetPhoto"_s);
    m_photo->hide();
    auto *header = new QHBoxLayout;
    header->addWidget(m_photo);
    header->addWidget(m_title, 1);
    header->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_text, 1);
}

QString EventDetailsView::describe(const CallCardEvent &event)
{
    QStringList lines;
    lines << tr("Event: %1 (%2)").arg(EventPresentation::eventLabel(event.type), event.eventName());
    lines << tr("Time: %1 (UTC %2)")
                 .arg(event.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s),
                      event.time.toUTC().toString(Qt::ISODateWithMs));
    if (!event.callId.isEmpty())
        lines << tr("Call: %1").arg(event.callId);
    if (event.isTransfer()) {
        lines << tr("Client number: %1")
                     .arg(event.phoneNumber.isEmpty() ? tr("(not sent)") : event.phoneNumber);
        lines << tr("Target: %1").arg(EventPresentation::targetSummary(event));
    } else if (const QString detail = EventPresentation::detail(event); !detail.isEmpty()) {
        lines << tr("Details: %1").arg(detail);
    }
    if (!event.portalHost.isEmpty())
        lines << tr("Portal: %1").arg(event.portalHost);
    lines << QString() << tr("Payload:") << event.prettyPayload();
    return lines.join(u'\n');
}

void EventDetailsView::setEvent(const CallCardEvent &event)
{
    setPhoto({});
    m_title->setText(EventPresentation::summary(event));
    m_text->setPlainText(describe(event));
    m_copy->setEnabled(true);
}

void EventDetailsView::setPhoto(const QPixmap &photo)
{
    m_photo->setPixmap(photo);
    m_photo->setVisible(!photo.isNull());
}

void EventDetailsView::clear()
{
    setPhoto({});
    m_title->clear();
    m_text->clear();
    m_copy->setEnabled(false);
}

QList<QWidget *> EventDetailsView::focusChain() const
{
    return {m_copy, m_text};
}

QString EventDetailsView::text() const
{
    return m_text->toPlainText();
}

} // namespace opc
