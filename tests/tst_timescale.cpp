#include "analysis/labelplacement.h"
#include "analysis/storyspan.h"
#include "analysis/timescale.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sockscope;

namespace {
constexpr qint64 kMs = 1000000;

std::shared_ptr<const TimeWarp> oneGapWarp()
{
    // 100 ms .. 1100 ms is idle and shown as 10 ms.
    return std::make_shared<TimeWarp>(std::vector<TimeWarp::Gap>{{100 * kMs, 1100 * kMs}},
                                      10 * kMs);
}

// An event of `kind` by `actor` at `ms` milliseconds.
void appendAt(Trace &trace, std::int64_t ms, std::uint32_t actor, EventKind kind)
{
    Event e;
    e.tNs = ms * kMs;
    e.actor = actor;
    e.kind = kind;
    trace.append(e);
}
} // namespace

class TestTimeScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeToPixel_data()
    {
        QTest::addColumn<double>("displayStartNs");
        QTest::addColumn<double>("nsPerPx");
        QTest::addColumn<double>("plotLeft");
        QTest::addColumn<bool>("warped");
        QTest::addColumn<qint64>("tNs");
        QTest::addColumn<double>("x");

        QTest::newRow("origin") << 0.0 << 1e6 << 0.0 << false << qint64(0) << 0.0;
        QTest::newRow("1 ms per px") << 0.0 << 1e6 << 0.0 << false << 250 * kMs << 250.0;
        QTest::newRow("labels offset") << 0.0 << 1e6 << 200.0 << false << 10 * kMs << 210.0;
        QTest::newRow("scrolled") << 50e6 << 1e6 << 0.0 << false << 60 * kMs << 10.0;
        QTest::newRow("before view") << 50e6 << 1e6 << 0.0 << false << 0 * kMs << -50.0;
        QTest::newRow("zoomed in 1us/px") << 0.0 << 1e3 << 0.0 << false << 2 * kMs << 2000.0;
        QTest::newRow("warp: before gap") << 0.0 << 1e6 << 0.0 << true << 50 * kMs << 50.0;
        QTest::newRow("warp: gap start") << 0.0 << 1e6 << 0.0 << true << 100 * kMs << 100.0;
        QTest::newRow("warp: mid gap") << 0.0 << 1e6 << 0.0 << true << 600 * kMs << 105.0;
        QTest::newRow("warp: gap end") << 0.0 << 1e6 << 0.0 << true << 1100 * kMs << 110.0;
        QTest::newRow("warp: after gap") << 0.0 << 1e6 << 0.0 << true << 1200 * kMs << 210.0;
    }

    void timeToPixel()
    {
        QFETCH(double, displayStartNs);
        QFETCH(double, nsPerPx);
        QFETCH(double, plotLeft);
        QFETCH(bool, warped);
        QFETCH(qint64, tNs);
        QFETCH(double, x);
        TimeScale scale;
        scale.displayStartNs = displayStartNs;
        scale.nsPerPx = nsPerPx;
        scale.plotLeft = plotLeft;
        if (warped)
            scale.warp = oneGapWarp();
        QCOMPARE(scale.xOf(tNs), x);
        // And back: every pixel maps to exactly one time.
        QVERIFY(qAbs(scale.timeAt(x) - tNs) <= 1);
    }

    void zoomKeepsTimeUnderMouse_data()
    {
        QTest::addColumn<double>("mouseX");
        QTest::addColumn<double>("factor");
        QTest::newRow("in at left") << 200.0 << 2.0;
        QTest::newRow("in at middle") << 700.0 << 1.25;
        QTest::newRow("out at right") << 1200.0 << 0.5;
    }

    void zoomKeepsTimeUnderMouse()
    {
        QFETCH(double, mouseX);
        QFETCH(double, factor);
        for (bool warped : {false, true}) {
            TimeScale scale;
            scale.plotLeft = 200;
            scale.nsPerPx = 1e6;
            if (warped)
                scale.warp = oneGapWarp();
            const auto before = scale.timeAt(mouseX);
            const double nsPerPx = scale.nsPerPx;
            scale.zoomAround(mouseX, factor);
            QCOMPARE(scale.nsPerPx, nsPerPx / factor);
            QVERIFY(qAbs(scale.timeAt(mouseX) - before) <= 1);
        }
    }

    void zoomIsClamped()
    {
        TimeScale scale;
        scale.zoomAround(0, 1e12);
        QCOMPARE(scale.nsPerPx, TimeScale::kMinNsPerPx);
        scale.zoomAround(0, 1e-30);
        QCOMPARE(scale.nsPerPx, TimeScale::kMaxNsPerPx);
    }

    void fitShowsTheWholeRange_data()
    {
        QTest::addColumn<qint64>("begin");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<bool>("warped");
        QTest::newRow("plain") << qint64(0) << 320 * kMs << false;
        QTest::newRow("offset") << 5 * kMs << 6 * kMs << false;
        QTest::newRow("warped") << qint64(0) << 1500 * kMs << true;
    }

    void fitShowsTheWholeRange()
    {
        QFETCH(qint64, begin);
        QFETCH(qint64, end);
        QFETCH(bool, warped);
        TimeScale scale;
        scale.plotLeft = 180;
        if (warped)
            scale.warp = oneGapWarp();
        scale.fit(begin, end, 1000);
        QVERIFY(qAbs(scale.xOf(begin) - 180) < 1e-6);
        QVERIFY(qAbs(scale.xOf(end) - 1180) < 1e-6);
    }

    void warpShrinksTheGap()
    {
        TimeScale plain;
        plain.fit(0, 1500 * kMs, 1000);
        TimeScale warped = plain;
        warped.setWarp(oneGapWarp(), 0);
        warped.fit(0, 1500 * kMs, 1000);
        // The 100 ms before the gap take far more room when the second of idling is squeezed.
        QVERIFY(warped.widthOf(0, 100 * kMs) > 2.5 * plain.widthOf(0, 100 * kMs));
        QVERIFY(warped.widthOf(100 * kMs, 1100 * kMs) < plain.widthOf(100 * kMs, 1100 * kMs) / 10);
    }

    void setWarpKeepsAnchor()
    {
        TimeScale scale;
        scale.nsPerPx = 1e6;
        scale.displayStartNs = 1000 * kMs;
        const auto anchor = scale.timeAt(300);
        scale.setWarp(oneGapWarp(), 300);
        QVERIFY(qAbs(scale.timeAt(300) - anchor) <= 1);
        scale.setWarp(nullptr, 300);
        QVERIFY(qAbs(scale.timeAt(300) - anchor) <= 1);
    }

    void idleGaps()
    {
        const std::vector<std::int64_t> times{0, 10, 20, 500, 510, 2000};
        const auto gaps = TimeWarp::idleGaps(times, 100);
        QCOMPARE(gaps.size(), std::size_t(2));
        QCOMPARE(gaps[0].beginNs, 20);
        QCOMPARE(gaps[0].endNs, 500);
        QCOMPARE(gaps[1].beginNs, 510);
        QCOMPARE(gaps[1].endNs, 2000);
    }

    void ensureVisible()
    {
        TimeScale scale;
        scale.nsPerPx = 1e6;
        scale.ensureVisible(2000 * kMs, 1000, 50);
        QCOMPARE(scale.xOf(2000 * kMs), 950.0);
        scale.ensureVisible(10 * kMs, 1000, 50);
        QCOMPARE(scale.xOf(10 * kMs), 50.0);
        const double before = scale.displayStartNs;
        scale.ensureVisible(300 * kMs, 1000, 50); // already visible: no scrolling
        QCOMPARE(scale.displayStartNs, before);
    }
    void niceStep_data()
    {
        QTest::addColumn<double>("raw");
        QTest::addColumn<double>("step");
        QTest::newRow("exact 1") << 1e6 << 1e6;
        QTest::newRow("up to 2") << 1.3e6 << 2e6;
        QTest::newRow("up to 5") << 2.5e3 << 5e3;
        QTest::newRow("up to 10") << 7e4 << 1e5;
        QTest::newRow("tiny") << 0.2 << 1.0;
    }

    void niceStep()
    {
        QFETCH(double, raw);
        QFETCH(double, step);
        QCOMPARE(TimeScale::niceStep(raw), step);
    }

    void ticksAreMultiplesInsideThePlot()
    {
        TimeScale scale;
        scale.plotLeft = 100;
        scale.nsPerPx = 1e5; // 0.1 ms per px
        scale.displayStartNs = 0.35 * kMs;
        const auto ticks = scale.ticks(100, 1100, double(kMs)); // 0.35 ms .. 100.35 ms
        QCOMPARE(ticks.size(), std::size_t(100));
        QCOMPARE(ticks.front(), 1 * kMs);
        QCOMPARE(ticks.back(), 100 * kMs);
        for (std::int64_t t : ticks)
            QCOMPARE(t % kMs, 0);
    }

    void ticksSkipSqueezedGaps()
    {
        TimeScale scale;
        scale.warp = oneGapWarp(); // 100 ms .. 1100 ms shown as 10 ms
        scale.nsPerPx = double(kMs);
        const auto ticks = scale.ticks(0, 300, 50.0 * double(kMs));
        // 0, 50, 100 (the gap's begin), nothing inside the gap, then 1100, 1150, 1200, 1250.
        // (1300 ms would be at x 310, past the edge.)
        const std::vector<std::int64_t> expected{0,          50 * kMs,   100 * kMs, 1100 * kMs,
                                                 1150 * kMs, 1200 * kMs, 1250 * kMs};
        QCOMPARE(ticks, expected);
    }

    void ticksAreBounded()
    {
        TimeScale scale;
        scale.nsPerPx = TimeScale::kMinNsPerPx;
        QCOMPARE(scale.ticks(0, 1e6, 1.0, 50).size(), std::size_t(50));
        QVERIFY(scale.ticks(10, 0, 1e6).empty());
        QVERIFY(scale.ticks(0, 10, 0).empty());
    }

    void labelsNeverOverlap_data()
    {
        QTest::addColumn<QList<double>>("lefts");
        QTest::addColumn<QList<double>>("rights");
        QTest::addColumn<QList<bool>>("kept");
        // The first candidate (the cursor's label) always stays; later ones make way.
        QTest::newRow("apart") << QList<double>{0, 100, 200} << QList<double>{50, 150, 250}
                               << QList<bool>{true, true, true};
        QTest::newRow("cursor over a tick")
            << QList<double>{90, 0, 100, 200} << QList<double>{140, 50, 150, 250}
            << QList<bool>{true, true, false, true};
        QTest::newRow("closer than the gap")
            << QList<double>{0, 52} << QList<double>{50, 90} << QList<bool>{true, false};
        QTest::newRow("exactly the gap")
            << QList<double>{0, 56} << QList<double>{50, 90} << QList<bool>{true, true};
        QTest::newRow("gap label between ticks")
            << QList<double>{120, 100, 160, 300} << QList<double>{180, 140, 200, 340}
            << QList<bool>{true, false, false, true};
    }

    void labelsNeverOverlap()
    {
        QFETCH(QList<double>, lefts);
        QFETCH(QList<double>, rights);
        QFETCH(QList<bool>, kept);
        std::vector<LabelSlot> slots;
        for (qsizetype i = 0; i < lefts.size(); ++i)
            slots.push_back({lefts[i], rights[i]});
        const std::vector<bool> result = placeWithoutOverlap(slots, 6);
        QCOMPARE(QList<bool>(result.begin(), result.end()), kept);
        // Whatever was kept: no two overlap.
        for (std::size_t i = 0; i < slots.size(); ++i)
            for (std::size_t j = i + 1; j < slots.size(); ++j)
                if (result[i] && result[j])
                    QVERIFY(slots[i].right + 6 <= slots[j].left ||
                            slots[j].right + 6 <= slots[i].left);
    }

    // A lane's strip (cells, labels, counts) keeps what it drew sorted: the same choices as
    // placeWithoutOverlap, in logarithmic time; the rows above, then many random candidates.
    void stripOccupancyKeepsTheSameLabels_data() { labelsNeverOverlap_data(); }
    void stripOccupancyKeepsTheSameLabels()
    {
        QFETCH(QList<double>, lefts);
        QFETCH(QList<double>, rights);
        QFETCH(QList<bool>, kept);
        StripOccupancy strip;
        QList<bool> claimed;
        for (qsizetype i = 0; i < lefts.size(); ++i)
            claimed << strip.claim(lefts[i], rights[i], 6);
        QCOMPARE(claimed, kept);

        std::uint32_t seed = 12345; // a fixed sequence: the same candidates every run
        auto next = [&seed] {
            seed = seed * 1664525u + 1013904223u;
            return double(seed >> 8) / double(1u << 24);
        };
        std::vector<LabelSlot> slots;
        for (int i = 0; i < 500; ++i) {
            const double left = next() * 5000;
            slots.push_back({left, left + 5 + next() * 80});
        }
        const std::vector<bool> expected = placeWithoutOverlap(slots, 3);
        StripOccupancy random;
        for (std::size_t i = 0; i < slots.size(); ++i)
            QCOMPARE(random.claim(slots[i].left, slots[i].right, 3), bool(expected[i]));
        QVERIFY(random.size() > 20 && random.size() < slots.size());
    }

    void storyRunsFromTheFirstConnectToTheLastClose()
    {
        Trace trace;
        const std::uint32_t server = trace.addActor({0, ActorKind::Thread, QStringLiteral("main")});
        const std::uint32_t c1 = trace.addActor({0, ActorKind::Client, QStringLiteral("client 1")});
        const std::uint32_t c2 = trace.addActor({0, ActorKind::Client, QStringLiteral("client 2")});
        auto add = [&](std::int64_t ms, std::uint32_t actor, EventKind kind) {
            appendAt(trace, ms, actor, kind);
        };
        add(0, server, EventKind::Socket);
        add(1, server, EventKind::Listen);
        add(2, server, EventKind::AcceptBegin);
        add(10, c1, EventKind::ConnectBegin);
        add(11, c1, EventKind::ConnectEnd);
        add(12, c2, EventKind::ConnectBegin);
        add(30, c1, EventKind::Close);
        add(1800, c2, EventKind::Close);
        add(4000, server, EventKind::AcceptEnd); // the stop
        const auto story = findStorySpan(trace);
        QVERIFY(story);
        QCOMPARE(story->beginNs, 10 * kMs);
        QCOMPARE(story->endNs, 1800 * kMs);
        // The stop, 2.2 s after a 1.79 s story, stays out of the first picture.
        const StorySpan view = storyView(trace);
        QCOMPARE(view.beginNs, 10 * kMs);
        QCOMPARE(view.endNs, 1800 * kMs);
    }

    // A stop that comes soon after the story, or a little late (a slow machine), is in the
    // picture, to its last event; one a quarter of the story's length later is not.
    void storyViewTakesInANearStop_data()
    {
        QTest::addColumn<std::int64_t>("stopMs");
        QTest::addColumn<std::int64_t>("viewEndMs");
        // The story runs from 100 to 2100 ms: a quarter of it is 500 ms.
        QTest::newRow("at once") << std::int64_t(2104) << std::int64_t(2104);
        QTest::newRow("110 ms late") << std::int64_t(2210) << std::int64_t(2210);
        QTest::newRow("a quarter late") << std::int64_t(2600) << std::int64_t(2600);
        QTest::newRow("later") << std::int64_t(2601) << std::int64_t(2100);
    }

    void storyViewTakesInANearStop()
    {
        QFETCH(std::int64_t, stopMs);
        QFETCH(std::int64_t, viewEndMs);
        Trace trace;
        const std::uint32_t server = trace.addActor({0, ActorKind::Thread, QStringLiteral("main")});
        const std::uint32_t client = trace.addActor({0, ActorKind::Client, QStringLiteral("c")});
        auto add = [&](std::int64_t ms, std::uint32_t actor, EventKind kind) {
            appendAt(trace, ms, actor, kind);
        };
        add(0, server, EventKind::AcceptBegin);
        add(100, client, EventKind::ConnectBegin);
        add(2100, client, EventKind::Close);
        add(2102, server, EventKind::AcceptBegin);
        add(stopMs, server, EventKind::AcceptEnd);
        const StorySpan view = storyView(trace);
        QCOMPARE(view.beginNs, 100 * kMs);
        QCOMPARE(view.endNs, viewEndMs * kMs);
    }

    // The story found by walking in from both ends is the one found by reading every event:
    // the first client connect (or sendto), the last client close or shutdown after it, else
    // the clients' last event. Two thousand random traces of a server and three clients,
    // whose closes come before, between and after connects, or never.
    void storyAgreesWithReadingEveryEvent()
    {
        auto everyEvent = [](const Trace &trace) -> std::optional<StorySpan> {
            auto client = [&](std::uint32_t id) {
                const Actor *a = trace.actor(id);
                return a && a->kind == ActorKind::Client;
            };
            std::optional<std::int64_t> begin;
            std::optional<std::int64_t> end;
            std::int64_t lastClient = 0;
            for (const Event &e : trace.events()) {
                if (!client(e.actor))
                    continue;
                lastClient = e.tNs;
                if (!begin && (e.kind == EventKind::ConnectBegin ||
                               e.kind == EventKind::ConnectEnd || e.kind == EventKind::Sendto))
                    begin = e.tNs;
                else if (begin && (e.kind == EventKind::Close || e.kind == EventKind::Shutdown))
                    end = e.tNs;
            }
            if (!begin)
                return std::nullopt;
            return StorySpan{*begin, std::max(end.value_or(lastClient), *begin)};
        };
        const EventKind kinds[] = {EventKind::ConnectBegin, EventKind::ConnectEnd,
                                   EventKind::Sendto,       EventKind::Close,
                                   EventKind::Shutdown,     EventKind::RecvBegin};
        QRandomGenerator random(17);
        int stories = 0;
        int unclosed = 0;
        for (int round = 0; round < 2000; ++round) {
            Trace trace;
            const std::uint32_t server =
                trace.addActor({0, ActorKind::Thread, QStringLiteral("main")});
            for (int c = 1; c <= 3; ++c)
                trace.addActor({0, ActorKind::Client, QStringLiteral("client %1").arg(c)});
            const int events = random.bounded(40);
            for (int i = 0; i < events; ++i) {
                const auto actor =
                    random.bounded(3) == 0 ? server : server + 1 + std::uint32_t(random.bounded(3));
                appendAt(trace, i, actor, kinds[random.bounded(int(std::size(kinds)))]);
            }
            const auto expected = everyEvent(trace);
            const auto found = findStorySpan(trace);
            QCOMPARE(bool(found), bool(expected));
            if (!found)
                continue;
            ++stories;
            QCOMPARE(found->beginNs, expected->beginNs);
            QCOMPARE(found->endNs, expected->endNs);
            bool closed = false;
            for (const Event &e : trace.events())
                closed = closed || (e.tNs > found->beginNs && e.actor != server &&
                                    (e.kind == EventKind::Close || e.kind == EventKind::Shutdown));
            unclosed += closed ? 0 : 1;
        }
        QVERIFY(stories > 1000);
        QVERIFY(unclosed > 20); // stories without a close after their beginning were tried
    }

    void noClientsNoStory()
    {
        Trace trace;
        const std::uint32_t server = trace.addActor({0, ActorKind::Thread, QStringLiteral("main")});
        Event e;
        e.actor = server;
        e.tNs = 5 * kMs;
        trace.append(e);
        QVERIFY(!findStorySpan(trace));
        const StorySpan view = storyView(trace);
        QCOMPARE(view.beginNs, 0);
        QCOMPARE(view.endNs, 5 * kMs);
    }
};

QTEST_APPLESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
