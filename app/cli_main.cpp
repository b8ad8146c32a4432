// sockscope-cli: the command-line front end (see README, "Command line").
#include "models/modelinfo.h"
#include "scenario/scenariolibrary.h"
#include "trace/chrometrace.h"
#include "trace/tracefile.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

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

const char *const kUsage = R"(Usage:
  sockscope-cli list-models
  sockscope-cli convert IN.json --chrome-trace OUT.json
  sockscope-cli --help | --version

Commands:
  list-models   the server models, one per line: name, a tab, description
  convert       read a SockScope trace file and write it as Chrome Trace JSON
                (opens in Perfetto: https://ui.perfetto.dev)
)";

int usageError(const QString &message)
{
    err() << "sockscope-cli: " << message << "\n(try sockscope-cli --help)\n";
    err().flush();
    return 2;
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
    QString error;
    const auto trace = loadTraceFile(input, &error);
    if (!trace) {
        err() << "sockscope-cli: " << error << '\n';
        return 1;
    }
    if (!saveChromeTrace(*trace, chrome, &error)) {
        err() << "sockscope-cli: " << error << '\n';
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sockscope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const QString command = args.takeFirst();
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        out() << kUsage;
        return 0;
    }
    if (command == QLatin1String("--version")) {
        out() << "sockscope-cli " << SOCKSCOPE_VERSION << '\n';
        return 0;
    }
    if (command == QLatin1String("list-models"))
        return listModels();
    if (command == QLatin1String("list-scenarios"))
        return listScenarios();
    if (command == QLatin1String("convert"))
        return convert(args);
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}
