#pragma once

#include "socketlanes.h"

#include <QHash>
#include <QPair>
#include <QString>

#include <optional>
#include <vector>

namespace sockscope {

// Who a socket lane belongs to, in words: the lane's title and second line.
//   listener        "main: fd 3"       "listens on 127.0.0.1:5000"
//   server's end    "main: fd 5"       "↔ client 2 (127.0.0.1:40112)"
//   client's end    "client 2: fd 7"   "↔ 127.0.0.1:5000"
// Names come from the trace: escaped. The holder is the last process the samples saw with
// the socket; a socket nobody held (still in the accept queue, TIME_WAIT) says so.
struct SocketLaneTitle
{
    QString title;
    QString subtitle;
    std::uint32_t actor = 0; // the actor named in the title, 0 for none
    // The call that made the socket, when the trace shows it before the first sample: the
    // listener's or a client's socket(); -1 when not known. The lane starts there.
    std::int64_t madeNs = -1;
};
std::vector<SocketLaneTitle> socketLaneTitles(const Trace &trace,
                                              const std::vector<SocketLane> &lanes);

// What the titles are made from, read from the calls a batch at a time (a live trace grows):
// who bound which port, accepted which peer, connected from which address, and when each
// socket was made. titles() then costs the lanes, not the trace so far.
class SocketCallIndex
{
public:
    void clear() { *this = SocketCallIndex(); }
    // Takes in the events from `from` to the trace's end (those before were read already).
    void feed(const Trace &trace, qsizetype from);
    std::vector<SocketLaneTitle> titles(const Trace &trace,
                                        const std::vector<SocketLane> &lanes) const;

private:
    struct Binding
    {
        std::int64_t tNs = 0;
        std::uint32_t actor = 0;
        std::int64_t madeNs = -1;
    };
    // port -> the actors that bound it, in order (a restarted server binds it again)
    QHash<quint16, std::vector<Binding>> m_bound;
    QHash<quint64, std::uint32_t> m_accepted;  // the peer's address -> the acceptor
    QHash<quint64, std::uint32_t> m_connected; // the client's own address -> the client
    // When the socket was made: its socket() call (the listener's, a client's), or the
    // accept() that returned it (a server's end), by the address it came to have.
    QHash<QPair<std::uint32_t, int>, std::int64_t> m_socketCall; // (actor, fd) -> socket()
    QHash<quint64, std::int64_t> m_acceptedMade;
    QHash<quint64, std::int64_t> m_connectedMade;
};

// A socket the kernel held at time t, as the last samples before t showed it: for the state
// inspector's "sockets at the cursor".
struct SocketAtTime
{
    std::size_t lane = 0; // index into the lanes
    TcpState state = TcpState::Gone;
    qsizetype stateEvent = -1;
    // The sample that first showed the state (a new holder is no new state).
    std::int64_t sinceNs = 0;
    std::optional<KernelFigures> figures; // the last queues sample at or before t
    int pid = 0;
    int fd = -1;
    bool held = false; // the last sample saw pid and fd hold it (else: the last holder seen)
};
std::vector<SocketAtTime> socketsAt(const std::vector<SocketLane> &lanes, std::int64_t tNs);

// One line each, true to the samples:
//   "LISTEN (sampled) since 1.2 ms"
//   "accept queue 2 of 2 (backlog 1 + 1); 1 connection dropped since listen()"
//   "12 bytes unread (receive buffer 131072); 0 bytes unsent (send buffer 16384)"
//   "held by fd 5 of pid 4242" / "last held by fd 5 of pid 4242" (the last sample saw no
//   holder: closed, in FIN_WAIT2 or TIME_WAIT) /
//   "held by no descriptor of the run's processes"
QString socketStateLine(const SocketAtTime &s, std::int64_t tNs);
QString socketQueueLine(const SocketLane &lane, const SocketAtTime &s);
QString socketHolderLine(const SocketAtTime &s);

} // namespace sockscope
