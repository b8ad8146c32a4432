// The scenario's "models", "default_model" and "server" parts.
#include "scenario/scenariovalidator.h"

#include "models/handler.h"
#include "models/modelinfo.h"

#include <QHostAddress>

namespace sockscope::loader {

void Validator::readModels(const Object &top, Scenario &s)
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
                report(m.position, field, tr("the model %1 is listed twice").arg(quoted(m.string)));
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

bool Validator::checkModelName(const JsonValue &m, const QString &field)
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

void Validator::readServer(const JsonValue &value, Scenario &s)
{
    const Object o(*this, value, QStringLiteral("server"),
                   {QStringLiteral("port"),          QStringLiteral("backlog"),
                    QStringLiteral("bind"),          QStringLiteral("work_ms"),
                    QStringLiteral("protocol"),      QStringLiteral("fixed_length"),
                    QStringLiteral("delimiter"),     QStringLiteral("reply"),
                    QStringLiteral("recv_size"),     QStringLiteral("reap"),
                    QStringLiteral("watch_console"), QStringLiteral("close_on_quit"),
                    QStringLiteral("port_in_use"),   QStringLiteral("blocking_work"),
                    QStringLiteral("max_clients"),   QStringLiteral("accept_delay_ms"),
                    QStringLiteral("close_on_eof"),  QStringLiteral("send_bytes"),
                    QStringLiteral("send_buffer"),   QStringLiteral("restart")},
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
    server.backlog = int(o.integer("backlog", false, 0, 4096, tr("a listen backlog from 0 to 4096"),
                                   tr("the backlog counts waiting connections"))
                             .value_or(server.backlog));
    server.maxClients = int(o.integer("max_clients", false, 0, 65535,
                                      tr("the most connections served at once, 0 (no cap) to "
                                         "65535"))
                                .value_or(server.maxClients));
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
        static const QStringList names = {QStringLiteral("echo"), QStringLiteral("fixed-length"),
                                          QStringLiteral("delimited"),
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
        if (auto n =
                integerValue(*fixed, o.field("fixed_length"), 1, HandlerConfig::kMaxFixedLength,
                             tr("a message length in bytes, 1 or more")))
            server.fixedLength = int(*n);
        if (server.protocol != Protocol::FixedLength)
            report(fixed->position, o.field("fixed_length"),
                   tr("fixed_length only applies with \"protocol\": \"fixed-length\""));
    }
    if (const JsonValue *delimiter = o.get("delimiter")) {
        if (auto d = delimiterValue(o)) {
            if (d->size() > HandlerConfig::kMaxDelimiter)
                report(delimiter->position, o.field("delimiter"),
                       tr("the delimiter is %1 bytes; the server's delimiter is at most %2 bytes")
                           .arg(d->size())
                           .arg(HandlerConfig::kMaxDelimiter));
            else
                server.delimiter = *d;
        }
        if (server.protocol != Protocol::Delimited)
            report(delimiter->position, o.field("delimiter"),
                   tr("delimiter only applies with \"protocol\": \"delimited\""));
    }
    if (auto reply = o.string("reply", false, tr("the reply text"), true)) {
        server.reply = reply->toUtf8();
        if (server.reply.size() > HandlerConfig::kMaxReplyText)
            report(o.get("reply")->position, o.field("reply"),
                   tr("the reply is %1 bytes in UTF-8; a reply is at most %2 bytes")
                       .arg(server.reply.size())
                       .arg(HandlerConfig::kMaxReplyText));
    }
    server.recvSize = int(o.integer("recv_size", false, 1, HandlerConfig::kMaxRecv,
                                    tr("the recv() buffer size in bytes, 1 or more"))
                              .value_or(server.recvSize));
    if (const JsonValue *reap = o.get("reap")) {
        static const QStringList names = {QStringLiteral("none"), QStringLiteral("on-accept"),
                                          QStringLiteral("sigchld")};
        if (!reap->isString())
            report(
                reap->position, o.field("reap"),
                tr("expected one of %1, got %2").arg(quotedList(names), describeJsonValue(*reap)));
        else if (auto p = reapPolicyFromName(reap->string.toUtf8()); p && *p != ReapPolicy::AtStop)
            server.reap = *p;
        else
            reportUnknownWord(*reap, o.field("reap"), tr("reaping policy"), names);
    }
    server.watchConsole = o.boolean("watch_console").value_or(false);
    server.closeOnQuit = o.boolean("close_on_quit").value_or(server.closeOnQuit);
    server.portInUse = o.boolean("port_in_use").value_or(false);
    server.blockingWork = o.boolean("blocking_work").value_or(false);
    readLessonOptions(o, s);
}

// The options of the kernel-side lessons (accept-queue, close-wait-leak, send-buffer-full,
// time-wait-reuseaddr): only the sequential model implements them, so a scenario that lists
// another model with one of them is refused rather than run without it.
void Validator::readLessonOptions(const Object &o, Scenario &s)
{
    ServerOptions &server = s.config.server;
    server.acceptDelayMs =
        int(o.integer("accept_delay_ms", false, 0, kMaxDelayMs,
                      tr("how long the server sleeps before its first accept(), in milliseconds"),
                      negativeDelayHint())
                .value_or(0));
    server.closeOnEof = o.boolean("close_on_eof").value_or(true);
    server.sendBytes =
        int(o.integer("send_bytes", false, 0, ServerOptions::kMaxSendBytes,
                      tr("the size of each reply in bytes, 0 (the usual reply) to %1")
                          .arg(ServerOptions::kMaxSendBytes))
                .value_or(0));
    server.sendBuffer = int(o.integer("send_buffer", false, 0, 16 * 1024 * 1024,
                                      tr("the SO_SNDBUF of each connection in bytes, 0 (the "
                                         "kernel's default) to 16777216"))
                                .value_or(0));
    server.restart = o.boolean("restart").value_or(false);
    const struct
    {
        const char *key;
        bool set;
    } options[] = {{"accept_delay_ms", server.acceptDelayMs > 0},
                   {"close_on_eof", !server.closeOnEof},
                   {"send_bytes", server.sendBytes > 0},
                   {"send_buffer", server.sendBuffer > 0},
                   {"restart", server.restart}};
    for (const auto &option : options) {
        if (!option.set)
            continue;
        for (const QString &model : std::as_const(s.models)) {
            if (model == QLatin1String("sequential"))
                continue;
            report(o.get(option.key)->position, o.field(option.key),
                   tr("%1 is implemented by the sequential model only, and this scenario also "
                      "lists %2: list only \"sequential\" in \"models\"")
                       .arg(QLatin1String(option.key), quoted(model)));
            break;
        }
    }
    if (server.sendBuffer > 0 && server.sendBytes == 0)
        report(o.get("send_buffer")->position, o.field("send_buffer"),
               tr("send_buffer only matters with \"send_bytes\": without a large reply the "
                  "send buffer never fills"));
}

std::optional<QByteArray> Validator::delimiterValue(const Object &o)
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

void Validator::reportUnknownWord(const JsonValue &v, const QString &field, const QString &what,
                                  const QStringList &known)
{
    QString message = tr("unknown %1 %2").arg(what, quoted(v.string));
    const QString suggestion = closestMatch(v.string, known);
    if (!suggestion.isEmpty())
        message += tr("; did you mean %1?").arg(quoted(suggestion));
    message += tr(" (expected one of %1)").arg(quotedList(known));
    report(v.position, field, message);
}

} // namespace sockscope::loader
