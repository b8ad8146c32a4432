#pragma once

// The scenario validator, shared by the files that read each part of a scenario
// (scenarioserver.cpp, scenarioclients.cpp, scenariolessons.cpp); not a public interface:
// use parseScenario() and loadScenarioFile() in scenarioloader.h.

#include "scenario/jsonreader.h"
#include "scenario/scenario.h"
#include "scenario/scenarioloader.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace sockscope::loader {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("ScenarioLoader", text);
}

inline QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString quotedList(const QStringList &items);

constexpr qint64 kMaxClients = 100000;
constexpr int kMaxDelayMs = 10 * 60 * 1000;
constexpr int kMaxSendBytes = 64 * 1024 * 1024;
constexpr int kMaxRecvBytes = 1024 * 1024;

const QStringList &readinessModels();

struct StepRule
{
    StepKind kind;
    QStringList required;
    QStringList optional;
};

const std::vector<StepRule> &stepRules();
QStringList stepKindNames();
QStringList eventKindNames();
bool isCommentKey(const QString &key);

// Collects every problem instead of stopping at the first, so a teacher fixes a file in one
// pass. Keeps at most `maxProblems` of them (the first in the file) and counts the rest, so a
// file of a million mistakes costs linear time and a screenful of messages.
class Validator
{
public:
    Validator(QString file, qint64 descriptorLimit, int maxProblems)
        : m_file(std::move(file)), m_descriptorLimit(descriptorLimit), m_maxProblems(maxProblems)
    {
    }

    void report(TextPosition where, const QString &field, const QString &message);
    // The problems kept, in file order, and how many more there were.
    std::vector<ScenarioProblem> takeProblems(qint64 *notKept);
    bool hasProblems() const { return !m_problems.empty() || m_problemsNotKept > 0; }
    // False when a problem at `where` would not be listed anyway: its message need not be
    // made (only counted, with countUnkept()).
    bool keeps(TextPosition where) const;
    void countUnkept()
    {
        ++m_problemsNotKept;
        if (m_work)
            ++m_work->problemsReported;
    }
    void countWorkInto(ScenarioLoadWork *work) { m_work = work; }

    // One JSON object being read: remembers which keys exist so unknown ones are reported
    // with a suggestion, and answers typed questions about its members.
    class Object
    {
    public:
        Object(Validator &v, const JsonValue &value, QString path, QStringList allowed,
               const QString &what);

        bool valid() const { return m_valid; }
        const JsonValue &value() const { return m_value; }
        QString field(const QString &key) const
        {
            return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
        }
        QString field(const char *key) const { return field(QLatin1String(key)); }
        const JsonValue *get(const char *key) const
        {
            return m_valid ? m_value.member(QLatin1String(key)) : nullptr;
        }

        void missing(const char *key, const QString &expectation) const;
        std::optional<QString> string(const char *key, bool required, const QString &what,
                                      bool allowEmpty = false) const;
        std::optional<bool> boolean(const char *key) const;
        // A whole number in [min, max]. `what` describes the valid values ("a delay in
        // milliseconds, 0 or more"); `belowHint` explains a value under min.
        std::optional<qint64> integer(const char *key, bool required, qint64 min, qint64 max,
                                      const QString &what, const QString &belowHint = {}) const;

    private:
        void reportUnknown(const JsonMember &m) const;

        Validator &m_v;
        const JsonValue &m_value;
        QString m_path;
        QStringList m_allowed;
        bool m_valid = true;
    };

    std::optional<qint64> integerValue(const JsonValue &v, const QString &field, qint64 min,
                                       qint64 max, const QString &what,
                                       const QString &belowHint = {});
    // An array member: reports a wrong type and returns nullptr.
    const JsonValue *array(const Object &o, const char *key, bool required, const QString &what);

    QString delayWhat() const { return tr("a time in milliseconds, 0 or more"); }
    QString negativeDelayHint() const
    {
        return tr("a delay cannot be negative: time only runs forward");
    }

    std::optional<Scenario> read(const JsonValue &root);

private:
    struct ClientSource
    {
        TextPosition namePosition;
        QString field;
        bool explicitUdp = false;
        TextPosition udpPosition;
        TextPosition repeatPosition;
        qint64 repeat = 1;
    };

    // scenarioserver.cpp
    void readModels(const Object &top, Scenario &s);
    bool checkModelName(const JsonValue &m, const QString &field);
    void readServer(const JsonValue &value, Scenario &s);
    void readLessonOptions(const Object &o, Scenario &s);
    std::optional<QByteArray> delimiterValue(const Object &o);
    void reportUnknownWord(const JsonValue &v, const QString &field, const QString &what,
                           const QStringList &known);

    // scenarioclients.cpp
    void readClients(const Object &top, Scenario &s);
    void checkDescriptorLimit(const JsonValue &clients, const Scenario &s,
                              const ClientSource *largest);
    void readSteps(const JsonValue &steps, const QString &path, const Scenario &s,
                   ClientScript &script);
    std::optional<ClientStep> readStep(const JsonValue &item, const QString &field,
                                       const Scenario &s);
    static QString exampleFor(StepKind kind);
    QByteArray hexData(const JsonValue &value, const QString &field);
    void readConsole(const Object &top, Scenario &s);

    // scenariolessons.cpp
    void readVariants(const Object &top, Scenario &s);
    std::optional<bool> readBlockingWorkCondition(const Object &o, const QStringList &models,
                                                  const Scenario &s);
    void readChapters(const Object &top, Scenario &s);
    void readQuestions(const Object &top, Scenario &s);
    QStringList readModelSubset(const Object &o, const char *key, const Scenario &s);
    void readExpect(const JsonValue &value, Scenario &s);
    void readCheck(const JsonValue &value, const QString &path, Scenario &s);
    std::optional<ExpectedNumber> readNumber(const Object &o, const char *key, bool allowed);
    bool checkClientName(const JsonValue &v, const QString &field, const Scenario &s);
    std::optional<EventPattern> readPattern(const JsonValue &value, const QString &path,
                                            const Scenario &s);

    void checkCrossFields(const Object &top, const Scenario &s);
    void prune();

    QString m_file;
    qint64 m_descriptorLimit;
    int m_maxProblems;
    std::vector<ScenarioProblem> m_problems;
    qint64 m_problemsNotKept = 0;
    ScenarioLoadWork *m_work = nullptr;
    TextPosition m_lastKept; // the last problem kept, once some were dropped
    std::vector<ClientSource> m_sources;
    std::vector<std::size_t> m_clientSources; // per expanded client: index into m_sources
};

} // namespace sockscope::loader
