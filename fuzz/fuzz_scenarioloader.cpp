// libFuzzer target: any bytes given to the scenario loader give a scenario or a list of
// problems, each naming where it is; never a crash, a hang or a half-configured run.
#include "scenario/scenarioloader.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    std::vector<sockscope::ScenarioProblem> problems;
    const auto scenario = sockscope::parseScenario(json, QStringLiteral("fuzz.json"), &problems);
    if (!scenario && problems.empty())
        std::abort(); // a refusal must say why
    if (scenario && !problems.empty())
        std::abort(); // never a scenario together with problems
    for (const auto &p : problems) {
        if (!p.toString().startsWith(QLatin1String("fuzz.json:")))
            std::abort(); // every problem names the file and place
    }
    return 0;
}
