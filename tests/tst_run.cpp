// Whole runs through Run: a real server under each model, scripted clients, and a clean stop.
// The lessons (who waits for whom) are checked as orderings in the trace; teardown as counts
// of what the process holds. No test asserts how long anything took.

#include "labtestkit.h"
#include "models/modelinfo.h"
#include "run/run.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

using namespace sockscope;
using namespace sockscope::testkit;

namespace {

ClientStep makeStep(StepKind kind, int ms = 0, const QByteArray &data = {})
{
    ClientStep s;
    s.kind = kind;
    s.ms = ms;
    s.data = data;
    return s;
}

std::uint32_t actorNamed(const Trace &trace, const QString &name)
{
    for (const auto &a : trace.actors()) {
        if (a.name == name)
            return a.id;
    }
    return 0;
}

// Index of the first event matching, or -1.
qsizetype indexOf(const Trace &trace, const std::function<bool(const Event &)> &match)
{
    for (qsizetype i = 0; i < trace.size(); ++i) {
        if (match(trace.at(i)))
            return i;
    }
    return -1;
}

bool isServerActor(const Trace &trace, std::uint32_t id)
{
    const Actor *a = trace.actor(id);
    return a && a->kind != ActorKind::Client;
}

void finishAndCollect(Run &run, Trace &trace)
{
    QVERIFY2(run.waitFinished(60000), "the run did not finish");
    run.stop();
    run.recorder().drainInto(trace);
}

void addTcpModels()
{
    QTest::addColumn<QString>("model");
    for (const auto &name : modelNames()) {
        if (name != QLatin1String("udp"))
            QTest::newRow(qPrintable(name)) << name;
    }
}

void addAllModels()
{
    QTest::addColumn<QString>("model");
    for (const auto &name : modelNames())
        QTest::newRow(qPrintable(name)) << name;
}

} // namespace

class TestRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The first client connects and then sleeps before it sends; the second connects a
    // moment later. A sequential server is busy in recv() for the first, so the second waits in
    // the backlog until the first is closed; every concurrent model accepts it at once.
    void secondClientWaitsOnlyForSequential_data() { addTcpModels(); }
    void secondClientWaitsOnlyForSequential()
    {
        QFETCH(QString, model);
        RunConfig config;
        config.scenario = QStringLiteral("slow-first");
        config.server.model = model;
        config.speed = 2; // the 2 s sleep becomes 1 s: it is the order that matters
        ClientScript slow;
        slow.name = QStringLiteral("slow");
        slow.steps = {makeStep(StepKind::Connect), makeStep(StepKind::Sleep, 2000),
                      makeStep(StepKind::Send, 0, "first\n"), makeStep(StepKind::Recv),
                      makeStep(StepKind::Close)};
        ClientScript quick;
        quick.name = QStringLiteral("quick");
        quick.startMs = 100;
        quick.steps = {makeStep(StepKind::Connect), makeStep(StepKind::Send, 0, "second\n"),
                       makeStep(StepKind::Recv), makeStep(StepKind::Close)};
        config.clients = {slow, quick};

        Run run(config);
        QString error;
        QVERIFY2(run.start(&error), qPrintable(error));
        Trace trace;
        finishAndCollect(run, trace);
        QVERIFY2(run.failure().isEmpty(), qPrintable(run.failure()));
        QVERIFY2(run.clientProblems().isEmpty(),
                 qPrintable(run.clientProblems().join(QLatin1Char('\n'))));

        const auto slowId = actorNamed(trace, QStringLiteral("slow"));
        const auto quickId = actorNamed(trace, QStringLiteral("quick"));
        const auto acceptOf = [&](std::uint32_t client) {
            return indexOf(trace, [&](const Event &e) {
                return e.kind == EventKind::AcceptEnd && e.err == 0 && e.childActor == client;
            });
        };
        const qsizetype acceptSlow = acceptOf(slowId);
        const qsizetype acceptQuick = acceptOf(quickId);
        QVERIFY(acceptSlow >= 0 && acceptQuick >= 0);
        QVERIFY(acceptSlow < acceptQuick);
        const qsizetype slowSends = indexOf(
            trace, [&](const Event &e) { return e.actor == slowId && e.kind == EventKind::Send; });
        if (model == QLatin1String("sequential")) {
            // The server's own close() of the first connection comes before the second accept.
            const int slowFd = trace.at(acceptSlow).newFd;
            const qsizetype serverClosesSlow = indexOf(trace, [&](const Event &e) {
                return e.kind == EventKind::Close && e.fd == slowFd &&
                       isServerActor(trace, e.actor) && e.tNs >= trace.at(acceptSlow).tNs;
            });
            QVERIFY(serverClosesSlow >= 0);
            QVERIFY2(serverClosesSlow < acceptQuick,
                     "accepted the second before closing the first");
            QVERIFY(slowSends < acceptQuick);
        } else {
            QVERIFY2(acceptQuick < slowSends,
                     "the second client should be accepted while the first still sleeps");
        }
    }

    void everyModelServesThreeClients_data() { addAllModels(); }
    void everyModelServesThreeClients()
    {
        QFETCH(QString, model);
        const Resources before = steadyResources();
        {
            RunConfig config = threeClientsConfig(model);
            config.speed = 3;
            Run run(config);
            QString error;
            QVERIFY2(run.start(&error), qPrintable(error));
            QCOMPARE(run.address(), QStringLiteral("127.0.0.1:%1").arg(run.port()));
            Trace trace;
            finishAndCollect(run, trace);
            QVERIFY2(run.failure().isEmpty(), qPrintable(run.failure()));
            QVERIFY2(run.clientProblems().isEmpty(),
                     qPrintable(run.clientProblems().join(QLatin1Char('\n'))));
            QVERIFY2(run.clientProblems().isEmpty(),
                     qPrintable(run.clientProblems().join(QLatin1Char('\n'))));
            const EventKind replyKind =
                model == QLatin1String("udp") ? EventKind::RecvfromEnd : EventKind::RecvEnd;
            for (int i = 1; i <= 3; ++i) {
                const auto client = actorNamed(trace, QStringLiteral("client %1").arg(i));
                QVERIFY(client != 0);
                const qsizetype reply = indexOf(trace, [&](const Event &e) {
                    return e.actor == client && e.kind == replyKind && e.bytes > 0;
                });
                QVERIFY2(reply >= 0, qPrintable(QStringLiteral("client %1 got no reply").arg(i)));
                QCOMPARE(trace.preview(trace.at(reply)).toByteArray(),
                         QStringLiteral("hello from client %1\n").arg(i).toUtf8());
                if (model != QLatin1String("udp")) {
                    // The server knew whom it accepted: the accept names this client's lane.
                    QVERIFY(indexOf(trace, [&](const Event &e) {
                                return e.kind == EventKind::AcceptEnd && e.childActor == client;
                            }) >= 0);
                }
            }
            for (const auto &a : trace.actors())
                QVERIFY2(!a.external, "a scripted client was taken for an outside one");
        }
        QVERIFY2(settlesTo(before),
                 qPrintable(Resources::now().text() + QStringLiteral(" vs ") + before.text()));
    }

    // Stop at random moments: before the clients connect, while the server blocks in accept,
    // recv or select, while clients sleep, with children alive or zombie.
    void stopAtRandomMomentsLeavesNothing_data() { addAllModels(); }
    void stopAtRandomMomentsLeavesNothing()
    {
        QFETCH(QString, model);
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        const Resources before = steadyResources();
        qint64 slowestStopMs = 0;
        quint16 lastPort = 0;
        for (int round = 0; round < 4; ++round) {
            RunConfig config = threeClientsConfig(model);
            config.server.reap = ReapPolicy::None; // zombies stay until the stop
            const int stopAtMs = int(random.bounded(450));
            {
                Run run(config);
                QString error;
                QVERIFY2(run.start(&error), qPrintable(error));
                lastPort = run.port();
                QThread::msleep(stopAtMs);
                QElapsedTimer timer;
                timer.start();
                run.stop();
                slowestStopMs = std::max(slowestStopMs, timer.elapsed());
                QVERIFY(run.isFinished());
            }
            QVERIFY2(settlesTo(before),
                     qPrintable(QStringLiteral("seed %1, stop at %2 ms: %3 vs %4")
                                    .arg(seed)
                                    .arg(stopAtMs)
                                    .arg(Resources::now().text(), before.text())));
        }
        // The port is free to reuse at once.
        RunConfig again = threeClientsConfig(model);
        again.server.port = lastPort;
        again.clients.clear();
        Run reuse(again);
        QString error;
        QVERIFY2(reuse.start(&error), qPrintable(error));
        QCOMPARE(reuse.port(), lastPort);
        reuse.stop();
        qInfo("%s: slowest stop() took %lld ms (seed %u)", qPrintable(model), slowestStopMs, seed);
    }

    // A full backlog makes the kernel drop SYNs: those clients sit in connect() until a
    // retransmission gets through. A stop must still end them at once.
    void stopWhileClientsAreStuckInConnect()
    {
        const Resources before = steadyResources();
        RunConfig config;
        config.scenario = QStringLiteral("stuck");
        config.server.model = QStringLiteral("sequential");
        config.server.backlog = 1;
        for (int i = 0; i < 8; ++i) {
            ClientScript s;
            s.name = QStringLiteral("client %1").arg(i + 1);
            s.steps = {makeStep(StepKind::Connect), makeStep(StepKind::Sleep, 600000),
                       makeStep(StepKind::Close)};
            config.clients.push_back(s);
        }
        {
            Run run(config);
            QString error;
            QVERIFY2(run.start(&error), qPrintable(error));
            TraceCollector c(run.recorder());
            QVERIFY(c.waitForKind(EventKind::ConnectBegin, 8));
            QVERIFY(c.waitForKind(EventKind::AcceptEnd, 1));
            QThread::msleep(100);
            const int stuck = c.count(EventKind::ConnectBegin) - c.count(EventKind::ConnectEnd);
            QElapsedTimer timer;
            timer.start();
            run.stop();
            qInfo("%d clients were stuck in connect(); stop() took %lld ms", stuck,
                  timer.elapsed());
            QVERIFY(stuck > 0);
            c.collect();
            QCOMPARE(c.count(EventKind::ConnectEnd), 8); // every connect returned
        }
        QVERIFY2(settlesTo(before),
                 qPrintable(Resources::now().text() + QStringLiteral(" vs ") + before.text()));
    }

    void serveShowsAnOutsideClientInItsOwnLane()
    {
        RunConfig config;
        config.scenario = QStringLiteral("serve");
        config.server.model = QStringLiteral("threaded");
        config.timeoutMs = 0;
        Run run(config);
        QString error;
        QVERIFY2(run.start(&error), qPrintable(error));

        // An outside program: a raw socket the lab knows nothing about.
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        sa.sin_port = htons(run.port());
        QCOMPARE(::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa), 0);
        sockaddr_in mine{};
        socklen_t len = sizeof mine;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&mine), &len);
        QCOMPARE(::send(fd, "hi\n", 3, MSG_NOSIGNAL), ssize_t(3));
        char reply[16] = {};
        timeval tv{10, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        QCOMPARE(::recv(fd, reply, sizeof reply, 0), ssize_t(3));
        ::close(fd);

        TraceCollector c(run.recorder());
        QVERIFY(
            c.waitFor([](const Event &e) { return e.kind == EventKind::RecvEnd && e.bytes == 0; }));
        QVERIFY(!run.isFinished()); // serving ends only by stop()
        run.stop();
        const Trace &trace = c.collect();
        const QString name = QStringLiteral("external 127.0.0.1:%1").arg(ntohs(mine.sin_port));
        const auto outside = actorNamed(trace, name);
        QVERIFY2(outside != 0, qPrintable(name));
        QVERIFY(trace.actor(outside)->external);
        QCOMPARE(trace.actor(outside)->kind, ActorKind::Client);
        QVERIFY(indexOf(trace, [&](const Event &e) {
                    return e.kind == EventKind::AcceptEnd && e.childActor == outside;
                }) >= 0);
    }

    void portInUseGivesAClearMessage()
    {
        // Another program holds the port.
        const int holder = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(holder, reinterpret_cast<sockaddr *>(&sa), sizeof sa), 0);
        QCOMPARE(::listen(holder, 1), 0);
        socklen_t len = sizeof sa;
        ::getsockname(holder, reinterpret_cast<sockaddr *>(&sa), &len);
        const Resources before = steadyResources();
        {
            RunConfig config = threeClientsConfig(QStringLiteral("threaded"));
            config.server.port = ntohs(sa.sin_port);
            Run run(config);
            QString error;
            QVERIFY(!run.start(&error));
            QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
            QVERIFY(run.isFinished());
            Trace trace;
            run.recorder().drainInto(trace);
            QVERIFY(indexOf(trace, [](const Event &e) {
                        return e.kind == EventKind::Bind && e.err == EADDRINUSE;
                    }) >= 0);
            QCOMPARE(
                indexOf(trace, [](const Event &e) { return e.kind == EventKind::ConnectBegin; }),
                qsizetype(-1));
        }
        QVERIFY(settlesTo(before));
        ::close(holder);
        const Resources afterHolder = steadyResources();

        // The scenario flavour: the run itself occupies the port first.
        RunConfig config = threeClientsConfig(QStringLiteral("sequential"));
        config.server.portInUse = true;
        Run run(config);
        QString error;
        QVERIFY(!run.start(&error));
        QVERIFY2(error.contains(QStringLiteral("in use")), qPrintable(error));
        QVERIFY(settlesTo(afterHolder));
    }

    void unknownModelIsNamed()
    {
        Run run(threeClientsConfig(QStringLiteral("telepathy")));
        QString error;
        QVERIFY(!run.start(&error));
        QVERIFY(error.contains(QStringLiteral("telepathy")));
        QVERIFY(error.contains(QStringLiteral("sequential")));
    }

    void youAreTheScheduler()
    {
        RunConfig config = threeClientsConfig(QStringLiteral("sequential"));
        config.stepByHand = true;
        Run run(config);
        QString error;
        QVERIFY2(run.start(&error), qPrintable(error));
        QVERIFY(waitUntil([&] { return run.clientsWaiting().size() == 3; }));
        TraceCollector c(run.recorder());
        // Nobody was released: the server blocks in accept and no client has a socket.
        QVERIFY(c.waitForKind(EventKind::AcceptBegin));
        QCOMPARE(c.count(EventKind::AcceptEnd), 0);
        const auto first = run.clientsWaiting().front();
        QCOMPARE(run.nextStepOf(first), QStringLiteral("connect"));
        run.release(first);
        QVERIFY(c.waitFor([&](const Event &e) {
            return e.kind == EventKind::AcceptEnd && e.childActor == first;
        }));
        QVERIFY(waitUntil([&] { return run.nextStepOf(first) == QStringLiteral("sleep 300 ms"); }));
        for (int guard = 0; guard < 200 && !run.isFinished(); ++guard) {
            waitUntil([&] { return !run.clientsWaiting().empty() || run.isFinished(); });
            run.releaseNext();
        }
        QVERIFY(run.waitFinished(30000));
        QVERIFY2(run.failure().isEmpty(), qPrintable(run.failure()));
        QVERIFY2(run.clientProblems().isEmpty(),
                 qPrintable(run.clientProblems().join(QLatin1Char('\n'))));
        QCOMPARE(c.count(EventKind::RecvEnd) >= 3, true);
    }

    void timeoutStopsARunThatNeverEnds()
    {
        RunConfig config = threeClientsConfig(QStringLiteral("threaded"));
        config.clients.resize(1);
        config.clients[0].steps[1].ms = 600000;
        config.timeoutMs = 200;
        Run run(config);
        QString error;
        QVERIFY2(run.start(&error), qPrintable(error));
        QVERIFY(run.waitFinished(30000));
        QVERIFY2(run.failure().contains(QStringLiteral("did not finish")),
                 qPrintable(run.failure()));
    }

    // endWhenClientsDone off (a GUI run): once the clients are done the server keeps serving
    // until stop(); a console line that ends the loop ends the run.
    void heldServerRunsUntilStop_data() { addTcpModels(); }
    void heldServerRunsUntilStop()
    {
        QFETCH(QString, model);
        RunConfig config = threeClientsConfig(model);
        config.clients.resize(1);
        config.endWhenClientsDone = false;
        Run run(config);
        QString error;
        QVERIFY2(run.start(&error), qPrintable(error));
        QVERIFY(!run.watchesConsole());
        QVERIFY(testkit::waitUntil([&] { return run.clientsDone(); }, 30000));
        QVERIFY(!run.waitFinished(300));
        QVERIFY(run.isServerServing());
        QVERIFY(run.failure().isEmpty());
        QVERIFY(!run.typeConsoleLine("quit")); // no console here
        run.stop();
        QVERIFY(run.isFinished());
        QVERIFY(!run.isServerServing());
        QVERIFY(run.failure().isEmpty());
    }

    // The timeout is for runs whose clients never finish; a held server outlives it.
    void heldServerOutlivesTheTimeout()
    {
        RunConfig config = threeClientsConfig(QStringLiteral("threaded"));
        config.clients.resize(1);
        config.clients[0].steps[1].ms = 0;
        config.endWhenClientsDone = false;
        config.timeoutMs = 3000;
        Run run(config);
        QString error;
        QVERIFY2(run.start(&error), qPrintable(error));
        QVERIFY(testkit::waitUntil([&] { return run.clientsDone(); }, 30000));
        QVERIFY(!run.waitFinished(config.timeoutMs + 100));
        QVERIFY(run.isServerServing());
        run.stop();
        QVERIFY(run.failure().isEmpty());
    }

    void heldServerEndsWithItsConsoleLine()
    {
        RunConfig config = threeClientsConfig(QStringLiteral("select"));
        config.clients.resize(1);
        config.server.watchConsole = true;
        config.endWhenClientsDone = false;
        Run run(config);
        QString error;
        QVERIFY2(run.start(&error), qPrintable(error));
        QVERIFY(run.watchesConsole());
        QVERIFY(testkit::waitUntil([&] { return run.clientsDone(); }, 30000));
        QVERIFY(!run.waitFinished(200));
        QVERIFY(run.typeConsoleLine("stop"));
        QVERIFY(run.waitFinished(30000)); // the server left its loop: nothing left to hold
        QVERIFY(!run.isServerServing());
        QVERIFY(!run.typeConsoleLine("again")); // nobody reads the pipe any more
        QVERIFY(run.failure().isEmpty());
    }

    void manyClientsOnTheDriverAgainstEpoll()
    {
        RunConfig config;
        config.scenario = QStringLiteral("many");
        config.server.model = QStringLiteral("epoll");
        config.server.backlog = 512;
        for (int i = 0; i < 400; ++i) {
            ClientScript s;
            s.name = QStringLiteral("client %1").arg(i + 1);
            s.steps = {makeStep(StepKind::Connect), makeStep(StepKind::Send, 0, "x\n"),
                       makeStep(StepKind::Recv), makeStep(StepKind::Close)};
            config.clients.push_back(s);
        }
        Run run(config);
        QString error;
        QVERIFY2(run.start(&error), qPrintable(error));
        Trace trace;
        finishAndCollect(run, trace);
        QVERIFY2(run.failure().isEmpty(), qPrintable(run.failure()));
        QVERIFY2(run.clientProblems().isEmpty(),
                 qPrintable(run.clientProblems().join(QLatin1Char('\n'))));
        int replies = 0;
        int accepted = 0;
        for (const auto &e : trace.events()) {
            const Actor *a = trace.actor(e.actor);
            replies +=
                a && a->kind == ActorKind::Client && e.kind == EventKind::RecvEnd && e.bytes > 0;
            accepted += e.kind == EventKind::AcceptEnd && e.err == 0 && e.childActor != 0 &&
                        !trace.actor(e.childActor)->external;
        }
        QCOMPARE(replies, 400);
        QCOMPARE(accepted, 400);
    }
};

QTEST_GUILESS_MAIN(TestRun)
#include "tst_run.moc"
