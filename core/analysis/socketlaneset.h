#pragma once

#include "socketgauges.h"
#include "socketlanes.h"
#include "socketsattime.h"

#include <vector>

namespace sockscope {

// The socket lanes of a growing trace with their titles and gauges, and when there are none,
// why: brought up to date by update(), which reads only the events added since the last call.
// The lanes are put in order again only when a sample arrived, and the titles found again
// only then or when a call that can name a socket's holder (socket, bind, accept, connect)
// arrived while there are lanes: from the calls read so far (SocketCallIndex), not by reading
// the trace again. Ordering, gauges and titles still cost every lane each time (20.7 ms for
// 8,009 lanes, 26.6 ms when the titles read the whole trace of 302,000 events again).
class SocketLaneSet
{
public:
    // Takes in the events the trace gained. A trace that is not the one read so far grown
    // (fewer events, or another event where the last one read was) is read anew.
    void update(const Trace &trace);
    void clear() { *this = SocketLaneSet(); }

    const std::vector<SocketLane> &lanes() const { return m_lanes; }
    const std::vector<SocketLaneTitle> &titles() const { return m_titles; }
    const std::vector<SocketLaneGauges> &gauges() const { return m_gauges; }
    const QString &whyNone() const { return m_whyNone; }

private:
    SocketLaneBuilder m_builder;
    SocketLaneAbsence m_absence;
    SocketCallIndex m_calls; // the titles' calls, read a batch at a time
    std::vector<SocketLane> m_lanes;
    std::vector<SocketLaneTitle> m_titles;
    std::vector<SocketLaneGauges> m_gauges;
    QString m_whyNone;
    qsizetype m_fed = 0;
    std::int64_t m_lastNs = -1; // the last event read: its time and actor
    std::uint32_t m_lastActor = 0;
};

} // namespace sockscope
