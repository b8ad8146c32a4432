// State at time t, from the trace alone: descriptor tables with fork inheritance, actor states
// through exit, zombie and reap, and a readiness loop's interest and ready sets. Synthetic
// traces pin exact moments; real runs through Run check the same facts on what the kernel did.

#include "analysis/preparedanalysis.h"
#include "analysis/stateattime.h"
#include "analysis/synthetictrace.h"
#include "run/run.h"
#include "trace/kernelsample.h"

#include <QTest>

#include <functional>

using namespace sockscope;

namespace {

std::uint32_t actorNamed(const Trace &trace, const QString &name)
{
    for (const auto &a : trace.actors()) {
        if (a.name == name)
            return a.id;
    }
    return 0;
}

qsizetype indexOf(const Trace &trace, const std::function<bool(const Event &)> &match,
                  qsizetype from = 0)
{
    for (qsizetype i = from; i < trace.size(); ++i) {
        if (match(trace.at(i)))
            return i;
    }
    return -1;
}

const OpenSocket *socketAt(const StateAtTime &state, std::uint32_t process, int fd)
{
    for (const OpenSocket &s : state.sockets) {
        if (s.process == process && s.fd == fd)
            return &s;
    }
    return nullptr;
}

Trace runToEnd(const QString &model)
{
    RunConfig config = threeClientsConfig(model);
    config.speed = 3;
    Run run(config);
    QString error;
    if (!run.start(&error))
        qFatal("the run did not start: %s", qPrintable(error));
    if (!run.waitFinished(60000))
        qFatal("the run did not finish");
    run.stop();
    Trace trace;
    trace.model = model;
    run.recorder().drainInto(trace);
    return trace;
}

// The facts every view reads from a state, side by side: two replays that reach the same
// event by different paths must agree on all of them.
void compareStates(const StateAtTime &a, const StateAtTime &b)
{
    QCOMPARE(a.index, b.index);
    QCOMPARE(a.actors.size(), b.actors.size());
    for (std::size_t i = 0; i < a.actors.size(); ++i) {
        const ActorStatus &x = a.actors[i], &y = b.actors[i];
        QCOMPARE(x.actor, y.actor);
        QCOMPARE(int(x.state), int(y.state));
        QCOMPARE(x.lastEvent, y.lastEvent);
        QCOMPARE(x.line, y.line);
        QCOMPARE(x.fd, y.fd);
        QCOMPARE(x.call, y.call);
        QCOMPARE(x.waitingFor, y.waitingFor);
    }
    QCOMPARE(a.sockets.size(), b.sockets.size());
    for (std::size_t i = 0; i < a.sockets.size(); ++i) {
        QCOMPARE(a.sockets[i].process, b.sockets[i].process);
        QCOMPARE(a.sockets[i].fd, b.sockets[i].fd);
        QCOMPARE(a.sockets[i].parentClosed, b.sockets[i].parentClosed);
    }
    QCOMPARE(a.liveThreads, b.liveThreads);
    QCOMPARE(a.liveChildren, b.liveChildren);
    QCOMPARE(a.zombies, b.zombies);
    QCOMPARE(a.readiness.interest, b.readiness.interest);
    QCOMPARE(a.readiness.lastReady, b.readiness.lastReady);
}

std::size_t tableSize(const FdTables &tables)
{
    std::size_t n = 0;
    for (std::uint32_t process : tables.processes())
        n += std::size_t(tables.tableOf(process).size());
    return n;
}

} // namespace

class TestStateAtTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forkingInheritanceAndZombies()
    {
        const Trace trace = synthetic::forkingWithZombies();
        const std::uint32_t main = actorNamed(trace, QStringLiteral("main"));
        const std::uint32_t child1 = actorNamed(trace, QStringLiteral("child 5100"));
        const std::uint32_t child2 = actorNamed(trace, QStringLiteral("child 5101"));
        QVERIFY(main && child1 && child2);

        // Right after the first fork: the child holds copies of both of the parent's sockets.
        const qsizetype fork1 =
            indexOf(trace, [](const Event &e) { return e.kind == EventKind::Fork; });
        StateReplay replay(&trace);
        StateAtTime s = replay.stateAfter(fork1);
        QCOMPARE(s.statusOf(child1)->state, ActorState::Running);
        const OpenSocket *listening = socketAt(s, child1, 3);
        const OpenSocket *conn = socketAt(s, child1, 4);
        QVERIFY(listening && conn);
        QVERIFY(listening->info.inherited);
        QCOMPARE(listening->info.role, FdRole::Listening);
        QVERIFY(conn->info.inherited);
        QCOMPARE(conn->info.role, FdRole::Connected);
        QCOMPARE(conn->info.peer.toString(), QStringLiteral("127.0.0.1:50500"));
        QVERIFY(!conn->parentClosed);
        QVERIFY(socketAt(s, main, 4));

        // The parent closes its copy of the connection: the child's is now the only one.
        const qsizetype parentClose = indexOf(trace, [&](const Event &e) {
            return e.kind == EventKind::Close && e.actor == main && e.fd == 4;
        });
        s = replay.stateAfter(parentClose);
        QVERIFY(!socketAt(s, main, 4));
        QVERIFY(socketAt(s, child1, 4)->parentClosed);
        QVERIFY(!socketAt(s, child1, 3)->parentClosed); // the parent still listens

        // The child closes its copy of the listening socket.
        const qsizetype childClose = indexOf(trace, [&](const Event &e) {
            return e.kind == EventKind::Close && e.actor == child1 && e.fd == 3;
        });
        s = replay.stateAfter(childClose);
        QVERIFY(!socketAt(s, child1, 3));
        QVERIFY(socketAt(s, main, 3));
        // Blocked in recv on the inherited connection, and the reason says whom it waits for.
        const qsizetype childRecv = indexOf(trace, [&](const Event &e) {
            return e.kind == EventKind::RecvBegin && e.actor == child1;
        });
        s = replay.stateAfter(childRecv);
        QCOMPARE(s.statusOf(child1)->state, ActorState::Blocked);
        QCOMPARE(s.statusOf(child1)->blockedIn, EventKind::RecvBegin);
        QCOMPARE(s.statusOf(child1)->fd, 4);
        QVERIFY(s.statusOf(child1)->waitingFor.contains(QStringLiteral("127.0.0.1:50500")));
        // Meanwhile the parent is back in accept().
        const qsizetype parentAccept = indexOf(
            trace,
            [&](const Event &e) { return e.kind == EventKind::AcceptBegin && e.actor == main; },
            parentClose);
        s = replay.stateAfter(parentAccept);
        QCOMPARE(s.statusOf(main)->state, ActorState::Blocked);
        QCOMPARE(s.statusOf(main)->blockedIn, EventKind::AcceptBegin);
        QCOMPARE(s.statusOf(main)->waitingFor,
                 QStringLiteral("no connection is waiting to be accepted"));
        QCOMPARE(s.statusOf(child1)->state, ActorState::Blocked);

        // The first child exits: a zombie, holding no descriptors, until the next accept reaps it.
        const qsizetype exit1 = indexOf(trace, [&](const Event &e) {
            return e.kind == EventKind::ProcessExit && e.actor == child1;
        });
        s = replay.stateAfter(exit1);
        QCOMPARE(s.statusOf(child1)->state, ActorState::Zombie);
        QCOMPARE(s.zombies, 1);
        QCOMPARE(s.liveChildren, 0);
        QVERIFY(s.socketsOf(child1).empty());
        const qsizetype reap1 = indexOf(
            trace, [&](const Event &e) { return e.kind == EventKind::Reap && e.childPid == 5100; });
        QVERIFY(reap1 > exit1);
        s = replay.stateAfter(reap1 - 1);
        QCOMPARE(s.statusOf(child1)->state, ActorState::Zombie);
        s = replay.stateAfter(reap1);
        QCOMPARE(s.statusOf(child1)->state, ActorState::Reaped);
        QCOMPARE(s.zombies, 0);

        // Stepping back replays from the start and agrees.
        s = replay.stateAfter(exit1);
        QCOMPARE(s.statusOf(child1)->state, ActorState::Zombie);

        // At the end: every child reaped, the server's listening socket closed.
        s = replay.stateAfter(trace.size() - 1);
        QCOMPARE(s.zombies, 0);
        for (const char *name : {"child 5100", "child 5101", "child 5102"})
            QCOMPARE(s.statusOf(actorNamed(trace, QLatin1String(name)))->state, ActorState::Reaped);
        QVERIFY(s.socketsOf(main).empty());
        QCOMPARE(s.statusOf(actorNamed(trace, QStringLiteral("client 1")))->state,
                 ActorState::Exited);
    }

    void selectInterestAndReadySets()
    {
        const Trace trace = synthetic::selectLoop();
        const std::uint32_t main = actorNamed(trace, QStringLiteral("main"));
        StateReplay replay(&trace);

        // The first select watches only the listening socket.
        const qsizetype firstWait =
            indexOf(trace, [](const Event &e) { return e.kind == EventKind::WaitBegin; });
        StateAtTime s = replay.stateAfter(firstWait);
        QCOMPARE(s.readiness.actor, main);
        QCOMPARE(s.readiness.mechanism, WaitMechanism::Select);
        QCOMPARE(s.readiness.interest, QVector<int>({3}));
        QCOMPARE(s.readiness.listening, QVector<int>({3}));
        QVERIFY(s.readiness.client.isEmpty());
        QVERIFY(s.readiness.waiting);
        QCOMPARE(s.statusOf(main)->call, QStringLiteral("select({3})"));

        // After three accepts, select watches all four, and knows each client's address.
        qsizetype fourth = -1;
        for (qsizetype i = 0; i < trace.size(); ++i) {
            if (trace.at(i).kind == EventKind::WaitBegin &&
                trace.waitSets(trace.at(i)).readSet.size() == 4) {
                fourth = i;
                break;
            }
        }
        QVERIFY(fourth > 0);
        s = replay.stateAfter(fourth);
        QCOMPARE(s.readiness.interest, QVector<int>({3, 4, 5, 6}));
        QCOMPARE(s.readiness.client.size(), 3);
        QCOMPARE(s.readiness.client.value(4).toString(), QStringLiteral("127.0.0.1:50500"));
        QCOMPARE(s.readiness.client.value(6).toString(), QStringLiteral("127.0.0.1:50502"));
        QCOMPARE(s.liveThreads, 1);

        // Client 1 sends: select wakes with {4} ready, and the server is running, not waiting.
        const qsizetype readyEnd = indexOf(trace, [&](const Event &e) {
            return e.kind == EventKind::WaitEnd && trace.waitSets(e).readyRead == QVector<int>{4};
        });
        s = replay.stateAfter(readyEnd);
        QCOMPARE(s.readiness.lastReady, QVector<int>({4}));
        QVERIFY(!s.readiness.waiting);
        QCOMPARE(s.statusOf(main)->state, ActorState::Running);
        // Between two recorded calls SockScope cannot tell running from asleep (it records no
        // sleeps): the inspector's words say so instead of "running".
        QCOMPARE(actorStateName(ActorState::Running), QStringLiteral("in no recorded call"));
        QVERIFY(actorStateSentence(QStringLiteral("main"), ActorState::Running)
                    .contains(QStringLiteral("or asleep")));

        // Client 1 closes; the server closes fd 4 and drops it from the list.
        const qsizetype close4 = indexOf(trace, [&](const Event &e) {
            return e.kind == EventKind::Close && e.actor == main && e.fd == 4;
        });
        const qsizetype nextWait = indexOf(
            trace, [](const Event &e) { return e.kind == EventKind::WaitBegin; }, close4);
        s = replay.stateAfter(nextWait);
        QCOMPARE(s.readiness.interest, QVector<int>({3, 5, 6}));
        QVERIFY(!s.readiness.client.contains(4));
    }

    // Stepping back and jumping about resume from checkpoints: every state reached that way is
    // the state a replay from the start reaches, and so are the tables just before the event.
    void checkpointsGiveTheStateOfAFullReplay_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("large") << QStringLiteral("large:9000");
        QTest::newRow("forking") << QStringLiteral("forking");
        QTest::newRow("select") << QStringLiteral("select");
    }
    void checkpointsGiveTheStateOfAFullReplay()
    {
        QFETCH(QString, name);
        const Trace trace = synthetic::byName(name);
        QVERIFY(trace.size() > 10);
        StateReplay stepping(&trace);
        stepping.stateAfter(trace.size() - 1); // leaves checkpoints on the way
        if (trace.size() > 2 * stepping.checkpointInterval())
            QVERIFY(stepping.checkpointCount() >= 2);
        // Backwards one by one near the end and around checkpoints, then jumps in both ways.
        std::vector<qsizetype> order;
        for (qsizetype i = trace.size() - 1; i >= std::max<qsizetype>(0, trace.size() - 40); --i)
            order.push_back(i);
        for (qsizetype k = 1; k <= 3; ++k) {
            const qsizetype c = k * stepping.checkpointInterval();
            for (qsizetype i = c + 2; i >= c - 2; --i) {
                if (i >= 0 && i < trace.size())
                    order.push_back(i);
            }
        }
        std::uint32_t seed = 12345;
        for (int k = 0; k < 60; ++k) {
            seed = seed * 1103515245u + 12345u;
            order.push_back(qsizetype(seed % std::uint32_t(trace.size())));
        }
        order.push_back(-1);
        order.push_back(0);
        for (qsizetype i : order) {
            const StateAtTime &s = stepping.stateAfter(i);
            StateReplay fresh(&trace);
            const StateAtTime &f = fresh.stateAfter(i);
            compareStates(s, f);
            if (i >= 0)
                QCOMPARE(tableSize(stepping.tablesBefore()), tableSize(fresh.tablesBefore()));
        }
    }

    // A trace opened in the background is analysed where it was read; the window then moves
    // the trace and the replay to their new homes. The moved replay, rebound, keeps its
    // checkpoints and gives the states of a fresh replay; the timeline is the same as one
    // rebuilt from the trace.
    void preparedAnalysisMovesWithItsTrace()
    {
        auto prepared = PreparedAnalysis::prepare(synthetic::byName(QStringLiteral("large:9000")));
        QCOMPARE(prepared->lastStep, lastStepIndex(prepared->trace));
        const std::size_t checkpoints = prepared->replay.checkpointCount();
        QVERIFY(checkpoints >= 2);
        const Trace home = std::move(prepared->trace);
        StateReplay replay = std::move(prepared->replay);
        replay.rebind(&home);
        QCOMPARE(replay.checkpointCount(), checkpoints);
        TimelineData fresh;
        fresh.rebuild(home);
        QCOMPARE(prepared->timeline.rows().size(), fresh.rows().size());
        QCOMPARE(prepared->timeline.wakeUps().size(), fresh.wakeUps().size());
        QCOMPARE(prepared->timeline.spawnLinks().size(), fresh.spawnLinks().size());
        for (qsizetype i : {home.size() - 1, home.size() / 2, qsizetype(0), home.size() - 2}) {
            StateReplay again(&home);
            compareStates(replay.stateAfter(i), again.stateAfter(i));
        }
    }

    // A live trace grows: a client whose close was its last event had finished, until an event
    // of that client arrives after it. The replay must not keep the early "exited".
    void growingTraceRevisitsAClientsLastClose()
    {
        const Trace full = synthetic::threadedThreeClients();
        qsizetype close = -1;
        std::uint32_t client = 0;
        for (qsizetype i = 0; i < full.size(); ++i) {
            const Actor *a = full.actor(full.at(i).actor);
            if (a && a->kind == ActorKind::Client && full.at(i).kind == EventKind::Close) {
                close = i;
                client = a->id;
                break;
            }
        }
        QVERIFY(close > 0);
        Trace live;
        for (const Actor &a : full.actors())
            live.addActor(a);
        for (qsizetype i = 0; i <= close; ++i)
            live.append(full.at(i), full.payloadOf(full.at(i)));
        StateReplay replay(&live);
        QCOMPARE(replay.stateAfter(close).statusOf(client)->state, ActorState::Exited);
        // The client does one more thing: a new socket.
        Event more = full.at(close);
        more.kind = EventKind::Socket;
        more.fd = 42;
        more.tNs += 1;
        live.append(more);
        QVERIFY(replay.stateAfter(close).statusOf(client)->state != ActorState::Exited);
        StateReplay fresh(&live);
        compareStates(replay.stateAfter(live.size() - 1), fresh.stateAfter(live.size() - 1));
        compareStates(replay.stateAfter(close), fresh.stateAfter(close));
    }

    void realForkingRun()
    {
        const Trace trace = runToEnd(QStringLiteral("forking"));
        StateReplay replay(&trace);
        bool sawParentClosed = false, sawZombieOrReaped = false;
        int children = 0;
        for (qsizetype i = 0; i < trace.size(); ++i) {
            const StateAtTime &s = replay.stateAfter(i);
            for (const OpenSocket &socket : s.sockets)
                sawParentClosed |= socket.parentClosed && socket.info.role == FdRole::Connected;
            for (const ActorStatus &a : s.actors)
                sawZombieOrReaped |= a.state == ActorState::Zombie || a.state == ActorState::Reaped;
            QVERIFY(s.zombies >= 0);
        }
        for (const Actor &a : trace.actors())
            children += a.kind == ActorKind::Process ? 1 : 0;
        QCOMPARE(children, 3);
        QVERIFY(sawParentClosed);
        QVERIFY(sawZombieOrReaped);
        // A clean stop reaps every child.
        const StateAtTime &end = replay.stateAfter(trace.size() - 1);
        QCOMPARE(end.zombies, 0);
        for (const Actor &a : trace.actors()) {
            if (a.kind == ActorKind::Process)
                QCOMPARE(end.statusOf(a.id)->state, ActorState::Reaped);
        }
    }

    void realSelectRun()
    {
        const Trace trace = runToEnd(QStringLiteral("select"));
        StateReplay replay(&trace);
        int mostWatched = 0, mostClients = 0;
        bool sawClientReady = false;
        for (qsizetype i = 0; i < trace.size(); ++i) {
            const StateAtTime &s = replay.stateAfter(i);
            if (s.readiness.actor == 0)
                continue;
            QCOMPARE(s.readiness.mechanism, WaitMechanism::Select);
            mostWatched = std::max(mostWatched, int(s.readiness.interest.size()));
            mostClients = std::max(mostClients, int(s.readiness.client.size()));
            for (int fd : s.readiness.lastReady)
                sawClientReady |= s.readiness.client.contains(fd);
            // Every known client socket is in the interest list.
            for (int fd : s.readiness.client.keys())
                QVERIFY(s.readiness.interest.contains(fd));
        }
        QCOMPARE(mostClients, 3);
        QVERIFY(mostWatched >= 4); // the listening socket and three clients (and the console)
        QVERIFY(sawClientReady);
    }
};

QTEST_GUILESS_MAIN(TestStateAtTime)
#include "tst_stateattime.moc"
