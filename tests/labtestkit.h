#pragma once

// Shared by tst_syscalls, tst_waitcalls, tst_models and tst_forking: a tiny recorded client, trace
// queries and counts of what a process holds (descriptors, threads, children).

#include "lab/syscalls.h"
#include "models/server.h"
#include "trace/trace.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QThread>

#include <functional>
#include <sys/socket.h>
#include <unistd.h>

namespace sockscope::testkit {

constexpr Endpoint kLoopbackAnyPort{0x7f000001, 0};

// A listening socket on a free loopback port, made with the lab.
inline int listenAnywhere(Syscalls &sys, Endpoint *address)
{
    const int fd = sys.socket(SOCK_STREAM);
    sys.bind(fd, kLoopbackAnyPort);
    sys.listen(fd, 8);
    *address = Syscalls::localAddress(fd);
    return fd;
}

inline int countEntries(const QString &dir)
{
    return int(QDir(dir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size());
}
inline int openDescriptors()
{
    return countEntries(QStringLiteral("/proc/self/fd"));
}
inline int threadCount()
{
    return countEntries(QStringLiteral("/proc/self/task"));
}

// The state letter of /proc/PID/stat ('R', 'S', 'Z', ...), or 0 when there is no such process.
inline char processState(int pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const qsizetype paren = stat.lastIndexOf(')');
    return paren >= 0 && paren + 2 < stat.size() ? stat.at(paren + 2) : 0;
}

inline int parentOf(int pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    const qsizetype paren = stat.lastIndexOf(')');
    const QList<QByteArray> fields = stat.mid(paren + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toInt() : 0;
}

// Processes whose parent is this test (zombies included).
inline QList<int> childProcesses()
{
    QList<int> children;
    const int me = int(getpid());
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &name : entries) {
        bool ok = false;
        const int pid = name.toInt(&ok);
        if (ok && parentOf(pid) == me)
            children << pid;
    }
    return children;
}

// Polls `done` until true or the bound runs out. The bound only keeps a broken test from
// hanging; no test asserts how long anything took.
inline bool waitUntil(const std::function<bool()> &done, int boundMs = 10000)
{
    for (int waited = 0; waited < boundMs; waited += 5) {
        if (done())
            return true;
        QThread::msleep(5);
    }
    return done();
}

// What this test process holds: descriptors, threads (tasks) and child processes.
// pthread_join() returns when the kernel clears the thread id, which is before the task leaves
// /proc/self/task, and a reaped child can linger for a moment under load: compare counts with
// settlesTo(), never with one reading.
struct Resources
{
    int fds = 0;
    int threads = 0;
    QList<int> children;
    static Resources now() { return {openDescriptors(), threadCount(), childProcesses()}; }
    bool operator==(const Resources &) const = default;
    QString text() const
    {
        QStringList pids;
        for (int pid : children)
            pids << QString::number(pid);
        return QStringLiteral("fds %1, threads %2, children [%3]")
            .arg(fds)
            .arg(threads)
            .arg(pids.join(QLatin1Char(',')));
    }
};

// A reading taken once the counts have stopped moving (the same for a few readings in a
// row, within a bound): a thread of an earlier test may still be leaving /proc/self/task.
inline Resources steadyResources()
{
    Resources last = Resources::now();
    int same = 0;
    for (int waited = 0; same < 5 && waited < 3000; waited += 20) {
        QThread::msleep(20);
        const Resources now = Resources::now();
        same = now == last ? same + 1 : 0;
        last = now;
    }
    return last;
}

// Waits (bounded) until the process holds what it held `before`.
inline bool settlesTo(const Resources &before)
{
    return waitUntil([&] { return Resources::now() == before; });
}

// Collects everything recorded so far, keeping what was drained before.
struct TraceCollector
{
    explicit TraceCollector(Recorder &r) : recorder(r) {}
    Recorder &recorder;
    Trace trace;
    const Trace &collect()
    {
        recorder.drainInto(trace);
        return trace;
    }
    std::vector<qsizetype> find(const std::function<bool(const Event &)> &match)
    {
        collect();
        std::vector<qsizetype> hits;
        for (qsizetype i = 0; i < trace.size(); ++i) {
            if (match(trace.at(i)))
                hits.push_back(i);
        }
        return hits;
    }
    int count(EventKind kind, std::uint32_t actor = 0)
    {
        return int(find([&](const Event &e) {
                       return e.kind == kind && (actor == 0 || e.actor == actor);
                   }).size());
    }
    bool waitFor(const std::function<bool(const Event &)> &match, int atLeast = 1,
                 int boundMs = 10000)
    {
        return waitUntil([&] { return int(find(match).size()) >= atLeast; }, boundMs);
    }
    bool waitForKind(EventKind kind, int atLeast = 1)
    {
        return waitFor([kind](const Event &e) { return e.kind == kind; }, atLeast);
    }
};

// A recorded client on its own lane, using the lab like the real clients do. Receives are
// bounded by SO_RCVTIMEO so that a broken server fails the test instead of hanging it.
class TestClient
{
public:
    TestClient(Recorder &recorder, const QString &name)
        : m_actor(recorder.addActor({0, ActorKind::Client, name, int(getpid()), 0, 0, false})),
          m_sys(recorder, m_actor)
    {
    }
    ~TestClient() { close(); }

    std::uint32_t actor() const { return m_actor; }
    Endpoint local() const { return m_local; }
    int fd() const { return m_fd; }

    bool connect(Endpoint server, int type = SOCK_STREAM)
    {
        m_fd = m_sys.socket(type);
        if (m_fd < 0)
            return false;
        timeval tv{10, 0};
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        m_server = server;
        if (type == SOCK_DGRAM)
            return true;
        m_sys.at(LineTag::Connect);
        return m_sys.connect(m_fd, server, &m_local) == 0;
    }
    bool send(const QByteArray &data)
    {
        m_sys.at(LineTag::Send);
        return m_sys.send(m_fd, data.constData(), std::size_t(data.size())) == data.size();
    }
    QByteArray recv(int max = 1024)
    {
        QByteArray buffer(max, Qt::Uninitialized);
        m_sys.at(LineTag::Recv);
        const ssize_t n = m_sys.recv(m_fd, buffer.data(), std::size_t(max));
        return n > 0 ? buffer.left(int(n)) : QByteArray();
    }
    // recv() until `size` bytes came (replies may arrive in pieces).
    QByteArray recvExactly(int size)
    {
        QByteArray all;
        while (all.size() < size) {
            const QByteArray part = recv(size - int(all.size()));
            if (part.isEmpty())
                break;
            all += part;
        }
        return all;
    }
    bool sendTo(const QByteArray &data)
    {
        m_sys.at(LineTag::SendTo);
        return m_sys.sendto(m_fd, data.constData(), std::size_t(data.size()), m_server) ==
               data.size();
    }
    QByteArray recvFrom()
    {
        QByteArray buffer(2048, Qt::Uninitialized);
        Endpoint from;
        m_sys.at(LineTag::RecvFrom);
        const ssize_t n = m_sys.recvfrom(m_fd, buffer.data(), 2048, &from);
        return n > 0 ? buffer.left(int(n)) : QByteArray();
    }
    void close()
    {
        if (m_fd < 0)
            return;
        m_sys.at(LineTag::Close);
        m_sys.close(m_fd);
        m_fd = -1;
    }

private:
    std::uint32_t m_actor;
    Syscalls m_sys;
    int m_fd = -1;
    Endpoint m_server;
    Endpoint m_local;
};

// The server's accept_end for the client whose own address is `local`.
inline qsizetype acceptOf(TraceCollector &c, Endpoint local)
{
    const auto hits =
        c.find([&](const Event &e) { return e.kind == EventKind::AcceptEnd && e.peer() == local; });
    return hits.empty() ? -1 : hits.front();
}

inline ServerOptions optionsFor(const QString &model)
{
    ServerOptions o;
    o.model = model;
    return o;
}

} // namespace sockscope::testkit
