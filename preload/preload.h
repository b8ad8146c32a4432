/* What the files of SockScope's preload library share (the rules it keeps are at the top of
 * sockscope_preload.c): the EventKind values it reports, its state, the real functions it
 * wraps, and the record builder (records.c). Every symbol here is hidden (-fvisibility=hidden):
 * only the wrapped calls and sockscope_watch_set_source are exported. */
#ifndef SOCKSCOPE_PRELOAD_H
#define SOCKSCOPE_PRELOAD_H

#define _GNU_SOURCE
#include "watch/watchrecord.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <unistd.h>

#define EXPORT __attribute__((visibility("default")))
#define TLS __thread __attribute__((tls_model("initial-exec")))

/* EventKind values (core/trace/event.h); the watcher checks them against the enum. */
enum
{
    K_SOCKET = 0,
    K_BIND,
    K_LISTEN,
    K_CLOSE,
    K_SHUTDOWN,
    K_ACCEPT_BEGIN,
    K_ACCEPT_END,
    K_CONNECT_BEGIN,
    K_CONNECT_END,
    K_RECV_BEGIN,
    K_RECV_END,
    K_SEND,
    K_SEND_BEGIN,
    K_SEND_END,
    K_RECVFROM_BEGIN,
    K_RECVFROM_END,
    K_SENDTO,
    K_WOULD_BLOCK,
    K_WAIT_BEGIN,
    K_WAIT_END,
    K_EPOLL_CTL,
    K_THREAD_SPAWN,
    K_THREAD_EXIT,
    K_FORK,
    K_PROCESS_EXIT,
    K_REAP,
    K_ERROR
};
enum
{
    M_SELECT = 1,
    M_POLL = 2,
    M_EPOLL = 3
};
enum
{
    F_PROBED = 1u << 1,
    F_READY_AT_CALL = 1u << 2
};

/* ---- state (sockscope_preload.c) ---- */
extern int g_fd;  /* the report descriptor; -1: not watching, calls only pass through */
extern int g_pid; /* this process (set again in a forked child) */
/* Set at the program's first IPv4/IPv6 socket() (inherited through fork): from then on the
 * program is at work. Before it, a wrapper that execs the real program (a pyenv shim, env)
 * is followed, and its forks and waits are not recorded. */
extern int g_armed;
extern uintptr_t g_exeBase, g_exeStart, g_exeEnd;
extern TLS int t_tid;
extern TLS char t_source[SOCKSCOPE_WATCH_MAX_SOURCE];
extern TLS uint16_t t_sourceSize;
extern uint64_t g_sockets[65536 / 64]; /* descriptors known to be IPv4/IPv6 sockets */

/* The program's first IPv4/IPv6 socket: from now on it is at work. */
void arm(void);
/* In a forked child: its own pid and tid. */
void afterForkInChild(void);

/* ---- the real functions, looked up with dlsym(RTLD_NEXT) (sockscope_preload.c) ---- */
#define SOCKSCOPE_REAL_FUNCTIONS(X)                                                                \
    X(int, socket, int, int, int)                                                                  \
    X(int, bind, int, const struct sockaddr *, socklen_t)                                          \
    X(int, listen, int, int)                                                                       \
    X(int, accept, int, struct sockaddr *, socklen_t *)                                            \
    X(int, accept4, int, struct sockaddr *, socklen_t *, int)                                      \
    X(int, connect, int, const struct sockaddr *, socklen_t)                                       \
    X(ssize_t, recv, int, void *, size_t, int)                                                     \
    X(ssize_t, recvfrom, int, void *, size_t, int, struct sockaddr *, socklen_t *)                 \
    X(ssize_t, recvmsg, int, struct msghdr *, int)                                                 \
    X(ssize_t, send, int, const void *, size_t, int)                                               \
    X(ssize_t, sendto, int, const void *, size_t, int, const struct sockaddr *, socklen_t)         \
    X(ssize_t, sendmsg, int, const struct msghdr *, int)                                           \
    X(ssize_t, read, int, void *, size_t)                                                          \
    X(ssize_t, write, int, const void *, size_t)                                                   \
    X(int, shutdown, int, int)                                                                     \
    X(int, close, int)                                                                             \
    X(int, select, int, fd_set *, fd_set *, fd_set *, struct timeval *)                            \
    X(int, pselect, int, fd_set *, fd_set *, fd_set *, const struct timespec *, const sigset_t *)  \
    X(int, poll, struct pollfd *, nfds_t, int)                                                     \
    X(int, ppoll, struct pollfd *, nfds_t, const struct timespec *, const sigset_t *)              \
    X(int, epoll_create, int)                                                                      \
    X(int, epoll_create1, int)                                                                     \
    X(int, epoll_ctl, int, int, int, struct epoll_event *)                                         \
    X(int, epoll_wait, int, struct epoll_event *, int, int)                                        \
    X(int, epoll_pwait, int, struct epoll_event *, int, int, const sigset_t *)                     \
    X(int, pthread_create, pthread_t *, const pthread_attr_t *, void *(*)(void *), void *)         \
    X(void, pthread_exit, void *)                                                                  \
    X(pid_t, fork, void)                                                                           \
    X(pid_t, waitpid, pid_t, int *, int)                                                           \
    X(pid_t, wait4, pid_t, int *, int, struct rusage *)                                            \
    X(pid_t, wait, int *)                                                                          \
    X(void, exit, int)                                                                             \
    X(void, _exit, int)                                                                            \
    X(void, _Exit, int)

#define SOCKSCOPE_DECLARE_REAL(ret, name, ...) extern ret (*real_##name)(__VA_ARGS__);
SOCKSCOPE_REAL_FUNCTIONS(SOCKSCOPE_DECLARE_REAL)

#define REAL(name) real_##name
/* A call that comes before the constructor (another library's) looks up its own function. */
#define RESOLVE(name)                                                                              \
    do {                                                                                           \
        if (!real_##name)                                                                          \
            *(void **)(&real_##name) = dlsym(RTLD_NEXT, #name);                                    \
    } while (0)

/* ---- the shared-memory rings (records.c) ---- */
extern struct SockscopeWatchRings *g_rings; /* NULL: records go through the socket only */
extern int g_ringFd;
extern TLS int t_ring; /* this thread's ring; -1: none claimed yet, -2: none to be had */
/* Gives this thread's ring back (a thread that ends). */
void releaseRing(void);

/* ---- descriptors ---- */
static inline int watching(void)
{
    return g_fd >= 0;
}

static inline int isTracked(int fd)
{
    if (fd < 0 || fd >= 65536)
        return 0;
    return (__atomic_load_n(&g_sockets[fd / 64], __ATOMIC_RELAXED) >> (fd % 64)) & 1u;
}

static inline void setTracked(int fd, int on)
{
    if (fd < 0 || fd >= 65536)
        return;
    const uint64_t bit = (uint64_t)1 << (fd % 64);
    if (on)
        __atomic_fetch_or(&g_sockets[fd / 64], bit, __ATOMIC_RELAXED);
    else
        __atomic_fetch_and(&g_sockets[fd / 64], ~bit, __ATOMIC_RELAXED);
}

static inline int isNonBlocking(int fd)
{
    const long flags = syscall(SYS_fcntl, fd, F_GETFL);
    return flags >= 0 && (flags & O_NONBLOCK);
}

/* ---- records (records.c) ---- */
struct Builder
{
    struct SockscopeWatchRecord r;
    int32_t sets[4][SOCKSCOPE_WATCH_MAX_SET];
    const char *preview;
    int previewSize;
};

int currentTid(void);
/* A record of `kind` stamped now; `returnAddress` gives its line in the main executable. */
void begin(struct Builder *b, int kind, int fd, const void *returnAddress);
/* The end of the call `from` began: its line, the time now. */
void endRecord(struct Builder *b, const struct Builder *from, int kind, int fd);
void addToSet(struct Builder *b, int set, int fd);
void setPeer(struct Builder *b, const struct sockaddr *sa, socklen_t len);
void setPreview(struct Builder *b, const void *data, ssize_t n);
/* One send() of the whole record. Never raises SIGPIPE; errno is the caller's again after. */
void emit(struct Builder *b);
/* Before a call that may wait; returns whether it is non-blocking (see records.c). */
int beforeMayBlock(struct Builder *b, int kind, int fd, int dontWait, const void *ra);
/* After it; returns 0 when no end record is to follow. */
int afterMayBlock(struct Builder *b, int nonBlocking, int kind, int fd, long result, int err);

#endif
