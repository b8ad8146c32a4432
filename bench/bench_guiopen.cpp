// Opening a trace file in the real main window, as `sockscope TRACE.json` or File › Open do:
// from the request to the first paint of the timeline with the trace in it
// (`gui_open_s_1m`, budget <= 1.0 s, issue 17 item 2). The file is read on a worker thread;
// meanwhile a timer ticks every 5 ms on the GUI thread, and the longest gap between two ticks
// is how long the window could not answer input (`gui_open_max_stall_ms_1m`).
#include "benchmark.h"

#include "analysis/synthetictrace.h"
#include "mainwindow.h"
#include "timelineview.h"
#include "trace/tracefile.h"
#include "tracedocument.h"
#include "traceopener.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

namespace sockscope::bench {

namespace {

// Notes the first paint of the timeline after the trace has arrived.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(TraceDocument *document, QEventLoop *loop)
        : m_document(document), m_loop(loop)
    {
    }
    double at = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && at < 0 && !m_document->trace().isEmpty()) {
            at = nowSeconds();
            m_loop->quit();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    TraceDocument *m_document;
    QEventLoop *m_loop;
};

Results guiOpenBench(const Options &options)
{
    const qsizetype events = options.scaled(1000000, 5000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.json"));
    QString error;
    if (!saveTraceFile(synthetic::large(events), path, &error))
        qFatal("%s", qPrintable(error));

    MainWindow::Options windowOptions;
    windowOptions.restoreSettings = false;
    MainWindow window(windowOptions);
    window.resize(1600, 900);
    window.show();
    QApplication::processEvents();
    // Waited for in an event loop, as the program waits in exec(): the GUI thread sleeps
    // between events and leaves the processors to the loader's two threads.
    QEventLoop loop;
    FirstPaint firstPaint(window.document(), &loop);
    window.timeline()->viewport()->installEventFilter(&firstPaint);
    bool failed = false;
    QObject::connect(window.traceOpener(), &TraceOpener::failed, &window,
                     [&failed, &loop](const QString &, const QString &message) {
                         qWarning("%s", qPrintable(message));
                         failed = true;
                         loop.quit();
                     });

    double lastTick = nowSeconds();
    double maxGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const double now = nowSeconds();
        maxGap = std::max(maxGap, now - lastTick);
        lastTick = now;
    });

    const double t0 = nowSeconds();
    lastTick = t0;
    ticker.start();
    window.openTraceFileInBackground(path);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit); // a bound, not a measure
    if (firstPaint.at < 0 && !failed)
        loop.exec();
    ticker.stop();
    window.timeline()->viewport()->removeEventFilter(&firstPaint);
    if (firstPaint.at < 0)
        return {};
    Results r;
    r.insert(QStringLiteral("gui_open_s_1m"), firstPaint.at - t0);
    r.insert(QStringLiteral("gui_open_max_stall_ms_1m"), maxGap * 1000.0);
    r.insert(QStringLiteral("gui_open_events"), double(window.document()->trace().size()));
    return r;
}

const Register registered("gui_open", guiOpenBench);

} // namespace
} // namespace sockscope::bench
