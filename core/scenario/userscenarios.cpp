#include "userscenarios.h"

#include "trace/inputfile.h"
#include "trace/outputfile.h"

#include <QCoreApplication>
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

bool saveScenarioCopy(const QString &nameOrPath, const QString &target, QString *error)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("UserScenarios", text); };
    const QString bundled = ScenarioLibrary::bundledPath(nameOrPath);
    const QString source = bundled.isEmpty() ? nameOrPath : bundled;
    QString why;
    const auto bytes = readInputFile(source, kMaxScenarioFileBytes, tr("a scenario file"), &why);
    if (!bytes) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(source, why);
        return false;
    }
    if (const QString problem = checkOutputPath(target); !problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return writeOutputFile(target, *bytes, error);
}

QString proposedScenarioCopyPath(const QString &name)
{
    // A file name from the scenario's own "name": letters, digits, '-', '_' and '.' only, no
    // leading dot (a name from a stranger's file must not climb out of the folder).
    QString base;
    for (const QChar c : name.left(100))
        base += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ||
                        (c == u'.' && !base.isEmpty())
                    ? c
                    : QChar(u'-');
    if (base.isEmpty() || base.startsWith(u'-'))
        base.prepend(QStringLiteral("scenario"));
    const QDir folder(userScenarioFolder());
    QString path = folder.filePath(base + QStringLiteral(".json"));
    for (int n = 2; QFileInfo::exists(path) && n < 1000; ++n)
        path = folder.filePath(QStringLiteral("%1-%2.json").arg(base).arg(n));
    return path;
}

} // namespace sockscope
