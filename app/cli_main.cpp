// sockscope-cli: the command-line front end (see README, "Command line").
#include "cli_output.h"
#include "cli_recording.h"
#include "cli_signals.h"
#include "cli_watch.h"

#include "analysis/comparetable.h"
#include "analysis/summary.h"
#include "analysis/viewclaims.h"
#include "cli/clioptions.h"
#include "cli/memorybudget.h"
#include "cli_handout.h"
#include "models/modelinfo.h"
#include "preferences.h"
#include "run/run.h"
#include "scenario/chapters.h"
#include "scenario/scenariolibrary.h"
#include "trace/chrometrace.h"
#include "trace/tracefile.h"
#include "trace/tracestream.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <optional>
#include <tuple>

using namespace sockscope;
using namespace sockscope::cli;

namespace {

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
    endAtOnceOnSecondSignal();
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
    if (ending == Ending::Signal && stopSignal() != 0)
        return exitStatusForSignal(stopSignal());
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
            return exitStatusForSignal(stopSignal() != 0 ? stopSignal() : SIGINT);
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
    endAtOnceOnSecondSignal();
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
        return watchCommand(args);
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

} // namespace

int main(int argc, char **argv)
{
    if (!stopSignalsInstalled()) {
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
    // English, with its plural forms ("1 byte", "2 bytes" where the sources say "%n byte(s)").
    installTranslation(QStringLiteral("en"));
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
