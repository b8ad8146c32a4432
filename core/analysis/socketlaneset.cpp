#include "socketlaneset.h"

namespace sockscope {

namespace {

bool namesASocketsHolder(EventKind kind)
{
    return kind == EventKind::Socket || kind == EventKind::Bind || kind == EventKind::AcceptEnd ||
           kind == EventKind::ConnectEnd;
}

} // namespace

void SocketLaneSet::update(const Trace &trace)
{
    const bool grew =
        trace.size() >= m_fed && (m_fed == 0 || (trace.at(m_fed - 1).tNs == m_lastNs &&
                                                 trace.at(m_fed - 1).actor == m_lastActor));
    if (!grew)
        clear();
    const qsizetype from = m_fed;
    if (from == trace.size() && from > 0)
        return;
    m_builder.feed(trace);
    m_absence.feed(trace);
    m_calls.feed(trace, from);
    bool holdersNamed = false;
    if (!m_builder.changed() && !m_lanes.empty()) {
        for (qsizetype i = from; i < trace.size() && !holdersNamed; ++i)
            holdersNamed = namesASocketsHolder(trace.at(i).kind);
    }
    if (m_builder.changed()) {
        m_lanes = m_builder.lanes();
        m_gauges.clear();
        m_gauges.reserve(m_lanes.size());
        for (const SocketLane &lane : m_lanes)
            m_gauges.push_back(socketLaneGauges(lane));
    }
    // A socket lane's title names its holder, which the calls may tell after its samples.
    if (m_builder.changed() || holdersNamed || from == 0)
        m_titles = m_calls.titles(trace, m_lanes);
    m_whyNone = m_lanes.empty() ? m_absence.why() : QString();
    m_fed = trace.size();
    if (m_fed > 0) {
        m_lastNs = trace.at(m_fed - 1).tNs;
        m_lastActor = trace.at(m_fed - 1).actor;
    }
}

} // namespace sockscope
