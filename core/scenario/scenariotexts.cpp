#include "scenariotexts.h"

#include "scenario/scenariolibrary.h"

#include <QCoreApplication>
#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScenarioLoader", text);
}

QMutex &languageMutex()
{
    static QMutex mutex;
    return mutex;
}

QString &languageStorage()
{
    static QString language;
    return language;
}

void translateList(const ScenarioTranslations &own, QStringList &texts)
{
    for (QString &text : texts)
        text = scenarioText(own, text);
}

} // namespace

void setScenarioLanguage(const QString &language)
{
    const QMutexLocker lock(&languageMutex());
    languageStorage() = language.section(QLatin1Char('_'), 0, 0).toLower();
}

QString scenarioLanguage()
{
    const QMutexLocker lock(&languageMutex());
    return languageStorage();
}

QString scenarioText(const ScenarioTranslations &own, const QString &english)
{
    if (english.isEmpty())
        return english;
    const QString language = scenarioLanguage();
    if (!language.isEmpty() && language != QLatin1String("en")) {
        const auto table = own.constFind(language);
        if (table != own.constEnd()) {
            const QString text = table->value(english);
            if (!text.isEmpty())
                return text;
        }
    }
    const QByteArray source = english.toUtf8();
    return QCoreApplication::translate("Scenario", source.constData());
}

Scenario translatedScenario(Scenario s)
{
    const ScenarioTranslations &own = s.translations;
    s.title = scenarioText(own, s.title);
    s.topic = scenarioText(own, s.topic);
    s.description = scenarioText(own, s.description);
    for (Chapter &c : s.chapters) {
        c.title = scenarioText(own, c.title);
        c.text = scenarioText(own, c.text);
    }
    for (PredictQuestion &q : s.questions) {
        q.question = scenarioText(own, q.question);
        translateList(own, q.choices);
        q.explanation = scenarioText(own, q.explanation);
    }
    for (ScenarioVariant &v : s.variants)
        v.title = scenarioText(own, v.title);
    return s;
}

ScenarioInfo translatedScenarioInfo(ScenarioInfo info)
{
    info.title = scenarioText(info.translations, info.title);
    info.topic = scenarioText(info.translations, info.topic);
    info.description = scenarioText(info.translations, info.description);
    return info;
}

ScenarioTranslations readScenarioTranslations(const JsonValue &value,
                                              const ScenarioProblemSink &report)
{
    ScenarioTranslations result;
    const QString field = QStringLiteral("translations");
    if (!value.isObject()) {
        report(value.position, field,
               tr("expected an object of languages, e.g. {\"de\": {\"English text\": "
                  "\"Deutscher Text\"}}, got %1")
                   .arg(describeJsonValue(value)));
        return result;
    }
    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}$"));
    for (const JsonMember &language : value.members) {
        if (language.key.startsWith(QLatin1String("//")))
            continue;
        const QString languageField = field + QLatin1Char('.') + language.key;
        if (!languagePattern.match(language.key).hasMatch()) {
            report(language.keyPosition, languageField,
                   tr("expected a language code of two or three lowercase letters, e.g. "
                      "\"de\" or \"es\", got \"%1\"")
                       .arg(language.key));
            continue;
        }
        if (result.contains(language.key)) {
            report(language.keyPosition, languageField,
                   tr("the language \"%1\" is given twice; keep one").arg(language.key));
            continue;
        }
        if (!language.value.isObject()) {
            report(language.value.position, languageField,
                   tr("expected an object {\"English text\": \"translation\", ...}, got %1")
                       .arg(describeJsonValue(language.value)));
            continue;
        }
        QHash<QString, QString> table;
        for (const JsonMember &entry : language.value.members) {
            const QString entryField =
                QStringLiteral("%1[\"%2\"]").arg(languageField, entry.key.left(40));
            if (!entry.value.isString() || entry.value.string.trimmed().isEmpty()) {
                report(entry.value.position, entryField,
                       tr("expected the translated text (a non-empty string), got %1")
                           .arg(describeJsonValue(entry.value)));
                continue;
            }
            table.insert(entry.key, entry.value.string);
        }
        result.insert(language.key, table);
    }
    return result;
}

} // namespace sockscope
