#pragma once

#include <sys/wait.h>

namespace sockscope {

// A process's end as the trace keeps it (Event::status of process_exit and reap): the exit
// code, or minus the signal that killed it, from a status waitpid() gave.
inline int exitStatusOf(int waitStatus)
{
    if (WIFEXITED(waitStatus))
        return WEXITSTATUS(waitStatus);
    if (WIFSIGNALED(waitStatus))
        return -WTERMSIG(waitStatus);
    return 0;
}

} // namespace sockscope
