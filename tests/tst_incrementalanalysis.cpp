// A live trace grows a drain at a time, and the analysis behind the timeline and the state at
// the cursor take in only the events each drain adds. Whatever the batches, the result must be
// what one pass over the whole trace gives: every lane, span, mark, zombie, task span, socket
// lane, wake-up and spawn arrow, in the same order, and how many lanes of each group wait at once.
// Synthetic traces and real recorded runs (threads, forked children and zombies, asyncio tasks, the
// kernel's samples).
#include "analysis/blockedspans.h"
#include "analysis/stateattime.h"
#include "analysis/synthetictrace.h"
#include "analysis/timelinedata.h"
#include "analysis/wakeups.h"
#include "scenariorun.h"

#include <QTest>

using namespace sockscope;

namespace {

QString spanText(const BlockedSpan &s)
{
    return QStringLiteral("span %1-%2 %3 %4 fd%5 %6:%7 r%8 ")
        .arg(s.begin)
        .arg(s.end)
        .arg(s.beginNs)
        .arg(s.isOpen() ? 0 : s.endNs)
        .arg(s.fd)
        .arg(s.peerIpv4)
        .arg(s.peerPort)
        .arg(int(s.reason));
}

// What the timeline draws, gathered by one pass of each analysis over the whole trace: the
// reference the incremental TimelineData is held to.
struct Reference
{
    std::vector<LaneRow> rows;
    qsizetype spanCount = 0;
    std::vector<WakeUp> wakeUps;
    std::int64_t longestWakeUpNs = 0;
    std::vector<SpawnLink> spawnLinks;
    std::vector<SocketLane> socketLanes;
    std::vector<SocketLaneTitle> socketTitles;
    std::size_t gauges = 0;
    QString whyNoSockets;
    // Per lane group, at each of kSlices stretches of the trace: the most lanes waiting at once
    // and the call most of them are in (TimelineData::waitingIn, the folded rows).
    QString waiting;

    explicit Reference(const TimelineData &data, std::int64_t endNs)
        : rows(data.rows()), spanCount(data.blockedSpanCount()), wakeUps(data.wakeUps()),
          longestWakeUpNs(data.longestWakeUpNs()), spawnLinks(data.spawnLinks()),
          socketLanes(data.socketLanes()), socketTitles(data.socketTitles()),
          gauges(data.socketGauges().size()), whyNoSockets(data.whyNoSockets())
    {
        for (const LaneGroup group : kGroups) {
            const WaitingCount &count = data.waitingIn(group);
            for (const auto &[from, to] : slices(endNs)) {
                const EventKind kind = count.commonestOver(from, to);
                waiting += QStringLiteral("%1:%2 ").arg(count.mostOver(from, to)).arg(int(kind));
            }
            waiting += QLatin1Char('\n');
        }
    }

    explicit Reference(const Trace &trace)
    {
        QHash<std::uint32_t, std::size_t> rowOf;
        for (const Lane &lane : buildLanes(trace)) {
            rowOf.insert(lane.actor, rows.size());
            rows.push_back({});
            rows.back().lane = lane;
        }
        const std::vector<BlockedSpan> spans = findBlockedSpans(trace);
        spanCount = qsizetype(spans.size());
        for (const BlockedSpan &span : spans) {
            if (rowOf.contains(span.actor))
                rows[rowOf[span.actor]].spans.push_back(span);
        }
        for (qsizetype i = 0; i < trace.size(); ++i) {
            const Event &e = trace.at(i);
            if (isBeginKind(e.kind) || isEndKind(e.kind) || e.kind == EventKind::TaskSuspend ||
                e.kind == EventKind::TaskResume)
                continue;
            if (rowOf.contains(e.actor))
                rows[rowOf[e.actor]].instants.push_back(std::uint32_t(i));
        }
        for (const TaskSpan &t : findTaskSpans(trace)) {
            if (rowOf.contains(t.task))
                rows[rowOf[t.task]].tasks.push_back(t);
        }
        for (const ZombieSpan &z : findZombies(trace)) {
            if (rowOf.contains(z.actor))
                rows[rowOf[z.actor]].zombies.push_back(z);
        }
        socketLanes = buildSocketLanes(trace);
        socketTitles = socketLaneTitles(trace, socketLanes);
        gauges = socketLanes.size();
        if (socketLanes.empty())
            whyNoSockets = whyNoSocketLanes(trace);
        wakeUps = findWakeUps(trace);
        std::stable_sort(wakeUps.begin(), wakeUps.end(),
                         [](const WakeUp &a, const WakeUp &b) { return a.to < b.to; });
        for (const WakeUp &w : wakeUps)
            longestWakeUpNs = std::max(longestWakeUpNs, trace.at(w.to).tNs - trace.at(w.from).tNs);
        spawnLinks = findSpawnLinks(trace);
        waiting = waitingByHand(trace.endNs());
    }

    static constexpr LaneGroup kGroups[] = {LaneGroup::Server, LaneGroup::Tasks,
                                            LaneGroup::Children, LaneGroup::Clients,
                                            LaneGroup::External};
    static constexpr int kSlices = 40;
    static std::vector<std::pair<std::int64_t, std::int64_t>> slices(std::int64_t endNs)
    {
        std::vector<std::pair<std::int64_t, std::int64_t>> out;
        for (int i = 0; i < kSlices; ++i)
            out.emplace_back(endNs * i / kSlices, endNs * (i + 1) / kSlices - 1);
        return out;
    }

    // The same figures counted from the rows' spans directly: at the stretch's start and at
    // each call begun within it, the calls of the group's lanes (not the server's first) in
    // progress; and each kind's calls overlapping the stretch.
    QString waitingByHand(std::int64_t endNs) const
    {
        QString out;
        for (const LaneGroup group : kGroups) {
            std::vector<const BlockedSpan *> spans;
            bool first = true;
            for (const LaneRow &row : rows) {
                if (row.lane.group != group)
                    continue;
                const bool ownLane = group == LaneGroup::Server && first;
                first = false;
                if (ownLane)
                    continue;
                for (const BlockedSpan &span : row.spans)
                    spans.push_back(&span);
            }
            const auto inProgress = [&](std::int64_t t) {
                int n = 0;
                for (const BlockedSpan *s : spans)
                    n += s->beginNs <= t && (s->isOpen() || s->endNs > t);
                return n;
            };
            for (const auto &[from, to] : slices(endNs)) {
                int most = inProgress(from);
                std::vector<qsizetype> kinds(kEventKindCount, 0);
                for (const BlockedSpan *s : spans) {
                    if (s->beginNs > from && s->beginNs <= to)
                        most = std::max(most, inProgress(s->beginNs));
                    if (s->beginNs <= to && (s->isOpen() || s->endNs >= from))
                        ++kinds[std::size_t(s->kind)];
                }
                const auto commonest = std::max_element(kinds.begin(), kinds.end());
                const int kind = *commonest > 0 ? int(commonest - kinds.begin()) : kEventKindCount;
                out += QStringLiteral("%1:%2 ").arg(most).arg(kind);
            }
            out += QLatin1Char('\n');
        }
        return out;
    }
};

// Everything the timeline draws, as text: two analyses are the same when their texts are.
QString digest(const Reference &data)
{
    QString out;
    for (const LaneRow &row : data.rows) {
        const Lane &l = row.lane;
        out += QStringLiteral("\nlane %1 g%2 %3 %4 %5 n%6: ")
                   .arg(l.actor)
                   .arg(int(l.group))
                   .arg(l.startNs)
                   .arg(l.ended ? l.endNs : -1)
                   .arg(l.ended)
                   .arg(l.eventCount);
        for (const BlockedSpan &s : row.spans)
            out += spanText(s);
        for (const std::uint32_t i : row.instants)
            out += QStringLiteral("i%1 ").arg(i);
        for (const ZombieSpan &z : row.zombies)
            out += QStringLiteral("z%1-%2 ").arg(z.exitEvent).arg(z.reapEvent);
        for (const TaskSpan &t : row.tasks)
            out += QStringLiteral("t%1-%2 %3 w%4 b%5 ")
                       .arg(t.begin)
                       .arg(t.end)
                       .arg(t.running)
                       .arg(int(t.wait))
                       .arg(t.wokenBy);
    }
    out += QStringLiteral("\nspans %1\nwake-ups:").arg(data.spanCount);
    for (const WakeUp &w : data.wakeUps)
        out += QStringLiteral(" %1>%2%3")
                   .arg(w.from)
                   .arg(w.to)
                   .arg(w.unblocked ? QStringLiteral("u") : QString());
    out += QStringLiteral("\nlongest %1\nspawns:").arg(data.longestWakeUpNs);
    for (const SpawnLink &s : data.spawnLinks)
        out += QStringLiteral(" %1:%2>%3").arg(s.event).arg(s.parent).arg(s.child);
    out += QStringLiteral("\nsockets:");
    for (std::size_t i = 0; i < data.socketLanes.size(); ++i) {
        const SocketLane &lane = data.socketLanes[i];
        out += QStringLiteral(" [%1:%2 %3 states %4 levels %5 %6 / %7]")
                   .arg(lane.local.port)
                   .arg(lane.peer.port)
                   .arg(lane.listener)
                   .arg(lane.states.size())
                   .arg(lane.levels.size())
                   .arg(data.socketTitles[i].title, data.socketTitles[i].subtitle);
    }
    out += QStringLiteral("\ngauges %1\nwhy none: %2").arg(data.gauges).arg(data.whyNoSockets);
    out += QStringLiteral("\nwaiting at once:\n") + data.waiting;
    return out;
}

// The actors of `whole`, and none of its events yet.
Trace emptyLike(const Trace &whole)
{
    Trace t;
    t.scenario = whole.scenario;
    t.model = whole.model;
    for (const Actor &a : whole.actors())
        t.addActor(a);
    return t;
}

void appendRange(Trace &to, const Trace &from, qsizetype begin, qsizetype end)
{
    for (qsizetype i = begin; i < end; ++i)
        to.append(from.at(i), from.payloadOf(from.at(i)));
}

} // namespace

class TestIncrementalAnalysis : public QObject
{
    Q_OBJECT
private:
    QHash<QString, Trace> m_traces;

    const Trace &traceNamed(const QString &name)
    {
        if (!m_traces.contains(name)) {
            const QStringList parts = name.split(QLatin1Char('/'));
            m_traces.insert(name, parts.size() == 2 ? testkit::recordScenario(parts[0], parts[1])
                                                    : synthetic::byName(name));
        }
        return m_traces[name];
    }

private Q_SLOTS:
    void timelineInBatchesIsOnePass_data()
    {
        QTest::addColumn<QString>("trace");
        QTest::addColumn<int>("batch");
        for (const QString &name :
             {QStringLiteral("threaded"), QStringLiteral("forking"), QStringLiteral("select"),
              QStringLiteral("large:3000"), QStringLiteral("three-clients/threaded"),
              QStringLiteral("three-clients/forking"), QStringLiteral("three-clients/asyncio"),
              QStringLiteral("three-clients/epoll")}) {
            for (const int batch : {1, 7, 64})
                QTest::addRow("%s, %d at a time", qPrintable(name), batch) << name << batch;
        }
    }
    void timelineInBatchesIsOnePass()
    {
        QFETCH(QString, trace);
        QFETCH(int, batch);
        const Trace &whole = traceNamed(trace);
        QVERIFY(whole.size() > 20);
        TimelineData once;
        once.rebuild(whole);
        const QString reference = digest(Reference(whole));
        QCOMPARE(digest(Reference(once, whole.endNs())), reference);

        Trace growing = emptyLike(whole);
        TimelineData live;
        live.rebuild(growing);
        for (qsizetype at = 0; at < whole.size(); at += batch) {
            appendRange(growing, whole, at, std::min(whole.size(), at + batch));
            live.update(growing);
        }
        QCOMPARE(digest(Reference(live, whole.endNs())), reference);
        const auto gaps = live.idleGapsOver(growing, 1000000);
        const auto wholeGaps = TimelineData::idleGaps(whole, 1000000);
        QCOMPARE(gaps.size(), wholeGaps.size());
        for (std::size_t i = 0; i < gaps.size(); ++i) {
            QCOMPARE(gaps[i].beginNs, wholeGaps[i].beginNs);
            QCOMPARE(gaps[i].endNs, wholeGaps[i].endNs);
        }
    }

    void blockedSpansInBatchesAreOnePass()
    {
        const Trace &whole = traceNamed(QStringLiteral("three-clients/threaded"));
        const std::vector<BlockedSpan> once = findBlockedSpans(whole);
        QVERIFY(!once.empty());
        Trace growing = emptyLike(whole);
        BlockedSpanList list;
        for (qsizetype at = 0; at < whole.size(); at += 5) {
            appendRange(growing, whole, at, std::min(whole.size(), at + 5));
            list.feed(growing);
            QCOMPARE(list.fed(), growing.size());
        }
        QCOMPARE(list.spans().size(), once.size());
        for (std::size_t i = 0; i < once.size(); ++i)
            QCOMPARE(spanText(list.spans()[i]), spanText(once[i]));
    }

    // The state at the live edge, brought along drain by drain, is the state a fresh replay
    // finds at the same event.
    void stateAtTheLiveEdgeFollowsTheDrains()
    {
        const Trace &whole = traceNamed(QStringLiteral("three-clients/forking"));
        Trace growing = emptyLike(whole);
        StateReplay live(&growing);
        int compared = 0;
        for (qsizetype at = 0; at < whole.size(); at += 9) {
            appendRange(growing, whole, at, std::min(whole.size(), at + 9));
            const StateAtTime &state = live.stateAfter(growing.size() - 1);
            const StateAtTime fresh = stateAfter(growing, growing.size() - 1);
            QCOMPARE(state.index, fresh.index);
            QCOMPARE(state.actors.size(), fresh.actors.size());
            for (std::size_t a = 0; a < state.actors.size(); ++a) {
                QCOMPARE(int(state.actors[a].state), int(fresh.actors[a].state));
                QCOMPARE(state.actors[a].call, fresh.actors[a].call);
                QCOMPARE(state.actors[a].waitingFor, fresh.actors[a].waitingFor);
            }
            ++compared;
        }
        QVERIFY(compared > 5);
    }
};

QTEST_GUILESS_MAIN(TestIncrementalAnalysis)
#include "tst_incrementalanalysis.moc"
