// ctest-label: ui
// --help and --version of sockscope-cli and sockscope: every command and option is listed with
// an example, the same ones are in the man pages and the bash completion, usage errors exit
// with status 2, and the GUI answers --help and --version without a display.
#include "cli/clioptions.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

#include "processtestkit.h"

using namespace sockscope;

namespace {

using namespace processtest;

QString sourceFile(const QString &relative)
{
    QFile file(QStringLiteral(SOCKSCOPE_SOURCE_DIR "/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll());
}

// The commands of the help's "Commands:" section: the first word of each indented line.
QStringList helpCommands(const QString &help)
{
    const qsizetype start = help.indexOf(QLatin1String("\nCommands:\n"));
    const qsizetype end = help.indexOf(QLatin1String("\n\n"), start + 1);
    QStringList commands;
    const QString section = help.mid(start, end - start);
    static const QRegularExpression line(QStringLiteral("^  ([a-z-]+)  "),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(section); it.hasNext();)
        commands << it.next().captured(1);
    return commands;
}

// The section of the help that starts with "COMMAND " at the beginning of a line.
QString helpSection(const QString &help, const QString &command)
{
    const qsizetype start = help.indexOf(QLatin1Char('\n') + command + QLatin1Char(' '));
    if (start < 0)
        return QString();
    return help.mid(start, help.indexOf(QLatin1String("\n\n"), start + 1) - start);
}

// In troff, "-" is written "\-".
QString troff(const QString &text)
{
    return QString(text).replace(QLatin1Char('-'), QLatin1String("\\-"));
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cli()), "SOCKSCOPE_CLI must name sockscope-cli");
        QVERIFY2(QFile::exists(gui()), "SOCKSCOPE_GUI must name sockscope");
    }

    void cliHelpListsEveryCommandAndOption()
    {
        const Result r = run(cli(), {QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QStringList commands = helpCommands(r.out);
        QCOMPARE(commands, words("list-scenarios list-models run serve compare convert narrate "
                                 "handout watch"));
        for (const QString &command : commands) {
            // Each is a command the program knows (a wrong option, not an unknown command).
            const Result known = run(cli(), {command, QStringLiteral("--no-such-option")});
            QVERIFY2(!known.err.contains(QLatin1String("unknown command")), qPrintable(command));
            const auto options = CliOptions::forCommand(command);
            if (!options)
                continue;
            const QString section = helpSection(r.out, command);
            QVERIFY2(!section.isEmpty(), qPrintable(command + QLatin1String(": no section")));
            for (const QString &option : options->names())
                QVERIFY2(section.contains(QLatin1String("\n  ") + option + QLatin1Char(' ')),
                         qPrintable(command + QLatin1Char(' ') + option));
        }
        QVERIFY(r.out.contains(QLatin1String("--version")));
        QVERIFY(r.out.contains(QLatin1String("\nExamples:\n  sockscope-cli run ")));
        QVERIFY(r.out.contains(QLatin1String("2 a usage error")));
    }

    void cliVersion()
    {
        const Result r = run(cli(), {QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("sockscope-cli " SOCKSCOPE_VERSION "\n"));
    }

    void manPageAndCompletionKnowEveryCommandAndOption()
    {
        const QString man = sourceFile(QStringLiteral("docs/man/sockscope-cli.1.in"));
        const QString completion = sourceFile(QStringLiteral("resources/completion/sockscope-cli"));
        QVERIFY(!man.isEmpty());
        QVERIFY(!completion.isEmpty());
        const QStringList commands = helpCommands(run(cli(), {QStringLiteral("--help")}).out);
        QVERIFY(!commands.isEmpty());
        static const QRegularExpression commandsLine(QStringLiteral("local commands=\"([^\"]*)\""));
        const QStringList completedCommands =
            commandsLine.match(completion).captured(1).split(QLatin1Char(' '));
        for (const QString &command : commands) {
            QVERIFY2(man.contains(QLatin1String(".B ") + troff(command)), qPrintable(command));
            QVERIFY2(completedCommands.contains(command), qPrintable(command));
            const auto options = CliOptions::forCommand(command);
            if (!options)
                continue;
            const qsizetype caseLine = completion.indexOf(QLatin1String("        ") + command +
                                                          QLatin1String(") options=\""));
            QVERIFY2(caseLine >= 0, qPrintable(command));
            const QString completed = completion.mid(
                caseLine, completion.indexOf(QLatin1Char('\n'), caseLine) - caseLine);
            const QString manSection = man.mid(man.indexOf(QLatin1String(".SS ") + command));
            for (const QString &option : options->names()) {
                QVERIFY2(completed.contains(option + QLatin1Char(' ')) ||
                             completed.contains(option + QLatin1Char('"')),
                         qPrintable(command + QLatin1Char(' ') + option));
                QVERIFY2(manSection.contains(troff(option)),
                         qPrintable(command + QLatin1String(" man ") + option));
            }
        }
    }

    void cliUsageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("said");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("no command given");
        QTest::newRow("unknown command")
            << words("frobnicate") << QStringLiteral("unknown command");
        QTest::newRow("unknown option") << words("run --bogus") << QStringLiteral("'--bogus'");
        QTest::newRow("missing value")
            << words("run --scenario") << QStringLiteral("needs a value");
        QTest::newRow("no scenario") << words("run") << QStringLiteral("needs --scenario");
        QTest::newRow("compare without models")
            << words("compare --scenario three-clients") << QStringLiteral("--models");
        QTest::newRow("convert without output")
            << words("convert in.json") << QStringLiteral("--chrome-trace");
        QTest::newRow("bad speed")
            << words("run --scenario three-clients --speed 0") << QStringLiteral("--speed");
    }
    void cliUsageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, said);
        const Result r = run(cli(), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(said), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("sockscope-cli --help")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void guiHelpAndVersionNeedNoDisplay_data()
    {
        QTest::addColumn<QString>("option");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("-h") << QStringLiteral("-h");
        QTest::newRow("--version") << QStringLiteral("--version");
    }
    void guiHelpAndVersionNeedNoDisplay()
    {
        QFETCH(QString, option);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        const Result r = run(gui(), {option}, env);
        QCOMPARE(r.exitCode, 0);
        if (option == QLatin1String("--version")) {
            QCOMPARE(r.out, QStringLiteral("sockscope " SOCKSCOPE_VERSION "\n"));
            return;
        }
        const QString man = sourceFile(QStringLiteral("docs/man/sockscope.1.in"));
        // Every option the help lists, one line each, is in the man page.
        static const QRegularExpression optionLine(QStringLiteral("^  (?:-[a-z], )?(--[a-z-]+)"),
                                                   QRegularExpression::MultilineOption);
        QStringList options;
        for (auto it = optionLine.globalMatch(r.out); it.hasNext();)
            options << it.next().captured(1);
        for (const char *expected :
             {"--scenario", "--model", "--play", "--presentation", "--run-for", "--screenshot",
              "--cursor", "--socket-view", "--watch", "--port", "--help", "--version"})
            QVERIFY2(options.contains(QLatin1String(expected)), expected);
        for (const QString &option : options)
            QVERIFY2(man.contains(troff(option)), qPrintable(option));
        QVERIFY(!r.out.contains(QLatin1String("--synthetic"))); // a test aid, hidden
        QVERIFY(r.out.contains(QLatin1String("\nExamples:\n  sockscope --scenario ")));
        QVERIFY(r.out.contains(QLatin1String("\n  sockscope --watch ")));
        QVERIFY(man.contains(QLatin1String("sockscope \\-\\-watch ")));
    }

    // --watch needs the program after "--"; --port goes with --watch and a scenario.
    void guiWatchUsageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no program") << QStringList{QStringLiteral("--watch")};
        QTest::newRow("port without watch")
            << QStringList{QStringLiteral("--port"), QStringLiteral("5000")};
        QTest::newRow("scenario without port") << QStringList{
            QStringLiteral("--watch"), QStringLiteral("--scenario"),
            QStringLiteral("three-clients"), QStringLiteral("--"), QStringLiteral("python3")};
    }
    void guiWatchUsageErrorsExitWithTwo()
    {
        QFETCH(QStringList, args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const Result r = run(gui(), args, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("--")), qPrintable(r.err));
    }

    void guiUsageErrorExitsWithTwo()
    {
        const Result r = run(gui(), {QStringLiteral("--no-such-option")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QLatin1String("no-such-option")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("sockscope --help")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
