#include "eventpresentation.h"

#include "clientnumber.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace opc {

QString EventPresentation::columnHeader(int column)
{
    switch (column) {
    case TimeColumn:
        return tr("Time");
    case EventColumn:
        return tr("Event");
    case ClientNumberColumn:
        return tr("Client number");
    case TargetColumn:
        return tr("Target");
    case TargetDetailColumn:
        return tr("Who / details");
    case CallIdColumn:
        return tr("Call");
    default:
        return {};
    }
}

QString EventPresentation::cellText(const CallCardEvent &event, int column)
{
    switch (column) {
    case TimeColumn:
        return localTime(event);
    case EventColumn:
        return eventLabel(event.type);
    case ClientNumberColumn:
        return clientNumber(event);
    case TargetColumn:
        return event.target.value();
    case TargetDetailColumn:
        // The outcome is the row's icon and in its tooltip (EventTableProxy): as text beside a
        // long name it would be cut off at the panel's width.
        return event.isTransfer() ? targetLead(event) : labelAndDetail(event);
    case CallIdColumn:
        return event.callId;
    default:
        return {};
    }
}

QString EventPresentation::outcomeText(const CallCardEvent &event)
{
    if (!event.isTransfer() || event.outcome == TransferOutcome::None)
        return {};
    const QString label = TransferOutcomes::label(event.outcome);
    if (event.outcomeAfterMs < 0)
        return label;
    //: %1 is an outcome such as "Completed", %2 a duration such as "0:12"
    return tr("%1 after %2").arg(label, TransferOutcomes::duration(event.outcomeAfterMs));
}

QString EventPresentation::localTime(const CallCardEvent &event)
{
    return event.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString EventPresentation::clientNumber(const CallCardEvent &event)
{
    return ClientNumber::of(event); // also what a search by number looks at
}

QString EventPresentation::eventLabel(CallCardEventType type)
{
    switch (type) {
    case CallCardEventType::Initialized:
        return tr("Call card opened");
    case CallCardEventType::AddCommentButtonClick:
        return tr("Comment saved");
    case CallCardEventType::MuteButtonClick:
        return tr("Mute");
    case CallCardEventType::HoldButtonClick:
        return tr("Hold");
    case CallCardEventType::CloseButtonClick:
        return tr("Card closed");
    case CallCardEventType::TransferButtonClick:
        return tr("Transfer");
    case CallCardEventType::CancelTransferButtonClick:
        return tr("Transfer cancelled");
    case CallCardEventType::CompleteTransferButtonClick:
        return tr("Transfer completed");
    case CallCardEventType::HangupButtonClick:
        return tr("Hang up");
    case CallCardEventType::NextButtonClick:
        return tr("Next call");
    case CallCardEventType::SkipButtonClick:
        return tr("Skipped");
    case CallCardEventType::AnswerButtonClick:
        return tr("Answered");
    case CallCardEventType::EntityChanged:
        return tr("CRM record changed");
    case CallCardEventType::MakeCallButtonClick:
        return tr("Call placed");
    case CallCardEventType::QualityMeterClick:
        return tr("Call quality rated");
    case CallCardEventType::DialpadButtonClick:
        return tr("Dialpad key");
    case CallCardEventType::NotifyAdminButtonClick:
        return tr("Administrator notified");
    }
    return callcard::shortName(type);
}

QString EventPresentation::targetKindLabel(TransferTarget::Kind kind)
{
    switch (kind) {
    case TransferTarget::Kind::User:
        return tr("Employee");
    case TransferTarget::Kind::Phone:
        return tr("Phone number");
    case TransferTarget::Kind::Queue:
        return tr("Queue");
    case TransferTarget::Kind::Unknown:
        break;
    }
    return tr("Unknown target");
}

QString EventPresentation::targetLabel(const TransferTarget &target)
{
    switch (target.kind()) {
    case TransferTarget::Kind::User:
        return tr("Employee #%1").arg(target.value());
    case TransferTarget::Kind::Phone:
        return tr("Phone number %1").arg(target.value());
    case TransferTarget::Kind::Queue:
        return tr("Queue %1").arg(target.value());
    case TransferTarget::Kind::Unknown:
        break;
    }
    return tr("Unknown target \"%1\"").arg(target.value());
}

QString EventPresentation::targetSummary(const CallCardEvent &event)
{
    if (!event.isTransfer())
        return {};
    QString text = targetLabel(event.target);
    if (!event.targetName.isEmpty())
        text += u" · "_s + event.targetName;
    return text;
}

QString EventPresentation::targetLead(const CallCardEvent &event)
{
    if (!event.isTransfer())
        return {};
    return event.targetName.isEmpty() ? targetLabel(event.target) : event.targetName;
}

QString EventPresentation::labelAndDetail(const CallCardEvent &event)
{
    const QString text = detail(event);
    return text.isEmpty() ? eventLabel(event.type) : eventLabel(event.type) + u" · "_s + text;
}

QString EventPresentation::detail(const CallCardEvent &event)
{
    const QJsonValue payload = event.payload();
    switch (event.type) {
    case CallCardEventType::TransferButtonClick:
        return targetSummary(event);
    case CallCardEventType::Initialized: {
        const QJsonObject card = payload.toObject();
        const QString direction = card.value(u"CALL_DIRECTION"_s).toString();
        const QString number = card.value(u"PHONE_NUMBER"_s).toString();
        return direction == u"outgoing" ? tr("Outgoing call %1").arg(number) : tr("Call from %1").arg(number);
    }
    case CallCardEventType::MuteButtonClick:
        return payload.toBool() ? tr("Microphone muted") : tr("Microphone on");
    case CallCardEventType::HoldButtonClick:
        return payload.toBool() ? tr("Call on hold") : tr("Call resumed");
    case CallCardEventType::AddCommentButtonClick:
    case CallCardEventType::DialpadButtonClick:
        return payload.toString();
    case CallCardEventType::QualityMeterClick:
        return tr("%1 of 5").arg(payload.isString() ? payload.toString() : QString::number(payload.toInt()));
    case CallCardEventType::EntityChanged: {
        const QJsonObject entity = payload.toObject();
        const QString type = entity.value(u"CRM_ENTITY_TYPE"_s).toString();
        return type.isEmpty()
            ? tr("No CRM record")
            : u"%1 #%2"_s.arg(type, entity.value(u"CRM_ENTITY_ID"_s).toVariant().toString());
    }
    default:
        return {};
    }
}

QString EventPresentation::summary(const CallCardEvent &event)
{
    if (event.isTransfer()) {
        const QString from = event.phoneNumber.isEmpty() ? tr("current call") : event.phoneNumber;
        const QString transfer = tr("Transfer: %1 → %2").arg(from, targetSummary(event));
        // A decided outcome; a pending one says nothing the row does not already say.
        if (event.outcome != TransferOutcome::None && event.outcome != TransferOutcome::Pending)
            return tr("%1 — %2").arg(transfer, outcomeText(event));
        return transfer;
    }
    const QString text = detail(event);
    return text.isEmpty() ? eventLabel(event.type) : eventLabel(event.type) + u": "_s + text;
}

} // namespace opc
