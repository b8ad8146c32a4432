/* A process's end as the trace keeps it (Event::status of process_exit and reap): the exit
 * code, or minus the signal that killed it, from a status waitpid() gave. Plain C: the preload
 * library (preload/processes.c) puts the same value in its records as the lab and the watcher. */
#ifndef SOCKSCOPE_EXITSTATUS_H
#define SOCKSCOPE_EXITSTATUS_H

#include <sys/wait.h>

static inline int sockscope_exit_status(int waitStatus)
{
    if (WIFEXITED(waitStatus))
        return WEXITSTATUS(waitStatus);
    if (WIFSIGNALED(waitStatus))
        return -WTERMSIG(waitStatus);
    return 0;
}

#endif
