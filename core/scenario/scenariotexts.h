#pragma once

#include "scenario/jsonreader.h"
#include "scenario/scenario.h"

#include <QString>

#include <functional>

namespace sockscope {

struct ScenarioInfo;

// Scenario files are written in English. What a student reads comes from here, in one place:
// the file's own "translations" for the UI language first, then the translators' catalogue
// (context "Scenario", translations/scenarios_LANG.ts, filled by scripts/scenario-texts),
// then the English text. Names, models and `expect` patterns are never translated.

// The UI language ("de", "es"; "en" or empty: English). The front end sets it when it
// installs its translators.
void setScenarioLanguage(const QString &language);
QString scenarioLanguage();

// One text of `scenario` in the UI language.
QString scenarioText(const ScenarioTranslations &own, const QString &english);

// The scenario with every text meant for students translated: title, topic, description,
// chapter titles and texts, predict questions, choices and explanations.
Scenario translatedScenario(Scenario scenario);
ScenarioInfo translatedScenarioInfo(ScenarioInfo info);

// Reads the optional top-level "translations" object: {"de": {"ENGLISH": "Deutsch", ...}}.
// Every problem goes to `report` with the position of the offending value.
using ScenarioProblemSink =
    std::function<void(TextPosition where, const QString &field, const QString &message)>;
ScenarioTranslations readScenarioTranslations(const JsonValue &value,
                                              const ScenarioProblemSink &report);

} // namespace sockscope
