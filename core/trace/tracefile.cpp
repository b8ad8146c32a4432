#include "tracefile.h"

#include "inputfile.h"
#include "jsonwriting.h"
#include "kernelsample.h"
#include "linetag.h"
#include "outputfile.h"
#include "traceobjects.h"
#include "tracereader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace sockscope {

namespace {

using json::appendEndpoint;
using json::appendInt;
using json::appendKey;
using json::appendName;
using json::appendNumber;
using json::appendString;

void appendIntList(json::Sink &out, const char *key, const QVector<int> &list)
{
    appendKey(out, key);
    out += '[';
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += ',';
        appendNumber(out, list[i]);
    }
    out += ']';
}

void appendEvent(json::Sink &out, const Trace &trace, const Event &e)
{
    out += "{\"t_ns\":";
    appendNumber(out, e.tNs);
    appendInt(out, "actor", e.actor);
    appendKey(out, "kind");
    appendName(out, eventKindName(e.kind));
    if (e.fd != -1)
        appendInt(out, "fd", e.fd);
    const bool hasChildPid =
        e.kind == EventKind::Fork || e.kind == EventKind::ProcessExit || e.kind == EventKind::Reap;
    const bool hasStatus = e.kind == EventKind::ProcessExit || e.kind == EventKind::Reap;
    if (e.kind == EventKind::AcceptEnd && e.newFd != -1)
        appendInt(out, "new_fd", e.newFd);
    const bool probed = isBeginKind(e.kind) && (e.flags & kFlagProbed);
    if (probed) {
        if (e.bytes >= 0)
            appendInt(out, "queued", e.bytes);
        appendKey(out, "ready_at_call");
        out += (e.flags & kFlagReadyAtCall) ? "true" : "false";
    } else if (e.kind == EventKind::TaskSuspend) {
        if (e.bytes >= 0)
            appendInt(out, "sleep_ms", e.bytes);
    } else if (e.bytes != -1) {
        appendInt(out, "bytes", e.bytes);
    }
    if (e.err != 0)
        appendInt(out, "errno", e.err);
    if (e.interruptedByStop()) {
        appendKey(out, "stopped");
        out += "true";
    }
    if (!e.peer().isNull()) {
        appendKey(out, "peer");
        appendEndpoint(out, e.peer());
    }
    if (hasChildPid)
        appendInt(out, "child_pid", e.childPid);
    if (hasStatus)
        appendInt(out, "status", e.status);
    if (!hasStatus && e.childActor != 0)
        appendInt(out, "child_actor", e.childActor);
    if (isSourceLine(e.line)) {
        // A watched program's own line (docs/trace-format.md, "source"): untrusted text.
        if (const QString source = trace.sourceOf(e); !source.isEmpty()) {
            appendKey(out, "source");
            appendString(out, source);
        }
    } else if (e.line != kNoLine) {
        appendKey(out, "line");
        appendName(out, lineTagName(LineTag(e.line)));
    }
    switch (e.kind) {
    case EventKind::WouldBlock:
    case EventKind::Error:
        appendKey(out, "call");
        appendName(out, eventKindName(EventKind(e.call)));
        if (const QByteArrayView message = trace.errorMessage(e); !message.isEmpty()) {
            appendKey(out, "message");
            appendString(out, QString::fromUtf8(message));
        }
        break;
    case EventKind::WaitBegin:
    case EventKind::WaitEnd: {
        appendKey(out, "mechanism");
        appendName(out, waitMechanismName(WaitMechanism(e.call)));
        const WaitSets sets = trace.waitSets(e);
        appendInt(out, "timeout_ms", sets.timeoutMs);
        appendIntList(out, "read_set", sets.readSet);
        appendIntList(out, "write_set", sets.writeSet);
        if (e.kind == EventKind::WaitEnd) {
            appendIntList(out, "ready_read", sets.readyRead);
            appendIntList(out, "ready_write", sets.readyWrite);
        }
        break;
    }
    case EventKind::EpollCtl:
        appendKey(out, "op");
        appendName(out, epollOpName(EpollOp(e.call)));
        break;
    case EventKind::Reap:
        appendKey(out, "policy");
        appendName(out, reapPolicyName(ReapPolicy(e.call)));
        break;
    case EventKind::TaskSuspend:
    case EventKind::TaskResume:
        appendKey(out, "awaits");
        appendName(out, taskWaitName(TaskWait(e.call)));
        break;
    case EventKind::TaskDone:
        appendKey(out, "end");
        appendName(out, taskEndName(TaskEnd(e.call)));
        break;
    case EventKind::ConnectEnd:
        if (!trace.local(e).isNull()) {
            appendKey(out, "local");
            appendEndpoint(out, trace.local(e));
        }
        break;
    case EventKind::TcpState:
    case EventKind::Queues:
        appendKernelSampleJson(out, trace, e);
        break;
    default:
        break;
    }
    const QByteArrayView preview = trace.preview(e);
    if (!preview.isEmpty()) {
        appendKey(out, "preview");
        json::appendEscapedBytes(out, preview);
    }
    out += '}';
}

} // namespace

QByteArray unescapeBytes(QByteArrayView text)
{
    // Never longer than the text: written in place, then cut to what was written.
    QByteArray out(text.size(), Qt::Uninitialized);
    char *w = out.data();
    const char *p = text.data();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c != '\\' || i + 1 >= n) {
            *w++ = c;
            continue;
        }
        const char next = p[++i];
        switch (next) {
        case 'n':
            *w++ = '\n';
            break;
        case 'r':
            *w++ = '\r';
            break;
        case 't':
            *w++ = '\t';
            break;
        case '\\':
            *w++ = '\\';
            break;
        case 'x': {
            bool ok = false;
            const int v = text.sliced(i + 1, std::min<qsizetype>(2, n - i - 1)).toInt(&ok, 16);
            if (ok && i + 2 < n + 1) {
                *w++ = char(v);
                i += 2;
            } else {
                *w++ = '\\';
                *w++ = 'x';
            }
            break;
        }
        default:
            *w++ = '\\';
            *w++ = next;
        }
    }
    out.truncate(w - out.constData());
    return out;
}

QByteArray unescapeBytes(QStringView text)
{
    return unescapeBytes(QByteArrayView(text.toUtf8()));
}

QByteArray traceHeaderJson(const Trace &trace)
{
    QByteArray bytes;
    json::Sink out(bytes);
    out += "{\"format\":\"sockscope-trace\",\"version\":";
    out += QByteArray::number(kTraceFormatVersion);
    appendKey(out, "scenario");
    appendString(out, trace.scenario);
    appendKey(out, "model");
    appendString(out, trace.model);
    if (!trace.settings.isEmpty()) {
        out += ",\"settings\":{";
        bool firstSetting = true;
        for (auto it = trace.settings.cbegin(); it != trace.settings.cend(); ++it) {
            if (!firstSetting)
                out += ',';
            firstSetting = false;
            appendString(out, it.key());
            out += ':';
            appendString(out, it.value());
        }
        out += '}';
    }
    out += ",\"events\":[";
    return out.finish();
}

void appendEventJson(json::Sink &out, const Trace &trace, const Event &event, bool first)
{
    if (!first)
        out += ',';
    out += '\n';
    appendEvent(out, trace, event);
}

QByteArray traceFooterJson(const Trace &trace)
{
    QByteArray bytes;
    json::Sink out(bytes);
    out += "\n],\"actors\":[";
    bool first = true;
    for (const Actor &a : trace.actors()) {
        if (a.id == 0)
            continue;
        if (!first)
            out += ',';
        first = false;
        out += "\n{\"id\":";
        out += QByteArray::number(a.id);
        appendKey(out, "kind");
        appendName(out, actorKindName(a.kind));
        appendKey(out, "name");
        appendString(out, a.name);
        appendInt(out, "pid", a.pid);
        appendInt(out, "tid", a.tid);
        appendInt(out, "parent", a.parent);
        if (a.external)
            out += ",\"external\":true";
        out += '}';
    }
    out += ']';
    // Late events (see Trace::setFloor) are not in the file either: counted with the dropped.
    const std::int64_t dropped = trace.droppedEvents() + trace.lateEvents();
    if (dropped > 0) {
        std::int64_t after = trace.firstDroppedNs();
        if (trace.firstLateNs() >= 0 && (after < 0 || trace.firstLateNs() < after))
            after = trace.firstLateNs();
        out += ",\"dropped\":{\"events\":";
        out += QByteArray::number(qint64(dropped));
        out += ",\"after_ns\":";
        out += QByteArray::number(qint64(std::max<std::int64_t>(after, 0)));
        out += '}';
    }
    out += "}\n";
    return out.finish();
}

QByteArray traceToJson(const Trace &trace)
{
    QByteArray bytes = traceHeaderJson(trace);
    bytes.reserve(bytes.size() + 128 + qsizetype(trace.events().size()) * 96);
    json::Sink out(bytes);
    bool first = true;
    for (const Event &e : trace.events()) {
        appendEventJson(out, trace, e, first);
        first = false;
    }
    out += traceFooterJson(trace);
    return out.finish();
}

std::optional<Trace> traceFromJson(const QByteArray &json, QString *error)
{
    // The fast reader takes what is right; what it refuses is said as Qt's parser says it.
    if (auto trace = readTraceBytes(json, nullptr))
        return trace;
    return traceFromJsonDocument(json, error);
}

std::optional<Trace> traceFromJsonDocument(const QByteArray &json, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("byte offset %1: %2 (the file is not valid JSON%3)")
                     .arg(parseError.offset)
                     .arg(parseError.errorString(), parseError.offset >= json.size() - 1
                                                        ? QStringLiteral("; truncated?")
                                                        : QString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("top level: must be a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    Trace trace;
    if (!readTraceHead(root, trace, error))
        return std::nullopt;

    const QJsonValue actors = root.value(QLatin1String("actors"));
    const QJsonValue events = root.value(QLatin1String("events"));
    if (!actors.isArray() || !events.isArray()) {
        *error = QStringLiteral("key \"%1\": must be an array")
                     .arg(actors.isArray() ? QStringLiteral("events") : QStringLiteral("actors"));
        return std::nullopt;
    }
    if (!readActors(actors, trace, error))
        return std::nullopt;
    const QJsonArray eventList = events.toArray();
    trace.reserve(std::size_t(eventList.size()), 0);
    qint64 previousT = 0;
    for (int i = 0; i < eventList.size(); ++i) {
        if (!readEvent(eventList[i], i, trace, previousT, error))
            return std::nullopt;
        previousT = trace.events().back().tNs;
    }
    return trace;
}

bool saveTraceFile(const Trace &trace, const QString &path, QString *error)
{
    // Written as it is made, a piece at a time: the same bytes as traceToJson(), without
    // holding them whole (a million events are about 100 MB of text).
    constexpr qsizetype kPiece = qsizetype(1) << 20;
    OutputFile file;
    bool ok = file.open(path);
    QByteArray bytes;
    bytes.reserve(kPiece + 4096);
    json::Sink out(bytes);
    out += traceHeaderJson(trace);
    bool first = true;
    for (const Event &e : trace.events()) {
        if (!ok)
            break;
        appendEventJson(out, trace, e, first);
        first = false;
        if (out.size() >= kPiece) {
            ok = file.write(out.finish());
            bytes.resize(0);
            out.resume();
            file.startWriteback(); // the disk works while the rest is made: a short fsync
        }
    }
    out += traceFooterJson(trace);
    ok = ok && file.write(out.finish()) && file.commit();
    if (!ok && error)
        *error = file.errorString();
    return ok;
}

std::optional<Trace> loadTraceFile(const QString &path, QString *error)
{
    // A regular file is read a piece at a time (the file's text is never held whole); what
    // that refuses is read again as before, whole, for the loader's own message.
    const QFileInfo info(path);
    if (info.isFile() && info.size() <= kMaxTraceFileBytes) {
        if (auto trace = readTraceFileIncrementally(path, nullptr))
            return trace;
    }
    QString inner;
    const auto bytes = readInputFile(
        path, kMaxTraceFileBytes,
        QCoreApplication::translate("sockscope::TraceFile", "a trace file"), &inner, true);
    std::optional<Trace> trace;
    if (bytes)
        trace = traceFromJsonDocument(*bytes, &inner);
    if (!trace && error)
        *error = QStringLiteral("%1: %2").arg(path, inner);
    return trace;
}

} // namespace sockscope
