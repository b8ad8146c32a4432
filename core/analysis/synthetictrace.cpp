#include "synthetictrace.h"

namespace sockscope::synthetic {

namespace {

constexpr std::uint32_t kLoopback = 0x7f000001;
constexpr std::uint16_t kServerPort = 5000;

Endpoint clientAddress(int i)
{
    return {kLoopback, std::uint16_t(50500 + i)};
}

// Appends events with times in microseconds.
class Builder
{
public:
    explicit Builder(Trace &trace) : m_trace(trace) {}

    std::uint32_t actor(ActorKind kind, const QString &name, int pid, int tid,
                        std::uint32_t parent = 0)
    {
        return m_trace.addActor({0, kind, name, pid, tid, parent, false});
    }

    Event make(std::int64_t us, std::uint32_t actor, EventKind kind, int fd = -1)
    {
        Event e;
        e.tNs = us * 1000;
        e.actor = actor;
        e.kind = kind;
        e.fd = fd;
        return e;
    }
    void add(const Event &e, QByteArrayView payload = {}) { m_trace.append(e, payload); }
    void add(std::int64_t us, std::uint32_t actor, EventKind kind, int fd = -1)
    {
        add(make(us, actor, kind, fd));
    }

    void listenSocket(std::int64_t us, std::uint32_t a, int fd)
    {
        add(us, a, EventKind::Socket, fd);
        Event bind = make(us + 10, a, EventKind::Bind, fd);
        bind.setPeer({kLoopback, kServerPort});
        add(bind);
        Event listen = make(us + 20, a, EventKind::Listen, fd);
        listen.bytes = 5;
        add(listen);
    }
    void connect(std::int64_t us, std::uint32_t client, int fd, int index,
                 std::int64_t takesUs = 40)
    {
        add(us, client, EventKind::Socket, fd);
        Event begin = make(us + 5, client, EventKind::ConnectBegin, fd);
        begin.setPeer({kLoopback, kServerPort});
        add(begin);
        Event end = make(us + 5 + takesUs, client, EventKind::ConnectEnd, fd);
        end.setPeer({kLoopback, kServerPort});
        add(end, payload::encodeEndpoint(clientAddress(index)));
    }
    void acceptEnd(std::int64_t us, std::uint32_t a, int fd, int newFd, int index,
                   std::uint32_t client)
    {
        Event e = make(us, a, EventKind::AcceptEnd, fd);
        e.newFd = newFd;
        e.setPeer(clientAddress(index));
        e.childActor = client;
        add(e);
    }
    void send(std::int64_t us, std::uint32_t a, int fd, const QByteArray &data)
    {
        Event e = make(us, a, EventKind::Send, fd);
        e.bytes = int(data.size());
        add(e, data);
    }
    void recvEnd(std::int64_t us, std::uint32_t a, int fd, const QByteArray &data)
    {
        Event e = make(us, a, EventKind::RecvEnd, fd);
        e.bytes = int(data.size());
        add(e, data);
    }
    void wait(std::int64_t beginUs, std::int64_t endUs, std::uint32_t a, QVector<int> readSet,
              QVector<int> ready)
    {
        WaitSets sets;
        sets.readSet = readSet;
        Event begin = make(beginUs, a, EventKind::WaitBegin);
        begin.call = std::uint8_t(WaitMechanism::Select);
        add(begin, payload::encodeWaitSets(sets));
        if (endUs < 0)
            return;
        sets.readyRead = ready;
        Event end = make(endUs, a, EventKind::WaitEnd);
        end.call = std::uint8_t(WaitMechanism::Select);
        end.bytes = int(ready.size());
        add(end, payload::encodeWaitSets(sets));
    }
    void spawn(std::int64_t us, std::uint32_t parent, std::uint32_t child, bool fork, int pid = 0)
    {
        Event e = make(us, parent, fork ? EventKind::Fork : EventKind::ThreadSpawn);
        e.childActor = child;
        if (fork)
            e.childPid = pid;
        add(e);
    }

private:
    Trace &m_trace;
};

QByteArray hello(int i)
{
    return QStringLiteral("hello from client %1\n").arg(i).toUtf8();
}

} // namespace

Trace threadedThreeClients()
{
    Trace trace;
    trace.scenario = QStringLiteral("three-clients");
    trace.model = QStringLiteral("threaded");
    Builder b(trace);
    const int pid = 4242;
    const auto main = b.actor(ActorKind::Thread, QStringLiteral("main"), pid, pid);
    std::uint32_t clients[3];
    for (int i = 0; i < 3; ++i)
        clients[i] =
            b.actor(ActorKind::Client, QStringLiteral("client %1").arg(i + 1), pid, pid + 10 + i);
    b.listenSocket(0, main, 3);
    b.add(40, main, EventKind::AcceptBegin, 3);
    std::int64_t t = 1000;
    std::uint32_t workers[3];
    for (int i = 0; i < 3; ++i) {
        b.connect(t + 10 * i, clients[i], 4 + i, i);
        workers[i] = b.actor(ActorKind::Thread, QStringLiteral("worker %1").arg(i + 1), pid,
                             pid + 20 + i, main);
    }
    std::int64_t accept = 1100;
    for (int i = 0; i < 3; ++i) {
        const int connFd = 7 + i;
        b.acceptEnd(accept, main, 3, connFd, i, clients[i]);
        b.spawn(accept + 40, main, workers[i], false);
        b.add(accept + 80, main, EventKind::AcceptBegin, 3);
        b.add(accept + 60, workers[i], EventKind::RecvBegin, connFd);
        // Each client sleeps 300 ms, then sends one line and reads the reply.
        const std::int64_t sendAt = 301000 + 150 * i;
        b.send(sendAt, clients[i], 4 + i, hello(i + 1));
        b.add(sendAt + 20, clients[i], EventKind::RecvBegin, 4 + i);
        b.recvEnd(sendAt + 60, workers[i], connFd, hello(i + 1));
        b.send(sendAt + 90, workers[i], connFd, hello(i + 1));
        b.add(sendAt + 110, workers[i], EventKind::RecvBegin, connFd);
        b.recvEnd(sendAt + 130, clients[i], 4 + i, hello(i + 1));
        b.add(sendAt + 160, clients[i], EventKind::Close, 4 + i);
        b.recvEnd(sendAt + 200, workers[i], connFd, {});
        b.add(sendAt + 220, workers[i], EventKind::Close, connFd);
        b.add(sendAt + 240, workers[i], EventKind::ThreadExit);
        accept += 100;
    }
    // The run stops the server: shutdown() wakes accept with an error.
    Event stopped = b.make(320000, main, EventKind::AcceptEnd, 3);
    stopped.err = 22; // EINVAL
    b.add(stopped);
    b.add(320050, main, EventKind::Close, 3);
    return trace;
}

Trace forkingWithZombies()
{
    Trace trace;
    trace.scenario = QStringLiteral("staggered-clients");
    trace.model = QStringLiteral("forking");
    Builder b(trace);
    const int pid = 5000;
    const auto main = b.actor(ActorKind::Thread, QStringLiteral("main"), pid, pid);
    b.listenSocket(0, main, 3);
    b.add(40, main, EventKind::AcceptBegin, 3);
    for (int i = 0; i < 3; ++i) {
        const auto client =
            b.actor(ActorKind::Client, QStringLiteral("client %1").arg(i + 1), pid, pid + 10 + i);
        const int childPid = pid + 100 + i;
        const auto child = b.actor(ActorKind::Process, QStringLiteral("child %1").arg(childPid),
                                   childPid, childPid, main);
        const std::int64_t t = 1000 + 100000 * i;
        b.connect(t, client, 5, i);
        b.acceptEnd(t + 100, main, 3, 4, i, client);
        if (i > 0) {
            // on-accept: collect the children that finished before forking a new one.
            Event reap = b.make(t + 120, main, EventKind::Reap);
            reap.childPid = childPid - 1;
            reap.call = std::uint8_t(ReapPolicy::OnAccept);
            b.add(reap);
        }
        b.spawn(t + 150, main, child, true, childPid);
        b.add(t + 200, main, EventKind::Close, 4); // the parent's copy of the connection
        b.add(t + 250, main, EventKind::AcceptBegin, 3);
        b.add(t + 220, child, EventKind::Close, 3); // the child's copy of the listening socket
        b.add(t + 240, child, EventKind::RecvBegin, 4);
        b.send(t + 20000, client, 5, hello(i + 1));
        b.add(t + 20020, client, EventKind::RecvBegin, 5);
        b.recvEnd(t + 20050, child, 4, hello(i + 1));
        b.send(t + 20080, child, 4, hello(i + 1));
        b.add(t + 20100, child, EventKind::RecvBegin, 4);
        b.recvEnd(t + 20120, client, 5, hello(i + 1));
        b.add(t + 20150, client, EventKind::Close, 5);
        b.recvEnd(t + 20200, child, 4, {});
        b.add(t + 20220, child, EventKind::Close, 4);
        Event exit = b.make(t + 20300, child, EventKind::ProcessExit);
        exit.childPid = childPid;
        b.add(exit);
    }
    Event stopped = b.make(330000, main, EventKind::AcceptEnd, 3);
    stopped.err = 22;
    b.add(stopped);
    Event reap = b.make(330100, main, EventKind::Reap);
    reap.childPid = pid + 102;
    reap.call = std::uint8_t(ReapPolicy::OnAccept);
    b.add(reap);
    b.add(330200, main, EventKind::Close, 3);
    return trace;
}

Trace selectLoop()
{
    Trace trace;
    trace.scenario = QStringLiteral("three-clients");
    trace.model = QStringLiteral("select");
    Builder b(trace);
    const int pid = 6000;
    const auto main = b.actor(ActorKind::Thread, QStringLiteral("main"), pid, pid);
    std::uint32_t clients[3];
    for (int i = 0; i < 3; ++i)
        clients[i] =
            b.actor(ActorKind::Client, QStringLiteral("client %1").arg(i + 1), pid, pid + 10 + i);
    b.listenSocket(0, main, 3);
    QVector<int> set{3};
    std::int64_t t = 40;
    // Three connections, one select() round each.
    for (int i = 0; i < 3; ++i) {
        const std::int64_t connectAt = 1000 + 400 * i;
        b.connect(connectAt, clients[i], 10 + i, i);
        b.wait(t, connectAt + 60, main, set, {3});
        b.add(connectAt + 70, main, EventKind::AcceptBegin, 3);
        b.acceptEnd(connectAt + 80, main, 3, 4 + i, i, clients[i]);
        set.append(4 + i);
        t = connectAt + 100;
    }
    // Each client sends; select reports its socket ready; the server reads and echoes.
    for (int i = 0; i < 3; ++i) {
        const std::int64_t sendAt = 301000 + 2000 * i;
        b.send(sendAt, clients[i], 10 + i, hello(i + 1));
        b.add(sendAt + 20, clients[i], EventKind::RecvBegin, 10 + i);
        b.wait(t, sendAt + 50, main, set, {4 + i});
        b.add(sendAt + 60, main, EventKind::RecvBegin, 4 + i);
        b.recvEnd(sendAt + 70, main, 4 + i, hello(i + 1));
        b.send(sendAt + 90, main, 4 + i, hello(i + 1));
        b.recvEnd(sendAt + 120, clients[i], 10 + i, hello(i + 1));
        b.add(sendAt + 150, clients[i], EventKind::Close, 10 + i);
        b.wait(sendAt + 100, sendAt + 170, main, set, {4 + i});
        b.add(sendAt + 180, main, EventKind::RecvBegin, 4 + i);
        b.recvEnd(sendAt + 190, main, 4 + i, {});
        b.add(sendAt + 200, main, EventKind::Close, 4 + i);
        set.removeAll(4 + i);
        t = sendAt + 210;
    }
    b.wait(t, -1, main, set, {});
    return trace;
}

Trace large(qsizetype events, int pairs)
{
    Trace trace;
    trace.scenario = QStringLiteral("large");
    trace.model = QStringLiteral("threaded");
    trace.reserve(std::size_t(events) + 64, std::size_t(events) * 4);
    Builder b(trace);
    const int pid = 7000;
    const auto main = b.actor(ActorKind::Thread, QStringLiteral("main"), pid, pid);
    std::vector<std::uint32_t> clients, workers;
    b.listenSocket(0, main, 3);
    std::int64_t t = 100;
    for (int i = 0; i < pairs; ++i) {
        clients.push_back(b.actor(ActorKind::Client, QStringLiteral("client %1").arg(i + 1), pid,
                                  pid + 1000 + i));
        workers.push_back(b.actor(ActorKind::Thread, QStringLiteral("worker %1").arg(i + 1), pid,
                                  pid + 2000 + i, main));
        b.add(t, main, EventKind::AcceptBegin, 3);
        b.connect(t + 1, clients.back(), 1000 + i, i, 1);
        b.acceptEnd(t + 3, main, 3, 2000 + i, i, clients.back());
        b.spawn(t + 4, main, workers.back(), false);
        t += 5;
    }
    const QByteArray ping = QByteArrayLiteral("ping\n");
    // A cycle of six events per pair: the worker waits, the client sends, the worker reads and
    // replies, the client waits and reads. 10 us apart, pairs in turn: time order by design.
    qsizetype k = 0;
    while (trace.size() < events) {
        const int p = int((k / 6) % pairs);
        const std::uint32_t w = workers[std::size_t(p)], c = clients[std::size_t(p)];
        const int wfd = 2000 + p, cfd = 1000 + p;
        t += 10 + (k * 7919 % 13); // uneven, to get spans of many widths
        switch (k % 6) {
        case 0:
            b.add(t, w, EventKind::RecvBegin, wfd);
            break;
        case 1:
            b.send(t, c, cfd, ping);
            break;
        case 2:
            b.recvEnd(t, w, wfd, ping);
            break;
        case 3:
            b.send(t, w, wfd, ping);
            break;
        case 4:
            b.add(t, c, EventKind::RecvBegin, cfd);
            break;
        case 5:
            b.recvEnd(t, c, cfd, ping);
            break;
        }
        ++k;
    }
    return trace;
}

QStringList names()
{
    return {QStringLiteral("threaded"), QStringLiteral("forking"), QStringLiteral("select"),
            QStringLiteral("large")};
}

Trace byName(const QString &name)
{
    if (name == QLatin1String("threaded"))
        return threadedThreeClients();
    if (name == QLatin1String("forking"))
        return forkingWithZombies();
    if (name == QLatin1String("select"))
        return selectLoop();
    if (name.startsWith(QLatin1String("large"))) {
        const qsizetype n = name.section(QLatin1Char(':'), 1).toLongLong();
        return large(n > 0 ? n : 100000);
    }
    return {};
}

} // namespace sockscope::synthetic
