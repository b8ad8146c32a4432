#include "cursorstate.h"

#include "analysis/narration.h"
#include "tracedocument.h"

namespace sockscope {

namespace {
constexpr int kLiveRefreshMs = 200;
}

CursorState::CursorState(TraceDocument *document, QObject *parent)
    : QObject(parent), m_document(document), m_replay(&document->trace())
{
    m_liveThrottle.setSingleShot(true);
    m_liveThrottle.setInterval(kLiveRefreshMs);
    connect(&m_liveThrottle, &QTimer::timeout, this, &CursorState::refresh);
    connect(document, &TraceDocument::traceReset, this, [this] {
        m_replay.setTrace(&m_document->trace());
        refresh();
    });
    connect(document, &TraceDocument::cursorChanged, this, &CursorState::refresh);
    connect(document, &TraceDocument::eventsAppended, this, &CursorState::scheduleLiveRefresh);
    connect(document, &TraceDocument::actorsChanged, this, &CursorState::scheduleLiveRefresh);
    connect(document, &TraceDocument::liveChanged, this, &CursorState::refresh);
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
