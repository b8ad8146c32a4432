// ctest-label: core
// WaitingCount (core/analysis/waitingcount.h), the step function behind a folded group's row:
// how many lanes wait at once at a moment and at most over a stretch, and which call most of
// them are in; checked by hand and against counting every call, for thousands of calls (the
// tree of maxima grows many times) and for calls placed out of order.
#include "analysis/waitingcount.h"

#include <QTest>

#include <random>

using namespace sockscope;

namespace {

struct Call
{
    std::int64_t beginNs;
    std::int64_t endNs; // -1: not returned
    EventKind kind;
};

int inProgress(const std::vector<Call> &calls, std::int64_t t)
{
    int n = 0;
    for (const Call &c : calls)
        n += c.beginNs <= t && (c.endNs < 0 || c.endNs > t);
    return n;
}

int mostByHand(const std::vector<Call> &calls, std::int64_t from, std::int64_t to)
{
    int most = inProgress(calls, from);
    for (const Call &c : calls) {
        if (c.beginNs > from && c.beginNs <= to)
            most = std::max(most, inProgress(calls, c.beginNs));
    }
    return most;
}

} // namespace

class TestWaitingCount : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void byHand()
    {
        WaitingCount w;
        QCOMPARE(w.mostOver(0, 1000), 0);
        QCOMPARE(w.commonestOver(0, 1000), EventKind::Count);
        // Lane A waits in recv() 10..50, lane B in accept() 20..30, lane C in recv() 40..
        w.began(10, EventKind::RecvBegin);
        w.began(20, EventKind::AcceptBegin);
        w.ended(30, EventKind::AcceptBegin);
        w.began(40, EventKind::RecvBegin);
        w.ended(50, EventKind::RecvBegin);
        QCOMPARE(w.at(9), 0);
        QCOMPARE(w.at(10), 1);
        QCOMPARE(w.at(25), 2);
        QCOMPARE(w.at(30), 1); // returned at 30: no longer waiting then
        QCOMPARE(w.at(45), 2);
        QCOMPARE(w.at(1000), 1); // C has not returned
        QCOMPARE(w.mostOver(0, 9), 0);
        QCOMPARE(w.mostOver(0, 10), 1);
        QCOMPARE(w.mostOver(31, 39), 1);
        QCOMPARE(w.mostOver(0, 1000), 2);
        QCOMPARE(w.mostOver(22, 22), 2);
        QCOMPARE(w.mostOver(50, 60), 1);
        QCOMPARE(w.mostOver(60, 50), 0); // an empty stretch
        QCOMPARE(w.callsOver(EventKind::RecvBegin, 0, 1000), 2);
        QCOMPARE(w.callsOver(EventKind::AcceptBegin, 31, 1000), 0);
        QCOMPARE(w.callsOver(EventKind::AcceptBegin, 30, 30), 1);  // returned at 30: overlaps it
        QCOMPARE(w.commonestOver(20, 35), EventKind::AcceptBegin); // a tie: the lower kind
        QCOMPARE(w.commonestOver(0, 1000), EventKind::RecvBegin);
        QCOMPARE(w.changes(), 5);
    }

    // A lane's return and its next call at one nanosecond: it counts once.
    void returnThenCallAtOneMoment()
    {
        WaitingCount w;
        w.began(10, EventKind::RecvBegin);
        w.ended(20, EventKind::RecvBegin);
        w.began(20, EventKind::SendBegin);
        w.ended(30, EventKind::SendBegin);
        QCOMPARE(w.mostOver(0, 100), 1);
        QCOMPARE(w.at(20), 1);
    }

    void againstCountingEveryCall_data()
    {
        QTest::addColumn<int>("lanes");
        QTest::addColumn<int>("callsPerLane");
        QTest::addColumn<int>("outOfOrder"); // calls of the last lane placed after the others
        QTest::newRow("3 lanes") << 3 << 5 << 0;
        QTest::newRow("20 lanes, the tree grown") << 20 << 150 << 0;
        QTest::newRow("out of order") << 12 << 40 << 1;
        QTest::newRow("one lane") << 1 << 300 << 0;
    }
    void againstCountingEveryCall()
    {
        QFETCH(int, lanes);
        QFETCH(int, callsPerLane);
        QFETCH(int, outOfOrder);
        std::mt19937 random{unsigned(lanes * 1000 + callsPerLane)};
        std::uniform_int_distribution<int> gap(0, 40), length(1, 60), kindOf(0, 2);
        const EventKind kinds[] = {EventKind::AcceptBegin, EventKind::RecvBegin,
                                   EventKind::SendBegin};
        std::vector<Call> calls;
        std::vector<std::vector<Call>> byLane;
        byLane.resize(std::size_t(lanes));
        for (int lane = 0; lane < lanes; ++lane) {
            std::int64_t t = gap(random);
            for (int c = 0; c < callsPerLane; ++c) {
                const std::int64_t begin = t + gap(random);
                const bool last = c == callsPerLane - 1;
                // Some lanes' last call never returns (a live trace's open call).
                const std::int64_t end = last && lane % 3 == 0 ? -1 : begin + length(random);
                byLane[std::size_t(lane)].push_back({begin, end, kinds[kindOf(random)]});
                t = end < 0 ? begin : end;
            }
        }
        // Each change in time order (returns first at one moment), as a trace reads them;
        // with outOfOrder, the last lane's changes come after all the others.
        struct Change
        {
            std::int64_t t;
            bool begins;
            EventKind kind;
            bool late;
        };
        std::vector<Change> changes;
        for (int lane = 0; lane < lanes; ++lane) {
            for (const Call &c : byLane[std::size_t(lane)]) {
                calls.push_back(c);
                const bool late = outOfOrder && lane == lanes - 1;
                changes.push_back({c.beginNs, true, c.kind, late});
                if (c.endNs >= 0)
                    changes.push_back({c.endNs, false, c.kind, late});
            }
        }
        std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
            if (a.late != b.late)
                return !a.late;
            return a.t != b.t ? a.t < b.t : (!a.begins && b.begins);
        });
        WaitingCount w;
        for (const Change &c : changes) {
            if (c.begins)
                w.began(c.t, c.kind);
            else
                w.ended(c.t, c.kind);
        }
        QCOMPARE(w.changes(), qsizetype(changes.size()));
        const std::int64_t endNs =
            changes.empty()
                ? 0
                : std::max_element(changes.begin(), changes.end(), [](auto &a, auto &b) {
                      return a.t < b.t;
                  })->t;
        std::uniform_int_distribution<std::int64_t> at(0, endNs + 10);
        for (int q = 0; q < 400; ++q) {
            std::int64_t from = at(random), to = at(random);
            if (to < from)
                std::swap(from, to);
            if (q % 4 == 0)
                to = from + gap(random) % 5; // narrow stretches too, like a pixel's
            QCOMPARE(w.at(from), inProgress(calls, from));
            QCOMPARE(w.mostOver(from, to), mostByHand(calls, from, to));
            for (const EventKind kind : kinds) {
                qsizetype byHand = 0;
                for (const Call &c : calls)
                    byHand += c.kind == kind && c.beginNs <= to && (c.endNs < 0 || c.endNs >= from);
                QCOMPARE(w.callsOver(kind, from, to), byHand);
            }
        }
    }
};

QTEST_MAIN(TestWaitingCount)
#include "tst_waitingcount.moc"
