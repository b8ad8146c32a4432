#include "chrometrace.h"

#include "../analysis/taskspans.h"
#include "../analysis/wakeups.h"
#include "chromesockets.h"
#include "kernelsample.h"
#include "outputfile.h"
#include "tracereader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

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

QString callLabel(const Event &e)
{
    QString name = QString::fromLatin1(eventKindName(e.kind));
    if (name.endsWith(QLatin1String("_begin")))
        name.chop(6);
    if (e.kind == EventKind::WaitBegin)
        name = QString::fromLatin1(waitMechanismName(WaitMechanism(e.call)));
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

// The export, one event at a time: each Chrome event is written as soon as it is known (a
// span at its call's end, an arrow when its wake-up is matched, a task's stretch when the
// next one begins). What it keeps between events is per actor, socket, task and connection,
// never per event, so a trace read a piece at a time can be forgotten as it goes.
class ChromeExport
{
public:
    // `head`: the trace's actors (and scenario and model, already in the writer).
    ChromeExport(const Trace &head, ChromeWriter &writer)
        : m_writer(writer), m_sockets([this](const QJsonObject &o) { m_writer.append(o); })
    {
        QHash<int, bool> namedProcess;
        for (const Actor &a : head.actors()) {
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
                m_writer.append(QJsonObject{
                    {QStringLiteral("ph"), QStringLiteral("M")},
                    {QStringLiteral("name"), QStringLiteral("process_name")},
                    {QStringLiteral("pid"), pid},
                    {QStringLiteral("tid"), 0},
                    {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), processName}}}});
            }
            m_writer.append(QJsonObject{
                {QStringLiteral("ph"), QStringLiteral("M")},
                {QStringLiteral("name"), QStringLiteral("thread_name")},
                {QStringLiteral("pid"), pid},
                {QStringLiteral("tid"), int(a.id)},
                {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), a.name}}}});
        }
    }

    // The event at `index`, which `trace` holds, after every event before it.
    void add(const Trace &trace, const Event &e, qsizetype index)
    {
        m_endNs = e.tNs;
        m_sockets.add(trace, e);
        if (isTaskKind(e.kind))
            addTaskEvent(trace, e);
        if (e.kind == EventKind::WaitEnd) {
            const WaitSets sets = trace.waitSets(e);
            m_lastWait[e.actor] = {e, sets.readyRead, sets.readyWrite};
        }
        if ((e.kind == EventKind::ThreadSpawn || e.kind == EventKind::Fork ||
             e.kind == EventKind::TaskCreate) &&
            e.childActor)
            flow(trace, e.actor, e.tNs, e.childActor, e.tNs,
                 QString::fromLatin1(eventKindName(e.kind)));
        m_wakeUps.clear();
        m_matcher.add(trace, e, index, m_wakeUps);
        for (const WakeUp &w : m_wakeUps)
            flow(trace, w.fromActor, w.fromNs, w.toActor, w.toNs, QStringLiteral("wake-up"));

        if (isKernelSampleKind(e.kind))
            return; // on the sockets' own tracks
        if (isBeginKind(e.kind)) {
            m_open.insert(e.actor, e);
            return;
        }
        if (isEndKind(e.kind)) {
            const auto it = m_open.find(e.actor);
            if (it != m_open.end()) {
                const Event begin = it.value();
                m_open.erase(it);
                QJsonObject span = base(trace, begin, QStringLiteral("X"), callLabel(begin));
                span.insert(QStringLiteral("dur"), micros(e.tNs - begin.tNs));
                span.insert(QStringLiteral("args"), args(trace, e));
                m_writer.append(span);
                return;
            }
        }
        QJsonObject instant =
            base(trace, e, QStringLiteral("i"), QString::fromLatin1(eventKindName(e.kind)));
        instant.insert(QStringLiteral("s"), QStringLiteral("t"));
        instant.insert(QStringLiteral("args"), args(trace, e));
        m_writer.append(instant);
    }

    // What is still open when the trace ends runs to its end.
    bool finish(const Trace &trace)
    {
        m_sockets.finish(m_endNs);
        for (auto it = m_tasks.cbegin(); it != m_tasks.cend(); ++it)
            writeTaskSpan(trace, it.value(), m_endNs);
        for (auto it = m_open.cbegin(); it != m_open.cend(); ++it) {
            QJsonObject span = base(trace, it.value(), QStringLiteral("X"), callLabel(it.value()));
            span.insert(QStringLiteral("dur"), micros(m_endNs - it.value().tNs));
            m_writer.append(span);
        }
        return m_writer.finish();
    }

private:
    struct LastWait
    {
        Event end;
        QVector<int> readyRead;
        QVector<int> readyWrite;
    };

    QJsonObject base(const Trace &trace, const Event &e, const QString &ph,
                     const QString &name) const
    {
        const Actor *a = trace.actor(e.actor);
        return QJsonObject{{QStringLiteral("ph"), ph},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("cat"), QStringLiteral("socket")},
                           {QStringLiteral("pid"), a ? groupPid(*a) : 0},
                           {QStringLiteral("tid"), int(e.actor)},
                           {QStringLiteral("ts"), micros(e.tNs)}};
    }

    void flow(const Trace &trace, std::uint32_t fromActor, std::int64_t fromNs,
              std::uint32_t toActor, std::int64_t toNs, const QString &name)
    {
        ++m_flowId;
        const Actor *from = trace.actor(fromActor);
        m_writer.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("s")},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("cat"), QStringLiteral("socket")},
                                    {QStringLiteral("pid"), from ? groupPid(*from) : 0},
                                    {QStringLiteral("tid"), int(fromActor)},
                                    {QStringLiteral("ts"), micros(fromNs)},
                                    {QStringLiteral("id"), m_flowId}});
        const Actor *to = trace.actor(toActor);
        m_writer.append(QJsonObject{{QStringLiteral("ph"), QStringLiteral("f")},
                                    {QStringLiteral("bp"), QStringLiteral("e")},
                                    {QStringLiteral("name"), name},
                                    {QStringLiteral("cat"), QStringLiteral("socket")},
                                    {QStringLiteral("id"), m_flowId},
                                    {QStringLiteral("pid"), to ? groupPid(*to) : 0},
                                    {QStringLiteral("tid"), int(toActor)},
                                    {QStringLiteral("ts"), micros(toNs)}});
    }

    // Tasks (asyncio): a span for each stretch running on the loop thread and each await, in
    // the task's own lane (category "task": these are not system calls), as findTaskSpans()
    // (analysis/taskspans.h) cuts them; the loop's wait that reported a task's socket (or
    // outlasted its timer) gets an arrow to the resume, as wakingWaitOf() finds it.
    void addTaskEvent(const Trace &trace, const Event &e)
    {
        const std::uint32_t task = e.kind == EventKind::TaskCreate ? e.childActor : e.actor;
        if (task == 0)
            return;
        const auto open = m_tasks.constFind(task);
        if (e.kind == EventKind::TaskResume && open != m_tasks.cend() && !open->running) {
            const Actor *a = trace.actor(task);
            const auto wait = a ? m_lastWait.constFind(a->parent) : m_lastWait.cend();
            if (wait != m_lastWait.cend() &&
                (TaskWait(e.call) == TaskWait::Timer || wait->readyRead.contains(e.fd) ||
                 wait->readyWrite.contains(e.fd)))
                flow(trace, wait->end.actor, wait->end.tNs, e.actor, e.tNs,
                     QStringLiteral("resume"));
        }
        if (open != m_tasks.cend()) {
            writeTaskSpan(trace, open.value(), e.tNs);
            m_tasks.remove(task);
        }
        TaskSpan span;
        span.task = task;
        span.beginNs = e.tNs;
        switch (e.kind) {
        case EventKind::TaskCreate:
        case EventKind::TaskResume:
            span.running = true;
            break;
        case EventKind::TaskSuspend:
            span.wait = TaskWait(e.call);
            if (span.wait == TaskWait::Timer)
                span.sleepMs = e.bytes;
            else
                span.fd = e.fd;
            break;
        default: // task_done: nothing follows
            return;
        }
        m_tasks.insert(task, span);
    }

    void writeTaskSpan(const Trace &trace, const TaskSpan &t, std::int64_t endNs)
    {
        const Actor *a = trace.actor(t.task);
        m_writer.append(
            QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
                        {QStringLiteral("name"), taskSpanLabel(t)},
                        {QStringLiteral("cat"), QStringLiteral("task")},
                        {QStringLiteral("pid"), a ? groupPid(*a) : 0},
                        {QStringLiteral("tid"), int(t.task)},
                        {QStringLiteral("ts"), micros(t.beginNs)},
                        {QStringLiteral("dur"), micros(std::max(endNs, t.beginNs) - t.beginNs)}});
    }

    ChromeWriter &m_writer;
    ChromeSocketTracks m_sockets;
    WakeUpMatcher m_matcher;
    std::vector<WakeUp> m_wakeUps;
    QHash<std::uint32_t, Event> m_open;        // actor -> its blocked call's begin
    QHash<std::uint32_t, TaskSpan> m_tasks;    // task -> its open stretch
    QHash<std::uint32_t, LastWait> m_lastWait; // loop thread -> its latest wait_end
    std::int64_t m_endNs = 0;
    int m_flowId = 0;
};

bool writeChromeTrace(const Trace &trace, ChromeWriter &writer)
{
    ChromeExport exporter(trace, writer);
    for (qsizetype i = 0; i < trace.size(); ++i)
        exporter.add(trace, trace.at(i), i);
    return exporter.finish(trace);
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

bool convertToChromeTrace(const QString &inPath, const QString &outPath, QString *error)
{
    OutputFile file;
    if (!file.open(outPath)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    std::unique_ptr<ChromeWriter> writer;
    std::unique_ptr<ChromeExport> exporter;
    auto start = [&](const Trace &head) {
        writer = std::make_unique<ChromeWriter>(
            head, [&](QByteArrayView chunk) { return file.write(chunk); });
        exporter = std::make_unique<ChromeExport>(head, *writer);
    };
    QString readError;
    const auto head = streamTraceFile(
        inPath,
        [&](const Trace &trace, const Event &e, qsizetype index) {
            if (!exporter)
                start(trace);
            exporter->add(trace, e, index);
            return file.errorString().isEmpty();
        },
        &readError);
    if (head && !exporter)
        start(*head);
    if (head && exporter->finish(*head) && file.commit())
        return true;
    if (error)
        *error = !file.errorString().isEmpty() ? file.errorString() : readError;
    file.cancel();
    return false;
}

} // namespace sockscope
