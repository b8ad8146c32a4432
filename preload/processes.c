/* The preload library's threads and processes: pthread_create (the new thread reports its own
 * start), pthread_exit, fork, waitpid/wait4/wait (a reap, or an error), and exit/_exit/_Exit
 * (the line a process ends at: its exit itself is seen from outside, with a pidfd). */
#include "preload.h"
#include "trace/exitstatus.h"

#include <errno.h>
#include <string.h>
#include <sys/wait.h>

#define THREAD_SLOTS 256
struct Slot
{
    int used;
    int parentTid;
    int64_t spawnNs;
    uint64_t codeOffset;
    void *(*start)(void *);
    void *arg;
    uint16_t sourceSize;
    char source[SOCKSCOPE_WATCH_MAX_SOURCE]; /* the creating thread's line (Python) */
};
static struct Slot g_slots[THREAD_SLOTS];

static void *trampoline(void *p)
{
    struct Slot *slot = (struct Slot *)p;
    struct Slot copy = *slot;
    __atomic_store_n(&slot->used, 0, __ATOMIC_RELEASE);
    /* The spawn is the creating thread's line, reported by the new thread. */
    memcpy(t_source, copy.source, copy.sourceSize);
    t_sourceSize = copy.sourceSize;
    struct Builder b;
    begin(&b, SOCKSCOPE_WATCH_THREAD_START, -1, NULL);
    b.r.aux = copy.parentTid;
    b.r.spawnNs = copy.spawnNs;
    b.r.codeOffset = copy.codeOffset;
    emit(&b);
    t_sourceSize = 0;
    void *result = copy.start(copy.arg);
    struct Builder e;
    begin(&e, K_THREAD_EXIT, -1, NULL);
    emit(&e);
    releaseRing();
    return result;
}

EXPORT int pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*start)(void *),
                          void *arg)
{
    RESOLVE(pthread_create);
    if (!watching())
        return REAL(pthread_create)(thread, attr, start, arg);
    struct Slot *slot = NULL;
    for (int i = 0; i < THREAD_SLOTS && !slot; ++i) {
        int expected = 0;
        if (__atomic_compare_exchange_n(&g_slots[i].used, &expected, 1, 0, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED))
            slot = &g_slots[i];
    }
    if (!slot) /* more threads starting at once than slots: this one is not seen */
        return REAL(pthread_create)(thread, attr, start, arg);
    struct Builder probe;
    begin(&probe, K_THREAD_SPAWN, -1, __builtin_return_address(0));
    slot->parentTid = currentTid();
    slot->spawnNs = probe.r.ns;
    slot->codeOffset = probe.r.codeOffset;
    slot->start = start;
    slot->arg = arg;
    slot->sourceSize = t_sourceSize;
    memcpy(slot->source, t_source, t_sourceSize);
    const int rc = REAL(pthread_create)(thread, attr, trampoline, slot);
    if (rc != 0) {
        __atomic_store_n(&slot->used, 0, __ATOMIC_RELEASE);
        probe.r.err = rc;
        emit(&probe); /* a thread_spawn with errno and no child */
    }
    return rc;
}

EXPORT void pthread_exit(void *value)
{
    RESOLVE(pthread_exit);
    if (watching()) {
        struct Builder e;
        begin(&e, K_THREAD_EXIT, -1, __builtin_return_address(0));
        emit(&e);
        releaseRing();
    }
    REAL(pthread_exit)(value);
    __builtin_unreachable();
}

/* ---- processes ---- */
EXPORT pid_t fork(void)
{
    RESOLVE(fork);
    if (!watching() || !g_armed)
        return REAL(fork)();
    struct Builder b;
    begin(&b, K_FORK, -1, __builtin_return_address(0)); /* stamped before the call */
    const pid_t pid = REAL(fork)();
    if (pid == 0) {
        afterForkInChild();
        return 0;
    }
    const int err = errno;
    b.r.aux = pid > 0 ? pid : 0;
    b.r.err = pid < 0 ? err : 0;
    emit(&b);
    errno = err;
    return pid;
}

static pid_t reaped(pid_t asked, pid_t rc, const int *status, int err, const void *ra)
{
    if (!watching() || !g_armed || rc == 0)
        return rc;
    struct Builder b;
    if (rc > 0) {
        /* Stopped or continued children are reported too (WUNTRACED/WCONTINUED): no reap. */
        if (status && !WIFEXITED(*status) && !WIFSIGNALED(*status))
            return rc;
        begin(&b, K_REAP, -1, ra);
        b.r.aux = rc;
        b.r.status = status ? sockscope_exit_status(*status) : 0;
    } else {
        begin(&b, K_ERROR, -1, ra);
        b.r.call = K_REAP;
        b.r.aux = asked;
        b.r.err = err;
    }
    emit(&b);
    errno = err;
    return rc;
}

EXPORT pid_t waitpid(pid_t pid, int *status, int options)
{
    RESOLVE(waitpid);
    int local = 0;
    int *s = status ? status : &local;
    const pid_t rc = REAL(waitpid)(pid, s, options);
    return reaped(pid, rc, s, errno, __builtin_return_address(0));
}

EXPORT pid_t wait4(pid_t pid, int *status, int options, struct rusage *usage)
{
    RESOLVE(wait4);
    int local = 0;
    int *s = status ? status : &local;
    const pid_t rc = REAL(wait4)(pid, s, options, usage);
    return reaped(pid, rc, s, errno, __builtin_return_address(0));
}

EXPORT pid_t wait(int *status)
{
    RESOLVE(wait);
    int local = 0;
    int *s = status ? status : &local;
    const pid_t rc = REAL(wait)(s);
    return reaped(-1, rc, s, errno, __builtin_return_address(0));
}

/* ---- the end of a process ---- */
static void recordExitCall(int status, const void *returnAddress)
{
    if (!watching())
        return;
    struct Builder b;
    begin(&b, SOCKSCOPE_WATCH_EXIT_CALL, -1, returnAddress);
    b.r.bytes = status;
    emit(&b);
}

EXPORT void exit(int status)
{
    RESOLVE(exit);
    recordExitCall(status, __builtin_return_address(0));
    REAL(exit)(status);
    __builtin_unreachable();
}

EXPORT void _exit(int status)
{
    RESOLVE(_exit);
    recordExitCall(status, __builtin_return_address(0));
    REAL(_exit)(status);
    __builtin_unreachable();
}

EXPORT void _Exit(int status)
{
    RESOLVE(_Exit);
    recordExitCall(status, __builtin_return_address(0));
    REAL(_Exit)(status);
    __builtin_unreachable();
}
