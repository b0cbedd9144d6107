#pragma once

#include "eventfilter.h"
#include "eventschema.h"
#include "protocol/callcardevent.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <functional>
#include <limits>
#include <optional>

namespace opc {

// Position in the log for keyset paging: rows are ordered by (time, id), so the next page starts
// strictly after the last row already read, whatever was inserted or deleted meanwhile.
struct EventPageKey
{
    qint64 timeMs = 0;
    qint64 id = 0;

    static EventPageKey newest()
    {
        return {std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()};
    }
    static EventPageKey oldest()
    {
        return {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::min()};
    }
    static EventPageKey of(const CallCardEvent &event) { return {event.time.toMSecsSinceEpoch(), event.id}; }
};

// Read queries on the events table through one open connection.
class EventQuery
{
public:
    enum class Order { NewestFirst, OldestFirst };

    // schemaVersion: of the file, when a reader opens one it does not migrate (see LogExporter).
    explicit EventQuery(const QSqlDatabase &db, int schemaVersion = EventSchema::currentVersion);

    // Number of matching rows, or -1 on error (lastError()).
    qint64 count(const EventFilter &filter);
    // Up to limit rows after `after` in the given order; empty on error (lastError()).
    QList<CallCardEvent> page(const EventFilter &filter, const EventPageKey &after, int limit,
                              Order order = Order::NewestFirst);
    // Like page(), handing rows to visit one by one; returns how many were read, -1 on error.
    int visit(const EventFilter &filter, const EventPageKey &after, int limit, Order order,
              const std::function<void(const CallCardEvent &)> &visitor);

    QSqlError lastError() const { return m_error; }

    // A text search first looks for its rows among the next limit * factor rows of the log (by time),
    // reads on by time while that finds them often enough (up to four times as many rows), and only
    // then searches the whole log. The rows are the same either way. 0: always the whole log.
    static constexpr int defaultScanFactor = 32;
    void setScanFactor(int factor) { m_scanFactor = factor; }

private:
    // The rows a text search looks at first: after the page key, up to and including `last`.
    struct Window
    {
        bool empty = true; // no row after the page key (within the filter's dates)
        bool bounded = false; // false: the window runs to the end of the log
        EventPageKey last;
        qint64 firstId = 0; // the smallest and largest id in the window
        qint64 lastId = 0;
    };
    std::optional<Window> readWindow(const EventFilter &filter, const EventPageKey &after, qint64 rows,
                                     Order order);
    int visitPage(const EventFilter &filter, const EventPageKey &after, int limit, Order order,
                  const Window *window, const std::function<void(const CallCardEvent &)> &visitor);

    QSqlDatabase m_db;
    int m_schemaVersion;
    int m_scanFactor = defaultScanFactor;
    QSqlError m_error;
};

} // namespace opc
