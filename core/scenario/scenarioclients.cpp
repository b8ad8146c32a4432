// The scenario's "clients" (with their steps) and "console" parts.
#include "scenario/scenariovalidator.h"

#include <QHash>

#include <algorithm>

namespace sockscope::loader {

void Validator::readClients(const Object &top, Scenario &s)
{
    const JsonValue *clients = array(top, "clients", true,
                                     tr("a list of clients, each {\"name\": ..., \"steps\": "
                                        "[...]}"));
    if (!clients)
        return;
    if (clients->items.empty())
        report(clients->position, QStringLiteral("clients"), tr("expected at least one client"));
    qint64 total = 0;
    const ClientSource *largest = nullptr;
    for (std::size_t i = 0; i < clients->items.size(); ++i) {
        const QString path = QStringLiteral("clients[%1]").arg(i);
        const Object o(*this, clients->items[i], path,
                       {QStringLiteral("name"), QStringLiteral("start_ms"), QStringLiteral("udp"),
                        QStringLiteral("repeat"), QStringLiteral("stagger_ms"),
                        QStringLiteral("target"), QStringLiteral("steps")},
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
                c.name = source.repeat > 1 ? QStringLiteral("%1 %2").arg(*name).arg(copy) : *name;
            else
                c.name = QStringLiteral("client %1").arg(s.config.clients.size() + 1);
            c.startMs = int(std::min<qint64>(kMaxDelayMs, script.startMs + (copy - 1) * stagger));
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
            report(
                src.namePosition, src.field + QStringLiteral(".name"),
                tr("two clients are named %1; give each client its own name").arg(quoted(c.name)));
            break;
        }
        firstIndex.insert(c.name, i);
    }
    checkDescriptorLimit(*clients, s, largest);
}

void Validator::checkDescriptorLimit(const JsonValue &clients, const Scenario &s,
                                     const ClientSource *largest)
{
    qint64 requested = 0;
    for (const auto &src : m_sources)
        requested += src.repeat;
    const qint64 needed = descriptorsNeeded(s.config) +
                          2 * std::max<qint64>(0, requested - qint64(s.config.clients.size()));
    const qint64 limit = m_descriptorLimit >= 0 ? m_descriptorLimit : availableDescriptors();
    if (requested > kMaxClients) {
        report(largest ? largest->repeatPosition : clients.position,
               largest ? largest->field + QStringLiteral(".repeat") : QStringLiteral("clients"),
               tr("%1 clients in all; SockScope runs at most %2").arg(requested).arg(kMaxClients));
    } else if (needed > limit) {
        const bool inRepeat = largest && largest->repeat > 1;
        report(inRepeat ? largest->repeatPosition : clients.position,
               inRepeat ? largest->field + QStringLiteral(".repeat") : QStringLiteral("clients"),
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

void Validator::readSteps(const JsonValue &steps, const QString &path, const Scenario &s,
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
        const bool isIo = step->kind != StepKind::Sleep && step->kind != StepKind::WaitRelease &&
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

std::optional<ClientStep> Validator::readStep(const JsonValue &item, const QString &field,
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
    // Bytes that are not text go in "data_hex" instead of "data".
    const bool takesData = allowed.contains(QLatin1String("data"));
    if (takesData)
        allowed << QStringLiteral("data_hex");
    static const QStringList allStepKeys = {
        QStringLiteral("ms"),   QStringLiteral("count"),    QStringLiteral("pieces"),
        QStringLiteral("data"), QStringLiteral("data_hex"), QStringLiteral("delimiter")};
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
            if (!tolerated.contains(m.key))
                tolerated << m.key;
        }
    }
    const Object o(*this, item, field, tolerated, QString());
    const auto need = [&](const char *key) { return rule.required.contains(QLatin1String(key)); };
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
    if (takesData) {
        const JsonValue *hex = o.get("data_hex");
        if (hex && o.get("data"))
            report(hex->position, o.field("data_hex"),
                   tr("give the bytes to send either as text in \"data\" or in hexadecimal in "
                      "\"data_hex\", not both"));
        else if (hex)
            step.data = hexData(*hex, o.field("data_hex"));
        else if (auto data = o.string("data", need("data"), tr("the text to send")))
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
        report(
            item.position, field + QStringLiteral(".pieces"),
            tr("%1 pieces, but the data has only %2 bytes").arg(step.pieces).arg(step.data.size()));
    if (step.kind == StepKind::SendFramed && s.config.server.protocol != Protocol::Delimited &&
        s.config.server.protocol != Protocol::LengthPrefixed)
        report(kindValue->position, field + QStringLiteral(".do"),
               tr("send_framed frames the data the way the server expects, so it needs "
                  "server.protocol \"delimited\" or \"length-prefixed\" (the server's "
                  "protocol is %1)")
                   .arg(quoted(QLatin1String(protocolName(s.config.server.protocol)))));
    return step;
}

QByteArray Validator::hexData(const JsonValue &value, const QString &field)
{
    const QString what = tr("the bytes to send in hexadecimal, two digits a byte, e.g. \"ff 00 "
                            "0a\" (spaces between bytes are allowed)");
    if (!value.isString()) {
        report(value.position, field,
               tr("expected %1, got %2").arg(what, describeJsonValue(value)));
        return {};
    }
    QByteArray bytes;
    const QString &text = value.string;
    int high = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isSpace() && high < 0)
            continue;
        const int digit = c.isDigit()                ? c.digitValue()
                          : (c >= u'a' && c <= u'f') ? c.unicode() - 'a' + 10
                          : (c >= u'A' && c <= u'F') ? c.unicode() - 'A' + 10
                                                     : -1;
        if (digit < 0) {
            // The column of the character, if the string has no escapes before it.
            TextPosition at = value.position;
            at.column += int(i) + 1;
            report(at, field,
                   tr("expected %1; %2 is not a hexadecimal digit%3")
                       .arg(what, quoted(QString(c)),
                            high >= 0 ? tr(" (each byte is two digits)") : QString()));
            return {};
        }
        if (high < 0) {
            high = digit;
        } else {
            bytes.append(char(high * 16 + digit));
            high = -1;
        }
    }
    if (high >= 0 || bytes.isEmpty()) {
        report(value.position, field,
               high >= 0 ? tr("expected %1; the last byte has only one digit").arg(what)
                         : tr("expected %1, got an empty string").arg(what));
        return {};
    }
    if (bytes.size() > kMaxSendBytes) {
        report(value.position, field, tr("at most %1 bytes").arg(kMaxSendBytes));
        return {};
    }
    return bytes;
}

QString Validator::exampleFor(StepKind kind)
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

void Validator::readConsole(const Object &top, Scenario &s)
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
        line.atMs = int(
            o.integer("at_ms", true, 0, kMaxDelayMs, delayWhat(), negativeDelayHint()).value_or(0));
        if (auto text = o.string("text", true, tr("the line typed at the server's console"), true))
            line.text = text->toUtf8();
        s.config.console.push_back(line);
    }
    if (!console->items.empty() && !s.config.server.watchConsole)
        report(console->position, QStringLiteral("console"),
               tr("console lines reach the server only if it watches its console: set "
                  "\"server\": {\"watch_console\": true}"));
}

} // namespace sockscope::loader
