#pragma once

#include "trace.h"

#include <QHash>
#include <QJsonObject>

#include <functional>

namespace sockscope {

// The kernel's samples in a Chrome trace: one track per socket (in a process group "sockets
// (kernel, sampled)"), its TCP states as slices from one sample to the next, and its queue
// levels as counter tracks (accept queue and backlog of a listener; receive and send queue of
// a connection). Fed one event at a time; each Chrome event goes to `out` as it is made. What
// it keeps is a state per socket, never the events.
class ChromeSocketTracks
{
public:
    using Out = std::function<void(const QJsonObject &)>;
    explicit ChromeSocketTracks(Out out) : m_out(std::move(out)) {}

    // The next event of the trace (anything but a kernel sample is passed over).
    void add(const Trace &trace, const Event &e);
    // States still held when the trace ends run to `endNs`.
    void finish(std::int64_t endNs);

private:
    struct Track
    {
        int tid = 0;
        bool open = false;
        Event state; // the tcp_state that opened the current slice
    };
    void slice(const Event &from, std::int64_t toNs, int tid);

    Out m_out;
    QHash<QString, Track> m_tracks;
};

} // namespace sockscope
