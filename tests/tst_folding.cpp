#include "analysis/folding.h"

#include <QTest>

#include <vector>

using namespace sockscope;

using Intervals = std::vector<std::pair<qint64, qint64>>;
using Folds = std::vector<std::pair<int, int>>; // first, count
Q_DECLARE_METATYPE(Intervals)
Q_DECLARE_METATYPE(Folds)

namespace {
Folds fold(const Intervals &items, double nsPerPx, double left, double right, double minPx)
{
    TimeScale scale;
    scale.nsPerPx = nsPerPx;
    Folds out;
    foldVisible(
        items.size(), [&](std::size_t i) { return items[i].first; },
        [&](std::size_t i) { return items[i].second; }, scale, left, right, minPx,
        [&](const FoldedItem &f) { out.emplace_back(int(f.first), int(f.count)); });
    return out;
}
} // namespace

class TestFolding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void folds_data()
    {
        QTest::addColumn<Intervals>("items");
        QTest::addColumn<double>("nsPerPx");
        QTest::addColumn<double>("left");
        QTest::addColumn<double>("right");
        QTest::addColumn<Folds>("expected");

        // 1 ns per pixel: times are pixels. minPx is 3.
        QTest::newRow("empty") << Intervals{} << 1.0 << 0.0 << 100.0 << Folds{};
        QTest::newRow("wide items stay apart") << Intervals{{0, 10}, {20, 30}, {40, 50}} << 1.0
                                               << 0.0 << 100.0 << Folds{{0, 1}, {1, 1}, {2, 1}};
        QTest::newRow("narrow run folds") << Intervals{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {5, 6}}
                                          << 1.0 << 0.0 << 100.0 << Folds{{0, 5}};
        QTest::newRow("narrow then wide keeps the wide bar")
            << Intervals{{0, 1}, {2, 3}, {4, 40}} << 1.0 << 0.0 << 100.0 << Folds{{0, 2}, {2, 1}};
        QTest::newRow("narrow items far apart are single")
            << Intervals{{0, 1}, {10, 11}, {20, 21}} << 1.0 << 0.0 << 100.0
            << Folds{{0, 1}, {1, 1}, {2, 1}};
        QTest::newRow("instants fold when close") << Intervals{{0, 0}, {1, 1}, {2, 2}, {30, 30}}
                                                  << 1.0 << 0.0 << 100.0 << Folds{{0, 3}, {3, 1}};
        QTest::newRow("culled before the view") << Intervals{{0, 10}, {20, 30}, {40, 50}} << 1.0
                                                << 25.0 << 100.0 << Folds{{1, 1}, {2, 1}};
        QTest::newRow("culled after the view") << Intervals{{0, 10}, {20, 30}, {40, 50}} << 1.0
                                               << 0.0 << 35.0 << Folds{{0, 1}, {1, 1}};
        QTest::newRow("zoomed out, all in one")
            << Intervals{{0, 10}, {20, 30}, {40, 50}} << 100.0 << 0.0 << 100.0 << Folds{{0, 3}};
        QTest::newRow("zoomed in, all apart") << Intervals{{0, 1}, {1, 2}, {2, 3}} << 0.1 << 0.0
                                              << 100.0 << Folds{{0, 1}, {1, 1}, {2, 1}};
    }

    void folds()
    {
        QFETCH(Intervals, items);
        QFETCH(double, nsPerPx);
        QFETCH(double, left);
        QFETCH(double, right);
        QFETCH(Folds, expected);
        QCOMPARE(fold(items, nsPerPx, left, right, 3.0), expected);
    }

    // Whatever the zoom, folding accounts for every visible item exactly once, in order.
    void coversEveryItemOnce_data()
    {
        QTest::addColumn<double>("nsPerPx");
        QTest::newRow("1 ns/px") << 1.0;
        QTest::newRow("7 ns/px") << 7.0;
        QTest::newRow("100 ns/px") << 100.0;
        QTest::newRow("10000 ns/px") << 10000.0;
    }

    void coversEveryItemOnce()
    {
        QFETCH(double, nsPerPx);
        Intervals items;
        qint64 t = 0;
        for (int i = 0; i < 5000; ++i) {
            const qint64 width = (i * 7919) % 37;
            items.emplace_back(t, t + width);
            t += width + (i * 104729) % 11;
        }
        const double right = double(t) / nsPerPx + 10;
        const Folds folds = fold(items, nsPerPx, 0, right, 3.0);
        int next = 0;
        for (const auto &[first, count] : folds) {
            QCOMPARE(first, next);
            QVERIFY(count >= 1);
            next = first + count;
        }
        QCOMPARE(next, int(items.size()));
        // Folding bounds the number of drawn blocks by the width in pixels.
        QVERIFY(double(folds.size()) <= right / 3.0 * 2 + 2 || nsPerPx <= 7.0);
    }
};

QTEST_APPLESS_MAIN(TestFolding)
#include "tst_folding.moc"
