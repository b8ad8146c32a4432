// Stepping through a long trace in the real main window: the cursor is put at a random event
// (not timed), then moved one event back or forward, and the time until every view has been
// updated and painted is noted. Budget: p99 <= 16 ms at 1,000,000 events (issue 17, item 4),
// and about the same at 10,000.
#include "benchmark.h"

#include "analysis/stateattime.h"
#include "analysis/synthetictrace.h"
#include "mainwindow.h"
#include "tracedocument.h"

#include <QApplication>

namespace sockscope::bench {

namespace {

// Until nothing is left to do: the posted updates, then the paint they asked for.
void settle()
{
    QApplication::sendPostedEvents();
    QApplication::processEvents();
}

std::vector<double> stepTimesMs(MainWindow &window, int jumps)
{
    TraceDocument *document = window.document();
    const qsizetype size = document->trace().size();
    std::vector<double> samples;
    std::uint32_t seed = 2026;
    for (int k = 0; k < jumps; ++k) {
        seed = seed * 1103515245u + 12345u;
        const qsizetype at = 1 + qsizetype(seed % std::uint32_t(size - 2));
        document->setCursor(at);
        settle();
        for (const qsizetype step : {-1, +1}) {
            const double t0 = nowSeconds();
            document->setCursor(at + step);
            settle();
            samples.push_back((nowSeconds() - t0) * 1000.0);
        }
    }
    return samples;
}

Results stepBench(const Options &options)
{
    Results r;
    struct Size
    {
        qsizetype events;
        QString key;
    };
    const Size sizes[] = {{options.scaled(10000, 2000), QStringLiteral("10k")},
                          {options.scaled(1000000, 5000), QStringLiteral("1m")}};
    for (const Size &size : sizes) {
        MainWindow::Options windowOptions;
        windowOptions.restoreSettings = false;
        MainWindow window(windowOptions);
        window.resize(1600, 900);
        window.show();
        window.showTrace(synthetic::large(size.events));
        settle();
        const std::vector<double> samples = stepTimesMs(window, options.scaled(100, 5));
        r.insert(QStringLiteral("step_ms_%1_p99").arg(size.key), percentile(samples, 0.99));
        r.insert(QStringLiteral("step_ms_%1_median").arg(size.key), percentile(samples, 0.5));
    }
    // The replay alone, without the views: a step back resumes from a checkpoint.
    const Trace trace = synthetic::large(options.scaled(1000000, 5000));
    StateReplay replay(&trace);
    replay.stateAfter(trace.size() - 1);
    std::vector<double> samples;
    std::uint32_t seed = 7;
    for (int k = 0; k < options.scaled(200, 5); ++k) {
        seed = seed * 1103515245u + 12345u;
        const qsizetype at = 1 + qsizetype(seed % std::uint32_t(trace.size() - 2));
        replay.stateAfter(at);
        const double t0 = nowSeconds();
        replay.stateAfter(at - 1);
        samples.push_back((nowSeconds() - t0) * 1000.0);
    }
    r.insert(QStringLiteral("step_back_replay_ms_1m_p99"), percentile(samples, 0.99));
    r.insert(QStringLiteral("step_checkpoints_1m"), double(replay.checkpointCount()));
    return r;
}

const Register registered("step", stepBench);

} // namespace
} // namespace sockscope::bench
