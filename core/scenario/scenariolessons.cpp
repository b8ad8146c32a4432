// The lesson parts of a scenario: "chapters", "predict" questions and "expect" checks.
#include "scenario/scenariovalidator.h"

#include "scenario/expectcheck.h"

#include <limits>

namespace sockscope::loader {

void Validator::readChapters(const Object &top, Scenario &s)
{
    const JsonValue *chapters = array(top, "chapters", false,
                                      tr("a list of chapters, each {\"when\": {...}, "
                                         "\"text\": ...}"));
    if (!chapters)
        return;
    for (std::size_t i = 0; i < chapters->items.size(); ++i) {
        const QString path = QStringLiteral("chapters[%1]").arg(i);
        const Object o(*this, chapters->items[i], path,
                       {QStringLiteral("at_ms"), QStringLiteral("when"), QStringLiteral("models"),
                        QStringLiteral("title"), QStringLiteral("text"),
                        QStringLiteral("blocking_work")},
                       tr("a chapter {\"when\": {\"kind\": ...}, \"text\": ...}"));
        if (!o.valid())
            continue;
        Chapter c;
        if (o.get("at_ms"))
            c.atMs = int(o.integer("at_ms", true, 0, kMaxDelayMs, delayWhat(), negativeDelayHint())
                             .value_or(0));
        if (const JsonValue *when = o.get("when")) {
            if (auto pattern = readPattern(*when, o.field("when"), s))
                c.when = std::make_shared<const EventPattern>(*pattern);
        } else if (!o.get("at_ms")) {
            report(chapters->items[i].position, path,
                   tr("a chapter needs \"when\" (the event it begins at) or \"at_ms\""));
        }
        c.models = readModelSubset(o, "models", s);
        c.blockingWork = readBlockingWorkCondition(o, c.models, s);
        c.title = o.string("title", false, tr("a short chapter title")).value_or(QString());
        c.text = o.string("text", true, tr("the note shown at that point")).value_or(QString());
        s.chapters.push_back(c);
    }
}

void Validator::readQuestions(const Object &top, Scenario &s)
{
    const JsonValue *questions = array(top, "predict", false,
                                       tr("a list of questions, each {\"question\", "
                                          "\"choices\", \"answer\", \"explanation\"}"));
    if (!questions)
        return;
    for (std::size_t i = 0; i < questions->items.size(); ++i) {
        const QString path = QStringLiteral("predict[%1]").arg(i);
        const Object o(*this, questions->items[i], path,
                       {QStringLiteral("question"), QStringLiteral("choices"),
                        QStringLiteral("answer"), QStringLiteral("explanation"),
                        QStringLiteral("models"), QStringLiteral("blocking_work")},
                       tr("a question {\"question\", \"choices\", \"answer\", "
                          "\"explanation\"}"));
        if (!o.valid())
            continue;
        PredictQuestion q;
        q.question = o.string("question", true, tr("the question")).value_or(QString());
        q.explanation = o.string("explanation", true,
                                 tr("why the answer is right, shown "
                                    "after the run"))
                            .value_or(QString());
        if (const JsonValue *choices = array(o, "choices", true,
                                             tr("a list of at least two "
                                                "answers to choose from"))) {
            for (std::size_t c = 0; c < choices->items.size(); ++c) {
                const JsonValue &choice = choices->items[c];
                if (!choice.isString() || choice.string.trimmed().isEmpty())
                    report(
                        choice.position, QStringLiteral("%1.choices[%2]").arg(path).arg(c),
                        tr("expected the text of a choice, got %1").arg(describeJsonValue(choice)));
                else
                    q.choices << choice.string;
            }
            if (choices->items.size() < 2)
                report(choices->position, o.field("choices"),
                       tr("expected at least two choices, got %1").arg(choices->items.size()));
        }
        if (auto answer = o.integer("answer", true, 0, 99,
                                    tr("the index of the right choice, counting from 0"))) {
            if (*answer >= q.choices.size() && !q.choices.isEmpty())
                report(o.get("answer")->position, o.field("answer"),
                       tr("answer %1 is not a choice: with %2 choices the answer is 0 to %3 "
                          "(counting from 0)")
                           .arg(*answer)
                           .arg(q.choices.size())
                           .arg(q.choices.size() - 1));
            q.answer = int(*answer);
        }
        q.models = readModelSubset(o, "models", s);
        q.blockingWork = readBlockingWorkCondition(o, q.models, s);
        s.questions.push_back(q);
    }
}

QStringList Validator::readModelSubset(const Object &o, const char *key, const Scenario &s)
{
    QStringList result;
    const JsonValue *models = array(o, key, false, tr("a list of model names"));
    if (!models)
        return result;
    for (std::size_t i = 0; i < models->items.size(); ++i) {
        const JsonValue &m = models->items[i];
        const QString field = QStringLiteral("%1[%2]").arg(o.field(key)).arg(i);
        if (!m.isString()) {
            report(m.position, field,
                   tr("expected a model name, got %1").arg(describeJsonValue(m)));
        } else if (!s.models.contains(m.string)) {
            if (checkModelName(m, field))
                report(m.position, field,
                       tr("%1 is not one of this scenario's models (%2)")
                           .arg(quoted(m.string), s.models.join(QStringLiteral(", "))));
        } else {
            result << m.string;
        }
    }
    return result;
}

void Validator::readExpect(const JsonValue &value, Scenario &s)
{
    const Object o(*this, value, QStringLiteral("expect"),
                   {QStringLiteral("start"), QStringLiteral("checks")},
                   tr("an object {\"start\": ..., \"checks\": [...]}"));
    if (!o.valid())
        return;
    if (auto start = o.string("start", false, tr("\"succeeds\" or \"fails\""))) {
        if (*start == QLatin1String("fails"))
            s.expect.startFails = true;
        else if (*start != QLatin1String("succeeds"))
            reportUnknownWord(*o.get("start"), o.field("start"), tr("start outcome"),
                              {QStringLiteral("succeeds"), QStringLiteral("fails")});
    }
    const JsonValue *checks = array(o, "checks", false, tr("a list of checks"));
    if (!checks)
        return;
    for (std::size_t i = 0; i < checks->items.size(); ++i)
        readCheck(checks->items[i], QStringLiteral("expect.checks[%1]").arg(i), s);
}

void Validator::readCheck(const JsonValue &value, const QString &path, Scenario &s)
{
    const Object o(*this, value, path,
                   {QStringLiteral("count"), QStringLiteral("metric"), QStringLiteral("order"),
                    QStringLiteral("received"), QStringLiteral("equals"), QStringLiteral("min"),
                    QStringLiteral("max"), QStringLiteral("models"), QStringLiteral("why"),
                    QStringLiteral("blocking_work")},
                   tr("a check such as {\"count\": {\"kind\": \"accept_end\"}, \"equals\": 3}"));
    if (!o.valid())
        return;
    Expectation e;
    e.position = value.position;
    int kinds = 0;
    for (const char *k : {"count", "metric", "order", "received"})
        kinds += o.get(k) ? 1 : 0;
    if (kinds != 1) {
        report(value.position, path,
               tr("a check needs exactly one of \"count\", \"metric\", \"order\" or "
                  "\"received\" (this one has %1)")
                   .arg(kinds));
        return;
    }
    if (const JsonValue *count = o.get("count")) {
        e.kind = Expectation::Kind::Count;
        if (auto p = readPattern(*count, o.field("count"), s))
            e.pattern = *p;
    } else if (const JsonValue *metric = o.get("metric")) {
        e.kind = Expectation::Kind::Metric;
        if (!metric->isString())
            report(metric->position, o.field("metric"),
                   tr("expected a metric name (%1), got %2")
                       .arg(knownMetrics().join(QStringLiteral(", ")), describeJsonValue(*metric)));
        else if (!knownMetrics().contains(metric->string))
            reportUnknownWord(*metric, o.field("metric"), tr("metric"), knownMetrics());
        else
            e.metric = metric->string;
    } else if (const JsonValue *order = o.get("order")) {
        e.kind = Expectation::Kind::Order;
        if (!order->isArray() || order->items.size() < 2) {
            report(order->position, o.field("order"),
                   tr("expected a list of at least two event patterns, earliest first"));
        } else {
            for (std::size_t i = 0; i < order->items.size(); ++i) {
                if (auto p = readPattern(order->items[i],
                                         QStringLiteral("%1[%2]").arg(o.field("order")).arg(i), s))
                    e.order.push_back(*p);
            }
        }
    } else if (const JsonValue *received = o.get("received")) {
        e.kind = Expectation::Kind::Received;
        const Object r(*this, *received, o.field("received"),
                       {QStringLiteral("client"), QStringLiteral("contains")},
                       tr("an object {\"client\": ..., \"contains\": ...}"));
        if (r.valid()) {
            if (auto client = r.string("client", true, tr("a client's name")))
                if (checkClientName(*r.get("client"), r.field("client"), s))
                    e.client = *client;
            if (auto text = r.string("contains", true,
                                     tr("the text the client must have "
                                        "received")))
                e.text = text->toUtf8();
        }
    }
    const bool numeric = e.kind == Expectation::Kind::Count || e.kind == Expectation::Kind::Metric;
    e.equals = readNumber(o, "equals", numeric);
    e.min = readNumber(o, "min", numeric);
    e.max = readNumber(o, "max", numeric);
    if (numeric && !e.equals && !e.min && !e.max && !o.get("equals") && !o.get("min") &&
        !o.get("max"))
        report(value.position, path,
               tr("a %1 check needs \"equals\", \"min\" or \"max\"")
                   .arg(e.kind == Expectation::Kind::Count ? QStringLiteral("count")
                                                           : QStringLiteral("metric")));
    e.models = readModelSubset(o, "models", s);
    e.blockingWork = readBlockingWorkCondition(o, e.models, s);
    e.why =
        o.string("why", false, tr("what the check shows, said when it fails")).value_or(QString());
    s.expect.checks.push_back(e);
}

std::optional<ExpectedNumber> Validator::readNumber(const Object &o, const char *key, bool allowed)
{
    const JsonValue *v = o.get(key);
    if (!v)
        return std::nullopt;
    if (!allowed) {
        report(v->position, o.field(key),
               tr("%1 only applies to count and metric checks").arg(quoted(QLatin1String(key))));
        return std::nullopt;
    }
    if (v->isString() && v->string == QLatin1String("clients"))
        return ExpectedNumber{0, true};
    if (auto n = integerValue(*v, o.field(key), 0, std::numeric_limits<int>::max(),
                              tr("a whole number, 0 or more, or \"clients\" (the number of "
                                 "clients)")))
        return ExpectedNumber{*n, false};
    return std::nullopt;
}

bool Validator::checkClientName(const JsonValue &v, const QString &field, const Scenario &s)
{
    for (const auto &c : s.config.clients) {
        if (c.name == v.string)
            return true;
    }
    QStringList names;
    for (std::size_t i = 0; i < s.config.clients.size() && i < 8; ++i)
        names << s.config.clients[i].name;
    QString message = tr("no client is named %1").arg(quoted(v.string));
    const QString suggestion = closestMatch(v.string, names);
    if (!suggestion.isEmpty())
        message += tr("; did you mean %1?").arg(quoted(suggestion));
    message += tr(" (clients: %1%2)")
                   .arg(quotedList(names),
                        s.config.clients.size() > 8 ? QStringLiteral(", ...") : QString());
    report(v.position, field, message);
    return false;
}

std::optional<EventPattern> Validator::readPattern(const JsonValue &value, const QString &path,
                                                   const Scenario &s)
{
    const Object o(*this, value, path,
                   {QStringLiteral("kind"), QStringLiteral("actor"), QStringLiteral("peer"),
                    QStringLiteral("errno"), QStringLiteral("bytes"), QStringLiteral("min_bytes"),
                    QStringLiteral("call"), QStringLiteral("occurrence"), QStringLiteral("state")},
                   tr("an event pattern such as {\"kind\": \"accept_end\", \"peer\": "
                      "\"client 2\"}"));
    if (!o.valid())
        return std::nullopt;
    EventPattern p;
    const auto kindOf = [&](const char *key) -> std::optional<EventKind> {
        const JsonValue *v = o.get(key);
        if (!v)
            return std::nullopt;
        if (v->isString())
            if (auto k = eventKindFromName(v->string.toUtf8()))
                return k;
        if (v->isString())
            reportUnknownWord(*v, o.field(key), tr("event kind"), eventKindNames());
        else
            report(v->position, o.field(key),
                   tr("expected an event kind such as \"accept_end\", got %1")
                       .arg(describeJsonValue(*v)));
        return std::nullopt;
    };
    p.kind = kindOf("kind");
    p.call = kindOf("call");
    if (auto actor = o.string("actor", false,
                              tr("\"server\", \"thread\", \"child\", \"task\", "
                                 "\"client\" or an actor's name"))) {
        static const QStringList roles = {QStringLiteral("server"), QStringLiteral("thread"),
                                          QStringLiteral("child"), QStringLiteral("client"),
                                          QStringLiteral("task")};
        // Server lanes ("main", "worker 2") are named by the run; clients are known now.
        if (!roles.contains(*actor) && actor->startsWith(QLatin1String("client ")))
            checkClientName(*o.get("actor"), o.field("actor"), s);
        p.actor = *actor;
    }
    if (auto peer = o.string("peer", false, tr("a client's name"))) {
        if (checkClientName(*o.get("peer"), o.field("peer"), s))
            p.peer = *peer;
    }
    if (const JsonValue *err = o.get("errno")) {
        if (err->isString() && err->string == QLatin1String("none"))
            p.err = 0;
        else if (err->isString() && errnoFromName(err->string))
            p.err = *errnoFromName(err->string);
        else if (err->isString())
            reportUnknownWord(*err, o.field("errno"), tr("errno name"),
                              knownErrnoNames() << QStringLiteral("none"));
        else
            report(err->position, o.field("errno"),
                   tr("expected an errno name such as \"ECONNREFUSED\" (or \"none\"), got %1")
                       .arg(describeJsonValue(*err)));
    }
    if (auto b = o.integer("bytes", false, 0, std::numeric_limits<int>::max(),
                           tr("a byte count, 0 or more (0: the peer closed)")))
        p.bytes = int(*b);
    if (auto b = o.integer("min_bytes", false, 0, std::numeric_limits<int>::max(),
                           tr("a byte count, 0 or more")))
        p.minBytes = int(*b);
    if (auto state = o.string("state", false, tr("a TCP state such as \"CLOSE_WAIT\""))) {
        if (auto st = tcpStateFromName(state->toLatin1()))
            p.state = *st;
        else
            reportUnknownWord(*o.get("state"), o.field("state"), tr("TCP state"),
                              {QStringLiteral("LISTEN"), QStringLiteral("SYN_SENT"),
                               QStringLiteral("SYN_RECV"), QStringLiteral("ESTABLISHED"),
                               QStringLiteral("FIN_WAIT1"), QStringLiteral("FIN_WAIT2"),
                               QStringLiteral("CLOSE_WAIT"), QStringLiteral("LAST_ACK"),
                               QStringLiteral("CLOSING"), QStringLiteral("TIME_WAIT"),
                               QStringLiteral("GONE")});
    }
    if (auto occurrence = o.string("occurrence", false, tr("\"first\" or \"last\""))) {
        if (*occurrence == QLatin1String("last"))
            p.last = true;
        else if (*occurrence != QLatin1String("first"))
            reportUnknownWord(*o.get("occurrence"), o.field("occurrence"), tr("occurrence"),
                              {QStringLiteral("first"), QStringLiteral("last")});
    }
    return p;
}

} // namespace sockscope::loader
