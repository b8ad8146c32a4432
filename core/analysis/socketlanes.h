#pragma once

#include "../trace/kernelsample.h"
#include "../trace/trace.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <vector>

namespace sockscope {

// One stretch of a socket's life in one TCP state with one holder, from the sample that first
// showed it to the sample that showed the next state or holder (open: still so at the last
// sample). A state's spans follow one another when only its holder changed (socketsAt() tells
// the state's "since" from the first).
struct SocketStateSpan
{
    TcpState state = TcpState::Gone;
    qsizetype event = -1; // the tcp_state that began it
    std::int64_t beginNs = 0;
    std::int64_t endNs = 0; // meaningful when !open
    bool open = true;
    int pid = 0; // who held the socket, as last seen (0: nobody of the run's processes)
    int fd = -1;
    bool held = false; // the sample that began it saw pid and fd hold it (kFlagHolderSeen)
};

// A queues sample of the socket: the level of a gauge at that moment.
struct QueueLevel
{
    qsizetype event = -1;
    std::int64_t tNs = 0;
    KernelFigures figures;
};

// What the kernel held for one socket of the run, as the samples showed it: the material of a
// socket lane ("what the kernel holds"). Only sampled figures: a state shorter than the
// sampling period is missing.
struct SocketLane
{
    Endpoint local;
    Endpoint peer; // null for a listener
    bool listener = false;
    std::vector<SocketStateSpan> states;
    std::vector<QueueLevel> levels;
    // The holder last seen (pid, fd), for the lane's title; 0/-1 when never seen held.
    int pid = 0;
    int fd = -1;
    std::int64_t firstNs = 0;
};

// Every socket the samples name, listeners first, then connections in order of appearance,
// with the two ends of a connection next to each other (the server's end, then the client's).
std::vector<SocketLane> buildSocketLanes(const Trace &trace);

// The same, a batch of events at a time (a live trace grows): feed() reads the events added
// since the last one; lanes() is what buildSocketLanes() gives for the events read so far.
class SocketLaneBuilder
{
public:
    void feed(const Trace &trace);
    // Whether the last feed() read a sample (the lanes changed).
    bool changed() const { return m_changed; }
    std::vector<SocketLane> lanes() const;

private:
    std::vector<SocketLane> m_lanes;                      // in order of appearance
    QHash<QPair<quint64, quint64>, std::size_t> m_byEnds; // the latest lane of those ends
    std::vector<bool> m_forgotten; // by lane: the kernel no longer had it (state GONE)
    bool m_changed = false;
    qsizetype m_fed = 0;
};

// Why a trace has no socket lanes, when it has none: the kernel sampler's own error message
// (no sock_diag, switched off), or that the trace holds no samples at all (an older file, a UDP
// run, a run recorded without sampling). Empty when there are samples.
QString whyNoSocketLanes(const Trace &trace);

// The same, a batch of events at a time.
class SocketLaneAbsence
{
public:
    void feed(const Trace &trace);
    QString why() const;

private:
    bool m_sampled = false;
    QString m_samplerError;
    qsizetype m_fed = 0;
};

} // namespace sockscope
