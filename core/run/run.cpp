#include "run.h"

#include "clients/clientenvironment.h"
#include "clients/clientfleet.h"
#include "clients/peerdirectory.h"
#include "clients/releasegate.h"
#include "externalconnections.h"
#include "lab/kernelsampler.h"
#include "models/modelinfo.h"
#include "models/server.h"
#include "portstandins.h"

#include <QHostAddress>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <system_error>
#include <thread>

namespace sockscope {

namespace {
using Clock = std::chrono::steady_clock;
// How often the supervisor looks at the server's open connections once the clients are done
// (the Server interface has no notification for it).
constexpr auto kSupervisorTick = std::chrono::milliseconds(10);
constexpr std::uint32_t kLoopback = 0x7f000001u;
// How long a restart (and a teardown) waits for the kernel sampler to record what the kernel
// holds before the server is stopped (bounded: a
// sampler that does not answer only costs the trace that sample).
constexpr int kRestartSampleWaitMs = 500;
constexpr int kLastSampleWaitMs = 500;
} // namespace

class RunPrivate
{
public:
    explicit RunPrivate(RunConfig runConfig) : config(std::move(runConfig)), peers(recorder) {}

    bool start(QString *error);
    void supervise();
    void tearDown();
    void requestStop();
    bool scriptedConnectionsClosed();
    void restartServer();

    RunConfig config;
    Recorder recorder;
    PeerDirectory peers;
    ReleaseGate gate;
    StopSignal clientStop;
    PortStandIns standIns;
    std::unique_ptr<ClientEnvironment> environment;
    std::unique_ptr<ClientFleet> fleet;
    std::unique_ptr<Server> server;
    // time-wait-reuseaddr: the servers started again after the first was stopped (the
    // supervisor's; stopped by tearDown). `server` stays the first, stopped.
    std::vector<std::unique_ptr<Server>> restarts;
    bool restarted = false;
    // The server the run serves with now: `server`, or the restart that listens. Read by
    // isServerServing() from other threads; every server it points to lives as long as the run.
    std::atomic<Server *> current{nullptr};
    ServerOptions serverOptions; // as the first server was started (its port, once bound)
    std::unique_ptr<ServerContext> serverContext;
    std::unique_ptr<KernelSampler> sampler;
    Endpoint address;

    mutable std::mutex mutex;
    std::condition_variable changed;
    bool started = false;
    bool stopRequested = false;
    bool finished = false;
    bool clientsDone = false;
    bool clientsLaunched = false; // fleet->start() returned true: the supervisor may begin
    QString failure;

    std::mutex joinMutex;
    std::thread supervisor;

    std::mutex serverMutex; // typeConsoleLine() from the GUI against the teardown
    bool serverStopped = false;
};

bool RunPrivate::start(QString *error)
{
    QString ignored;
    if (!error)
        error = &ignored;
    {
        std::lock_guard lock(mutex);
        if (started) {
            *error = QStringLiteral("the run was already started");
            return false;
        }
        started = true;
    }
    auto fail = [&](const QString &message) {
        *error = message;
        clientStop.raise();
        gate.close();
        standIns.release();
        std::lock_guard lock(mutex);
        failure = message;
        finished = true;
        changed.notify_all();
        return false;
    };

    ServerOptions options = config.server;
    if (!findModel(options.model)) {
        return fail(QStringLiteral("unknown model '%1' (models: %2)")
                        .arg(options.model, modelNames().join(QStringLiteral(", "))));
    }
    bool isIpv4 = false;
    const std::uint32_t bindIpv4 = QHostAddress(options.bindAddress).toIPv4Address(&isIpv4);
    if (!isIpv4)
        return fail(
            QStringLiteral("'%1' is not an IPv4 address to bind to").arg(options.bindAddress));

    if (options.portInUse) {
        quint16 occupied = 0;
        QString why;
        if (!standIns.occupy({bindIpv4, options.port}, &occupied, &why))
            return fail(
                QStringLiteral("port-in-use: could not occupy the port first: %1").arg(why));
        options.port = occupied;
    }
    Endpoint closedPort;
    const bool wantsClosedPort =
        std::any_of(config.clients.begin(), config.clients.end(),
                    [](const ClientScript &c) { return c.target == ConnectTarget::ClosedPort; });
    if (wantsClosedPort) {
        QString why;
        if (!standIns.holdClosedPort(&closedPort, &why))
            return fail(QStringLiteral("could not hold a closed port: %1").arg(why));
    }

    serverContext.reset(new ServerContext{
        recorder, [this](Endpoint peer) { return peers.actorForPeer(peer); }, clientStop.flag()});
    server = createServer(options, *serverContext);
    if (!server)
        return fail(QStringLiteral("model '%1' cannot be created").arg(options.model));
    QString why;
    if (!server->start(&why)) {
        server.reset();
        return fail(why.isEmpty() ? QStringLiteral("the server did not start") : why);
    }
    address = server->address();
    current.store(server.get());
    serverOptions = options;
    serverOptions.port = address.port;
    // The kernel's side of the sockets: if sock_diag cannot be used, the trace says why and
    // the run goes on.
    if (config.sampleKernel && options.model != QLatin1String("udp")) {
        sampler = std::make_unique<KernelSampler>(recorder, address.port);
        sampler->start();
    }

    // A server bound to every interface is still reached on loopback.
    const Endpoint target{address.ipv4 == 0 ? kLoopback : address.ipv4, address.port};
    environment.reset(new ClientEnvironment{recorder, target, config.server, config.speed,
                                            config.stepByHand, peers, gate, clientStop,
                                            ClientClock::now(), closedPort});
    fleet = std::make_unique<ClientFleet>(*environment, config.clients, config.clientDriverAbove);
    fleet->setOnClientDone([this] { changed.notify_all(); });
    // The supervisor before the clients: under a limit on threads (RLIMIT_NPROC, pids.max)
    // the clients may take every thread there is, and a client that gets none is recorded as
    // failed, but a run without its supervisor could not end. It waits until they started.
    try {
        supervisor = std::thread([this] { supervise(); });
    } catch (const std::system_error &e) {
        // Out of threads before any client started: what was recorded stays.
        tearDown();
        return fail(QStringLiteral("cannot create the thread that supervises the run: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(e.code().value()))));
    }
    const bool clientsStarted = fleet->start(&why);
    {
        std::lock_guard lock(mutex);
        if (clientsStarted) {
            clientsLaunched = true;
        } else {
            stopRequested = true;
            failure = why;
        }
    }
    changed.notify_all();
    if (!clientsStarted) {
        // The supervisor tears down, keeps the failure and marks the run finished.
        std::lock_guard join(joinMutex);
        supervisor.join();
        *error = why;
        return false;
    }
    return true;
}

void RunPrivate::supervise()
{
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return clientsLaunched || stopRequested; });
    }
    const auto begin = Clock::now();
    const auto deadline = config.timeoutMs > 0 ? begin + std::chrono::milliseconds(config.timeoutMs)
                                               : Clock::time_point::max();
    auto console = config.console;
    std::stable_sort(console.begin(), console.end(),
                     [](const ConsoleLine &a, const ConsoleLine &b) { return a.atMs < b.atMs; });
    std::size_t nextLine = 0;
    auto lineDue = [&](std::size_t i) { return begin + environment->scaled(console[i].atMs); };
    const bool hasClients = !config.clients.empty();
    QString why;

    std::unique_lock lock(mutex);
    while (!stopRequested) {
        auto wake = std::min(Clock::now() + kSupervisorTick, deadline);
        if (nextLine < console.size())
            wake = std::min(wake, lineDue(nextLine));
        changed.wait_until(lock, wake);
        if (stopRequested)
            break;
        lock.unlock();
        while (nextLine < console.size() && lineDue(nextLine) <= Clock::now())
            server->typeConsoleLine(console[nextLine++].text);
        const bool done = hasClients && fleet->allDone() && scriptedConnectionsClosed();
        if (done && config.server.restart && !restarted)
            restartServer();
        const bool serving = current.load()->isServing();
        lock.lock();
        if (done && !clientsDone) {
            clientsDone = true;
            changed.notify_all();
        }
        // Held open (a GUI run) the server stays up until stop(), unless it ended by itself.
        if (done && (config.endWhenClientsDone || !serving))
            break;
        if (!clientsDone && Clock::now() >= deadline) {
            why = QStringLiteral("the run did not finish within %1 ms and was stopped")
                      .arg(config.timeoutMs);
            const QStringList stuck = fleet->unfinished(5);
            if (!stuck.isEmpty())
                why += QStringLiteral("; still running: ") + stuck.join(QStringLiteral(", "));
            else if (server->activeConnections() > 0)
                why += QStringLiteral("; the clients are done but the server still has %1 "
                                      "open connections")
                           .arg(server->activeConnections());
            break;
        }
    }
    lock.unlock();
    tearDown();
    lock.lock();
    if (failure.isEmpty())
        failure = why;
    finished = true;
    changed.notify_all();
}

// The server has nothing left to do for the scripted clients: no connection at all, or only
// connections from outside programs (an external lane each), which must not hold up the run.
// Each connection still served is one of activeConnections() (a worker, a child, an entry of
// a loop's set), so when no more are served than strangers hold open, none is a client's.
bool RunPrivate::scriptedConnectionsClosed()
{
    const int active = server->activeConnections();
    if (active <= 0)
        return true;
    const auto strangers = peers.externalPeers();
    if (strangers.empty())
        return false;
    const int open = openServerConnectionsFrom(address.port, strangers);
    return open >= active;
}

// time-wait-reuseaddr: the server is stopped and started again at once on the same port,
// first without SO_REUSEADDR, then with it. Real bind() calls: whether the first fails
// (EADDRINUSE, while a connection of the old server is in TIME_WAIT) is the kernel's answer,
// recorded on the restart's lane; the run does not fail for it.
void RunPrivate::restartServer()
{
    restarted = true;
    {
        std::lock_guard lock(serverMutex);
        if (serverStopped)
            return;
        server->stop();
    }
    // What the stop left (the old connection in TIME_WAIT) is in the trace before the bind().
    if (sampler)
        sampler->waitForFreshSample(kRestartSampleWaitMs);
    for (const bool reuse : {false, true}) {
        ServerOptions again = serverOptions;
        again.restart = false;
        again.portInUse = false;
        again.reuseAddress = reuse;
        again.mainThreadName = reuse ? QStringLiteral("restart 2 (SO_REUSEADDR)")
                                     : QStringLiteral("restart 1 (no SO_REUSEADDR)");
        std::lock_guard lock(serverMutex);
        if (serverStopped)
            return;
        auto next = createServer(again, *serverContext);
        QString why;
        if (next && next->start(&why)) {
            restarts.push_back(std::move(next));
            current.store(restarts.back().get());
            return; // it listens (without SO_REUSEADDR too, once no TIME_WAIT is left)
        }
        if (reuse) {
            std::lock_guard state(mutex);
            if (failure.isEmpty())
                failure = QStringLiteral("the restarted server did not start: %1").arg(why);
        }
    }
}

void RunPrivate::tearDown()
{
    // Clients first: their sockets closing lets the server's handlers finish on their own.
    clientStop.raise();
    gate.close();
    if (fleet)
        fleet->stop();
    // What the clients left (a connection the server forgot in CLOSE_WAIT, a TIME_WAIT) is
    // sampled before the server's stop changes it.
    if (sampler)
        sampler->waitForFreshSample(kLastSampleWaitMs);
    {
        std::lock_guard lock(serverMutex);
        if (server && !serverStopped)
            server->stop();
        for (auto &again : restarts)
            again->stop();
        serverStopped = true;
    }
    standIns.release();
    if (sampler)
        sampler->stop(); // a last sample: what the stop left (TIME_WAIT ...)
}

void RunPrivate::requestStop()
{
    {
        std::lock_guard lock(mutex);
        stopRequested = true;
    }
    changed.notify_all();
    std::lock_guard join(joinMutex);
    if (supervisor.joinable())
        supervisor.join();
}

Run::Run(RunConfig config) : d(std::make_unique<RunPrivate>(std::move(config))) {}

Run::~Run()
{
    stop();
}

const RunConfig &Run::config() const
{
    return d->config;
}

Recorder &Run::recorder()
{
    return d->recorder;
}

bool Run::start(QString *error)
{
    return d->start(error);
}

quint16 Run::port() const
{
    return d->address.port;
}

QString Run::address() const
{
    return d->address.toString();
}

bool Run::isFinished() const
{
    std::lock_guard lock(d->mutex);
    return d->finished;
}

bool Run::clientsDone() const
{
    std::lock_guard lock(d->mutex);
    return d->clientsDone;
}

// No lock: `current` (the server, or its restart) is atomic, every server it names is kept
// until the Run is destroyed, and what is asked is atomic (a teardown may hold serverMutex for
// up to a second; the GUI asks on every tick).
bool Run::isServerServing() const
{
    const Server *now = d->current.load();
    return now && now->isServing();
}

bool Run::watchesConsole() const
{
    return d->server && d->server->watchesConsole();
}

bool Run::waitFinished(int timeoutMs)
{
    std::unique_lock lock(d->mutex);
    return d->changed.wait_for(lock, std::chrono::milliseconds(std::max(timeoutMs, 0)),
                               [&] { return d->finished; });
}

void Run::stop()
{
    d->requestStop();
}

QString Run::failure() const
{
    std::lock_guard lock(d->mutex);
    return d->failure;
}

QStringList Run::clientProblems() const
{
    return d->fleet ? d->fleet->problems() : QStringList();
}

std::vector<std::uint32_t> Run::clientsWaiting() const
{
    return d->gate.waiting();
}

void Run::release(std::uint32_t clientActor)
{
    d->gate.release(clientActor);
}

void Run::releaseNext()
{
    d->gate.releaseNext();
}

QString Run::nextStepOf(std::uint32_t clientActor) const
{
    return d->fleet ? d->fleet->nextStepOf(clientActor) : QString();
}

bool Run::typeConsoleLine(const QByteArray &line)
{
    std::lock_guard lock(d->serverMutex);
    return d->server && !d->serverStopped && d->server->typeConsoleLine(line);
}

} // namespace sockscope
