#pragma once

#include "scenario/scenariolibrary.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sockscope {

// The user's own scenarios: every .json file in userScenarioFolder(), then the files the user
// opened elsewhere (remembered by the GUI), each loaded and checked exactly as a bundled one or
// a --scenario FILE is (loadScenario), with the same messages for the same mistakes.
struct UserScenario
{
    QString path;                     // absolute
    std::optional<ScenarioInfo> info; // nullopt: the file has problems
    QStringList problems;             // "file:line:col: field: message", one a line
};

// QStandardPaths::AppDataLocation + "/scenarios" (~/.local/share/SockScope/SockScope/scenarios).
QString userScenarioFolder();

// The folder's files by name, then `remembered` files outside it that still exist; no path
// twice.
std::vector<UserScenario> userScenarios(const QStringList &remembered);

// `remembered` with `path` (made absolute) first, no duplicates, at most kMaxRemembered.
constexpr int kMaxRememberedScenarios = 20;
QStringList rememberScenario(QStringList remembered, const QString &path);

// A copy of a scenario (a bundled NAME, or a file) written to `target`, byte for byte, so the
// user can change it in an editor; it is listed under "My scenarios" when it lies in
// userScenarioFolder(). False with `error` saying why ("PATH: ..."): the source cannot be read
// or the target cannot be written (any old file at `target` is then left as it was).
bool saveScenarioCopy(const QString &nameOrPath, const QString &target, QString *error);
// Where "Save scenario as" proposes to put a copy: NAME.json in userScenarioFolder() (NAME
// with anything but ASCII letters, digits, "-", "_" and "." replaced by "-"), or
// NAME-2.json, NAME-3.json... when that file exists already.
QString proposedScenarioCopyPath(const QString &name);

} // namespace sockscope
