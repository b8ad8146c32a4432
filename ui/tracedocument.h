#pragma once

#include "trace/trace.h"

#include <memory>

#include <QObject>

namespace sockscope {

class Recorder;
struct PreparedAnalysis;

// The one trace every view reads, and the one cursor they all follow (DESIGN: "one event
// stream, many views"). Views never copy the truth; they listen here.
class TraceDocument : public QObject
{
    Q_OBJECT
public:
    explicit TraceDocument(QObject *parent = nullptr);

    const Trace &trace() const { return m_trace; }

    // Replaces the whole trace (a loaded file, a synthetic one, or a fresh run).
    void setTrace(Trace trace);
    // The same with what the views would compute for it, computed elsewhere: its trace moves
    // here, and while traceReset() is emitted prepared() offers the rest to the views.
    void setTrace(const std::shared_ptr<PreparedAnalysis> &prepared);
    // During traceReset() after setTrace(prepared): the analysis of the trace now here.
    PreparedAnalysis *prepared() const { return m_prepared.get(); }
    void clear();
    // Moves what the recorder holds into the trace. Emits eventsAppended(first, last), or
    // traceReset() when a late record (a forked child's) was inserted before older events.
    // Returns the number of events moved.
    qsizetype drain(Recorder &recorder);

    // A watched program's source table (Trace::sources) as far as known; it only grows during
    // a run, and its C lines are filled in after it. Emits sourcesChanged() when it changed.
    void setSources(std::vector<QString> sources);

    // The event index at the cursor, -1 for none.
    qsizetype cursor() const { return m_cursor; }
    void setCursor(qsizetype index);
    std::int64_t cursorTimeNs() const;

    // Where time is "now": the recorder's clock while live, the last event after.
    std::int64_t liveEdgeNs() const { return m_liveEdgeNs; }
    bool isLive() const { return m_live; }
    void setLive(bool live, std::int64_t liveEdgeNs);
    void setLiveEdge(std::int64_t liveEdgeNs);

Q_SIGNALS:
    void traceReset();
    void sourcesChanged();
    void eventsAppended(qsizetype first, qsizetype last);
    void actorsChanged();
    void cursorChanged(qsizetype index);
    void liveChanged(bool live);
    void liveEdgeChanged(std::int64_t liveEdgeNs);

private:
    Trace m_trace;
    std::shared_ptr<PreparedAnalysis> m_prepared; // only while traceReset() is emitted
    qsizetype m_cursor = -1;
    std::int64_t m_liveEdgeNs = 0;
    bool m_live = false;
};

} // namespace sockscope
