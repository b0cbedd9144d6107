#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace opc {

// The 17 events a PAGE_BACKGROUND_WORKER frame can bind (bitrix24-protocol.md §1.2).
enum class CallCardEventType {
    Initialized,
    AddCommentButtonClick,
    MuteButtonClick,
    HoldButtonClick,
    CloseButtonClick,
    TransferButtonClick,
    CancelTransferButtonClick,
    CompleteTransferButtonClick,
    HangupButtonClick,
    NextButtonClick,
    SkipButtonClick,
    AnswerButtonClick,
    EntityChanged,
    MakeCallButtonClick,
    QualityMeterClick,
    DialpadButtonClick,
    NotifyAdminButtonClick,
};

namespace callcard {

inline constexpr int eventCount = 17;

const std::array<CallCardEventType, eventCount> &allEventTypes();

// "transferButtonClick"
QString shortName(CallCardEventType type);
// "BackgroundCallCard::transferButtonClick", the name bound with placementBindEvent.
QString fullName(CallCardEventType type);
std::optional<CallCardEventType> fromFullName(QStringView name);
std::optional<CallCardEventType> fromShortName(QStringView name);

// False for the events the portal delivers with an empty tail ("<cb>:").
bool carriesPayload(CallCardEventType type);

} // namespace callcard
} // namespace opc
