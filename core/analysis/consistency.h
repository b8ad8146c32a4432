#pragma once

#include "models/listing.h"
#include "viewclaims.h"

#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace sockscope {

struct Chapter;

// A sentence or a figure on screen that the recorded trace contradicts.
struct Contradiction
{
    qsizetype index = -1; // the event the views were at
    QString what;
};

// Tests what the views claim at each event against the trace, with its own bookkeeping
// from the raw events (not the code that made the claims): "blocks" only where the kernel's
// figure said nothing was there, a stop never narrated as a failure or a datagram, an
// end-of-stream only from a connected client, readiness loops kept per actor (the client
// driver never described as the server, listening sockets named only where the process
// listens, nothing "ready" while a wait is still open), children counted with their zombies,
// chapters shown only from the event that triggers them, and tasks (asyncio) resumed only
// for a reason the trace shows (the loop's epoll_wait reported the socket, or the sleep was
// over), never running while their loop thread waits, and counted as they are; a kernel
// sample that names its socket's holder is never said to be held by none. Claims are
// checked in event order: call check() once per event, front to back.
class ConsistencyChecker
{
public:
    explicit ConsistencyChecker(const Trace &trace);
    // The scenario's chapters for this run (optional): each shown chapter must have been
    // triggered at or before the event, and no later one.
    void setChapters(const std::vector<Chapter> &chapters, const QString &model);

    void check(const ViewClaims &claims);
    const std::vector<Contradiction> &contradictions() const { return m_found; }

private:
    void fail(qsizetype index, const QString &what);
    void learn(qsizetype index);
    void checkEvidence(const ViewClaims &c);
    void checkStop(const ViewClaims &c);
    void checkClose(const ViewClaims &c);
    void checkReap(const ViewClaims &c);
    void checkReadiness(const ViewClaims &c);
    void checkCounts(const ViewClaims &c);
    void checkChapter(const ViewClaims &c);
    void checkListing(const ViewClaims &c);
    void checkTasks(const ViewClaims &c);
    void checkFailedStart(const ViewClaims &c);
    void checkSample(const ViewClaims &c);
    std::uint32_t processOf(std::uint32_t actor) const;

    const Trace &m_trace;
    std::vector<Contradiction> m_found;
    // Independent bookkeeping, one event at a time.
    std::vector<qsizetype> m_openBegin;         // by actor: an open *_begin, -1 none
    QHash<std::uint32_t, std::uint32_t> m_root; // thread -> the process's first actor
    QSet<quint64> m_listening;                  // (process << 32 | fd)
    QSet<quint64> m_connectedClientFds;         // (client actor << 32 | fd), connect succeeded
    QSet<int> m_forked;                         // child pids forked and not reaped
    QSet<int> m_exited;                         // of those, the ones that exited
    QSet<std::uint32_t> m_threadsAlive;         // server thread actors
    std::vector<qsizetype> m_triggers;          // by chapter, -1 none
    std::vector<QString> m_chapterTexts;
    std::vector<Listing> m_listings; // the server's, in both flavours
    // Tasks (asyncio), from their own events: what each awaits (None: running), since when.
    struct TaskBook
    {
        bool created = false;
        bool done = false;
        TaskWait waiting = TaskWait::None;
        int fd = -1;
        int sleepMs = -1;
        std::int64_t suspendedNs = 0;
    };
    QHash<std::uint32_t, TaskBook> m_tasks;
    QHash<std::uint32_t, qsizetype> m_lastWaitEnd; // by actor: its latest wait_end
    // A server whose bind() or listen() failed: the socket (by actor), then the close of it.
    QHash<std::uint32_t, int> m_refusedFd;
    QHash<std::uint32_t, qsizetype> m_startFailedAt; // by actor: the close of that socket
};

// Every contradiction in a whole trace (chapters optional). `mutate`, when given, may change
// the claims before they are checked: tests use it to prove each check fires.
std::vector<Contradiction> checkConsistency(const Trace &trace,
                                            const std::vector<Chapter> *chapters = nullptr,
                                            const std::function<void(ViewClaims &)> &mutate = {});

} // namespace sockscope
