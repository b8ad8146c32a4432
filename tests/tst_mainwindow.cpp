// ctest-label: ui
#include "analysis/lanes.h"
#include "eventlogdock.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "timelineview.h"
#include "tracedocument.h"
#include "traceopener.h"

#include "analysis/synthetictrace.h"
#include "models/modelinfo.h"
#include "trace/kernelsample.h"
#include "trace/tracefile.h"
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#include <QTest>

using namespace sockscope;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Runs the real three-clients scenario under the threaded model through the window, waits
    // for it, checks the lanes and steps through every event.
    void threadedThreeClients()
    {
        MainWindow::Options options;
        options.restoreSettings = false;
        MainWindow window(options);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectScenario(QStringLiteral("three-clients")));
        QVERIFY(window.selectModel(QStringLiteral("threaded")));
        QString error;
        QVERIFY2(window.startRun(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);

        const Trace &trace = window.document()->trace();
        QVERIFY(trace.size() > 20);
        int mainThreads = 0, workers = 0, clients = 0;
        for (const LaneRow &row : window.timeline()->data().rows()) {
            const Actor *a = trace.actor(row.lane.actor);
            QVERIFY(a);
            if (row.lane.group == LaneGroup::Server && a->parent == 0)
                ++mainThreads;
            else if (row.lane.group == LaneGroup::Server)
                ++workers;
            else if (row.lane.group == LaneGroup::Clients)
                ++clients;
        }
        QCOMPARE(mainThreads, 1);
        QCOMPARE(workers, 3);
        QCOMPARE(clients, 3);
        QCOMPARE(window.timeline()->laneLabels().size(), 7);
        QCOMPARE(window.timeline()->data().spawnLinks().size(), std::size_t(3));
        // Every client's connect, send and close woke a server call: 3 x 3 arrows, whichever
        // side happened to be recorded first.
        QCOMPARE(int(window.timeline()->data().wakeUps().size()), 9);

        // Step through every event an actor made (the kernel's samples are passed over): the
        // log's selected row and the cursor agree, and the cursor stays in view.
        window.jumpFirst();
        qsizetype steps = 0;
        const qsizetype last = lastStepIndex(trace);
        for (qsizetype i = 0; i <= last; ++i) {
            if (i > 0 && isKernelSampleKind(trace.at(i).kind))
                continue;
            QCOMPARE(window.document()->cursor(), i);
            QCOMPARE(window.eventLog()->selectedEvent(), i);
            const double x = window.timeline()->scale().xOf(trace.at(i).tNs);
            QVERIFY(x >= window.timeline()->scale().plotLeft);
            QVERIFY(x <= window.timeline()->viewport()->width());
            window.stepNext();
            ++steps;
        }
        QCOMPARE(window.document()->cursor(), last);
        QVERIFY(!isKernelSampleKind(trace.at(last).kind));
        qInfo("%lld events, %lld steps", qlonglong(trace.size()), qlonglong(steps));
        // And back, one step at a time, over the same events.
        for (qsizetype i = 1; i < steps; ++i)
            window.stepPrevious();
        QCOMPARE(window.document()->cursor(), qsizetype(0));
        // And back: selecting a row in the log moves the cursor.
        QTableView *table = window.eventLog()->table();
        table->selectRow(3);
        QCOMPARE(window.document()->cursor(), qsizetype(3));
        window.stepPrevious();
        QCOMPARE(window.eventLog()->selectedEvent(), qsizetype(2));
        // Jumps land on blocks and wake-ups.
        window.jumpNextBlockOrWakeUp();
        const Event &e = trace.at(window.document()->cursor());
        QVERIFY(isBeginKind(e.kind) || isEndKind(e.kind));
    }

    void replayPlaysToTheEnd()
    {
        MainWindow::Options options;
        options.restoreSettings = false;
        MainWindow window(options);
        window.show();
        QVERIFY(window.selectModel(QStringLiteral("select")));
        QVERIFY(window.startRun());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        window.jumpFirst();
        window.setPlaying(true);
        QVERIFY(window.isPlaying());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isPlaying(), 20000);
        QCOMPARE(window.document()->cursor(), window.document()->trace().size() - 1);
    }

    // A trace opened in the background is shown when read; a second request replaces the
    // first (the first one's trace never shows); a bad file is reported, and what is shown
    // stays.
    void opensTracesInTheBackground()
    {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.json"));
        const QString second = dir.filePath(QStringLiteral("second.json"));
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(saveTraceFile(synthetic::large(20000), first, nullptr));
        QVERIFY(saveTraceFile(synthetic::threadedThreeClients(), second, nullptr));
        {
            QFile file(bad);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"format": "sockscope-trace", "version": 1, "events": [{"t": "x"}]})");
        }
        MainWindow::Options options;
        options.restoreSettings = false;
        MainWindow window(options);
        window.show();
        QSignalSpy opened(window.traceOpener(), &TraceOpener::opened);
        QSignalSpy failed(window.traceOpener(), &TraceOpener::failed);
        window.actions()->setOpensTracesInBackground(true);
        QVERIFY(window.actions()->openTrace(first));
        QVERIFY(window.actions()->openTrace(second));
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 30000);
        QCOMPARE(opened.at(0).at(0).toString(), second);
        QCOMPARE(window.document()->trace().size(), synthetic::threadedThreeClients().size());
        QVERIFY(!window.traceOpener()->isBusy());
        // Analysed on the opener's thread, adopted here: the same as analysed here.
        TimelineData fresh;
        fresh.rebuild(window.document()->trace());
        QCOMPARE(window.timeline()->data().rows().size(), fresh.rows().size());
        QCOMPARE(window.timeline()->data().wakeUps().size(), fresh.wakeUps().size());
        QCOMPARE(window.document()->cursor(), lastStepIndex(window.document()->trace()));

        QStringList problems;
        window.actions()->setReporter(
            [&problems](const QString &, const QString &text) { problems << text; });
        QVERIFY(window.actions()->openTrace(bad));
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems[0].contains(bad), qPrintable(problems[0]));
        QCOMPARE(window.document()->trace().size(), synthetic::threadedThreeClients().size());
        // The first request's trace, read to its end meanwhile, was dropped.
        QTest::qWait(200);
        QCOMPARE(opened.count(), 1);
    }

    // The status bar names the model of the trace shown; of a trace that names none, it says
    // so, instead of the chooser's model (which only says what a run would use).
    void statusNamesTheTracesModel_data()
    {
        QTest::addColumn<QString>("traceModel"); // "-": no trace shown
        QTest::addColumn<QString>("expected");
        const QString forking = findModel(QStringLiteral("forking"))->title;
        const QString select = findModel(QStringLiteral("select"))->title;
        QTest::newRow("nothing shown: what a run would use")
            << QStringLiteral("-") << QStringLiteral("Model: %1").arg(select);
        QTest::newRow("a trace of forking")
            << QStringLiteral("forking") << QStringLiteral("Model: %1").arg(forking);
        QTest::newRow("a trace that names none")
            << QString() << QStringLiteral("Model: not named in this trace");
    }
    void statusNamesTheTracesModel()
    {
        QFETCH(QString, traceModel);
        QFETCH(QString, expected);
        MainWindow::Options options;
        options.restoreSettings = false;
        MainWindow window(options);
        window.show();
        QVERIFY(window.selectModel(QStringLiteral("select")));
        if (traceModel != QLatin1String("-")) {
            Trace trace = synthetic::threadedThreeClients();
            trace.model = traceModel;
            window.showTrace(std::move(trace));
        }
        auto *status = window.findChild<QLabel *>(QStringLiteral("statusModel"));
        QVERIFY(status);
        QTRY_COMPARE(status->text(), expected);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
