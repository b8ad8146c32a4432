// The validator's frame: typed reads of object members, the top-level object, and checks
// that span several parts of a scenario.
#include "scenario/scenariovalidator.h"

#include "models/modelinfo.h"
#include "scenario/scenariotexts.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sockscope::loader {

QString quotedList(const QStringList &items)
{
    QStringList q;
    for (const auto &i : items)
        q << quoted(i);
    return q.join(QStringLiteral(", "));
}

const QStringList &readinessModels()
{
    static const QStringList models = {QStringLiteral("select"), QStringLiteral("poll"),
                                       QStringLiteral("epoll")};
    return models;
}

const std::vector<StepRule> &stepRules()
{
    static const std::vector<StepRule> rules = {
        {StepKind::Connect, {}, {}},
        {StepKind::Sleep, {QStringLiteral("ms")}, {}},
        {StepKind::Send, {QStringLiteral("data")}, {}},
        {StepKind::SendBytes, {QStringLiteral("count")}, {}},
        {StepKind::SendPieces,
         {QStringLiteral("data")},
         {QStringLiteral("pieces"), QStringLiteral("ms")}},
        {StepKind::SendFramed, {QStringLiteral("data")}, {}},
        {StepKind::Recv, {}, {QStringLiteral("count")}},
        {StepKind::RecvExactly, {QStringLiteral("count")}, {}},
        {StepKind::RecvUntil, {}, {QStringLiteral("delimiter")}},
        {StepKind::ShutdownWrite, {}, {}},
        {StepKind::Close, {}, {}},
        {StepKind::WaitRelease, {}, {}},
    };
    return rules;
}

QStringList stepKindNames()
{
    QStringList names;
    for (int i = 0; i < int(StepKind::Count); ++i)
        names << QLatin1String(stepKindName(StepKind(i)));
    return names;
}

QStringList eventKindNames()
{
    QStringList names;
    for (int i = 0; i < kEventKindCount; ++i)
        names << QLatin1String(eventKindName(EventKind(i)));
    return names;
}

bool isCommentKey(const QString &key)
{
    return key.startsWith(QLatin1String("//"));
}

namespace {

bool before(const ScenarioProblem &a, const ScenarioProblem &b)
{
    return std::pair(a.position.line, a.position.column) <
           std::pair(b.position.line, b.position.column);
}

} // namespace

void Validator::report(TextPosition where, const QString &field, const QString &message)
{
    m_problems.push_back({m_file, where, field, message});
    if (m_work) {
        ++m_work->problemsReported;
        ++m_work->messagesMade;
        m_work->problemsHeldPeak = std::max(m_work->problemsHeldPeak, qint64(m_problems.size()));
    }
    // Keeps the list short as it grows: every so often only the first problems in the file
    // are kept, so each report costs amortised constant time.
    if (m_maxProblems > 0 && m_problems.size() >= 4 * std::size_t(m_maxProblems))
        prune();
}

bool Validator::keeps(TextPosition where) const
{
    if (m_maxProblems <= 0 || m_problemsNotKept == 0)
        return true;
    // Once problems were dropped, one after the last kept one would be dropped too.
    return std::pair(where.line, where.column) < std::pair(m_lastKept.line, m_lastKept.column);
}

void Validator::prune()
{
    std::stable_sort(m_problems.begin(), m_problems.end(), before);
    if (m_work)
        m_work->entriesSorted += qint64(m_problems.size());
    if (m_maxProblems > 0 && m_problems.size() > std::size_t(m_maxProblems)) {
        m_problemsNotKept += qint64(m_problems.size()) - m_maxProblems;
        m_problems.resize(std::size_t(m_maxProblems));
        m_lastKept = m_problems.back().position;
    }
}

std::vector<ScenarioProblem> Validator::takeProblems(qint64 *notKept)
{
    prune();
    if (notKept)
        *notKept = m_problemsNotKept;
    return std::move(m_problems);
}

Validator::Object::Object(Validator &v, const JsonValue &value, QString path, QStringList allowed,
                          const QString &what)
    : m_v(v), m_value(value), m_path(std::move(path)), m_allowed(std::move(allowed))
{
    if (!value.isObject()) {
        m_v.report(value.position, m_path,
                   tr("expected %1, got %2").arg(what, describeJsonValue(value)));
        m_valid = false;
        return;
    }
    // A hash, not a list: a file with a hundred thousand keys in one object must still load
    // in linear time.
    QSet<QString> seen;
    seen.reserve(qsizetype(std::min<std::size_t>(value.members.size(), 1024)));
    for (const auto &m : value.members) {
        if (isCommentKey(m.key))
            continue;
        if (seen.contains(m.key)) {
            if (m_v.keeps(m.keyPosition))
                m_v.report(m.keyPosition, field(m.key),
                           tr("the key %1 is given twice; keep one").arg(quoted(m.key)));
            else
                m_v.countUnkept();
            continue;
        }
        seen.insert(m.key);
        if (!m_allowed.contains(m.key)) {
            if (m_v.keeps(m.keyPosition))
                reportUnknown(m);
            else
                m_v.countUnkept(); // not listed: no need to look for a suggestion
        }
    }
}

void Validator::Object::missing(const char *key, const QString &expectation) const
{
    m_v.report(
        m_value.position, field(key),
        tr("missing required key %1: expected %2").arg(quoted(QLatin1String(key)), expectation));
}

std::optional<QString> Validator::Object::string(const char *key, bool required,
                                                 const QString &what, bool allowEmpty) const
{
    const JsonValue *v = get(key);
    if (!v) {
        if (required && m_valid)
            missing(key, what);
        return std::nullopt;
    }
    if (!v->isString()) {
        m_v.report(v->position, field(key),
                   tr("expected %1, got %2").arg(what, describeJsonValue(*v)));
        return std::nullopt;
    }
    if (!allowEmpty && v->string.trimmed().isEmpty()) {
        m_v.report(v->position, field(key), tr("expected %1, got an empty string").arg(what));
        return std::nullopt;
    }
    return v->string;
}

std::optional<bool> Validator::Object::boolean(const char *key) const
{
    const JsonValue *v = get(key);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        m_v.report(v->position, field(key),
                   tr("expected true or false, got %1").arg(describeJsonValue(*v)));
        return std::nullopt;
    }
    return v->boolean;
}

std::optional<qint64> Validator::Object::integer(const char *key, bool required, qint64 min,
                                                 qint64 max, const QString &what,
                                                 const QString &belowHint) const
{
    const JsonValue *v = get(key);
    if (!v) {
        if (required && m_valid)
            missing(key, what);
        return std::nullopt;
    }
    return m_v.integerValue(*v, field(key), min, max, what, belowHint);
}

void Validator::Object::reportUnknown(const JsonMember &m) const
{
    const QString suggestion = closestMatch(m.key, m_allowed);
    QString message = tr("unknown key %1").arg(quoted(m.key));
    if (!suggestion.isEmpty())
        message += tr("; did you mean %1?").arg(quoted(suggestion));
    if (m_allowed.isEmpty())
        message += tr(" (this object takes no keys)");
    else
        message += tr(" (known keys here: %1)").arg(m_allowed.join(QStringLiteral(", ")));
    m_v.report(m.keyPosition, field(m.key), message);
}

std::optional<qint64> Validator::integerValue(const JsonValue &v, const QString &field, qint64 min,
                                              qint64 max, const QString &what,
                                              const QString &belowHint)
{
    if (!v.isNumber()) {
        QString message = tr("expected %1, got %2").arg(what, describeJsonValue(v));
        if (v.isString())
            message += tr(" (write numbers without quotes)");
        report(v.position, field, message);
        return std::nullopt;
    }
    if (v.outOfRange) {
        report(v.position, field, tr("expected %1, got %2").arg(what, describeJsonValue(v)));
        return std::nullopt;
    }
    if (!v.integral && v.number != std::floor(v.number)) {
        report(
            v.position, field,
            tr("expected %1, got %2, which is not a whole number").arg(what, describeJsonValue(v)));
        return std::nullopt;
    }
    if (v.number < double(min)) {
        QString message = tr("expected %1, got %2").arg(what, describeJsonValue(v));
        if (!belowHint.isEmpty())
            message += QStringLiteral(" (") + belowHint + QLatin1Char(')');
        report(v.position, field, message);
        return std::nullopt;
    }
    if (v.number > double(max)) {
        report(v.position, field,
               tr("expected %1, at most %2; got %3")
                   .arg(what, QString::number(max), describeJsonValue(v)));
        return std::nullopt;
    }
    return qint64(v.number);
}

const JsonValue *Validator::array(const Object &o, const char *key, bool required,
                                  const QString &what)
{
    const JsonValue *v = o.get(key);
    if (!v) {
        if (required && o.valid())
            o.missing(key, what);
        return nullptr;
    }
    if (!v->isArray()) {
        report(v->position, o.field(key),
               tr("expected %1, got %2").arg(what, describeJsonValue(*v)));
        return nullptr;
    }
    return v;
}

std::optional<Scenario> Validator::read(const JsonValue &root)
{
    Scenario s;
    const Object top(
        *this, root, QString(),
        {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("topic"),
         QStringLiteral("description"), QStringLiteral("lesson"), QStringLiteral("models"),
         QStringLiteral("default_model"), QStringLiteral("server"), QStringLiteral("clients"),
         QStringLiteral("console"), QStringLiteral("step_by_hand"), QStringLiteral("speed"),
         QStringLiteral("timeout_ms"), QStringLiteral("chapters"), QStringLiteral("predict"),
         QStringLiteral("expect"), QStringLiteral("translations"), QStringLiteral("variants")},
        tr("a scenario object { \"name\": ..., \"models\": [...], ... }"));
    if (!top.valid())
        return std::nullopt;

    if (auto name = top.string("name", true,
                               tr("a short name of lowercase letters, digits "
                                  "and dashes, e.g. \"one-slow-client\""))) {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        if (!pattern.match(*name).hasMatch())
            report(top.get("name")->position, QStringLiteral("name"),
                   tr("expected a short name of lowercase letters, digits and dashes "
                      "(used on the command line: --scenario NAME), got %1")
                       .arg(describeJsonValue(*top.get("name"))));
        else
            s.name = *name;
    }
    s.title = top.string("title", true, tr("a title for menus, e.g. \"One slow client\""))
                  .value_or(QString());
    s.topic = top.string("topic", true, tr("a topic, e.g. \"blocking\" or \"processes\""))
                  .value_or(QString());
    s.description =
        top.string("description", true, tr("a description for students")).value_or(QString());
    s.lesson =
        int(top.integer("lesson", false, 1, 1000, tr("a lesson number, 1 or more")).value_or(0));

    readModels(top, s);
    if (const JsonValue *server = top.get("server"))
        readServer(*server, s);
    readVariants(top, s);
    readClients(top, s);
    readConsole(top, s);
    s.config.stepByHand = top.boolean("step_by_hand").value_or(false);
    if (const JsonValue *speed = top.get("speed")) {
        if (!speed->isNumber() || !(speed->number >= 0.05 && speed->number <= 100))
            report(speed->position, QStringLiteral("speed"),
                   tr("expected a speed factor from 0.05 (20 times slower) to 100, got %1")
                       .arg(describeJsonValue(*speed)));
        else
            s.config.speed = speed->number;
    }
    s.config.timeoutMs = int(top.integer("timeout_ms", false, 100, kMaxDelayMs,
                                         tr("a time limit in milliseconds, 100 or more"))
                                 .value_or(s.config.timeoutMs));
    readChapters(top, s);
    readQuestions(top, s);
    if (const JsonValue *expect = top.get("expect"))
        readExpect(*expect, s);
    if (const JsonValue *translations = top.get("translations"))
        s.translations = readScenarioTranslations(
            *translations, [this](TextPosition where, const QString &field,
                                  const QString &message) { report(where, field, message); });

    checkCrossFields(top, s);
    if (hasProblems())
        return std::nullopt;
    s.config.scenario = s.name;
    s.config.server.model = s.defaultModel;
    return s;
}

void Validator::checkCrossFields(const Object &top, const Scenario &s)
{
    if (s.config.server.watchConsole) {
        for (const auto &m : s.models) {
            if (!readinessModels().contains(m)) {
                const JsonValue *server = top.get("server");
                const JsonValue *watch = server ? server->member(u"watch_console") : nullptr;
                report(watch ? watch->position : top.value().position,
                       QStringLiteral("server.watch_console"),
                       tr("only a readiness loop (select, poll, epoll) can watch its console "
                          "beside its sockets, but \"models\" lists %1")
                           .arg(quoted(m)));
                break;
            }
        }
    }
    if (s.config.server.blockingWork && !s.models.contains(QStringLiteral("asyncio"))) {
        const JsonValue *server = top.get("server");
        const JsonValue *blocking = server ? server->member(u"blocking_work") : nullptr;
        report(blocking ? blocking->position : top.value().position,
               QStringLiteral("server.blocking_work"),
               tr("blocking_work only changes the asyncio model (its work becomes a blocking "
                  "sleep instead of an awaited one), but \"models\" does not list asyncio; "
                  "the other models' work always blocks the thread that does it"));
    }
    const bool anyStreamModel = std::any_of(s.models.begin(), s.models.end(), [](const QString &m) {
        return m != QLatin1String("udp");
    });
    for (const auto &source : m_sources) {
        if (source.explicitUdp && anyStreamModel) {
            report(source.udpPosition, source.field + QStringLiteral(".udp"),
                   tr("a UDP client can only talk to the udp model, but \"models\" lists "
                      "TCP models too (leave \"udp\" out: clients talk UDP to the udp model "
                      "by themselves)"));
            break;
        }
    }
}

} // namespace sockscope::loader
