// GUI input latency during a live c10k-epoll run (a thousand clients): another thread posts
// a key press to the real main window every 20 ms, as a keyboard would, and notes when; the
// window notes when each arrives, during the run and for a second after it ends.
// Budget: p99 <= 100 ms.
#include "benchmark.h"

#include "mainwindow.h"
#include "tracedocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QInputDevice>
#include <QKeyEvent>

#include <sys/resource.h>

#include <atomic>
#include <mutex>
#include <thread>

namespace sockscope::bench {

namespace {

// Shift: a key that moves nothing, so that only the delivery is measured.
constexpr Qt::Key kProbeKey = Qt::Key_Shift;
constexpr int kPostEveryMs = 20;

class KeyProbe : public QObject
{
public:
    explicit KeyProbe(QObject *target) : m_target(target) {}

    void start()
    {
        m_clock.start();
        m_running = true;
        // A QKeyEvent made without a device names the primary keyboard, which Qt creates on
        // first use; made here, in the GUI thread, it belongs to the application and is freed
        // with it (made first in the sender thread, LeakSanitizer saw it lost).
        QInputDevice::primaryKeyboard();
        m_thread = std::thread([this] {
            quint32 sequence = 0;
            while (m_running) {
                {
                    std::lock_guard lock(m_mutex);
                    m_postedNs.push_back(m_clock.nsecsElapsed());
                }
                // The sequence number rides in the native virtual key.
                QCoreApplication::postEvent(
                    m_target,
                    new QKeyEvent(QEvent::KeyPress, kProbeKey, Qt::NoModifier, 0, sequence++, 0));
                std::this_thread::sleep_for(std::chrono::milliseconds(kPostEveryMs));
            }
        });
    }
    void stop()
    {
        m_running = false;
        if (m_thread.joinable())
            m_thread.join();
    }
    ~KeyProbe() override { stop(); }

    std::vector<double> latenciesMs;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_target && event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->key() == kProbeKey) {
                const qint64 now = m_clock.nsecsElapsed();
                std::lock_guard lock(m_mutex);
                const auto sequence = std::size_t(key->nativeVirtualKey());
                if (sequence < m_postedNs.size()) {
                    latenciesMs.push_back(double(now - m_postedNs[sequence]) / 1e6);
                    if (qEnvironmentVariableIsSet("SOCKSCOPE_BENCH_VERBOSE") &&
                        latenciesMs.back() > 100)
                        qInfo("late key: posted at %.0f ms, delivered %.0f ms later",
                              double(m_postedNs[sequence]) / 1e6, latenciesMs.back());
                }
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QObject *m_target;
    QElapsedTimer m_clock;
    std::atomic<bool> m_running{false};
    std::thread m_thread;
    std::mutex m_mutex;
    std::vector<qint64> m_postedNs;
};

void raiseDescriptorLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
}

Results guiLatencyBench(const Options &options)
{
    raiseDescriptorLimit();
    MainWindow::Options windowOptions;
    windowOptions.restoreSettings = false;
    MainWindow window(windowOptions);
    window.show();
    // Smoke: a small scenario, the same path.
    const QString scenario =
        options.smoke ? QStringLiteral("three-clients") : QStringLiteral("c10k-epoll");
    const QString model = options.smoke ? QStringLiteral("threaded") : QStringLiteral("epoll");
    if (!window.selectScenario(scenario) || !window.selectModel(model))
        return {};
    KeyProbe probe(&window);
    window.installEventFilter(&probe);
    QString error;
    if (!window.startRun(&error)) {
        window.removeEventFilter(&probe);
        return {};
    }
    probe.start();
    QElapsedTimer clock;
    clock.start();
    while (window.isRunning() && clock.elapsed() < 120000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    // The end of a run is work too (the last drain, the zoom to the story, the final state):
    // keys pressed then count as well.
    clock.restart();
    while (clock.elapsed() < 1000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    probe.stop();
    QApplication::processEvents(); // deliver what is still queued: it counts too
    window.removeEventFilter(&probe);
    if (probe.latenciesMs.empty())
        return {};
    Results r;
    r.insert(QStringLiteral("gui_input_latency_p99_ms_c10k"), percentile(probe.latenciesMs, 0.99));
    r.insert(QStringLiteral("gui_input_latency_median_ms_c10k"),
             percentile(probe.latenciesMs, 0.5));
    r.insert(QStringLiteral("gui_input_latency_max_ms_c10k"), percentile(probe.latenciesMs, 1.0));
    r.insert(QStringLiteral("gui_input_presses_c10k"), double(probe.latenciesMs.size()));
    r.insert(QStringLiteral("gui_input_run_events_c10k"),
             double(window.document()->trace().size()));
    return r;
}

const Register registered("gui_input", guiLatencyBench);

} // namespace
} // namespace sockscope::bench
