#include "kernelsampler.h"

#include <QFile>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <system_error>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sockscope {

namespace {

std::uint64_t pack(Endpoint e)
{
    return (std::uint64_t(e.ipv4) << 16) | e.port;
}

Endpoint unpack(std::uint64_t v)
{
    return {std::uint32_t(v >> 16), std::uint16_t(v & 0xffff)};
}

// The processor time this thread has used: what a sample costs the machine, whether or not
// the thread was preempted meanwhile.
std::int64_t threadCpuNs()
{
    timespec ts{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

int readFdLinks(int pid, std::unordered_map<std::uint64_t, int> *inodeToFd)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/fd", pid);
    DIR *dir = opendir(path);
    if (!dir)
        return -1;
    int found = 0;
    const int dirFd = dirfd(dir);
    while (const dirent *entry = readdir(dir)) {
        if (entry->d_name[0] < '0' || entry->d_name[0] > '9')
            continue;
        char link[64];
        const ssize_t n = readlinkat(dirFd, entry->d_name, link, sizeof link - 1);
        if (n <= 0)
            continue;
        link[n] = '\0';
        unsigned long long inode = 0;
        if (std::sscanf(link, "socket:[%llu]", &inode) == 1) {
            (*inodeToFd)[inode] = std::atoi(entry->d_name);
            ++found;
        }
    }
    closedir(dir);
    return found;
}

// Whether descriptor `fd` of process `pid` is the socket `inode` now; `ownPid`: this process.
bool holdsSocket(int pid, int fd, std::uint64_t inode, int ownPid)
{
    if (pid == ownPid) { // one system call, not a path in /proc (half the cost here)
        struct stat st
        {
        };
        return ::fstat(fd, &st) == 0 && S_ISSOCK(st.st_mode) && std::uint64_t(st.st_ino) == inode;
    }
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/fd/%d", pid, fd);
    char link[64];
    const ssize_t n = ::readlink(path, link, sizeof link - 1);
    if (n <= 0)
        return false;
    link[n] = '\0';
    unsigned long long linked = 0;
    return std::sscanf(link, "socket:[%llu]", &linked) == 1 && linked == inode;
}

} // namespace

KernelSampler::KernelSampler(Recorder &recorder, std::uint16_t port)
    : KernelSampler(recorder, port, Sources{})
{
}

KernelSampler::KernelSampler(Recorder &recorder, std::uint16_t port, Sources sources)
    : m_recorder(recorder), m_port(port), m_sources(std::move(sources))
{
}

KernelSampler::~KernelSampler()
{
    stop();
}

std::int64_t KernelSampler::samplesTaken() const
{
    std::lock_guard lock(m_mutex);
    return m_samples;
}

std::int64_t KernelSampler::dumpsTaken() const
{
    std::lock_guard lock(m_mutex);
    return m_dumps;
}

std::int64_t KernelSampler::cpuNsUsed() const
{
    std::lock_guard lock(m_mutex);
    return m_cpuNs;
}

bool KernelSampler::waitForFreshSample(int timeoutMs)
{
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    std::unique_lock lock(m_mutex);
    if (m_stopping || !m_thread.joinable() || m_loopEnded)
        return false; // not sampling (any more): the kernel stopped answering is recorded
    // The sample in progress may have begun before the call: wait for the one after it.
    const std::int64_t wanted = m_samples + 2;
    while (m_samples < wanted && !m_stopping && !m_loopEnded) {
        m_sampleWanted = true;
        m_wake.notify_all();
        if (m_sampled.wait_until(lock, deadline) == std::cv_status::timeout)
            break;
    }
    return m_samples >= wanted;
}

void KernelSampler::recordUnavailable(int err, const QString &why)
{
    Event e;
    e.actor = m_actor;
    e.kind = EventKind::Error;
    e.call = std::uint8_t(EventKind::TcpState);
    e.err = std::int16_t(err);
    m_recorder.record(e, why.toUtf8());
}

bool KernelSampler::start(QString *why)
{
    QString scratch;
    if (!why)
        why = &scratch;
    Actor kernel;
    kernel.kind = ActorKind::Kernel;
    kernel.name = QStringLiteral("kernel");
    kernel.pid = m_ownPid;
    m_actor = m_recorder.addActor(kernel);

    if (qEnvironmentVariableIntValue("SOCKSCOPE_NO_SOCK_DIAG") != 0) {
        *why = QStringLiteral("the kernel sampler is off (SOCKSCOPE_NO_SOCK_DIAG is set): no "
                              "TCP states or queue levels were read");
        recordUnavailable(0, *why);
        return false;
    }
    int err = 0;
    if (!m_diag.open(&err)) {
        *why = QStringLiteral("sock_diag cannot be opened (socket(AF_NETLINK, "
                              "NETLINK_SOCK_DIAG): %1): no TCP states or queue levels were read")
                   .arg(QString::fromLocal8Bit(std::strerror(err)));
        recordUnavailable(err, *why);
        return false;
    }
    // Where it cannot be read, every sample dumps (see the class comment).
    m_snmpFd = ::open(QFile::encodeName(m_sources.openCounters).constData(), O_RDONLY | O_CLOEXEC);
    // The first sample proves the kernel takes the request (and shows the listener).
    errno = 0;
    sample();
    if (!m_diag.isOpen()) {
        *why = QStringLiteral("sock_diag refused the request: no TCP states or queue levels "
                              "were read");
        return false;
    }
    try {
        m_thread = std::thread([this] { loop(); });
    } catch (const std::system_error &e) {
        *why = QStringLiteral("cannot create the kernel sampler's thread (%1): no TCP states "
                              "or queue levels are read after the start")
                   .arg(QString::fromLocal8Bit(std::strerror(e.code().value())));
        recordUnavailable(e.code().value(), *why);
        m_diag.close();
        return false;
    }
    return true;
}

void KernelSampler::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_sampled.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    if (m_diag.isOpen()) {
        sample(); // what the stop left behind: all of it, a dump
        m_diag.close();
    }
    if (m_snmpFd >= 0)
        ::close(m_snmpFd);
    m_snmpFd = -1;
}

void KernelSampler::loop()
{
    using namespace std::chrono;
    int periodMs = kBusyPeriodMs;
    // Nanoseconds of sampling the thread may still spend: a hundredth of the time that passes,
    // up to a burst (so a lesson's occasional dump runs at once; a run under load waits).
    constexpr std::int64_t kBurstNs = std::int64_t(kBurstMs) * 1000000;
    std::int64_t credit = kBurstNs;
    std::int64_t creditAt = Recorder::monotonicNs();
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        const bool wanted = m_sampleWanted; // a waiter wants all the kernel holds: a dump
        lock.unlock();
        const std::int64_t cpuBefore = threadCpuNs();
        const bool changed = sample(wanted);
        const std::int64_t cost = threadCpuNs() - cpuBefore;
        lock.lock();
        if (!m_diag.isOpen()) {
            m_loopEnded = true; // the kernel stopped answering: recorded
            m_sampled.notify_all();
            break;
        }
        credit -= cost;
        m_cpuNs += cost;
        periodMs = changed ? kBusyPeriodMs : std::min(periodMs * 2, kIdlePeriodMs);
        // Over time at most a hundredth of a core, however many sockets the run has (a tenth
        // cost an echo server under full load 4-8% of its throughput on two cores).
        std::int64_t waitNs = std::int64_t(periodMs) * 1000000;
        if (credit < 0)
            waitNs = std::max(waitNs, -credit * kCoreShareDivisor);
        m_sampleWanted = false; // taken just now; a waiter counts samples, not requests
        m_wake.wait_for(lock, nanoseconds(waitNs), [&] { return m_stopping || m_sampleWanted; });
        const std::int64_t now = Recorder::monotonicNs();
        credit = std::min(kBurstNs, credit + (now - creditAt) / kCoreShareDivisor);
        creditAt = now;
    }
}

bool KernelSampler::noteNewProcesses()
{
    // The recorder's actors in another process than this one (a forked child; a watched
    // program and its threads and children), each pid once. A forking server adds its child's
    // actor before it closes its own copy of the connection.
    for (;;) {
        const Actor a = m_recorder.actorSnapshot(m_actorsScanned + 1);
        if (a.id == 0)
            break;
        ++m_actorsScanned;
        if (a.kind != ActorKind::Client && a.kind != ActorKind::Kernel && a.pid > 0 &&
            a.pid != m_ownPid &&
            std::find(m_childPids.begin(), m_childPids.end(), a.pid) == m_childPids.end())
            m_childPids.push_back(a.pid);
    }
    return !m_childPids.empty();
}

void KernelSampler::scanOwners()
{
    noteNewProcesses();
    m_owners.clear();
    std::unordered_map<std::uint64_t, int> links;
    readFdLinks(m_ownPid, &links);
    for (const auto &[inode, fd] : links)
        m_owners[inode] = Owner{m_ownPid, fd};
    // A socket several processes hold is named by the first that holds it: SockScope's own
    // process, then the others in the order they appeared (a watched program before its
    // children). A forked child's copies of its parent's sockets are copies: the child inherits
    // every descriptor and closes all but its own at once, and a scan in between had named the
    // child as the holder of the parent's listener and of every client's socket. The connection
    // a child serves is named by it once its parent closed its copy (currentOwnerOf()).
    for (auto it = m_childPids.begin(); it != m_childPids.end();) {
        links.clear();
        if (readFdLinks(*it, &links) < 0) {
            it = m_childPids.erase(it); // gone (a zombie has no descriptors)
            continue;
        }
        for (const auto &[inode, fd] : links)
            m_owners.try_emplace(inode, Owner{*it, fd});
        ++it;
    }
}

KernelSampler::Owner KernelSampler::ownerOf(std::uint64_t inode, bool *rescanned)
{
    if (inode == 0)
        return {};
    auto it = m_owners.find(inode);
    if (it == m_owners.end() && !*rescanned) {
        *rescanned = true;
        scanOwners();
        it = m_owners.find(inode);
    }
    return it == m_owners.end() ? Owner{} : it->second;
}

KernelSampler::Owner KernelSampler::currentOwnerOf(std::uint64_t inode, bool *rescanned)
{
    Owner owner = ownerOf(inode, rescanned);
    // In a run of one process, a socket (inode not 0: some descriptor holds it) is held by the
    // descriptor the scan found: closing it would have orphaned the socket (inode 0), and a
    // number used again holds another inode. Only where other processes hold copies (a fork
    // inherits every descriptor) can the holder found go while the socket stays held.
    if (owner.pid == 0 || !noteNewProcesses() || holdsSocket(owner.pid, owner.fd, inode, m_ownPid))
        return owner;
    if (*rescanned)
        return {}; // closed since this sample's scan: nobody can be named
    *rescanned = true;
    scanOwners();
    owner = ownerOf(inode, rescanned);
    return owner.pid != 0 && holdsSocket(owner.pid, owner.fd, inode, m_ownPid) ? owner : Owner{};
}

void KernelSampler::record(EventKind kind, const Key &key, const Tracked &t)
{
    Event e;
    e.actor = m_actor;
    e.kind = kind;
    e.fd = t.fd;
    e.childPid = t.pid;
    e.setPeer(unpack(key.peer));
    e.call = kind == EventKind::TcpState ? std::uint8_t(t.state) : 0; // queues: no state
    e.flags = kFlagSampled | (t.held ? kFlagHolderSeen : 0);
    KernelFigures f = kind == EventKind::Queues ? t.figures : KernelFigures{};
    f.local = unpack(key.ends);
    m_recorder.record(e, payload::encodeKernelFigures(f));
}

bool KernelSampler::giveUp(const SockDiag::Failure &failure)
{
    recordUnavailable(failure.err, QStringLiteral("sock_diag: %1: %2; no more TCP states or queue "
                                                  "levels are read in this run")
                                       .arg(QLatin1String(failure.what),
                                            QString::fromLocal8Bit(std::strerror(failure.err))));
    return false;
}

bool KernelSampler::opensMoved()
{
    if (m_snmpFd < 0)
        return true;
    // "Tcp: RtoAlgorithm RtoMin RtoMax MaxConn ActiveOpens PassiveOpens ..." then the values.
    char text[8192];
    const ssize_t n = ::pread(m_snmpFd, text, sizeof text - 1, 0);
    if (n <= 0) {
        ::close(m_snmpFd);
        m_snmpFd = -1;
        return true;
    }
    text[n] = '\0';
    auto tcpLine = [](const char *from) -> const char * {
        for (const char *p = from; p && *p;
             p = std::strchr(p, '\n') ? std::strchr(p, '\n') + 1 : nullptr) {
            if (std::strncmp(p, "Tcp: ", 5) == 0)
                return p;
        }
        return nullptr;
    };
    const char *names = tcpLine(text);
    const char *values = names ? tcpLine(names + 1) : nullptr;
    unsigned long long active = 0, passive = 0;
    if (!values || std::sscanf(values + 5, "%*d %*d %*d %*d %llu %llu", &active, &passive) != 2) {
        ::close(m_snmpFd);
        m_snmpFd = -1;
        return true;
    }
    const std::uint64_t opens = active + passive;
    const bool moved = opens != m_opens;
    m_opens = opens;
    return moved;
}

bool KernelSampler::sample(bool dump)
{
    const std::int64_t began = Recorder::monotonicNs();
    // The counters are read before the sockets: an open after this reading shows at the next.
    const bool opened = opensMoved();
    dump = dump || opened || m_firstSample || !m_lookupsWork ||
           m_tracked.size() + m_listeners.size() > std::size_t(kMaxLookups) ||
           began - m_lastDumpNs >= std::int64_t(m_sources.dumpPeriodMs) * 1000000;
    const std::uint64_t generation = ++m_generation;
    bool changed = false;
    if (!dump && !lookupSample(generation, &changed)) {
        if (!m_diag.isOpen())
            return false;
        dump = true; // the lookup was refused: this sample and every later one dumps
    }
    if (dump) {
        if (!dumpSample(generation, &changed))
            return false;
        m_lastDumpNs = began;
    }
    {
        std::lock_guard lock(m_mutex);
        ++m_samples;
        if (dump)
            ++m_dumps;
    }
    m_sampled.notify_all();
    return changed;
}

bool KernelSampler::observe(const DiagSocket &s, std::uint64_t generation, bool *rescanned)
{
    const Key key{pack(s.local), pack(s.peer)};
    // A connection the first sample finds was there before the run, unless one of the run's
    // processes holds it (a watched program's listener is sampled only once its listen() is
    // reported, and a client may have come and gone meanwhile), or it waits in the listener's
    // accept queue (held by no descriptor yet: inode 0). An earlier listener's connections
    // went with it; its TIME_WAITs stay foreign.
    const bool queued = s.inode == 0 && s.local.port == m_port &&
                        (s.state == TcpState::SynRecv || s.state == TcpState::NewSynRecv ||
                         s.state == TcpState::Established || s.state == TcpState::CloseWait);
    if (m_firstSample && s.state != TcpState::Listen && !queued &&
        (s.inode == 0 || ownerOf(s.inode, rescanned).pid == 0)) {
        m_foreign[key] = generation;
        return false;
    }
    if (auto f = m_foreign.find(key); f != m_foreign.end()) {
        f->second = generation;
        return false;
    }
    if (s.state == TcpState::Listen &&
        std::find(m_listeners.begin(), m_listeners.end(), key) == m_listeners.end())
        m_listeners.push_back(key);
    bool changed = false;
    auto [it, isNew] = m_tracked.try_emplace(key);
    Tracked &t = it->second;
    t.generation = generation;
    // A socket keeps the last holder it was seen with (TIME_WAIT has none), and says whether
    // this sample saw it: a socket its holder closed is orphaned (inode 0) but may stay in
    // FIN_WAIT2 for a while, and is then held by nobody.
    Owner owner = s.inode ? ownerOf(s.inode, rescanned) : Owner{};
    const auto changes = [&t](const Owner &o) {
        return o.pid != 0 ? (o.pid != t.pid || o.fd != t.fd || !t.held) : t.held;
    };
    const bool figuresChanged = stateHasQueues(s.state) && s.figures != t.figures;
    // What gets recorded names the holder it has now, checked in /proc: the last scan's may
    // have closed it since (a forking server's parent closes its copy of each connection).
    if (owner.pid != 0 && (isNew || s.state != t.state || changes(owner) || figuresChanged))
        owner = currentOwnerOf(s.inode, rescanned);
    const bool held = owner.pid != 0;
    const bool ownerChanged = changes(owner);
    if (isNew || s.state != t.state || ownerChanged) {
        t.state = s.state;
        if (held) {
            t.pid = owner.pid;
            t.fd = owner.fd;
        }
        t.held = held;
        record(EventKind::TcpState, key, t);
        changed = true;
    }
    if (figuresChanged) {
        t.figures = s.figures;
        record(EventKind::Queues, key, t);
        changed = true;
    }
    return changed;
}

void KernelSampler::recordGone(const Key &key, Tracked &t)
{
    t.state = TcpState::Gone;
    t.held = false;
    record(EventKind::TcpState, key, t);
}

bool KernelSampler::dumpSample(std::uint64_t generation, bool *changed)
{
    bool complete = true;
    bool rescanned = false;
    int handled = 0;
    SockDiag::Failure failure;
    const bool read = m_diag.dump(
        m_port,
        [&](const DiagSocket &s) {
            if (handled >= kMaxSocketsPerSample) {
                complete = false; // the dump is read to its end, the rest left unlooked at
                return;
            }
            ++handled;
            *changed |= observe(s, generation, &rescanned);
        },
        &failure);
    if (!read)
        return giveUp(failure);
    m_firstSample = false;
    if (complete) {
        std::erase_if(m_foreign, [&](const auto &f) { return f.second != generation; });
        for (auto it = m_tracked.begin(); it != m_tracked.end();) {
            if (it->second.generation == generation) {
                ++it;
                continue;
            }
            recordGone(it->first, it->second);
            *changed = true;
            it = m_tracked.erase(it);
        }
    } else if (!m_saidTooMany) {
        m_saidTooMany = true;
        recordUnavailable(0, QStringLiteral("the run has more than %1 sockets on port %2: each "
                                            "sample looks at the first %1 the kernel lists, "
                                            "and no socket is marked GONE from then on")
                                 .arg(kMaxSocketsPerSample)
                                 .arg(m_port));
    }
    return true;
}

// Every known socket (and every listener seen, gone or not) asked for by its four-tuple. False,
// with nothing more recorded, when the kernel refuses a lookup (m_lookupsWork cleared) or
// stopped answering (closed, recorded).
bool KernelSampler::lookupSample(std::uint64_t generation, bool *changed)
{
    std::vector<SockDiag::Key> asked;
    asked.reserve(m_tracked.size() + m_listeners.size());
    for (const auto &[key, t] : m_tracked)
        asked.emplace_back(unpack(key.ends), unpack(key.peer));
    for (const Key &key : m_listeners) {
        if (!m_tracked.contains(key))
            asked.emplace_back(unpack(key.ends), unpack(key.peer));
    }
    std::vector<bool> found(asked.size(), false);
    bool rescanned = false;
    SockDiag::Failure failure;
    const SockDiag::Lookup result = m_diag.lookup(
        asked,
        [&](std::size_t i, const DiagSocket &s) {
            found[i] = true;
            *changed |= observe(s, generation, &rescanned);
        },
        &failure);
    if (result == SockDiag::Lookup::Failed)
        return giveUp(failure);
    if (result == SockDiag::Lookup::Refused) {
        m_lookupsWork = false; // this sample and every later one dumps
        return false;
    }
    for (std::size_t i = 0; i < asked.size(); ++i) {
        if (found[i])
            continue;
        // Not there any more (or a listener still gone).
        const Key key{pack(asked[i].first), pack(asked[i].second)};
        if (auto it = m_tracked.find(key); it != m_tracked.end()) {
            recordGone(it->first, it->second);
            *changed = true;
            m_tracked.erase(it);
        }
    }
    return true;
}

} // namespace sockscope
