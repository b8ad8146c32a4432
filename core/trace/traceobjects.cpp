#include "traceobjects.h"

#include "kernelsample.h"
#include "linetag.h"
#include "tracefile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {

// An error's explanation is a sentence or two; the payload of one event holds at most 64 KiB.
constexpr qsizetype kMaxErrorMessageChars = 4096;

// Reads one event or actor object, collecting the first problem with its key.
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString where)
        : m_object(object), m_where(std::move(where))
    {
    }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    qint64 integer(const char *key, qint64 fallback, qint64 min, qint64 max, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(key, QStringLiteral("is missing"));
            return fallback;
        }
        const double d = v.toDouble();
        // Range before the cast: converting a double beyond qint64 is undefined behaviour.
        if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d) {
            fail(key, QStringLiteral("must be a whole number"));
            return fallback;
        }
        if (d < double(min) || d > double(max)) {
            fail(key, QStringLiteral("is %1, outside %2..%3").arg(d, 0, 'g', 15).arg(min).arg(max));
            return fallback;
        }
        return qint64(d);
    }

    QString string(const char *key, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(key, QStringLiteral("is missing"));
            return {};
        }
        if (!v.isString()) {
            fail(key, QStringLiteral("must be a string"));
            return {};
        }
        return v.toString();
    }

    QVector<int> intList(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        QVector<int> out;
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(key, QStringLiteral("must be an array of descriptors"));
            return out;
        }
        for (const QJsonValue item : v.toArray()) {
            const double d = item.toDouble(-1);
            if (!item.isDouble() || d < 0 || d > 1e9 || d != double(int(d))) {
                fail(key, QStringLiteral("must hold only descriptor numbers"));
                return {};
            }
            out.append(int(d));
        }
        return out;
    }

    template <typename T>
    T name(const char *key, std::optional<T> (*parse)(QByteArrayView), T fallback, const char *what)
    {
        const QString text = string(key);
        if (text.isEmpty() || failed())
            return fallback;
        const auto parsed = parse(text.toLatin1());
        if (!parsed) {
            fail(key, QStringLiteral("\"%1\" is not a known %2").arg(text, QLatin1String(what)));
            return fallback;
        }
        return *parsed;
    }

    void fail(const char *key, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("%1, key \"%2\": %3").arg(m_where, QLatin1String(key), what);
    }

private:
    const QJsonObject &m_object;
    QString m_where;
    QString m_error;
};

} // namespace

std::optional<Actor> readActor(const QJsonValue &value, int index, QString *error)
{
    const QString where = QStringLiteral("actors[%1]").arg(index);
    if (!value.isObject()) {
        *error = where + QStringLiteral(": must be an object");
        return std::nullopt;
    }
    const QJsonObject obj = value.toObject();
    ObjectReader r(obj, where);
    Actor a;
    a.id = std::uint32_t(r.integer("id", 0, 1, 1000000, true));
    const QString kind = r.string("kind", true);
    if (!r.failed()) {
        const auto k = actorKindFromName(kind);
        if (!k)
            r.fail(
                "kind",
                QStringLiteral("\"%1\" is not thread, process, client, task or kernel").arg(kind));
        else
            a.kind = *k;
    }
    a.name = r.string("name");
    a.pid = int(r.integer("pid", 0, 0, INT32_MAX));
    a.tid = int(r.integer("tid", 0, 0, INT32_MAX));
    a.parent = std::uint32_t(r.integer("parent", 0, 0, 1000000));
    const QJsonValue ext = obj.value(QLatin1String("external"));
    if (!ext.isUndefined() && !ext.isBool())
        r.fail("external", QStringLiteral("must be true or false"));
    a.external = ext.toBool();
    if (r.failed()) {
        *error = r.error();
        return std::nullopt;
    }
    return a;
}

namespace {

// An optional true/false key; anything else is a load error naming the key.
bool readFlag(const QJsonObject &obj, ObjectReader &r, const char *key)
{
    const QJsonValue v = obj.value(QLatin1String(key));
    if (v.isUndefined())
        return false;
    if (!v.isBool())
        r.fail(key, QStringLiteral("must be true or false"));
    return v.toBool();
}

} // namespace

bool readEvent(const QJsonValue &value, int index, Trace &trace, qint64 previousT, QString *error,
               bool actorsKnown)
{
    const QString where = QStringLiteral("events[%1]").arg(index);
    if (!value.isObject()) {
        *error = where + QStringLiteral(": must be an object");
        return false;
    }
    const QJsonObject obj = value.toObject();
    ObjectReader r(obj, where);
    Event e;
    e.tNs = r.integer("t_ns", 0, 0, qint64(1) << 53, true);
    if (!r.failed() && e.tNs < previousT)
        r.fail("t_ns", QStringLiteral("goes back in time (%1 after %2)").arg(e.tNs).arg(previousT));
    e.actor = std::uint32_t(r.integer("actor", 0, 1, 1000000, true));
    if (actorsKnown && !r.failed() && !trace.actor(e.actor))
        r.fail("actor", QStringLiteral("%1 is not in \"actors\"").arg(e.actor));
    if (!obj.contains(QLatin1String("kind")))
        r.fail("kind", QStringLiteral("is missing"));
    e.kind = r.name<EventKind>("kind", eventKindFromName, EventKind::Error, "event kind");
    e.fd = int(r.integer("fd", -1, -1, INT32_MAX));
    const bool hasChildPid =
        e.kind == EventKind::Fork || e.kind == EventKind::ProcessExit || e.kind == EventKind::Reap;
    const bool hasStatus = e.kind == EventKind::ProcessExit || e.kind == EventKind::Reap;
    if (e.kind == EventKind::AcceptEnd)
        e.newFd = int(r.integer("new_fd", -1, -1, INT32_MAX));
    e.bytes = e.kind == EventKind::TaskSuspend ? int(r.integer("sleep_ms", -1, 0, INT32_MAX))
                                               : int(r.integer("bytes", -1, -1, INT32_MAX));
    e.err = std::int16_t(r.integer("errno", 0, 0, 4095));
    if (isBeginKind(e.kind) && obj.contains(QLatin1String("ready_at_call"))) {
        e.bytes = int(r.integer("queued", -1, 0, INT32_MAX));
        e.flags |= kFlagProbed;
        if (readFlag(obj, r, "ready_at_call"))
            e.flags |= kFlagReadyAtCall;
    }
    if ((isEndKind(e.kind) || e.kind == EventKind::Error || e.kind == EventKind::TaskDone ||
         e.kind == EventKind::ProcessExit) &&
        readFlag(obj, r, "stopped"))
        e.flags |= kFlagStoppedByRun;
    if (hasChildPid)
        e.childPid = int(r.integer("child_pid", 0, 0, INT32_MAX));
    if (hasStatus) {
        e.status = int(r.integer("status", 0, -128, 255));
    } else {
        e.childActor = std::uint32_t(r.integer("child_actor", 0, 0, 1000000));
    }
    if (actorsKnown && !r.failed() && !hasStatus && e.childActor != 0 && !trace.actor(e.childActor))
        r.fail("child_actor", QStringLiteral("%1 is not in \"actors\"").arg(e.childActor));
    const QString peer = r.string("peer");
    if (!peer.isEmpty()) {
        const auto p = Endpoint::fromString(peer);
        if (!p)
            r.fail("peer",
                   QStringLiteral("\"%1\" is not an address like 127.0.0.1:5000").arg(peer));
        else
            e.setPeer(*p);
    }
    e.line = toLine(r.name<LineTag>("line", lineTagFromName, LineTag::None, "listing line tag"));
    if (const QString source = r.string("source").left(kMaxErrorMessageChars);
        !source.isEmpty() && e.line == kNoLine) {
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
            r.name<EventKind>("call", eventKindFromName, EventKind::Error, "event kind"));
        break;
    case EventKind::Error: {
        e.call = std::uint8_t(
            r.name<EventKind>("call", eventKindFromName, EventKind::Error, "event kind"));
        // Older files have no "message": the error is then explained from errno alone.
        const QString message = r.string("message");
        if (message.size() > kMaxErrorMessageChars)
            r.fail("message", QStringLiteral("is %1 characters long; at most %2")
                                  .arg(message.size())
                                  .arg(kMaxErrorMessageChars));
        else
            payloadBytes = message.toUtf8();
        break;
    }
    case EventKind::WaitBegin:
    case EventKind::WaitEnd: {
        e.call = std::uint8_t(r.name<WaitMechanism>("mechanism", waitMechanismFromName,
                                                    WaitMechanism::None, "wait mechanism"));
        WaitSets sets;
        sets.timeoutMs = int(r.integer("timeout_ms", -1, -1, INT32_MAX));
        sets.readSet = r.intList("read_set");
        sets.writeSet = r.intList("write_set");
        sets.readyRead = r.intList("ready_read");
        sets.readyWrite = r.intList("ready_write");
        payloadBytes = payload::encodeWaitSets(sets);
        break;
    }
    case EventKind::EpollCtl:
        e.call = std::uint8_t(r.name<EpollOp>("op", epollOpFromName, EpollOp::None, "epoll op"));
        break;
    case EventKind::Reap:
        e.call = std::uint8_t(
            r.name<ReapPolicy>("policy", reapPolicyFromName, ReapPolicy::None, "reap policy"));
        break;
    case EventKind::TaskSuspend:
    case EventKind::TaskResume:
        e.call =
            std::uint8_t(r.name<TaskWait>("awaits", taskWaitFromName, TaskWait::None, "task wait"));
        break;
    case EventKind::TaskDone:
        e.call = std::uint8_t(r.name<TaskEnd>("end", taskEndFromName, TaskEnd::Failed, "task end"));
        break;
    case EventKind::ConnectEnd: {
        const QString local = r.string("local");
        if (!local.isEmpty()) {
            const auto l = Endpoint::fromString(local);
            if (!l)
                r.fail("local", QStringLiteral("\"%1\" is not an address").arg(local));
            else
                payloadBytes = payload::encodeEndpoint(*l);
        }
        break;
    }
    case EventKind::TcpState:
    case EventKind::Queues: {
        QString key;
        QString why;
        if (!readKernelSampleJson(obj, e, &payloadBytes, &key, &why))
            r.fail(key.toLatin1().constData(), why);
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
    const QString preview = r.string("preview");
    if (!preview.isEmpty() && carriesData)
        payloadBytes = unescapeBytes(preview);
    if (r.failed()) {
        *error = r.error();
        return false;
    }
    trace.append(e, payloadBytes);
    return true;
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
