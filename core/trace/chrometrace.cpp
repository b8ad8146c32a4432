#include "chrometrace.h"

#include "../analysis/taskspans.h"
#include "../analysis/wakeups.h"
#include "chromesockets.h"
#include "kernelsample.h"
#include "outputfile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sockscope {

namespace {

// Perfetto groups lanes by pid; clients run inside SockScope but get groups of their own.
constexpr int kScriptedClientsPid = 1;
constexpr int kExternalClientsPid = 2;

int groupPid(const Actor &a)
{
    if (a.kind == ActorKind::Client)
        return a.external ? kExternalClientsPid : kScriptedClientsPid;
    return a.pid;
}

double micros(std::int64_t ns)
{
    return double(ns) / 1000.0;
}

QString callLabel(const Trace &trace, const Event &e)
{
    QString name = QString::fromLatin1(eventKindName(e.kind));
    if (name.endsWith(QLatin1String("_begin")))
        name.chop(6);
    if (e.kind == EventKind::WaitBegin)
        name = QString::fromLatin1(waitMechanismName(WaitMechanism(e.call)));
    Q_UNUSED(trace);
    return e.fd >= 0 ? QStringLiteral("%1(fd %2)").arg(name).arg(e.fd)
                     : name + QStringLiteral("()");
}

QJsonObject args(const Trace &trace, const Event &e)
{
    QJsonObject a;
    if (e.fd >= 0)
        a.insert(QStringLiteral("fd"), e.fd);
    if (e.kind == EventKind::AcceptEnd && e.newFd >= 0)
        a.insert(QStringLiteral("new_fd"), e.newFd);
    if (e.bytes >= 0)
        a.insert(QStringLiteral("bytes"), e.bytes);
    if (e.err)
        a.insert(QStringLiteral("errno"), e.err);
    if (e.interruptedByStop())
        a.insert(QStringLiteral("stopped"), true);
    if (isBeginKind(e.kind) && (e.flags & kFlagProbed)) {
        if (e.bytes >= 0)
            a.insert(QStringLiteral("queued"), e.bytes);
        a.insert(QStringLiteral("ready_at_call"), (e.flags & kFlagReadyAtCall) != 0);
    }
    if (!e.peer().isNull())
        a.insert(QStringLiteral("peer"), e.peer().toString());
    if (e.kind == EventKind::Fork || e.kind == EventKind::ProcessExit || e.kind == EventKind::Reap)
        a.insert(QStringLiteral("child_pid"), e.childPid);
    if (e.kind == EventKind::TaskSuspend || e.kind == EventKind::TaskResume)
        a.insert(QStringLiteral("awaits"), QLatin1String(taskWaitName(TaskWait(e.call))));
    if (e.kind == EventKind::TaskDone)
        a.insert(QStringLiteral("end"), QLatin1String(taskEndName(TaskEnd(e.call))));
    const auto preview = trace.preview(e);
    if (!preview.isEmpty())
        a.insert(QStringLiteral("preview"), escapeBytes(preview));
    if (e.kind == EventKind::WaitEnd) {
        const WaitSets sets = trace.waitSets(e);
        auto list = [](const QVector<int> &v) {
            QJsonArray arr;
            for (int fd : v)
                arr.append(fd);
            return arr;
        };
        a.insert(QStringLiteral("read_set"), list(sets.readSet));
        a.insert(QStringLiteral("ready_read"), list(sets.readyRead));
    }
    return a;
}

} // namespace

namespace {

// The document, written as it is made: {"displayTimeUnit":"ms","otherData":{...},
// "traceEvents":[...]} (the keys in the order QJsonDocument gives them), each event serialized
// on its own and handed to `sink` a chunk at a time. Memory: one chunk, not the whole export.
class ChromeWriter
{
public:
    explicit ChromeWriter(const Trace &trace, std::function<bool(QByteArrayView)> sink)
        : m_sink(std::move(sink))
    {
        const QJsonObject other{{QStringLiteral("scenario"), trace.scenario},
                                {QStringLiteral("model"), trace.model}};
        m_chunk = "{\"displayTimeUnit\":\"ms\",\"otherData\":";
        m_chunk += QJsonDocument(other).toJson(QJsonDocument::Compact);
        m_chunk += ",\"traceEvents\":[";
    }
    void append(const QJsonObject &event)
    {
        if (!m_first)
            m_chunk += ',';
        m_first = false;
        m_chunk += QJsonDocument(event).toJson(QJsonDocument::Compact);
        if (m_chunk.size() >= kChunk)
            flush();
    }
    bool finish()
    {
        m_chunk += "]}";
        flush();
        return m_ok;
    }

private:
    static constexpr qsizetype kChunk = 1 << 20;
    void flush()
    {
        if (m_ok && !m_chunk.isEmpty())
            m_ok = m_sink(m_chunk);
        m_chunk.clear();
    }
    std::function<bool(QByteArrayView)> m_sink;
    QByteArray m_chunk;
    bool m_first = true;
    bool m_ok = true;
};

bool writeChromeTrace(const Trace &trace, ChromeWriter &writer)
{
    struct Out
    {
        ChromeWriter &writer;
        void append(const QJsonObject &o) { writer.append(o); }
    } out{writer};
    QHash<int, bool> namedProcess;
    for (const Actor &a : trace.actors()) {
        if (a.id == 0 || a.kind == ActorKind::Kernel) // its samples get socket tracks
            continue;
        const int pid = groupPid(a);
        if (!namedProcess.contains(pid)) {
            namedProcess.insert(pid, true);
            const QString processName =
                a.kind == ActorKind::Client
                    ? (a.external ? QStringLiteral("external clients")
                                  : QStringLiteral("scripted clients"))
                    : (a.kind == ActorKind::Process ? QStringLiteral("child %1").arg(a.pid)
                                                    : QStringLiteral("server %1").arg(a.pid));
            out.append(QJsonObject{
                {QStringLiteral("ph"), QStringLiteral("M")},
                {QStringLiteral("name"), QStringLiteral("process_name")},
                {QStringLiteral("pid"), pid},
                {QStringLiteral("tid"), 0},
                {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), processName}}}});
        }
        out.append(
            QJsonObject{{QStringLiteral("ph"), QStringLiteral("M")},
                        {QStringLiteral("name"), QStringLiteral("thread_name")},
                        {QStringLiteral("pid"), pid},
                        {QStringLiteral("tid"), int(a.id)},
                        {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), a.name}}}});
    }

    auto base = [&](const Event &e, const QString &ph, const QString &name) {
        const Actor *a = trace.actor(e.actor);
        return QJsonObject{{QStringLiteral("ph"), ph},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("cat"), QStringLiteral("socket")},
                           {QStringLiteral("pid"), a ? groupPid(*a) : 0},
                           {QStringLiteral("tid"), int(e.actor)},
                           {QStringLiteral("ts"), micros(e.tNs)}};
    };

    QHash<std::uint32_t, qsizetype> open;
    const auto &events = trace.events();
    for (qsizetype i = 0; i < qsizetype(events.size()); ++i) {
        const Event &e = events[std::size_t(i)];
        if (isKernelSampleKind(e.kind))
            continue; // below, on the sockets' own tracks
        if (isBeginKind(e.kind)) {
            open.insert(e.actor, i);
            continue;
        }
        if (isEndKind(e.kind) && open.contains(e.actor)) {
            const Event &begin = trace.at(open.take(e.actor));
            QJsonObject span = base(begin, QStringLiteral("X"), callLabel(trace, begin));
            span.insert(QStringLiteral("dur"), micros(e.tNs - begin.tNs));
            span.insert(QStringLiteral("args"), args(trace, e));
            out.append(span);
            continue;
        }
        QJsonObject instant =
            base(e, QStringLiteral("i"), QString::fromLatin1(eventKindName(e.kind)));
        instant.insert(QStringLiteral("s"), QStringLiteral("t"));
        instant.insert(QStringLiteral("args"), args(trace, e));
        out.append(instant);
    }
    appendChromeSocketTracks(trace, [&](const QJsonObject &o) { out.append(o); });
    // Tasks (asyncio): a span for each stretch running on the loop thread and each await,
    // in the task's own lane (category "task": these are not system calls).
    const std::vector<TaskSpan> taskSpans = findTaskSpans(trace);
    for (const TaskSpan &t : taskSpans) {
        const Actor *a = trace.actor(t.task);
        QJsonObject span{{QStringLiteral("ph"), QStringLiteral("X")},
                         {QStringLiteral("name"), taskSpanLabel(t)},
                         {QStringLiteral("cat"), QStringLiteral("task")},
                         {QStringLiteral("pid"), a ? groupPid(*a) : 0},
                         {QStringLiteral("tid"), int(t.task)},
                         {QStringLiteral("ts"), micros(t.beginNs)},
                         {QStringLiteral("dur"), micros(t.endAt(trace.endNs()) - t.beginNs)}};
        out.append(span);
    }
    // Calls still blocked when the trace ends run to its end.
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        const Event &begin = trace.at(it.value());
        QJsonObject span = base(begin, QStringLiteral("X"), callLabel(trace, begin));
        span.insert(QStringLiteral("dur"), micros(trace.endNs() - begin.tNs));
        out.append(span);
    }

    int flowId = 0;
    auto flow = [&](const Event &from, std::uint32_t toActor, std::int64_t toNs,
                    const QString &name) {
        ++flowId;
        QJsonObject s = base(from, QStringLiteral("s"), name);
        s.insert(QStringLiteral("id"), flowId);
        out.append(s);
        const Actor *to = trace.actor(toActor);
        out.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("f")},
                               {QStringLiteral("bp"), QStringLiteral("e")},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("cat"), QStringLiteral("socket")},
                               {QStringLiteral("id"), flowId},
                               {QStringLiteral("pid"), to ? groupPid(*to) : 0},
                               {QStringLiteral("tid"), int(toActor)},
                               {QStringLiteral("ts"), micros(toNs)}});
    };
    for (const Event &e : events) {
        if ((e.kind == EventKind::ThreadSpawn || e.kind == EventKind::Fork ||
             e.kind == EventKind::TaskCreate) &&
            e.childActor)
            flow(e, e.childActor, e.tNs, QString::fromLatin1(eventKindName(e.kind)));
    }
    // The loop's wait that reported a task's socket (or outlasted its timer) to the resume.
    for (const TaskSpan &t : taskSpans) {
        if (t.running || t.isOpen() || t.wokenBy < 0)
            continue;
        const Event &resume = trace.at(t.end);
        flow(trace.at(t.wokenBy), resume.actor, resume.tNs, QStringLiteral("resume"));
    }
    for (const WakeUp &w : findWakeUps(trace)) {
        const Event &to = trace.at(w.to);
        flow(trace.at(w.from), to.actor, to.tNs, QStringLiteral("wake-up"));
    }

    return writer.finish();
}

} // namespace

QByteArray chromeTraceJson(const Trace &trace)
{
    QByteArray bytes;
    ChromeWriter writer(trace, [&](QByteArrayView chunk) {
        bytes += chunk;
        return true;
    });
    writeChromeTrace(trace, writer);
    return bytes;
}

bool saveChromeTrace(const Trace &trace, const QString &path, QString *error)
{
    OutputFile file;
    ChromeWriter writer(trace, [&](QByteArrayView chunk) { return file.write(chunk); });
    if (file.open(path) && writeChromeTrace(trace, writer) && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace sockscope
