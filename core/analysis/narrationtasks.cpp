#include "narrationparts.h"

#include "taskspans.h"

namespace sockscope {

QString narratedTask(const Trace &trace, const Event &e, qsizetype index, const FdTables &before)
{
    const QString actor = narratedWho(trace, e.actor);
    switch (e.kind) {
    case EventKind::TaskCreate:
        return tr("%1 made %2 for the new connection on fd %3: a coroutine running "
                  "handle(reader, writer). A task is not a thread: it has no stack of its own "
                  "in the kernel, and the loop runs it right away, on this same thread, until "
                  "its first await.")
            .arg(actor, narratedWho(trace, e.childActor))
            .arg(e.fd);
    case EventKind::TaskSuspend:
        switch (TaskWait(e.call)) {
        case TaskWait::Read:
            return tr("%1 awaits data on fd %2: the coroutine is suspended, no thread waits for "
                      "it; the loop thread goes back to epoll_wait(), which will report fd %2 "
                      "when %3 sends something or closes.")
                .arg(actor)
                .arg(e.fd)
                .arg(narratedPeer(before, e));
        case TaskWait::Write:
            return tr("%1 awaits room to write on fd %2: the send buffer is full because %3 "
                      "is not reading. The coroutine is suspended, no thread waits for it; the "
                      "loop thread goes on with the other tasks.")
                .arg(actor)
                .arg(e.fd)
                .arg(narratedPeer(before, e));
        case TaskWait::Timer:
            return tr("%1 awaits asyncio.sleep(): the loop notes a timer %2 ms from now and "
                      "the coroutine is suspended. The loop thread is free: it serves the "
                      "other tasks, and epoll_wait() returns by the deadline at the latest.")
                .arg(actor)
                .arg(e.bytes);
        case TaskWait::None:
            break;
        }
        return tr("%1 is suspended at an await; no thread waits for it.").arg(actor);
    case EventKind::TaskResume: {
        const qsizetype wait = wakingWaitOf(trace, index);
        const Actor *task = trace.actor(e.actor);
        const QString loop =
            task && task->parent ? narratedWho(trace, task->parent) : tr("the loop thread");
        switch (TaskWait(e.call)) {
        case TaskWait::Read:
            if (wait >= 0)
                return tr("epoll_wait() reported fd %1 ready, so %2 resumes %3 where it "
                          "awaited: the coroutine goes on from its await and calls recv() "
                          "again, which will not block.")
                    .arg(e.fd)
                    .arg(loop, actor);
            return tr("%1 resumes %2, which awaited data on fd %3: the coroutine goes on from "
                      "its await.")
                .arg(loop, actor)
                .arg(e.fd);
        case TaskWait::Write:
            if (wait >= 0)
                return tr("epoll_wait() reported room to write on fd %1, so %2 resumes %3 to "
                          "send the rest of its reply.")
                    .arg(e.fd)
                    .arg(loop, actor);
            return tr("%1 resumes %2, which awaited room to write on fd %3.")
                .arg(loop, actor)
                .arg(e.fd);
        case TaskWait::Timer:
            return tr("%1's sleep is over: its deadline has passed, so %2 resumes it after "
                      "epoll_wait() returned. The coroutine goes on from its await.")
                .arg(actor, loop);
        case TaskWait::None:
            break;
        }
        return tr("%1 resumes %2: the coroutine goes on from its await.").arg(loop, actor);
    }
    case EventKind::TaskDone:
        if (e.interruptedByStop())
            return tr("%1 was cancelled because the run was stopped: SockScope ended the loop "
                      "while the task was suspended or working. Its coroutine is destroyed "
                      "where it was; this is not a failure of the task.")
                .arg(actor);
        switch (TaskEnd(e.call)) {
        case TaskEnd::PeerClosed:
            return tr("%1 is done: the client closed, the handler closed fd %2 and its "
                      "coroutine returned. Its frame is freed; no thread ends, because the task "
                      "never had one.")
                .arg(actor)
                .arg(e.fd);
        case TaskEnd::Quit:
            return tr("%1 is done: the client sent \"q\", the handler closed fd %2 and its "
                      "coroutine returned. No thread ends: the loop thread goes on.")
                .arg(actor)
                .arg(e.fd);
        case TaskEnd::Failed:
        case TaskEnd::Cancelled:
            break;
        }
        return tr("%1 is done: its connection on fd %2 broke, the handler closed it and its "
                  "coroutine returned. The other tasks go on.")
            .arg(actor)
            .arg(e.fd);
    default:
        break;
    }
    return {};
}

} // namespace sockscope
