#include "tracedocument.h"

#include "analysis/preparedanalysis.h"
#include "trace/recorder.h"

#include <QScopeGuard>

namespace sockscope {

namespace {
bool sameEvent(const Event &a, const Event &b)
{
    return a.tNs == b.tNs && a.actor == b.actor && a.kind == b.kind && a.fd == b.fd &&
           a.bytes == b.bytes && a.payload == b.payload && a.newFd == b.newFd;
}
} // namespace

TraceDocument::TraceDocument(QObject *parent) : QObject(parent) {}

void TraceDocument::setTrace(Trace trace)
{
    m_trace = std::move(trace);
    m_cursor = -1;
    m_liveEdgeNs = m_trace.endNs();
    Q_EMIT traceReset();
    Q_EMIT actorsChanged();
    Q_EMIT cursorChanged(m_cursor);
    Q_EMIT liveEdgeChanged(m_liveEdgeNs);
}

void TraceDocument::setTrace(const std::shared_ptr<PreparedAnalysis> &prepared)
{
    m_prepared = prepared;
    const auto forget = qScopeGuard([this] { m_prepared.reset(); });
    setTrace(std::move(prepared->trace));
}

void TraceDocument::setSources(std::vector<QString> sources)
{
    if (sources == m_trace.sources)
        return;
    m_trace.sources = std::move(sources);
    Q_EMIT sourcesChanged();
}

void TraceDocument::clear()
{
    setTrace(Trace{});
}

qsizetype TraceDocument::drain(Recorder &recorder)
{
    const qsizetype before = m_trace.size();
    const std::size_t actorsBefore = m_trace.actors().size();
    const Event lastBefore = before > 0 ? m_trace.at(before - 1) : Event{};
    const qsizetype moved = recorder.drainInto(m_trace);
    if (m_trace.actors().size() != actorsBefore)
        Q_EMIT actorsChanged();
    if (moved == 0)
        return 0;
    // Trace::append inserts a late event before the last one, which shifts the old last
    // event; if it did not move, everything new went to the end.
    if (before == 0 || sameEvent(m_trace.at(before - 1), lastBefore)) {
        Q_EMIT eventsAppended(before, m_trace.size() - 1);
    } else {
        if (m_cursor >= m_trace.size())
            m_cursor = m_trace.size() - 1;
        Q_EMIT traceReset();
    }
    return moved;
}

void TraceDocument::setCursor(qsizetype index)
{
    if (index < -1 || index >= m_trace.size())
        index = -1;
    if (index == m_cursor)
        return;
    m_cursor = index;
    Q_EMIT cursorChanged(m_cursor);
}

std::int64_t TraceDocument::cursorTimeNs() const
{
    return m_cursor >= 0 ? m_trace.at(m_cursor).tNs : 0;
}

void TraceDocument::setLive(bool live, std::int64_t liveEdgeNs)
{
    m_liveEdgeNs = liveEdgeNs;
    if (m_live != live) {
        m_live = live;
        Q_EMIT liveChanged(live);
    }
    Q_EMIT liveEdgeChanged(m_liveEdgeNs);
}

void TraceDocument::setLiveEdge(std::int64_t liveEdgeNs)
{
    if (liveEdgeNs == m_liveEdgeNs)
        return;
    m_liveEdgeNs = liveEdgeNs;
    Q_EMIT liveEdgeChanged(m_liveEdgeNs);
}

} // namespace sockscope
