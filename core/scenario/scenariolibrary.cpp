#include "scenariolibrary.h"

#include "scenariotexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <limits>
#include <mutex>

// The resources live in a static library: without an explicit initialisation the linker
// drops them from programs that never reference them. Q_INIT_RESOURCE must be used outside
// any namespace.
static void initScenarioResources()
{
    static std::once_flag once;
    std::call_once(once, [] { Q_INIT_RESOURCE(scenarios); });
}

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScenarioLibrary", text);
}

const QString kResourceDir = QStringLiteral(":/scenarios");

struct Catalogue
{
    QList<ScenarioInfo> infos;
};

const Catalogue &catalogue()
{
    static const Catalogue c = [] {
        initScenarioResources();
        Catalogue result;
        const QStringList files =
            QDir(kResourceDir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const auto &file : files) {
            const QString path = kResourceDir + QLatin1Char('/') + file;
            std::vector<ScenarioProblem> problems;
            // Bundled files are checked for their shape, not against this machine's
            // descriptor limit: listing must not depend on `ulimit -n`.
            ScenarioLoadOptions options;
            options.descriptorLimit = std::numeric_limits<qint64>::max();
            const auto s = loadScenarioFile(path, &problems, options);
            if (!s)
                continue;
            result.infos.push_back({s->name, s->title, s->topic, s->description, s->models,
                                    s->defaultModel, s->lesson, path, s->translations});
        }
        std::stable_sort(result.infos.begin(), result.infos.end(),
                         [](const ScenarioInfo &a, const ScenarioInfo &b) {
                             const int la = a.lesson > 0 ? a.lesson : 1 << 20;
                             const int lb = b.lesson > 0 ? b.lesson : 1 << 20;
                             return la != lb ? la < lb : a.name < b.name;
                         });
        return result;
    }();
    return c;
}

bool looksLikePath(const QString &text)
{
    return text.contains(QLatin1Char('/')) || text.endsWith(QLatin1String(".json")) ||
           QFileInfo::exists(text);
}

} // namespace

QList<ScenarioInfo> ScenarioLibrary::bundled()
{
    QList<ScenarioInfo> infos;
    for (const ScenarioInfo &info : catalogue().infos)
        infos << translatedScenarioInfo(info);
    return infos;
}

QStringList ScenarioLibrary::bundledNames()
{
    QStringList names;
    for (const auto &info : catalogue().infos)
        names << info.name;
    return names;
}

QString ScenarioLibrary::bundledPath(const QString &name)
{
    initScenarioResources();
    const QString path = kResourceDir + QLatin1Char('/') + name + QStringLiteral(".json");
    return QFileInfo::exists(path) ? path : QString();
}

std::optional<Scenario> ScenarioLibrary::load(const QString &nameOrPath,
                                              std::vector<ScenarioProblem> *problems)
{
    if (looksLikePath(nameOrPath) && !nameOrPath.startsWith(QLatin1Char(':')))
        return loadScenarioFile(nameOrPath, problems);
    const QString path = bundledPath(nameOrPath);
    if (!path.isEmpty())
        return loadScenarioFile(path, problems);
    if (problems) {
        const QStringList names = bundledNames();
        QString message = tr("no scenario is named \"%1\"").arg(nameOrPath);
        const QString suggestion = closestMatch(nameOrPath, names);
        if (!suggestion.isEmpty())
            message += tr("; did you mean \"%1\"?").arg(suggestion);
        message += tr(" (bundled: %1; or give the path of a .json file)")
                       .arg(names.join(QStringLiteral(", ")));
        // A bare name is not a file: no line and column.
        *problems = {{nameOrPath, {0, 0}, QString(), message}};
    }
    return std::nullopt;
}

std::optional<Scenario> loadScenario(const QString &nameOrPath, QStringList *errors)
{
    std::vector<ScenarioProblem> problems;
    auto scenario = ScenarioLibrary::load(nameOrPath, &problems);
    if (errors) {
        errors->clear();
        for (const auto &p : problems)
            *errors << p.toString();
    }
    if (scenario)
        return translatedScenario(std::move(*scenario));
    return scenario;
}

} // namespace sockscope
