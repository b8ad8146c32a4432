#include "eventlogfilter.h"

#include "tracedocument.h"

namespace sockscope {

EventLogFilter::EventLogFilter(TraceDocument *document, QObject *parent)
    : QSortFilterProxyModel(parent), m_document(document)
{
}

void EventLogFilter::setActorFilter(std::uint32_t actor)
{
    if (actor == m_actor)
        return;
    m_actor = actor;
    invalidateRowsFilter();
}

void EventLogFilter::setCategory(EventCategory category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

bool EventLogFilter::inCategory(EventCategory category, int kindValue, int err)
{
    const auto kind = EventKind(kindValue);
    switch (category) {
    case EventCategory::All:
        return true;
    case EventCategory::Blocking:
        return isBeginKind(kind) || isEndKind(kind);
    case EventCategory::Data:
        return kind == EventKind::Send || kind == EventKind::SendBegin ||
               kind == EventKind::SendEnd || kind == EventKind::RecvEnd ||
               kind == EventKind::RecvfromEnd || kind == EventKind::Sendto;
    case EventCategory::Lifecycle:
        return kind == EventKind::Socket || kind == EventKind::Bind || kind == EventKind::Listen ||
               kind == EventKind::Close || kind == EventKind::Shutdown ||
               kind == EventKind::AcceptEnd || kind == EventKind::ConnectEnd;
    case EventCategory::Processes:
        return kind == EventKind::ThreadSpawn || kind == EventKind::ThreadExit ||
               kind == EventKind::Fork || kind == EventKind::ProcessExit || kind == EventKind::Reap;
    case EventCategory::Readiness:
        return kind == EventKind::WaitBegin || kind == EventKind::WaitEnd ||
               kind == EventKind::EpollCtl || kind == EventKind::WouldBlock;
    case EventCategory::Errors:
        return err != 0 || kind == EventKind::Error;
    }
    return true;
}

bool EventLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_document || sourceRow >= m_document->trace().size())
        return false;
    if (m_actor == 0 && m_category == EventCategory::All)
        return true;
    const Event &e = m_document->trace().at(sourceRow);
    if (m_actor != 0 && e.actor != m_actor)
        return false;
    return inCategory(m_category, int(e.kind), e.err);
}

} // namespace sockscope
