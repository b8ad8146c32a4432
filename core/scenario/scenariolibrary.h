#pragma once

#include "scenario/scenario.h"
#include "scenario/scenarioloader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sockscope {

// What a menu or `list-scenarios` shows of a scenario, without its clients.
struct ScenarioInfo
{
    QString name;
    QString title;
    QString topic;
    QString description;
    QStringList models;
    QString defaultModel;
    int lesson = 0;
    QString source; // ":/scenarios/NAME.json"
    ScenarioTranslations translations;
};

// The scenarios compiled into SockScope (resources/scenarios/*.json), and scenario files on
// disk. Bundled files are validated when listed; one that fails is left out of the list
// (and the test suite fails on it), so a broken file never reaches a menu.
class ScenarioLibrary
{
public:
    // In teaching order ("lesson"), then by name; texts in the UI language (scenariotexts.h).
    static QList<ScenarioInfo> bundled();
    static QStringList bundledNames();
    static QString bundledPath(const QString &name); // empty when there is no such scenario

    // NAME of a bundled scenario, or the path of a .json file. Problems come back with file,
    // line, column and field; an unknown name lists the bundled ones.
    static std::optional<Scenario> load(const QString &nameOrPath,
                                        std::vector<ScenarioProblem> *problems);
};

// For the front ends: `--scenario NAME|FILE`, with its texts in the UI language
// (scenariotexts.h); ScenarioLibrary::load keeps them in English. On failure `errors` gets one
// readable line per problem ("file:line:col: field: message").
std::optional<Scenario> loadScenario(const QString &nameOrPath, QStringList *errors);

} // namespace sockscope
