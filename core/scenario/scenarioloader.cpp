#include "scenarioloader.h"

#include "models/modelinfo.h"
#include "scenario/expectcheck.h"
#include "scenario/scenariotexts.h"
#include "trace/inputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ScenarioLoader", text);
}

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString quotedList(const QStringList &items)
{
    QStringList q;
    for (const auto &i : items)
        q << quoted(i);
    return q.join(QStringLiteral(", "));
}

constexpr qint64 kMaxClients = 100000;
constexpr int kMaxDelayMs = 10 * 60 * 1000;
constexpr int kMaxSendBytes = 64 * 1024 * 1024;
constexpr int kMaxRecvBytes = 1024 * 1024;

const QStringList &readinessModels()
{
    static const QStringList models = {QStringLiteral("select"), QStringLiteral("poll"),
                                       QStringLiteral("epoll")};
    return models;
}

struct StepRule
{
    StepKind kind;
    QStringList required;
    QStringList optional;
};

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

// The validator. Collects every problem instead of stopping at the first, so a teacher
// fixes a file in one pass.
class Validator
{
public:
    Validator(QString file, qint64 descriptorLimit)
        : m_file(std::move(file)), m_descriptorLimit(descriptorLimit)
    {
    }

    std::vector<ScenarioProblem> problems;

    void report(TextPosition where, const QString &field, const QString &message)
    {
        problems.push_back({m_file, where, field, message});
    }

    // One JSON object being read: remembers which keys exist so unknown ones are reported
    // with a suggestion, and answers typed questions about its members.
    class Object
    {
    public:
        Object(Validator &v, const JsonValue &value, QString path, QStringList allowed,
               const QString &what)
            : m_v(v), m_value(value), m_path(std::move(path)), m_allowed(std::move(allowed))
        {
            if (!value.isObject()) {
                m_v.report(value.position, m_path,
                           tr("expected %1, got %2").arg(what, describeJsonValue(value)));
                m_valid = false;
                return;
            }
            QStringList seen;
            for (const auto &m : value.members) {
                if (isCommentKey(m.key))
                    continue;
                if (seen.contains(m.key)) {
                    m_v.report(m.keyPosition, field(m.key),
                               tr("the key %1 is given twice; keep one").arg(quoted(m.key)));
                    continue;
                }
                seen << m.key;
                if (!m_allowed.contains(m.key))
                    reportUnknown(m);
            }
        }

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

        void missing(const char *key, const QString &expectation) const
        {
            m_v.report(m_value.position, field(key),
                       tr("missing required key %1: expected %2")
                           .arg(quoted(QLatin1String(key)), expectation));
        }

        std::optional<QString> string(const char *key, bool required, const QString &what,
                                      bool allowEmpty = false) const
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
                m_v.report(v->position, field(key),
                           tr("expected %1, got an empty string").arg(what));
                return std::nullopt;
            }
            return v->string;
        }

        std::optional<bool> boolean(const char *key) const
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

        // A whole number in [min, max]. `what` describes the valid values ("a delay in
        // milliseconds, 0 or more"); `belowHint` explains a value under min.
        std::optional<qint64> integer(const char *key, bool required, qint64 min, qint64 max,
                                      const QString &what, const QString &belowHint = {}) const
        {
            const JsonValue *v = get(key);
            if (!v) {
                if (required && m_valid)
                    missing(key, what);
                return std::nullopt;
            }
            return m_v.integerValue(*v, field(key), min, max, what, belowHint);
        }

    private:
        void reportUnknown(const JsonMember &m) const
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

        Validator &m_v;
        const JsonValue &m_value;
        QString m_path;
        QStringList m_allowed;
        bool m_valid = true;
    };

    std::optional<qint64> integerValue(const JsonValue &v, const QString &field, qint64 min,
                                       qint64 max, const QString &what,
                                       const QString &belowHint = {})
    {
        if (!v.isNumber()) {
            QString message = tr("expected %1, got %2").arg(what, describeJsonValue(v));
            if (v.isString())
                message += tr(" (write numbers without quotes)");
            report(v.position, field, message);
            return std::nullopt;
        }
        if (!v.integral && v.number != std::floor(v.number)) {
            report(v.position, field,
                   tr("expected %1, got %2, which is not a whole number")
                       .arg(what, describeJsonValue(v)));
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

    // An array member: reports a wrong type and returns nullptr.
    const JsonValue *array(const Object &o, const char *key, bool required, const QString &what)
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

    QString delayWhat() const { return tr("a time in milliseconds, 0 or more"); }
    QString negativeDelayHint() const
    {
        return tr("a delay cannot be negative: time only runs forward");
    }

    std::optional<Scenario> read(const JsonValue &root)
    {
        Scenario s;
        const Object top(
            *this, root, QString(),
            {QStringLiteral("name"), QStringLiteral("title"), QStringLiteral("topic"),
             QStringLiteral("description"), QStringLiteral("lesson"), QStringLiteral("models"),
             QStringLiteral("default_model"), QStringLiteral("server"), QStringLiteral("clients"),
             QStringLiteral("console"), QStringLiteral("step_by_hand"), QStringLiteral("speed"),
             QStringLiteral("timeout_ms"), QStringLiteral("chapters"), QStringLiteral("predict"),
             QStringLiteral("expect"), QStringLiteral("translations")},
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
        s.lesson = int(
            top.integer("lesson", false, 1, 1000, tr("a lesson number, 1 or more")).value_or(0));

        readModels(top, s);
        if (const JsonValue *server = top.get("server"))
            readServer(*server, s);
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
        if (!problems.empty())
            return std::nullopt;
        s.config.scenario = s.name;
        s.config.server.model = s.defaultModel;
        return s;
    }

private:
    void readModels(const Object &top, Scenario &s)
    {
        const JsonValue *models = array(top, "models", true,
                                        tr("a list of the models this scenario fits, e.g. "
                                           "[\"sequential\", \"threaded\"]"));
        const QStringList known = modelNames();
        if (models) {
            if (models->items.empty())
                report(models->position, QStringLiteral("models"),
                       tr("expected at least one model; known models: %1")
                           .arg(known.join(QStringLiteral(", "))));
            for (std::size_t i = 0; i < models->items.size(); ++i) {
                const JsonValue &m = models->items[i];
                const QString field = QStringLiteral("models[%1]").arg(i);
                if (!m.isString()) {
                    report(m.position, field,
                           tr("expected a model name, got %1").arg(describeJsonValue(m)));
                    continue;
                }
                if (!checkModelName(m, field))
                    continue;
                if (s.models.contains(m.string))
                    report(m.position, field,
                           tr("the model %1 is listed twice").arg(quoted(m.string)));
                else
                    s.models << m.string;
            }
        }
        if (const JsonValue *def = top.get("default_model")) {
            if (!def->isString()) {
                report(def->position, QStringLiteral("default_model"),
                       tr("expected a model name, got %1").arg(describeJsonValue(*def)));
            } else if (checkModelName(*def, QStringLiteral("default_model"))) {
                if (models && !s.models.contains(def->string))
                    report(def->position, QStringLiteral("default_model"),
                           tr("the default model %1 must be one of \"models\": %2")
                               .arg(quoted(def->string), s.models.join(QStringLiteral(", "))));
                else
                    s.defaultModel = def->string;
            }
        } else if (!s.models.isEmpty()) {
            s.defaultModel = s.models.first();
        }
    }

    bool checkModelName(const JsonValue &m, const QString &field)
    {
        const QStringList known = modelNames();
        if (known.contains(m.string))
            return true;
        QString message = tr("unknown model %1").arg(quoted(m.string));
        const QString suggestion = closestMatch(m.string, known);
        if (!suggestion.isEmpty())
            message += tr("; did you mean %1?").arg(quoted(suggestion));
        message += tr(" (known models: %1)").arg(known.join(QStringLiteral(", ")));
        report(m.position, field, message);
        return false;
    }

    void readServer(const JsonValue &value, Scenario &s)
    {
        const Object o(*this, value, QStringLiteral("server"),
                       {QStringLiteral("port"), QStringLiteral("backlog"), QStringLiteral("bind"),
                        QStringLiteral("work_ms"), QStringLiteral("protocol"),
                        QStringLiteral("fixed_length"), QStringLiteral("delimiter"),
                        QStringLiteral("reply"), QStringLiteral("recv_size"),
                        QStringLiteral("reap"), QStringLiteral("watch_console"),
                        QStringLiteral("close_on_quit"), QStringLiteral("port_in_use")},
                       tr("an object with the server's options"));
        if (!o.valid())
            return;
        ServerOptions &server = s.config.server;
        if (const JsonValue *port = o.get("port")) {
            if (auto p = integerValue(*port, o.field("port"), 0, 65535,
                                      tr("a port number from 0 to 65535 (0: the kernel picks a "
                                         "free port)"))) {
                if (*p > 0 && *p < 1024)
                    report(port->position, o.field("port"),
                           tr("port %1 is a well-known port (0-1023): only the administrator "
                              "(root, or a program with CAP_NET_BIND_SERVICE) may bind it, and "
                              "SockScope runs as you. Use 0 to let the kernel pick a free port, "
                              "or a port from 1024 to 65535")
                               .arg(*p));
                else
                    server.port = quint16(*p);
            }
        }
        // Linux silently caps the backlog at net.core.somaxconn (4096 by default).
        server.backlog =
            int(o.integer("backlog", false, 0, 4096, tr("a listen backlog from 0 to 4096"),
                          tr("the backlog counts waiting connections"))
                    .value_or(server.backlog));
        if (auto bind = o.string("bind", false,
                                 tr("an IPv4 loopback address such as "
                                    "\"127.0.0.1\""))) {
            QHostAddress address;
            const JsonValue *v = o.get("bind");
            if (!address.setAddress(*bind) || address.protocol() != QAbstractSocket::IPv4Protocol)
                report(v->position, o.field("bind"),
                       tr("expected an IPv4 address such as \"127.0.0.1\", got %1")
                           .arg(describeJsonValue(*v)));
            else if (!address.isLoopback())
                report(v->position, o.field("bind"),
                       tr("a scenario file may only bind to loopback (127.x.x.x), so opening a "
                          "lesson never exposes a server to the network; got %1. To listen on "
                          "another address, say so on the command line (--bind)")
                           .arg(describeJsonValue(*v)));
            else
                server.bindAddress = *bind;
        }
        server.workMs =
            int(o.integer("work_ms", false, 0, kMaxDelayMs,
                          tr("the handler's work in milliseconds, 0 or more"), negativeDelayHint())
                    .value_or(server.workMs));
        if (const JsonValue *protocol = o.get("protocol")) {
            static const QStringList names = {
                QStringLiteral("echo"), QStringLiteral("fixed-length"), QStringLiteral("delimited"),
                QStringLiteral("length-prefixed")};
            if (!protocol->isString()) {
                report(protocol->position, o.field("protocol"),
                       tr("expected one of %1, got %2")
                           .arg(quotedList(names), describeJsonValue(*protocol)));
            } else if (auto p = protocolFromName(protocol->string.toUtf8())) {
                server.protocol = *p;
            } else {
                reportUnknownWord(*protocol, o.field("protocol"), tr("protocol"), names);
            }
        }
        if (const JsonValue *fixed = o.get("fixed_length")) {
            if (auto n = integerValue(*fixed, o.field("fixed_length"), 1, 65536,
                                      tr("a message length in bytes, 1 or more")))
                server.fixedLength = int(*n);
            if (server.protocol != Protocol::FixedLength)
                report(fixed->position, o.field("fixed_length"),
                       tr("fixed_length only applies with \"protocol\": \"fixed-length\""));
        }
        if (const JsonValue *delimiter = o.get("delimiter")) {
            if (auto d = delimiterValue(o))
                server.delimiter = *d;
            if (server.protocol != Protocol::Delimited)
                report(delimiter->position, o.field("delimiter"),
                       tr("delimiter only applies with \"protocol\": \"delimited\""));
        }
        if (auto reply = o.string("reply", false, tr("the reply text"), true))
            server.reply = reply->toUtf8();
        server.recvSize = int(o.integer("recv_size", false, 1, kMaxRecvBytes,
                                        tr("the recv() buffer size in bytes, 1 or more"))
                                  .value_or(server.recvSize));
        if (const JsonValue *reap = o.get("reap")) {
            static const QStringList names = {QStringLiteral("none"), QStringLiteral("on-accept"),
                                              QStringLiteral("sigchld")};
            if (!reap->isString())
                report(reap->position, o.field("reap"),
                       tr("expected one of %1, got %2")
                           .arg(quotedList(names), describeJsonValue(*reap)));
            else if (auto p = reapPolicyFromName(reap->string.toUtf8());
                     p && *p != ReapPolicy::AtStop)
                server.reap = *p;
            else
                reportUnknownWord(*reap, o.field("reap"), tr("reaping policy"), names);
        }
        server.watchConsole = o.boolean("watch_console").value_or(false);
        server.closeOnQuit = o.boolean("close_on_quit").value_or(server.closeOnQuit);
        server.portInUse = o.boolean("port_in_use").value_or(false);
    }

    // A delimiter is often pure whitespace ("\n"), so only an empty one is wrong.
    std::optional<QByteArray> delimiterValue(const Object &o)
    {
        auto d = o.string("delimiter", false, tr("a delimiter string such as \"\\n\""), true);
        if (!d)
            return std::nullopt;
        if (d->isEmpty()) {
            report(o.get("delimiter")->position, o.field("delimiter"),
                   tr("expected a delimiter string such as \"\\n\", got an empty string"));
            return std::nullopt;
        }
        return d->toUtf8();
    }

    void reportUnknownWord(const JsonValue &v, const QString &field, const QString &what,
                           const QStringList &known)
    {
        QString message = tr("unknown %1 %2").arg(what, quoted(v.string));
        const QString suggestion = closestMatch(v.string, known);
        if (!suggestion.isEmpty())
            message += tr("; did you mean %1?").arg(quoted(suggestion));
        message += tr(" (expected one of %1)").arg(quotedList(known));
        report(v.position, field, message);
    }

    struct ClientSource
    {
        TextPosition namePosition;
        QString field;
        bool explicitUdp = false;
        TextPosition udpPosition;
        TextPosition repeatPosition;
        qint64 repeat = 1;
    };

    void readClients(const Object &top, Scenario &s)
    {
        const JsonValue *clients = array(top, "clients", true,
                                         tr("a list of clients, each {\"name\": ..., \"steps\": "
                                            "[...]}"));
        if (!clients)
            return;
        if (clients->items.empty())
            report(clients->position, QStringLiteral("clients"),
                   tr("expected at least one client"));
        qint64 total = 0;
        const ClientSource *largest = nullptr;
        for (std::size_t i = 0; i < clients->items.size(); ++i) {
            const QString path = QStringLiteral("clients[%1]").arg(i);
            const Object o(*this, clients->items[i], path,
                           {QStringLiteral("name"), QStringLiteral("start_ms"),
                            QStringLiteral("udp"), QStringLiteral("repeat"),
                            QStringLiteral("stagger_ms"), QStringLiteral("target"),
                            QStringLiteral("steps")},
                           tr("a client object {\"name\": ..., \"steps\": [...]}"));
            if (!o.valid())
                continue;
            ClientSource source;
            source.field = path;
            ClientScript script;
            const auto name = o.string("name", false, tr("a client name such as \"client 1\""));
            if (name)
                source.namePosition = o.get("name")->position;
            script.startMs =
                int(o.integer("start_ms", false, 0, kMaxDelayMs, delayWhat(), negativeDelayHint())
                        .value_or(0));
            if (auto udp = o.boolean("udp")) {
                script.udp = *udp;
                source.explicitUdp = *udp;
                source.udpPosition = o.get("udp")->position;
            }
            source.repeat = o.integer("repeat", false, 1, kMaxClients,
                                      tr("how many copies of this client, 1 or more"))
                                .value_or(1);
            if (const JsonValue *r = o.get("repeat"))
                source.repeatPosition = r->position;
            const int stagger =
                int(o.integer("stagger_ms", false, 0, kMaxDelayMs, delayWhat(), negativeDelayHint())
                        .value_or(0));
            if (const JsonValue *target = o.get("target")) {
                static const QStringList names = {QStringLiteral("server"),
                                                  QStringLiteral("closed-port")};
                if (!target->isString())
                    report(target->position, o.field("target"),
                           tr("expected one of %1, got %2")
                               .arg(quotedList(names), describeJsonValue(*target)));
                else if (target->string == names[0])
                    script.target = ConnectTarget::Server;
                else if (target->string == names[1])
                    script.target = ConnectTarget::ClosedPort;
                else
                    reportUnknownWord(*target, o.field("target"), tr("target"), names);
            }
            const JsonValue *steps = array(o, "steps", true,
                                           tr("a list of steps, e.g. [\"connect\", {\"do\": "
                                              "\"send\", \"data\": \"hi\\n\"}, \"recv\", "
                                              "\"close\"]"));
            if (steps)
                readSteps(*steps, o.field("steps"), s, script);

            for (qint64 copy = 1; copy <= source.repeat && total < kMaxClients; ++copy, ++total) {
                ClientScript c = script;
                if (name)
                    c.name =
                        source.repeat > 1 ? QStringLiteral("%1 %2").arg(*name).arg(copy) : *name;
                else
                    c.name = QStringLiteral("client %1").arg(s.config.clients.size() + 1);
                c.startMs =
                    int(std::min<qint64>(kMaxDelayMs, script.startMs + (copy - 1) * stagger));
                s.config.clients.push_back(std::move(c));
                m_clientSources.push_back(m_sources.size());
            }
            m_sources.push_back(source);
        }
        for (const auto &source : m_sources) {
            if (!largest || source.repeat > largest->repeat)
                largest = &source;
        }
        // Duplicate names would make the timeline and the expectations ambiguous.
        QHash<QString, std::size_t> firstIndex;
        for (std::size_t i = 0; i < s.config.clients.size(); ++i) {
            const auto &c = s.config.clients[i];
            if (firstIndex.contains(c.name)) {
                const ClientSource &src = m_sources[m_clientSources[i]];
                report(src.namePosition, src.field + QStringLiteral(".name"),
                       tr("two clients are named %1; give each client its own name")
                           .arg(quoted(c.name)));
                break;
            }
            firstIndex.insert(c.name, i);
        }
        checkDescriptorLimit(*clients, s, largest);
    }

    void checkDescriptorLimit(const JsonValue &clients, const Scenario &s,
                              const ClientSource *largest)
    {
        qint64 requested = 0;
        for (const auto &src : m_sources)
            requested += src.repeat;
        const qint64 needed = descriptorsNeeded(s.config) +
                              2 * std::max<qint64>(0, requested - qint64(s.config.clients.size()));
        const qint64 limit = m_descriptorLimit >= 0 ? m_descriptorLimit : availableDescriptors();
        if (requested > kMaxClients) {
            report(
                largest ? largest->repeatPosition : clients.position,
                largest ? largest->field + QStringLiteral(".repeat") : QStringLiteral("clients"),
                tr("%1 clients in all; SockScope runs at most %2").arg(requested).arg(kMaxClients));
        } else if (needed > limit) {
            const bool inRepeat = largest && largest->repeat > 1;
            report(inRepeat ? largest->repeatPosition : clients.position,
                   inRepeat ? largest->field + QStringLiteral(".repeat")
                            : QStringLiteral("clients"),
                   tr("%1 clients need about %2 file descriptors (a client socket and a server "
                      "socket each, plus %3 spare), but this process may open only %4 "
                      "(RLIMIT_NOFILE, see `ulimit -n`). Use fewer clients (at most about %5), "
                      "or raise the limit with `ulimit -n` before starting SockScope")
                       .arg(requested)
                       .arg(needed)
                       .arg(kDescriptorHeadroom)
                       .arg(limit)
                       .arg(std::max<qint64>(0, (limit - kDescriptorHeadroom) / 2)));
        }
    }

    void readSteps(const JsonValue &steps, const QString &path, const Scenario &s,
                   ClientScript &script)
    {
        if (steps.items.empty())
            report(steps.position, path, tr("expected at least one step"));
        bool connected = false;
        bool closed = false;
        for (std::size_t i = 0; i < steps.items.size(); ++i) {
            const JsonValue &item = steps.items[i];
            const QString field = QStringLiteral("%1[%2]").arg(path).arg(i);
            auto step = readStep(item, field, s);
            if (!step)
                continue;
            const QString kindName = QLatin1String(stepKindName(step->kind));
            const bool isIo = step->kind != StepKind::Sleep &&
                              step->kind != StepKind::WaitRelease &&
                              step->kind != StepKind::Connect;
            if (closed && step->kind != StepKind::Sleep && step->kind != StepKind::WaitRelease) {
                report(item.position, field,
                       tr("a %1 step after close: a closed socket can do nothing more")
                           .arg(quoted(kindName)));
            } else if (step->kind == StepKind::Connect) {
                if (connected)
                    report(item.position, field,
                           tr("this client is already connected; one client makes one "
                              "connection (use another client, or \"repeat\")"));
                connected = true;
            } else if (isIo && !connected && step->kind != StepKind::Close) {
                report(item.position, field,
                       tr("a %1 step before \"connect\": a client must connect first (for a "
                          "UDP client, connect creates the socket and sets its destination)")
                           .arg(quoted(kindName)));
                connected = true; // one report per client is enough
            }
            if (step->kind == StepKind::Close)
                closed = true;
            script.steps.push_back(*step);
        }
    }

    std::optional<ClientStep> readStep(const JsonValue &item, const QString &field,
                                       const Scenario &s)
    {
        const QStringList kinds = stepKindNames();
        ClientStep step;
        // Shorthand: a bare string for steps that take no parameters ("connect", "close").
        if (item.isString()) {
            const auto kind = stepKindFromName(item.string.toUtf8());
            if (!kind) {
                reportUnknownWord(item, field, tr("step"), kinds);
                return std::nullopt;
            }
            const StepRule &rule = stepRules()[std::size_t(*kind)];
            if (!rule.required.isEmpty()) {
                report(item.position, field,
                       tr("a %1 step needs %2: write it as an object, e.g. {\"do\": %1, %3}")
                           .arg(quoted(item.string), rule.required.join(QStringLiteral(" and ")),
                                exampleFor(*kind)));
                return std::nullopt;
            }
            step.kind = *kind;
            if (step.kind == StepKind::Recv)
                step.count = 1024;
            return step;
        }
        if (!item.isObject()) {
            report(item.position, field,
                   tr("expected a step: a name such as \"connect\", or an object such as "
                      "{\"do\": \"sleep\", \"ms\": 500}; got %1")
                       .arg(describeJsonValue(item)));
            return std::nullopt;
        }
        const JsonValue *kindValue = item.member(u"do");
        if (!kindValue) {
            report(item.position, field + QStringLiteral(".do"),
                   tr("missing required key \"do\": expected the step's kind, one of %1")
                       .arg(kinds.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        if (!kindValue->isString()) {
            report(kindValue->position, field + QStringLiteral(".do"),
                   tr("expected a step kind (%1), got %2")
                       .arg(kinds.join(QStringLiteral(", ")), describeJsonValue(*kindValue)));
            return std::nullopt;
        }
        const auto kind = stepKindFromName(kindValue->string.toUtf8());
        if (!kind) {
            reportUnknownWord(*kindValue, field + QStringLiteral(".do"), tr("step"), kinds);
            return std::nullopt;
        }
        step.kind = *kind;
        const StepRule &rule = stepRules()[std::size_t(*kind)];
        QStringList allowed = rule.required + rule.optional;
        allowed.prepend(QStringLiteral("do"));
        static const QStringList allStepKeys = {QStringLiteral("ms"), QStringLiteral("count"),
                                                QStringLiteral("pieces"), QStringLiteral("data"),
                                                QStringLiteral("delimiter")};
        // Keys that belong to another kind of step get a message that says so; the Object
        // reports the rest as unknown.
        QStringList tolerated = allowed;
        for (const auto &m : item.members) {
            if (!allowed.contains(m.key) && allStepKeys.contains(m.key) && !isCommentKey(m.key)) {
                report(m.keyPosition, field + QLatin1Char('.') + m.key,
                       rule.required.isEmpty() && rule.optional.isEmpty()
                           ? tr("%1 does not apply to a %2 step, which takes no parameters")
                                 .arg(quoted(m.key), quoted(kindValue->string))
                           : tr("%1 does not apply to a %2 step (it takes: %3)")
                                 .arg(quoted(m.key), quoted(kindValue->string),
                                      (rule.required + rule.optional).join(QStringLiteral(", "))));
                tolerated << m.key;
            }
        }
        const Object o(*this, item, field, tolerated, QString());
        const auto need = [&](const char *key) {
            return rule.required.contains(QLatin1String(key));
        };
        if (allowed.contains(QLatin1String("ms"))) {
            step.ms = int(o.integer("ms", need("ms"), 0, kMaxDelayMs,
                                    step.kind == StepKind::Sleep
                                        ? tr("a delay in milliseconds, 0 or more")
                                        : tr("the pause between pieces in milliseconds, 0 or more"),
                                    negativeDelayHint())
                              .value_or(0));
        }
        if (allowed.contains(QLatin1String("count"))) {
            const bool sending = step.kind == StepKind::SendBytes;
            step.count =
                int(o.integer("count", need("count"), 1, sending ? kMaxSendBytes : kMaxRecvBytes,
                              sending ? tr("a number of bytes to send, 1 or more")
                                      : tr("a number of bytes to receive, 1 or more"))
                        .value_or(step.kind == StepKind::Recv ? 1024 : 0));
        }
        if (allowed.contains(QLatin1String("pieces")))
            step.pieces =
                int(o.integer("pieces", false, 1, 1000, tr("a number of pieces from 1 to 1000"))
                        .value_or(2));
        if (allowed.contains(QLatin1String("data"))) {
            if (auto data = o.string("data", need("data"), tr("the text to send")))
                step.data = data->toUtf8();
        }
        if (allowed.contains(QLatin1String("delimiter"))) {
            if (auto d = delimiterValue(o))
                step.delimiter = *d;
            else if (step.kind == StepKind::RecvUntil &&
                     s.config.server.protocol == Protocol::Delimited)
                step.delimiter = s.config.server.delimiter;
        }
        if (step.kind == StepKind::SendPieces && step.pieces > qMax(1, int(step.data.size())) &&
            !step.data.isEmpty())
            report(item.position, field + QStringLiteral(".pieces"),
                   tr("%1 pieces, but the data has only %2 bytes")
                       .arg(step.pieces)
                       .arg(step.data.size()));
        if (step.kind == StepKind::SendFramed && s.config.server.protocol != Protocol::Delimited &&
            s.config.server.protocol != Protocol::LengthPrefixed)
            report(kindValue->position, field + QStringLiteral(".do"),
                   tr("send_framed frames the data the way the server expects, so it needs "
                      "server.protocol \"delimited\" or \"length-prefixed\" (the server's "
                      "protocol is %1)")
                       .arg(quoted(QLatin1String(protocolName(s.config.server.protocol)))));
        return step;
    }

    static QString exampleFor(StepKind kind)
    {
        switch (kind) {
        case StepKind::Sleep:
            return QStringLiteral("\"ms\": 500");
        case StepKind::Send:
        case StepKind::SendFramed:
        case StepKind::SendPieces:
            return QStringLiteral("\"data\": \"hello\\n\"");
        case StepKind::SendBytes:
        case StepKind::RecvExactly:
            return QStringLiteral("\"count\": 16");
        default:
            return QString();
        }
    }

    void readConsole(const Object &top, Scenario &s)
    {
        const JsonValue *console = array(top, "console", false,
                                         tr("a list of console lines, each {\"at_ms\": ..., "
                                            "\"text\": ...}"));
        if (!console)
            return;
        for (std::size_t i = 0; i < console->items.size(); ++i) {
            const Object o(*this, console->items[i], QStringLiteral("console[%1]").arg(i),
                           {QStringLiteral("at_ms"), QStringLiteral("text")},
                           tr("a console line {\"at_ms\": ..., \"text\": ...}"));
            if (!o.valid())
                continue;
            ConsoleLine line;
            line.atMs =
                int(o.integer("at_ms", true, 0, kMaxDelayMs, delayWhat(), negativeDelayHint())
                        .value_or(0));
            if (auto text =
                    o.string("text", true, tr("the line typed at the server's console"), true))
                line.text = text->toUtf8();
            s.config.console.push_back(line);
        }
        if (!console->items.empty() && !s.config.server.watchConsole)
            report(console->position, QStringLiteral("console"),
                   tr("console lines reach the server only if it watches its console: set "
                      "\"server\": {\"watch_console\": true}"));
    }

    void readChapters(const Object &top, Scenario &s)
    {
        const JsonValue *chapters = array(top, "chapters", false,
                                          tr("a list of chapters, each {\"when\": {...}, "
                                             "\"text\": ...}"));
        if (!chapters)
            return;
        for (std::size_t i = 0; i < chapters->items.size(); ++i) {
            const QString path = QStringLiteral("chapters[%1]").arg(i);
            const Object o(*this, chapters->items[i], path,
                           {QStringLiteral("at_ms"), QStringLiteral("when"),
                            QStringLiteral("models"), QStringLiteral("title"),
                            QStringLiteral("text")},
                           tr("a chapter {\"when\": {\"kind\": ...}, \"text\": ...}"));
            if (!o.valid())
                continue;
            Chapter c;
            if (o.get("at_ms"))
                c.atMs =
                    int(o.integer("at_ms", true, 0, kMaxDelayMs, delayWhat(), negativeDelayHint())
                            .value_or(0));
            if (const JsonValue *when = o.get("when")) {
                if (auto pattern = readPattern(*when, o.field("when"), s))
                    c.when = std::make_shared<const EventPattern>(*pattern);
            } else if (!o.get("at_ms")) {
                report(chapters->items[i].position, path,
                       tr("a chapter needs \"when\" (the event it begins at) or \"at_ms\""));
            }
            c.models = readModelSubset(o, "models", s);
            c.title = o.string("title", false, tr("a short chapter title")).value_or(QString());
            c.text = o.string("text", true, tr("the note shown at that point")).value_or(QString());
            s.chapters.push_back(c);
        }
    }

    void readQuestions(const Object &top, Scenario &s)
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
                            QStringLiteral("models")},
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
                        report(choice.position, QStringLiteral("%1.choices[%2]").arg(path).arg(c),
                               tr("expected the text of a choice, got %1")
                                   .arg(describeJsonValue(choice)));
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
            s.questions.push_back(q);
        }
    }

    QStringList readModelSubset(const Object &o, const char *key, const Scenario &s)
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

    void readExpect(const JsonValue &value, Scenario &s)
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

    void readCheck(const JsonValue &value, const QString &path, Scenario &s)
    {
        const Object o(
            *this, value, path,
            {QStringLiteral("count"), QStringLiteral("metric"), QStringLiteral("order"),
             QStringLiteral("received"), QStringLiteral("equals"), QStringLiteral("min"),
             QStringLiteral("max"), QStringLiteral("models"), QStringLiteral("why")},
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
                           .arg(knownMetrics().join(QStringLiteral(", ")),
                                describeJsonValue(*metric)));
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
                    if (auto p =
                            readPattern(order->items[i],
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
        const bool numeric =
            e.kind == Expectation::Kind::Count || e.kind == Expectation::Kind::Metric;
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
        e.why = o.string("why", false, tr("what the check shows, said when it fails"))
                    .value_or(QString());
        s.expect.checks.push_back(e);
    }

    std::optional<ExpectedNumber> readNumber(const Object &o, const char *key, bool allowed)
    {
        const JsonValue *v = o.get(key);
        if (!v)
            return std::nullopt;
        if (!allowed) {
            report(
                v->position, o.field(key),
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

    bool checkClientName(const JsonValue &v, const QString &field, const Scenario &s)
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

    std::optional<EventPattern> readPattern(const JsonValue &value, const QString &path,
                                            const Scenario &s)
    {
        const Object o(*this, value, path,
                       {QStringLiteral("kind"), QStringLiteral("actor"), QStringLiteral("peer"),
                        QStringLiteral("errno"), QStringLiteral("bytes"),
                        QStringLiteral("min_bytes"), QStringLiteral("call"),
                        QStringLiteral("occurrence")},
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
                                  tr("\"server\", \"thread\", \"child\", "
                                     "\"client\" or an actor's name"))) {
            static const QStringList roles = {QStringLiteral("server"), QStringLiteral("thread"),
                                              QStringLiteral("child"), QStringLiteral("client")};
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
        if (auto occurrence = o.string("occurrence", false, tr("\"first\" or \"last\""))) {
            if (*occurrence == QLatin1String("last"))
                p.last = true;
            else if (*occurrence != QLatin1String("first"))
                reportUnknownWord(*o.get("occurrence"), o.field("occurrence"), tr("occurrence"),
                                  {QStringLiteral("first"), QStringLiteral("last")});
        }
        return p;
    }

    void checkCrossFields(const Object &top, const Scenario &s)
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
        const bool anyStreamModel =
            std::any_of(s.models.begin(), s.models.end(),
                        [](const QString &m) { return m != QLatin1String("udp"); });
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

    QString m_file;
    qint64 m_descriptorLimit;
    std::vector<ClientSource> m_sources;
    std::vector<std::size_t> m_clientSources; // per expanded client: index into m_sources
};

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> previous(b.size() + 1);
    std::vector<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QString ScenarioProblem::toString() const
{
    // Problems with the file as a whole (it cannot be opened, no such scenario) have no line.
    QString text =
        position.line > 0
            ? QStringLiteral("%1:%2:%3: ").arg(file).arg(position.line).arg(position.column)
            : file + QStringLiteral(": ");
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return text + message;
}

QString closestMatch(const QString &word, const QStringList &candidates)
{
    const QString lower = word.toLower();
    QString best;
    int bestDistance = std::numeric_limits<int>::max();
    for (const auto &c : candidates) {
        const int d = editDistance(lower, c.toLower());
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    // A third of the word may be wrong; more than that is a different word...
    const int allowed = std::max<int>(1, int(word.size()) / 3);
    if (bestDistance <= allowed)
        return best;
    // ...unless it starts like a candidate ("recieve" for "recv").
    QString prefixed;
    int prefixedDistance = std::numeric_limits<int>::max();
    for (const auto &c : candidates) {
        if (word.size() >= 3 && c.startsWith(word.left(3), Qt::CaseInsensitive)) {
            const int d = editDistance(lower, c.toLower());
            if (d < prefixedDistance) {
                prefixedDistance = d;
                prefixed = c;
            }
        }
    }
    return prefixed;
}

qint64 descriptorsNeeded(const RunConfig &config)
{
    qint64 needed = kDescriptorHeadroom;
    for (const auto &c : config.clients)
        needed += c.udp ? 1 : 2;
    return needed;
}

qint64 availableDescriptors()
{
    static std::once_flag raised;
    std::call_once(raised, [] {
        rlimit limit{};
        if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
            limit.rlim_cur = limit.rlim_max;
            setrlimit(RLIMIT_NOFILE, &limit);
        }
    });
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur == RLIM_INFINITY)
        return std::numeric_limits<qint64>::max();
    return qint64(limit.rlim_cur);
}

std::optional<Scenario> parseScenario(const QByteArray &json, const QString &fileName,
                                      std::vector<ScenarioProblem> *problems,
                                      const ScenarioLoadOptions &options)
{
    std::vector<ScenarioProblem> found;
    JsonSyntaxError syntax;
    const auto root = parseJsonWithPositions(json, &syntax);
    std::optional<Scenario> result;
    if (!root) {
        found.push_back({fileName, syntax.position, QString(), syntax.message});
    } else {
        Validator validator(fileName, options.descriptorLimit);
        result = validator.read(*root);
        found = std::move(validator.problems);
        if (result)
            result->source = fileName;
    }
    std::stable_sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        return std::pair(a.position.line, a.position.column) <
               std::pair(b.position.line, b.position.column);
    });
    if (!found.empty())
        result.reset();
    if (problems)
        *problems = std::move(found);
    return result;
}

std::optional<Scenario> loadScenarioFile(const QString &path,
                                         std::vector<ScenarioProblem> *problems,
                                         const ScenarioLoadOptions &options)
{
    // A scenario is a few kilobytes: at most kMaxScenarioFileBytes are read, whatever stat
    // says (a FIFO or /dev/zero says 0 bytes).
    QString error;
    const auto bytes = readInputFile(path, kMaxScenarioFileBytes, tr("a scenario file"), &error);
    if (!bytes) {
        if (problems)
            *problems = {{path, {0, 0}, QString(), error}};
        return std::nullopt;
    }
    return parseScenario(*bytes, path, problems, options);
}

} // namespace sockscope
