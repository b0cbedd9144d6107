#pragma once

#include <QJsonObject>
#include <QString>

namespace opc {

// The PHP query-string form of nested parameters ("FILTER[ID][0]=5&IMAGE_RESIZE=small") that a
// `batch` command carries (bitrix24-protocol.md §5). Both directions, so the fake server parses
// what RestClient writes.
namespace PhpQuery {
QString encode(const QJsonObject &params);
QJsonObject decode(const QString &query);
} // namespace PhpQuery

} // namespace opc
