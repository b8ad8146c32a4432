// ctest-label: ui
#include "analysis/storyspan.h"
#include "mainwindow.h"
#include "timelinetestkit.h"
#include "timelineview.h"
#include "trace/kernelsample.h"
#include "trace/tracefile.h"
#include "tracedocument.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>

using namespace sockscope;

namespace {
const TimelineView::PaintStats &paintOnce(TimelineView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    view.paintTimeline(p, QRect(QPoint(0, 0), view.viewport()->size()));
    return view.lastPaintStats();
}

// The calls the stop ended (the server back in accept() when the run stopped it): the
// indices of their first and last events.
std::vector<std::pair<qsizetype, qsizetype>> callsTheStopEnded(const Trace &trace)
{
    std::vector<std::pair<qsizetype, qsizetype>> calls;
    for (qsizetype i = 0; i < trace.size(); ++i) {
        const Event &end = trace.at(i);
        if (!end.interruptedByStop() || !isEndKind(end.kind))
            continue;
        for (qsizetype j = i - 1; j >= 0; --j) {
            if (trace.at(j).actor == end.actor && trace.at(j).isBlockedBegin()) {
                calls.emplace_back(j, i);
                break;
            }
        }
    }
    return calls;
}

// The default view tells the story: real time; every bar wide enough for its call's name
// carries a label whole, inside or beside it (never cut: a narrower bar's label is shown at
// the cursor and on hover); and the calls the stop ended, at the picture's right edge, carry
// theirs. How wide a bar is depends on the machine (a loaded one takes longer to start the
// server, to wake a thread, to stop the run), so the test asks no more of a bar than room for a
// label.
void checkLabels(TimelineView &view, const Trace &trace, const QString &what)
{
    const TimelineView::PaintStats &stats = paintOnce(view);
    qInfo("%s: timeline %dx%d, labels inside %d, beside %d (%d names alone), hidden %d (widest "
          "%.1f px)",
          qPrintable(what), view.viewport()->width(), view.viewport()->height(), stats.labelsInside,
          stats.labelsBeside, stats.labelsShortened, stats.labelsHidden, stats.widestHiddenBarPx);
    QVERIFY(!view.compressIdleGaps());
    QVERIFY(stats.labelsInside >= 2); // one-slow-client: the server's recv and client 2's
    const double widest = testkit::widestCallNamePx(view, trace);
    QVERIFY2(stats.widestHiddenBarPx < widest,
             qPrintable(QStringLiteral("%1: a %2 px bar without its label (the widest needs %3)")
                            .arg(what)
                            .arg(stats.widestHiddenBarPx)
                            .arg(widest)));
    const auto stopped = callsTheStopEnded(trace);
    QVERIFY(!stopped.empty());
    for (const auto &[begin, end] : stopped) {
        QVERIFY2(view.scale().xOf(trace.at(begin).tNs) < view.viewport()->width() &&
                     view.scale().xOf(trace.at(end).tNs) > view.scale().plotLeft,
                 qPrintable(what + QStringLiteral(": the call the stop ended is out of view")));
        const auto &hidden = stats.hiddenLabelSpans;
        QVERIFY2(std::find(hidden.begin(), hidden.end(), begin) == hidden.end(),
                 qPrintable(what + QStringLiteral(": the call the stop ended has no label")));
    }
}

// The same run with its stop `gapNs` after the story's end (when it came sooner), as on a
// slow (sanitizer, loaded) machine or in a run that went on: the server waits that much longer
// in the calls the stop ends, and the stop's events come that much later.
Trace withStopAt(const Trace &trace, std::int64_t gapNs)
{
    const auto story = findStorySpan(trace);
    qsizetype stop = 0;
    while (stop < trace.size() && !trace.at(stop).interruptedByStop())
        ++stop;
    if (!story || stop == trace.size())
        qFatal("withStopAt: a run with a story and a stop expected");
    const std::int64_t delayNs =
        std::max<std::int64_t>(0, story->endNs + gapNs - trace.at(stop).tNs);
    QJsonObject root = QJsonDocument::fromJson(traceToJson(trace)).object();
    QJsonArray events = root.value(QStringLiteral("events")).toArray();
    for (qsizetype i = stop; i < events.size(); ++i) {
        QJsonObject e = events.at(i).toObject();
        e.insert(QStringLiteral("t_ns"), e.value(QStringLiteral("t_ns")).toInteger() + delayNs);
        events.replace(i, e);
    }
    root.insert(QStringLiteral("events"), events);
    QString error;
    std::optional<Trace> late = traceFromJson(QJsonDocument(root).toJson(), &error);
    if (!late)
        qFatal("withStopAt: %s", qPrintable(error));
    return std::move(*late);
}
} // namespace

// The bundled lessons, run for real in the main window; then the same trace in a timeline of
// the size the presentation layout gives it on a small and a large screen.
class TestTimelineLessons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultViewLabelsEveryBar_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("model");
        QTest::newRow("three-clients threaded")
            << QStringLiteral("three-clients") << QStringLiteral("threaded");
        QTest::newRow("one-slow-client sequential")
            << QStringLiteral("one-slow-client") << QStringLiteral("sequential");
    }

    void defaultViewLabelsEveryBar()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, model);
        MainWindow::Options options;
        options.restoreSettings = false;
        MainWindow window(options);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectScenario(scenario));
        QVERIFY(window.selectModel(model));
        QString error;
        QVERIFY2(window.startRun(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        QCoreApplication::processEvents();
        checkLabels(*window.timeline(), window.document()->trace(),
                    scenario + QStringLiteral(" in the window"));

        // The timeline at 70% of a 1024x768 screen and of a 1920x1080 screen, normal and
        // with presentation mode's larger type; the stop as it came, and as a slow (ASan,
        // loaded) machine brings it: a little after the story (CI's sanitizer run: 110 ms
        // after a 2 s story), near the limit of what the first picture takes in, and beyond
        // it (the waits the stop ends then run off the picture's edge).
        const Trace &recorded = window.document()->trace();
        const auto story = findStorySpan(recorded);
        QVERIFY(story);
        const std::int64_t length = story->endNs - story->beginNs;
        for (const double late : {0.0, 0.06, 0.8 * kNearStopFraction, 1.0}) {
            const Trace trace = withStopAt(recorded, std::int64_t(double(length) * late));
            for (const QSize size : {QSize(1024, 537), QSize(1920, 756)}) {
                for (double scale : {1.0, 1.25}) {
                    TraceDocument document;
                    TimelineView view(&document);
                    view.setScaleFactor(scale);
                    view.resize(size);
                    view.show();
                    QVERIFY(QTest::qWaitForWindowExposed(&view));
                    document.setLive(true, 0);
                    document.setTrace(trace);
                    document.setLive(false, document.trace().endNs());
                    document.setCursor(lastStepIndex(document.trace())); // as the program does
                    checkLabels(view, document.trace(),
                                QStringLiteral("%1 at %2x%3, scale %4, stop %5 of the story late")
                                    .arg(scenario)
                                    .arg(size.width())
                                    .arg(size.height())
                                    .arg(scale)
                                    .arg(late));
                }
            }
        }
    }
};

QTEST_MAIN(TestTimelineLessons)
#include "tst_timelinelessons.moc"
