// The consistency checker finds no contradiction in real runs (tst_scenario_runs checks all
// of them), and it is not vacuous: each sentence or figure that once contradicted the trace,
// put back into the claims, is caught. Each row names the case from the issue it guards.
#include "analysis/consistency.h"
#include "analysis/narration.h"
#include "analysis/taskspans.h"
#include "analysis/wakeups.h"
#include "run/run.h"
#include "scenario/chapters.h"
#include "scenario/scenariolibrary.h"
#include "trace/kernelsample.h"
#include "trace/linetag.h"

#include <QSet>
#include <QTest>

#include <cerrno>

using namespace sockscope;

namespace {

struct Recorded
{
    Scenario scenario;
    Trace trace;
};

// A bundled scenario, run headless to its end (quickly: times divided by 4).
std::optional<Recorded> record(const QString &name, const QString &model, int driverAbove = 200)
{
    QStringList problems;
    auto scenario = loadScenario(name, &problems);
    if (!scenario) {
        qWarning("%s", qPrintable(problems.join(QLatin1Char('\n'))));
        return std::nullopt;
    }
    RunConfig config = scenario->configFor(model);
    config.speed = 4.0;
    config.clientDriverAbove = driverAbove;
    Recorded r{*scenario, {}};
    r.trace.scenario = scenario->name;
    r.trace.model = config.server.model; // a variant's model
    r.trace.settings = config.server.traceSettings();
    Run run(config);
    QString error;
    if (run.start(&error)) {
        for (int waited = 0; !run.isFinished() && waited < 30000; waited += 20) {
            run.recorder().drainInto(r.trace);
            while (!run.clientsWaiting().empty())
                run.releaseNext();
            run.waitFinished(20);
        }
    }
    run.stop();
    run.recorder().drainInto(r.trace);
    return r;
}

qsizetype find(const Trace &t, const std::function<bool(const Event &)> &match, bool last = false)
{
    qsizetype hit = -1;
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (match(t.at(i))) {
            hit = i;
            if (!last)
                break;
        }
    }
    return hit;
}

bool isServer(const Trace &t, const Event &e)
{
    const Actor *a = t.actor(e.actor);
    return a && a->kind != ActorKind::Client;
}

QString listed(const std::vector<Contradiction> &found)
{
    QStringList lines;
    for (const auto &c : found)
        lines << QStringLiteral("event %1: %2").arg(c.index).arg(c.what);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestConsistency : public QObject
{
    Q_OBJECT

private:
    // Asserts the run is clean, then that `mutate` (the old, wrong claim) is caught at `at`.
    void cleanThenCaught(const Recorded &r, qsizetype at,
                         const std::function<void(ViewClaims &)> &mutate,
                         const QString &expectedWords)
    {
        const auto clean = checkConsistency(r.trace, &r.scenario.chapters);
        QVERIFY2(clean.empty(), qPrintable(listed(clean)));
        QVERIFY(at >= 0);
        const auto caught = checkConsistency(r.trace, &r.scenario.chapters, mutate);
        QVERIFY2(!caught.empty(), "the old claim was not caught");
        bool named = false;
        for (const auto &c : caught)
            named |= c.index >= at && c.what.contains(expectedWords);
        QVERIFY2(named, qPrintable(listed(caught)));
    }

private Q_SLOTS:
    // one-slow-client, sequential: client 2 waits in the queue while the server serves
    // client 1, so the accept() that takes it returns at once. It must not be narrated or
    // shown as blocking.
    void acceptWithAQueuedConnectionDoesNotBlock()
    {
        const auto r = record(QStringLiteral("one-slow-client"), QStringLiteral("sequential"));
        QVERIFY(r);
        const Trace &t = r->trace;
        const qsizetype secondAccept = find(t, [&](const Event &e) {
            return e.kind == EventKind::AcceptBegin && isServer(t, e) &&
                   e.readinessAtCall() == Event::Readiness::Ready;
        });
        QVERIFY2(secondAccept >= 0, "no accept() found a queued connection");
        QVERIFY(t.at(secondAccept).bytes >= 1);
        const QString said = narrate(t, secondAccept);
        QVERIFY2(said.contains(QStringLiteral("already waiting in the accept queue")),
                 qPrintable(said));
        cleanThenCaught(
            *r, secondAccept,
            [&](ViewClaims &c) {
                if (c.index == secondAccept)
                    c.narration = QStringLiteral("main calls accept() on the listening socket "
                                                 "fd 3 and blocks: no client has connected yet.");
            },
            QStringLiteral("sleeps"));
    }

    // A kernel sample names the descriptor that held its socket when the sampler saw it: the
    // narration never says no descriptor holds it (the old narration of a sample stamped after
    // its descriptor's close()).
    void aSampleWithAHolderIsNotHeldByNone()
    {
        const auto r = record(QStringLiteral("time-wait-reuseaddr"), QStringLiteral("sequential"));
        QVERIFY(r);
        const Trace &t = r->trace;
        const qsizetype held = find(t, [&](const Event &e) {
            return isKernelSampleKind(e.kind) && e.fd >= 0 && ownerPid(e) > 0;
        });
        QVERIFY2(held >= 0, "no sample named its socket's holder");
        cleanThenCaught(
            *r, held,
            [&](ViewClaims &c) {
                if (c.index == held)
                    c.narration = QStringLiteral("The connection 127.0.0.1:5000 ↔ "
                                                 "127.0.0.1:40000 (no descriptor holds it) is in "
                                                 "ESTABLISHED (sampled): connected.");
            },
            QStringLiteral("no descriptor holds it"));
    }

    // The accept() woken by the stop is not an EINVAL failure.
    void theStopIsNotAFailure()
    {
        const auto r = record(QStringLiteral("three-clients"), QStringLiteral("sequential"));
        QVERIFY(r);
        const Trace &t = r->trace;
        const qsizetype last = find(
            t, [&](const Event &e) { return e.kind == EventKind::AcceptEnd; }, true);
        QVERIFY(last >= 0);
        QVERIFY(t.at(last).interruptedByStop());
        QVERIFY(!t.at(last).failed());
        QVERIFY(narrate(t, last).contains(QStringLiteral("returned because the run was stopped")));
        cleanThenCaught(
            *r, last,
            [&](ViewClaims &c) {
                if (c.index == last)
                    c.narration = QStringLiteral("main's accept() failed with EINVAL (Invalid "
                                                 "argument): the socket was shut down.");
            },
            QStringLiteral("failure"));
    }

    // udp-echo: the stop wakes recvfrom(); that is no datagram from 0.0.0.0:0.
    void theStopBringsNoDatagram()
    {
        // The run stops its server once the clients are done, and the stop interrupts the
        // server's recvfrom() only if the server is back in it by then. On a loaded machine it
        // may still be between calls (its last echo sent), and the run ends with no interrupted
        // recvfrom() to check (once in a fresh clone's suite): recorded again then, at most
        // five times in all.
        std::optional<Recorded> r;
        qsizetype last = -1;
        for (int attempt = 0; attempt < 5; ++attempt) {
            r = record(QStringLiteral("udp-echo"), QStringLiteral("udp"));
            QVERIFY(r);
            const Trace &t = r->trace;
            last = find(
                t,
                [&](const Event &e) { return e.kind == EventKind::RecvfromEnd && isServer(t, e); },
                true);
            QVERIFY(last >= 0);
            if (t.at(last).interruptedByStop())
                break;
        }
        QVERIFY(r->trace.at(last).interruptedByStop());
        cleanThenCaught(
            *r, last,
            [&](ViewClaims &c) {
                if (c.index == last)
                    c.narration = QStringLiteral("recvfrom() returned a datagram of 0 byte(s) "
                                                 "from 0.0.0.0:0.");
            },
            QStringLiteral("datagram"));
    }

    // connection-refused: client 1 was refused; its close sends the server nothing.
    void aRefusedClientSendsNoEndOfStream()
    {
        const auto r = record(QStringLiteral("connection-refused"), QStringLiteral("threaded"));
        QVERIFY(r);
        const Trace &t = r->trace;
        const qsizetype refused = find(t, [](const Event &e) {
            return e.kind == EventKind::ConnectEnd && e.err == ECONNREFUSED;
        });
        QVERIFY(refused >= 0);
        const std::uint32_t client = t.at(refused).actor;
        const qsizetype close = find(
            t, [&](const Event &e) { return e.kind == EventKind::Close && e.actor == client; });
        QVERIFY(close > refused);
        QVERIFY(!narrate(t, close).contains(QStringLiteral("end-of-stream")));
        cleanThenCaught(
            *r, close,
            [&](ViewClaims &c) {
                if (c.index == close)
                    c.narration = QStringLiteral("client 1 closed its socket fd 5. The kernel "
                                                 "sends the server an end-of-stream.");
            },
            QStringLiteral("never connected"));
    }

    // With the client driver (epoll, client side), its loop is its own: never the server's,
    // never narrated in server words.
    void theClientDriverIsNotTheServer()
    {
        const auto r = record(QStringLiteral("three-clients"), QStringLiteral("select"), 1);
        QVERIFY(r);
        const Trace &t = r->trace;
        const qsizetype driverWait = find(
            t, [&](const Event &e) { return e.kind == EventKind::WaitBegin && !isServer(t, e); });
        QVERIFY2(driverWait >= 0, "the client driver did not wait");
        cleanThenCaught(
            *r, driverWait,
            [&](ViewClaims &c) {
                if (c.index == driverWait)
                    c.narration = QStringLiteral("client driver calls epoll_wait() on {9} and "
                                                 "sleeps until a new connection on the listening "
                                                 "socket, or data on a client's socket.");
            },
            QStringLiteral("narrated as the server"));
        // Merging the driver's loop into the server's is caught too.
        StateAtTime merged;
        cleanThenCaught(
            *r, driverWait,
            [&](ViewClaims &c) {
                if (c.index != driverWait)
                    return;
                merged = *c.state;
                for (const ReadinessState &loop : merged.loops) {
                    if (loop.isClient)
                        merged.readiness = loop;
                }
                c.state = &merged;
            },
            QStringLiteral("is a client's"));
    }

    // select-readiness: while a wait is open nothing is shown ready (the wait before's set is
    // the wait before's).
    void nothingReadyWhileWaiting()
    {
        const auto r = record(QStringLiteral("select-readiness"), QStringLiteral("select"));
        QVERIFY(r);
        const Trace &t = r->trace;
        // The second wait: a wait before it reported something.
        qsizetype waits = 0;
        const qsizetype second = find(t, [&](const Event &e) {
            return e.kind == EventKind::WaitBegin && isServer(t, e) && ++waits == 2;
        });
        QVERIFY(second >= 0);
        StateAtTime stale;
        cleanThenCaught(
            *r, second,
            [&](ViewClaims &c) {
                if (c.index != second)
                    return;
                stale = *c.state;
                for (ReadinessState &loop : stale.loops) {
                    if (loop.waiting)
                        loop.lastReady =
                            loop.previousReady.isEmpty() ? QVector<int>{3} : loop.previousReady;
                }
                c.state = &stale;
            },
            QStringLiteral("shown ready"));
    }

    // zombies: a zombie is a child; the count of children includes it.
    void zombiesAreChildren()
    {
        const auto r = record(QStringLiteral("zombies"), QStringLiteral("forking"));
        QVERIFY(r);
        const Trace &t = r->trace;
        const qsizetype exit =
            find(t, [](const Event &e) { return e.kind == EventKind::ProcessExit; });
        QVERIFY(exit >= 0);
        StateAtTime old;
        cleanThenCaught(
            *r, exit,
            [&](ViewClaims &c) {
                if (c.index != exit)
                    return;
                old = *c.state;
                old.liveChildren = 0; // "Child processes: 0  Zombies: 1"
                old.zombies = 0;
                c.state = &old;
            },
            QStringLiteral("child processes shown"));
    }

    // reaping (on-accept): the stop's reap is not "before each new fork".
    void theReapAtTheStopIsNotOnAccept()
    {
        const auto r = record(QStringLiteral("reaping"), QStringLiteral("forking"));
        QVERIFY(r);
        const Trace &t = r->trace;
        const qsizetype atStop = find(t, [](const Event &e) {
            return e.kind == EventKind::Reap && ReapPolicy(e.call) == ReapPolicy::AtStop;
        });
        QVERIFY2(atStop >= 0, "the stop reaped nothing");
        QVERIFY(find(t, [](const Event &e) {
                    return e.kind == EventKind::Reap && ReapPolicy(e.call) == ReapPolicy::OnAccept;
                }) >= 0);
        cleanThenCaught(
            *r, atStop,
            [&](ViewClaims &c) {
                if (c.index == atStop)
                    c.narration = QStringLiteral("main called waitpid() and collected child pid "
                                                 "1 (it reaps finished children before each new "
                                                 "fork): the zombie is gone.");
            },
            QStringLiteral("on-accept"));
    }

    // one-slow-client: "Client 2 knocks" shows from client 2's connect, not from 250 ms;
    // nothing is shown before the first chapter's event (socket() is not "waiting in
    // accept()").
    void chaptersFollowEvents()
    {
        const auto r = record(QStringLiteral("one-slow-client"), QStringLiteral("sequential"));
        QVERIFY(r);
        const Trace &t = r->trace;
        const auto triggers = chapterTriggers(r->scenario.chapters, t.model, t);
        QCOMPARE(activeChapter(triggers, 0), -1); // socket(): no chapter yet
        const qsizetype connect2 = find(t, [&](const Event &e) {
            const Actor *a = t.actor(e.actor);
            return e.kind == EventKind::ConnectEnd && a && a->name == QLatin1String("client 2");
        });
        QVERIFY(connect2 > 0);
        const int knocks = activeChapter(triggers, connect2);
        QVERIFY(knocks >= 0);
        QCOMPARE(r->scenario.chapters[std::size_t(knocks)].title,
                 QStringLiteral("Client 2 knocks"));
        QVERIFY(activeChapter(triggers, connect2 - 1) != knocks);
        const QString early = chapterCaption(r->scenario.chapters[std::size_t(knocks)]);
        cleanThenCaught(
            *r, 0,
            [&](ViewClaims &c) {
                if (c.index == connect2 - 1)
                    c.chapter = early; // what a clock at 250 ms could show too soon
            },
            QStringLiteral("chapter shown"));
    }

    // partial-recv-framing: the server reads a line 8 bytes at a time, so one piece feeds
    // several recv()s. Each arrow runs from the send that handed over a recv's last byte, so
    // none runs back from a later piece to an earlier recv.
    void wakeUpArrowsPointForward()
    {
        const auto r = record(QStringLiteral("partial-recv-framing"), QStringLiteral("sequential"));
        QVERIFY(r);
        const Trace &t = r->trace;
        const auto wakeUps = findWakeUps(t);
        QVERIFY(!wakeUps.empty());
        QSet<qsizetype> fromSends;
        for (const WakeUp &w : wakeUps) {
            const Event &from = t.at(w.from);
            const Event &to = t.at(w.to);
            // A client's event is stamped when its call returns, a moment after the server's
            // may be: far less than the 50 ms between two pieces at this speed.
            QVERIFY2(
                to.tNs >= from.tNs - 20'000'000,
                qPrintable(
                    QStringLiteral("arrow from event %1 back to event %2").arg(w.from).arg(w.to)));
            if (from.kind == EventKind::Send)
                QVERIFY2(!fromSends.contains(w.from) || to.kind == EventKind::WaitEnd,
                         "one send woke two recv() calls");
            fromSends.insert(w.from);
        }
    }

    // A chapter tied to time that the run never reaches is never shown, so a run does not end
    // on a stale one.
    void aChapterPastTheEndIsNotShown()
    {
        Trace t;
        Actor main;
        main.kind = ActorKind::Thread;
        main.name = QStringLiteral("main");
        const std::uint32_t id = t.addActor(main);
        Event e;
        e.actor = id;
        e.kind = EventKind::Socket;
        e.fd = 3;
        e.tNs = 1000;
        t.append(e);
        std::vector<Chapter> chapters(2);
        chapters[0].atMs = 0;
        chapters[0].text = QStringLiteral("start");
        chapters[1].atMs = 5000;
        chapters[1].text = QStringLiteral("never");
        const auto triggers = chapterTriggers(chapters, QString(), t);
        QCOMPARE(triggers[0], qsizetype(0));
        QCOMPARE(triggers[1], qsizetype(-1));
        QCOMPARE(activeChapter(triggers, 0), 0);
    }

    // asyncio-echo: a task that awaits is suspended, not blocked, and the inspector counts the
    // tasks as they are.
    void asyncioTasksAreSuspendedNotBlocked()
    {
        const auto r = record(QStringLiteral("asyncio-echo"), QStringLiteral("asyncio"));
        QVERIFY(r);
        const Trace &t = r->trace;
        const qsizetype awaits = find(t, [](const Event &e) {
            return e.kind == EventKind::TaskSuspend && TaskWait(e.call) == TaskWait::Read;
        });
        QVERIFY(awaits >= 0);
        const QString said = narrate(t, awaits);
        QVERIFY2(said.contains(QStringLiteral("no thread waits for it")), qPrintable(said));
        cleanThenCaught(
            *r, awaits,
            [&](ViewClaims &c) {
                if (c.index == awaits)
                    c.narration = QStringLiteral("task 1 calls recv() on fd 5 and blocks: "
                                                 "nothing is in the receive buffer.");
            },
            QStringLiteral("narrated as blocked"));

        const qsizetype sleeps = find(t, [](const Event &e) {
            return e.kind == EventKind::TaskSuspend && TaskWait(e.call) == TaskWait::Timer;
        });
        QVERIFY(sleeps >= 0);
        QVERIFY(stateAfter(t, sleeps).tasks.sleeping >= 1);
        StateAtTime wrong;
        cleanThenCaught(
            *r, sleeps,
            [&](ViewClaims &c) {
                if (c.index == sleeps) {
                    wrong = *c.state;
                    wrong.tasks.sleeping -= 1;
                    wrong.tasks.awaitingRead += 1;
                    c.state = &wrong;
                }
            },
            QStringLiteral("tasks shown as"));
    }

    // asyncio-blocking-call, both ways: the blocking sleep and the awaited one are consistent
    // with their chapters; a timer await in a run whose settings say time.sleep() is caught.
    void aBlockingSleepNeverSuspends_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("time.sleep()") << QStringLiteral("asyncio");
        QTest::newRow("await asyncio.sleep()") << QStringLiteral("asyncio-await");
    }

    void aBlockingSleepNeverSuspends()
    {
        QFETCH(QString, model);
        const auto r = record(QStringLiteral("asyncio-blocking-call"), model);
        QVERIFY(r);
        const auto found = checkConsistency(r->trace, &r->scenario.chapters);
        QVERIFY2(found.empty(), qPrintable(listed(found)));
        const bool awaited = model == QLatin1String("asyncio-await");
        QCOMPARE(r->trace.settings.value(QStringLiteral("blocking_work")),
                 awaited ? QStringLiteral("false") : QStringLiteral("true"));
        if (!awaited)
            return;
        Trace claimed = r->trace;
        claimed.settings.insert(QStringLiteral("blocking_work"), QStringLiteral("true"));
        QVERIFY(listed(checkConsistency(claimed)).contains(QStringLiteral("never suspends")));
    }

    // A resume needs the epoll_wait() that reported the task's socket: in a copy of a real
    // run where that wait reported nothing, the resume is caught as unexplained.
    void aTaskResumeIsNeverInvented()
    {
        const auto r = record(QStringLiteral("three-clients"), QStringLiteral("asyncio"));
        QVERIFY(r);
        const Trace &t = r->trace;
        QVERIFY2(checkConsistency(t).empty(), qPrintable(listed(checkConsistency(t))));
        const qsizetype resume = find(t, [](const Event &e) {
            return e.kind == EventKind::TaskResume && TaskWait(e.call) == TaskWait::Read;
        });
        QVERIFY(resume >= 0);
        const qsizetype wait = wakingWaitOf(t, resume);
        QVERIFY(wait >= 0 && wait < resume);
        Trace copy;
        copy.model = t.model;
        copy.settings = t.settings;
        for (const Actor &a : t.actors())
            copy.addActor(a);
        for (qsizetype i = 0; i < t.size(); ++i) {
            const Event &e = t.at(i);
            if (e.kind == EventKind::WaitBegin || e.kind == EventKind::WaitEnd) {
                WaitSets sets = t.waitSets(e);
                if (i == wait)
                    sets.readyRead.removeAll(t.at(resume).fd);
                copy.append(e, payload::encodeWaitSets(sets));
            } else if (e.kind == EventKind::ConnectEnd) {
                copy.append(e, payload::encodeEndpoint(t.local(e)));
            } else {
                copy.append(e, t.preview(e));
            }
        }
        bool caught = false;
        for (const Contradiction &c : checkConsistency(copy))
            caught |= c.index == resume && c.what.contains(QStringLiteral("did not report"));
        QVERIFY2(caught, qPrintable(listed(checkConsistency(copy))));
    }

    // time-wait-reuseaddr: the restart without SO_REUSEADDR is refused (EADDRINUSE, the old
    // connection in TIME_WAIT). Its bind() is narrated with TIME_WAIT, not as "another server
    // listens"; it closes its socket (close(server), not a connection's close()) and ends, so
    // from then on no view shows it running or at a line of its code. Recorded without its
    // end (as it was), the checker catches the lane still "running".
    void aRefusedRestartEndsAndSaysWhy()
    {
        const auto r = record(QStringLiteral("time-wait-reuseaddr"), QStringLiteral("sequential"));
        QVERIFY(r);
        const Trace &t = r->trace;
        const auto onRestart1 = [&](const Event &e) {
            const Actor *a = t.actor(e.actor);
            return a && a->name == QLatin1String("restart 1 (no SO_REUSEADDR)");
        };
        const qsizetype refused = find(t, [&](const Event &e) {
            return onRestart1(e) && e.kind == EventKind::Bind && e.err == EADDRINUSE;
        });
        QVERIFY2(refused >= 0, "the restart without SO_REUSEADDR was not refused");
        // The first server was stopped before the restart: its lane ends before the socket().
        const qsizetype firstEnded = find(t, [&](const Event &e) {
            const Actor *a = t.actor(e.actor);
            return a && a->name == QLatin1String("main") && e.kind == EventKind::ThreadExit;
        });
        QVERIFY2(firstEnded >= 0 && firstEnded < refused, "the stopped server did not end");
        QVERIFY2(narrate(t, firstEnded).contains(QStringLiteral("no longer runs")),
                 qPrintable(narrate(t, firstEnded)));
        const qsizetype closed =
            find(t, [&](const Event &e) { return onRestart1(e) && e.kind == EventKind::Close; });
        const qsizetype ended = find(
            t, [&](const Event &e) { return onRestart1(e) && e.kind == EventKind::ThreadExit; });
        QVERIFY(closed > refused && ended > closed);
        QCOMPARE(t.at(closed).line, toLine(LineTag::CloseListener));
        QCOMPARE(int(t.at(ended).err), EADDRINUSE);
        // Whether the kernel's sample saw the TIME_WAIT before the bind decides the words.
        const bool timeWaitSampled =
            find(t, [&](const Event &e) {
                return e.kind == EventKind::TcpState && TcpState(e.call) == TcpState::TimeWait;
            }) < refused;
        const QString atBind = narrate(t, refused);
        QVERIFY2(!atBind.contains(QStringLiteral("only one server can listen")),
                 qPrintable(atBind));
        QVERIFY2(atBind.contains(QStringLiteral("TIME_WAIT")), qPrintable(atBind));
        if (timeWaitSampled)
            QVERIFY2(atBind.contains(QStringLiteral("no socket listens on port")),
                     qPrintable(atBind));
        const QString atEnd = narrate(t, ended);
        QVERIFY2(atEnd.contains(QStringLiteral("bind() failed with EADDRINUSE")) &&
                     atEnd.contains(QStringLiteral("did not start")),
                 qPrintable(atEnd));
        const auto clean = checkConsistency(t, &r->scenario.chapters);
        QVERIFY2(clean.empty(), qPrintable(listed(clean)));

        Trace withoutEnd;
        withoutEnd.model = t.model;
        withoutEnd.settings = t.settings;
        for (const Actor &a : t.actors())
            withoutEnd.addActor(a);
        for (qsizetype i = 0; i < t.size(); ++i) {
            if (i != ended)
                withoutEnd.append(t.at(i), t.payloadOf(t.at(i)));
        }
        bool caught = false;
        for (const Contradiction &c : checkConsistency(withoutEnd))
            caught |= c.index > closed && c.what.contains(QStringLiteral("start failed"));
        QVERIFY2(caught, qPrintable(listed(checkConsistency(withoutEnd))));
    }
};

QTEST_GUILESS_MAIN(TestConsistency)
#include "tst_consistency.moc"
