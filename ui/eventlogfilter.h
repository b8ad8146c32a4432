#pragma once

#include <QSortFilterProxyModel>

#include <cstdint>

namespace sockscope {

class TraceDocument;

// Which kinds of events the log shows.
enum class EventCategory
{
    All,
    Blocking,  // *_begin / *_end
    Data,      // send, recv, sendto, recvfrom
    Lifecycle, // socket, bind, listen, close, shutdown
    Processes, // thread_spawn, thread_exit, fork, process_exit, reap
    Readiness, // wait_*, epoll_ctl, would_block
    Errors     // any event with errno set, and error events
};

// Filters the event log by actor and by category, reading the trace directly (no per-row
// QVariant) so that a million rows filter quickly.
class EventLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit EventLogFilter(TraceDocument *document, QObject *parent = nullptr);

    void setActorFilter(std::uint32_t actor); // 0: every actor
    std::uint32_t actorFilter() const { return m_actor; }
    void setCategory(EventCategory category);
    EventCategory category() const { return m_category; }

    static bool inCategory(EventCategory category, int kind, int err);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TraceDocument *m_document;
    std::uint32_t m_actor = 0;
    EventCategory m_category = EventCategory::All;
};

} // namespace sockscope
