// ctest-label: ui
// The lesson views in the real main window: stepping a select run moves the code pane's
// markers and the state inspector in step with the trace; presentation mode comes and goes
// without leaving a trace on the layout; a step-by-hand run is driven to its end from the GUI.

#include "analysis/narration.h"
#include "analysis/stateattime.h"
#include "clientstepper.h"
#include "codepane.h"
#include "cursorstate.h"
#include "lessonpanels.h"
#include "mainwindow.h"
#include "narrationdock.h"
#include "presentationmode.h"
#include "stateinspector.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QScreen>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTest>

#include <functional>

using namespace sockscope;

namespace {

// Counts how often a table measures its cells (the delegate's size hints).
class MeasuringDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        ++measured;
        return QStyledItemDelegate::sizeHint(option, index);
    }
    mutable int measured = 0;
};

std::uint32_t actorNamed(const Trace &trace, const QString &name)
{
    for (const auto &a : trace.actors()) {
        if (a.name == name)
            return a.id;
    }
    return 0;
}

qsizetype indexOf(const Trace &trace, const std::function<bool(const Event &)> &match,
                  qsizetype from = 0)
{
    for (qsizetype i = from; i < trace.size(); ++i) {
        if (match(trace.at(i)))
            return i;
    }
    return -1;
}

QStringList column(const QTableWidget *table, int col)
{
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
        cells << (table->item(row, col) ? table->item(row, col)->text() : QString());
    return cells;
}

// With SOCKSCOPE_SHOTS=DIR the steps are saved as pictures, to look at what a class sees.
void saveShot(MainWindow &window, const char *name)
{
    const QString dir = qEnvironmentVariable("SOCKSCOPE_SHOTS");
    if (!dir.isEmpty())
        window.grab().save(QStringLiteral("%1/%2.png").arg(dir, QLatin1String(name)));
}

MainWindow::Options testOptions()
{
    MainWindow::Options options;
    options.restoreSettings = false;
    return options;
}

} // namespace

class TestLessonPanels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stepSelectRun()
    {
        MainWindow window(testOptions());
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LessonPanels *lessons = window.lessons();
        new QAbstractItemModelTester(lessons->stateInspector()->actorsTable()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        new QAbstractItemModelTester(lessons->stateInspector()->socketsTable()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest, this);
        QVERIFY(window.selectScenario(QStringLiteral("three-clients")));
        QVERIFY(window.selectModel(QStringLiteral("select")));
        QString error;
        QVERIFY2(window.startRun(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);

        const Trace &trace = window.document()->trace();
        const std::uint32_t main = actorNamed(trace, QStringLiteral("main"));
        QVERIFY(main);
        CodePane *code = lessons->codePane();
        StateInspector *inspector = lessons->stateInspector();
        code->setFlavour(Flavour::Python);

        // Step 1: the first select(): main waits on its line, and the inspector says so.
        const qsizetype firstWait = indexOf(trace, [&](const Event &e) {
            return e.actor == main && e.kind == EventKind::WaitBegin;
        });
        QVERIFY(firstWait > 0);
        window.jumpFirst();
        while (window.document()->cursor() < firstWait)
            window.stepNext();
        QCOMPARE(code->selectedActor(), main);
        QVERIFY2(code->markedLineText(main).contains(QStringLiteral("select.select(")),
                 qPrintable(code->markedLineText(main)));
        const int mainRow =
            int(column(inspector->actorsTable(), 0).indexOf(QStringLiteral("main")));
        QVERIFY(mainRow >= 0);
        QCOMPARE(inspector->actorsTable()->item(mainRow, 1)->text(), QStringLiteral("blocked"));
        QVERIFY(inspector->actorsTable()
                    ->item(mainRow, 2)
                    ->text()
                    .startsWith(QStringLiteral("select(")));
        QVERIFY2(inspector->readinessText().startsWith(QStringLiteral("main's select() watches")),
                 qPrintable(inspector->readinessText()));
        QVERIFY(
            column(inspector->readinessTable(), 1).contains(QStringLiteral("listening socket")));
        QVERIFY(column(inspector->socketsTable(), 2).contains(QStringLiteral("listening")));
        QCOMPARE(lessons->narration()->text(), narrate(trace, firstWait));

        // Step 2: the first accept() returns: the line moves, the new socket is in the table.
        const qsizetype accept = indexOf(trace, [&](const Event &e) {
            return e.actor == main && e.kind == EventKind::AcceptEnd && e.err == 0;
        });
        window.document()->setCursor(accept);
        QVERIFY(code->markedLineText(main).contains(QStringLiteral("server.accept()")));
        const int newFd = trace.at(accept).newFd;
        QVERIFY(column(inspector->socketsTable(), 1).contains(QString::number(newFd)));
        QVERIFY(lessons->narration()->text().contains(QStringLiteral("fd %1").arg(newFd)));

        // The C flavour marks the same moment in its own listing.
        code->setFlavour(Flavour::C);
        QVERIFY(code->markedLineText(main).contains(QStringLiteral("accept4(")));
        code->setFlavour(Flavour::Python);

        // Step 3: a recv() that select made safe: main is on the recv line; every client
        // connection is in the interest list with its address.
        const qsizetype recv = indexOf(trace, [&](const Event &e) {
            return e.actor == main && e.kind == EventKind::RecvEnd && e.bytes > 0;
        });
        window.document()->setCursor(recv);
        QVERIFY(code->markedLineText(main).contains(QStringLiteral("s.recv(1024)")));
        saveShot(window, "select-recv");
        const QStringList what = column(inspector->readinessTable(), 1);
        QCOMPARE(what.count(QStringLiteral("client connection")), 3);
        for (const QString &address : column(inspector->readinessTable(), 2)) {
            QVERIFY(address == QStringLiteral("—") ||
                    address.startsWith(QStringLiteral("127.0.0.1:")));
        }
        QCOMPARE(inspector->countsText(),
                 QStringLiteral("Threads alive: 1    Child processes: 0 (0 running, 0 zombies)"));

        // Clients are marked in the client script, each in its lane's colour.
        const std::uint32_t client1 = actorNamed(trace, QStringLiteral("client 1"));
        const StateAtTime &state = lessons->cursorState()->state();
        if (state.statusOf(client1)->state != ActorState::Exited)
            QVERIFY(code->markedLine(client1) >= 0);

        // Stepping back walks the code back.
        window.document()->setCursor(firstWait);
        QVERIFY(code->markedLineText(main).contains(QStringLiteral("select.select(")));
    }

    // A forking run in presentation mode: children inherit sockets, exit, linger as zombies.
    void stepForkingRunPresenting()
    {
        MainWindow window(testOptions());
        window.resize(1600, 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectScenario(QStringLiteral("three-clients")));
        QVERIFY(window.selectModel(QStringLiteral("forking")));
        QString error;
        QVERIFY2(window.startRun(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        window.setPresentation(true);
        LessonPanels *lessons = window.lessons();
        const Trace &trace = window.document()->trace();
        CodePane *code = lessons->codePane();
        StateInspector *inspector = lessons->stateInspector();

        // A child blocked in recv() on the connection it inherited.
        const qsizetype childRecv = indexOf(trace, [&](const Event &e) {
            const Actor *a = trace.actor(e.actor);
            return a && a->kind == ActorKind::Process && e.kind == EventKind::RecvBegin;
        });
        QVERIFY(childRecv > 0);
        window.document()->setCursor(childRecv);
        const std::uint32_t child = trace.at(childRecv).actor;
        QCOMPARE(code->selectedActor(), child);
        QVERIFY2(code->markedLineText(child).contains(QStringLiteral("conn.recv(1024)")),
                 qPrintable(code->markedLineText(child)));
        QVERIFY(column(inspector->socketsTable(), 6)
                    .join(QLatin1Char('|'))
                    .contains(QStringLiteral("inherited over fork()")));
        QVERIFY(!lessons->caption()->text().isEmpty());
        saveShot(window, "forking-recv");

        // The child exits: a zombie in the table and in the counts.
        const qsizetype exit = indexOf(trace, [&](const Event &e) {
            return e.kind == EventKind::ProcessExit && e.actor == child;
        });
        QVERIFY(exit > childRecv);
        window.document()->setCursor(exit);
        const QStringList states = column(inspector->actorsTable(), 1);
        QVERIFY(states.contains(QStringLiteral("zombie")));
        // A zombie is a child: the count of children includes it.
        QVERIFY(!inspector->countsText().endsWith(QStringLiteral(" 0 zombies)")));
        QVERIFY(!inspector->countsText().contains(QStringLiteral("Child processes: 0 ")));
        QVERIFY(lessons->caption()->text().contains(QStringLiteral("zombie")));
        saveShot(window, "forking-zombie");
        window.setPresentation(false);
    }

    void presentationRestoresTheLayout()
    {
        MainWindow window(testOptions());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        LessonPanels *lessons = window.lessons();
        const QByteArray before = window.saveState();
        const QFont fontBefore = window.font();
        const QList<QDockWidget *> docks = window.findChildren<QDockWidget *>();
        QHash<QString, bool> visibleBefore;
        for (QDockWidget *dock : docks)
            visibleBefore.insert(dock->objectName(), dock->isVisible());
        QVERIFY(visibleBefore.value(QStringLiteral("ScenarioDock")));
        QVERIFY(visibleBefore.value(QStringLiteral("CodeDock")));

        window.setPresentation(true);
        QVERIFY(window.isPresentation());
        QVERIFY(lessons->presentation()->isActive());
        QVERIFY(window.isFullScreen());
        QVERIFY(lessons->caption()->isVisible());
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("ScenarioDock"))->isVisible());
        QVERIFY(!window.findChild<QDockWidget *>(QStringLiteral("EventLogDock"))->isVisible());
        // Code and state: a strip under the timeline, hidden until the teacher asks (C).
        QVERIFY(!lessons->codeDock()->isVisible());
        QVERIFY(!lessons->stateDock()->isVisible());
        QVERIFY(!lessons->presentation()->panelsAction()->isChecked());
        lessons->presentation()->panelsAction()->trigger();
        QVERIFY(lessons->codeDock()->isVisible());
        QVERIFY(lessons->stateDock()->isVisible());
        QCOMPARE(window.dockWidgetArea(lessons->codeDock()), Qt::BottomDockWidgetArea);
        QCOMPARE(window.dockWidgetArea(lessons->stateDock()), Qt::BottomDockWidgetArea);
        // The legend is a toggle too (L).
        QVERIFY(!lessons->presentation()->legendAction()->isChecked());
        // The user's scale, raised until the smallest text is readable on this screen.
        const int minPx = PresentationMode::minimumTextPx(window.screen()->geometry().size());
        QCOMPARE(window.timeline()->scaleFactor(),
                 std::max(1.5, minPx / PresentationMode::kTimelineSmallestTextPx));
        QCOMPARE(QFontInfo(window.font()).pixelSize(), minPx);
        QCOMPARE(window.timeline()->palette().groupHeader,
                 TimelinePalette::highContrast().groupHeader);

        // Adjustable while presenting.
        window.setPresentationScale(2.0);
        QCOMPARE(window.timeline()->scaleFactor(), 2.0);

        window.setPresentation(false);
        QVERIFY(!window.isFullScreen());
        QVERIFY(!lessons->caption()->isVisible());
        QCOMPARE(window.timeline()->scaleFactor(), 1.0);
        QCOMPARE(window.font(), fontBefore);
        for (QDockWidget *dock : docks)
            QCOMPARE(dock->isVisible(), visibleBefore.value(dock->objectName()));
        QCOMPARE(window.saveState(), before);
        QCOMPARE(window.timeline()->palette().groupHeader,
                 TimelinePalette::forSystem(window.palette()).groupHeader);
    }

    // Outside presentation mode the timeline and the code pane follow the system palette.
    void followsADarkSystemPalette()
    {
        MainWindow window(testOptions());
        window.show();
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        QApplication::setPalette(dark);
        QTRY_COMPARE(window.timeline()->palette().background, TimelinePalette::dark().background);
        // Presentation mode overrides it with high contrast, and gives it back afterwards.
        window.setPresentation(true);
        QCOMPARE(window.timeline()->palette().background,
                 TimelinePalette::highContrast().background);
        window.setPresentation(false);
        QCOMPARE(window.timeline()->palette().background, TimelinePalette::dark().background);
        QApplication::setPalette(light);
        QTRY_COMPARE(window.timeline()->palette().background,
                     TimelinePalette::forSystem(light).background);
    }

    void stepByHandFromTheGui()
    {
        MainWindow window(testOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectScenario(QStringLiteral("you-are-the-scheduler")));
        QVERIFY(window.selectModel(QStringLiteral("sequential")));
        QString error;
        QVERIFY2(window.startRun(&error), qPrintable(error));
        ClientStepper *stepper = window.lessons()->clientStepper();
        QTRY_COMPARE_WITH_TIMEOUT(stepper->waitingClients().size(), qsizetype(2), 10000);
        QTRY_VERIFY(window.lessons()->stepperDock()->isVisible());
        QVERIFY(stepper->nextStepAction()->isEnabled());
        // The live views follow: the inspector shows the server blocked in accept().
        StateInspector *inspector = window.lessons()->stateInspector();
        QTRY_VERIFY(column(inspector->actorsTable(), 0).contains(QStringLiteral("main")));
        QTRY_COMPARE(inspector->actorsTable()->item(0, 1)->text(), QStringLiteral("blocked"));
        QVERIFY(inspector->actorsTable()->item(0, 2)->text().startsWith(QStringLiteral("accept(")));
        saveShot(window, "step-by-hand");
        // Nobody has connected: the server waits in accept().
        QTRY_VERIFY(indexOf(window.document()->trace(),
                            [](const Event &e) { return e.kind == EventKind::AcceptBegin; }) >= 0);
        QCOMPARE(indexOf(window.document()->trace(),
                         [](const Event &e) { return e.kind == EventKind::AcceptEnd; }),
                 qsizetype(-1));

        // Client 2 first, by its own button; then "Next step" until the run is over.
        QVERIFY(stepper->releaseClient(QStringLiteral("client 2")));
        // Its connection is accepted before anyone else is released: "Next step" at once could
        // let client 1's connect overtake it on a busy machine.
        QTRY_VERIFY_WITH_TIMEOUT(indexOf(window.document()->trace(),
                                         [](const Event &e) {
                                             return e.kind == EventKind::AcceptEnd && e.err == 0;
                                         }) >= 0,
                                 10000);
        for (int guard = 0; guard < 100 && window.isRunning(); ++guard) {
            QTRY_VERIFY_WITH_TIMEOUT(!stepper->waitingClients().isEmpty() || !window.isRunning(),
                                     10000);
            if (stepper->nextStepAction()->isEnabled())
                stepper->nextStepAction()->trigger();
        }
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 20000);
        const Trace &trace = window.document()->trace();
        int accepted = 0;
        for (const Event &e : trace.events())
            accepted += e.kind == EventKind::AcceptEnd && e.err == 0 ? 1 : 0;
        QCOMPARE(accepted, 2);
        // Client 2 was released first, so the sequential server accepted it first.
        const qsizetype firstAccept = indexOf(
            trace, [](const Event &e) { return e.kind == EventKind::AcceptEnd && e.err == 0; });
        QCOMPARE(trace.at(firstAccept).childActor, actorNamed(trace, QStringLiteral("client 2")));
        QVERIFY(stepper->waitingClients().isEmpty());
        QVERIFY(!stepper->nextStepAction()->isEnabled());
    }

    void networkBytesStayPlainText()
    {
        MainWindow window(testOptions());
        window.show();
        Trace trace;
        trace.model = QStringLiteral("threaded");
        const auto worker =
            trace.addActor({0, ActorKind::Thread, QStringLiteral("worker 1"), 1, 2, 0, false});
        Event e;
        e.actor = worker;
        e.kind = EventKind::RecvEnd;
        e.fd = 4;
        e.bytes = 26;
        trace.append(e, QByteArrayView("<b>bold</b><img src=x>\n"));
        window.showTrace(std::move(trace));
        window.document()->setCursor(0);
        const QString text = window.lessons()->narration()->text();
        QVERIFY2(text.contains(QStringLiteral("<b>bold</b><img src=x>\\n")), qPrintable(text));
        for (QLabel *label : window.lessons()->narration()->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
        for (QLabel *label : window.lessons()->caption()->findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    // A refresh of the inspector measures its columns once after filling them, not once per
    // cell: each cell set had its table measure the rows on screen again (a live run of a
    // thousand clients answered input up to 136 ms late). Counted, not timed: 300 threads go
    // from blocked in recv() to back from it and again, three cells of each row changing,
    // with the event loop run between the steps as a live window runs it.
    void inspectorMeasuresItsColumnsOncePerRefresh()
    {
        constexpr int kThreads = 300;
        Trace trace;
        for (int i = 0; i < kThreads; ++i)
            trace.addActor(
                {0, ActorKind::Thread, QStringLiteral("worker %1").arg(i + 1), 7000, 7001 + i});
        for (int round = 0; round < 2; ++round) {
            for (int i = 0; i < kThreads; ++i) {
                Event e;
                e.tNs = trace.endNs() + 1000;
                e.actor = std::uint32_t(i + 1);
                e.kind = round == 0 ? EventKind::RecvBegin : EventKind::RecvEnd;
                e.fd = 10 + i;
                e.bytes = round == 0 ? -1 : 5;
                trace.append(e);
            }
        }
        TraceDocument document;
        CursorState state(&document);
        StateInspector inspector(&state);
        inspector.resize(700, 900);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        document.setTrace(std::move(trace));
        QTableWidget *actors = inspector.actorsTable();
        MeasuringDelegate delegate;
        QAbstractItemDelegate *own = actors->itemDelegate();
        actors->setItemDelegate(&delegate);
        const qsizetype allBlocked = kThreads - 1;
        const qsizetype allBack = 2 * kThreads - 1;
        int refreshes = 0;
        for (int step = 0; step < 6; ++step) {
            QCoreApplication::processEvents(); // the layout a live window does between refreshes
            document.setCursor(step % 2 ? allBack : allBlocked);
            ++refreshes;
            QCOMPARE(actors->rowCount(), kThreads);
            QCOMPARE(actors->item(kThreads - 1, 1)->text(),
                     step % 2 ? QStringLiteral("in no recorded call") : QStringLiteral("blocked"));
        }
        actors->setItemDelegate(own);
        // The rows on screen (kMaxVisibleRows and the one cut off) of each column, twice per
        // refresh at most; the cells changed were 300 x 3 per refresh.
        const int bound =
            refreshes * 2 * (StateInspector::kMaxVisibleRows + 2) * actors->columnCount();
        QVERIFY2(delegate.measured <= bound,
                 qPrintable(QStringLiteral("%1 cells measured in %2 refreshes, at most %3 "
                                           "expected")
                                .arg(delegate.measured)
                                .arg(refreshes)
                                .arg(bound)));
    }
};

QTEST_MAIN(TestLessonPanels)
#include "tst_lessonpanels.moc"
