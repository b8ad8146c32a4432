#include "watchtranslator.h"

#include <sys/socket.h>

#include "trace/recorder.h"
#include "trace/trace.h"
#include "watchrecord.h"

#include <cstring>
#include <sys/epoll.h>

namespace sockscope {

namespace {

constexpr int kMaxRecordedEpollInterest = 64; // as the lab (core/lab/waitcalls.cpp)

std::uint64_t key(int pid, int tid)
{
    return (std::uint64_t(std::uint32_t(pid)) << 32) | std::uint32_t(tid);
}

bool carriesPreview(EventKind k)
{
    return k == EventKind::RecvEnd || k == EventKind::RecvfromEnd || k == EventKind::Send ||
           k == EventKind::Sendto || k == EventKind::SendBegin;
}

QVector<int> setOf(const std::int32_t *values, int count)
{
    QVector<int> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out.append(values[i]);
    return out;
}

} // namespace

WatchTranslator::WatchTranslator(Recorder &recorder, int programPid)
    : m_recorder(recorder), m_programPid(programPid)
{
    Actor main;
    main.kind = ActorKind::Thread;
    main.name = QStringLiteral("main");
    main.pid = programPid;
    main.tid = programPid;
    m_mainActor = m_recorder.addActor(main);
    m_actors.insert(key(programPid, programPid), m_mainActor);
}

std::uint32_t WatchTranslator::childActor(int pid, std::uint32_t parent)
{
    if (const auto it = m_children.constFind(pid); it != m_children.cend()) {
        if (parent != 0) {
            Actor a = m_recorder.actorSnapshot(*it);
            if (a.parent == 0) {
                a.parent = parent;
                m_recorder.updateActor(a);
            }
        }
        return *it;
    }
    Actor child;
    child.kind = ActorKind::Process;
    child.name = QStringLiteral("child %1").arg(pid);
    child.pid = pid;
    child.tid = pid;
    child.parent = parent;
    const std::uint32_t id = m_recorder.addActor(child);
    m_children.insert(pid, id);
    m_actors.insert(key(pid, pid), id);
    return id;
}

// A record from a thread not seen before: the main thread of a child (a lane of its own even
// before its fork record arrives), or a thread that started before the library could see it.
std::uint32_t WatchTranslator::actorFor(int pid, int tid)
{
    if (const auto it = m_actors.constFind(key(pid, tid)); it != m_actors.cend())
        return *it;
    if (pid == tid)
        return childActor(pid, 0);
    Actor thread;
    thread.kind = ActorKind::Thread;
    thread.name = QStringLiteral("thread %1").arg(++m_threadNumber);
    thread.pid = pid;
    thread.tid = tid;
    const std::uint32_t id = m_recorder.addActor(thread);
    m_actors.insert(key(pid, tid), id);
    return id;
}

std::uint16_t WatchTranslator::sourceLine(const SockscopeWatchRecord &r, QByteArrayView source)
{
    std::size_t index;
    if (!source.isEmpty()) {
        const QString text = QString::fromUtf8(source);
        const auto it = m_sourceIndex.constFind(text);
        if (it != m_sourceIndex.cend()) {
            index = *it;
        } else {
            index = m_sources.size();
            m_sources.push_back(text);
            m_sourceIndex.insert(text, index);
        }
    } else if (r.codeOffset != 0) {
        const auto it = m_codeSiteIndex.constFind(r.codeOffset);
        if (it != m_codeSiteIndex.cend()) {
            index = *it;
        } else {
            index = m_sources.size();
            m_sources.emplace_back();
            m_codeSiteIndex.insert(r.codeOffset, index);
            m_codeSites.push_back({r.codeOffset, index});
        }
    } else {
        return kNoLine;
    }
    if (index > std::size_t(kLastSourceLine - kFirstSourceLine))
        return kNoLine; // more distinct lines than an event can name: not known
    return std::uint16_t(kFirstSourceLine + index);
}

void WatchTranslator::record(Event &e, QByteArrayView payload)
{
    m_recorder.recordAtClock(e, payload);
}

bool WatchTranslator::take(QByteArrayView message)
{
    SockscopeWatchRecord r;
    if (message.size() < qsizetype(sizeof r)) {
        ++m_dropped;
        return false;
    }
    std::memcpy(&r, message.data(), sizeof r);
    qsizetype sets = 0;
    for (int s = 0; s < 4; ++s) {
        if (r.setCount[s] > SOCKSCOPE_WATCH_MAX_SET) {
            ++m_dropped;
            return false;
        }
        sets += r.setCount[s];
    }
    const qsizetype expected = qsizetype(sizeof r) + sets * 4 + r.previewSize + r.sourceSize;
    if (r.magic != SOCKSCOPE_WATCH_MAGIC || r.size != message.size() || expected != r.size ||
        r.previewSize > SOCKSCOPE_WATCH_PREVIEW || r.pid <= 0 || r.tid <= 0) {
        ++m_dropped;
        return false;
    }
    std::int32_t setValues[4][SOCKSCOPE_WATCH_MAX_SET];
    const char *p = message.data() + sizeof r;
    for (int s = 0; s < 4; ++s) {
        std::memcpy(setValues[s], p, std::size_t(r.setCount[s]) * 4);
        p += r.setCount[s] * 4;
    }
    const QByteArrayView preview(p, r.previewSize);
    p += r.previewSize;
    const QByteArrayView source(p, r.sourceSize);
    const std::int64_t origin = m_recorder.originNs();

    if (r.kind == SOCKSCOPE_WATCH_HELLO)
        return true;
    if (r.kind == SOCKSCOPE_WATCH_EXIT_CALL) {
        // Not an event: the process has not ended yet (exit() runs its handlers first). Its
        // process_exit, seen from outside, will carry the line.
        if (const std::uint16_t line = sourceLine(r, source); line != kNoLine)
            m_exitLines.insert(r.pid, line);
        return true;
    }
    if (r.kind == SOCKSCOPE_WATCH_THREAD_START) {
        const std::uint32_t parent = actorFor(r.pid, r.aux > 0 ? r.aux : r.pid);
        std::uint32_t id = m_actors.value(key(r.pid, r.tid));
        if (id == 0) {
            Actor thread;
            thread.kind = ActorKind::Thread;
            thread.name = QStringLiteral("thread %1").arg(++m_threadNumber);
            thread.pid = r.pid;
            thread.tid = r.tid;
            thread.parent = parent;
            id = m_recorder.addActor(thread);
            m_actors.insert(key(r.pid, r.tid), id);
        }
        Event spawn;
        spawn.kind = EventKind::ThreadSpawn;
        spawn.tNs = r.spawnNs - origin;
        spawn.actor = parent;
        spawn.childActor = id;
        spawn.line = sourceLine(r, source);
        record(spawn);
        return true;
    }
    if (r.kind >= kEventKindCount || isTaskKind(EventKind(r.kind)) ||
        r.kind == std::uint8_t(EventKind::ProcessExit)) {
        ++m_dropped;
        return false;
    }

    Event e;
    e.kind = EventKind(r.kind);
    e.tNs = r.ns - origin;
    e.actor = actorFor(r.pid, r.tid);
    e.fd = r.fd;
    e.bytes = r.bytes;
    e.err = std::int16_t(r.err);
    e.flags = r.flags & (kFlagProbed | kFlagReadyAtCall);
    e.call = r.call;
    e.peerIpv4 = r.peerIpv4;
    e.peerPort = r.peerPort;
    e.line = sourceLine(r, source);

    switch (e.kind) {
    case EventKind::AcceptEnd:
        e.newFd = r.aux;
        if (e.newFd >= 0 && actorForPeer)
            e.childActor = actorForPeer(e.peer());
        break;
    case EventKind::Socket:
        if (r.err == 0 && r.aux == SOCK_DGRAM)
            m_datagram.insert({r.pid, r.fd});
        break;
    case EventKind::Bind:
        if (r.err == 0)
            m_boundPort[{r.pid, r.fd}] = r.peerPort;
        // A datagram socket takes messages once bound: it never listens.
        if (r.err == 0 && onListening && m_datagram.count({r.pid, r.fd}))
            onListening(r.peerPort);
        break;
    case EventKind::Listen:
        if (r.err == 0) {
            const auto it = m_boundPort.find({r.pid, r.fd});
            if (it != m_boundPort.end() && onTcpListening)
                onTcpListening(it->second);
            if (it != m_boundPort.end() && onListening)
                onListening(it->second);
        }
        break;
    case EventKind::Close:
        m_boundPort.erase({r.pid, r.fd});
        m_datagram.erase({r.pid, r.fd});
        break;
    case EventKind::Fork: {
        e.childPid = r.aux > 0 ? r.aux : 0;
        if (e.childPid > 0) {
            e.childActor = childActor(e.childPid, e.actor);
            // The child shares the parent's epoll instances (and their interest lists).
            std::vector<std::pair<std::pair<int, int>, EpollInterest>> copies;
            for (const auto &[k, interest] : m_epoll) {
                if (k.first == r.pid)
                    copies.push_back({{e.childPid, k.second}, interest});
            }
            for (auto &c : copies)
                m_epoll[c.first] = std::move(c.second);
            if (onFork)
                onFork(e.childPid, e.childActor);
        }
        break;
    }
    case EventKind::Reap:
        e.childPid = r.aux;
        e.status = r.status;
        e.call = std::uint8_t(ReapPolicy::None);
        break;
    case EventKind::Error:
        if (e.call == std::uint8_t(EventKind::Reap))
            e.childPid = r.aux;
        break;
    case EventKind::EpollCtl: {
        EpollInterest &interest = m_epoll[{r.pid, r.aux}];
        if (r.err == 0) {
            if (e.call == std::uint8_t(EpollOp::Del)) {
                interest.events.erase(r.fd);
            } else {
                interest.events[r.fd] = std::uint32_t(r.status);
                interest.fdOfData[std::uint32_t(r.epollData)] = r.fd;
            }
        }
        break;
    }
    default:
        break;
    }

    if (e.kind == EventKind::WaitBegin || e.kind == EventKind::WaitEnd) {
        WaitSets w;
        w.timeoutMs = r.timeoutMs;
        if (WaitMechanism(r.call) == WaitMechanism::Epoll) {
            const auto it = m_epoll.find({r.pid, r.aux});
            if (it != m_epoll.end() &&
                qsizetype(it->second.events.size()) <= kMaxRecordedEpollInterest) {
                for (const auto &[fd, events] : it->second.events) {
                    if (events & (EPOLLIN | EPOLLRDHUP))
                        w.readSet.append(fd);
                    if (events & EPOLLOUT)
                        w.writeSet.append(fd);
                }
            }
            auto fdOf = [&](std::int32_t data) {
                if (it == m_epoll.end())
                    return int(data);
                const auto f = it->second.fdOfData.find(std::uint32_t(data));
                return f == it->second.fdOfData.end() ? int(data) : f->second;
            };
            for (int i = 0; i < r.setCount[2]; ++i)
                w.readyRead.append(fdOf(setValues[2][i]));
            for (int i = 0; i < r.setCount[3]; ++i)
                w.readyWrite.append(fdOf(setValues[3][i]));
        } else {
            w.readSet = setOf(setValues[0], r.setCount[0]);
            w.writeSet = setOf(setValues[1], r.setCount[1]);
            w.readyRead = setOf(setValues[2], r.setCount[2]);
            w.readyWrite = setOf(setValues[3], r.setCount[3]);
        }
        const QByteArray bytes = payload::encodeWaitSets(w);
        record(e, bytes);
        return true;
    }
    record(e, carriesPreview(e.kind) ? preview : QByteArrayView());
    return true;
}

void WatchTranslator::childExited(int pid, std::int64_t monotonicNs, int status,
                                  bool stoppedByWatch)
{
    const auto it = m_children.constFind(pid);
    if (it == m_children.cend() || m_exited.value(pid))
        return;
    m_exited.insert(pid, true);
    Event e;
    e.kind = EventKind::ProcessExit;
    e.tNs = monotonicNs - m_recorder.originNs();
    e.actor = *it;
    e.childPid = pid;
    e.status = status;
    e.line = m_exitLines.value(pid, kNoLine);
    if (stoppedByWatch)
        e.flags |= kFlagStoppedByRun;
    record(e);
}

std::vector<int> WatchTranslator::childPids() const
{
    std::vector<int> pids;
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        pids.push_back(it.key());
    return pids;
}

} // namespace sockscope
