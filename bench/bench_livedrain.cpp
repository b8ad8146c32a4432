// Live drains in the real main window: a trace of 10,000 and of 1,000,000 events is shown
// live, then batches of the same size arrive through a recorder, as a run's would. Timed: the
// drain into the document, every view's answer to it (timeline analysis and layout, event
// log, the state at the live edge) and the paint. Budget (issue 17, item 3): the cost of a
// drain follows the events it adds, not the trace so far:
// live_drain_ms_at_1m / live_drain_ms_at_10k <= 2.
#include "benchmark.h"

#include "analysis/synthetictrace.h"
#include "cursorstate.h"
#include "mainwindow.h"
#include "trace/recorder.h"
#include "tracedocument.h"

#include <QApplication>

namespace sockscope::bench {

namespace {

void settle()
{
    QApplication::sendPostedEvents();
    QApplication::processEvents();
}

// Each drain's milliseconds until every view had answered and painted, and of them the
// parts: the drain with the views' answers to it, the state at the live edge, the paint.
struct DrainTimes
{
    std::vector<double> total, drain, state, paint;
};

// A trace of `prefix` events shown live, then `batches` batches of `batch` events drained
// into it.
DrainTimes drainTimesMs(qsizetype prefix, int batch, int batches)
{
    const Trace whole = synthetic::large(prefix + qsizetype(batch) * batches);
    // The first `prefix` events: the rest arrive through the recorder.
    Trace head;
    head.scenario = whole.scenario;
    head.model = whole.model;
    for (const Actor &a : whole.actors())
        head.addActor(a);
    for (qsizetype i = 0; i < prefix; ++i)
        head.append(whole.at(i), whole.payloadOf(whole.at(i)));

    MainWindow::Options windowOptions;
    windowOptions.restoreSettings = false;
    MainWindow window(windowOptions);
    window.resize(1600, 900);
    window.show();
    window.showTrace(std::move(head));
    TraceDocument *document = window.document();
    document->setLive(true, document->trace().endNs());
    auto *cursorState = window.findChild<CursorState *>();
    settle();

    // Its clock began long enough ago that every replayed event is in its past: a drain
    // hands over what was stamped before it began.
    Recorder recorder(Recorder::monotonicNs() - whole.endNs() - 1000000000);
    for (const Actor &a : whole.actors())
        recorder.addActor(a);
    DrainTimes times;
    for (int b = 0; b < batches; ++b) {
        const qsizetype first = prefix + qsizetype(b) * batch;
        for (qsizetype i = first; i < first + batch; ++i)
            recorder.recordAtClock(whole.at(i), whole.payloadOf(whole.at(i)));
        const double t0 = nowSeconds();
        document->drain(recorder);
        document->setLiveEdge(document->trace().endNs());
        const double t1 = nowSeconds();
        if (cursorState)
            cursorState->refresh(); // what the live throttle would run next
        const double t2 = nowSeconds();
        settle();
        const double t3 = nowSeconds();
        times.total.push_back((t3 - t0) * 1000.0);
        times.drain.push_back((t1 - t0) * 1000.0);
        times.state.push_back((t2 - t1) * 1000.0);
        times.paint.push_back((t3 - t2) * 1000.0);
    }
    return times;
}

Results liveDrainBench(const Options &options)
{
    const int batch = options.scaled(1000, 100);
    const int batches = options.scaled(30, 3);
    Results r;
    double medians[2] = {0, 0};
    const std::pair<qsizetype, const char *> sizes[] = {{options.scaled(10000, 1000), "10k"},
                                                        {options.scaled(1000000, 5000), "1m"}};
    for (int k = 0; k < 2; ++k) {
        const DrainTimes times = drainTimesMs(sizes[k].first, batch, batches);
        const QString at = QString::fromLatin1(sizes[k].second);
        medians[k] = percentile(times.total, 0.5);
        r.insert(QStringLiteral("live_drain_ms_at_") + at, medians[k]);
        r.insert(QStringLiteral("live_drain_views_ms_at_") + at, percentile(times.drain, 0.5));
        r.insert(QStringLiteral("live_drain_state_ms_at_") + at, percentile(times.state, 0.5));
        r.insert(QStringLiteral("live_drain_paint_ms_at_") + at, percentile(times.paint, 0.5));
    }
    r.insert(QStringLiteral("live_drain_ratio_1m_10k"),
             medians[0] > 0 ? medians[1] / medians[0] : 0);
    r.insert(QStringLiteral("live_drain_batch_events"), batch);
    return r;
}

const Register registered("live_drain", liveDrainBench);

} // namespace
} // namespace sockscope::bench
