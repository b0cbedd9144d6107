#include "callcardeventtype.h"

namespace opc::callcard {
namespace {

struct EventInfo
{
    CallCardEventType type;
    const char *name;
    bool payload;
};

constexpr std::array<EventInfo, eventCount> kEvents{{
    {CallCardEventType::Initialized, "initialized", true},
    {CallCardEventType::AddCommentButtonClick, "addCommentButtonClick", true},
    {CallCardEventType::MuteButtonClick, "muteButtonClick", true},
    {CallCardEventType::HoldButtonClick, "holdButtonClick", true},
    {CallCardEventType::CloseButtonClick, "closeButtonClick", false},
    {CallCardEventType::TransferButtonClick, "transferButtonClick", true},
    {CallCardEventType::CancelTransferButtonClick, "cancelTransferButtonClick", false},
    {CallCardEventType::CompleteTransferButtonClick, "completeTransferButtonClick", false},
    {CallCardEventType::HangupButtonClick, "hangupButtonClick", false},
    {CallCardEventType::NextButtonClick, "nextButtonClick", false},
    {CallCardEventType::SkipButtonClick, "skipButtonClick", false},
    {CallCardEventType::AnswerButtonClick, "answerButtonClick", false},
    {CallCardEventType::EntityChanged, "entityChanged", true},
    {CallCardEventType::MakeCallButtonClick, "makeCallButtonClick", false},
    {CallCardEventType::QualityMeterClick, "qualityMeterClick", true},
    {CallCardEventType::DialpadButtonClick, "dialpadButtonClick", true},
    {CallCardEventType::NotifyAdminButtonClick, "notifyAdminButtonClick", false},
}};

constexpr auto kPrefix = QStringView(u"BackgroundCallCard::");

const EventInfo &info(CallCardEventType type)
{
    return kEvents[static_cast<std::size_t>(type)];
}

} // namespace

const std::array<CallCardEventType, eventCount> &allEventTypes()
{
    static const auto types = [] {
        std::array<CallCardEventType, eventCount> result{};
        for (std::size_t i = 0; i < kEvents.size(); ++i)
            result[i] = kEvents[i].type;
        return result;
    }();
    return types;
}

QString shortName(CallCardEventType type)
{
    return QString::fromLatin1(info(type).name);
}

QString fullName(CallCardEventType type)
{
    return kPrefix.toString() + shortName(type);
}

std::optional<CallCardEventType> fromShortName(QStringView name)
{
    for (const auto &event : kEvents) {
        if (name == QLatin1StringView(event.name))
            return event.type;
    }
    return std::nullopt;
}

std::optional<CallCardEventType> fromFullName(QStringView name)
{
    if (!name.startsWith(kPrefix))
        return std::nullopt;
    return fromShortName(name.mid(kPrefix.size()));
}

bool carriesPayload(CallCardEventType type)
{
    return info(type).payload;
}

} // namespace opc::callcard
