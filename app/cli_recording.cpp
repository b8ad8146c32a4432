#include "cli_recording.h"

#include "cli/clioptions.h"
#include "cli/stopsignalguard.h"
#include "cli_output.h"
#include "cli_signals.h"
#include "models/modelinfo.h"
#include "run/run.h"
#include "scenario/scenariolibrary.h"
#include "trace/chrometrace.h"
#include "trace/tracefile.h"

namespace sockscope::cli {

// Moves events into `trace` as they come, so the recorder's buffer stays small, until the run
// finishes, a stop signal arrives or `deadline` passes; with `streaming`, the settled events
// go to the trace file at each drain.
Ending drive(Run &run, Trace &trace, std::optional<std::chrono::steady_clock::time_point> deadline,
             Streaming *streaming)
{
    constexpr int kDrainEveryMs = 50;
    const StopSignalsToTheLoop readByTheWait;
    for (;;) {
        run.recorder().drainInto(trace);
        if (streaming && streaming->stream.isOpen()) {
            // A write can be held up (a FIFO nobody reads): meanwhile the handler takes the
            // first signal, and a second one ends the process at once.
            const StopSignalGuard takenByTheHandler(SIG_UNBLOCK);
            if (!streaming->stream.writeSettled(trace, run.recorder().now(), streaming->forget))
                return Ending::WriteFailed;
        }
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
        if (waitForStopSignal(waitMs))
            return Ending::Signal;
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
bool recordRun(Run &run, const RunConfig &config, Trace &trace, QString *error, Ending *ending,
               Streaming *streaming, const QString &tracePath)
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

} // namespace sockscope::cli
