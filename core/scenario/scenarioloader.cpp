#include "scenarioloader.h"

#include "models/modelinfo.h"
#include "scenario/expectcheck.h"
#include "scenario/scenariotexts.h"
#include "scenario/scenariovalidator.h"
#include "trace/inputfile.h"

#include <QFile>

#include <sys/resource.h>

#include <algorithm>
#include <limits>
#include <mutex>

namespace sockscope {

namespace {

using loader::tr;

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString ScenarioProblem::toString() const
{
    // Problems with the file as a whole (it cannot be opened, no such scenario) have no line.
    QString text =
        position.line > 0
            ? QStringLiteral("%1:%2:%3: ").arg(file).arg(position.line).arg(position.column)
            : file + QStringLiteral(": ");
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return text + message;
}

QString closestMatch(const QString &word, const QStringList &candidates)
{
    const QString lower = word.toLower();
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const auto &c : candidates) {
        const int d = editDistance(lower, c.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    // A third of the word may be wrong; more than that is a different word...
    const int allowed = std::max<int>(1, int(word.size()) / 3);
    if (bestDistance <= allowed)
        return best;
    // ...unless it starts like a candidate ("recieve" for "recv").
    QString prefixed;
    int prefixedDistance = std::numeric_limits<int>::max();
    for (const auto &c : candidates) {
        if (word.size() >= 3 && c.startsWith(word.left(3), Qt::CaseInsensitive)) {
            const int d = editDistance(lower, c.toLower());
            if (d < prefixedDistance) {
                prefixedDistance = d;
                prefixed = c;
            }
        }
    }
    return prefixed;
}

qint64 descriptorsNeeded(const RunConfig &config)
{
    qint64 needed = kDescriptorHeadroom;
    for (const auto &c : config.clients)
        needed += c.udp ? 1 : 2;
    return needed;
}

qint64 availableDescriptors()
{
    static std::once_flag raised;
    std::call_once(raised, [] {
        rlimit limit{};
        if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
            limit.rlim_cur = limit.rlim_max;
            setrlimit(RLIMIT_NOFILE, &limit);
        }
    });
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur == RLIM_INFINITY)
        return std::numeric_limits<qint64>::max();
    return qint64(limit.rlim_cur);
}

std::optional<Scenario> parseScenario(const QByteArray &json, const QString &fileName,
                                      std::vector<ScenarioProblem> *problems,
                                      const ScenarioLoadOptions &options)
{
    std::vector<ScenarioProblem> found;
    JsonSyntaxError syntax;
    const auto root = parseJsonWithPositions(json, &syntax);
    std::optional<Scenario> result;
    qint64 notListed = 0;
    if (!root) {
        found.push_back({fileName, syntax.position, QString(), syntax.message});
    } else {
        loader::Validator validator(fileName, options.descriptorLimit, options.maxProblems);
        validator.countWorkInto(options.work);
        result = validator.read(*root);
        found = validator.takeProblems(&notListed);
        if (result)
            result->source = fileName;
    }
    if (notListed > 0)
        found.push_back({fileName,
                         {0, 0},
                         QString(),
                         tr("and %1 more problems (only the first %2 in the file are listed)")
                             .arg(notListed)
                             .arg(found.size())});
    if (!found.empty())
        result.reset();
    if (problems)
        *problems = std::move(found);
    return result;
}

std::optional<Scenario> loadScenarioFile(const QString &path,
                                         std::vector<ScenarioProblem> *problems,
                                         const ScenarioLoadOptions &options)
{
    // A scenario is a few kilobytes: at most kMaxScenarioFileBytes are read, whatever stat
    // says (a FIFO or /dev/zero says 0 bytes).
    QString error;
    const auto bytes = readInputFile(path, kMaxScenarioFileBytes, tr("a scenario file"), &error);
    if (!bytes) {
        if (problems)
            *problems = {{path, {0, 0}, QString(), error}};
        return std::nullopt;
    }
    return parseScenario(*bytes, path, problems, options);
}

} // namespace sockscope
