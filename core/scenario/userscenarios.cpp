#include "userscenarios.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace sockscope {

QString userScenarioFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/scenarios");
}

namespace {

UserScenario loadUserScenario(const QString &path)
{
    UserScenario entry;
    entry.path = path;
    const auto scenario = loadScenario(path, &entry.problems);
    if (!scenario)
        return entry;
    ScenarioInfo info;
    info.name = scenario->name;
    info.title = scenario->title;
    info.topic = scenario->topic;
    info.description = scenario->description;
    info.models = scenario->models;
    info.defaultModel = scenario->defaultModel;
    info.lesson = scenario->lesson;
    info.source = path;
    entry.info = std::move(info);
    return entry;
}

} // namespace

std::vector<UserScenario> userScenarios(const QStringList &remembered)
{
    std::vector<UserScenario> list;
    QStringList seen;
    const QDir folder(userScenarioFolder());
    for (const QFileInfo &file :
         folder.entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable,
                              QDir::Name | QDir::IgnoreCase)) {
        const QString path = file.absoluteFilePath();
        seen << path;
        list.push_back(loadUserScenario(path));
    }
    for (const QString &path : remembered) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute) || !QFileInfo(absolute).isFile())
            continue;
        seen << absolute;
        list.push_back(loadUserScenario(absolute));
    }
    return list;
}

QStringList rememberScenario(QStringList remembered, const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    remembered.removeAll(absolute);
    remembered.prepend(absolute);
    while (remembered.size() > kMaxRememberedScenarios)
        remembered.removeLast();
    return remembered;
}

} // namespace sockscope
