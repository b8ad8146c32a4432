#pragma once

#include "analysis/stateattime.h"

#include <QObject>
#include <QTimer>

namespace sockscope {

class TraceDocument;

// The state of the run at the document's cursor (the latest event while live), shared by the
// code pane, the state inspector and the narration so that they replay the trace once and
// always agree. A view of the document, never a copy of the truth.
class CursorState : public QObject
{
    Q_OBJECT
public:
    explicit CursorState(TraceDocument *document, QObject *parent = nullptr);

    const TraceDocument *document() const { return m_document; }
    const Trace &trace() const;
    const StateAtTime &state() const { return m_state; }
    // The event the state is after (-1: none), and what it says.
    qsizetype index() const { return m_state.index; }
    QString narration() const { return m_narration; }
    // Brings the state to the cursor (to the last event while live) now; while live, events
    // call it through a throttle.
    void refresh();

Q_SIGNALS:
    void changed();

private:
    void scheduleLiveRefresh();

    TraceDocument *m_document;
    StateReplay m_replay;
    StateAtTime m_state;
    QString m_narration;
    QTimer m_liveThrottle; // while live, events arrive every few ms: refresh a few times a second
};

} // namespace sockscope
