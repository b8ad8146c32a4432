// The material of socket lanes beyond their states (core/analysis/socketgauges.h,
// socketsattime.h): gauge steps against their limits, listen drops as deltas, the sockets at a
// time, and lane titles; on hand-made lanes and on real runs of bundled scenarios (counts and
// orderings only, no timings).

#include "analysis/socketgauges.h"
#include "analysis/socketlanes.h"
#include "analysis/socketsattime.h"
#include "run/run.h"
#include "scenario/scenariolibrary.h"

#include <QTest>

#include <optional>

using namespace sockscope;

namespace {

// A bundled scenario, run headless to its end (times divided by 4), every client released.
std::optional<Trace> record(const QString &name, const QString &model)
{
    QStringList problems;
    auto scenario = loadScenario(name, &problems);
    if (!scenario) {
        qWarning("%s", qPrintable(problems.join(QLatin1Char('\n'))));
        return std::nullopt;
    }
    RunConfig config = scenario->configFor(model);
    config.speed = 4.0;
    Trace trace;
    Run run(config);
    QString error;
    if (!run.start(&error)) {
        qWarning("%s", qPrintable(error));
        return std::nullopt;
    }
    for (int waited = 0; !run.isFinished() && waited < 30000; waited += 20) {
        run.recorder().drainInto(trace);
        while (!run.clientsWaiting().empty())
            run.releaseNext();
        run.waitFinished(20);
    }
    run.stop();
    run.recorder().drainInto(trace);
    return trace;
}

QueueLevel level(std::int64_t t, int acceptQueue, int backlog, int drops)
{
    QueueLevel l;
    l.event = qsizetype(t);
    l.tNs = t;
    l.figures.acceptQueue = acceptQueue;
    l.figures.backlog = backlog;
    l.figures.listenDrops = drops;
    return l;
}

SocketStateSpan span(TcpState state, std::int64_t begin, std::int64_t end, bool open = false)
{
    SocketStateSpan s;
    s.state = state;
    s.event = qsizetype(begin);
    s.beginNs = begin;
    s.endNs = end;
    s.open = open;
    s.pid = 42;
    s.fd = 3;
    return s;
}

bool hasState(const SocketLane &lane, TcpState state)
{
    return std::any_of(lane.states.begin(), lane.states.end(),
                       [&](const SocketStateSpan &s) { return s.state == state; });
}

} // namespace

class TestSocketGauges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void acceptQueueStepsAndDrops()
    {
        SocketLane lane;
        lane.listener = true;
        lane.states = {span(TcpState::Listen, 10, 100)};
        lane.levels = {level(10, 0, 1, 0), level(20, 1, 1, 0), level(30, 2, 1, 0),
                       level(40, 2, 1, 3), level(50, 0, 1, 4)};
        QCOMPARE(socketLaneEndNs(lane), 100);
        const SocketLaneGauges g = socketLaneGauges(lane);
        QCOMPARE(g.kinds.size(), std::size_t(1));
        QCOMPARE(g.kinds.front(), GaugeKind::AcceptQueue);
        const auto &steps = g.steps.front();
        QCOMPARE(steps.size(), std::size_t(5));
        // Each level holds to the next sample, the last to the lane's end.
        QCOMPARE(steps[0].endNs, 20);
        QCOMPARE(steps[4].endNs, 100);
        // Linux holds backlog + 1: a backlog of 1 is full with 2.
        QCOMPARE(steps[2].capacity, 2);
        QCOMPARE(steps[1].fraction, 0.5);
        QCOMPARE(steps[2].fraction, 1.0);
        // Drops as deltas of the counter, where it rose.
        QCOMPARE(g.drops.size(), std::size_t(2));
        QCOMPARE(g.drops[0].added, 3);
        QCOMPARE(g.drops[0].tNs, 40);
        QCOMPARE(g.drops[1].added, 1);
        QCOMPARE(g.drops[1].total, 4);
    }

    void connectionQueuesAgainstBuffers()
    {
        SocketLane lane;
        lane.states = {span(TcpState::Established, 0, 0, true)};
        QueueLevel a;
        a.tNs = 5;
        a.figures.recvQueue = 12;
        a.figures.recvBuffer = 100;
        a.figures.sendQueue = 300;
        a.figures.sendBuffer = 200; // more than the buffer: clamped to full
        lane.levels = {a};
        const SocketLaneGauges g = socketLaneGauges(lane);
        QCOMPARE(g.kinds, (std::vector<GaugeKind>{GaugeKind::RecvQueue, GaugeKind::SendQueue}));
        QCOMPARE(g.steps[0].front().fraction, 0.12);
        QCOMPARE(g.steps[1].front().fraction, 1.0);
        QVERIFY(g.drops.empty());
        QCOMPARE(socketLaneEndNs(lane), -1); // still open: runs to the live edge
    }

    // A SYN or a FIN takes a sequence number: the send-queue figure counts it, the gauge not.
    void aLoneSynIsNoByteOfData()
    {
        SocketLane lane;
        lane.states = {span(TcpState::SynSent, 0, 10), span(TcpState::Established, 10, 0, true)};
        QueueLevel syn;
        syn.tNs = 5;
        syn.figures.sendQueue = 1;
        syn.figures.sendBuffer = 100;
        QueueLevel data = syn;
        data.tNs = 15;
        data.figures.sendQueue = 7;
        lane.levels = {syn, data};
        const auto steps = gaugeSteps(lane, GaugeKind::SendQueue, -1);
        QCOMPARE(steps.size(), std::size_t(2));
        QCOMPARE(steps[0].value, 0);
        QCOMPARE(steps[1].value, 7);
        const auto at = socketsAt({lane}, 7);
        QCOMPARE(at.size(), std::size_t(1));
        QCOMPARE(at[0].figures->sendQueue, 0);
        QCOMPARE(dataBytesOnly(syn.figures, TcpState::FinWait1).sendQueue, 0);
        QCOMPARE(dataBytesOnly(syn.figures, TcpState::Established).sendQueue, 1);
    }

    // A TIME_WAIT socket has no buffers: the last level before it does not run on through it.
    void queuesEndAtTimeWait()
    {
        SocketLane lane;
        lane.states = {span(TcpState::Established, 0, 50), span(TcpState::TimeWait, 50, 0, true)};
        QueueLevel level;
        level.tNs = 10;
        level.figures.recvQueue = 9;
        level.figures.recvBuffer = 100;
        lane.levels = {level};
        const auto steps = gaugeSteps(lane, GaugeKind::RecvQueue, -1);
        QCOMPARE(steps.size(), std::size_t(1));
        QVERIFY(!steps[0].open);
        QCOMPARE(steps[0].endNs, 50);
    }

    void socketsAtATime()
    {
        SocketLane listener;
        listener.listener = true;
        listener.states = {span(TcpState::Listen, 10, 0, true)};
        listener.levels = {level(10, 0, 1, 0), level(30, 2, 1, 1)};
        SocketLane conn;
        conn.states = {span(TcpState::Established, 20, 40), span(TcpState::TimeWait, 40, 60)};
        const std::vector<SocketLane> lanes{listener, conn};
        QCOMPARE(socketsAt(lanes, 5).size(), std::size_t(0));
        const auto at25 = socketsAt(lanes, 25);
        QCOMPARE(at25.size(), std::size_t(2));
        QCOMPARE(at25[0].state, TcpState::Listen);
        QCOMPARE(at25[0].figures->acceptQueue, 0);
        QCOMPARE(at25[1].state, TcpState::Established);
        const auto at45 = socketsAt(lanes, 45);
        QCOMPARE(at45[0].figures->acceptQueue, 2);
        QCOMPARE(at45[1].state, TcpState::TimeWait);
        QVERIFY(socketQueueLine(listener, at45[0]).contains(QLatin1String("2 of 2")));
        QCOMPARE(socketsAt(lanes, 61).size(), std::size_t(1)); // forgotten after TIME_WAIT
    }

    // A new holder is no new state: a connection accept() took out of the queue (ESTABLISHED,
    // no holder; then ESTABLISHED, fd 3) has been ESTABLISHED since it was first seen so. A
    // holder the last sample did not see is a former one.
    void aNewHolderKeepsTheStatesSince()
    {
        SocketLane conn;
        SocketStateSpan queued = span(TcpState::Established, 10, 30);
        queued.pid = 0;
        queued.fd = -1;
        SocketStateSpan accepted = span(TcpState::Established, 30, 50);
        accepted.held = true;
        SocketStateSpan closed = span(TcpState::FinWait2, 50, 0, true);
        conn.states = {queued, accepted, closed};
        const auto at40 = socketsAt({conn}, 40);
        QCOMPARE(at40.size(), std::size_t(1));
        QCOMPARE(at40[0].sinceNs, 10);
        QCOMPARE(socketHolderLine(at40[0]), QStringLiteral("held by fd 3 of pid 42"));
        const auto at60 = socketsAt({conn}, 60);
        QCOMPARE(at60[0].sinceNs, 50);
        QCOMPARE(socketHolderLine(at60[0]), QStringLiteral("last held by fd 3 of pid 42"));
        // Not across a gap: the kernel forgot the socket in between.
        conn.states = {span(TcpState::Established, 10, 20),
                       span(TcpState::Established, 30, 0, true)};
        QCOMPARE(socketsAt({conn}, 40)[0].sinceNs, 30);
    }

    // one-slow-client: the listener's lane, client sockets that pass ESTABLISHED, and the end
    // that closed first in TIME_WAIT after its connection; a connection's ends side by side.
    void oneSlowClientLanes()
    {
        const auto trace = record(QStringLiteral("one-slow-client"), QStringLiteral("sequential"));
        QVERIFY(trace);
        const auto lanes = buildSocketLanes(*trace);
        if (lanes.empty())
            QSKIP(qPrintable(whyNoSocketLanes(*trace)));
        QVERIFY(lanes.front().listener);
        QCOMPARE(lanes.front().states.front().state, TcpState::Listen);
        const auto titles = socketLaneTitles(*trace, lanes);
        QCOMPARE(titles.size(), lanes.size());
        QVERIFY2(titles.front().subtitle.contains(QLatin1String("listens on")),
                 qPrintable(titles.front().subtitle));
        // The listener's lane starts at its socket() call, before the first sample.
        QVERIFY(titles.front().madeNs >= 0);
        QVERIFY(titles.front().madeNs <= lanes.front().firstNs);
        int clientEnds = 0, established = 0, timeWaitAfterEstablished = 0;
        for (std::size_t i = 0; i < lanes.size(); ++i) {
            const SocketLane &lane = lanes[i];
            // States in time order, never overlapping.
            for (std::size_t k = 1; k < lane.states.size(); ++k)
                QVERIFY(lane.states[k - 1].endNs <= lane.states[k].beginNs);
            if (lane.listener)
                continue;
            if (titles[i].title.contains(QLatin1String("client")))
                ++clientEnds;
            if (hasState(lane, TcpState::Established))
                ++established;
            for (std::size_t k = 1; k < lane.states.size(); ++k) {
                if (lane.states[k].state == TcpState::TimeWait &&
                    std::any_of(
                        lane.states.begin(), lane.states.begin() + qsizetype(k),
                        [](const SocketStateSpan &s) { return s.state == TcpState::Established; }))
                    ++timeWaitAfterEstablished;
            }
            // The two ends of a connection next to each other.
            const bool mateBefore = i > 0 && lanes[i - 1].peer == lane.local;
            const bool mateAfter = i + 1 < lanes.size() && lanes[i + 1].peer == lane.local;
            bool hasMate = false;
            for (const SocketLane &other : lanes)
                hasMate = hasMate || (!other.listener && other.peer == lane.local);
            if (hasMate)
                QVERIFY(mateBefore || mateAfter);
        }
        QVERIFY2(clientEnds >= 2, qPrintable(QString::number(clientEnds)));
        QVERIFY(established >= 2);
        QVERIFY(timeWaitAfterEstablished >= 1);
    }

    // backlog-full: the accept-queue gauge reaches its limit, backlog + 1.
    void backlogFullGaugeFills()
    {
        const auto trace = record(QStringLiteral("backlog-full"), QStringLiteral("sequential"));
        QVERIFY(trace);
        const auto lanes = buildSocketLanes(*trace);
        if (lanes.empty())
            QSKIP(qPrintable(whyNoSocketLanes(*trace)));
        QVERIFY(lanes.front().listener);
        const SocketLaneGauges g = socketLaneGauges(lanes.front());
        const auto &steps = g.steps.front();
        QVERIFY(!steps.empty());
        int fullest = 0, capacity = 0;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            if (i > 0)
                QVERIFY(steps[i - 1].endNs == steps[i].beginNs);
            if (steps[i].value > fullest) {
                fullest = steps[i].value;
                capacity = steps[i].capacity;
            }
        }
        QVERIFY(capacity >= 1);
        QCOMPARE(fullest, capacity);
        int dropped = 0;
        for (const ListenDrop &d : g.drops)
            dropped += d.added;
        if (!g.drops.empty())
            QCOMPARE(dropped, g.drops.back().total);
    }
};

QTEST_GUILESS_MAIN(TestSocketGauges)
#include "tst_socketgauges.moc"
