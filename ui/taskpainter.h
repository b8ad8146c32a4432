#pragma once

#include "timelinepaintcontext.h"

class QPainter;

namespace sockscope {

// An asyncio task's lane. A task is not a thread, and its lane says so: where the loop thread
// runs it, a short solid slice; where it is suspended at an await, an outlined, see-through
// span ("awaiting read on fd 9", "sleeping 400 ms") that is no system call and holds no
// thread. The loop thread's own lane shows the calls underneath.
namespace taskpainter {

void paint(QPainter &p, const TimelinePaintContext &ctx, const LaneRow &row, int top);

// An arrow from the loop thread's epoll_wait() that reported a task's socket (or outlasted
// its timer) to the resume of the task.
void paintResumes(QPainter &p, const TimelinePaintContext &ctx, const QRectF &bounds);

} // namespace taskpainter
} // namespace sockscope
