// sockscope-cli watch: a program of the user's own (a student's Python or C server), run
// unchanged under SockScope's preload library and recorded on the same timeline as the
// built-in models (README, "Watch your own program").
#include "cli_watch.h"

#include "cli_output.h"
#include "cli_signals.h"

#include "analysis/summary.h"
#include "cli/clioptions.h"
#include "cli/stopsignalguard.h"
#include "clients/peerdirectory.h"
#include "trace/chrometrace.h"
#include "trace/outputfile.h"
#include "trace/recorder.h"
#include "trace/trace.h"
#include "trace/tracefile.h"
#include "watch/programcheck.h"
#include "watch/sourcelines.h"
#include "watch/watchclients.h"
#include "watch/watcher.h"

#include <QFileInfo>
#include <QTextStream>

#include <chrono>
#include <cstdio>
#include <optional>
#include <sys/prctl.h>
#include <unistd.h>

using namespace sockscope;
using namespace sockscope::cli;

namespace {

struct WatchArguments
{
    QString trace;
    QString chrome;
    bool summary = false;
    bool followExec = false;
    std::optional<double> duration;
    QString scenario;
    std::optional<quint16> port;
    QString workingDirectory;
    QStringList program;
};

std::optional<WatchArguments> parse(const QStringList &args, int *status)
{
    WatchArguments w;
    const qsizetype dashes = args.indexOf(QStringLiteral("--"));
    if (dashes < 0 || dashes + 1 >= args.size()) {
        *status =
            usageError(QStringLiteral("watch needs -- PROGRAM [ARGS...] (the program to watch)"));
        return std::nullopt;
    }
    w.program = args.mid(dashes + 1);
    QString error;
    for (qsizetype i = 0; i < dashes; ++i) {
        const QString &a = args[i];
        auto value = [&]() -> std::optional<QString> {
            if (i + 1 >= dashes) {
                *status = usageError(QStringLiteral("%1 needs a value").arg(a));
                return std::nullopt;
            }
            return args[++i];
        };
        if (a == QLatin1String("--summary")) {
            w.summary = true;
        } else if (a == QLatin1String("--follow-exec")) {
            w.followExec = true;
        } else if (a == QLatin1String("--trace") || a == QLatin1String("--chrome-trace") ||
                   a == QLatin1String("--scenario") || a == QLatin1String("--cwd") ||
                   a == QLatin1String("--duration") || a == QLatin1String("--port")) {
            const auto v = value();
            if (!v)
                return std::nullopt;
            if (a == QLatin1String("--trace"))
                w.trace = *v;
            else if (a == QLatin1String("--chrome-trace"))
                w.chrome = *v;
            else if (a == QLatin1String("--scenario"))
                w.scenario = *v;
            else if (a == QLatin1String("--cwd"))
                w.workingDirectory = *v;
            else if (a == QLatin1String("--duration")) {
                w.duration = parseDurationSeconds(*v, &error);
                if (!w.duration) {
                    *status = usageError(error);
                    return std::nullopt;
                }
            } else {
                w.port = parsePort(*v, &error);
                if (!w.port || *w.port == 0) {
                    *status =
                        usageError(error.isEmpty() ? QStringLiteral("--port needs a port from 1 "
                                                                    "to 65535")
                                                   : error);
                    return std::nullopt;
                }
            }
        } else {
            *status = usageError(QStringLiteral("watch: unknown option '%1'").arg(a));
            return std::nullopt;
        }
    }
    if (w.scenario.isEmpty() != !w.port) {
        *status = usageError(QStringLiteral("--scenario and --port go together: the scenario's "
                                            "clients are sent at the port the program listens on"));
        return std::nullopt;
    }
    for (const QString &path : {w.trace, w.chrome}) {
        if (path == QLatin1String("-")) {
            *status = usageError(QStringLiteral("watch cannot write a trace to standard output: it "
                                                "belongs to the watched program"));
            return std::nullopt;
        }
        if (!path.isEmpty()) {
            const QString problem = checkOutputPath(path);
            if (!problem.isEmpty()) {
                *status = failure(problem + QStringLiteral("\nnothing was run"));
                *status = 2;
                return std::nullopt;
            }
        }
    }
    if (!w.workingDirectory.isEmpty() && !QFileInfo(w.workingDirectory).isDir()) {
        *status = usageError(QStringLiteral("--cwd %1: not a directory").arg(w.workingDirectory));
        return std::nullopt;
    }
    return w;
}

} // namespace

int watchCommand(const QStringList &args)
{
    int status = 0;
    const auto w = parse(args, &status);
    if (!w)
        return status;

    const ProgramCheck check = checkProgram(w->program.first());
    if (!check.problem.isEmpty())
        return failure(check.problem);
    WatchOptions options;
    options.program = w->program;
    options.workingDirectory = w->workingDirectory;
    options.followExec = w->followExec;
    options.preloadLibrary = findPreloadLibrary();
    if (options.preloadLibrary.isEmpty())
        return failure(QStringLiteral("cannot find libsockscope_preload.so (next to sockscope-cli "
                                      "or in its library directory; SOCKSCOPE_PRELOAD names it)"));
    options.pythonPath = pythonHookDirectory();

    std::unique_ptr<WatchClients> clients;
    if (!w->scenario.isEmpty()) {
        QString error;
        clients = WatchClients::fromScenario(w->scenario, *w->port, &error);
        if (!clients)
            return failure(error);
    }

    // Children the program leaves behind when it ends are handed to us, not to init: the stop
    // can still end them, and their zombies are collected.
    ::prctl(PR_SET_CHILD_SUBREAPER, 1);

    Recorder recorder;
    Watcher watcher(recorder);
    // Accepted peers get lanes: the scenario's clients, or an external lane each.
    std::unique_ptr<PeerDirectory> ownPeers;
    if (clients) {
        clients->attach(recorder);
    } else {
        ownPeers = std::make_unique<PeerDirectory>(recorder);
    }
    PeerDirectory *peers = clients ? clients->peers() : ownPeers.get();
    QString error;
    bool started = false;
    {
        const StopSignalGuard stopSignalsStayHere; // the watcher's threads leave them to us
        started = watcher.start(options, &error);
    }
    if (!started)
        return failure(error);
    watcher.translator().actorForPeer = [peers](Endpoint peer) {
        return peers->actorForPeer(peer);
    };
    if (clients) {
        watcher.translator().onListening = [&](int port) {
            if (port == *w->port) {
                const StopSignalGuard stopSignalsStayHere; // the clients' threads leave them
                clients->startOnce();
            }
        };
    }
    err() << "sockscope-cli: watching " << w->program.first() << " (pid " << watcher.pid()
          << "); Ctrl+C stops it\n";
    err().flush();

    Trace trace;
    trace.scenario = w->scenario.isEmpty() ? QStringLiteral("watch") : w->scenario;
    trace.model = QStringLiteral("watched");
    trace.settings.insert(QStringLiteral("program"), w->program.join(QLatin1Char(' ')));

    using Clock = std::chrono::steady_clock;
    const std::optional<Clock::time_point> deadline =
        w->duration
            ? std::optional(Clock::now() + std::chrono::milliseconds(qint64(*w->duration * 1000)))
            : std::nullopt;
    int stopSignal = 0;
    bool durationEnded = false;
    bool clientsEnded = false;
    // The stop below has SIGINT and SIGTERM open again.
    for (const StopSignalsToTheLoop readByTheLoop;;) {
        int waitMs = 50;
        if (deadline) {
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(*deadline - Clock::now());
            if (left.count() <= 0) {
                durationEnded = true;
                break;
            }
            waitMs = int(std::min<qint64>(waitMs, left.count()));
        }
        const int signals = blockedStopSignalFd();
        const bool running = watcher.poll(waitMs, signals >= 0 ? signals : stopSignalFd());
        recorder.drainInto(trace);
        if (!running)
            break;
        if ((stopSignal = takeStopSignal()) != 0)
            break;
        if (clients && clients->allDone() && clients->stopsProgram()) {
            clientsEnded = true; // the scenario is over, as a run of it would be
            break;
        }
    }
    if (clients)
        clients->stop();
    watcher.stop();
    recorder.drainInto(trace);
    trace.sources = watcher.translator().sources();
    const QString sourceProblem =
        resolveSourceLines(check.path, watcher.translator().codeSites(), &trace.sources);
    if (!sourceProblem.isEmpty())
        err() << "sockscope-cli: " << sourceProblem << '\n';
    trace.squeeze();

    bool written = true;
    if (!w->trace.isEmpty() && !saveTraceFile(trace, w->trace, &error)) {
        failure(error);
        written = false;
    }
    if (!w->chrome.isEmpty() && !saveChromeTrace(trace, w->chrome, &error)) {
        failure(error);
        written = false;
    }
    if (w->summary) {
        QTextStream out(stdout);
        out << summaryJson(summarizeTrace(trace)) << '\n';
    }
    if (clients) {
        for (const QString &problem : clients->problems())
            err() << "sockscope-cli: " << problem << '\n';
    }
    if (watcher.translator().droppedRecords() > 0)
        err() << "sockscope-cli: " << watcher.translator().droppedRecords()
              << " malformed records from the program were left out\n";
    err().flush();
    if (!written)
        return 1;
    if (stopSignal)
        return exitStatusForSignal(stopSignal);
    if (durationEnded || clientsEnded || !watcher.hasExited())
        return 0;
    const int code = watcher.exitStatus();
    return code >= 0 ? code : exitStatusForSignal(-code);
}
