#pragma once

// A bundled scenario run to its end under a model, its clients released as they wait, and
// the trace it recorded: for tests that need a real run's trace and nothing of the run else.
#include "run/run.h"
#include "scenario/scenariolibrary.h"
#include "trace/trace.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QThread>

namespace sockscope::testkit {

inline Trace recordScenario(const QString &scenarioName, const QString &model)
{
    QStringList problems;
    const auto scenario = loadScenario(scenarioName, &problems);
    if (!scenario)
        qFatal("%s", qPrintable(problems.join(QLatin1Char('\n'))));
    RunConfig config = scenario->configFor(model);
    config.scenario = scenario->name;
    config.server.model = model;
    config.stepByHand = false;
    Trace trace;
    trace.scenario = config.scenario;
    trace.model = model;
    Run run(config);
    QString error;
    if (!run.start(&error))
        qFatal("%s", qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    while (!run.isFinished() && clock.elapsed() < 30000) {
        run.recorder().drainInto(trace);
        while (!run.clientsWaiting().empty())
            run.releaseNext();
        QThread::msleep(20);
    }
    run.stop();
    run.recorder().drainInto(trace);
    return trace;
}

} // namespace sockscope::testkit
