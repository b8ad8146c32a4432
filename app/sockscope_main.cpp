// sockscope: the GUI (see README, "Command line").
#include "analysis/synthetictrace.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "preferences.h"
#include "socketviewswitch.h"
#include "trace/outputfile.h"
#include "tracedocument.h"
#include "watchcontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace sockscope;

namespace {
void fail(const QString &message)
{
    std::fprintf(stderr, "sockscope: %s\n", qPrintable(message));
}

// --help and --version need no display: answered with a QCoreApplication (in a terminal over
// ssh, for man pages), before the QApplication that needs one.
bool asksHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("SockScope"));
    QCoreApplication::setOrganizationName(QStringLiteral("SockScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));
}
} // namespace

int main(int argc, char **argv)
{
    std::optional<QCoreApplication> terminalOnly;
    std::optional<QApplication> gui;
    if (asksHelpOrVersion(argc, argv))
        terminalOnly.emplace(argc, argv);
    else
        gui.emplace(argc, argv);
    nameTheApplication();
    // The language chosen in Preferences, else the system's (LANGUAGE, LANG).
    installTranslation(Preferences::load().language);

    // Every option, its one line of help and the examples: here and nowhere else (the man page
    // docs/man/sockscope.1 is checked against --help by tests/tst_clihelp.cpp).
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Watch real servers block, wake, fork and select."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption scenarioOption(
        QStringLiteral("scenario"), QApplication::translate("main", "Scenario name or file."),
        QStringLiteral("NAME|FILE"));
    const QCommandLineOption modelOption(QStringLiteral("model"),
                                         QApplication::translate("main", "Server model."),
                                         QStringLiteral("M"));
    const QCommandLineOption playOption(QStringLiteral("play"),
                                        QApplication::translate("main", "Start the run at once."));
    const QCommandLineOption presentationOption(
        QStringLiteral("presentation"),
        QApplication::translate("main", "Start in presentation mode (full screen)."));
    const QCommandLineOption runForOption(
        QStringLiteral("run-for"),
        QApplication::translate("main", "With --screenshot: run at most SEC seconds."),
        QStringLiteral("SEC"), QStringLiteral("5"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Run the scenario, save the window as PNG, exit."),
        QStringLiteral("FILE.png"));
    const QCommandLineOption cursorOption(
        QStringLiteral("cursor"),
        QApplication::translate("main", "With --screenshot: put the cursor on event N first "
                                        "(0: the first, -1: the last)."),
        QStringLiteral("N"));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"),
        QApplication::translate("main", "Watch your own program: sockscope --watch -- PROGRAM "
                                        "[ARGS...] (no shell runs it)."));
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QApplication::translate("main", "With --watch and --scenario: the port the program "
                                        "listens on; the scenario's clients connect to it."),
        QStringLiteral("P"));
    const QCommandLineOption socketViewOption(
        QStringLiteral("socket-view"),
        QApplication::translate("main", "Lanes to show: waits (threads, processes, clients), "
                                        "kernel (one lane per socket) or both."),
        QStringLiteral("waits|kernel|both"));
    QCommandLineOption syntheticOption(
        QStringLiteral("synthetic"),
        QApplication::translate("main", "Show a made-up trace (threaded, forking, select, "
                                        "large:N) instead of running a server."),
        QStringLiteral("NAME"));
    syntheticOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({scenarioOption, modelOption, playOption, presentationOption, runForOption,
                       screenshotOption, cursorOption, socketViewOption, watchOption, portOption,
                       syntheticOption});
    parser.addPositionalArgument(QStringLiteral("trace"),
                                 QApplication::translate("main", "A trace file to open."),
                                 QStringLiteral("[TRACE.json]"));
    if (!parser.parse(QCoreApplication::arguments())) {
        fail(parser.errorText() + QLatin1Char('\n') +
             QApplication::translate("main", "(try sockscope --help)"));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        const QString examples = QApplication::translate(
            "main", "\nExit status: 0 done, 1 a failure (said on stderr), 2 a usage error.\n\n"
                    "Examples:\n"
                    "  sockscope --scenario one-slow-client --model threaded --play\n"
                    "  sockscope --presentation --scenario three-clients\n"
                    "  sockscope --watch --scenario three-clients --port 5000 -- python3 "
                    "server.py 5000\n"
                    "  sockscope --scenario backlog-full --socket-view both --screenshot b.png\n"
                    "  sockscope recorded.json\n");
        std::fputs(qPrintable(parser.helpText() + examples), stdout);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    if (parser.isSet(QStringLiteral("help-all")))
        parser.process(QCoreApplication::arguments()); // Qt's own options too; exits 0
    if (parser.isSet(versionOption)) {
        std::printf("sockscope %s\n", SOCKSCOPE_VERSION);
        return std::fflush(stdout) == 0 ? 0 : 1;
    }
    if (!gui) { // "-v" given as the value of an option, say: the window needs a display
        terminalOnly.reset();
        gui.emplace(argc, argv);
        nameTheApplication();
        installTranslation(Preferences::load().language);
    }
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sockscope.svg")));

    const QString screenshot = parser.value(screenshotOption);
    const bool screenshotMode = !screenshot.isEmpty();
    // The picture's file is checked before anything runs (a missing folder, a folder as the
    // file, another user's symlink in /tmp): no run is wasted on a file that cannot be written.
    if (screenshotMode) {
        if (const QString problem = checkOutputPath(screenshot); !problem.isEmpty()) {
            fail(problem + QApplication::translate("main", "; nothing was run"));
            return 2;
        }
    }
    std::optional<qint64> cursorIndex;
    if (parser.isSet(cursorOption)) {
        bool ok = false;
        cursorIndex = parser.value(cursorOption).toLongLong(&ok);
        if (!ok) {
            fail(QApplication::translate("main", "--cursor takes an event index (0, 7, -1), not "
                                                 "'%1'")
                     .arg(parser.value(cursorOption)));
            return 2;
        }
        if (!screenshotMode) {
            fail(QApplication::translate("main", "--cursor only applies with --screenshot"));
            return 2;
        }
    }
    // --watch: everything after "--" is the program's argument vector, given to no shell.
    std::optional<WatchRequest> watchRequest;
    if (parser.isSet(watchOption)) {
        const QStringList all = QCoreApplication::arguments();
        const qsizetype dashes = all.indexOf(QStringLiteral("--"));
        if (dashes < 0 || dashes + 1 >= all.size()) {
            fail(QApplication::translate("main", "--watch needs -- PROGRAM [ARGS...] (the "
                                                 "program to watch)"));
            return 2;
        }
        watchRequest.emplace();
        watchRequest->program = all.mid(dashes + 1);
        if (parser.isSet(portOption)) {
            bool ok = false;
            const uint port = parser.value(portOption).toUInt(&ok);
            if (!ok || port == 0 || port > 65535) {
                fail(QApplication::translate("main", "--port needs a port from 1 to 65535, not "
                                                     "'%1'")
                         .arg(parser.value(portOption)));
                return 2;
            }
            watchRequest->port = quint16(port);
        }
        watchRequest->scenario = parser.value(scenarioOption);
        if (watchRequest->scenario.isEmpty() != (watchRequest->port == 0)) {
            fail(QApplication::translate("main", "with --watch, --scenario and --port go "
                                                 "together: the scenario's clients are sent at "
                                                 "the port the program listens on"));
            return 2;
        }
    } else if (parser.isSet(portOption)) {
        fail(QApplication::translate("main", "--port only applies with --watch"));
        return 2;
    }
    std::optional<SocketView> socketView;
    if (parser.isSet(socketViewOption)) {
        socketView = socketViewFromName(parser.value(socketViewOption));
        if (!socketView) {
            fail(QApplication::translate("main", "--socket-view takes waits, kernel or both, not "
                                                 "'%1'")
                     .arg(parser.value(socketViewOption)));
            return 2;
        }
    }
    MainWindow::Options options;
    options.restoreSettings = !screenshotMode;
    // A window for a person: the server stays up after the clients until Stop, and Start
    // asks the scenario's questions first. Screenshots end by themselves and ask nothing.
    options.holdServerAfterClients = !screenshotMode;
    options.askPredictions = !screenshotMode;
    MainWindow window(options); // sized from the screen it opens on
    // A large trace loads while the window answers; a screenshot waits for its trace.
    window.actions()->setOpensTracesInBackground(!screenshotMode);

    const QString scenarioArgument = parser.value(scenarioOption);
    const bool scenarioIsFile = parser.isSet(scenarioOption) && !scenarioArgument.isEmpty() &&
                                QFileInfo(scenarioArgument).isFile();
    bool scenarioFailed = false;
    if (scenarioIsFile) {
        // Every problem of the file: on stderr, and in a dialog unless this is a screenshot.
        if (screenshotMode)
            window.actions()->setReporter([](const QString &, const QString &text) { fail(text); });
        scenarioFailed = !window.actions()->openScenario(scenarioArgument);
        if (scenarioFailed && screenshotMode)
            return 2;
        if (scenarioFailed)
            fail(window.actions()->lastProblem());
    } else if (parser.isSet(scenarioOption) && !window.selectScenario(scenarioArgument)) {
        fail(QApplication::translate("main", "unknown scenario '%1'")
                 .arg(parser.value(scenarioOption)));
        return 2;
    }
    if (parser.isSet(modelOption) && !window.selectModel(parser.value(modelOption))) {
        fail(QApplication::translate("main", "unknown model '%1'").arg(parser.value(modelOption)));
        return 2;
    }
    if (socketView)
        window.socketViewSwitch()->setView(*socketView);
    if (parser.isSet(presentationOption))
        window.setPresentation(true);
    else
        window.show();

    bool runsSomething = false;
    if (watchRequest) {
        QString error;
        runsSomething = window.watchController()->watch(*watchRequest, &error);
        if (!runsSomething) {
            fail(error);
            if (screenshotMode)
                return 1;
        }
    } else if (parser.isSet(syntheticOption)) {
        Trace trace = synthetic::byName(parser.value(syntheticOption));
        if (trace.isEmpty()) {
            fail(QApplication::translate("main", "unknown synthetic trace '%1'")
                     .arg(parser.value(syntheticOption)));
            return 2;
        }
        window.showTrace(std::move(trace));
    } else if (!parser.positionalArguments().isEmpty()) {
        // A trace (or a scenario: the file says which). A bad one is explained in a dialog.
        const QString path = parser.positionalArguments().constFirst();
        if (screenshotMode)
            window.actions()->setReporter([](const QString &, const QString &text) { fail(text); });
        if (!window.actions()->openFile(path)) {
            if (screenshotMode)
                return 1;
            fail(window.actions()->lastProblem());
        }
    } else if ((parser.isSet(playOption) || screenshotMode) && !scenarioFailed) {
        QString error;
        runsSomething = window.startRun(&error);
        if (!runsSomething && screenshotMode)
            fail(error); // still save the window: the failed bind is worth a picture
    }

    if (!screenshotMode)
        return QApplication::exec();

    // Screenshot: wait for the run (at most --run-for seconds), then save and quit.
    bool ok = false;
    const double runFor = parser.value(runForOption).toDouble(&ok);
    const qint64 limitMs = ok && runFor > 0 ? qint64(runFor * 1000) : 5000;
    QElapsedTimer clock;
    clock.start();
    int exitCode = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, qApp, [&] {
        if (window.isRunning() && clock.elapsed() < limitMs)
            return;
        poll.stop();
        window.stopRun();
        if (cursorIndex) {
            const qsizetype size = window.document()->trace().size();
            const qint64 index = *cursorIndex < 0 ? size + *cursorIndex : *cursorIndex;
            if (index < 0 || index >= size) {
                fail(QApplication::translate("main", "--cursor %1: the trace has %2 events "
                                                     "(0 to %3, or -1 to -%2)")
                         .arg(*cursorIndex)
                         .arg(size)
                         .arg(size - 1));
                QCoreApplication::exit(2);
                return;
            }
            window.document()->setCursor(qsizetype(index));
            std::printf("sockscope: the screenshot shows event %lld (of events 0 to %lld)\n",
                        static_cast<long long>(index), static_cast<long long>(size - 1));
            std::fflush(stdout);
        }
        // Let the final layout and paint settle before grabbing.
        QTimer::singleShot(300, qApp, [&] {
            QString error;
            if (!window.saveScreenshot(screenshot, &error)) {
                fail(error);
                exitCode = 1;
            }
            QCoreApplication::exit(exitCode);
        });
    });
    poll.start(50);
    Q_UNUSED(runsSomething);
    return QApplication::exec();
}
