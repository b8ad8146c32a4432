#include "analysis/blockedspans.h"
#include "analysis/fdtable.h"
#include "analysis/lanes.h"
#include "analysis/synthetictrace.h"
#include "analysis/timelinedata.h"

#include <QTest>

using namespace sockscope;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const Actor &actorNamed(const Trace &trace, const QString &name)
{
    for (const Actor &a : trace.actors()) {
        if (a.name == name)
            return a;
    }
    static Actor none;
    return none;
}

std::vector<BlockedSpan> spansOf(const std::vector<BlockedSpan> &spans, std::uint32_t actor)
{
    std::vector<BlockedSpan> out;
    for (const auto &s : spans) {
        if (s.actor == actor)
            out.push_back(s);
    }
    return out;
}
} // namespace

class TestTimelineAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void spansPairBeginAndEnd()
    {
        const Trace trace = synthetic::threadedThreeClients();
        const auto spans = findBlockedSpans(trace);
        for (const BlockedSpan &s : spans) {
            QVERIFY(!s.isOpen());
            const Event &b = trace.at(s.begin);
            const Event &e = trace.at(s.end);
            QCOMPARE(b.actor, s.actor);
            QCOMPARE(e.actor, s.actor);
            QCOMPARE(endKindFor(b.kind), e.kind);
            QVERIFY(s.beginNs <= s.endNs);
        }
        const auto main = spansOf(spans, actorNamed(trace, QStringLiteral("main")).id);
        QCOMPARE(main.size(), std::size_t(4)); // three accepts that return, one stopped
        QCOMPARE(blockedCallLabel(trace, main[0]), QStringLiteral("accept(fd 3)"));
        QCOMPARE(sockscope::whyItWaits(trace, main[0]),
                 QStringLiteral("no connection is waiting to be accepted"));
    }

    void openSpanRunsToTheLiveEdge()
    {
        const Trace trace = synthetic::selectLoop();
        const auto spans = findBlockedSpans(trace);
        QVERIFY(!spans.empty());
        const BlockedSpan &last = spans.back();
        QVERIFY(last.isOpen());
        QCOMPARE(last.endAt(trace.endNs() + 5000), trace.endNs() + 5000);
        QCOMPARE(last.endAt(0), last.beginNs); // never before it began
    }

    void whyItWaits_data()
    {
        QTest::addColumn<QString>("synthetic");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<int>("spanIndex");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("why");

        QTest::newRow("worker recv") << s("threaded") << s("worker 1") << 0 << s("recv(fd 7)")
                                     << s("no data from 127.0.0.1:50500 yet");
        QTest::newRow("worker 3 recv") << s("threaded") << s("worker 3") << 0 << s("recv(fd 9)")
                                       << s("no data from 127.0.0.1:50502 yet");
        QTest::newRow("client connect") << s("threaded") << s("client 2") << 0 << s("connect(fd 5)")
                                        << s("127.0.0.1:5000 has not completed the handshake yet");
        QTest::newRow("client recv") << s("threaded") << s("client 1") << 1 << s("recv(fd 4)")
                                     << s("no data from 127.0.0.1:5000 yet");
        QTest::newRow("select, one socket")
            << s("select") << s("main") << 0 << s("select({3})") << s("none of {3} is ready");
        QTest::newRow("select, four sockets")
            << s("select") << s("main") << 6 << s("select({3, 4, 5, 6})")
            << s("none of {3, 4, 5, 6} is ready");
        // A forked child's descriptors come from its parent: fd 4 is the connection the parent
        // accepted before fork().
        QTest::newRow("forked child recv")
            << s("forking") << s("child 5101") << 0 << s("recv(fd 4)")
            << s("no data from 127.0.0.1:50501 yet");
    }

    void whyItWaits()
    {
        QFETCH(QString, synthetic);
        QFETCH(QString, actor);
        QFETCH(int, spanIndex);
        QFETCH(QString, label);
        QFETCH(QString, why);
        const Trace trace = synthetic::byName(synthetic);
        const auto spans = spansOf(findBlockedSpans(trace), actorNamed(trace, actor).id);
        QVERIFY(spanIndex < int(spans.size()));
        QCOMPARE(blockedCallLabel(trace, spans[std::size_t(spanIndex)]), label);
        QCOMPARE(sockscope::whyItWaits(trace, spans[std::size_t(spanIndex)]), why);
    }

    void fdTablesFollowAcceptForkAndClose()
    {
        const Trace trace = synthetic::forkingWithZombies();
        FdTables tables;
        const auto main = actorNamed(trace, QStringLiteral("main")).id;
        const auto child = actorNamed(trace, QStringLiteral("child 5100")).id;
        bool checkedChild = false;
        bool checkedClose = false;
        for (const Event &e : trace.events()) {
            tables.apply(trace, e);
            if (e.kind == EventKind::Fork && e.childActor == child) {
                const FdInfo *conn = tables.find(child, 4);
                QVERIFY(conn);
                QVERIFY(conn->inherited);
                QCOMPARE(conn->role, FdRole::Connected);
                QCOMPARE(conn->peer.toString(), QStringLiteral("127.0.0.1:50500"));
                QCOMPARE(tables.find(child, 3)->role, FdRole::Listening);
                checkedChild = true;
            }
            if (e.kind == EventKind::Close && e.actor == main && e.fd == 4 && checkedChild &&
                !checkedClose) {
                checkedClose = true;
                // The parent closed its copy; the child keeps its own.
                QVERIFY(!tables.find(main, 4));
                QVERIFY(tables.find(child, 4));
            }
        }
        QVERIFY(checkedChild);
        QVERIFY(checkedClose);
        QCOMPARE(tables.find(main, 3), nullptr); // closed at the end
    }

    void lanesForThreadedThreeClients()
    {
        const Trace trace = synthetic::threadedThreeClients();
        const auto lanes = buildLanes(trace);
        QStringList names;
        QList<LaneGroup> groups;
        for (const Lane &l : lanes) {
            names << trace.actor(l.actor)->name;
            groups << l.group;
        }
        QCOMPARE(names, QStringList({s("main"), s("worker 1"), s("worker 2"), s("worker 3"),
                                     s("client 1"), s("client 2"), s("client 3")}));
        QCOMPARE(groups, QList<LaneGroup>({LaneGroup::Server, LaneGroup::Server, LaneGroup::Server,
                                           LaneGroup::Server, LaneGroup::Clients,
                                           LaneGroup::Clients, LaneGroup::Clients}));
        // Workers end at thread_exit, clients at their close; main runs to the live edge.
        QVERIFY(!lanes[0].ended);
        for (std::size_t i = 1; i < lanes.size(); ++i)
            QVERIFY(lanes[i].ended);
        QCOMPARE(laneIdText(*trace.actor(lanes[1].actor)), QStringLiteral("tid 4262"));
    }

    void zombiesLastFromExitToReap()
    {
        const Trace trace = synthetic::forkingWithZombies();
        const auto zombies = findZombies(trace);
        QCOMPARE(zombies.size(), std::size_t(3));
        for (const ZombieSpan &z : zombies) {
            QVERIFY(!z.isOpen());
            QCOMPARE(trace.at(z.exitEvent).kind, EventKind::ProcessExit);
            QCOMPARE(trace.at(z.reapEvent).kind, EventKind::Reap);
            QCOMPARE(trace.at(z.reapEvent).childPid, z.pid);
            QVERIFY(z.beginNs < z.endNs);
        }
        // The child's lane ends at the reap.
        const auto lanes = buildLanes(trace);
        for (const Lane &l : lanes) {
            if (l.group != LaneGroup::Children)
                continue;
            QVERIFY(l.ended);
            bool endsAtReap = false;
            for (const ZombieSpan &z : zombies)
                endsAtReap |= z.actor == l.actor && z.endNs == l.endNs;
            QVERIFY(endsAtReap);
        }
        QCOMPARE(laneIdText(*trace.actor(zombies[0].actor)), QStringLiteral("pid 5100"));
    }

    void openZombieWhileNotReaped()
    {
        Trace trace = synthetic::forkingWithZombies();
        // Drop the final reap: the last child stays a zombie up to the live edge.
        Trace cut;
        for (const Actor &a : trace.actors())
            cut.addActor(a);
        for (const Event &e : trace.events()) {
            if (e.tNs >= 330000 * 1000)
                break;
            cut.append(e, trace.payloadOf(e));
        }
        const auto zombies = findZombies(cut);
        QCOMPARE(zombies.size(), std::size_t(3));
        QVERIFY(zombies.back().isOpen());
        QCOMPARE(zombies.back().endAt(cut.endNs() + 7), cut.endNs() + 7);
    }

    void spawnLinksAndWakeUps()
    {
        const Trace trace = synthetic::threadedThreeClients();
        TimelineData data;
        data.rebuild(trace);
        QCOMPARE(data.rows().size(), std::size_t(7));
        QCOMPARE(data.spawnLinks().size(), std::size_t(3));
        for (const SpawnLink &l : data.spawnLinks()) {
            QVERIFY(!l.isFork);
            QVERIFY(data.rowOfActor(l.child) > 0);
        }
        // connect -> accept, send -> recv, close -> recv of 0, for each of three clients.
        QCOMPARE(data.wakeUps().size(), std::size_t(9));
        for (std::size_t i = 1; i < data.wakeUps().size(); ++i)
            QVERIFY(data.wakeUps()[i - 1].to <= data.wakeUps()[i].to);
        // Every event is drawn once: as an instant or as a span's begin/end.
        qsizetype drawn = 0;
        for (const LaneRow &row : data.rows())
            drawn += qsizetype(row.instants.size() + 2 * row.spans.size());
        QCOMPARE(drawn, trace.size());
    }

    void idleGapsOfThreeClients()
    {
        const Trace trace = synthetic::threadedThreeClients();
        const auto gaps = TimelineData::idleGaps(trace, 100 * 1000 * 1000);
        QCOMPARE(gaps.size(), std::size_t(1)); // the 300 ms the clients sleep
        QVERIFY(gaps[0].endNs - gaps[0].beginNs > 290 * 1000 * 1000);
    }

    void rebuildOfLargeTraceIsLinear()
    {
        const Trace trace = synthetic::large(200000);
        QVERIFY(trace.size() >= 200000);
        TimelineData data;
        data.rebuild(trace);
        QCOMPARE(data.rows().size(), std::size_t(101));
        QVERIFY(data.blockedSpanCount() > 60000);
    }

    // An asyncio task has a lane of its own in the tasks group: running where the loop runs
    // it, suspended (not blocked: no span of a system call) where it awaits, and each resume
    // linked to the loop's epoll_wait() that reported its socket.
    void taskLanes()
    {
        Trace t;
        t.model = QStringLiteral("asyncio");
        const auto main = t.addActor({0, ActorKind::Thread, s("main"), 1, 1, 0, false});
        const auto task = t.addActor({0, ActorKind::Task, s("task 1"), 1, 1, main, false});
        std::int64_t now = 0;
        auto add = [&](std::uint32_t actor, EventKind kind, TaskWait wait = TaskWait::None,
                       int bytes = -1) {
            Event e;
            e.tNs = now += 1000;
            e.actor = actor;
            e.kind = kind;
            e.fd = kind == EventKind::WaitBegin || kind == EventKind::WaitEnd ? -1 : 5;
            e.call = std::uint8_t(wait);
            e.bytes = bytes;
            if (kind == EventKind::TaskCreate)
                e.childActor = task;
            if (kind == EventKind::WaitBegin || kind == EventKind::WaitEnd) {
                e.call = std::uint8_t(WaitMechanism::Epoll);
                WaitSets sets;
                sets.readSet = {3, 5};
                if (kind == EventKind::WaitEnd)
                    sets.readyRead = {5};
                return t.append(e, payload::encodeWaitSets(sets));
            }
            return t.append(e);
        };
        add(main, EventKind::TaskCreate);
        add(task, EventKind::TaskSuspend, TaskWait::Read);
        add(main, EventKind::WaitBegin);
        const qsizetype reported = add(main, EventKind::WaitEnd);
        add(task, EventKind::TaskResume, TaskWait::Read);
        add(task, EventKind::TaskSuspend, TaskWait::Timer, 400);
        now += 400000000;
        add(task, EventKind::TaskResume, TaskWait::Timer);
        add(task, EventKind::TaskDone);

        TimelineData data;
        data.rebuild(t);
        const int row = data.rowOfActor(task);
        QVERIFY(row >= 0);
        const LaneRow &lane = data.rows()[std::size_t(row)];
        QCOMPARE(lane.lane.group, LaneGroup::Tasks);
        QVERIFY(lane.lane.ended);
        QVERIFY(lane.spans.empty()); // no system call of its own
        QCOMPARE(int(lane.tasks.size()), 5);
        QVERIFY(lane.tasks[0].running);
        QCOMPARE(lane.tasks[1].wait, TaskWait::Read);
        QCOMPARE(lane.tasks[1].wokenBy, reported);
        QCOMPARE(taskSpanLabel(lane.tasks[1]), s("awaiting read on fd 5"));
        QCOMPARE(lane.tasks[3].wait, TaskWait::Timer);
        QCOMPARE(taskSpanLabel(lane.tasks[3]), s("sleeping 400 ms"));
        QVERIFY(lane.tasks[4].running && !lane.tasks[4].isOpen());
        // The task's creation is drawn as an arrow from the loop thread, like a spawn.
        QCOMPARE(int(data.spawnLinks().size()), 1);
        QCOMPARE(data.spawnLinks()[0].child, task);
    }

    // The story the timeline keeps is the trace's at every moment: after a rebuild, after
    // events arrive (a client's close ends it later), and for another trace.
    void storyFollowsTheTrace()
    {
        auto same = [](const std::optional<StorySpan> &a, const std::optional<StorySpan> &b) {
            return bool(a) == bool(b) && (!a || (a->beginNs == b->beginNs && a->endNs == b->endNs));
        };
        Trace trace = synthetic::threadedThreeClients();
        TimelineData data;
        data.rebuild(trace);
        QVERIFY(data.story(trace));
        QVERIFY(same(data.story(trace), findStorySpan(trace)));
        std::uint32_t client = 0;
        for (const Actor &a : trace.actors())
            client = a.kind == ActorKind::Client ? a.id : client;
        QVERIFY(client != 0);
        const std::int64_t before = data.story(trace)->endNs;
        // A close by a client after everything: the story now ends there.
        Event e;
        e.tNs = trace.endNs() + 1000;
        e.actor = client;
        e.kind = EventKind::Close;
        e.fd = 99;
        trace.append(e);
        data.update(trace);
        QCOMPARE(data.story(trace)->endNs, e.tNs);
        QVERIFY(data.story(trace)->endNs > before);
        // Another event at that time, not a close: the trace changed, the story found again.
        e.kind = EventKind::RecvBegin;
        trace.append(e);
        QVERIFY(same(data.story(trace), findStorySpan(trace)));
        // Another trace, with no client: no story.
        Trace large = synthetic::large(2000);
        Trace none;
        none.addActor({0, ActorKind::Thread, QStringLiteral("main")});
        Event only;
        only.actor = 1;
        only.kind = EventKind::Socket;
        none.append(only);
        data.rebuild(none);
        QVERIFY(!data.story(none));
        data.rebuild(large);
        QVERIFY(same(data.story(large), findStorySpan(large)));
        QVERIFY(data.story(large));
    }
};

QTEST_APPLESS_MAIN(TestTimelineAnalysis)
#include "tst_timelineanalysis.moc"
