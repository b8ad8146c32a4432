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

// A trace of `prefix` events shown live, then `batches` batches of `batch` events drained
// into it; the milliseconds each drain took until every view had answered and painted.
std::vector<double> drainTimesMs(qsizetype prefix, int batch, int batches)
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
    std::vector<double> times;
    for (int b = 0; b < batches; ++b) {
        const qsizetype first = prefix + qsizetype(b) * batch;
        for (qsizetype i = first; i < first + batch; ++i)
            recorder.recordStamped(whole.at(i), whole.payloadOf(whole.at(i)));
        const double t0 = nowSeconds();
        document->drain(recorder);
        document->setLiveEdge(document->trace().endNs());
        if (cursorState)
            cursorState->refresh(); // what the live throttle would run next
        settle();
        times.push_back((nowSeconds() - t0) * 1000.0);
    }
    return times;
}

Results liveDrainBench(const Options &options)
{
    const int batch = options.scaled(1000, 100);
    const int batches = options.scaled(30, 3);
    Results r;
    const double small = percentile(drainTimesMs(options.scaled(10000, 1000), batch, batches), 0.5);
    const double large =
        percentile(drainTimesMs(options.scaled(1000000, 5000), batch, batches), 0.5);
    r.insert(QStringLiteral("live_drain_ms_at_10k"), small);
    r.insert(QStringLiteral("live_drain_ms_at_1m"), large);
    r.insert(QStringLiteral("live_drain_ratio_1m_10k"), small > 0 ? large / small : 0);
    r.insert(QStringLiteral("live_drain_batch_events"), batch);
    return r;
}

const Register registered("live_drain", liveDrainBench);

} // namespace
} // namespace sockscope::bench
