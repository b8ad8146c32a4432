// Every bundled scenario runs headless under every model it lists, and its "expect" holds:
// counts and orderings read from the recorded trace, never wall-clock times. And at every
// event of every such run, what the views say (narration, inspector, chapter) agrees with
// the trace: the consistency checker finds no contradiction.
#include "analysis/consistency.h"
#include "run/run.h"
#include "sanitizerbuild.h"
#include "scenario/expectcheck.h"
#include "scenario/scenariolibrary.h"
#include "trace/trace.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>
#include <algorithm>

using namespace sockscope;

namespace {

// Client sleeps and start times are divided by this; kernel timings (SYN retransmits in
// backlog-full) are not, so no expectation may depend on the two lining up.
constexpr double kSpeed = 4.0;
// Many-client scenarios are cut down so the whole suite stays short on two loaded cores;
// their expectations say "clients" where they mean however many ran.
using testkit::kSanitized;
using testkit::kThreadSanitizer;
// Sanitized builds run every thread several times slower: a burst of 200 client threads
// against a backlog of 5 then loses SYNs whose 1-3-7 s retransmits outlast the run (seen in
// CI under ASan). Where the backlog is smaller than the burst, the lesson is the same with
// fewer clients; where it holds them (c10k), all 200 stay.
constexpr std::size_t kMaxClientsInTest = 200;
constexpr std::size_t kMaxClientsBehindSmallBacklogSanitized = 64;
// A run that is not finished by then has hung: fail it rather than the whole suite.
constexpr int kRunLimitMs = kSanitized ? 45000 : 15000;

struct Outcome
{
    bool started = false;
    bool finished = false;
    QString error;
    QString failure;
    Trace trace;
};

// A "min" on a peak (threads_peak, zombies_peak, connections_peak...) counts what is alive at
// once, which is how fast the server takes connections against how long each client stays.
// Under a sanitizer on two loaded cores the threaded server started 18 threads in the 250 ms a
// client stayed at kSpeed (CI, TSan); at full script time the same rate keeps over 70 alive.
bool countsOverlap(const Scenario &scenario)
{
    for (const auto &check : scenario.expect.checks) {
        if (check.kind == Expectation::Kind::Metric && check.min &&
            check.metric.endsWith(QLatin1String("_peak")))
            return true;
    }
    return false;
}

// A check on the kernel's samples (a queue's peak, a TCP state) holds only if a sample falls
// inside the moment it is about, and the sampler keeps to a hundredth of a core: after a dump
// (1-2 ms of the kernel walking its table, more under a sanitizer) it waits, 70-330 ms apart
// under TSan with two busy loops beside it (measured). At kSpeed backlog-full's full accept
// queue lasts some 340 ms, and under TSan on CI's loaded machine no sample fell inside it; at
// full script time it lasts 1.35 s.
bool checksKernelSamples(const Scenario &scenario)
{
    return std::any_of(scenario.expect.checks.begin(), scenario.expect.checks.end(),
                       [](const Expectation &check) { return readsKernelSamples(check); });
}

Outcome runHeadless(const Scenario &scenario, const QString &model)
{
    Outcome outcome;
    RunConfig config = scenario.configFor(model);
    config.speed =
        (kSanitized && countsOverlap(scenario)) || checksKernelSamples(scenario) ? 1.0 : kSpeed;
    config.timeoutMs = kRunLimitMs;
    if (kThreadSanitizer && config.server.backlog >= int(config.clients.size())) {
        // Under TSan a thread start costs milliseconds: 200 client threads would still be
        // starting when the first ones finish, failing a "many at once" lesson for the tool's
        // sake. The epoll-driven driver runs them on one thread, as it does above 200 anyway.
        // Only where the backlog holds the driver's burst of connects: with a small one the
        // slow TSan server drops SYNs, and their 1-3-7-15 s retransmits outlast the run.
        config.clientDriverAbove = 50;
    }
    outcome.trace.scenario = scenario.name;
    outcome.trace.model = config.server.model; // a variant's model
    outcome.trace.settings = config.server.traceSettings();
    Run run(config);
    outcome.started = run.start(&outcome.error);
    if (outcome.started) {
        QElapsedTimer timer;
        timer.start();
        while (!run.isFinished() && timer.elapsed() < kRunLimitMs + 2000) {
            run.recorder().drainInto(outcome.trace);
            // You are the scheduler: here the test releases whoever waits longest.
            if (!run.clientsWaiting().empty())
                run.releaseNext();
            run.waitFinished(config.stepByHand ? 5 : 20);
        }
        outcome.finished = run.isFinished();
    }
    run.stop();
    run.recorder().drainInto(outcome.trace);
    outcome.failure = run.failure();
    return outcome;
}

bool expectsAnError(const Scenario &scenario)
{
    for (const auto &check : scenario.expect.checks) {
        if (check.kind == Expectation::Kind::Count && check.pattern.err.value_or(0) != 0 &&
            (!check.equals || check.equals->value > 0 || check.equals->isClientCount))
            return true;
    }
    return false;
}

} // namespace

class TestScenarioRuns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { availableDescriptors(); }

    void bundledScenarioUnderModel_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("model");
        for (const auto &info : ScenarioLibrary::bundled()) {
            // Every model, and every variant of the scenario ("asyncio-await").
            QStringList errors;
            const auto scenario = loadScenario(info.name, &errors);
            for (const auto &model : scenario ? scenario->runNames() : info.models)
                QTest::newRow(qPrintable(info.name + QLatin1Char('/') + model))
                    << info.name << model;
        }
    }

    void bundledScenarioUnderModel()
    {
        QFETCH(QString, name);
        QFETCH(QString, model);
        QStringList errors;
        auto scenario = loadScenario(name, &errors);
        QVERIFY2(scenario, qPrintable(errors.join(QLatin1Char('\n'))));
        std::size_t maxClients = kMaxClientsInTest;
        if (kSanitized && std::size_t(scenario->config.server.backlog) < maxClients)
            maxClients = kMaxClientsBehindSmallBacklogSanitized;
        if (scenario->config.clients.size() > maxClients)
            scenario->config.clients.resize(maxClients);

        const Outcome outcome = runHeadless(*scenario, model);
        if (outcome.started)
            QVERIFY2(outcome.finished, "the run did not finish in time");
        if (!scenario->expect.startFails) {
            QVERIFY2(outcome.started, qPrintable(outcome.error));
            // A scenario that teaches an error (ECONNREFUSED) makes a client fail on purpose;
            // anywhere else a client's failure is a bug.
            if (!expectsAnError(*scenario))
                QVERIFY2(outcome.failure.isEmpty(), qPrintable(outcome.failure));
        }
        QVERIFY2(!outcome.trace.isEmpty(), "nothing was recorded");
        const QStringList failures =
            checkExpectations(*scenario, model, outcome.trace, outcome.started);
        QVERIFY2(failures.isEmpty(),
                 qPrintable(scenario->source + QStringLiteral(" under ") + model +
                            QStringLiteral(":\n  ") + failures.join(QStringLiteral("\n  "))));

        const auto contradictions = checkConsistency(outcome.trace, &scenario->chapters);
        QStringList said;
        for (const Contradiction &c : contradictions) {
            if (said.size() < 8)
                said << QStringLiteral("event %1: %2").arg(c.index).arg(c.what);
        }
        QVERIFY2(contradictions.empty(),
                 qPrintable(QStringLiteral("%1 contradiction(s):\n  ").arg(contradictions.size()) +
                            said.join(QStringLiteral("\n  "))));
    }

    // The checks are not vacuous: a run that does not show the lesson fails them.
    void expectationsCatchTheWrongBehaviour()
    {
        QStringList errors;
        const auto slow = loadScenario(QStringLiteral("one-slow-client"), &errors);
        QVERIFY2(slow, qPrintable(errors.join(QLatin1Char('\n'))));
        // A threaded run judged by what a sequential server must show.
        const Outcome threaded = runHeadless(*slow, QStringLiteral("threaded"));
        QVERIFY(threaded.finished);
        const QStringList failures =
            checkExpectations(*slow, QStringLiteral("sequential"), threaded.trace, true);
        QVERIFY2(failures.size() == 1 && failures[0].contains(QStringLiteral("happened before")),
                 qPrintable(failures.join(QLatin1Char('\n'))));

        // Zombies that are reaped at once do not pile up.
        auto zombies = loadScenario(QStringLiteral("zombies"), &errors);
        QVERIFY2(zombies, qPrintable(errors.join(QLatin1Char('\n'))));
        zombies->config.server.reap = ReapPolicy::Sigchld;
        const Outcome reaped = runHeadless(*zombies, QStringLiteral("forking"));
        QVERIFY(reaped.finished);
        const QStringList zombieFailures =
            checkExpectations(*zombies, QStringLiteral("forking"), reaped.trace, true);
        QVERIFY2(zombieFailures.size() == 1 &&
                     zombieFailures[0].contains(QStringLiteral("zombies_peak")),
                 qPrintable(zombieFailures.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestScenarioRuns)
#include "tst_scenario_runs.moc"
