// The forking server from real runs: one process per client, real zombies that /proc shows
// as 'Z', the three reap policies, children killed at stop, and a child that keeps none of
// the parent's other sockets (so an in-process client's FIN arrives).

#include "labtestkit.h"

#include <QTest>

#include <csignal>

using namespace sockscope;
using namespace sockscope::testkit;

namespace {

std::unique_ptr<Server> startForking(Recorder &recorder, ReapPolicy policy)
{
    ServerOptions options = optionsFor(QStringLiteral("forking"));
    options.reap = policy;
    auto server = createServer(options, ServerContext{recorder, {}});
    QString error;
    if (!server || !server->start(&error))
        return nullptr;
    return server;
}

// One whole conversation: connect, one line, its echo, close.
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

bool isProcessExitOf(const Event &e, int pid)
{
    return e.kind == EventKind::ProcessExit && e.childPid == pid;
}

} // namespace

class TestForking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneProcessPerClient()
    {
        Recorder recorder;
        auto server = startForking(recorder, ReapPolicy::OnAccept);
        QVERIFY(server);
        TraceCollector trace(recorder);
        constexpr int kClients = 3;
        for (int i = 0; i < kClients; ++i)
            QVERIFY(converse(recorder, server->address(), QStringLiteral("c%1").arg(i)));
        QVERIFY(trace.waitForKind(EventKind::ProcessExit, kClients));
        server->stop();

        const auto forks = trace.find([](const Event &e) { return e.kind == EventKind::Fork; });
        QCOMPARE(int(forks.size()), kClients);
        QSet<int> pids;
        for (qsizetype i : forks) {
            const Event &fork = trace.trace.at(i);
            QVERIFY(fork.childPid > 0 && fork.childPid != getpid());
            pids.insert(fork.childPid);
            const Actor *child = trace.trace.actor(fork.childActor);
            QVERIFY(child);
            QCOMPARE(child->kind, ActorKind::Process);
            QCOMPARE(child->pid, fork.childPid);
            QCOMPARE(child->name, QStringLiteral("child %1").arg(fork.childPid));
            // The child's own calls are on its lane, after the fork: it closes the listening
            // socket, serves (recv, send, recv of 0), closes, and exits with status 0.
            const auto own = trace.find([&](const Event &e) { return e.actor == fork.childActor; });
            QVERIFY(own.size() >= 5);
            QVERIFY(own.front() > i);
            QCOMPARE(trace.trace.at(own.front()).kind, EventKind::Close);
            QVERIFY(!trace
                         .find([&](const Event &e) {
                             return e.actor == fork.childActor && e.kind == EventKind::RecvEnd &&
                                    e.bytes == 0;
                         })
                         .empty());
            const Event &last = trace.trace.at(own.back());
            QCOMPARE(last.kind, EventKind::ProcessExit);
            QCOMPARE(last.status, 0);
            QVERIFY(last.line != kNoLine);
        }
        QCOMPARE(int(pids.size()), kClients);
        // Every child reaped exactly once, after its exit.
        for (int pid : pids) {
            const auto exits = trace.find([&](const Event &e) { return isProcessExitOf(e, pid); });
            const auto reaps = trace.find(
                [&](const Event &e) { return e.kind == EventKind::Reap && e.childPid == pid; });
            QCOMPARE(int(exits.size()), 1);
            QCOMPARE(int(reaps.size()), 1);
            QVERIFY(reaps.front() > exits.front());
        }
    }

    void reapPolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::newRow("none") << int(ReapPolicy::None);
        QTest::newRow("on-accept") << int(ReapPolicy::OnAccept);
        QTest::newRow("sigchld") << int(ReapPolicy::Sigchld);
    }

    // none: zombies until the run stops; on-accept: reaped at the next accept, before the
    // next fork; sigchld: reaped as soon as the child is seen to die.
    void reapPolicies()
    {
        QFETCH(int, policy);
        const auto reap = ReapPolicy(policy);
        const QList<int> childrenBefore = childProcesses();
        Recorder recorder;
        auto server = startForking(recorder, reap);
        QVERIFY(server);
        TraceCollector trace(recorder);

        QVERIFY(converse(recorder, server->address(), QStringLiteral("first")));
        QVERIFY(trace.waitForKind(EventKind::ProcessExit));
        const int firstPid =
            trace.trace.at(trace.find([](const Event &e) { return e.kind == EventKind::Fork; })[0])
                .childPid;

        auto reapsOf = [&](int pid) {
            return trace.find(
                [&](const Event &e) { return e.kind == EventKind::Reap && e.childPid == pid; });
        };
        if (reap == ReapPolicy::Sigchld) {
            // Reaped without any new client: the "handler" ran when the child died.
            QVERIFY(trace.waitFor([&](const Event &e) {
                return e.kind == EventKind::Reap && e.childPid == firstPid;
            }));
            QVERIFY(waitUntil([&] { return processState(firstPid) != 'Z'; }));
            const Event &r = trace.trace.at(reapsOf(firstPid)[0]);
            QCOMPARE(r.call, std::uint8_t(ReapPolicy::Sigchld));
            QCOMPARE(trace.trace.actor(r.actor)->name, QStringLiteral("sigchld reaper"));
        } else {
            // Dead but not collected: a real zombie.
            QCOMPARE(processState(firstPid), 'Z');
            QVERIFY(reapsOf(firstPid).empty());
        }

        QVERIFY(converse(recorder, server->address(), QStringLiteral("second")));
        QVERIFY(trace.waitForKind(EventKind::ProcessExit, 2));
        const auto forks = trace.find([](const Event &e) { return e.kind == EventKind::Fork; });
        QCOMPARE(int(forks.size()), 2);
        const int secondPid = trace.trace.at(forks[1]).childPid;

        if (reap == ReapPolicy::None) {
            QCOMPARE(processState(firstPid), 'Z');
            QCOMPARE(processState(secondPid), 'Z');
            QVERIFY(reapsOf(firstPid).empty());
        } else if (reap == ReapPolicy::OnAccept) {
            // Reaped by the main thread after the second accept, before the second fork.
            const auto reaps = reapsOf(firstPid);
            QCOMPARE(int(reaps.size()), 1);
            const Event &r = trace.trace.at(reaps[0]);
            QCOMPARE(r.call, std::uint8_t(ReapPolicy::OnAccept));
            QCOMPARE(r.actor, trace.trace.at(forks[1]).actor);
            const auto accepts =
                trace.find([](const Event &e) { return e.kind == EventKind::AcceptEnd; });
            QVERIFY(reaps[0] > accepts[1]);
            QVERIFY(reaps[0] < forks[1]);
            QVERIFY(processState(firstPid) != 'Z' || parentOf(firstPid) != getpid());
            QCOMPARE(processState(secondPid), 'Z'); // until the next accept
        }

        server->stop();
        // After the stop: every child reaped, no zombie left.
        trace.collect();
        for (int pid : {firstPid, secondPid}) {
            QCOMPARE(int(reapsOf(pid).size()), 1);
            // Under "none" only the stop collects them, and the reap says so (not "none").
            if (reap == ReapPolicy::None)
                QCOMPARE(trace.trace.at(reapsOf(pid)[0]).call, std::uint8_t(ReapPolicy::AtStop));
            const auto exits = trace.find([&](const Event &e) { return isProcessExitOf(e, pid); });
            QCOMPARE(int(exits.size()), 1);
            QVERIFY(reapsOf(pid)[0] > exits[0]);
        }
        QVERIFY(waitUntil([&] { return childProcesses() == childrenBefore; }));
    }

    // A child still serving when the run stops is killed (by its pidfd) and the kill shows
    // as its exit status: minus the signal.
    void stopKillsLiveChildren()
    {
        const Resources before = steadyResources();
        Recorder recorder;
        TraceCollector trace(recorder);
        {
            auto server = startForking(recorder, ReapPolicy::None);
            QVERIFY(server);
            TestClient c(recorder, QStringLiteral("lingering"));
            QVERIFY(c.connect(server->address()));
            QVERIFY(trace.waitFor(
                [](const Event &e) { return e.kind == EventKind::RecvBegin && e.childPid != 0; }));
            QCOMPARE(server->activeConnections(), 1);
            server->stop();
            QCOMPARE(c.recv(), QByteArray()); // the child is gone
        }
        const auto exits =
            trace.find([](const Event &e) { return e.kind == EventKind::ProcessExit; });
        QCOMPARE(int(exits.size()), 1);
        QCOMPARE(trace.trace.at(exits[0]).status, -SIGKILL);
        QCOMPARE(trace.count(EventKind::Reap), 1);
        QVERIFY2(settlesTo(before),
                 qPrintable(Resources::now().text() + QStringLiteral(" vs ") + before.text()));
    }

    // Client A stays connected while B talks and closes. A's child was forked after B's
    // socket existed in this process; had it kept that descriptor, B's FIN would never reach
    // B's child. It does: B's child sees recv of 0 and exits while A is still connected.
    void childKeepsNoOtherSockets()
    {
        Recorder recorder;
        auto server = startForking(recorder, ReapPolicy::OnAccept);
        QVERIFY(server);
        TraceCollector trace(recorder);
        TestClient b(recorder, QStringLiteral("b"));
        QVERIFY(b.connect(server->address()));
        TestClient a(recorder, QStringLiteral("a"));
        QVERIFY(a.connect(server->address()));
        QVERIFY(trace.waitForKind(EventKind::Fork, 2));
        QVERIFY(b.send("bye\n"));
        QCOMPARE(b.recvExactly(4), QByteArrayLiteral("bye\n"));
        b.close();
        QVERIFY(trace.waitForKind(EventKind::ProcessExit, 1));
        const int bPid =
            trace.trace
                .at(trace.find([](const Event &e) { return e.kind == EventKind::ProcessExit; })[0])
                .childPid;
        const auto forks = trace.find([](const Event &e) { return e.kind == EventKind::Fork; });
        QCOMPARE(trace.trace.at(forks[0]).childPid, bPid);
        QCOMPARE(server->activeConnections(), 1); // A's child still serves
        QVERIFY(a.send("still here\n"));
        QCOMPARE(a.recvExactly(11), QByteArrayLiteral("still here\n"));
        server->stop();
    }
};

QTEST_GUILESS_MAIN(TestForking)
#include "tst_forking.moc"
