// Faults from real runs: a forked child killed mid-request, a client that resets its
// connection mid-message, a client that never reads what it asked for, bytes that try to be
// HTML or terminal escapes, and a process out of descriptors. In every case the server records
// what the kernel said, keeps serving, and a stop still leaves nothing behind.
// No test asserts how long anything took; the one bound on stop() only catches a hang.

#include "analysis/eventtext.h"
#include "labtestkit.h"
#include "models/modelinfo.h"
#include "models/serverbase.h"
#include "trace/tracefile.h"

#include <QElapsedTimer>
#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace sockscope;
using namespace sockscope::testkit;

namespace {

// Only catches a hang: stop() is meant to take well under a second.
constexpr qint64 kStopHangBoundMs = 10000;

std::unique_ptr<Server> startServer(Recorder &recorder, const ServerOptions &options)
{
    auto server = createServer(options, ServerContext{recorder, {}});
    QString error;
    if (!server || !server->start(&error)) {
        qWarning("server did not start: %s", qPrintable(error));
        return nullptr;
    }
    return server;
}

// An outside program's socket (nc, a student's script): raw calls, nothing recorded.
// receiveBuffer > 0 pins SO_RCVBUF (no autotuning), so that what the server sends fills it.
int rawConnect(Endpoint server, int receiveBuffer = 0)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (receiveBuffer > 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(server.ipv4);
    sa.sin_port = htons(server.port);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) < 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// One whole conversation through the lab: connect, one line, its echo, close.
bool converse(Recorder &recorder, Endpoint server, const QString &name, Endpoint *local = nullptr)
{
    TestClient c(recorder, name);
    if (!c.connect(server))
        return false;
    if (local)
        *local = c.local();
    const QByteArray line = name.toUtf8() + '\n';
    return c.send(line) && c.recvExactly(int(line.size())) == line;
}

void addTcpModels()
{
    QTest::addColumn<QString>("model");
    for (const auto &name : modelNames()) {
        if (name != QLatin1String("udp"))
            QTest::newRow(qPrintable(name)) << name;
    }
}

bool blocksInSend(const QString &model)
{
    return model == QLatin1String("sequential") || model == QLatin1String("threaded") ||
           model == QLatin1String("forking");
}

// Every descriptor number below the soft limit taken, so the next socket()/accept() fails with
// EMFILE; undone by the destructor. The limit is lowered to just above what is open now, so
// only a few dozen descriptors are needed to reach it.
class DescriptorExhaustion
{
public:
    DescriptorExhaustion()
    {
        ::getrlimit(RLIMIT_NOFILE, &m_saved);
        m_source = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        int highest = 0;
        if (DIR *dir = ::opendir("/proc/self/fd")) {
            while (const dirent *entry = ::readdir(dir))
                highest = std::max(highest, std::atoi(entry->d_name));
            ::closedir(dir);
        }
        rlimit lowered = m_saved;
        lowered.rlim_cur = rlim_t(highest + 1);
        m_lowered = ::setrlimit(RLIMIT_NOFILE, &lowered) == 0;
        for (int i = 0; i < 100000; ++i) {
            const int fd = ::fcntl(m_source, F_DUPFD_CLOEXEC, 0);
            if (fd < 0) {
                m_fullWith = errno;
                break;
            }
            m_hogs.push_back(fd);
        }
    }
    ~DescriptorExhaustion() { release(); }
    bool full() const { return m_lowered && m_fullWith == EMFILE; }
    void release()
    {
        for (int fd : m_hogs)
            ::close(fd);
        m_hogs.clear();
        if (m_source >= 0)
            ::close(m_source);
        m_source = -1;
        if (m_lowered)
            ::setrlimit(RLIMIT_NOFILE, &m_saved);
        m_lowered = false;
    }

private:
    rlimit m_saved{};
    bool m_lowered = false;
    int m_source = -1;
    int m_fullWith = 0;
    std::vector<int> m_hogs;
};

// An outside client that sends 10 MB on its own thread and never reads. end() (or the
// destructor, when a check failed) wakes its blocked send, joins it and closes the socket.
struct Flood
{
    explicit Flood(int socketFd) : fd(socketFd)
    {
        if (fd < 0)
            return;
        timeval sendBound{20, 0}; // ends on its own even if nobody stops it
        ::setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &sendBound, sizeof sendBound);
        thread = std::thread([this] {
            const QByteArray chunk(64 * 1024, 'x');
            constexpr qint64 kTotal = 10 * 1024 * 1024;
            while (sent.load() < kTotal) {
                const ssize_t n =
                    ::send(fd, chunk.constData(), std::size_t(chunk.size()), MSG_NOSIGNAL);
                if (n <= 0)
                    return;
                sent.fetch_add(n);
            }
        });
    }
    ~Flood() { end(); }
    void end()
    {
        if (fd < 0)
            return;
        ::shutdown(fd, SHUT_RDWR);
        if (thread.joinable())
            thread.join();
        ::close(fd);
        fd = -1;
    }
    int fd;
    std::atomic<qint64> sent{0};
    std::thread thread;
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void childKilledMidRequest_data()
    {
        QTest::addColumn<int>("policy");
        QTest::newRow("none") << int(ReapPolicy::None);
        QTest::newRow("on-accept") << int(ReapPolicy::OnAccept);
        QTest::newRow("sigchld") << int(ReapPolicy::Sigchld);
    }

    // The child has half a request (no delimiter yet) and waits in recv() for the rest when
    // it is killed. Its death is recorded with status -9 (SIGKILL), it is reaped the way the
    // policy says, and the server goes on forking for the next client.
    void childKilledMidRequest()
    {
        QFETCH(int, policy);
        const auto reap = ReapPolicy(policy);
        const Resources before = steadyResources();
        Recorder recorder;
        ServerOptions options = optionsFor(QStringLiteral("forking"));
        options.reap = reap;
        options.protocol = Protocol::Delimited;
        auto server = startServer(recorder, options);
        QVERIFY(server);
        TraceCollector trace(recorder);

        TestClient victim(recorder, QStringLiteral("victim"));
        QVERIFY(victim.connect(server->address()));
        QVERIFY(victim.send("half a req"));
        QVERIFY(trace.waitForKind(EventKind::Fork));
        const Event fork =
            trace.trace.at(trace.find([](const Event &e) { return e.kind == EventKind::Fork; })[0]);
        const int pid = fork.childPid;
        QVERIFY(pid > 0);
        // Mid-request: the child has the first part and is back in recv() for the rest.
        QVERIFY(trace.waitFor([&](const Event &e) {
            return e.actor == fork.childActor && e.kind == EventKind::RecvEnd && e.bytes > 0;
        }));
        QVERIFY(trace.waitFor(
            [&](const Event &e) {
                return e.actor == fork.childActor && e.kind == EventKind::RecvBegin;
            },
            2));
        QCOMPARE(::kill(pid, SIGKILL), 0); // our own child, by pid

        QVERIFY(trace.waitFor(
            [&](const Event &e) { return e.kind == EventKind::ProcessExit && e.childPid == pid; }));
        const auto exits = trace.find(
            [&](const Event &e) { return e.kind == EventKind::ProcessExit && e.childPid == pid; });
        QCOMPARE(int(exits.size()), 1);
        QCOMPARE(trace.trace.at(exits[0]).status, -SIGKILL);
        // The client sees its connection end: the kernel closed the dead child's socket.
        QVERIFY(victim.recv().isEmpty());
        victim.close();

        auto reapsOf = [&](int child) {
            return trace.find(
                [&](const Event &e) { return e.kind == EventKind::Reap && e.childPid == child; });
        };
        if (reap == ReapPolicy::Sigchld) {
            QVERIFY(trace.waitFor(
                [&](const Event &e) { return e.kind == EventKind::Reap && e.childPid == pid; }));
        } else {
            QVERIFY(reapsOf(pid).empty());
            QCOMPARE(processState(pid), 'Z');
        }

        // The server goes on: the next client is served by a new child.
        Endpoint nextLocal;
        QVERIFY(converse(recorder, server->address(), QStringLiteral("next"), &nextLocal));
        const qsizetype nextAccept = acceptOf(trace, nextLocal);
        QVERIFY(nextAccept >= 0);
        if (reap == ReapPolicy::OnAccept) {
            QVERIFY(trace.waitFor(
                [&](const Event &e) { return e.kind == EventKind::Reap && e.childPid == pid; }));
            const auto reaps = reapsOf(pid);
            QVERIFY(reaps[0] > nextAccept); // reaped before the next fork, after its accept
        }
        if (reap == ReapPolicy::None)
            QVERIFY(reapsOf(pid).empty());

        QElapsedTimer timer;
        timer.start();
        server->stop();
        QVERIFY(timer.elapsed() < kStopHangBoundMs);
        const auto reaps = reapsOf(pid);
        QCOMPARE(int(reaps.size()), 1);
        QCOMPARE(trace.trace.at(reaps[0]).status, -SIGKILL);
        QVERIFY(reaps[0] > exits[0]);
        // Under "none" only the stop collects it, and the reap says so.
        QCOMPARE(trace.trace.at(reaps[0]).call,
                 std::uint8_t(reap == ReapPolicy::None ? ReapPolicy::AtStop : reap));
        server.reset();
        QVERIFY2(settlesTo(before),
                 qPrintable(Resources::now().text() + QStringLiteral(" vs ") + before.text()));
    }

    // An outside client sends part of a message and vanishes with a reset (SO_LINGER 0, then
    // close). The server's recv() for the rest reports ECONNRESET (or 0), and it goes on.
    void clientResetsMidMessage_data() { addTcpModels(); }
    void clientResetsMidMessage()
    {
        QFETCH(QString, model);
        const Resources before = steadyResources();
        Recorder recorder;
        ServerOptions options = optionsFor(model);
        options.protocol = Protocol::Delimited;
        auto server = startServer(recorder, options);
        QVERIFY(server);
        TraceCollector trace(recorder);

        const int fd = rawConnect(server->address());
        QVERIFY(fd >= 0);
        QCOMPARE(::send(fd, "partial", 7, MSG_NOSIGNAL), ssize_t(7));
        QVERIFY(trace.waitFor(
            [](const Event &e) { return e.kind == EventKind::RecvEnd && e.bytes == 7; }));
        const qsizetype partial =
            trace.find([](const Event &e) { return e.kind == EventKind::RecvEnd && e.bytes == 7; })
                .front();
        const linger reset{1, 0};
        QCOMPARE(::setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset), 0);
        ::close(fd);

        auto endedAfterPartial = [&](const Event &e) {
            return e.kind == EventKind::RecvEnd && (e.err == ECONNRESET || e.bytes == 0);
        };
        QVERIFY(trace.waitFor(endedAfterPartial));
        const auto ends = trace.find(endedAfterPartial);
        QVERIFY(ends.front() > partial);
        const Event &end = trace.trace.at(ends.front());
        qDebug("%s: the reset showed as recv_end %s", qPrintable(model),
               end.err ? qPrintable(eventtext::errnoText(end.err)) : "0 bytes");

        QVERIFY(converse(recorder, server->address(), QStringLiteral("after the reset")));
        server->stop();
        server.reset();
        QVERIFY2(settlesTo(before),
                 qPrintable(Resources::now().text() + QStringLiteral(" vs ") + before.text()));
    }

    // An outside client sends 10 MB and never reads the echo: the socket buffers fill, and a
    // blocking model's send() blocks (send_begin without send_end); the readiness models get
    // EAGAIN instead. stop() must still end everything.
    void clientThatNeverReads_data() { addTcpModels(); }
    void clientThatNeverReads()
    {
        QFETCH(QString, model);
        const Resources before = steadyResources();
        Recorder recorder;
        auto server = startServer(recorder, optionsFor(model));
        QVERIFY(server);
        TraceCollector trace(recorder);

        // A small, fixed receive buffer: 10 MB of echo cannot hide in the socket buffers.
        Flood flood(rawConnect(server->address(), 4096));
        QVERIFY(flood.fd >= 0);

        if (blocksInSend(model)) {
            QVERIFY(trace.waitForKind(EventKind::SendBegin));
            // Nobody reads: the send that blocked stays blocked.
            QVERIFY(trace.count(EventKind::SendEnd) < trace.count(EventKind::SendBegin));
        } else if (model == QLatin1String("nonblocking")) {
            // It reads one recv()'s worth per round, so it never drains the flood far enough
            // for its own replies to fill the socket buffer: it is simply mid-conversation.
            QVERIFY(trace.waitFor(
                [](const Event &e) { return e.kind == EventKind::Send && e.bytes > 0; }, 10));
        } else {
            QVERIFY(trace.waitFor([](const Event &e) {
                return e.kind == EventKind::WouldBlock && e.call == std::uint8_t(EventKind::Send);
            }));
        }

        QElapsedTimer timer;
        timer.start();
        server->stop();
        const qint64 stopMs = timer.elapsed();
        qDebug("%s: stop() against the flood took %lld ms (the client had sent %lld bytes)",
               qPrintable(model), stopMs, flood.sent.load());
        QVERIFY(stopMs < kStopHangBoundMs);
        trace.collect();
        if (blocksInSend(model) && model != QLatin1String("forking")) {
            // The blocked send returned once the stop shut the socket down (EPIPE or similar);
            // the forking server's child was killed in it instead.
            QCOMPARE(trace.count(EventKind::SendEnd), trace.count(EventKind::SendBegin));
        }
        server.reset();
        flood.end();
        QVERIFY2(settlesTo(before),
                 qPrintable(Resources::now().text() + QStringLiteral(" vs ") + before.text()));
    }

    // Bytes that look like markup or terminal control come out as literal, escaped, printable
    // ASCII: no raw ESC, no byte above 0x7e, and the markup as the characters it is made of.
    void hostileBytesAreShownEscaped()
    {
        Recorder recorder;
        auto server = startServer(recorder, optionsFor(QStringLiteral("threaded")));
        QVERIFY(server);
        TraceCollector trace(recorder);
        const QByteArray hostile = QByteArrayLiteral("<b>x</b><img src=y>\x1b[31mR\x1b[0m"
                                                     "\xff\xfe\xc3\x28\x00\x07!");
        QVERIFY(hostile.size() <= payload::kPreviewBytes);
        const int fd = rawConnect(server->address());
        QVERIFY(fd >= 0);
        QCOMPARE(::send(fd, hostile.constData(), std::size_t(hostile.size()), MSG_NOSIGNAL),
                 ssize_t(hostile.size()));
        QVERIFY(trace.waitFor([&](const Event &e) {
            return e.kind == EventKind::RecvEnd && e.bytes == hostile.size();
        }));
        ::close(fd);
        server->stop();
        trace.collect();
        const qsizetype index = trace.find([&](const Event &e) {
            return e.kind == EventKind::RecvEnd && e.bytes == hostile.size();
        })[0];
        const Event &recvEnd = trace.trace.at(index);
        QCOMPARE(trace.trace.preview(recvEnd).toByteArray(), hostile); // the record keeps the bytes

        const QString escaped = escapeBytes(trace.trace.preview(recvEnd));
        QCOMPARE(escaped, QStringLiteral("<b>x</b><img src=y>\\x1b[31mR\\x1b[0m"
                                         "\\xff\\xfe\\xc3(\\x00\\x07!"));
        for (const QString &shown : {escaped, eventtext::data(trace.trace, recvEnd),
                                     eventtext::describe(trace.trace, index)}) {
            for (const QChar c : shown) {
                if (c == QLatin1Char('\n'))
                    continue; // describe() puts one fact per line
                const bool control =
                    c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() < 0xa0);
                QVERIFY2(!control, qPrintable(QStringLiteral("raw control character U+%1 in \"%2\"")
                                                  .arg(c.unicode(), 4, 16, QLatin1Char('0'))
                                                  .arg(shown)));
            }
            QVERIFY(shown.contains(QLatin1String("<b>x</b>"))); // literally, for a plain-text view
        }
        QCOMPARE(unescapeBytes(escaped), hostile);
        // The saved trace keeps them escaped too.
        const QByteArray json = traceToJson(trace.trace);
        QVERIFY(!json.contains('\x1b'));
        QVERIFY(json.contains("\\\\x1b[31m"));
    }

    // Out of descriptors. The descriptors run out while the server waits for clients, and a
    // client connects (its socket exists already; connecting needs no new descriptor).
    //  - threaded, select, poll, epoll, nonblocking call accept() with none free: it fails with
    //    EMFILE, recorded on accept_end and as an `error`. They do not spin on the listener
    //    that stays readable: a waiting connection is shed with the reserve descriptor, and with
    //    nobody waiting they pause, so the failures are bounded by the time that passed.
    //  - sequential and forking are blocked in accept() already, and Linux took the descriptor
    //    for it before it blocked: that accept() succeeds and the client is served (the forking
    //    server's pidfd_open() fails instead, and its child must still be seen to exit).
    // Once descriptors are free again, every model serves the next client as usual.
    void descriptorLimit_data() { addTcpModels(); }
    void descriptorLimit()
    {
        QFETCH(QString, model);
        const bool acceptHeldADescriptor =
            model == QLatin1String("sequential") || model == QLatin1String("forking");
        const Resources before = steadyResources();
        Recorder recorder;
        auto server = startServer(recorder, optionsFor(model));
        QVERIFY(server);
        TraceCollector trace(recorder);
        // Waiting for clients, with whatever the loop needs (epoll's descriptor) made.
        QVERIFY(trace.waitFor([](const Event &e) {
            return e.kind == EventKind::AcceptBegin || e.kind == EventKind::WaitBegin ||
                   e.kind == EventKind::WouldBlock;
        }));
        auto isEmfile = [](const Event &e) {
            return e.kind == EventKind::AcceptEnd && e.err == EMFILE;
        };
        const int client = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        QVERIFY(client >= 0);
        timeval tv{10, 0};
        ::setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        {
            DescriptorExhaustion exhaustion;
            QVERIFY(exhaustion.full());
            QElapsedTimer exhausted;
            exhausted.start();
            sockaddr_in sa{};
            sa.sin_family = AF_INET;
            sa.sin_addr.s_addr = htonl(server->address().ipv4);
            sa.sin_port = htons(server->address().port);
            QCOMPARE(::connect(client, reinterpret_cast<sockaddr *>(&sa), sizeof sa), 0);
            if (acceptHeldADescriptor) {
                QCOMPARE(::send(client, "held\n", 5, MSG_NOSIGNAL), ssize_t(5));
                char reply[8] = {};
                QCOMPARE(::recv(client, reply, sizeof reply, 0), ssize_t(5));
                QVERIFY(trace.find(isEmfile).empty());
            } else {
                QVERIFY(trace.waitFor(isEmfile));
                QThread::msleep(200); // not qWait: no event loop while descriptors are gone
                // Bounded by the pauses (never shorter than asked): no busy loop.
                const int failures = int(trace.find(isEmfile).size());
                const int bound =
                    int(exhausted.elapsed() / ServerBase::kOutOfDescriptorsPauseMs) + 3;
                qDebug("%s: %d failed accept() calls in %lld ms out of descriptors",
                       qPrintable(model), failures, exhausted.elapsed());
                QVERIFY2(failures <= bound,
                         qPrintable(QStringLiteral("%1 > %2").arg(failures).arg(bound)));
            }
        }
        ::close(client);
        if (!acceptHeldADescriptor) {
            const qsizetype failed = trace.find(isEmfile).front();
            const auto errors = trace.find([](const Event &e) {
                return e.kind == EventKind::Error && e.err == EMFILE &&
                       e.call == std::uint8_t(EventKind::AcceptBegin);
            });
            QVERIFY(!errors.empty());
            QVERIFY(errors.front() > failed);
            QVERIFY(
                eventtext::describe(trace.trace, errors.front()).contains(QLatin1String("EMFILE")));
        }
        if (model == QLatin1String("forking")) // its exit is seen without a pidfd
            QVERIFY(trace.waitForKind(EventKind::ProcessExit));

        // Descriptors are free again: the next client is served as usual.
        Endpoint laterLocal;
        QVERIFY(converse(recorder, server->address(), QStringLiteral("later"), &laterLocal));
        QVERIFY(acceptOf(trace, laterLocal) >= 0);
        QElapsedTimer timer;
        timer.start();
        server->stop();
        QVERIFY(timer.elapsed() < kStopHangBoundMs);
        server.reset();
        QVERIFY2(settlesTo(before),
                 qPrintable(Resources::now().text() + QStringLiteral(" vs ") + before.text()));
    }

    // Safe by default: every model listens on 127.0.0.1 unless told otherwise.
    void defaultBindIsLoopback_data()
    {
        QTest::addColumn<QString>("model");
        for (const auto &name : modelNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void defaultBindIsLoopback()
    {
        QFETCH(QString, model);
        QCOMPARE(ServerOptions().bindAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(threeClientsConfig(model).server.bindAddress, QStringLiteral("127.0.0.1"));
        Recorder recorder;
        auto server = startServer(recorder, optionsFor(model));
        QVERIFY(server);
        constexpr std::uint32_t kLoopback = 0x7f000001u;
        QCOMPARE(server->address().ipv4, kLoopback);
        TraceCollector trace(recorder);
        const auto binds = trace.find([](const Event &e) { return e.kind == EventKind::Bind; });
        QCOMPARE(int(binds.size()), 1);
        QCOMPARE(trace.trace.at(binds[0]).peer().ipv4, kLoopback);
        server->stop();
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
