// Scale: 10,000 concurrent clients against epoll and 1,000 against threaded, all served and
// recorded: wall time, peak RSS, events per second. Every client connects, waits until all
// are connected (so they are concurrent), sends a line, reads the echo and closes.
#include "benchmark.h"

#include "run/run.h"
#include "trace/trace.h"

#include <QTextStream>

#include <sys/resource.h>

namespace sockscope::bench {

namespace {

// A client and its server-side connection take two descriptors in this one process.
rlim_t raiseDescriptorLimit(rlim_t wanted)
{
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_max < wanted) {
        // Only a privileged process may raise the hard limit; try, and say so if it fails.
        rlimit raised{wanted, wanted};
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            return wanted;
    }
    limit.rlim_cur = limit.rlim_max;
    setrlimit(RLIMIT_NOFILE, &limit);
    return limit.rlim_cur;
}

RunConfig scaleConfig(const QString &model, int clients, int holdMs)
{
    RunConfig config;
    config.scenario = QStringLiteral("bench-scale");
    config.server.model = model;
    config.server.backlog = 4096;
    config.server.closeOnQuit = false;
    config.timeoutMs = 180000;
    for (int i = 0; i < clients; ++i) {
        ClientScript c;
        c.name = QStringLiteral("client %1").arg(i + 1);
        c.steps.push_back({StepKind::Connect});
        c.steps.push_back({StepKind::Sleep, holdMs});
        ClientStep send{StepKind::Send};
        send.data = QByteArrayLiteral("hello\n");
        c.steps.push_back(send);
        ClientStep recv{StepKind::RecvExactly};
        recv.count = 6;
        c.steps.push_back(recv);
        c.steps.push_back({StepKind::Close});
        config.clients.push_back(c);
    }
    return config;
}

// Runs one scale test; figures under `prefix`. Empty when the run failed.
Results scaleRun(const QString &model, int clients, int holdMs, const QString &prefix)
{
    Results r;
    Run run(scaleConfig(model, clients, holdMs));
    Trace trace;
    const double t0 = nowSeconds();
    QString error;
    if (!run.start(&error)) {
        QTextStream(stderr) << "scale " << model << ": " << error << "\n";
        return {};
    }
    // Drained as the GUI would, so the trace grows while the run goes.
    while (!run.waitFinished(30))
        run.recorder().drainInto(trace);
    run.recorder().drainInto(trace);
    const double wall = nowSeconds() - t0;
    int served = 0;
    for (const Event &e : trace.events()) {
        const Actor *a = trace.actor(e.actor);
        if (a && a->kind == ActorKind::Client && e.kind == EventKind::RecvEnd && e.bytes > 0)
            ++served;
    }
    if (served < clients || !run.failure().isEmpty()) {
        QTextStream(stderr) << "scale " << model << ": " << served << " of " << clients
                            << " clients got their reply " << run.failure() << "\n";
        return {};
    }
    r.insert(prefix + QStringLiteral("_wall_s"), wall);
    r.insert(prefix + QStringLiteral("_events_per_s"), double(trace.size()) / wall);
    r.insert(prefix + QStringLiteral("_events"), double(trace.size()));
    r.insert(prefix + QStringLiteral("_peak_rss_mb"), peakRssMb());
    r.insert(prefix + QStringLiteral("_clients"), clients);
    return r;
}

Results scaleBench(const Options &options)
{
    const int epollClients = options.scaled(10000, 50);
    const int threadedClients = options.scaled(1000, 20);
    const rlim_t needed = rlim_t(2 * epollClients + 256);
    const rlim_t limit = raiseDescriptorLimit(needed);
    if (limit < needed) {
        QTextStream(stderr) << "scale: the descriptor limit is " << limit << ", but "
                            << epollClients << " clients need about " << needed
                            << " in one process. Raise it (ulimit -Hn, or run as root).\n";
        return {};
    }
    Results r;
    // Threaded first: peak RSS is per process and only grows.
    r.insert(scaleRun(QStringLiteral("threaded"), threadedClients, 500,
                      QStringLiteral("scale_threaded_1k")));
    r.insert(
        scaleRun(QStringLiteral("epoll"), epollClients, 1000, QStringLiteral("scale_epoll_10k")));
    return r;
}

const Register registered("scale", scaleBench);

} // namespace
} // namespace sockscope::bench
