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
#include <QMap>

namespace sockscope::bench {

namespace {

// SOCKSCOPE_BENCH_VERBOSE: which widgets paint during a step, and how long each takes.
class PaintCounter : public QObject
{
public:
    QMap<QString, int> painted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest && watched->isWidgetType())
            ++painted[QStringLiteral("layout request: ") +
                      QString::fromLatin1(watched->metaObject()->className()) + QLatin1Char(' ') +
                      watched->objectName()];
        if (event->type() == QEvent::Paint && watched->isWidgetType())
            ++painted[QString::fromLatin1(watched->metaObject()->className()) + QLatin1Char(' ') +
                      watched->objectName()];
        return false;
    }
};

// Until nothing is left to do: the posted updates, then the paint they asked for.
void settle()
{
    QApplication::sendPostedEvents();
    QApplication::processEvents();
}

// Whole steps, and of them the part before the event loop runs (the views' answers to the
// cursor's signal) and the part in it (layout and paint).
struct StepTimes
{
    std::vector<double> total, signal, paint;
};

StepTimes stepTimesMs(MainWindow &window, int jumps)
{
    TraceDocument *document = window.document();
    const qsizetype size = document->trace().size();
    StepTimes times;
    std::uint32_t seed = 2026;
    for (int k = 0; k < jumps; ++k) {
        seed = seed * 1103515245u + 12345u;
        const qsizetype at = 1 + qsizetype(seed % std::uint32_t(size - 2));
        document->setCursor(at);
        settle();
        for (const qsizetype step : {-1, +1}) {
            const double t0 = nowSeconds();
            document->setCursor(at + step);
            const double t1 = nowSeconds();
            settle();
            const double t2 = nowSeconds();
            times.total.push_back((t2 - t0) * 1000.0);
            times.signal.push_back((t1 - t0) * 1000.0);
            times.paint.push_back((t2 - t1) * 1000.0);
        }
    }
    return times;
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
        // SOCKSCOPE_BENCH_HIDE=CodeDock,EventLogDock: which view costs what (diagnosis only).
        for (const QString &name :
             qEnvironmentVariable("SOCKSCOPE_BENCH_HIDE").split(u',', Qt::SkipEmptyParts))
            if (auto *w = window.findChild<QWidget *>(name))
                w->hide();
        settle();
        PaintCounter counter;
        const bool verbose = qEnvironmentVariableIsSet("SOCKSCOPE_BENCH_VERBOSE");
        if (verbose)
            qApp->installEventFilter(&counter);
        const StepTimes times = stepTimesMs(window, options.scaled(100, 5));
        if (verbose) {
            qApp->removeEventFilter(&counter);
            for (auto it = counter.painted.cbegin(); it != counter.painted.cend(); ++it)
                qInfo("painted %4d  %s", it.value(), qPrintable(it.key()));
        }
        r.insert(QStringLiteral("step_ms_%1_p99").arg(size.key), percentile(times.total, 0.99));
        r.insert(QStringLiteral("step_ms_%1_median").arg(size.key), percentile(times.total, 0.5));
        r.insert(QStringLiteral("step_signal_ms_%1_median").arg(size.key),
                 percentile(times.signal, 0.5));
        r.insert(QStringLiteral("step_paint_ms_%1_median").arg(size.key),
                 percentile(times.paint, 0.5));
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
