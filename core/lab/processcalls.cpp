// The calls of Syscalls that make and end processes: fork(), and waitpid() on one child (reap).
// A child's exit itself is seen by the forking server's watcher (models/forkingserver.cpp).
#include "syscalls.h"

#include "syscallevent.h"

#include "trace/exitstatus.h"

#include <cerrno>
#include <unistd.h>

namespace sockscope {

pid_t Syscalls::fork(std::uint32_t childActor)
{
    return fork([childActor](pid_t) { return childActor; });
}

pid_t Syscalls::fork(const std::function<std::uint32_t(pid_t)> &laneFor)
{
    // Stamped before the call: the child's first record cannot come before its fork.
    Event e = makeEvent(EventKind::Fork, -1);
    e.tNs = isChild() ? 0 : m_recorder->stamp();
    const pid_t pid = ::fork();
    if (pid == 0)
        return 0;
    const int err = errno;
    e.childActor = pid > 0 ? laneFor(pid) : 0;
    e.childPid = pid > 0 ? pid : 0;
    e.err = std::int16_t(pid < 0 ? err : 0);
    publishStamped(e);
    errno = err;
    return pid;
}

pid_t Syscalls::reap(pid_t pid, bool block, ReapPolicy policy, int *status)
{
    int raw = 0;
    pid_t rc;
    do {
        rc = ::waitpid(pid, &raw, block ? 0 : WNOHANG);
    } while (rc < 0 && errno == EINTR);
    const int err = errno;
    if (rc > 0) {
        Event e = makeEvent(EventKind::Reap, -1);
        e.childPid = rc;
        e.status = sockscope_exit_status(raw);
        e.call = std::uint8_t(policy);
        publish(e);
        if (status)
            *status = e.status;
    } else if (rc < 0) {
        Event e = makeEvent(EventKind::Error, -1);
        e.call = std::uint8_t(EventKind::Reap);
        e.childPid = pid;
        e.err = std::int16_t(err);
        publish(e);
    }
    errno = err;
    return rc;
}

} // namespace sockscope
