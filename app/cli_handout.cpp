// sockscope-cli handout --scenario NAME|FILE [--model M] OUT.pdf: runs the scenario once and
// prints its handout (ui/handoutwriter.h). The only subcommand that draws: it runs with a
// QApplication on the offscreen platform, so it needs no display.
#include "cli_handout.h"

#include "cli/clioptions.h"
#include "handoutwriter.h"
#include "models/modelinfo.h"
#include "preferences.h"
#include "run/run.h"
#include "scenario/scenariolibrary.h"
#include "trace/outputfile.h"

#include <QApplication>
#include <QElapsedTimer>

#include <csignal>
#include <cstdio>

namespace sockscope {

namespace {

int say(int status, const QString &message)
{
    std::fprintf(stderr, "sockscope-cli: %s%s\n", qPrintable(message),
                 status == 2 ? "\n(try sockscope-cli --help)" : "");
    return status;
}

} // namespace

int handoutMain(int argc, char **argv)
{
    // Nothing to stop cleanly here: Ctrl+C and SIGTERM end the command (the run's server and
    // clients are threads of this process; a forking server's children get SIGINT from the
    // terminal with it).
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sockscope-cli"));
    installTranslation(QStringLiteral("en")); // English with its plural forms, as in run
    QStringList args = QCoreApplication::arguments().mid(2);

    // OUT.pdf is the one argument that is not an option or an option's value.
    CliOptions options = *CliOptions::forCommand(QStringLiteral("handout"));
    QString out;
    QStringList optionArgs;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i].startsWith(QLatin1String("--"))) {
            optionArgs << args[i];
            if (i + 1 < args.size())
                optionArgs << args[++i];
        } else if (out.isEmpty()) {
            out = args[i];
        } else {
            return say(2, QStringLiteral("handout: unexpected argument '%1'").arg(args[i]));
        }
    }
    QString error;
    if (!options.parse(optionArgs, &error))
        return say(2, error);
    if (!options.has(QStringLiteral("--scenario")) || out.isEmpty())
        return say(2, QStringLiteral("handout needs --scenario NAME|FILE and OUT.pdf"));
    if (const QString problem = checkOutputPath(out); !problem.isEmpty())
        return say(2, problem + QStringLiteral("\nnothing was run"));

    QStringList problems;
    const QString scenarioArg = options.value(QStringLiteral("--scenario"));
    const auto scenario = loadScenario(scenarioArg, &problems);
    if (!scenario)
        return say(1, problems.join(QLatin1Char('\n')));
    const QString model = options.has(QStringLiteral("--model"))
                              ? options.value(QStringLiteral("--model"))
                              : scenario->defaultModel;
    if (!findModel(model))
        return say(1, QStringLiteral("unknown model '%1'; the models are: %2")
                          .arg(model, modelNames().join(QStringLiteral(", "))));
    if (!scenario->fits(model))
        return say(1, QStringLiteral("scenario '%1' is not made for model '%2'; its models are: %3")
                          .arg(scenario->name, model, scenario->models.join(QStringLiteral(", "))));

    RunConfig config = scenario->configFor(model);
    config.scenario = scenario->name;
    config.stepByHand = false; // nobody clicks here
    Trace trace;
    trace.scenario = scenario->name;
    trace.model = model;
    trace.settings = config.server.traceSettings();
    Run run(config);
    std::fprintf(stderr, "sockscope-cli: running %s under %s for the handout\n",
                 qPrintable(scenario->name), qPrintable(model));
    const bool started = run.start(&error);
    if (started) {
        while (!run.isFinished()) {
            run.recorder().drainInto(trace);
            run.waitFinished(50);
        }
    }
    run.stop();
    run.recorder().drainInto(trace);
    // A server that could not start (port-in-use) is still a lesson with a trace to print.
    if (!started)
        std::fprintf(stderr, "sockscope-cli: note: %s\n", qPrintable(error));
    if (!run.failure().isEmpty() && run.failure() != error)
        std::fprintf(stderr, "sockscope-cli: note: %s\n", qPrintable(run.failure()));

    if (!writeHandoutPdf(makeHandout(*scenario, model, trace), trace, out, &error))
        return say(1, error);
    return 0;
}

} // namespace sockscope
