#include "traceobjects.h"

#include "jsonfields.h"

#include "kernelsample.h"
#include "linetag.h"
#include "tracefile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace sockscope {

using json::field;

namespace {

// An error's explanation is a sentence or two; the payload of one event holds at most 64 KiB.
constexpr qsizetype kMaxErrorMessageChars = 4096;

// Reads one event or actor object, collecting the first problem with its key.
class ObjectReader
{
public:
    ObjectReader(const json::Fields &fields, const char *what, int index)
        : m_fields(fields), m_what(what), m_index(index)
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }
    const json::Value &operator[](int key) const { return m_fields[key]; }
    bool contains(int key) const { return m_fields[key].type != json::Value::Missing; }

    qint64 integer(int key, qint64 fallback, qint64 min, qint64 max, bool required = false)
    {
        const json::Value &v = m_fields[key];
        if (v.type == json::Value::Missing) {
            if (required)
                fail(key, QStringLiteral("is missing"));
            return fallback;
        }
        const double d = v.number;
        // Range before the cast: converting a double beyond qint64 is undefined behaviour.
        if (v.type != json::Value::Number || !std::isfinite(d) || std::trunc(d) != d) {
            fail(key, QStringLiteral("must be a whole number"));
            return fallback;
        }
        if (d < double(min) || d > double(max)) {
            fail(key, QStringLiteral("is %1, outside %2..%3").arg(d, 0, 'g', 15).arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }

    // The string's UTF-8 bytes; empty when missing or not a string (then a failure).
    QByteArrayView text(int key, bool required = false)
    {
        const json::Value &v = m_fields[key];
        if (v.type == json::Value::Missing) {
            if (required)
                fail(key, QStringLiteral("is missing"));
            return {};
        }
        if (v.type != json::Value::String) {
            fail(key, QStringLiteral("must be a string"));
            return {};
        }
        return v.text;
    }

    QString string(int key, bool required = false)
    {
        return QString::fromUtf8(text(key, required));
    }

    QVector<int> intList(int key)
    {
        const json::Value &v = m_fields[key];
        QVector<int> out;
        if (v.type == json::Value::Missing)
            return out;
        if (v.type != json::Value::Array) {
            fail(key, QStringLiteral("must be an array of descriptors"));
            return out;
        }
        out.reserve(v.itemsCount);
        for (qsizetype i = 0; i < v.itemsCount; ++i) {
            const double d = m_fields.items[v.itemsBegin + i];
            if (std::isnan(d) || d < 0 || d > 1e9 || d != double(int(d))) {
                fail(key, QStringLiteral("must hold only descriptor numbers"));
                return {};
            }
            out.append(int(d));
        }
        return out;
    }

    // An optional true/false key; anything else is a load error naming the key.
    bool flag(int key)
    {
        const json::Value &v = m_fields[key];
        if (v.type == json::Value::Missing)
            return false;
        if (v.type != json::Value::Bool)
            fail(key, QStringLiteral("must be true or false"));
        return v.boolean;
    }

    template <typename T>
    T name(int key, std::optional<T> (*parse)(QByteArrayView), T fallback, const char *what)
    {
        const QByteArrayView bytes = text(key);
        if (bytes.isEmpty() || failed())
            return fallback;
        const auto parsed = parse(bytes);
        if (!parsed) {
            fail(key, QStringLiteral("\"%1\" is not a known %2")
                          .arg(QString::fromUtf8(bytes), QLatin1String(what)));
            return fallback;
        }
        return *parsed;
    }

    void fail(int key, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1[%2], key \"%3\": %4")
                          .arg(QLatin1String(m_what))
                          .arg(m_index)
                          .arg(QLatin1String(json::kFieldNames[key].data(),
                                             qsizetype(json::kFieldNames[key].size())),
                               what);
    }

private:
    const json::Fields &m_fields;
    const char *m_what;
    int m_index;
    QString m_error;
};

} // namespace

std::optional<Actor> readActor(const json::Fields &fields, int index, QString *error)
{
    ObjectReader r(fields, "actors", index);
    Actor a;
    a.id = std::uint32_t(r.integer(field("id"), 0, 1, 1000000, true));
    const QString kind = r.string(field("kind"), true);
    if (!r.failed()) {
        const auto k = actorKindFromName(kind);
        if (!k)
            r.fail(
                field("kind"),
                QStringLiteral("\"%1\" is not thread, process, client, task or kernel").arg(kind));
        else
            a.kind = *k;
    }
    a.name = r.string(field("name"));
    a.pid = int(r.integer(field("pid"), 0, 0, INT32_MAX));
    a.tid = int(r.integer(field("tid"), 0, 0, INT32_MAX));
    a.parent = std::uint32_t(r.integer(field("parent"), 0, 0, 1000000));
    a.external = r.flag(field("external"));
    if (r.failed()) {
        *error = r.error();
        return std::nullopt;
    }
    return a;
}

std::optional<Actor> readActor(const QJsonValue &value, int index, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("actors[%1]: must be an object").arg(index);
        return std::nullopt;
    }
    json::Fields fields;
    fields.setFrom(value.toObject());
    return readActor(fields, index, error);
}

bool readEvent(const json::Fields &fields, int index, Trace &trace, qint64 previousT,
               QString *error, bool actorsKnown)
{
    ObjectReader r(fields, "events", index);
    Event e;
    e.tNs = r.integer(field("t_ns"), 0, 0, qint64(1) << 53, true);
    if (!r.failed() && e.tNs < previousT)
        r.fail(field("t_ns"),
               QStringLiteral("goes back in time (%1 after %2)").arg(e.tNs).arg(previousT));
    e.actor = std::uint32_t(r.integer(field("actor"), 0, 1, 1000000, true));
    if (actorsKnown && !r.failed() && !trace.actor(e.actor))
        r.fail(field("actor"), QStringLiteral("%1 is not in \"actors\"").arg(e.actor));
    if (!r.contains(field("kind")))
        r.fail(field("kind"), QStringLiteral("is missing"));
    e.kind = r.name<EventKind>(field("kind"), eventKindFromName, EventKind::Error, "event kind");
    e.fd = int(r.integer(field("fd"), -1, -1, INT32_MAX));
    const bool hasChildPid =
        e.kind == EventKind::Fork || e.kind == EventKind::ProcessExit || e.kind == EventKind::Reap;
    const bool hasStatus = e.kind == EventKind::ProcessExit || e.kind == EventKind::Reap;
    if (e.kind == EventKind::AcceptEnd)
        e.newFd = int(r.integer(field("new_fd"), -1, -1, INT32_MAX));
    e.bytes = e.kind == EventKind::TaskSuspend ? int(r.integer(field("sleep_ms"), -1, 0, INT32_MAX))
                                               : int(r.integer(field("bytes"), -1, -1, INT32_MAX));
    e.err = std::int16_t(r.integer(field("errno"), 0, 0, 4095));
    if (isBeginKind(e.kind) && r.contains(field("ready_at_call"))) {
        e.bytes = int(r.integer(field("queued"), -1, 0, INT32_MAX));
        e.flags |= kFlagProbed;
        if (r.flag(field("ready_at_call")))
            e.flags |= kFlagReadyAtCall;
    }
    if ((isEndKind(e.kind) || e.kind == EventKind::Error || e.kind == EventKind::TaskDone ||
         e.kind == EventKind::ProcessExit) &&
        r.flag(field("stopped")))
        e.flags |= kFlagStoppedByRun;
    if (hasChildPid)
        e.childPid = int(r.integer(field("child_pid"), 0, 0, INT32_MAX));
    if (hasStatus) {
        e.status = int(r.integer(field("status"), 0, -128, 255));
    } else {
        e.childActor = std::uint32_t(r.integer(field("child_actor"), 0, 0, 1000000));
    }
    if (actorsKnown && !r.failed() && !hasStatus && e.childActor != 0 && !trace.actor(e.childActor))
        r.fail(field("child_actor"), QStringLiteral("%1 is not in \"actors\"").arg(e.childActor));
    if (const QByteArrayView bytes = r.text(field("peer")); !bytes.isEmpty()) {
        const auto p = Endpoint::fromUtf8(bytes);
        if (!p)
            r.fail(field("peer"), QStringLiteral("\"%1\" is not an address like 127.0.0.1:5000")
                                      .arg(QString::fromUtf8(bytes)));
        else
            e.setPeer(*p);
    }
    e.line =
        toLine(r.name<LineTag>(field("line"), lineTagFromName, LineTag::None, "listing line tag"));
    if (const QByteArrayView sourceBytes = r.text(field("source"));
        !sourceBytes.isEmpty() && e.line == kNoLine) {
        const QString source = QString::fromUtf8(sourceBytes).left(kMaxErrorMessageChars);
        auto it = std::find(trace.sources.rbegin(), trace.sources.rend(), source);
        std::size_t index = it == trace.sources.rend() ? trace.sources.size()
                                                       : std::size_t(trace.sources.rend() - it - 1);
        if (index == trace.sources.size() &&
            index <= std::size_t(kLastSourceLine - kFirstSourceLine))
            trace.sources.push_back(source);
        if (index < trace.sources.size())
            e.line = std::uint16_t(kFirstSourceLine + index);
    }

    QByteArray payloadBytes;
    switch (e.kind) {
    case EventKind::WouldBlock:
        e.call = std::uint8_t(
            r.name<EventKind>(field("call"), eventKindFromName, EventKind::Error, "event kind"));
        break;
    case EventKind::Error: {
        e.call = std::uint8_t(
            r.name<EventKind>(field("call"), eventKindFromName, EventKind::Error, "event kind"));
        // Older files have no "message": the error is then explained from errno alone.
        // Counted in UTF-16 characters, as QString does; never more than its UTF-8 bytes.
        const QByteArrayView message = r.text(field("message"));
        const qsizetype chars = message.size() > kMaxErrorMessageChars
                                    ? QString::fromUtf8(message).size()
                                    : message.size();
        if (chars > kMaxErrorMessageChars)
            r.fail(field("message"), QStringLiteral("is %1 characters long; at most %2")
                                         .arg(chars)
                                         .arg(kMaxErrorMessageChars));
        else
            payloadBytes = message.toByteArray();
        break;
    }
    case EventKind::WaitBegin:
    case EventKind::WaitEnd: {
        e.call = std::uint8_t(r.name<WaitMechanism>(field("mechanism"), waitMechanismFromName,
                                                    WaitMechanism::None, "wait mechanism"));
        WaitSets sets;
        sets.timeoutMs = int(r.integer(field("timeout_ms"), -1, -1, INT32_MAX));
        sets.readSet = r.intList(field("read_set"));
        sets.writeSet = r.intList(field("write_set"));
        sets.readyRead = r.intList(field("ready_read"));
        sets.readyWrite = r.intList(field("ready_write"));
        payloadBytes = payload::encodeWaitSets(sets);
        break;
    }
    case EventKind::EpollCtl:
        e.call =
            std::uint8_t(r.name<EpollOp>(field("op"), epollOpFromName, EpollOp::None, "epoll op"));
        break;
    case EventKind::Reap:
        e.call = std::uint8_t(r.name<ReapPolicy>(field("policy"), reapPolicyFromName,
                                                 ReapPolicy::None, "reap policy"));
        break;
    case EventKind::TaskSuspend:
    case EventKind::TaskResume:
        e.call = std::uint8_t(
            r.name<TaskWait>(field("awaits"), taskWaitFromName, TaskWait::None, "task wait"));
        break;
    case EventKind::TaskDone:
        e.call = std::uint8_t(
            r.name<TaskEnd>(field("end"), taskEndFromName, TaskEnd::Failed, "task end"));
        break;
    case EventKind::ConnectEnd: {
        const QByteArrayView local = r.text(field("local"));
        if (!local.isEmpty()) {
            const auto l = Endpoint::fromUtf8(local);
            if (!l)
                r.fail(field("local"),
                       QStringLiteral("\"%1\" is not an address").arg(QString::fromUtf8(local)));
            else
                payloadBytes = payload::encodeEndpoint(*l);
        }
        break;
    }
    case EventKind::TcpState:
    case EventKind::Queues: {
        int key = 0;
        QString why;
        if (!readKernelSampleJson(fields, e, &payloadBytes, &key, &why))
            r.fail(key, why);
        break;
    }
    default:
        break;
    }
    // Only kinds that carry data have a preview; on any other kind it would overwrite the
    // event's own payload (a wait's sets, a connect's address). Found by fuzz_traceloader.
    const bool carriesData = e.kind == EventKind::RecvEnd || e.kind == EventKind::Send ||
                             e.kind == EventKind::SendBegin || e.kind == EventKind::Sendto ||
                             e.kind == EventKind::RecvfromEnd;
    const QByteArrayView preview = r.text(field("preview"));
    if (!preview.isEmpty() && carriesData)
        payloadBytes = unescapeBytes(preview);
    if (r.failed()) {
        *error = r.error();
        return false;
    }
    trace.append(e, payloadBytes);
    return true;
}

bool readEvent(const QJsonValue &value, int index, Trace &trace, qint64 previousT, QString *error,
               bool actorsKnown)
{
    if (!value.isObject()) {
        *error = QStringLiteral("events[%1]: must be an object").arg(index);
        return false;
    }
    json::Fields fields;
    fields.setFrom(value.toObject());
    return readEvent(fields, index, trace, previousT, error, actorsKnown);
}

QString checkEventActors(const Trace &trace)
{
    for (qsizetype i = 0; i < trace.size(); ++i) {
        const Event &e = trace.at(i);
        if (!trace.actor(e.actor))
            return QStringLiteral("events[%1], key \"actor\": %2 is not in \"actors\"")
                .arg(i)
                .arg(e.actor);
        const bool hasStatus = e.kind == EventKind::ProcessExit || e.kind == EventKind::Reap;
        if (!hasStatus && e.childActor != 0 && !trace.actor(e.childActor))
            return QStringLiteral("events[%1], key \"child_actor\": %2 is not in \"actors\"")
                .arg(i)
                .arg(e.childActor);
    }
    return {};
}

// "dropped": {"events": N, "after_ns": T}: what a memory budget did not keep.
bool readDropped(const QJsonValue &dropped, Trace &trace, QString *error)
{
    if (dropped.isUndefined())
        return true;
    const QJsonObject o = dropped.toObject();
    const QJsonValue events = o.value(QLatin1String("events"));
    const QJsonValue after = o.value(QLatin1String("after_ns"));
    auto wholeNumber = [](const QJsonValue &v) {
        return v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 9.0e15 &&
               v.toDouble() == std::floor(v.toDouble());
    };
    if (!dropped.isObject() || !wholeNumber(events) || !wholeNumber(after)) {
        *error = QStringLiteral("key \"dropped\": must be {\"events\": N, \"after_ns\": T} with "
                                "whole numbers N, T >= 0");
        return false;
    }
    trace.noteDropped(std::int64_t(events.toDouble()), std::int64_t(after.toDouble()));
    return true;
}

bool readTraceHead(const QJsonObject &root, Trace &trace, QString *error)
{
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != QLatin1String("sockscope-trace")) {
        *error = QStringLiteral("key \"format\": expected \"sockscope-trace\", found %1")
                     .arg(format.isUndefined() ? QStringLiteral("nothing")
                                               : QStringLiteral("\"%1\"").arg(format.toString()));
        return false;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble() || version.toDouble() != kTraceFormatVersion) {
        *error =
            QStringLiteral("key \"version\": this SockScope reads version %1, the file says %2")
                .arg(kTraceFormatVersion)
                .arg(version.isDouble() ? QString::number(version.toDouble())
                                        : QStringLiteral("nothing usable"));
        return false;
    }
    for (const char *key : {"scenario", "model"}) {
        const QJsonValue v = root.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString() && !v.isNull()) {
            *error = QStringLiteral("key \"%1\": must be a string").arg(QLatin1String(key));
            return false;
        }
    }
    trace.scenario = root.value(QLatin1String("scenario")).toString();
    trace.model = root.value(QLatin1String("model")).toString();
    const QJsonValue settings = root.value(QLatin1String("settings"));
    if (!settings.isUndefined()) {
        if (!settings.isObject()) {
            *error = QStringLiteral("key \"settings\": must be an object of strings");
            return false;
        }
        const QJsonObject o = settings.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!it.value().isString()) {
                *error = QStringLiteral("key \"settings\", \"%1\": must be a string").arg(it.key());
                return false;
            }
            trace.settings.insert(it.key(), it.value().toString());
        }
    }

    if (!readDropped(root.value(QLatin1String("dropped")), trace, error))
        return false;

    return true;
}

bool readActors(const QJsonValue &actors, Trace &trace, QString *error)
{
    const QJsonArray actorList = actors.toArray();
    for (int i = 0; i < actorList.size(); ++i) {
        auto actor = readActor(actorList[i], i, error);
        if (!actor)
            return false;
        if (trace.actor(actor->id)) {
            *error =
                QStringLiteral("actors[%1], key \"id\": %2 is used twice").arg(i).arg(actor->id);
            return false;
        }
        trace.addActor(*actor);
    }
    return true;
}

} // namespace sockscope
