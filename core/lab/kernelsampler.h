#pragma once

#include "sockdiag.h"
#include "trace/kernelsample.h"
#include "trace/recorder.h"

#include <QString>

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include <unistd.h>

namespace sockscope {

// The kernel's side of the run's sockets, sampled on an observer thread outside the models:
// sock_diag netlink (NETLINK_SOCK_DIAG, inet_diag_req_v2 with INET_DIAG_SKMEMINFO), filtered
// by the kernel to TCP sockets with the run's port at either end. A listener's drops are its
// own sk_drops, which the kernel's tcp_listendrop() counts together with TcpExt ListenDrops
// (that counter is the whole network namespace's: other programs' listeners count in it). It
// records what changed as tcp_state and queues events (marked
// kFlagSampled) on an actor of kind kernel: a new socket or a new state, a socket that got
// its owner (accept() took it from the queue), changed queue levels, and a socket the kernel
// no longer has (state GONE). Sockets are matched to the process and descriptor holding them
// by inode, through /proc/PID/fd of the run's own processes (SockScope's, and the children the
// run forked, as the recorder's actors say); nobody else's.
//
// A sample is one of two kinds. A dump asks for every socket on the port; the kernel finds
// them by walking its whole table of connections (262,144 buckets on the machine measured:
// 1.2-2 ms, however few sockets the run has). A lookup asks for each socket already known by
// its four-tuple (a hash lookup each, in one request): tens of microseconds. A new socket can
// appear only by an open (connect() or a completed handshake, counted by the kernel in
// /proc/net/snmp's ActiveOpens and PassiveOpens) or as a new listener, so a sample dumps when
// those counters moved, when a waiter wants everything the kernel holds, on the first and the
// last sample, at least every kDumpPeriodMs, and whenever more than kMaxLookups sockets are
// known; otherwise it looks up. Where the counters cannot be read or a lookup is refused,
// every sample dumps.
//
// Samples come every kBusyPeriodMs while something changes, backing off to kIdlePeriodMs
// while nothing does; over time the sampler takes at most a hundredth of a core (kCoreShare,
// with a burst of kBurstMs of sampling), so a run of thousands of sockets slows the sampler,
// not the server. One sample handles at most kMaxSocketsPerSample sockets; beyond that it says
// so once in the trace.
//
// Where sock_diag cannot be used, start() records an `error` event (call tcp_state) saying
// why, and the run goes on without samples. SOCKSCOPE_NO_SOCK_DIAG=1 in the environment turns
// the sampler off the same way (and says so).
class KernelSampler
{
public:
    static constexpr int kBusyPeriodMs = 2;
    static constexpr int kIdlePeriodMs = 40;
    static constexpr int kMaxSocketsPerSample = 4096;
    static constexpr int kDumpPeriodMs = 1000;
    static constexpr int kMaxLookups = 256;
    static constexpr int kCoreShareDivisor = 100; // at most 1/100 of a core over time
    static constexpr int kBurstMs = 5;

    // Where the kernel's TCP counters are read, and how long lookups may go on without a dump
    // (a test gives a file of its own, whose counts move only when it says so).
    struct Sources
    {
        QString openCounters = QStringLiteral("/proc/net/snmp");
        int dumpPeriodMs = kDumpPeriodMs;
    };
    KernelSampler(Recorder &recorder, std::uint16_t port);
    KernelSampler(Recorder &recorder, std::uint16_t port, Sources sources);
    ~KernelSampler(); // stop()
    KernelSampler(const KernelSampler &) = delete;
    KernelSampler &operator=(const KernelSampler &) = delete;

    // Registers the kernel actor, opens the netlink socket, takes a first sample and starts
    // the thread. False (with the reason recorded and in `why`) when sampling is not possible.
    bool start(QString *why = nullptr);
    // Takes a last sample (what the stop left: TIME_WAIT, CLOSE_WAIT ...), ends the thread and
    // closes the netlink socket. Safe to call more than once.
    void stop();

    std::uint32_t actor() const { return m_actor; }
    std::int64_t samplesTaken() const;
    std::int64_t dumpsTaken() const; // the samples that were dumps (the rest looked up)
    std::int64_t cpuNsUsed() const;  // processor time the sampling thread has taken
    // Asks the thread for a sample at once and waits (at most timeoutMs) until one that began
    // after the call is recorded: what the kernel holds now is in the trace before the caller
    // goes on (a restart's bind() after the TIME_WAIT it meets). False on timeout or when the
    // sampler is not running.
    bool waitForFreshSample(int timeoutMs);

private:
    struct Key
    {
        std::uint64_t ends = 0; // local ipv4 << 16 | local port
        std::uint64_t peer = 0; // peer ipv4 << 16 | peer port
        friend bool operator==(const Key &, const Key &) = default;
    };
    struct KeyHash
    {
        std::size_t operator()(const Key &k) const { return k.ends * 1000003u ^ k.peer; }
    };
    struct Tracked
    {
        TcpState state = TcpState::Gone;
        int pid = 0;
        int fd = -1;
        bool held = false; // pid and fd held it at the last sample (else: the last holder seen)
        std::uint64_t inode = 0;
        KernelFigures figures;
        std::uint64_t generation = 0;
    };
    struct Owner
    {
        int pid = 0;
        int fd = -1;
    };

    void loop();
    // Takes a sample (a dump if `dump` or if a lookup would not do); true when something
    // changed. False, m_diag closed, when the kernel stopped answering (recorded).
    bool sample(bool dump = true);
    bool dumpSample(std::uint64_t generation, bool *changed);
    bool lookupSample(std::uint64_t generation, bool *changed);
    // One socket the kernel reported, by dump or by lookup: recorded if new or changed.
    bool observe(const DiagSocket &s, std::uint64_t generation, bool *rescanned);
    void recordGone(const Key &key, Tracked &t);
    bool giveUp(const SockDiag::Failure &failure); // recorded; false
    // Whether a socket may have been opened since the last call (true when it cannot tell).
    bool opensMoved();
    void recordUnavailable(int err, const QString &why);
    void record(EventKind kind, const Key &key, const Tracked &t);
    // The process and descriptor holding the socket `inode`, by the last scan of the run's
    // processes' descriptor tables (scanned again, once a sample, for an inode it lacks).
    Owner ownerOf(std::uint64_t inode, bool *rescanned);
    // The holder as it is now: ownerOf()'s, checked in /proc and scanned again (once a sample)
    // when that descriptor no longer holds the socket; none when nobody found holds it.
    Owner currentOwnerOf(std::uint64_t inode, bool *rescanned);
    void scanOwners();
    // Takes in the processes the recorder's new actors belong to; whether the run has any but
    // this one.
    bool noteNewProcesses();

    Recorder &m_recorder;
    const std::uint16_t m_port;
    const Sources m_sources;
    std::uint32_t m_actor = 0;
    SockDiag m_diag;

    std::unordered_map<Key, Tracked, KeyHash> m_tracked;
    // Sockets on the port before the run's clients started (a TIME_WAIT left by an earlier run
    // that had the same port): not the run's, never recorded; forgotten once the kernel has.
    std::unordered_map<Key, std::uint64_t, KeyHash> m_foreign;
    bool m_firstSample = true;
    std::unordered_map<std::uint64_t, Owner> m_owners; // inode -> holder
    std::uint32_t m_actorsScanned = 0;
    std::vector<int> m_childPids;
    const int m_ownPid = int(::getpid()); // this process (getpid() is a system call each time)
    std::uint64_t m_generation = 0;
    bool m_saidTooMany = false;
    std::vector<Key> m_listeners; // every listener seen: looked up even while it is gone
    int m_snmpFd = -1;            // /proc/net/snmp, or -1: every sample dumps
    std::uint64_t m_opens = ~std::uint64_t(0);
    bool m_lookupsWork = true;
    std::int64_t m_lastDumpNs = 0;
    std::int64_t m_dumps = 0;
    std::int64_t m_cpuNs = 0; // under m_mutex

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    bool m_sampleWanted = false;
    bool m_loopEnded = false; // the thread gave up (the kernel stopped answering)
    std::int64_t m_samples = 0;
    std::condition_variable m_sampled;
    std::thread m_thread;
};

} // namespace sockscope
