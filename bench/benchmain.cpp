// sockscope-bench: measures the budgets of DESIGN.md. Prints a table and writes one flat
// JSON object of numbers (bench-results.json). --smoke runs everything at tiny sizes.
#include "benchmark.h"
#include "trace/inputfile.h"
#include "trace/outputfile.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <sys/resource.h>

namespace sockscope::bench {

std::vector<Benchmark> &registry()
{
    static std::vector<Benchmark> all;
    return all;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace sockscope::bench

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen")
                                                                    : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    using namespace sockscope::bench;
    Options options;
    QString output = QStringLiteral("bench-results.json");
    QStringList only;
    bool append = false; // add to the figures already in the output file
    const QStringList args = app.arguments().mid(1);
    if (!args.isEmpty() && args[0] == QLatin1String("--scale-clients"))
        return scaleClientsMain(args.mid(1));
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--smoke"))
            options.smoke = true;
        else if (args[i] == QLatin1String("--output") && i + 1 < args.size())
            output = args[++i];
        else if (args[i] == QLatin1String("--only") && i + 1 < args.size())
            only = args[++i].split(QLatin1Char(','));
        else if (args[i] == QLatin1String("--append"))
            append = true;
        else if (args[i] == QLatin1String("--list")) {
            for (const Benchmark &b : registry())
                QTextStream(stdout) << b.name << '\n';
            return 0;
        } else {
            QTextStream(stderr) << "sockscope-bench: unknown argument '" << args[i]
                                << "' (use --smoke, --output FILE, --only a,b, --append, --list)\n";
            return 2;
        }
    }
    QTextStream out(stdout);
    QJsonObject json;
    if (append) {
        constexpr qint64 kMaxResultsBytes = 16 * 1024 * 1024;
        if (const auto previous = sockscope::readInputFile(
                output, kMaxResultsBytes, QStringLiteral("a results file"), nullptr))
            json = QJsonDocument::fromJson(*previous).object();
    }
    int failures = 0;
    for (const Benchmark &b : registry()) {
        if (!only.isEmpty() && !only.contains(b.name))
            continue;
        out << "== " << b.name << Qt::endl;
        const Results results = b.run(options);
        if (results.isEmpty()) {
            out << "   (failed: no figures)" << Qt::endl;
            ++failures;
        }
        for (auto it = results.cbegin(); it != results.cend(); ++it) {
            out << QStringLiteral("   %1 %2").arg(it.key(), -34).arg(it.value(), 0, 'g', 6)
                << Qt::endl;
            json.insert(it.key(), it.value());
        }
    }
    QString error;
    if (!sockscope::writeOutputFile(output, QJsonDocument(json).toJson(), &error)) {
        QTextStream(stderr) << "sockscope-bench: " << error << "\n";
        return 1;
    }
    out << "wrote " << output << Qt::endl;
    return failures == 0 ? 0 : 1;
}
