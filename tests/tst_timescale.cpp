#include "analysis/timescale.h"

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
};

QTEST_APPLESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
