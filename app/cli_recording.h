#pragma once

#include "run/runconfig.h"
#include "trace/tracestream.h"

#include <QString>

#include <chrono>
#include <optional>

namespace sockscope {
class CliOptions;
class Run;
class Trace;
} // namespace sockscope

namespace sockscope::cli {

// Recording a run from the command line (`run`, `narrate`, `compare`, `serve`): the
// scenario's configuration, the loop that drains the recorder until the run ends, and the
// trace streamed to its file on the way.

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
             Streaming *streaming = nullptr);
// Writes the trace and its Chrome form (empty paths are skipped); false, said, on failure.
bool writeTraces(const Trace &trace, const QString &tracePath, const QString &chromePath);
// Starts the run with its threads blocking SIGINT and SIGTERM.
bool startRun(Run &run, QString *error);
QString unknownModelMessage(const QString &model);
// The scenario's run configuration for `model` (empty: the scenario's default model).
std::optional<RunConfig> resolveScenario(const QString &nameOrPath, const QString &model,
                                         QString *error);
// --scenario and --model: the run configuration, or nullopt with the exit status in *status.
std::optional<RunConfig> configFromOptions(const CliOptions &options, const QString &command,
                                           int *status);
// Nothing but the file reads the trace: what is on disk is forgotten, and the memory budget
// bounds only what waits to be written.
void forgetWhatIsWritten(Streaming &streaming, Trace &trace);
// Opens the streamed trace file; true when there is nothing to open.
bool openStreaming(Streaming &streaming, const QString &path, const Trace &trace);
// After the run stopped: the rest of the streamed trace and its end. True when all is on disk.
bool finishStreaming(Streaming &streaming, Trace &trace, Ending ending);
// Runs until the clients are done (or a stop signal) and records everything into `trace`.
bool recordRun(Run &run, const RunConfig &config, Trace &trace, QString *error,
               Ending *ending = nullptr, Streaming *streaming = nullptr,
               const QString &tracePath = QString());

} // namespace sockscope::cli
