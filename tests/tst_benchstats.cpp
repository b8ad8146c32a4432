// ctest-label: core
// The statistics the benchmarks report from their own samples (bench/benchmark.h): the 95%
// interval of a median, from order statistics, checked against the ranks of the published
// tables (n = 6, 9, 15, 30, 60), for values in any order; and the percentile.
#include "../bench/benchmark.h"

#include <QTest>

#include <random>

using namespace sockscope::bench;

class TestBenchStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Values 1..n, shuffled: the interval is then the pair of ranks itself.
    void medianIntervalRanks_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::newRow("too few for one") << 5 << 0.0 << 0.0;
        QTest::newRow("6") << 6 << 1.0 << 6.0;
        QTest::newRow("9") << 9 << 2.0 << 8.0;
        QTest::newRow("15") << 15 << 4.0 << 12.0;
        QTest::newRow("30") << 30 << 10.0 << 21.0;
        QTest::newRow("60") << 60 << 22.0 << 39.0;
    }
    void medianIntervalRanks()
    {
        QFETCH(int, n);
        QFETCH(double, low);
        QFETCH(double, high);
        std::vector<double> values;
        for (int i = 1; i <= n; ++i)
            values.push_back(i);
        std::mt19937 shuffle{unsigned(n)};
        std::shuffle(values.begin(), values.end(), shuffle);
        const auto [gotLow, gotHigh] = medianInterval95(values);
        QCOMPARE(gotLow, low);
        QCOMPARE(gotHigh, high);
    }

    // The interval holds the median, and ties (thirty equal ratios) give a point.
    void medianIntervalHoldsTheMedian()
    {
        std::vector<double> ratios{0.95, 0.91, 1.02, 0.97, 0.93, 0.99, 0.96, 0.94, 0.98, 1.00,
                                   0.92, 0.95, 0.97, 0.96, 0.94, 1.01, 0.90, 0.95, 0.97, 0.98,
                                   0.93, 0.96, 0.99, 0.94, 0.95, 0.97, 0.92, 0.96, 1.03, 0.95};
        const double median = percentile(ratios, 0.5);
        const auto [low, high] = medianInterval95(ratios);
        QVERIFY(low <= median);
        QVERIFY(median <= high);
        QVERIFY(low < high);
        const auto [same, alsoSame] = medianInterval95(std::vector<double>(30, 0.95));
        QCOMPARE(same, 0.95);
        QCOMPARE(alsoSame, 0.95);
    }

    void percentileRanks()
    {
        const std::vector<double> values{5, 1, 4, 2, 3};
        QCOMPARE(percentile(values, 0.0), 1.0);
        QCOMPARE(percentile(values, 0.5), 3.0);
        QCOMPARE(percentile(values, 1.0), 5.0);
        QCOMPARE(percentile({}, 0.5), 0.0);
    }
};

QTEST_MAIN(TestBenchStats)
#include "tst_benchstats.moc"
