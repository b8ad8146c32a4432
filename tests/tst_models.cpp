// The lessons of the lecture notes, proven from real runs of every server model: who waits
// for whom, one thread per client, readiness sets, would_block, UDP, and a clean teardown.
// Orderings and counts only: no test asserts how long anything took.

#include "analysis/consistency.h"
#include "analysis/taskspans.h"
#include "labtestkit.h"
#include "models/listing.h"
#include "models/modelinfo.h"

#include <QElapsedTimer>
#include <QTest>

#include <thread>

using namespace sockscope;
using namespace sockscope::testkit;

namespace {

std::unique_ptr<Server> startServer(Recorder &recorder, const ServerOptions &options)
{
    auto server = createServer(options, ServerContext{recorder, {}});
    if (!server)
        return nullptr;
    QString error;
    if (!server->start(&error)) {
        qWarning("start failed: %s", qPrintable(error));
        return nullptr;
    }
    return server;
}

bool isTcp(const QString &model)
{
    return model != QLatin1String("udp");
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factoryKnowsEveryModel()
    {
        for (const QString &name : modelNames()) {
            Recorder recorder;
            QVERIFY2(createServer(optionsFor(name), ServerContext{recorder, {}}) != nullptr,
                     qPrintable(name));
        }
        Recorder recorder;
        QVERIFY(createServer(optionsFor(QStringLiteral("nope")), ServerContext{recorder, {}}) ==
                nullptr);
    }

    void threeClientsGetTheirReplies_data()
    {
        QTest::addColumn<QString>("model");
        for (const QString &name : modelNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    // Every model serves the same three concurrent clients with the right replies.
    void threeClientsGetTheirReplies()
    {
        QFETCH(QString, model);
        Recorder recorder;
        auto server = startServer(recorder, optionsFor(model));
        QVERIFY(server);
        const int type = isTcp(model) ? SOCK_STREAM : SOCK_DGRAM;
        QByteArray replies[3];
        std::vector<std::thread> clients;
        for (int i = 0; i < 3; ++i) {
            clients.emplace_back([&, i] {
                TestClient c(recorder, QStringLiteral("client %1").arg(i + 1));
                if (!c.connect(server->address(), type))
                    return;
                const QByteArray line =
                    QByteArrayLiteral("hello from client ") + QByteArray::number(i + 1) + '\n';
                if (type == SOCK_DGRAM) {
                    c.sendTo(line);
                    replies[i] = c.recvFrom();
                } else {
                    c.send(line);
                    replies[i] = c.recvExactly(int(line.size()));
                }
                c.close();
            });
        }
        for (auto &t : clients)
            t.join();
        TraceCollector trace(recorder);
        if (isTcp(model)) {
            // Every connection is closed by the server too before we stop it.
            QVERIFY(trace.waitFor(
                [](const Event &e) { return e.kind == EventKind::RecvEnd && e.bytes == 0; }, 3));
        }
        server->stop();
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(replies[i],
                     QByteArrayLiteral("hello from client ") + QByteArray::number(i + 1) + '\n');
        }
        // Every event of the server carries the listing line it was made at, and both
        // listings of the model have that line.
        trace.collect();
        const Listing python = listingFor(model, Flavour::Python);
        const Listing c = listingFor(model, Flavour::C);
        for (const Event &e : trace.trace.events()) {
            const Actor *actor = trace.trace.actor(e.actor);
            QVERIFY(actor);
            if (actor->kind == ActorKind::Client)
                continue;
            QVERIFY2(e.line != kNoLine, eventKindName(e.kind));
            const auto tag = LineTag(e.line);
            QVERIFY2(python.lineOf.contains(tag), lineTagName(tag));
            QVERIFY2(c.lineOf.contains(tag), lineTagName(tag));
        }
    }

    void listings_data()
    {
        QTest::addColumn<QString>("model");
        for (const QString &name : modelNames())
            QTest::newRow(qPrintable(name)) << name;
        QTest::newRow("client") << QStringLiteral("client");
    }

    void listings()
    {
        QFETCH(QString, model);
        for (const Flavour flavour : {Flavour::Python, Flavour::C}) {
            const Listing l = listingFor(model, flavour);
            QVERIFY(!l.flavour.isEmpty());
            if (model != QLatin1String("client")) {
                QVERIFY2(l.lines.size() >= 15 && l.lines.size() <= 40,
                         qPrintable(QString::number(l.lines.size())));
            }
            for (auto it = l.lineOf.cbegin(); it != l.lineOf.cend(); ++it) {
                QVERIFY(it.value() >= 0 && it.value() < l.lines.size());
                QVERIFY(!l.lines.at(it.value()).trimmed().isEmpty());
            }
            QVERIFY(l.lineOf.contains(LineTag::Socket));
        }
        QVERIFY(listingFor(QStringLiteral("nope"), Flavour::C).isEmpty());
    }

    void whoWaitsForWhom_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<bool>("secondWaitsForFirst");
        QTest::newRow("sequential") << QStringLiteral("sequential") << true;
        QTest::newRow("threaded") << QStringLiteral("threaded") << false;
        QTest::newRow("forking") << QStringLiteral("forking") << false;
        QTest::newRow("select") << QStringLiteral("select") << false;
        QTest::newRow("epoll") << QStringLiteral("epoll") << false;
        QTest::newRow("asyncio") << QStringLiteral("asyncio") << false;
    }

    // Two clients connect; the first holds back its message. A sequential server accepts the
    // second only after it closed the first; the others accept it at once.
    void whoWaitsForWhom()
    {
        QFETCH(QString, model);
        QFETCH(bool, secondWaitsForFirst);
        Recorder recorder;
        auto server = startServer(recorder, optionsFor(model));
        QVERIFY(server);
        TraceCollector trace(recorder);
        TestClient first(recorder, QStringLiteral("first"));
        TestClient second(recorder, QStringLiteral("second"));
        QVERIFY(first.connect(server->address()));
        QVERIFY(trace.waitFor([&](const Event &e) {
            return e.kind == EventKind::AcceptEnd && e.peer() == first.local();
        }));
        QVERIFY(second.connect(server->address()));
        // Give the server every chance to accept the second one early; a sequential server
        // cannot, however long we wait (the wait is a bound, not a measurement).
        const bool acceptedEarly = trace.waitFor(
            [&](const Event &e) {
                return e.kind == EventKind::AcceptEnd && e.peer() == second.local();
            },
            1, 1500);
        Q_UNUSED(acceptedEarly);
        QVERIFY(first.send("one\n"));
        QCOMPARE(first.recvExactly(4), QByteArrayLiteral("one\n"));
        first.close();
        QVERIFY(second.send("two\n"));
        QCOMPARE(second.recvExactly(4), QByteArrayLiteral("two\n"));
        second.close();
        QVERIFY(trace.waitFor(
            [](const Event &e) { return e.kind == EventKind::RecvEnd && e.bytes == 0; }, 2));
        server->stop();

        trace.collect();
        const qsizetype secondAccepted = acceptOf(trace, second.local());
        QVERIFY(secondAccepted >= 0);
        const auto firstSent = trace.find(
            [&](const Event &e) { return e.actor == first.actor() && e.kind == EventKind::Send; });
        QCOMPARE(int(firstSent.size()), 1);
        // The server's close of the first connection (recv of 0 bytes, then close).
        const auto firstClosedByServer = trace.find([&](const Event &e) {
            return e.kind == EventKind::Close && e.actor != first.actor() &&
                   e.actor != second.actor() &&
                   e.fd == trace.trace.at(acceptOf(trace, first.local())).newFd;
        });
        QVERIFY(!firstClosedByServer.empty());
        if (secondWaitsForFirst) {
            QVERIFY(secondAccepted > firstClosedByServer.front());
            QVERIFY(secondAccepted > firstSent.front());
        } else {
            QVERIFY(secondAccepted < firstSent.front());
        }
    }

    void threadPerClient()
    {
        Recorder recorder;
        auto server = startServer(recorder, optionsFor(QStringLiteral("threaded")));
        QVERIFY(server);
        TraceCollector trace(recorder);
        constexpr int kClients = 4;
        std::vector<std::unique_ptr<TestClient>> clients;
        for (int i = 0; i < kClients; ++i) {
            clients.push_back(std::make_unique<TestClient>(recorder, QStringLiteral("c%1").arg(i)));
            QVERIFY(clients.back()->connect(server->address()));
        }
        // All connected and idle: one worker blocked in recv() per client, at once.
        QVERIFY(trace.waitForKind(EventKind::RecvBegin, kClients));
        QCOMPARE(server->activeConnections(), kClients);
        for (auto &c : clients) {
            QVERIFY(c->send("x"));
            QCOMPARE(c->recvExactly(1), QByteArrayLiteral("x"));
            c->close();
        }
        QVERIFY(trace.waitForKind(EventKind::ThreadExit, kClients));
        server->stop();

        const auto spawns =
            trace.find([](const Event &e) { return e.kind == EventKind::ThreadSpawn; });
        QCOMPARE(int(spawns.size()), kClients);
        QSet<std::uint32_t> workers;
        for (qsizetype i : spawns) {
            const Event &spawn = trace.trace.at(i);
            workers.insert(spawn.childActor);
            const Actor *worker = trace.trace.actor(spawn.childActor);
            QVERIFY(worker);
            QCOMPARE(worker->parent, spawn.actor);
            QVERIFY(worker->tid != 0 && worker->tid != worker->pid);
            // Born after the spawn, ends with thread_exit.
            const auto own =
                trace.find([&](const Event &e) { return e.actor == spawn.childActor; });
            QVERIFY(!own.empty());
            QVERIFY(own.front() > i);
            QCOMPARE(trace.trace.at(own.back()).kind, EventKind::ThreadExit);
        }
        QCOMPARE(int(workers.size()), kClients);
    }

    void readinessSets_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("mechanism");
        QTest::newRow("select") << QStringLiteral("select") << int(WaitMechanism::Select);
        QTest::newRow("poll") << QStringLiteral("poll") << int(WaitMechanism::Poll);
        QTest::newRow("epoll") << QStringLiteral("epoll") << int(WaitMechanism::Epoll);
    }

    // Ready sets are subsets of the interest sets; a client that closes gives recv of 0, a
    // close, and leaves the set.
    void readinessSets()
    {
        QFETCH(QString, model);
        QFETCH(int, mechanism);
        Recorder recorder;
        auto server = startServer(recorder, optionsFor(model));
        QVERIFY(server);
        TraceCollector trace(recorder);
        TestClient a(recorder, QStringLiteral("a"));
        TestClient b(recorder, QStringLiteral("b"));
        QVERIFY(a.connect(server->address()));
        QVERIFY(b.connect(server->address()));
        QVERIFY(a.send("ping\n"));
        QCOMPARE(a.recvExactly(5), QByteArrayLiteral("ping\n"));
        a.close();
        QVERIFY(trace.waitFor(
            [](const Event &e) { return e.kind == EventKind::RecvEnd && e.bytes == 0; }));
        QVERIFY(b.send("pong\n"));
        QCOMPARE(b.recvExactly(5), QByteArrayLiteral("pong\n"));
        // One more round of the loop after the close, so the next wait shows the set.
        QVERIFY(trace.waitFor(
            [&](const Event &e) { return e.kind == EventKind::Send && e.actor == 1; }, 2));
        server->stop();

        trace.collect();
        const Trace &t = trace.trace;
        int waits = 0;
        for (const Event &e : t.events()) {
            if (e.kind != EventKind::WaitEnd || e.err != 0)
                continue;
            QCOMPARE(int(e.call), mechanism);
            const WaitSets sets = t.waitSets(e);
            for (int fd : sets.readyRead)
                QVERIFY2(sets.readSet.contains(fd), "ready fd not in the interest set");
            for (int fd : sets.readyWrite)
                QVERIFY(sets.writeSet.contains(fd) || mechanism == int(WaitMechanism::Epoll));
            ++waits;
        }
        QVERIFY(waits >= 3);

        const int aFd = t.at(acceptOf(trace, a.local())).newFd;
        const auto zero = trace.find([&](const Event &e) {
            return e.kind == EventKind::RecvEnd && e.bytes == 0 && e.fd == aFd;
        });
        QCOMPARE(int(zero.size()), 1);
        const auto closed = trace.find([&](const Event &e) {
            return e.kind == EventKind::Close && e.fd == aFd && e.actor == t.at(zero[0]).actor;
        });
        QVERIFY(!closed.empty());
        QVERIFY(closed.front() > zero.front());
        // Every later wait leaves it out (fd numbers are not reused here: b is still open).
        for (qsizetype i = closed.front() + 1; i < t.size(); ++i) {
            if (t.at(i).kind == EventKind::WaitBegin)
                QVERIFY(!t.waitSets(t.at(i)).readSet.contains(aFd));
        }
        if (mechanism == int(WaitMechanism::Epoll)) {
            const auto dels = trace.find([&](const Event &e) {
                return e.kind == EventKind::EpollCtl && e.fd == aFd &&
                       e.call == std::uint8_t(EpollOp::Del);
            });
            QCOMPARE(int(dels.size()), 1);
            QVERIFY(dels.front() < closed.front());
        }
    }

    void nonBlockingShowsWouldBlock()
    {
        Recorder recorder;
        auto server = startServer(recorder, optionsFor(QStringLiteral("nonblocking")));
        QVERIFY(server);
        TraceCollector trace(recorder);
        TestClient c(recorder, QStringLiteral("c"));
        QVERIFY(c.connect(server->address()));
        // Connected but silent: the server's recv() keeps failing with EAGAIN.
        QVERIFY(trace.waitFor([](const Event &e) {
            return e.kind == EventKind::WouldBlock && e.call == std::uint8_t(EventKind::RecvBegin);
        }));
        QVERIFY(c.send("hi\n"));
        QCOMPARE(c.recvExactly(3), QByteArrayLiteral("hi\n"));
        c.close();
        QVERIFY(trace.waitFor(
            [](const Event &e) { return e.kind == EventKind::RecvEnd && e.bytes == 0; }));
        server->stop();
        QVERIFY(trace.count(EventKind::WouldBlock) > 0);
        QVERIFY(!trace
                     .find([](const Event &e) {
                         return e.kind == EventKind::WouldBlock &&
                                e.call == std::uint8_t(EventKind::AcceptBegin);
                     })
                     .empty());
        // Never a blocked recv: every recv_begin is followed at once by its recv_end.
        QCOMPARE(trace.count(EventKind::WaitBegin), 0);
    }

    // asyncio: one thread, a task per connection. Each task suspends where a blocking model
    // would block (recv() said EAGAIN), and is resumed only by the loop's epoll_wait() that
    // reported its socket; the loop thread makes every call, and no other thread exists.
    void asyncioTasks()
    {
        Recorder recorder;
        auto server = startServer(recorder, optionsFor(QStringLiteral("asyncio")));
        QVERIFY(server);
        TraceCollector trace(recorder);
        constexpr int kClients = 3;
        std::vector<std::unique_ptr<TestClient>> clients;
        for (int i = 0; i < kClients; ++i) {
            clients.push_back(std::make_unique<TestClient>(recorder, QStringLiteral("c%1").arg(i)));
            QVERIFY(clients.back()->connect(server->address()));
        }
        // All connected and idle: every task awaits its socket, the loop waits for all.
        QVERIFY(trace.waitFor(
            [](const Event &e) {
                return e.kind == EventKind::TaskSuspend && e.call == std::uint8_t(TaskWait::Read);
            },
            kClients));
        QCOMPARE(server->activeConnections(), kClients);
        for (auto &c : clients) {
            QVERIFY(c->send("hi\n"));
            QCOMPARE(c->recvExactly(3), QByteArrayLiteral("hi\n"));
            c->close();
        }
        QVERIFY(trace.waitForKind(EventKind::TaskDone, kClients));
        server->stop();
        trace.collect();
        const Trace &t = trace.trace;

        QCOMPARE(trace.count(EventKind::ThreadSpawn), 0);
        QCOMPARE(trace.count(EventKind::TaskCreate), kClients);
        std::uint32_t loop = 0;
        QSet<std::uint32_t> tasks;
        for (qsizetype i = 0; i < t.size(); ++i) {
            const Event &e = t.at(i);
            const Actor *a = t.actor(e.actor);
            QVERIFY(a);
            if (e.kind == EventKind::TaskCreate) {
                loop = e.actor;
                const Actor *task = t.actor(e.childActor);
                QVERIFY(task);
                QCOMPARE(task->kind, ActorKind::Task);
                QCOMPARE(task->parent, e.actor);
                QCOMPARE(task->tid, t.actor(e.actor)->tid); // it runs on the loop thread
                tasks.insert(e.childActor);
            }
            // Tasks make no system call: every socket call is the loop thread's.
            if (a->kind == ActorKind::Task)
                QVERIFY2(isTaskKind(e.kind), eventKindName(e.kind));
            if (e.kind == EventKind::TaskResume) {
                const qsizetype wait = wakingWaitOf(t, i);
                QVERIFY2(wait >= 0, "a resume without the wait that reported its socket");
                QCOMPARE(t.at(wait).actor, loop);
            }
        }
        QCOMPARE(int(tasks.size()), kClients);
        for (std::uint32_t task : tasks) {
            const auto own = trace.find([&](const Event &e) { return e.actor == task; });
            QVERIFY(!own.empty());
            QCOMPARE(t.at(own.back()).kind, EventKind::TaskDone);
            QCOMPARE(TaskEnd(t.at(own.back()).call), TaskEnd::PeerClosed);
        }
        // The recv that found nothing is what made each task suspend.
        QVERIFY(trace.count(EventKind::WouldBlock) >= kClients);
        QVERIFY(checkConsistency(t).empty());
    }

    void asyncioWork_data()
    {
        QTest::addColumn<bool>("blocking");
        QTest::newRow("await asyncio.sleep()") << false;
        QTest::newRow("time.sleep() in the coroutine") << true;
    }

    // The work of one task: an awaited sleep lets the loop serve the next client meanwhile;
    // a blocking sleep inside the coroutine stops the loop thread, and everyone waits.
    void asyncioWork()
    {
        QFETCH(bool, blocking);
        Recorder recorder;
        ServerOptions options = optionsFor(QStringLiteral("asyncio"));
        options.workMs = 600;
        options.blockingWork = blocking;
        auto server = startServer(recorder, options);
        QVERIFY(server);
        TraceCollector trace(recorder);
        TestClient first(recorder, QStringLiteral("first"));
        TestClient second(recorder, QStringLiteral("second"));
        QVERIFY(first.connect(server->address()));
        QVERIFY(second.connect(server->address()));
        QVERIFY(trace.waitFor(
            [](const Event &e) {
                return e.kind == EventKind::TaskSuspend && e.call == std::uint8_t(TaskWait::Read);
            },
            2));
        QVERIFY(first.send("one\n"));
        // The server has the first message and works on it.
        QVERIFY(trace.waitFor([&](const Event &e) {
            return e.kind == EventKind::RecvEnd && e.bytes == 4 && e.actor != first.actor();
        }));
        QVERIFY(second.send("two\n"));
        QCOMPARE(second.recvExactly(4), QByteArrayLiteral("two\n"));
        QCOMPARE(first.recvExactly(4), QByteArrayLiteral("one\n"));
        first.close();
        second.close();
        QVERIFY(trace.waitForKind(EventKind::TaskDone, 2));
        server->stop();
        trace.collect();
        const Trace &t = trace.trace;
        // The server's receipt of the second message, and its reply to the first.
        const auto secondReceived = trace.find([&](const Event &e) {
            return e.kind == EventKind::RecvEnd && e.bytes == 4 && t.actor(e.actor) &&
                   t.actor(e.actor)->kind == ActorKind::Thread &&
                   t.preview(e).toByteArray() == "two\n";
        });
        const auto firstReplied = trace.find([&](const Event &e) {
            return e.kind == EventKind::Send && t.actor(e.actor) &&
                   t.actor(e.actor)->kind == ActorKind::Thread &&
                   t.preview(e).toByteArray() == "one\n";
        });
        QCOMPARE(int(secondReceived.size()), 1);
        QCOMPARE(int(firstReplied.size()), 1);
        const auto sleeps = trace.find([](const Event &e) {
            return e.kind == EventKind::TaskSuspend && e.call == std::uint8_t(TaskWait::Timer);
        });
        if (blocking) {
            // Nobody was served while the first task slept: not even a recv.
            QVERIFY(secondReceived.front() > firstReplied.front());
            QVERIFY(sleeps.empty());
        } else {
            QVERIFY(secondReceived.front() < firstReplied.front());
            QCOMPARE(int(sleeps.size()), 2);
        }
        QVERIFY(checkConsistency(t).empty());
    }

    void udpHasNoAccept()
    {
        Recorder recorder;
        auto server = startServer(recorder, optionsFor(QStringLiteral("udp")));
        QVERIFY(server);
        TraceCollector trace(recorder);
        TestClient c(recorder, QStringLiteral("c"));
        QVERIFY(c.connect(server->address(), SOCK_DGRAM));
        QVERIFY(c.sendTo("datagram"));
        QCOMPARE(c.recvFrom(), QByteArrayLiteral("datagram"));
        server->stop();
        QCOMPARE(trace.count(EventKind::AcceptBegin), 0);
        QCOMPARE(trace.count(EventKind::Listen), 0);
        QVERIFY(trace.count(EventKind::RecvfromEnd) >= 1);
        QCOMPARE(trace.count(EventKind::Sendto, 1), 1);
    }

    void protocols_data()
    {
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QByteArrayList>("pieces");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("delimited, in pieces")
            << int(Protocol::Delimited) << QByteArrayList{"hel", "lo\nwor", "ld\n"} << QByteArray()
            << QByteArray("hello\nworld\n");
        QTest::newRow("fixed-length")
            << int(Protocol::FixedLength) << QByteArrayList{"0123456789", "abcdef"} << QByteArray()
            << QByteArray("0123456789abcdef");
        QTest::newRow("length-prefixed")
            << int(Protocol::LengthPrefixed)
            << QByteArrayList{QByteArray("\0\0", 2), QByteArray("\0\x03", 2), "abc"} << QByteArray()
            << QByteArray("\0\0\0\x03"
                          "abc",
                          7);
        QTest::newRow("delimited with reply text")
            << int(Protocol::Delimited) << QByteArrayList{"a\nb\n"} << QByteArray("ok")
            << QByteArray("ok\nok\n");
    }

    void protocols()
    {
        QFETCH(int, protocol);
        QFETCH(QByteArrayList, pieces);
        QFETCH(QByteArray, reply);
        QFETCH(QByteArray, expected);
        for (const QString &model :
             {QStringLiteral("threaded"), QStringLiteral("poll"), QStringLiteral("asyncio")}) {
            Recorder recorder;
            ServerOptions options = optionsFor(model);
            options.protocol = Protocol(protocol);
            options.reply = reply;
            auto server = startServer(recorder, options);
            QVERIFY(server);
            TraceCollector trace(recorder);
            TestClient c(recorder, QStringLiteral("c"));
            QVERIFY(c.connect(server->address()));
            for (const QByteArray &piece : pieces) {
                QVERIFY(c.send(piece));
                // Each piece reaches the server on its own: one recv is not one message.
                QVERIFY(trace.waitFor(
                    [&](const Event &e) {
                        return e.kind == EventKind::RecvEnd && e.actor != c.actor() && e.bytes > 0;
                    },
                    int(&piece - &pieces.front()) + 1));
            }
            QCOMPARE(c.recvExactly(int(expected.size())), expected);
            server->stop();
        }
    }

    void quitClosesTheConnection()
    {
        Recorder recorder;
        auto server = startServer(recorder, optionsFor(QStringLiteral("threaded")));
        QVERIFY(server);
        TestClient c(recorder, QStringLiteral("c"));
        QVERIFY(c.connect(server->address()));
        QVERIFY(c.send("q\n"));
        QCOMPARE(c.recv(), QByteArray()); // the server closed: recv of 0
        server->stop();
    }

    void portInUse()
    {
        Recorder recorder;
        // Someone else got there first.
        auto first = startServer(recorder, optionsFor(QStringLiteral("threaded")));
        QVERIFY(first);
        const Resources before = steadyResources();
        ServerOptions options = optionsFor(QStringLiteral("sequential"));
        options.port = first->address().port;
        auto second = createServer(options, ServerContext{recorder, {}});
        QString error;
        QVERIFY(!second->start(&error));
        QVERIFY2(error.startsWith(
                     QStringLiteral("port %1 is already in use (EADDRINUSE)").arg(options.port)),
                 qPrintable(error));
        TraceCollector trace(recorder);
        QCOMPARE(int(trace
                         .find([](const Event &e) {
                             return e.kind == EventKind::Bind && e.err == EADDRINUSE;
                         })
                         .size()),
                 1);
        second->stop();
        second.reset();
        QVERIFY2(settlesTo(before),
                 qPrintable(Resources::now().text() + QStringLiteral(" vs ") + before.text()));
        first->stop();
    }

    void watchConsole_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("select") << QStringLiteral("select");
        QTest::newRow("poll") << QStringLiteral("poll");
        QTest::newRow("epoll") << QStringLiteral("epoll");
    }

    // select-stdin: a line at the console ends the loop and closes the server by itself.
    void watchConsole()
    {
        QFETCH(QString, model);
        Recorder recorder;
        ServerOptions options = optionsFor(model);
        options.watchConsole = true;
        auto server = startServer(recorder, options);
        QVERIFY(server);
        TraceCollector trace(recorder);
        TestClient c(recorder, QStringLiteral("c"));
        QVERIFY(c.connect(server->address()));
        QVERIFY(trace.waitForKind(EventKind::AcceptEnd));
        QVERIFY(trace.waitForKind(EventKind::WaitBegin, 2));
        const WaitSets sets = trace.trace.waitSets(trace.trace.at(
            trace.find([](const Event &e) { return e.kind == EventKind::WaitBegin; }).back()));
        QCOMPARE(sets.readSet.size(), 3); // listener, console, client
        server->typeConsoleLine("quit");
        const int listener =
            trace.trace
                .at(trace.find([](const Event &e) { return e.kind == EventKind::Listen; }).front())
                .fd;
        QVERIFY(trace.waitFor(
            [&](const Event &e) { return e.kind == EventKind::Close && e.fd == listener; }));
        QCOMPARE(c.recv(), QByteArray()); // the server closed our connection
        server->stop();
    }

    void stopLeavesNothingBehind_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("idleClients");
        QTest::addColumn<int>("workMs");
        for (const QString &name : modelNames()) {
            QTest::newRow(qPrintable(name + QStringLiteral(", blocked in accept")))
                << name << 0 << 0;
            if (isTcp(name)) {
                QTest::newRow(qPrintable(name + QStringLiteral(", clients connected")))
                    << name << 2 << 0;
                // The handler is in the middle of a long piece of work.
                QTest::newRow(qPrintable(name + QStringLiteral(", handler working")))
                    << name << 1 << 60000;
            }
        }
    }

    // Stop from a blocked state: no thread, child, zombie or descriptor left; the port is
    // free again at once.
    void stopLeavesNothingBehind()
    {
        QFETCH(QString, model);
        QFETCH(int, idleClients);
        QFETCH(int, workMs);
        const Resources before = steadyResources();
        Recorder recorder;
        TraceCollector trace(recorder);
        quint16 port = 0;
        {
            std::vector<std::unique_ptr<TestClient>> clients;
            ServerOptions options = optionsFor(model);
            options.workMs = workMs;
            auto server = startServer(recorder, options);
            QVERIFY(server);
            port = server->address().port;
            const EventKind blocked =
                isTcp(model) ? EventKind::AcceptBegin : EventKind::RecvfromBegin;
            if (model == QLatin1String("nonblocking")) {
                QVERIFY(trace.waitForKind(EventKind::WouldBlock));
            } else if (model == QLatin1String("select") || model == QLatin1String("poll") ||
                       model == QLatin1String("epoll") || model == QLatin1String("asyncio")) {
                QVERIFY(trace.waitForKind(EventKind::WaitBegin));
            } else {
                QVERIFY(trace.waitForKind(blocked));
            }
            for (int i = 0; i < idleClients; ++i) {
                clients.push_back(
                    std::make_unique<TestClient>(recorder, QStringLiteral("idle %1").arg(i)));
                QVERIFY(clients.back()->connect(server->address()));
                // A sequential server serves the first; the second waits in the backlog.
                if (i > 0 && model == QLatin1String("sequential"))
                    continue;
                QVERIFY(clients.back()->send("hi\n"));
                if (workMs > 0) {
                    const std::uint32_t client = clients.back()->actor();
                    QVERIFY(trace.waitFor([client](const Event &e) {
                        return e.kind == EventKind::RecvEnd && e.bytes > 0 && e.actor != client;
                    }));
                    continue; // no reply before the work is done
                }
                QCOMPARE(clients.back()->recvExactly(3), QByteArrayLiteral("hi\n"));
            }
            QElapsedTimer stopping;
            stopping.start();
            server->stop();
            // Reported, not asserted: the machines that run this are loaded 2-core boxes.
            qInfo("%s: stop() took %lld ms", QTest::currentDataTag(), stopping.elapsed());
            QCOMPARE(server->activeConnections(), 0);
            server->stop(); // idempotent
            for (auto &c : clients)
                QCOMPARE(c->recv(), QByteArray()); // the server side is gone
        }
        QVERIFY2(settlesTo(before),
                 qPrintable(Resources::now().text() + QStringLiteral(" vs ") + before.text()));
        // The blocked call returned and says so, as the kernel reported it.
        if (idleClients == 0 && isTcp(model) && model != QLatin1String("nonblocking") &&
            model != QLatin1String("select") && model != QLatin1String("poll") &&
            model != QLatin1String("epoll") && model != QLatin1String("asyncio")) {
            QVERIFY(trace.count(EventKind::AcceptEnd) >= 1);
            QCOMPARE(
                int(trace.trace
                        .at(trace
                                .find([](const Event &e) { return e.kind == EventKind::AcceptEnd; })
                                .back())
                        .err),
                EINVAL);
        }
        // The port can be taken again at once.
        ServerOptions again = optionsFor(model);
        again.port = port;
        auto reused = startServer(recorder, again);
        QVERIFY(reused);
        reused->stop();
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
