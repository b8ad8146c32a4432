// Live: how long from an event being recorded to the timeline painting it, in the real main
// window running a real scenario. Budget: <= 100 ms.
#include "benchmark.h"

#include "mainwindow.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>

#include <ctime>

namespace sockscope::bench {

namespace {

std::int64_t monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// On every paint of the timeline, notes which events are new on screen and how long ago
// each was recorded. A paint draws the whole trace up to its live edge.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(TraceDocument *document, std::int64_t originNs)
        : m_document(document), m_originNs(originNs)
    {
    }
    std::vector<double> latenciesMs;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            const qsizetype shown = m_document->trace().size();
            const std::int64_t now = monotonicNs();
            for (qsizetype i = m_seen; i < shown; ++i)
                latenciesMs.push_back(double(now - (m_originNs + m_document->trace().at(i).tNs)) /
                                      1e6);
            m_seen = shown;
        }
        return QObject::eventFilter(watched, event);
    }

private:
    TraceDocument *m_document;
    std::int64_t m_originNs;
    qsizetype m_seen = 0;
};

Results liveBench(const Options &options)
{
    MainWindow::Options windowOptions;
    windowOptions.restoreSettings = false;
    MainWindow window(windowOptions);
    window.resize(1600, 1000);
    window.show();
    if (!window.selectScenario(QStringLiteral("three-clients")) ||
        !window.selectModel(QStringLiteral("threaded")))
        return {};
    // The run's clock starts inside startRun(); taking the origin before the call can only
    // make each latency look longer than it was, never shorter.
    const std::int64_t origin = monotonicNs();
    QString error;
    if (!window.startRun(&error))
        return {};
    PaintWatcher watcher(window.document(), origin);
    window.timeline()->viewport()->installEventFilter(&watcher);
    QElapsedTimer clock;
    clock.start();
    const int limitMs = options.scaled(8000, 4000);
    while (window.isRunning() && clock.elapsed() < limitMs)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    window.timeline()->viewport()->removeEventFilter(&watcher);
    if (watcher.latenciesMs.empty())
        return {};
    Results r;
    // The budget is for every event: report the worst as the headline figure.
    r.insert(QStringLiteral("live_latency_ms"), percentile(watcher.latenciesMs, 1.0));
    r.insert(QStringLiteral("live_latency_median_ms"), percentile(watcher.latenciesMs, 0.5));
    r.insert(QStringLiteral("live_events_measured"), double(watcher.latenciesMs.size()));
    return r;
}

const Register registered("live", liveBench);

} // namespace
} // namespace sockscope::bench
