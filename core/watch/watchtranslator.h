#pragma once

#include "trace/actor.h"
#include "trace/event.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>

#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <vector>

struct SockscopeWatchRecord;

namespace sockscope {

class Recorder;

// Turns the preload library's records (core/watch/watchrecord.h) into the lab's events in a
// Recorder: one lane per thread of the watched program ("main", "thread 2", ...) and one per
// forked child ("child 4711"), the same kinds and fields the lab records, so that analysis
// and views need not know where a trace came from. Everything in a record is untrusted: sizes
// are checked, kinds outside the contract are dropped, text is kept as bytes.
//
// Each event's `source` ("FILE:LINE") is kept in a table; the event's line is
// kFirstSourceLine + its index (see core/trace/event.h). A record from a C program carries a
// code offset instead, resolved to a line after the run (resolveSources()).
class WatchTranslator
{
public:
    explicit WatchTranslator(Recorder &recorder, int programPid);

    // One record as read (one message). Returns false for a record that is malformed (then
    // nothing is recorded from it).
    bool take(QByteArrayView message);

    // Called for each child the program forks (a new pid to watch for its exit), and when a
    // socket of the program starts listening, or a datagram socket is bound (the port).
    std::function<void(int pid, std::uint32_t actor)> onFork;
    std::function<void(int port)> onListening;
    // A TCP socket of the program started listening on `port` (for the kernel's side: the
    // watcher samples that port's sockets). Set by the Watcher; onListening is the caller's.
    std::function<void(int port)> onTcpListening;
    // Who is on the other end of an accepted connection (accept_end's child_actor): a scripted
    // client's lane, or an external one.
    std::function<std::uint32_t(Endpoint)> actorForPeer;

    // A forked child has exited (seen from outside: pidfd): process_exit on its lane.
    void childExited(int pid, std::int64_t monotonicNs, int status, bool stoppedByWatch);

    // The source table: index -> "FILE:LINE" ("" while unknown). Offsets of the main
    // executable are kept for resolving after the run.
    const std::vector<QString> &sources() const { return m_sources; }
    struct CodeSite
    {
        std::uint64_t offset = 0; // in the main executable, +1 (0: none)
        std::size_t index = 0;    // into sources()
    };
    const std::vector<CodeSite> &codeSites() const { return m_codeSites; }
    void setSource(std::size_t index, const QString &text) { m_sources[index] = text; }

    std::uint32_t mainActor() const { return m_mainActor; }
    // pid -> its lane, for the children seen so far.
    std::vector<int> childPids() const;
    qsizetype droppedRecords() const { return m_dropped; }

private:
    std::uint32_t actorFor(int pid, int tid);
    std::uint32_t childActor(int pid, std::uint32_t parent);
    std::uint16_t sourceLine(const SockscopeWatchRecord &r, QByteArrayView source);
    void record(Event &e, QByteArrayView payload = {});

    struct EpollInterest
    {
        std::map<std::uint32_t, int> fdOfData; // the low 32 bits of data -> descriptor
        std::map<int, std::uint32_t> events;   // descriptor -> EPOLLIN/EPOLLOUT...
    };

    Recorder &m_recorder;
    int m_programPid;
    std::uint32_t m_mainActor = 0;
    int m_threadNumber = 1;
    QHash<std::uint64_t, std::uint32_t> m_actors; // (pid << 32 | tid) -> actor
    QHash<int, std::uint32_t> m_children;         // pid -> child lane
    QHash<int, bool> m_exited;
    QHash<int, std::uint16_t> m_exitLines;                // pid -> the line of its exit() call
    std::map<std::pair<int, int>, EpollInterest> m_epoll; // (pid, epfd)
    std::map<std::pair<int, int>, int> m_boundPort;       // (pid, fd) -> port
    std::set<std::pair<int, int>> m_datagram;             // (pid, fd) of SOCK_DGRAM sockets
    std::vector<QString> m_sources;
    QHash<QString, std::size_t> m_sourceIndex;
    std::vector<CodeSite> m_codeSites;
    QHash<std::uint64_t, std::size_t> m_codeSiteIndex;
    qsizetype m_dropped = 0;
};

} // namespace sockscope
