#pragma once

#include "../trace/trace.h"
#include "fdtable.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace sockscope {

// What a blocked call waits for, worked out from the descriptor tables when it began.
enum class WaitReason : std::uint8_t
{
    Unknown,
    NoClientYet,    // accept(): "no connection is waiting to be accepted"
    NoDataFrom,     // recv() on a connection with a known peer
    NoDataOnFd,     // recv() on a descriptor whose peer the trace does not tell
    NoneReady,      // select/poll/epoll_wait: "none of {3,5,6} is ready"
    Handshake,      // connect(): the server has not completed the handshake
    SendBufferFull, // send() blocked: the peer is not reading
    NoDatagram,     // recvfrom(): no datagram yet
    ReadyAtCall     // the kernel's figure before the call: something was already there, so
                    // the call returned without waiting (a span, but not a wait)
};

// One blocking system call: from its *_begin to its *_end. An open span (the actor is still
// blocked) runs to the live edge.
struct BlockedSpan
{
    static constexpr std::uint32_t kOpen = std::numeric_limits<std::uint32_t>::max();

    std::int64_t beginNs = 0;
    std::int64_t endNs = 0;    // meaningful only when closed
    std::uint32_t begin = 0;   // index of the *_begin event
    std::uint32_t end = kOpen; // index of the *_end event
    std::uint32_t actor = 0;
    std::int32_t fd = -1;
    std::uint32_t peerIpv4 = 0; // for NoDataFrom, Handshake, SendBufferFull
    std::uint16_t peerPort = 0;
    EventKind kind = EventKind::AcceptBegin; // the begin kind
    WaitReason reason = WaitReason::Unknown;

    bool isOpen() const { return end == kOpen; }
    // Only a call that may have slept is a wait: not one the probe found ready.
    bool waits() const { return reason != WaitReason::ReadyAtCall; }
    std::int64_t endAt(std::int64_t liveEdgeNs) const
    {
        return isOpen() ? std::max(liveEdgeNs, beginNs) : endNs;
    }
    Endpoint peer() const { return {peerIpv4, peerPort}; }
};

// Finds blocked spans a batch of events at a time (a live trace grows): each feed() reads the
// events the trace gained since the last one, in trace order. A span begun in one batch may
// end in a later one. Holds only what the next batch needs: the descriptor tables and the
// open spans.
class BlockedSpanFinder
{
public:
    using SpanFound = std::function<void(const BlockedSpan &)>;
    // `began` gets each span as its *_begin is read (open); `ended` gets it again, closed,
    // when its *_end is read.
    void feed(const Trace &trace, const SpanFound &began, const SpanFound &ended);
    qsizetype fed() const { return m_fed; } // the events read so far

private:
    FdTables m_tables;
    QHash<std::uint32_t, BlockedSpan> m_open; // by actor
    qsizetype m_fed = 0;
};

// Every blocked span of a growing trace, in order of their begin: feed() takes in the events
// added since the last call.
class BlockedSpanList
{
public:
    void feed(const Trace &trace);
    const std::vector<BlockedSpan> &spans() const { return m_spans; }
    std::vector<BlockedSpan> takeSpans() { return std::move(m_spans); }
    qsizetype fed() const { return m_finder.fed(); }

private:
    BlockedSpanFinder m_finder;
    std::vector<BlockedSpan> m_spans;
    QHash<std::uint32_t, std::size_t> m_openAt; // actor -> its open span in m_spans
};

// Every blocked span of the trace, in order of their begin, in one pass.
std::vector<BlockedSpan> findBlockedSpans(const Trace &trace);

// "accept(fd 3)", "recv(fd 5)", "select({3, 5, 6})", "epoll_wait({4, 5})".
QString blockedCallLabel(const Trace &trace, const BlockedSpan &span);
// The call's name alone, where its label has no room: "accept()", "select()".
QString blockedCallName(const Trace &trace, const BlockedSpan &span);
// "no connection is waiting to be accepted", "no data from 127.0.0.1:50500 yet", "none of {3, 5, 6}
// is ready". Translatable (context "WaitReason").
QString whyItWaits(const Trace &trace, const BlockedSpan &span);
// For a call the probe found ready: "2 connection(s) already in the accept queue".
QString readyAtCallText(const Event &begin);
// "{3, 5, 6}"; beyond `maxShown` descriptors the rest is counted: "{6, 9, 12, … 997 more}".
// maxShown <= 0 lists every descriptor.
QString fdSetText(const QVector<int> &fds, int maxShown = 6);

} // namespace sockscope
