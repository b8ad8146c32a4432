#pragma once

#include "../trace/trace.h"

#include <QHash>
#include <QString>

#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace sockscope {

// One stretch of a task's life (asyncio): running on its loop thread (from its creation or a
// resume to its next suspension or its end), or suspended (from a task_suspend to the
// task_resume that ended it). A suspended task is not in any system call: no thread waits
// for it. Open spans run to the live edge.
struct TaskSpan
{
    static constexpr std::uint32_t kOpen = std::numeric_limits<std::uint32_t>::max();

    std::uint32_t task = 0;         // the task's actor
    std::uint32_t loop = 0;         // the loop thread that runs it (the task's parent)
    bool running = false;           // else suspended
    TaskWait wait = TaskWait::None; // suspended: on what
    int fd = -1;                    // suspended on read or write: the socket
    int sleepMs = -1;               // suspended on a timer: how long it asked to sleep
    std::uint32_t begin = 0;        // index of the event that began it
    std::uint32_t end = kOpen;      // index of the event that ended it
    std::int64_t beginNs = 0;
    std::int64_t endNs = 0; // meaningful when closed
    // Suspended spans that a resume ended: the loop's wait_end that made the loop resume it
    // (the epoll_wait that reported the socket, or for a timer the wait that returned once
    // the deadline had passed); -1 when the trace does not show one.
    qsizetype wokenBy = -1;

    bool isOpen() const { return end == kOpen; }
    std::int64_t endAt(std::int64_t liveEdgeNs) const
    {
        return isOpen() ? std::max(liveEdgeNs, beginNs) : endNs;
    }
};

// Every task span of the trace, in order of their begin, in one pass.
std::vector<TaskSpan> findTaskSpans(const Trace &trace);

// The same, a batch of events at a time (a live trace grows): each feed() reads the events
// added since the last one. `began` gets each span as it opens, `ended` the same span closed.
class TaskSpanFinder
{
public:
    using SpanFound = std::function<void(const TaskSpan &)>;
    void feed(const Trace &trace, const SpanFound &began, const SpanFound &ended);

private:
    QHash<std::uint32_t, TaskSpan> m_open; // by task
    qsizetype m_fed = 0;
};

// The loop's wait_end that led to the resume at `resumeIndex`: the loop thread's latest
// wait_end before it, if that wait reported the task's socket (read/write) or returned after
// the task's deadline (timer). -1 when there is none.
qsizetype wakingWaitOf(const Trace &trace, qsizetype resumeIndex);

// "awaiting read on fd 9", "awaiting room to write on fd 9", "sleeping 1000 ms", "running".
// Translatable (context "Tasks").
QString taskSpanLabel(const TaskSpan &span);

} // namespace sockscope
