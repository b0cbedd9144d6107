#include "transferoutcome.h"

using namespace Qt::StringLiterals;

namespace opc {

QString TransferOutcomes::name(TransferOutcome outcome)
{
    switch (outcome) {
    case TransferOutcome::None:
        return {};
    case TransferOutcome::Pending:
        return u"pending"_s;
    case TransferOutcome::Completed:
        return u"completed"_s;
    case TransferOutcome::Cancelled:
        return u"cancelled"_s;
    case TransferOutcome::Superseded:
        return u"superseded"_s;
    case TransferOutcome::Unknown:
        return u"unknown"_s;
    }
    return {};
}

TransferOutcome TransferOutcomes::fromName(QStringView name)
{
    for (const auto outcome :
         {TransferOutcome::Pending, TransferOutcome::Completed, TransferOutcome::Cancelled,
          TransferOutcome::Superseded, TransferOutcome::Unknown}) {
        if (name == TransferOutcomes::name(outcome))
            return outcome;
    }
    return TransferOutcome::None;
}

QString TransferOutcomes::label(TransferOutcome outcome)
{
    switch (outcome) {
    case TransferOutcome::None:
        return {};
    case TransferOutcome::Pending:
        return tr("Pending");
    case TransferOutcome::Completed:
        return tr("Completed");
    case TransferOutcome::Cancelled:
        return tr("Cancelled (returned to the operator)");
    case TransferOutcome::Superseded:
        return tr("Superseded by another transfer");
    case TransferOutcome::Unknown:
        return tr("Unknown (card closed first)");
    }
    return {};
}

QString TransferOutcomes::colorName(TransferOutcome outcome)
{
    switch (outcome) {
    case TransferOutcome::Completed:
        return u"#2e7d32"_s;
    case TransferOutcome::Cancelled:
    case TransferOutcome::Unknown:
        return u"#c62828"_s;
    case TransferOutcome::Superseded:
    case TransferOutcome::Pending:
        return u"#9e9e9e"_s;
    case TransferOutcome::None:
        break;
    }
    return {};
}

QString TransferOutcomes::duration(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = seconds / 60 % 60;
    const qint64 s = seconds % 60;
    const QString mmss = QString::number(m).rightJustified(h > 0 ? 2 : 1, u'0') + u':' +
        QString::number(s).rightJustified(2, u'0');
    return h > 0 ? QString(QString::number(h) + u':' + mmss) : mmss;
}

} // namespace opc
