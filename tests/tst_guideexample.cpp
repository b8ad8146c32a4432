// The worked example of the teacher's guide (docs/teaching.md, "Writing a scenario") is a real
// lesson: docs/examples/*.json load, run headless under every model they list, and their
// "expect" checks hold; the guide shows each file exactly as it is.
#include "analysis/consistency.h"
#include "run/run.h"
#include "scenario/expectcheck.h"
#include "scenario/scenariolibrary.h"
#include "trace/trace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace sockscope;

namespace {

constexpr int kRunLimitMs = 30000; // only keeps a hung run from hanging the suite
const QString kExamples = QStringLiteral(SOCKSCOPE_SOURCE_DIR "/docs/examples");

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestGuideExample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exampleRunsAndHoldsItsExpectations_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("model");
        const QStringList files = QDir(kExamples).entryList({QStringLiteral("*.json")});
        QVERIFY(!files.isEmpty());
        for (const QString &file : files) {
            QStringList errors;
            const QString path = kExamples + QLatin1Char('/') + file;
            const auto scenario = loadScenario(path, &errors);
            QVERIFY2(scenario, qPrintable(errors.join(QLatin1Char('\n'))));
            for (const QString &model : scenario->models)
                QTest::newRow(qPrintable(file + QLatin1Char('/') + model)) << path << model;
        }
    }
    void exampleRunsAndHoldsItsExpectations()
    {
        QFETCH(QString, path);
        QFETCH(QString, model);
        QStringList errors;
        const auto scenario = loadScenario(path, &errors);
        QVERIFY2(scenario, qPrintable(errors.join(QLatin1Char('\n'))));
        RunConfig config = scenario->configFor(model);
        config.speed = 2.0; // the lesson is in the order of events, not in the times
        config.timeoutMs = kRunLimitMs;
        Trace trace;
        trace.scenario = scenario->name;
        trace.model = model;
        trace.settings = config.server.traceSettings();
        Run run(config);
        QString error;
        QVERIFY2(run.start(&error), qPrintable(error));
        QElapsedTimer timer;
        timer.start();
        while (!run.isFinished() && timer.elapsed() < kRunLimitMs + 2000) {
            run.recorder().drainInto(trace);
            run.waitFinished(20);
        }
        const bool finished = run.isFinished();
        run.stop();
        run.recorder().drainInto(trace);
        QVERIFY2(finished, "the run did not finish in time");
        QVERIFY2(run.failure().isEmpty(), qPrintable(run.failure()));
        const QStringList failures = checkExpectations(*scenario, model, trace, true);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QVERIFY2(checkConsistency(trace, &scenario->chapters).empty(),
                 "what the views say contradicts the trace");
    }

    // The guide quotes each example whole, so the text a teacher copies is the tested one.
    void guideShowsEachExampleAsItIs()
    {
        const QString guide = readAll(QStringLiteral(SOCKSCOPE_SOURCE_DIR "/docs/teaching.md"));
        QVERIFY(!guide.isEmpty());
        for (const QString &file : QDir(kExamples).entryList({QStringLiteral("*.json")})) {
            const QString text = readAll(kExamples + QLatin1Char('/') + file);
            QVERIFY2(guide.contains(QStringLiteral("```json\n") + text + QStringLiteral("```")),
                     qPrintable(file + QStringLiteral(" is not quoted whole in docs/teaching.md")));
            QVERIFY2(guide.contains(QStringLiteral("docs/examples/") + file), qPrintable(file));
        }
    }
};

QTEST_GUILESS_MAIN(TestGuideExample)
#include "tst_guideexample.moc"
