#include "taskspans.h"

#include <QCoreApplication>
#include <QHash>

namespace sockscope {

qsizetype wakingWaitOf(const Trace &trace, qsizetype resumeIndex)
{
    if (resumeIndex < 0 || resumeIndex >= trace.size())
        return -1;
    const Event &resume = trace.at(resumeIndex);
    const Actor *task = trace.actor(resume.actor);
    if (!task || task->parent == 0)
        return -1;
    for (qsizetype i = resumeIndex - 1; i >= 0; --i) {
        const Event &e = trace.at(i);
        if (e.actor != task->parent || e.kind != EventKind::WaitEnd)
            continue;
        // The loop's latest wait: it either explains this resume or nothing does.
        if (TaskWait(resume.call) == TaskWait::Timer)
            return i;
        const WaitSets sets = trace.waitSets(e);
        return sets.readyRead.contains(resume.fd) || sets.readyWrite.contains(resume.fd) ? i : -1;
    }
    return -1;
}

void TaskSpanFinder::feed(const Trace &trace, const SpanFound &began, const SpanFound &ended)
{
    auto close = [&](std::uint32_t task, qsizetype index, std::int64_t tNs) {
        const auto it = m_open.find(task);
        if (it == m_open.end())
            return;
        TaskSpan span = *it;
        m_open.erase(it);
        span.end = std::uint32_t(index);
        span.endNs = tNs;
        ended(span);
    };
    auto begin = [&](const TaskSpan &span) {
        m_open.insert(span.task, span);
        began(span);
    };
    const auto &events = trace.events();
    for (std::size_t i = std::size_t(m_fed); i < events.size(); ++i) {
        const Event &e = events[i];
        if (!isTaskKind(e.kind))
            continue;
        const std::uint32_t task = e.kind == EventKind::TaskCreate ? e.childActor : e.actor;
        if (task == 0)
            continue;
        const Actor *a = trace.actor(task);
        TaskSpan span;
        span.task = task;
        span.loop = a ? a->parent : 0;
        span.begin = std::uint32_t(i);
        span.beginNs = e.tNs;
        switch (e.kind) {
        case EventKind::TaskCreate:
            close(task, qsizetype(i), e.tNs);
            span.running = true;
            span.loop = e.actor;
            begin(span);
            break;
        case EventKind::TaskSuspend:
            close(task, qsizetype(i), e.tNs);
            span.wait = TaskWait(e.call);
            if (span.wait == TaskWait::Timer)
                span.sleepMs = e.bytes;
            else
                span.fd = e.fd;
            begin(span);
            break;
        case EventKind::TaskResume: {
            const auto it = m_open.find(task);
            if (it != m_open.end() && !it->running)
                it->wokenBy = wakingWaitOf(trace, qsizetype(i));
            close(task, qsizetype(i), e.tNs);
            span.running = true;
            begin(span);
            break;
        }
        case EventKind::TaskDone:
            close(task, qsizetype(i), e.tNs);
            break;
        default:
            break;
        }
    }
    m_fed = qsizetype(events.size());
}

std::vector<TaskSpan> findTaskSpans(const Trace &trace)
{
    std::vector<TaskSpan> spans;
    QHash<std::uint32_t, std::size_t> openAt; // task -> its open span in `spans`
    TaskSpanFinder finder;
    finder.feed(
        trace,
        [&](const TaskSpan &span) {
            openAt.insert(span.task, spans.size());
            spans.push_back(span);
        },
        [&](const TaskSpan &span) { spans[openAt.take(span.task)] = span; });
    return spans;
}

QString taskSpanLabel(const TaskSpan &span)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("Tasks", text); };
    if (span.running)
        return tr("running");
    switch (span.wait) {
    case TaskWait::Read:
        return tr("awaiting read on fd %1").arg(span.fd);
    case TaskWait::Write:
        return tr("awaiting room to write on fd %1").arg(span.fd);
    case TaskWait::Timer:
        return tr("sleeping %1 ms").arg(span.sleepMs);
    case TaskWait::None:
        break;
    }
    return tr("suspended");
}

} // namespace sockscope
