// ctest-label: ui
// Socket lanes on the timeline ("what the kernel holds"): the switch between who waits, the
// kernel's sockets and both changes the lanes shown; socket lanes paint (states, gauges) and
// cull; a trace without samples says why instead of showing empty lanes; the switch is in the
// View menu, answers K and is remembered. Counts only, no timings.

#include "analysis/preparedanalysis.h"
#include "analysis/synthetictrace.h"
#include "mainwindow.h"
#include "run/run.h"
#include "scenario/scenariolibrary.h"
#include "socketviewswitch.h"
#include "stateinspector.h"
#include "timelinelegend.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QAction>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QTableWidget>
#include <QTest>

using namespace sockscope;

namespace {

std::optional<Trace> record(const QString &name, const QString &model)
{
    QStringList problems;
    auto scenario = loadScenario(name, &problems);
    if (!scenario)
        return std::nullopt;
    RunConfig config = scenario->configFor(model);
    config.speed = 4.0;
    Trace trace;
    trace.scenario = scenario->name;
    trace.model = config.server.model;
    Run run(config);
    QString error;
    if (!run.start(&error))
        return std::nullopt;
    for (int waited = 0; !run.isFinished() && waited < 30000; waited += 20) {
        run.recorder().drainInto(trace);
        while (!run.clientsWaiting().empty())
            run.releaseNext();
        run.waitFinished(20);
    }
    run.stop();
    run.recorder().drainInto(trace);
    return trace;
}

TimelinePaintStats paint(TimelineView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    view.paintTimeline(p, QRect(QPoint(0, 0), view.viewport()->size()));
    return view.lastPaintStats();
}

} // namespace

class TestSocketLanesView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("SockScopeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_socketlanesview"));
        QSettings().clear();
        m_trace = record(QStringLiteral("backlog-full"), QStringLiteral("sequential"));
        QVERIFY(m_trace);
    }

    void switchChangesTheLanes()
    {
        TraceDocument document;
        TimelineView view(&document);
        view.resize(1400, 900);
        view.show();
        document.setTrace(*m_trace);
        const int sockets = int(view.data().socketLanes().size());
        if (sockets == 0)
            QSKIP(qPrintable(view.data().whyNoSockets()));
        const int actors = int(view.data().rows().size());
        QCOMPARE(view.socketView(), SocketView::Waits);
        QCOMPARE(view.socketLaneRows(), 0);
        QCOMPARE(view.laneLabels().size(), actors);
        const auto waits = paint(view);

        view.setSocketView(SocketView::Kernel);
        QCOMPARE(view.socketLaneRows(), sockets);
        QCOMPARE(view.laneLabels().size(), sockets);
        const auto kernel = paint(view);
        QVERIFY(kernel.itemsDrawn > 0);
        QVERIFY(kernel.labelsInside > 0); // state names where they fit

        view.setSocketView(SocketView::Both);
        QCOMPARE(view.socketLaneRows(), sockets);
        QCOMPARE(view.laneLabels().size(), actors + sockets);
        QVERIFY(view.laneLabels().first() != view.data().socketTitles().front().title);
        Q_UNUSED(waits);
    }

    void socketLaneHitsItsSamples()
    {
        TraceDocument document;
        TimelineView view(&document);
        view.resize(1400, 900);
        view.show();
        document.setTrace(*m_trace);
        view.setSocketView(SocketView::Kernel);
        if (view.data().socketLanes().empty())
            QSKIP("no samples");
        const SocketLane &listener = view.data().socketLanes().front();
        QVERIFY(listener.listener);
        // The middle of the listener's first state is that state's tcp_state sample.
        const SocketStateSpan &first = listener.states.front();
        const std::int64_t end = first.open ? document.trace().endNs() : first.endNs;
        view.setTimeWindow(view.scale().displayOf(double(first.beginNs)),
                           double(end - first.beginNs) / 600.0);
        const TimelineMetrics m = TimelineMetrics::forScale(1.0);
        const int y = m.axisHeight + m.headerHeight + m.barTop + 4;
        const int x = int(view.scale().xOf((first.beginNs + end) / 2));
        const qsizetype hit = view.eventAt(QPoint(x, y));
        QCOMPARE(hit, first.event);
        QCOMPARE(document.trace().at(hit).kind, EventKind::TcpState);
        QVERIFY(view.toolTipTextAt(QPoint(x, y)).contains(QLatin1String("LISTEN")));
    }

    // Stepping onto a sample of the last socket lane in the Both view, in a short window,
    // scrolls that lane into view (it is below the actors' lanes).
    void steppingShowsTheEventsSocketLane()
    {
        TraceDocument document;
        TimelineView view(&document);
        view.resize(1400, 420);
        view.show();
        document.setTrace(*m_trace);
        view.setSocketView(SocketView::Both);
        const auto &lanes = view.data().socketLanes();
        if (lanes.empty())
            QSKIP("no samples");
        const int last = int(lanes.size()) - 1;
        QVERIFY(!lanes.back().states.empty());
        const qsizetype sample = lanes.back().states.front().event;
        QCOMPARE(view.socketLaneOfEvent(sample), last);
        const int row = view.timelineLayout().rowOfSocket(last);
        QVERIFY(row >= 0);
        const auto &r = view.timelineLayout().rows()[std::size_t(row)];
        const int visible = view.viewport()->height() - TimelineMetrics::forScale(1.0).axisHeight;
        QVERIFY2(r.top + r.height > view.verticalScrollBar()->value() + visible,
                 "the lane was in view before: the test proves nothing");
        document.setCursor(sample);
        const int top = view.verticalScrollBar()->value();
        QVERIFY2(r.top >= top && r.top + r.height <= top + visible,
                 qPrintable(QStringLiteral("row %1..%2, view %3..%4")
                                .arg(r.top)
                                .arg(r.top + r.height)
                                .arg(top)
                                .arg(top + visible)));
    }

    // No samples (a synthetic trace, as an old file): the kernel view says why.
    void withoutSamplesTheViewSaysWhy()
    {
        TraceDocument document;
        TimelineView view(&document);
        view.resize(1200, 700);
        view.show();
        document.setTrace(synthetic::byName(QStringLiteral("threaded")));
        view.setSocketView(SocketView::Kernel);
        QCOMPARE(view.socketLaneRows(), 0);
        QVERIFY(!view.data().whyNoSockets().isEmpty());
        paint(view); // the note row, not a crash
        QVERIFY(view.laneLabels().isEmpty());
    }

    // Painting culls: zoomed into a sliver, fewer items than the whole run.
    void paintingCulls()
    {
        TraceDocument document;
        TimelineView view(&document);
        view.resize(1400, 900);
        view.show();
        document.setTrace(*m_trace);
        view.setSocketView(SocketView::Kernel);
        if (view.data().socketLanes().empty())
            QSKIP("no samples");
        view.zoomToFit();
        const int whole = paint(view).itemsDrawn;
        view.setTimeWindow(-1e9, 1.0); // a nanosecond per pixel, a second before the run
        const int none = paint(view).itemsDrawn;
        QVERIFY(whole > 0);
        QCOMPARE(none, 0);
    }

    void legendFollowsTheView()
    {
        TimelineLegend legend;
        legend.resize(900, 100);
        const int waits = legend.heightForWidth(900);
        legend.setSocketView(SocketView::Both);
        QVERIFY(legend.heightForWidth(900) > waits);
        const auto entries = TimelinePalette().legend(false, false, true);
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const auto &e) {
            return e.text.contains(QLatin1String("samples"));
        }));
        QVERIFY(std::any_of(entries.begin(), entries.end(),
                            [](const auto &e) { return e.text == QLatin1String("TIME_WAIT"); }));
    }

    void windowSwitchMenuShortcutAndSettings()
    {
        {
            MainWindow window;
            window.show();
            window.showTrace(Trace(*m_trace));
            SocketViewSwitch *sw = window.socketViewSwitch();
            QVERIFY(sw);
            QCOMPARE(window.timeline()->socketView(), SocketView::Waits);
            sw->actionFor(SocketView::Kernel)->trigger();
            QCOMPARE(window.timeline()->socketView(), SocketView::Kernel);
            QVERIFY(sw->actionFor(SocketView::Kernel)->isChecked());
            QCOMPARE(sw->cycleAction()->shortcut(), QKeySequence(Qt::Key_K));
            sw->cycleAction()->trigger();
            QCOMPARE(window.timeline()->socketView(), SocketView::Both);
            sw->writeSettings();
        }
        QCOMPARE(QSettings().value(QStringLiteral("view/socketView")).toString(),
                 QStringLiteral("both"));
        QCOMPARE(socketViewFromName(QStringLiteral("kernel")), SocketView::Kernel);
        QVERIFY(!socketViewFromName(QStringLiteral("sockets")));
    }

    // The state inspector lists the sockets the kernel held at the cursor.
    void inspectorListsSocketsAtTheCursor()
    {
        MainWindow window;
        window.show();
        window.showTrace(Trace(*m_trace));
        auto *inspector = window.findChild<StateInspector *>();
        QVERIFY(inspector);
        const auto lanes = buildSocketLanes(*m_trace);
        if (lanes.empty())
            QSKIP("no samples");
        // The cursor on the sample that first showed the listener: LISTEN in the table.
        window.document()->setCursor(lanes.front().states.front().event);
        QTRY_VERIFY(inspector->kernelTable()->rowCount() >= 1);
        QVERIFY(inspector->kernelText().contains(QLatin1String("sampling period")));
        QVERIFY(inspector->kernelTable()->item(0, 1)->text().startsWith(QLatin1String("LISTEN")));
    }

    // A trace opened from a file brings its socket lanes, found where it was read, to the
    // inspector (it no longer reads a million events again on the window's thread): at every
    // sample, the inspector says what one given the bare trace says.
    void inspectorAdoptsTheLanesFoundWhereTheTraceWasRead()
    {
        MainWindow bare;
        bare.showTrace(Trace(*m_trace));
        MainWindow opened;
        const auto prepared = PreparedAnalysis::prepare(Trace(*m_trace));
        opened.showTrace(prepared);
        QVERIFY(prepared->socketsTaken);
        auto *fromBare = bare.findChild<StateInspector *>();
        auto *fromOpened = opened.findChild<StateInspector *>();
        QVERIFY(fromBare && fromOpened);
        int samples = 0;
        for (qsizetype i = 0; i < m_trace->size(); ++i) {
            if (!isKernelSampleKind(m_trace->at(i).kind))
                continue;
            ++samples;
            bare.document()->setCursor(i);
            opened.document()->setCursor(i);
            QCOMPARE(fromOpened->kernelText(), fromBare->kernelText());
            const QTableWidget *a = fromOpened->kernelTable();
            const QTableWidget *b = fromBare->kernelTable();
            QCOMPARE(a->rowCount(), b->rowCount());
            for (int r = 0; r < a->rowCount(); ++r) {
                for (int c = 0; c < a->columnCount(); ++c)
                    QCOMPARE(a->item(r, c)->text(), b->item(r, c)->text());
            }
        }
        if (samples == 0)
            QSKIP("no samples");
        QVERIFY(fromOpened->kernelTable()->rowCount() > 0);
    }

private:
    std::optional<Trace> m_trace;
};

QTEST_MAIN(TestSocketLanesView)
#include "tst_socketlanesview.moc"
