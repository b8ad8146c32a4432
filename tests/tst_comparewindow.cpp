// ctest-label: ui
// The Compare window: one scenario under several models at once, on one time axis, with the
// metrics table. SOCKSCOPE_SCREENSHOT_DIR set: also saves a picture of the window there.
#include "analysis/comparetable.h"
#include "comparewindow.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QDir>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <algorithm>

using namespace sockscope;

class TestCompareWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelsNeedTwoToFour()
    {
        CompareWindow window;
        QVERIFY(window.setScenario(QStringLiteral("three-clients")));
        QVERIFY(window.setModels({QStringLiteral("threaded")}));
        QString error;
        QVERIFY(!window.start(&error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!window.isRunning());
        QCOMPARE(window.runCount(), 0);
        QVERIFY(!window.setScenario(QStringLiteral("no-such-scenario")));
    }

    void threeModelsOnOneAxis()
    {
        CompareWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.setScenario(QStringLiteral("three-clients")));
        const QStringList models{QStringLiteral("sequential"), QStringLiteral("threaded"),
                                 QStringLiteral("select")};
        QVERIFY(window.setModels(models));
        QCOMPARE(window.models(), models);
        QSignalSpy finished(&window, &CompareWindow::finished);
        QString error;
        QVERIFY2(window.start(&error), qPrintable(error));
        QCOMPARE(window.runCount(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        QCOMPARE(finished.count(), 1);

        const std::vector<RunSummary> summaries = window.summaries();
        QCOMPARE(summaries.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(summaries[i].model, models[qsizetype(i)]);
            QCOMPARE(summaries[i].clients, 3);
            QVERIFY(!window.document(int(i))->isLive());
        }
        // Each run had a server of its own, on a port of its own: all served every client.
        QCOMPARE(summaries[1].threadsCreated, 3);
        QVERIFY(summaries[2].selectCalls > 0);
        // Each run is as tall as its lanes (threaded: main, 3 workers, 3 clients); the window
        // scrolls them together instead of each scrolling alone.
        for (int i = 0; i < 3; ++i)
            QTRY_COMPARE(window.timeline(i)->verticalScrollBar()->maximum(), 0);
        QVERIFY(window.timeline(1)->height() > CompareWindow::kMinLaneHeight);
        // Same clients: the ones behind another in line wait longer under sequential than under
        // threaded (by place in line: which client the kernel queues first varies).
        auto sortedWaits = [](const RunSummary &summary) {
            std::vector<double> waits;
            for (const ClientSummary &c : summary.perClient)
                waits.push_back(c.waitedMs.value_or(-1));
            std::sort(waits.begin(), waits.end());
            return waits;
        };
        const std::vector<double> sequential = sortedWaits(summaries[0]);
        const std::vector<double> threaded = sortedWaits(summaries[1]);
        QVERIFY(sequential[1] > threaded[1]);
        QVERIFY(sequential[2] > threaded[2]);

        // The table shows what compareRows() computes, models as columns.
        QTableWidget *table = window.metricsTable();
        const std::vector<CompareRow> rows = compareRows(summaries);
        QCOMPARE(table->columnCount(), 3);
        QCOMPARE(table->rowCount(), int(rows.size()));
        QCOMPARE(table->rowCount(), 8 + 3 * 3);
        for (int r = 0; r < table->rowCount(); ++r) {
            for (int c = 0; c < 3; ++c)
                QCOMPARE(table->item(r, c)->text(),
                         formatCompareValue(rows[std::size_t(r)], std::size_t(c)));
        }
        QVERIFY(table->verticalHeaderItem(8)->text().startsWith(QStringLiteral("client 1")));

        // One time axis: fitted together, and zooming one moves the others.
        auto sameAxis = [&] {
            for (int i = 1; i < 3; ++i) {
                if (!qFuzzyCompare(window.timeline(i)->scale().nsPerPx,
                                   window.timeline(0)->scale().nsPerPx) ||
                    !qFuzzyCompare(1.0 + window.timeline(i)->scale().displayStartNs,
                                   1.0 + window.timeline(0)->scale().displayStartNs))
                    return false;
            }
            return true;
        };
        QVERIFY(sameAxis());
        const double before = window.timeline(0)->scale().nsPerPx;
        window.timeline(1)->zoomIn();
        QVERIFY(window.timeline(0)->scale().nsPerPx < before);
        QVERIFY(sameAxis());
        window.zoomAllToFit();
        QVERIFY(qFuzzyCompare(window.timeline(2)->scale().nsPerPx, before));

        const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("compare.png"))));
    }

    // asyncio-blocking-call's variant asyncio-await gets a box of its own beside the models:
    // the blocking sleep and the awaited one side by side, the column named for the variant.
    void variantBesideItsModel()
    {
        CompareWindow window;
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.setScenario(QStringLiteral("asyncio-blocking-call")));
        const QStringList models{QStringLiteral("asyncio"), QStringLiteral("asyncio-await")};
        QVERIFY(window.setModels(models));
        QCOMPARE(window.models(), models);
        QString error;
        QVERIFY2(window.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        const std::vector<RunSummary> summaries = window.summaries();
        QCOMPARE(summaries.size(), std::size_t(2));
        QCOMPARE(summaries[0].model, QStringLiteral("asyncio"));
        QVERIFY(summaries[0].variant.isEmpty());
        QCOMPARE(summaries[1].model, QStringLiteral("asyncio"));
        QCOMPARE(summaries[1].variant, QStringLiteral("asyncio-await"));
        for (const RunSummary &s : summaries)
            QCOMPARE(s.tasksCreated, 2);
        QCOMPARE(window.document(1)->trace().settings.value(QStringLiteral("blocking_work")),
                 QStringLiteral("false"));
        QCOMPARE(window.metricsTable()->horizontalHeaderItem(1)->text(),
                 QStringLiteral("asyncio, await asyncio.sleep()"));
        const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(window.grab().save(QDir(dir).filePath(QStringLiteral("compare-variant.png"))));
        // Another scenario has no such variant: its box is gone.
        QVERIFY(window.setScenario(QStringLiteral("three-clients")));
        QVERIFY(!window.setModels({QStringLiteral("threaded"), QStringLiteral("asyncio-await")}));
    }
};

QTEST_MAIN(TestCompareWindow)
#include "tst_comparewindow.moc"
