// The comparison of models on the same clients (the Compare window and `sockscope-cli
// compare` share it): real runs, judged by orderings and counts from their summaries.
#include "analysis/comparetable.h"
#include "analysis/summary.h"
#include "scenariorun.h"

#include <QElapsedTimer>
#include <QTest>

#include <QThread>
#include <algorithm>

using namespace sockscope;

namespace {
RunSummary runScenario(const QString &scenarioName, const QString &model)
{
    return summarizeTrace(testkit::recordScenario(scenarioName, model));
}
} // namespace

class TestCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void laterClientsWaitLongerUnderSequential()
    {
        const RunSummary sequential =
            runScenario(QStringLiteral("three-clients"), QStringLiteral("sequential"));
        const RunSummary threaded =
            runScenario(QStringLiteral("three-clients"), QStringLiteral("threaded"));
        QCOMPARE(sequential.clients, 3);
        QCOMPARE(threaded.clients, 3);
        // The same clients in both runs.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(sequential.perClient[std::size_t(i)].name,
                     threaded.perClient[std::size_t(i)].name);

        // A sequential server takes the next client only after the previous one is done; a
        // threaded one accepts each at once. The clients start together, so which one the
        // kernel hands to accept() first varies: compare by rank in the queue, not by name.
        auto sortedWaits = [](const RunSummary &summary) {
            std::vector<double> waits;
            for (const ClientSummary &c : summary.perClient) {
                if (c.waitedMs)
                    waits.push_back(*c.waitedMs);
            }
            std::sort(waits.begin(), waits.end());
            return waits;
        };
        const auto s = sortedWaits(sequential);
        const auto t = sortedWaits(threaded);
        QCOMPARE(s.size(), std::size_t(3));
        QCOMPARE(t.size(), std::size_t(3));
        for (std::size_t rank : {1, 2}) {
            QVERIFY2(s[rank] > t[rank],
                     qPrintable(QStringLiteral("queue place %1: sequential %2 ms, threaded %3 ms")
                                    .arg(rank + 1)
                                    .arg(s[rank])
                                    .arg(t[rank])));
        }
        // Under sequential, whoever is second in line waits longer than the first.
        QVERIFY(s[1] > s[0]);

        QCOMPARE(sequential.threadsCreated, 0);
        QCOMPARE(sequential.threadsPeak, 1);
        QCOMPARE(threaded.threadsCreated, 3);
        QVERIFY(threaded.threadsPeak > sequential.threadsPeak);
        QVERIFY(threaded.threadsPeak <= 4);
        QCOMPARE(sequential.selectCalls, 0);
        QVERIFY(sequential.systemCalls > 0);
        // Three more threads to spawn, nothing less to call.
        QVERIFY(threaded.systemCalls > sequential.systemCalls);
    }

    void tableRowsAndText()
    {
        RunSummary a;
        a.model = QStringLiteral("sequential");
        a.makespanMs = 12.5;
        a.threadsPeak = 1;
        a.systemCalls = 20;
        a.perClient.push_back({QStringLiteral("client 1"), 1.0, 3.0, 4.0, 0.5});
        a.perClient.push_back({QStringLiteral("client 2"), 1.0, 7.0, 8.0, 4.0});
        RunSummary b;
        b.model = QStringLiteral("select");
        b.selectCalls = 9;
        b.perClient.push_back({QStringLiteral("client 2"), 1.0, std::nullopt, 5.0, 0.1});

        const std::vector<CompareRow> rows = compareRows({a, b});
        QCOMPARE(rows.size(), std::size_t(8 + 2 * 3));
        QCOMPARE(rows[0].metric, CompareMetric::Makespan);
        QCOMPARE(formatCompareValue(rows[0], 0), QStringLiteral("12.500"));
        QCOMPARE(formatCompareValue(rows[0], 1), QStringLiteral("—")); // b has no makespan
        QCOMPARE(rows[6].metric, CompareMetric::SelectCalls);
        QCOMPARE(formatCompareValue(rows[6], 1), QStringLiteral("9"));
        // client 1 only ran in a; client 2's first reply is missing in b.
        QCOMPARE(rows[7].metric, CompareMetric::TasksCreated);
        QCOMPARE(rows[8].client, QStringLiteral("client 1"));
        QCOMPARE(rows[8].metric, CompareMetric::ClientWaited);
        QVERIFY(!rows[8].values[1]);
        QCOMPARE(rows[12].client, QStringLiteral("client 2"));
        QCOMPARE(rows[12].metric, CompareMetric::ClientFirstReply);
        QVERIFY(!rows[12].values[1]);

        const QStringList lines =
            compareTableText({a, b}).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 14);
        QVERIFY(lines[0].contains(QStringLiteral("sequential")));
        QVERIFY(lines[0].indexOf(QStringLiteral("sequential")) <
                lines[0].indexOf(QStringLiteral("select")));
        QVERIFY(lines[4].startsWith(QStringLiteral("peak threads")));
        QVERIFY(lines[8].startsWith(QStringLiteral("tasks created")));
        QVERIFY(lines[9].startsWith(QStringLiteral("client 1: waited before accept (ms)")));
    }
};

QTEST_GUILESS_MAIN(TestCompare)
#include "tst_compare.moc"
