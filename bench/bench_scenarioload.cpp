// Loading a hostile scenario file: 4 MiB of unknown keys (358,000 of them) must be refused in
// time linear in its size, with a capped list of problems. Reports the time for the full
// file and the ratio against an eighth of it (linear: about 8; quadratic: about 64).
#include "benchmark.h"

#include "scenario/scenarioloader.h"

namespace sockscope::bench {

namespace {

QByteArray unknownKeys(int count)
{
    QByteArray json = "{\n  \"name\": \"hostile\"";
    for (int i = 0; i < count; ++i)
        json += ",\n  \"k" + QByteArray::number(i) + "\": 1";
    json += "\n}\n";
    return json;
}

double loadSeconds(const QByteArray &json, std::size_t *problemCount)
{
    std::vector<ScenarioProblem> problems;
    const double t0 = nowSeconds();
    parseScenario(json, QStringLiteral("hostile.json"), &problems);
    const double elapsed = nowSeconds() - t0;
    *problemCount = problems.size();
    return elapsed;
}

Results scenarioLoadBench(const Options &options)
{
    const int keys = options.scaled(358000, 4000);
    const QByteArray full = unknownKeys(keys);
    const QByteArray eighth = unknownKeys(keys / 8);
    std::size_t problems = 0;
    std::size_t eighthProblems = 0;
    const double eighthSeconds = loadSeconds(eighth, &eighthProblems);
    const double fullSeconds = loadSeconds(full, &problems);
    Results r;
    r.insert(QStringLiteral("scenario_load_s_4mib_unknown_keys"), fullSeconds);
    r.insert(QStringLiteral("scenario_load_mb"), double(full.size()) / 1e6);
    r.insert(QStringLiteral("scenario_load_problems_listed"), double(problems));
    r.insert(QStringLiteral("scenario_load_ratio_8x_input"),
             eighthSeconds > 0 ? fullSeconds / eighthSeconds : 0);
    return r;
}

const Register registered("scenario_load", scenarioLoadBench);

} // namespace

} // namespace sockscope::bench
