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

} // namespace sockscope
