#include "cursorstate.h"

#include "analysis/narration.h"
#include "analysis/preparedanalysis.h"
#include "tracedocument.h"

#include <QElapsedTimer>
#include <QScopeGuard>

#include <algorithm>

namespace sockscope {

namespace {
constexpr int kLiveRefreshMs = 200;
constexpr int kLiveRefreshMaxMs = 2000;
constexpr int kLiveCostFactor = 8;
} // namespace

CursorState::CursorState(TraceDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_replay(&document->trace())
{
    m_liveThrottle.setSingleShot(true);
    m_liveThrottle.setInterval(kLiveRefreshMs);
    connect(&m_liveThrottle, &QTimer::timeout, this, &CursorState::refresh);
    connect(document, &TraceDocument::traceReset, this, [this] {
        PreparedAnalysis *prepared = m_document->prepared();
        if (prepared && !prepared->replayTaken) {
            m_replay = std::move(prepared->replay); // replayed where the trace was read
            prepared->replayTaken = true;
            m_replay.rebind(&m_document->trace());
        } else {
            m_replay.setTrace(&m_document->trace());
        }
        refresh();
    });
    connect(document, &TraceDocument::cursorChanged, this, &CursorState::refresh);
    connect(document, &TraceDocument::eventsAppended, this, &CursorState::scheduleLiveRefresh);
    connect(document, &TraceDocument::actorsChanged, this, &CursorState::scheduleLiveRefresh);
    connect(document, &TraceDocument::liveChanged, this, &CursorState::refresh);
    connect(document, &TraceDocument::sourcesChanged, this, &CursorState::scheduleLiveRefresh);
    refresh();
}

const Trace &CursorState::trace() const
{
    return m_document->trace();
}

void CursorState::scheduleLiveRefresh()
{
    if (!m_liveThrottle.isActive())
        m_liveThrottle.start();
}

void CursorState::refresh()
{
    // While live, the next refresh waits several times as long as this one took: replaying
    // a trace of tens of thousands of events must not take the GUI's every turn.
    QElapsedTimer cost;
    cost.start();
    const auto adapt = qScopeGuard([this, &cost] {
        m_liveThrottle.setInterval(
            std::clamp(int(cost.elapsed()) * kLiveCostFactor, kLiveRefreshMs, kLiveRefreshMaxMs));
    });
    const Trace &trace = m_document->trace();
    qsizetype index = m_document->cursor();
    if (m_document->isLive() || index >= trace.size())
        index = trace.size() - 1;
    m_state = m_replay.stateAfter(index);
    m_narration =
        m_state.index >= 0 ? narrate(trace, m_state.index, m_replay.tablesBefore()) : QString();
    Q_EMIT changed();
}

} // namespace sockscope
