// sockscope-cli: the command-line front end (see README, "Command line").
#include "cli_watch.h"

#include "analysis/comparetable.h"
#include "analysis/summary.h"
#include "analysis/viewclaims.h"
#include "cli/clioptions.h"
#include "cli/immediatestop.h"
#include "cli/memorybudget.h"
#include "cli/stopsignalguard.h"
#include "cli_handout.h"
#include "lab/syscalls.h"
#include "models/modelinfo.h"
#include "run/run.h"
#include "scenario/chapters.h"
#include "scenario/scenariolibrary.h"
#include "trace/chrometrace.h"
#include "trace/outputfile.h"
#include "trace/tracefile.h"
#include "trace/tracereader.h"
#include "trace/tracestream.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <poll.h>
#include <tuple>
#include <unistd.h>

using namespace sockscope;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// The help text lives in app/help/sockscope-cli.txt (one place: the man page and the bash
// completion are checked against it by tests/tst_clihelp.cpp).
QString usageText()
{
    QFile file(QStringLiteral(":/help/sockscope-cli.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int usageError(const QString &message)
{
    err() << "sockscope-cli: " << message << "\n(try sockscope-cli --help)\n";
    err().flush();
    return 2;
}

int failure(const QString &message)
{
    err() << "sockscope-cli: " << message << '\n';
    err().flush();
    return 1;
}

// Every output path checked before anything runs: a run is not wasted on a file that cannot
// be written. Empty paths are not asked for; at most one may be "-" (standard output).
// Returns 0, or 2 with the problem said.
int checkOutputs(const QStringList &paths, bool stdoutTaken = false)
{
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        if (path == QLatin1String("-")) {
            if (stdoutTaken) {
                err() << "sockscope-cli: only one output can go to standard output ('-')\n";
                err().flush();
                return 2;
            }
            stdoutTaken = true;
        }
        const QString problem = checkOutputPath(path);
        if (!problem.isEmpty()) {
            err() << "sockscope-cli: " << problem << "\nnothing was run\n";
            err().flush();
            return 2;
        }
    }
    return 0;
}

int listModels()
{
    for (const auto &m : allModels())
        out() << m.name << '\t' << m.description << '\n';
    out().flush();
    return 0;
}

// Bundled scenarios in teaching order: name, a tab, title.
int listScenarios()
{
    for (const auto &s : ScenarioLibrary::bundled())
        out() << s.name << '\t' << s.title << '\n';
    out().flush();
    return 0;
}

int convert(const QStringList &args)
{
    QString input;
    QString chrome;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--chrome-trace") && i + 1 < args.size())
            chrome = args[++i];
        else if (!args[i].startsWith(QLatin1String("--")) && input.isEmpty())
            input = args[i];
        else
            return usageError(QStringLiteral("convert: unexpected argument '%1'").arg(args[i]));
    }
    if (input.isEmpty() || chrome.isEmpty())
        return usageError(QStringLiteral("convert needs IN.json and --chrome-trace OUT.json"));
    if (const int status = checkOutputs({chrome}))
        return status;
    QString error;
    // A piece at a time, read and written: memory does not grow with the trace.
    if (!convertToChromeTrace(input, chrome, &error))
        return failure(error);
    return 0;
}

// ---- stopping on a signal ------------------------------------------------------------------

// SIGINT/SIGTERM write their number to a pipe (the only thing a handler may safely do); the
// main loop polls the pipe beside its timer. Installed first thing in main(), so a signal that
// comes while a scenario loads waits in the pipe and stops the run as soon as it starts.
int g_signalPipe[2] = {-1, -1};
int g_stopSignal = 0; // the signal that stopped a command, read in the main thread
// run and serve: the first signal makes the next one end the process at once, even while the
// main thread is held up (a trace streamed into a FIFO nobody reads).
volatile sig_atomic_t g_secondSignalEndsAtOnce = 0;

extern "C" void onStopSignal(int signal)
{
    const int saved = errno;
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
    if (g_secondSignalEndsAtOnce)
        stopAtOnceOnNextSignal(); // sigaction() only: async-signal-safe
    errno = saved;
}

bool installStopSignals()
{
    if (Syscalls::makePipe(g_signalPipe, true) != 0)
        return false;
    struct sigaction action
    {
    };
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 &&
           ::sigaction(SIGTERM, &action, nullptr) == 0;
}

// Before any other work, even the initialisers of Qt and of this program: the executable's
// preinit_array runs before every shared library's. A Ctrl+C that comes while the program
// starts must stop it the same way as one that comes later (the trace written, exit 130),
// not kill it with nothing written. Only the dynamic loader's mapping of the libraries comes
// before this (tens of milliseconds for Qt): sockscope-cli (app/cli_launcher.cpp) blocks
// SIGINT and SIGTERM before it executes this program, so a signal from then waits, pending,
// until the handlers exist and it is unblocked here.
bool g_stopSignalsInstalled = false;
void installStopSignalsFirst(int, char **, char **)
{
    g_stopSignalsInstalled = installStopSignals();
    sigset_t stops;
    sigemptyset(&stops);
    sigaddset(&stops, SIGINT);
    sigaddset(&stops, SIGTERM);
    if (g_stopSignalsInstalled)
        ::sigprocmask(SIG_UNBLOCK, &stops, nullptr);
}
// Writable like the C runtime's own entries of the section.
__attribute__((section(".preinit_array"),
               used)) void (*g_installStopSignalsFirst)(int, char **,
                                                        char **) = installStopSignalsFirst;

// Commands that run nothing to stop (convert, list-*) end on a signal the ordinary way; one
// that came while the program started is delivered now.
void restoreDefaultSignals()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    char byte;
    if (::read(g_signalPipe[0], &byte, 1) == 1)
        ::raise(static_cast<unsigned char>(byte));
}

enum class Ending
{
    Finished,
    Signal,
    Duration,
    WriteFailed // the trace streamed to its file could not be written
};

// Where `run --trace` and `serve --trace` write while they record, and whether the events on
// disk may be forgotten (nothing else reads the trace: no --summary, no --chrome-trace).
struct Streaming
{
    TraceStream stream;
    bool forget = false;
};

// Moves events into `trace` as they come, so the recorder's buffer stays small, until the run
// finishes, a stop signal arrives or `deadline` passes; with `streaming`, the settled events
// go to the trace file at each drain.
Ending drive(Run &run, Trace &trace, std::optional<std::chrono::steady_clock::time_point> deadline,
             Streaming *streaming = nullptr)
{
    constexpr int kDrainEveryMs = 50;
    for (;;) {
        run.recorder().drainInto(trace);
        if (streaming && streaming->stream.isOpen() &&
            !streaming->stream.writeSettled(trace, run.recorder().now(), streaming->forget))
            return Ending::WriteFailed;
        if (run.isFinished())
            return Ending::Finished;
        // Nobody clicks here: a client holding at a wait_release step goes on at once.
        while (!run.clientsWaiting().empty())
            run.releaseNext();
        int waitMs = kDrainEveryMs;
        if (deadline) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                *deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                return Ending::Duration;
            waitMs = int(std::min<qint64>(waitMs, left.count()));
        }
        pollfd signal{g_signalPipe[0], POLLIN, 0};
        if (::poll(&signal, 1, waitMs) > 0 && (signal.revents & POLLIN)) {
            char byte;
            while (::read(g_signalPipe[0], &byte, 1) > 0) {
                if (g_stopSignal == 0)
                    g_stopSignal = static_cast<unsigned char>(byte);
            }
            stopAtOnceOnNextSignal(); // a second one does not wait for the trace
            return Ending::Signal;
        }
    }
}

// Traces are written whatever happened: a run that failed half way is the interesting one.
bool writeTraces(const Trace &trace, const QString &tracePath, const QString &chromePath)
{
    bool ok = true;
    QString error;
    if (!tracePath.isEmpty() && !saveTraceFile(trace, tracePath, &error)) {
        failure(error);
        ok = false;
    }
    if (!chromePath.isEmpty() && !saveChromeTrace(trace, chromePath, &error)) {
        failure(error);
        ok = false;
    }
    return ok;
}

// The run's threads are started with SIGINT and SIGTERM blocked: a stop signal is the main
// thread's (StopSignalGuard).
bool startRun(Run &run, QString *error)
{
    const StopSignalGuard stopSignalsStayHere;
    return run.start(error);
}

QString unknownModelMessage(const QString &model)
{
    return QStringLiteral("unknown model '%1'; the models are: %2")
        .arg(model, modelNames().join(QStringLiteral(", ")));
}

// ---- run -----------------------------------------------------------------------------------

// The scenario's run configuration for `model` (empty: the scenario's default model).
// Without a scenario file the built-in three-clients still works.
std::optional<RunConfig> resolveScenario(const QString &nameOrPath, const QString &model,
                                         QString *error)
{
    QStringList problems;
    const auto scenario = loadScenario(nameOrPath, &problems);
    if (!scenario) {
        if (nameOrPath == QLatin1String("three-clients") && (model.isEmpty() || findModel(model)))
            return threeClientsConfig(model.isEmpty() ? QStringLiteral("threaded") : model);
        *error = problems.join(QLatin1Char('\n'));
        return std::nullopt;
    }
    const QString chosen = model.isEmpty() ? scenario->defaultModel : model;
    if (!scenario->fits(chosen)) { // a model, or one of the scenario's variants
        *error =
            !findModel(chosen)
                ? unknownModelMessage(chosen)
                : QStringLiteral("scenario '%1' is not made for model '%2'; its models are: %3")
                      .arg(scenario->name, chosen, scenario->runNames().join(u", "));
        return std::nullopt;
    }
    RunConfig config = scenario->configFor(chosen);
    config.scenario = scenario->name;
    return config;
}

// --scenario and --model: the run configuration, or nullopt with the exit status in *status.
std::optional<RunConfig> configFromOptions(const CliOptions &options, const QString &command,
                                           int *status)
{
    if (!options.has(QStringLiteral("--scenario"))) {
        *status = usageError(QStringLiteral("%1 needs --scenario NAME|FILE").arg(command));
        return std::nullopt;
    }
    const QString model = options.value(QStringLiteral("--model")); // checked with the scenario
    QString error;
    auto config = resolveScenario(options.value(QStringLiteral("--scenario")), model, &error);
    if (!config)
        *status = failure(error);
    return config;
}

// Nothing but the file reads the trace: the memory budget bounds what waits to be written
// (written sooner when it fills), and no longer cuts the trace, which the file holds whole.
void forgetWhatIsWritten(Streaming &streaming, Trace &trace)
{
    streaming.forget = true;
    streaming.stream.setMemoryBudget(trace.keepLimit());
    trace.setKeepLimit(0);
}

// Opens the streamed trace file (after `trace`'s scenario, model and settings are set); on
// failure says why. True when there is nothing to open.
bool openStreaming(Streaming &streaming, const QString &path, const Trace &trace)
{
    if (path.isEmpty() || streaming.stream.open(path, trace))
        return true;
    failure(streaming.stream.errorString());
    return false;
}

// After the run stopped: the rest of the streamed trace and its end, or (when it failed on
// the way) the error said once more, with what became of the run. True when all is on disk.
bool finishStreaming(Streaming &streaming, Trace &trace, Ending ending)
{
    if (ending == Ending::WriteFailed) {
        failure(streaming.stream.errorString() +
                QStringLiteral("\nthe run was stopped: its trace cannot be written"));
        return false;
    }
    if (!streaming.stream.isOpen())
        return true;
    if (!streaming.stream.finish(trace)) {
        failure(streaming.stream.errorString());
        return false;
    }
    return true;
}

// Runs until the clients are done (or a stop signal) and records everything into `trace`.
bool recordRun(Run &run, const RunConfig &config, Trace &trace, QString *error,
               Ending *ending = nullptr, Streaming *streaming = nullptr,
               const QString &tracePath = QString())
{
    trace.scenario = config.scenario;
    trace.model = config.server.model;
    trace.settings = config.server.traceSettings();
    if (streaming && streaming->forget && !tracePath.isEmpty())
        forgetWhatIsWritten(*streaming, trace);
    if (streaming && !openStreaming(*streaming, tracePath, trace)) {
        *error = streaming->stream.errorString();
        if (ending)
            *ending = Ending::WriteFailed;
        return false;
    }
    const bool started = startRun(run, error);
    if (started) {
        err() << "sockscope-cli: running " << config.scenario << " under " << config.server.model
              << " on " << run.address() << "; Ctrl+C stops it\n";
        err().flush();
        const Ending end = drive(run, trace, std::nullopt, streaming);
        if (ending)
            *ending = end;
    }
    run.stop();
    run.recorder().drainInto(trace);
    return started;
}

int runScenario(const QStringList &args)
{
    CliOptions options = *CliOptions::forCommand(QStringLiteral("run"));
    QString error;
    if (!options.parse(args, &error))
        return usageError(error);
    std::optional<double> speed;
    if (options.has(QStringLiteral("--speed"))) {
        speed = parseSpeed(options.value(QStringLiteral("--speed")), &error);
        if (!speed)
            return usageError(error);
    }
    if (const int status = checkOutputs({options.value(QStringLiteral("--trace")),
                                         options.value(QStringLiteral("--chrome-trace"))},
                                        options.has(QStringLiteral("--summary"))))
        return status;
    int status = 0;
    auto config = configFromOptions(options, QStringLiteral("run"), &status);
    if (!config)
        return status;
    if (speed)
        config->speed = *speed;
    if (config->stepByHand) {
        err() << "sockscope-cli: note: stepping by hand needs the GUI; the clients run freely\n";
        err().flush();
        config->stepByHand = false;
    }
    Trace trace;
    if (!applyMaxMemory(options,
                        options.has(QStringLiteral("--trace")) ||
                            options.has(QStringLiteral("--chrome-trace")) ||
                            options.has(QStringLiteral("--summary")),
                        trace, &error))
        return usageError(error);
    g_secondSignalEndsAtOnce = 1;
    Run run(*config);
    Ending ending = Ending::Finished;
    // --trace is written while the run records; what is on disk is kept in memory only for
    // --summary and --chrome-trace, which read the whole trace at the end.
    Streaming streaming;
    streaming.forget =
        !options.has(QStringLiteral("--summary")) && !options.has(QStringLiteral("--chrome-trace"));
    const QString tracePath = options.value(QStringLiteral("--trace"));
    const bool started = recordRun(run, *config, trace, &error, &ending, &streaming, tracePath);
    if (!started && ending == Ending::WriteFailed)
        return 1; // the file could not be opened: said, nothing was run
    bool written = finishStreaming(streaming, trace, ending);
    written =
        writeTraces(trace, QString(), options.value(QStringLiteral("--chrome-trace"))) && written;
    if (const QString note = droppedNote(trace); !note.isEmpty())
        err() << "sockscope-cli: note: " << note << '\n';
    if (!started)
        return failure(error);
    if (options.has(QStringLiteral("--summary"))) {
        out() << summaryJson(summarizeTrace(trace)) << '\n';
        out().flush();
    }
    // A refused connect can be the lesson: said, but not a failed run.
    for (const QString &problem : run.clientProblems())
        err() << "sockscope-cli: note: " << problem << '\n';
    err().flush();
    if (!run.failure().isEmpty())
        return failure(run.failure());
    if (!written)
        return 1;
    // Stopped before the clients were done: the trace is written, the status says how.
    if (ending == Ending::Signal && g_stopSignal != 0)
        return exitStatusForSignal(g_stopSignal);
    return 0;
}

// ---- narrate -------------------------------------------------------------------------------

int narrateCommand(const QStringList &args)
{
    Trace trace;
    QString error;
    if (args.size() == 1 && !args[0].startsWith(QLatin1String("--"))) {
        restoreDefaultSignals(); // nothing runs: Ctrl+C simply ends the command
        auto loaded = loadTraceFile(args[0], &error);
        if (!loaded)
            return failure(error);
        trace = std::move(*loaded);
    } else {
        CliOptions options = *CliOptions::forCommand(QStringLiteral("narrate"));
        if (!options.parse(args, &error))
            return usageError(error);
        int status = 0;
        auto config = configFromOptions(options, QStringLiteral("narrate"), &status);
        if (!config)
            return status;
        config->stepByHand = false;
        Run run(*config);
        if (!recordRun(run, *config, trace, &error))
            err() << "sockscope-cli: note: " << error << '\n';
    }
    std::vector<Chapter> chapters;
    if (!trace.scenario.isEmpty()) {
        QStringList ignored;
        if (auto scenario = loadScenario(trace.scenario, &ignored))
            chapters = scenario->chapters;
    }
    const std::vector<qsizetype> triggers = chapterTriggers(chapters, trace.model, trace);
    walkClaims(trace, [&](const ViewClaims &claims) {
        ViewClaims c = claims;
        c.chapter = captionAt(chapters, triggers, c.index);
        out() << QJsonDocument(claimsJson(trace, c)).toJson(QJsonDocument::Compact) << '\n';
    });
    out().flush();
    err().flush();
    return 0;
}

// ---- compare -------------------------------------------------------------------------------

int compare(const QStringList &args)
{
    CliOptions options = *CliOptions::forCommand(QStringLiteral("compare"));
    QString error;
    if (!options.parse(args, &error))
        return usageError(error);
    if (!options.has(QStringLiteral("--scenario")) || !options.has(QStringLiteral("--models")))
        return usageError(
            QStringLiteral("compare needs --scenario NAME|FILE and --models M1,M2,..."));
    const QStringList models =
        options.value(QStringLiteral("--models")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (models.isEmpty())
        return usageError(QStringLiteral("compare needs at least one model"));
    std::vector<RunConfig> configs;
    // A trace file in the list (a watched program's: `watch --scenario NAME --port P`) is
    // compared as recorded, beside the models run here.
    std::map<std::size_t, RunSummary> recorded;
    for (const QString &model : models) {
        if (model.endsWith(QLatin1String(".json")) && QFileInfo(model).isFile()) {
            const auto trace = loadTraceFile(model, &error);
            if (!trace)
                return failure(error);
            recorded.emplace(configs.size() + recorded.size(), summarizeTrace(*trace));
            continue;
        }
        auto config = resolveScenario(options.value(QStringLiteral("--scenario")), model, &error);
        if (!config)
            return failure(error);
        config->stepByHand = false; // nobody clicks here
        configs.push_back(*config);
    }

    // One after another: each run gets the machine to itself, and the same scripted clients.
    std::vector<RunSummary> summaries;
    auto takeRecorded = [&] {
        for (auto it = recorded.find(summaries.size()); it != recorded.end();
             it = recorded.find(summaries.size()))
            summaries.push_back(it->second);
    };
    for (const RunConfig &config : configs) {
        takeRecorded();
        Trace trace;
        trace.scenario = config.scenario;
        trace.model = config.server.model;
        trace.settings = config.server.traceSettings();
        Run run(config);
        const bool started = startRun(run, &error);
        const Ending ending = started ? drive(run, trace, std::nullopt) : Ending::Finished;
        run.stop();
        run.recorder().drainInto(trace);
        if (!started)
            return failure(QStringLiteral("%1: %2").arg(config.server.model, error));
        if (ending == Ending::Signal) {
            failure(QStringLiteral("stopped"));
            return exitStatusForSignal(g_stopSignal != 0 ? g_stopSignal : SIGINT);
        }
        if (!run.failure().isEmpty())
            return failure(QStringLiteral("%1: %2").arg(config.server.model, run.failure()));
        summaries.push_back(summarizeTrace(trace));
    }
    takeRecorded();
    if (options.has(QStringLiteral("--json"))) {
        QJsonArray array;
        for (const RunSummary &summary : summaries)
            array.append(summaryToJson(summary));
        out() << QJsonDocument(array).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out() << compareTableText(summaries);
    }
    out().flush();
    return 0;
}

// ---- serve ---------------------------------------------------------------------------------

int serve(const QStringList &args)
{
    CliOptions options = *CliOptions::forCommand(QStringLiteral("serve"));
    QString error;
    if (!options.parse(args, &error))
        return usageError(error);
    if (!options.has(QStringLiteral("--model")))
        return usageError(QStringLiteral("serve needs --model M (one of: %1)")
                              .arg(modelNames().join(QStringLiteral(", "))));
    const QString tracePath = options.value(QStringLiteral("--trace"));
    if (const int status = checkOutputs({tracePath}))
        return status;
    RunConfig config;
    config.scenario = QStringLiteral("serve");
    config.timeoutMs = 0; // serves until stopped
    config.server.model = options.value(QStringLiteral("--model"));
    if (!findModel(config.server.model))
        return failure(unknownModelMessage(config.server.model));
    if (options.has(QStringLiteral("--port"))) {
        const auto port = parsePort(options.value(QStringLiteral("--port")), &error);
        if (!port)
            return usageError(error);
        config.server.port = *port;
    }
    if (options.has(QStringLiteral("--reap"))) {
        const auto policy = reapPolicyFromName(options.value(QStringLiteral("--reap")).toUtf8());
        if (!policy || *policy == ReapPolicy::AtStop)
            return usageError(QStringLiteral("--reap must be none, on-accept or sigchld, not '%1'")
                                  .arg(options.value(QStringLiteral("--reap"))));
        config.server.reap = *policy;
    }
    // Outside clients come in bursts: a larger backlog than a lesson's, and a cap on threads
    // and children.
    config.server.backlog = ServerOptions::kServeBacklog;
    config.server.maxClients = ServerOptions::kServeMaxClients;
    for (const auto &[name, into, lowest] :
         {std::tuple{QStringLiteral("--backlog"), &config.server.backlog, 1},
          std::tuple{QStringLiteral("--max-clients"), &config.server.maxClients, 0}}) {
        if (!options.has(name))
            continue;
        bool ok = false;
        const int n = options.value(name).toInt(&ok);
        if (!ok || n < lowest || n > 65535)
            return usageError(QStringLiteral("%1 needs a whole number from %2 to 65535, not '%3'")
                                  .arg(name)
                                  .arg(lowest)
                                  .arg(options.value(name)));
        *into = n;
    }
    if (options.has(QStringLiteral("--bind"))) {
        config.server.bindAddress = options.value(QStringLiteral("--bind"));
        const QHostAddress address(config.server.bindAddress);
        if (address.isNull())
            return usageError(QStringLiteral("--bind needs an IPv4 address, not '%1'")
                                  .arg(config.server.bindAddress));
        if (!address.isLoopback()) {
            err() << "sockscope-cli: WARNING: binding to " << config.server.bindAddress
                  << ", not loopback: other machines on the network can connect to this "
                     "server and everything they send is recorded.\n";
            err().flush();
        }
    }
    std::optional<std::chrono::steady_clock::time_point> deadline;
    if (options.has(QStringLiteral("--duration"))) {
        const auto seconds =
            parseDurationSeconds(options.value(QStringLiteral("--duration")), &error);
        if (!seconds)
            return usageError(error);
        deadline =
            std::chrono::steady_clock::now() + std::chrono::milliseconds(qint64(*seconds * 1000.0));
    }

    Trace trace;
    if (!applyMaxMemory(options, !tracePath.isEmpty(), trace, &error))
        return usageError(error);
    trace.scenario = config.scenario;
    trace.model = config.server.model;
    trace.settings = config.server.traceSettings();
    g_secondSignalEndsAtOnce = 1;
    // The trace goes to its file as it is recorded, and nothing else reads it: what is on disk
    // is not kept in memory, so a stop writes only the last moments.
    Streaming streaming;
    if (!tracePath.isEmpty())
        forgetWhatIsWritten(streaming, trace);
    if (!openStreaming(streaming, tracePath, trace))
        return 1;
    Run run(config);
    const bool started = startRun(run, &error);
    Ending ending = Ending::Finished;
    if (started) {
        // With --trace - standard output is the trace's: the address goes to stderr.
        QTextStream &said = tracePath == QLatin1String("-") ? err() : out();
        said << "listening on " << run.address() << '\n';
        said.flush();
        ending = drive(run, trace, deadline, &streaming);
    }
    run.stop();
    run.recorder().drainInto(trace);
    const bool written = finishStreaming(streaming, trace, ending);
    if (const QString note = droppedNote(trace); !note.isEmpty())
        err() << "sockscope-cli: note: " << note << '\n';
    if (!started)
        return failure(error);
    if (!run.failure().isEmpty())
        return failure(run.failure());
    return written ? 0 : 1;
}

int dispatch(const QString &command, const QStringList &args)
{
    if (command == QLatin1String("list-models"))
        return listModels();
    if (command == QLatin1String("list-scenarios"))
        return listScenarios();
    if (command == QLatin1String("convert"))
        return convert(args);
    if (command == QLatin1String("run"))
        return runScenario(args);
    if (command == QLatin1String("serve"))
        return serve(args);
    if (command == QLatin1String("narrate"))
        return narrateCommand(args);
    if (command == QLatin1String("compare"))
        return compare(args);
    if (command == QLatin1String("watch"))
        return watchCommand(args, g_signalPipe[0]);
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

// What was printed must have arrived: `narrate > full-disk/out.jsonl` fails loudly.
int checkStdout(int status)
{
    out().flush();
    if (out().status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout))
        return status;
    const QString why = out().device() ? out().device()->errorString() : QString();
    err() << "sockscope-cli: standard output: cannot write: "
          << (why.isEmpty() ? QString::fromLocal8Bit(std::strerror(errno)) : why) << '\n';
    err().flush();
    return status == 0 ? 1 : status;
}

} // namespace

int main(int argc, char **argv)
{
    if (!g_stopSignalsInstalled) {
        std::fputs("sockscope-cli: cannot install the signal handlers\n", stderr);
        return 1;
    }
    // The one subcommand that draws makes its own (offscreen) QApplication.
    if (argc > 1 && std::strcmp(argv[1], "handout") == 0) {
        restoreDefaultSignals(); // it writes its file whole or not at all: Ctrl+C just ends it
        return handoutMain(argc, argv);
    }
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sockscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    static const QStringList stoppable = {QStringLiteral("run"), QStringLiteral("serve"),
                                          QStringLiteral("narrate"), QStringLiteral("compare"),
                                          QStringLiteral("watch")};
    if (!stoppable.contains(command))
        restoreDefaultSignals();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out() << usageText();
        return checkStdout(0);
    }
    if (command == QLatin1String("--version")) {
        out() << "sockscope-cli " << SOCKSCOPE_VERSION << '\n';
        return checkStdout(0);
    }
    return checkStdout(dispatch(command, args));
}
