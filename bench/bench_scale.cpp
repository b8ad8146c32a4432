// Scale: 10,000 concurrent clients against epoll and asyncio and 1,000 against threaded, all
// served and recorded: wall time, peak RSS, events per second. Every client connects, waits
// until all are connected (so they are concurrent), sends a line, reads the echo and closes.
// Runs made by Run sample the kernel's side of their sockets as the program does (sock_diag);
// the two-process runs are measured without the sampler and again with it (`_sampled`).
#include "benchmark.h"

#include "clients/clientfleet.h"
#include "lab/kernelsampler.h"
#include "models/server.h"
#include "run/run.h"
#include "trace/trace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <atomic>
#include <thread>

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
        const auto step = [](StepKind kind) {
            ClientStep s;
            s.kind = kind;
            return s;
        };
        c.steps.push_back(step(StepKind::Connect));
        ClientStep hold = step(StepKind::Sleep);
        hold.ms = holdMs;
        c.steps.push_back(hold);
        ClientStep send = step(StepKind::Send);
        send.data = QByteArrayLiteral("hello\n");
        c.steps.push_back(send);
        ClientStep recv = step(StepKind::RecvExactly);
        recv.count = 6;
        c.steps.push_back(recv);
        c.steps.push_back(step(StepKind::Close));
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

// A run whose clients live in a second process: a process may hold fewer descriptors than
// 10,000 clients and their 10,000 server-side sockets need together (here the hard limit is
// 20,000 and cannot be raised without privileges). The server side runs here, recorded and
// drained as in the GUI; the clients run in `sockscope-bench --scale-clients`, recorded there.
// With `sampling`, the kernel sampler watches the server's port as in a run of the program.
Results scaleTwoProcesses(const QString &model, int clients, int holdMs, const QString &prefix,
                          bool sampling = false)
{
    Recorder recorder;
    ServerOptions options;
    options.model = model;
    options.backlog = 4096;
    options.closeOnQuit = false;
    auto server = createServer(options, ServerContext{recorder, {}});
    QString error;
    const double t0 = nowSeconds();
    if (!server || !server->start(&error)) {
        QTextStream(stderr) << "scale " << model << ": " << error << "\n";
        return {};
    }
    std::unique_ptr<KernelSampler> sampler;
    if (sampling) {
        sampler = std::make_unique<KernelSampler>(recorder, server->address().port);
        if (!sampler->start(&error))
            QTextStream(stderr) << "scale " << model << ": no kernel samples: " << error << "\n";
    }
    Trace trace;
    std::atomic<bool> done{false};
    std::thread drainer([&] {
        while (!done.load()) {
            recorder.drainInto(trace);
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
        }
    });
    QProcess clientSide;
    clientSide.start(QCoreApplication::applicationFilePath(),
                     {QStringLiteral("--scale-clients"), QString::number(server->address().port),
                      QString::number(clients), QString::number(holdMs)});
    const bool finished = clientSide.waitForFinished(180000);
    if (!finished)
        clientSide.kill(); // the process we started, by its pid
    server->stop();
    std::int64_t samples = 0;
    if (sampler) {
        sampler->stop(); // its last sample: what the stop left, as in a run
        samples = sampler->samplesTaken();
    }
    done = true;
    drainer.join();
    recorder.drainInto(trace);
    const double wall = nowSeconds() - t0;
    const QJsonObject report = QJsonDocument::fromJson(clientSide.readAllStandardOutput()).object();
    const int served = report.value(QLatin1String("served")).toInt();
    if (!finished || served < clients) {
        QTextStream(stderr) << "scale " << model << ": " << served << " of " << clients
                            << " clients got their reply\n"
                            << clientSide.readAllStandardError();
        return {};
    }
    const double events = double(trace.size()) + report.value(QLatin1String("events")).toDouble();
    Results r;
    r.insert(prefix + QStringLiteral("_wall_s"), wall);
    r.insert(prefix + QStringLiteral("_events_per_s"), events / wall);
    r.insert(prefix + QStringLiteral("_events"), events);
    r.insert(prefix + QStringLiteral("_server_events"), double(trace.size()));
    r.insert(prefix + QStringLiteral("_peak_rss_mb"), peakRssMb());
    r.insert(prefix + QStringLiteral("_clients_peak_rss_mb"),
             report.value(QLatin1String("peak_rss_mb")).toDouble());
    r.insert(prefix + QStringLiteral("_clients"), clients);
    if (sampler) {
        qint64 sampleEvents = 0;
        for (const Event &e : trace.events())
            sampleEvents += isKernelSampleKind(e.kind) ? 1 : 0;
        r.insert(prefix + QStringLiteral("_samples"), double(samples));
        r.insert(prefix + QStringLiteral("_sample_events"), double(sampleEvents));
    }
    return r;
}

Results scaleBench(const Options &options)
{
    const int epollClients = options.scaled(10000, 50);
    const int threadedClients = options.scaled(1000, 20);
    const rlim_t inOneProcess = rlim_t(2 * epollClients + 256);
    const rlim_t limit = raiseDescriptorLimit(inOneProcess);
    Results r;
    // Threaded first: peak RSS is per process and only grows.
    r.insert(scaleRun(QStringLiteral("threaded"), threadedClients, 500,
                      QStringLiteral("scale_threaded_1k")));
    if (options.smoke) // keeps the two-process path (and its sampler) working too
        r.insert(scaleTwoProcesses(QStringLiteral("epoll"), 20, 100,
                                   QStringLiteral("scale_smoke_two_processes"), true));
    if (limit >= inOneProcess) {
        r.insert(scaleRun(QStringLiteral("epoll"), epollClients, 1000,
                          QStringLiteral("scale_epoll_10k")));
        // The same clients against asyncio: one thread, a task (coroutine) per client. Its
        // peak RSS includes the epoll run's (one process).
        r.insert(scaleRun(QStringLiteral("asyncio"), epollClients, 1000,
                          QStringLiteral("scale_asyncio_10k")));
        return r;
    }
    QTextStream(stderr) << "scale: the descriptor limit is " << limit << "; " << epollClients
                        << " clients and their server sockets need about " << inOneProcess
                        << " in one process, so the clients run in a second process.\n";
    if (limit < rlim_t(epollClients + 256)) {
        QTextStream(stderr) << "scale: even that needs " << epollClients + 256
                            << " descriptors per process: raise the limit (ulimit -Hn).\n";
        return {};
    }
    r.insert(scaleTwoProcesses(QStringLiteral("epoll"), epollClients, 1000,
                               QStringLiteral("scale_epoll_10k")));
    r.insert(QStringLiteral("scale_epoll_10k_processes"), 2);
    r.insert(scaleTwoProcesses(QStringLiteral("asyncio"), epollClients, 1000,
                               QStringLiteral("scale_asyncio_10k")));
    // The same with the kernel sampler on, as the program runs them.
    r.insert(scaleTwoProcesses(QStringLiteral("epoll"), epollClients, 1000,
                               QStringLiteral("scale_epoll_10k_sampled"), true));
    r.insert(scaleTwoProcesses(QStringLiteral("asyncio"), epollClients, 1000,
                               QStringLiteral("scale_asyncio_10k_sampled"), true));
    return r;
}

const Register registered("scale", scaleBench);

} // namespace

int scaleClientsMain(const QStringList &args)
{
    if (args.size() != 3)
        return 2;
    raiseDescriptorLimit(rlim_t(args[1].toInt() + 256));
    const RunConfig config = scaleConfig(QStringLiteral("epoll"), args[1].toInt(), args[2].toInt());
    Recorder recorder;
    PeerDirectory peers(recorder);
    ReleaseGate gate;
    StopSignal stop;
    const ClientEnvironment environment{recorder,
                                        Endpoint{0x7f000001, std::uint16_t(args[0].toUInt())},
                                        config.server,
                                        1.0,
                                        false,
                                        peers,
                                        gate,
                                        stop,
                                        ClientClock::now(),
                                        {}};
    ClientFleet fleet(environment, config.clients, config.clientDriverAbove);
    QString error;
    if (!fleet.start(&error)) {
        QTextStream(stderr) << error << "\n";
        return 1;
    }
    Trace trace;
    while (!fleet.allDone()) {
        recorder.drainInto(trace);
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
    }
    stop.raise();
    fleet.stop();
    recorder.drainInto(trace);
    int served = 0;
    for (const Event &e : trace.events()) {
        if (e.kind == EventKind::RecvEnd && e.bytes > 0)
            ++served;
    }
    QTextStream(stdout) << QJsonDocument(
                               QJsonObject{{QStringLiteral("served"), served},
                                           {QStringLiteral("events"), double(trace.size())},
                                           {QStringLiteral("peak_rss_mb"), peakRssMb()}})
                               .toJson(QJsonDocument::Compact);
    return 0;
}
} // namespace sockscope::bench
