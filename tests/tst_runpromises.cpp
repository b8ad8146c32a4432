// ctest-label: ui
// What the scenarios promise exists in the window: predict questions before the run and the
// answers after it, a console line typed into the real pipe, the reap-policy choice, and a
// server held (zombies and all) after the scripted clients finish.
#include "consoleinput.h"
#include "labtestkit.h"
#include "mainwindow.h"
#include "predictdialog.h"
#include "runcompanion.h"
#include "servertoolbar.h"
#include "tracedocument.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <algorithm>

using namespace sockscope;
using namespace sockscope::testkit;

namespace {

constexpr int kRunBoundMs = 30000; // only keeps a broken test from hanging

MainWindow::Options windowOptions(bool hold, bool ask)
{
    MainWindow::Options options;
    options.restoreSettings = false;
    options.holdServerAfterClients = hold;
    options.askPredictions = ask;
    return options;
}

std::uint32_t actorNamed(const Trace &trace, const QString &name)
{
    for (const auto &a : trace.actors()) {
        if (a.name == name)
            return a.id;
    }
    return 0;
}

QList<int> zombieChildren()
{
    QList<int> zombies;
    for (int pid : childProcesses()) {
        if (processState(pid) == 'Z')
            zombies << pid;
    }
    return zombies;
}

} // namespace

class TestRunPromises : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void predictBeforeTheRun_data()
    {
        QTest::addColumn<bool>("answer");
        QTest::newRow("answered") << true;
        QTest::newRow("skipped") << false;
    }

    // Start asks first: nothing runs, nothing is recorded until the question is answered or
    // skipped; then the run starts, and an answer is revealed with the explanation after it.
    void predictBeforeTheRun()
    {
        QFETCH(bool, answer);
        MainWindow window(windowOptions(false, true));
        window.show();
        QVERIFY(window.selectScenario(QStringLiteral("one-slow-client")));
        QVERIFY(window.selectModel(QStringLiteral("sequential")));
        QSignalSpy finished(&window, &MainWindow::runFinished);
        PredictDialog *dialog = window.companion()->predictDialog();
        window.companion()->requestStart();
        QCOMPARE(dialog->mode(), PredictDialog::Mode::Asking);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->questions().empty());
        QVERIFY(!dialog->startButton()->isEnabled()); // no answer yet
        if (const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog->grab().save(QDir(dir).filePath(QStringLiteral("predict-ask.png")));
        // However long it waits, the run has not started.
        QTest::qWait(300);
        QVERIFY(!window.isRunning());
        QVERIFY(window.document()->trace().isEmpty());
        QCOMPARE(finished.count(), 0);
        // Start again while asking: still the one question, still no run.
        window.companion()->requestStart();
        QVERIFY(!window.isRunning());

        const PredictQuestion question = dialog->questions().front();
        if (answer) {
            // Every question needs an answer before the run can start.
            const int count = int(dialog->questions().size());
            for (int i = 0; i < count; ++i) {
                QVERIFY(!dialog->startButton()->isEnabled());
                const PredictQuestion &q = dialog->questions().at(std::size_t(i));
                if (q.choices.isEmpty())
                    dialog->typeAnswer(i, QStringLiteral("a guess"));
                else
                    dialog->choose(i, q.answer);
            }
            QVERIFY(dialog->startButton()->isEnabled());
            QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
        } else {
            QTest::mouseClick(dialog->skipButton(), Qt::LeftButton);
        }
        QVERIFY(!dialog->isVisible());
        QVERIFY(window.isRunning() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunBoundMs);
        QVERIFY(!window.document()->trace().isEmpty());
        if (answer) {
            QCOMPARE(dialog->mode(), PredictDialog::Mode::Revealing);
            QVERIFY(dialog->isVisible());
            QVERIFY2(dialog->revealText().contains(question.explanation),
                     qPrintable(dialog->revealText()));
            QVERIFY(dialog->revealText().contains(question.choices.at(question.answer)));
            QCOMPARE(dialog->answers().front().choice, question.answer);
            if (const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR");
                !dir.isEmpty())
                dialog->grab().save(QDir(dir).filePath(QStringLiteral("predict-reveal.png")));
        } else {
            QCOMPARE(dialog->mode(), PredictDialog::Mode::Idle);
            QVERIFY(!dialog->isVisible());
        }
    }

    // "Don't ask again this session": the next Start runs at once; the Run menu's toggle
    // says so and brings the questions back.
    void dontAskAgain()
    {
        MainWindow window(windowOptions(false, true));
        window.show();
        QVERIFY(window.selectScenario(QStringLiteral("one-slow-client")));
        QVERIFY(window.selectModel(QStringLiteral("sequential")));
        RunCompanion *companion = window.companion();
        PredictDialog *dialog = companion->predictDialog();
        QVERIFY(companion->askAction()->isChecked());
        companion->requestStart();
        QCOMPARE(dialog->mode(), PredictDialog::Mode::Asking);
        dialog->findChild<QCheckBox *>()->setChecked(true);
        QTest::mouseClick(dialog->skipButton(), Qt::LeftButton);
        QVERIFY(!companion->askAction()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), kRunBoundMs);

        QSignalSpy finished(&window, &MainWindow::runFinished);
        companion->requestStart();
        QCOMPARE(dialog->mode(), PredictDialog::Mode::Idle);
        QVERIFY(window.isRunning() || finished.count() == 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kRunBoundMs);

        companion->askAction()->setChecked(true);
        companion->requestStart();
        QCOMPARE(dialog->mode(), PredictDialog::Mode::Asking);
        QVERIFY(!window.isRunning());
    }

    void consoleLineReachesTheWait_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("select") << QStringLiteral("select");
        QTest::newRow("poll") << QStringLiteral("poll");
        QTest::newRow("epoll") << QStringLiteral("epoll");
    }

    // select-stdin without its scripted line: the clients are served, the server waits on,
    // and a line typed into the window's console input wakes its wait with the console pipe
    // ready (a real wait_end); the server leaves its loop and the run ends by itself.
    void consoleLineReachesTheWait()
    {
        QFETCH(QString, model);
        MainWindow window(windowOptions(true, false));
        window.show();
        QVERIFY(window.selectScenario(QStringLiteral("select-stdin")));
        QVERIFY(window.selectModel(model));
        RunCompanion *companion = window.companion();
        ServerToolBar *bar = companion->serverBar();
        QVERIFY(bar->consoleInput()->isVisibleTo(&window));
        bar->setScriptedConsole(false);
        ConsoleInput *input = bar->consoleInput();
        QVERIFY(!input->lineEdit()->isEnabled()); // no run yet

        QSignalSpy clientsDone(companion, &RunCompanion::clientsDone);
        QString error;
        QVERIFY2(window.startRun(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(clientsDone.count(), 1, kRunBoundMs);
        QVERIFY(window.isRunning());
        QVERIFY(companion->isHoldingServer());
        QTRY_VERIFY(input->lineEdit()->isEnabled());

        QTest::keyClicks(input->lineEdit(), QStringLiteral("bye"));
        QTest::keyClick(input->lineEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), kRunBoundMs);
        QVERIFY(!input->lineEdit()->isEnabled());

        const Trace &trace = window.document()->trace();
        const std::uint32_t main = actorNamed(trace, QStringLiteral("main"));
        const std::uint32_t client3 = actorNamed(trace, QStringLiteral("client 3"));
        QVERIFY(main && client3);
        int listening = -1;
        int console = -1;
        qsizetype lastClientEvent = -1;
        for (qsizetype i = 0; i < trace.size(); ++i) {
            const Event &e = trace.at(i);
            if (e.kind == EventKind::Listen)
                listening = e.fd;
            if (e.kind == EventKind::WaitBegin && e.actor == main && console < 0) {
                for (int fd : trace.waitSets(e).readSet) {
                    if (fd != listening)
                        console = fd;
                }
            }
            if (const Actor *a = trace.actor(e.actor); a && a->kind == ActorKind::Client)
                lastClientEvent = i;
        }
        QVERIFY(listening >= 0);
        QVERIFY(console >= 0);
        // Nothing scripted was typed: client 3 was served, not refused.
        for (const Event &e : trace.events()) {
            if (e.kind == EventKind::ConnectEnd && e.actor == client3)
                QCOMPARE(int(e.err), 0);
        }
        // Exactly one wait woke for the console, after every client was done, and it was
        // the server's last wait.
        qsizetype woke = -1;
        int consoleWakes = 0;
        for (qsizetype i = 0; i < trace.size(); ++i) {
            const Event &e = trace.at(i);
            if (e.kind != EventKind::WaitEnd || e.actor != main)
                continue;
            if (trace.waitSets(e).readyRead.contains(console)) {
                woke = i;
                ++consoleWakes;
            }
        }
        QCOMPARE(consoleWakes, 1);
        QVERIFY(woke > lastClientEvent);
        QCOMPARE(int(trace.at(woke).err), 0);
        for (qsizetype i = woke + 1; i < trace.size(); ++i)
            QVERIFY(trace.at(i).kind != EventKind::WaitBegin || trace.at(i).actor != main);
    }

    void reapPolicyChosenIsRecorded_data()
    {
        QTest::addColumn<int>("policy");
        QTest::newRow("none") << int(ReapPolicy::None);
        QTest::newRow("on-accept") << int(ReapPolicy::OnAccept);
        QTest::newRow("sigchld") << int(ReapPolicy::Sigchld);
    }

    void reapPolicyChosenIsRecorded()
    {
        QFETCH(int, policy);
        MainWindow window(windowOptions(false, false));
        window.show();
        QVERIFY(window.selectScenario(QStringLiteral("reaping")));
        QVERIFY(window.selectModel(QStringLiteral("forking")));
        ServerToolBar *bar = window.companion()->serverBar();
        QVERIFY(bar->reapCombo()->isVisibleTo(&window));
        QCOMPARE(bar->reapPolicy(), ReapPolicy::OnAccept); // the scenario's own
        bar->reapCombo()->setCurrentIndex(bar->reapCombo()->findData(policy));
        QCOMPARE(int(bar->reapPolicy()), policy);
        QString error;
        QVERIFY2(window.startRun(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), kRunBoundMs);
        // Reaps while the server runs carry the chosen policy; the stop collects what is left
        // (at-stop). None never reaps while running.
        int reaps = 0;
        int whileRunning = 0;
        for (const Event &e : window.document()->trace().events()) {
            if (e.kind != EventKind::Reap)
                continue;
            ++reaps;
            if (e.call != std::uint8_t(ReapPolicy::AtStop)) {
                QCOMPARE(int(e.call), policy);
                ++whileRunning;
            }
        }
        QCOMPARE(reaps, 3); // every child is reaped once, at the latest when the server stops
        if (ReapPolicy(policy) == ReapPolicy::None)
            QCOMPARE(whileRunning, 0);
        else
            QVERIFY(whileRunning >= 2);
        // The choice stays for the next run of the same scenario.
        window.companion()->refresh();
        QCOMPARE(int(bar->reapPolicy()), policy);
    }

    // asyncio's "Blocking work" toggle: shown for asyncio only, starting from the scenario's
    // blocking_work, and the run does what it says: time.sleep() never suspends a task, an
    // awaited sleep suspends each on a timer of the loop. The trace records the choice.
    void blockingWorkToggle_data()
    {
        QTest::addColumn<bool>("blocking");
        QTest::newRow("time.sleep()") << true;
        QTest::newRow("await asyncio.sleep()") << false;
    }

    void blockingWorkToggle()
    {
        QFETCH(bool, blocking);
        MainWindow window(windowOptions(false, false));
        window.show();
        QVERIFY(window.selectScenario(QStringLiteral("asyncio-blocking-call")));
        ServerToolBar *bar = window.companion()->serverBar();
        QVERIFY(window.selectModel(QStringLiteral("threaded")));
        QVERIFY(!bar->blockingWorkBox()->isVisibleTo(&window));
        QVERIFY(window.selectModel(QStringLiteral("asyncio")));
        QVERIFY(bar->blockingWorkBox()->isVisibleTo(&window));
        QVERIFY(bar->blockingWork()); // the scenario's own
        bar->blockingWorkBox()->setChecked(blocking);
        QString error;
        QVERIFY2(window.startRun(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), kRunBoundMs);
        const Trace &trace = window.document()->trace();
        QCOMPARE(trace.settings.value(QStringLiteral("blocking_work")),
                 blocking ? QStringLiteral("true") : QStringLiteral("false"));
        int timerWaits = 0, tasks = 0;
        for (const Event &e : trace.events()) {
            tasks += e.kind == EventKind::TaskCreate;
            timerWaits += e.kind == EventKind::TaskSuspend && TaskWait(e.call) == TaskWait::Timer;
        }
        QCOMPARE(tasks, 2);
        QCOMPARE(timerWaits, blocking ? 0 : 2);
        // The choice stays for the next run of the same scenario.
        window.companion()->refresh();
        QCOMPARE(bar->blockingWork(), blocking);
    }

    // zombies, held: after the clients are done the server still runs and its four children
    // are zombies (state Z) for as long as nobody presses Stop; Stop leaves none behind.
    void heldRunKeepsItsZombies()
    {
        const QList<int> before = childProcesses();
        MainWindow window(windowOptions(true, false));
        window.show();
        QVERIFY(window.selectScenario(QStringLiteral("zombies")));
        QVERIFY(window.selectModel(QStringLiteral("forking")));
        QSignalSpy clientsDone(window.companion(), &RunCompanion::clientsDone);
        QString error;
        QVERIFY2(window.startRun(&error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(clientsDone.count(), 1, kRunBoundMs);
        QVERIFY(window.isRunning());
        QVERIFY(window.companion()->isHoldingServer());
        // The run can be stepped through while the server is held: the document stands still.
        QTRY_VERIFY(!window.document()->isLive());
        window.document()->setCursor(0);
        QCOMPARE(window.document()->cursor(), qsizetype(0));
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("press Stop")),
                 qPrintable(window.statusBar()->currentMessage()));
        // Every child has exited (process_exit is recorded) and stays a zombie.
        QTRY_COMPARE_WITH_TIMEOUT(zombieChildren().size(), 4, kRunBoundMs);
        QTest::qWait(500);
        QVERIFY(window.isRunning());
        QCOMPARE(zombieChildren().size(), 4);
        if (const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(QDir(dir).filePath(QStringLiteral("zombies-held.png")));

        window.stopRun();
        QVERIFY(!window.isRunning());
        QVERIFY(waitUntil([&] { return childProcesses() == before; }));
        QVERIFY(zombieChildren().isEmpty());
    }

    // The command line: --cursor N is parsed and applied (negative counts from the end), and
    // a bad N is refused before anything runs.
    void screenshotCursor_data()
    {
        QTest::addColumn<QString>("cursor");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("said");
        QTest::newRow("first") << QStringLiteral("0") << 0 << QStringLiteral("shows event 0 ");
        QTest::newRow("seventh") << QStringLiteral("6") << 0 << QStringLiteral("shows event 6 ");
        QTest::newRow("last") << QStringLiteral("-1") << 0 << QStringLiteral("LAST");
        QTest::newRow("not a number") << QStringLiteral("x") << 2 << QString();
        QTest::newRow("past the end") << QStringLiteral("100000") << 2 << QString();
    }

    void screenshotCursor()
    {
        QFETCH(QString, cursor);
        QFETCH(int, exitCode);
        QFETCH(QString, said);
        const QString shot = QDir(QDir::tempPath())
                                 .filePath(QStringLiteral("sockscope-cursor-%1.png").arg(getpid()));
        QFile::remove(shot);
        QProcess gui;
        gui.start(qEnvironmentVariable("SOCKSCOPE_GUI"),
                  {QStringLiteral("--synthetic"), QStringLiteral("threaded"),
                   QStringLiteral("--screenshot"), shot, QStringLiteral("--cursor"), cursor});
        QVERIFY(gui.waitForFinished(kRunBoundMs));
        const QString out = QString::fromUtf8(gui.readAllStandardOutput());
        const QString err = QString::fromUtf8(gui.readAllStandardError());
        QCOMPARE(gui.exitCode(), exitCode);
        if (exitCode != 0) {
            QVERIFY2(err.contains(QStringLiteral("--cursor")), qPrintable(err));
            QVERIFY(!QFile::exists(shot));
            return;
        }
        QVERIFY(QFile::exists(shot));
        QFile::remove(shot);
        static const QRegularExpression shown(
            QStringLiteral("shows event (\\d+) \\(of events 0 to (\\d+)\\)"));
        const QRegularExpressionMatch m = shown.match(out);
        QVERIFY2(m.hasMatch(), qPrintable(out + err));
        if (said == QLatin1String("LAST"))
            QCOMPARE(m.captured(1), m.captured(2));
        else
            QVERIFY2(out.contains(said), qPrintable(out));
    }
};

QTEST_MAIN(TestRunPromises)
#include "tst_runpromises.moc"
