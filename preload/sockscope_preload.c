/* SockScope's preload library: loaded into a watched program with LD_PRELOAD, it reports the
 * program's socket, readiness, thread and process calls to the watcher (core/watch/) as the
 * same records the lab makes for SockScope's own servers (core/lab/syscalls.cpp).
 *
 * Rules, because the program's threads, forked children and signal handlers all come here:
 *  - no malloc, no locks, no stdio after the constructor: a record is built on the stack and
 *    sent with one send() (a SOCK_SEQPACKET socket: one record per message, far below
 *    PIPE_BUF); everything called is async-signal-safe;
 *  - the library's own calls are raw system calls, never its own wrappers;
 *  - the program sees what it would see without the library: same results, same errno, no
 *    retried EINTR, no SIGPIPE from the report descriptor (MSG_NOSIGNAL);
 *  - the real functions are looked up with dlsym(RTLD_NEXT) in the constructor, where dlsym
 *    may allocate; a call that comes before it (another library's constructor) looks up its
 *    own function then.
 * Without SOCKSCOPE_WATCH_FD in the environment the library only passes calls through. */
#define _GNU_SOURCE
#include "watch/watchrecord.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
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

static int g_fd = -1;
static int g_pid;
/* Set at the program's first IPv4/IPv6 socket() (inherited through fork): from then on the
 * program is at work. Before it, a wrapper that execs the real program (a pyenv shim, env)
 * is followed, and its forks and waits are not recorded. */
static int g_armed;
static int g_followExec;
static uintptr_t g_exeBase, g_exeStart, g_exeEnd;
static TLS int t_tid;
static TLS char t_source[SOCKSCOPE_WATCH_MAX_SOURCE];
static TLS uint16_t t_sourceSize;
static uint64_t g_sockets[65536 / 64]; /* descriptors known to be IPv4/IPv6 sockets */

/* ---- the real functions ---- */
#define REAL(name) real_##name
#define DECLARE(ret, name, ...) static ret (*real_##name)(__VA_ARGS__)
DECLARE(int, socket, int, int, int);
DECLARE(int, bind, int, const struct sockaddr *, socklen_t);
DECLARE(int, listen, int, int);
DECLARE(int, accept, int, struct sockaddr *, socklen_t *);
DECLARE(int, accept4, int, struct sockaddr *, socklen_t *, int);
DECLARE(int, connect, int, const struct sockaddr *, socklen_t);
DECLARE(ssize_t, recv, int, void *, size_t, int);
DECLARE(ssize_t, recvfrom, int, void *, size_t, int, struct sockaddr *, socklen_t *);
DECLARE(ssize_t, recvmsg, int, struct msghdr *, int);
DECLARE(ssize_t, send, int, const void *, size_t, int);
DECLARE(ssize_t, sendto, int, const void *, size_t, int, const struct sockaddr *, socklen_t);
DECLARE(ssize_t, sendmsg, int, const struct msghdr *, int);
DECLARE(ssize_t, read, int, void *, size_t);
DECLARE(ssize_t, write, int, const void *, size_t);
DECLARE(int, shutdown, int, int);
DECLARE(int, close, int);
DECLARE(int, select, int, fd_set *, fd_set *, fd_set *, struct timeval *);
DECLARE(int, pselect, int, fd_set *, fd_set *, fd_set *, const struct timespec *, const sigset_t *);
DECLARE(int, poll, struct pollfd *, nfds_t, int);
DECLARE(int, ppoll, struct pollfd *, nfds_t, const struct timespec *, const sigset_t *);
DECLARE(int, epoll_create, int);
DECLARE(int, epoll_create1, int);
DECLARE(int, epoll_ctl, int, int, int, struct epoll_event *);
DECLARE(int, epoll_wait, int, struct epoll_event *, int, int);
DECLARE(int, epoll_pwait, int, struct epoll_event *, int, int, const sigset_t *);
DECLARE(int, pthread_create, pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
DECLARE(void, pthread_exit, void *);
DECLARE(pid_t, fork, void);
DECLARE(pid_t, waitpid, pid_t, int *, int);
DECLARE(pid_t, wait4, pid_t, int *, int, struct rusage *);
DECLARE(pid_t, wait, int *);

#define RESOLVE(name)                                                                              \
    do {                                                                                           \
        if (!real_##name)                                                                          \
            *(void **)(&real_##name) = dlsym(RTLD_NEXT, #name);                                    \
    } while (0)

static void resolveAll(void)
{
    RESOLVE(socket);
    RESOLVE(bind);
    RESOLVE(listen);
    RESOLVE(accept);
    RESOLVE(accept4);
    RESOLVE(connect);
    RESOLVE(recv);
    RESOLVE(recvfrom);
    RESOLVE(recvmsg);
    RESOLVE(send);
    RESOLVE(sendto);
    RESOLVE(sendmsg);
    RESOLVE(read);
    RESOLVE(write);
    RESOLVE(shutdown);
    RESOLVE(close);
    RESOLVE(select);
    RESOLVE(pselect);
    RESOLVE(poll);
    RESOLVE(ppoll);
    RESOLVE(epoll_create);
    RESOLVE(epoll_create1);
    RESOLVE(epoll_ctl);
    RESOLVE(epoll_wait);
    RESOLVE(epoll_pwait);
    RESOLVE(pthread_create);
    RESOLVE(pthread_exit);
    RESOLVE(fork);
    RESOLVE(waitpid);
    RESOLVE(wait4);
    RESOLVE(wait);
}

/* ---- descriptors ---- */
static int isTracked(int fd)
{
    if (fd < 0 || fd >= 65536)
        return 0;
    return (__atomic_load_n(&g_sockets[fd / 64], __ATOMIC_RELAXED) >> (fd % 64)) & 1u;
}

static void setTracked(int fd, int on)
{
    if (fd < 0 || fd >= 65536)
        return;
    const uint64_t bit = (uint64_t)1 << (fd % 64);
    if (on)
        __atomic_fetch_or(&g_sockets[fd / 64], bit, __ATOMIC_RELAXED);
    else
        __atomic_fetch_and(&g_sockets[fd / 64], ~bit, __ATOMIC_RELAXED);
}

static int watching(void)
{
    return g_fd >= 0;
}

static int isNonBlocking(int fd)
{
    const long flags = syscall(SYS_fcntl, fd, F_GETFL);
    return flags >= 0 && (flags & O_NONBLOCK);
}

/* ---- records ---- */
struct Builder
{
    struct SockscopeWatchRecord r;
    int32_t sets[4][SOCKSCOPE_WATCH_MAX_SET];
    const char *preview;
    int previewSize;
};

static int64_t nowNs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

static int currentTid(void)
{
    if (t_tid == 0)
        t_tid = (int)syscall(SYS_gettid);
    return t_tid;
}

static void begin(struct Builder *b, int kind, int fd, const void *returnAddress)
{
    memset(&b->r, 0, sizeof b->r);
    b->r.magic = SOCKSCOPE_WATCH_MAGIC;
    b->r.kind = (uint8_t)kind;
    b->r.ns = nowNs();
    b->r.fd = fd;
    b->r.aux = -1;
    b->r.bytes = -1;
    b->r.timeoutMs = -1;
    const uintptr_t ra = (uintptr_t)returnAddress;
    if (ra >= g_exeStart && ra < g_exeEnd)
        b->r.codeOffset = ra - g_exeBase + 1;
    b->preview = NULL;
    b->previewSize = 0;
}

static void addToSet(struct Builder *b, int set, int fd)
{
    if (b->r.setCount[set] >= SOCKSCOPE_WATCH_MAX_SET) {
        b->r.truncatedSets = 1;
        return;
    }
    b->sets[set][b->r.setCount[set]++] = fd;
}

static void setPeer(struct Builder *b, const struct sockaddr *sa, socklen_t len)
{
    if (sa && len >= (socklen_t)sizeof(struct sockaddr_in) && sa->sa_family == AF_INET) {
        const struct sockaddr_in *in = (const struct sockaddr_in *)sa;
        b->r.peerIpv4 = ntohl(in->sin_addr.s_addr);
        b->r.peerPort = ntohs(in->sin_port);
    } else if (sa && len >= (socklen_t)sizeof(struct sockaddr_in6) && sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)sa;
        /* An IPv4-mapped address (::ffff:a.b.c.d) is shown as IPv4; other IPv6 peers keep
         * only their port. */
        const uint8_t *a = in6->sin6_addr.s6_addr;
        static const uint8_t mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (memcmp(a, mapped, 12) == 0)
            b->r.peerIpv4 =
                ((uint32_t)a[12] << 24) | ((uint32_t)a[13] << 16) | ((uint32_t)a[14] << 8) | a[15];
        else if (a[15] == 1 && memcmp(a, "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 15) == 0)
            b->r.peerIpv4 = 0x7f000001; /* ::1, loopback */
        b->r.peerPort = ntohs(in6->sin6_port);
    }
}

static void setPreview(struct Builder *b, const void *data, ssize_t n)
{
    if (!data || n <= 0)
        return;
    b->preview = (const char *)data;
    b->previewSize = n < SOCKSCOPE_WATCH_PREVIEW ? (int)n : SOCKSCOPE_WATCH_PREVIEW;
}

/* One send() of the whole record. Never raises SIGPIPE; errno is the caller's again after. */
static void emit(struct Builder *b)
{
    if (!watching())
        return;
    const int savedErrno = errno;
    char buffer[SOCKSCOPE_WATCH_MAX_RECORD];
    size_t size = sizeof b->r;
    for (int s = 0; s < 4; ++s) {
        const size_t n = b->r.setCount[s] * sizeof(int32_t);
        memcpy(buffer + size, b->sets[s], n);
        size += n;
    }
    b->r.previewSize = (uint8_t)b->previewSize;
    if (b->previewSize > 0) {
        memcpy(buffer + size, b->preview, (size_t)b->previewSize);
        size += (size_t)b->previewSize;
    }
    const uint16_t sourceSize = t_sourceSize;
    if (sourceSize > 0 && size + sourceSize <= sizeof buffer) {
        memcpy(buffer + size, t_source, sourceSize);
        size += sourceSize;
        b->r.sourceSize = sourceSize;
    }
    b->r.pid = g_pid;
    b->r.tid = currentTid();
    b->r.size = (uint16_t)size;
    memcpy(buffer, &b->r, sizeof b->r);
    long rc;
    do {
        rc = syscall(SYS_sendto, g_fd, buffer, size, MSG_NOSIGNAL, NULL, 0);
    } while (rc < 0 && errno == EINTR);
    errno = savedErrno;
}

/* Told by a Python program's sitecustomize (resources/watch/sitecustomize.py): the line of
 * the program this thread is at. NULL or "" clears it. */
EXPORT void sockscope_watch_set_source(const char *text)
{
    if (!text) {
        t_sourceSize = 0;
        return;
    }
    size_t n = strlen(text);
    if (n > SOCKSCOPE_WATCH_MAX_SOURCE)
        n = SOCKSCOPE_WATCH_MAX_SOURCE;
    memcpy(t_source, text, n);
    t_sourceSize = (uint16_t)n;
}

/* Asks the kernel, just before a call that may wait, whether anything is already there (as
 * the lab does, core/lab/syscalls.cpp): the evidence for saying "blocks". */
static void probe(struct Builder *b, int kind, int fd)
{
    if (kind == K_ACCEPT_BEGIN) {
        struct tcp_info info;
        socklen_t len = sizeof info;
        memset(&info, 0, sizeof info);
        if (syscall(SYS_getsockopt, fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0 ||
            len < (socklen_t)(offsetof(struct tcp_info, tcpi_unacked) + sizeof info.tcpi_unacked))
            return;
        b->r.bytes = (int32_t)info.tcpi_unacked;
        b->r.flags |= F_PROBED;
        if (info.tcpi_unacked > 0)
            b->r.flags |= F_READY_AT_CALL;
        return;
    }
    struct pollfd p = {fd, POLLIN, 0};
    struct timespec zero = {0, 0};
    const long ready = syscall(SYS_ppoll, &p, 1, &zero, NULL, 0);
    if (ready < 0)
        return;
    b->r.flags |= F_PROBED;
    b->r.bytes = 0;
    if (ready == 1 && (p.revents & (POLLIN | POLLHUP | POLLERR | POLLRDHUP))) {
        b->r.flags |= F_READY_AT_CALL;
        int bytes = 0;
        if (syscall(SYS_ioctl, fd, FIONREAD, &bytes) == 0 && bytes > 0)
            b->r.bytes = bytes;
    }
}

/* Before a call that may wait: on a blocking socket, the begin record goes out before the
 * call, so the span is the real wait. On a non-blocking one (or with MSG_DONTWAIT) nothing
 * is sent yet: see afterMayBlock(). */
/* The probe costs a system call or two: as in the lab (core/lab/probebudget.h), each thread
 * probes a first burst of calls, then at most kProbesPerSecond a second; a call not probed is
 * one the views say nothing about. */
enum
{
    kProbeBurst = 256,
    kProbesPerSecond = 1000
};
static TLS int t_probesInBurst;
static TLS int t_probesThisSecond;
static TLS int64_t t_probeSecond;

static int takeProbe(int64_t now)
{
    if (t_probesInBurst < kProbeBurst) {
        ++t_probesInBurst;
        return 1;
    }
    const int64_t second = now / 1000000000;
    if (second != t_probeSecond) {
        t_probeSecond = second;
        t_probesThisSecond = 0;
    }
    return t_probesThisSecond++ < kProbesPerSecond;
}

static int beforeMayBlock(struct Builder *b, int kind, int fd, int dontWait, const void *ra)
{
    const int nonBlocking = dontWait || isNonBlocking(fd);
    begin(b, kind, fd, ra);
    if (!nonBlocking) {
        if (takeProbe(b->r.ns))
            probe(b, kind, fd);
        emit(b);
    }
    return nonBlocking;
}

/* After it: a non-blocking call that found nothing is one would_block; one that returned
 * something is an instant span (the begin keeps the time the call began). Returns 0 when no
 * end record is to follow. */
static int afterMayBlock(struct Builder *b, int nonBlocking, int kind, int fd, long result, int err)
{
    if (!nonBlocking)
        return 1;
    if (result < 0 && (err == EAGAIN || err == EWOULDBLOCK)) {
        struct Builder w;
        begin(&w, K_WOULD_BLOCK, fd, NULL);
        w.r.codeOffset = b->r.codeOffset;
        w.r.call = (uint8_t)kind;
        w.r.err = err;
        emit(&w);
        return 0;
    }
    b->r.flags |= F_PROBED | F_READY_AT_CALL;
    emit(b);
    return 1;
}

static void endRecord(struct Builder *b, const struct Builder *from, int kind, int fd)
{
    begin(b, kind, fd, NULL);
    b->r.codeOffset = from->r.codeOffset;
}

/* ---- the constructor ---- */
static int findMainExecutable(struct dl_phdr_info *info, size_t size, void *data)
{
    (void)size;
    (void)data;
    uintptr_t lo = UINTPTR_MAX, hi = 0;
    for (int i = 0; i < info->dlpi_phnum; ++i) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD)
            continue;
        const uintptr_t start = info->dlpi_addr + ph->p_vaddr;
        if (start < lo)
            lo = start;
        if (start + ph->p_memsz > hi)
            hi = start + ph->p_memsz;
    }
    g_exeBase = info->dlpi_addr;
    g_exeStart = lo;
    g_exeEnd = hi;
    return 1; /* the first object is the main program */
}

/* Makes the program's environment forget the library, in place and without malloc: each
 * entry is one pointer, replaced at once, so a concurrent getenv() sees the old or new one. */
static char g_keptPreload[4096];
static char g_forgotten[] = "SOCKSCOPE_WATCH_DONE=1";

static void forgetEnvironment(void)
{
    extern char **environ;
    for (char **e = environ; e && *e; ++e) {
        if (strncmp(*e, "LD_PRELOAD=", 11) == 0) {
            const char *p = *e + 11;
            size_t used = 11;
            memcpy(g_keptPreload, "LD_PRELOAD=", 11);
            while (*p) {
                while (*p == ':' || *p == ' ')
                    ++p;
                const char *end = p;
                while (*end && *end != ':' && *end != ' ')
                    ++end;
                const size_t n = (size_t)(end - p);
                const int ours = n > 0 && memmem(p, n, "sockscope_preload", 17) != NULL;
                if (n > 0 && !ours && used + n + 2 < sizeof g_keptPreload) {
                    if (used > 11)
                        g_keptPreload[used++] = ':';
                    memcpy(g_keptPreload + used, p, n);
                    used += n;
                }
                p = end;
            }
            g_keptPreload[used] = 0;
            *e = g_keptPreload;
        } else if (strncmp(*e, SOCKSCOPE_WATCH_FD_ENV "=", sizeof SOCKSCOPE_WATCH_FD_ENV) == 0 ||
                   strncmp(*e, "SOCKSCOPE_WATCH_ARMED=", 22) == 0) {
            *e = g_forgotten;
        }
    }
}

static void arm(void)
{
    if (g_armed || !watching())
        return;
    g_armed = 1;
    if (!g_followExec) {
        /* Programs it execs from now on are not watched (unless asked): the library leaves
         * their environment and the report descriptor closes on exec. */
        syscall(SYS_fcntl, g_fd, F_SETFD, FD_CLOEXEC);
        forgetEnvironment();
    }
}

static void afterForkInChild(void)
{
    g_pid = (int)syscall(SYS_getpid);
    t_tid = 0;
}

__attribute__((constructor)) static void sockscopePreloadInit(void)
{
    resolveAll();
    const char *fdText = getenv(SOCKSCOPE_WATCH_FD_ENV);
    if (!fdText)
        return;
    char *end = NULL;
    const long fd = strtol(fdText, &end, 10);
    const char *follow = getenv(SOCKSCOPE_WATCH_FOLLOW_EXEC_ENV);
    g_followExec = follow && strcmp(follow, "1") == 0;
    if (!end || *end || fd < 0 || fd > 1 << 20)
        return;
    /* Only the watcher's own socket: a number reused for something else gets no records. */
    int type = 0, domain = 0;
    socklen_t len = sizeof type;
    if (syscall(SYS_getsockopt, (int)fd, SOL_SOCKET, SO_TYPE, &type, &len) != 0 ||
        type != SOCK_SEQPACKET)
        return;
    len = sizeof domain;
    if (syscall(SYS_getsockopt, (int)fd, SOL_SOCKET, SO_DOMAIN, &domain, &len) != 0 ||
        domain != AF_UNIX)
        return;
    g_fd = (int)fd;
    g_pid = (int)syscall(SYS_getpid);
    dl_iterate_phdr(findMainExecutable, NULL);
    pthread_atfork(NULL, NULL, afterForkInChild);
    const char *armed = getenv("SOCKSCOPE_WATCH_ARMED");
    if (armed && strcmp(armed, "1") == 0)
        g_armed = 1; /* an exec followed after the program began its work */
    struct Builder b;
    begin(&b, SOCKSCOPE_WATCH_HELLO, -1, NULL);
    b.r.aux = (int32_t)syscall(SYS_getppid);
    emit(&b);
}

/* ---- sockets ---- */
EXPORT int socket(int domain, int type, int protocol)
{
    RESOLVE(socket);
    const int fd = REAL(socket)(domain, type, protocol);
    if (!watching() || (domain != AF_INET && domain != AF_INET6))
        return fd;
    const int err = errno;
    if (fd >= 0) {
        setTracked(fd, 1);
        arm();
    }
    struct Builder b;
    begin(&b, K_SOCKET, fd, __builtin_return_address(0));
    b.r.err = fd < 0 ? err : 0;
    emit(&b);
    errno = err;
    return fd;
}

EXPORT int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
    RESOLVE(bind);
    const int rc = REAL(bind)(fd, addr, len);
    if (!watching() || !isTracked(fd))
        return rc;
    const int err = errno;
    struct Builder b;
    begin(&b, K_BIND, fd, __builtin_return_address(0));
    setPeer(&b, addr, len);
    if (rc == 0) {
        /* Port 0 asks the kernel for a free port: record the one it chose. */
        struct sockaddr_storage bound;
        socklen_t boundLen = sizeof bound;
        if (syscall(SYS_getsockname, fd, &bound, &boundLen) == 0)
            setPeer(&b, (struct sockaddr *)&bound, boundLen);
    } else {
        b.r.err = err;
    }
    emit(&b);
    errno = err;
    return rc;
}

EXPORT int listen(int fd, int backlog)
{
    RESOLVE(listen);
    const int rc = REAL(listen)(fd, backlog);
    if (!watching() || !isTracked(fd))
        return rc;
    const int err = errno;
    struct Builder b;
    begin(&b, K_LISTEN, fd, __builtin_return_address(0));
    b.r.bytes = backlog;
    b.r.err = rc < 0 ? err : 0;
    emit(&b);
    errno = err;
    return rc;
}

static int acceptCommon(int fd, struct sockaddr *addr, socklen_t *len, int flags, int four,
                        const void *ra)
{
    if (!watching() || !isTracked(fd))
        return four ? REAL(accept4)(fd, addr, len, flags) : REAL(accept)(fd, addr, len);
    struct sockaddr_storage peer;
    socklen_t peerLen = sizeof peer;
    struct Builder b;
    const int nonBlocking = beforeMayBlock(&b, K_ACCEPT_BEGIN, fd, 0, ra);
    const int newFd = four ? REAL(accept4)(fd, (struct sockaddr *)&peer, &peerLen, flags)
                           : REAL(accept)(fd, (struct sockaddr *)&peer, &peerLen);
    const int err = errno;
    if (newFd >= 0) {
        setTracked(newFd, 1);
        if (addr && len) {
            const socklen_t n = *len < peerLen ? *len : peerLen;
            memcpy(addr, &peer, n);
            *len = peerLen;
        }
    }
    if (afterMayBlock(&b, nonBlocking, K_ACCEPT_BEGIN, fd, newFd, err)) {
        struct Builder e;
        endRecord(&e, &b, K_ACCEPT_END, fd);
        if (newFd >= 0) {
            e.r.aux = newFd;
            setPeer(&e, (struct sockaddr *)&peer, peerLen);
        } else {
            e.r.err = err;
        }
        emit(&e);
    }
    errno = err;
    return newFd;
}

EXPORT int accept(int fd, struct sockaddr *addr, socklen_t *len)
{
    RESOLVE(accept);
    RESOLVE(accept4);
    return acceptCommon(fd, addr, len, 0, 0, __builtin_return_address(0));
}

EXPORT int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags)
{
    RESOLVE(accept);
    RESOLVE(accept4);
    return acceptCommon(fd, addr, len, flags, 1, __builtin_return_address(0));
}

EXPORT int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
    RESOLVE(connect);
    if (!watching() || !isTracked(fd))
        return REAL(connect)(fd, addr, len);
    struct Builder b;
    begin(&b, K_CONNECT_BEGIN, fd, __builtin_return_address(0));
    setPeer(&b, addr, len);
    emit(&b);
    const int rc = REAL(connect)(fd, addr, len);
    const int err = errno;
    if (rc < 0 && err == EINPROGRESS) {
        errno = err;
        return rc; /* non-blocking: connect_begin stays open, as in the lab */
    }
    struct Builder e;
    endRecord(&e, &b, K_CONNECT_END, fd);
    setPeer(&e, addr, len);
    e.r.err = rc < 0 ? err : 0;
    emit(&e);
    errno = err;
    return rc;
}

/* recv, recvfrom, recvmsg and read on a socket. `from` is filled by the call (recvfrom). */
static ssize_t receive(int kind, int fd, void *buffer, size_t size, int flags,
                       struct sockaddr *from, socklen_t *fromLen, struct msghdr *msg, int viaRead,
                       const void *ra)
{
    struct Builder b;
    const int nonBlocking = beforeMayBlock(&b, kind, fd, flags & MSG_DONTWAIT, ra);
    ssize_t n;
    if (msg)
        n = REAL(recvmsg)(fd, msg, flags);
    else if (kind == K_RECVFROM_BEGIN)
        n = REAL(recvfrom)(fd, buffer, size, flags, from, fromLen);
    else if (viaRead)
        n = REAL(read)(fd, buffer, size);
    else
        n = REAL(recv)(fd, buffer, size, flags);
    const int err = errno;
    if (afterMayBlock(&b, nonBlocking, kind, fd, n, err)) {
        struct Builder e;
        endRecord(&e, &b, kind == K_RECVFROM_BEGIN ? K_RECVFROM_END : K_RECV_END, fd);
        if (n >= 0) {
            e.r.bytes = (int32_t)n;
            if (msg && msg->msg_iovlen > 0)
                setPreview(&e, msg->msg_iov[0].iov_base,
                           (ssize_t)msg->msg_iov[0].iov_len < n ? (ssize_t)msg->msg_iov[0].iov_len
                                                                : n);
            else
                setPreview(&e, buffer, n);
            if (kind == K_RECVFROM_BEGIN && from && fromLen)
                setPeer(&e, from, *fromLen);
        } else {
            e.r.err = err;
        }
        emit(&e);
    }
    errno = err;
    return n;
}

EXPORT ssize_t recv(int fd, void *buffer, size_t size, int flags)
{
    RESOLVE(recv);
    if (!watching() || !isTracked(fd))
        return REAL(recv)(fd, buffer, size, flags);
    return receive(K_RECV_BEGIN, fd, buffer, size, flags, NULL, NULL, NULL, 0,
                   __builtin_return_address(0));
}

EXPORT ssize_t recvfrom(int fd, void *buffer, size_t size, int flags, struct sockaddr *from,
                        socklen_t *fromLen)
{
    RESOLVE(recvfrom);
    RESOLVE(recv);
    if (!watching() || !isTracked(fd))
        return REAL(recvfrom)(fd, buffer, size, flags, from, fromLen);
    /* Without an address to fill it is a recv() (what a TCP program means by it). */
    struct sockaddr_storage storage;
    socklen_t storageLen = sizeof storage;
    struct sockaddr *sa = from ? from : (struct sockaddr *)&storage;
    socklen_t *saLen = from && fromLen ? fromLen : &storageLen;
    int type = 0;
    socklen_t typeLen = sizeof type;
    syscall(SYS_getsockopt, fd, SOL_SOCKET, SO_TYPE, &type, &typeLen);
    if (type != SOCK_DGRAM && !from)
        return receive(K_RECV_BEGIN, fd, buffer, size, flags, NULL, NULL, NULL, 0,
                       __builtin_return_address(0));
    return receive(K_RECVFROM_BEGIN, fd, buffer, size, flags, sa, saLen, NULL, 0,
                   __builtin_return_address(0));
}

EXPORT ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
    RESOLVE(recvmsg);
    if (!watching() || !isTracked(fd))
        return REAL(recvmsg)(fd, msg, flags);
    return receive(K_RECV_BEGIN, fd, NULL, 0, flags, NULL, NULL, msg, 0,
                   __builtin_return_address(0));
}

EXPORT ssize_t read(int fd, void *buffer, size_t size)
{
    RESOLVE(read);
    RESOLVE(recv);
    if (!watching() || !isTracked(fd))
        return REAL(read)(fd, buffer, size);
    return receive(K_RECV_BEGIN, fd, buffer, size, 0, NULL, NULL, NULL, 1,
                   __builtin_return_address(0));
}

/* send, sendto and write on a socket. On a blocking socket what fits goes at once (`send`);
 * only if the buffer is full does the rest wait in one real blocking call
 * (send_begin/send_end), as in the lab. The program gets the total, as from one call. */
static ssize_t transmit(int fd, const void *data, size_t size, int flags, const struct sockaddr *to,
                        socklen_t toLen, const void *ra)
{
    const int udp = to != NULL;
    const int kind = udp ? K_SENDTO : K_SEND;
    const int nonBlocking = (flags & MSG_DONTWAIT) || isNonBlocking(fd);
    struct Builder b;
    begin(&b, kind, fd, ra);
    if (udp)
        setPeer(&b, to, toLen);
    ssize_t first;
    if (to)
        first = REAL(sendto)(fd, data, size, flags | MSG_DONTWAIT, to, toLen);
    else
        first = REAL(send)(fd, data, size, flags | MSG_DONTWAIT);
    int err = errno;
    const int full = first < 0 && (err == EAGAIN || err == EWOULDBLOCK);
    if (full && nonBlocking) {
        struct Builder w;
        endRecord(&w, &b, K_WOULD_BLOCK, fd);
        w.r.call = (uint8_t)kind;
        w.r.err = err;
        emit(&w);
        errno = err;
        return -1;
    }
    if (first < 0 && !full) {
        b.r.err = err;
        emit(&b);
        errno = err;
        return -1;
    }
    const size_t sent = first > 0 ? (size_t)first : 0;
    if (sent > 0) {
        b.r.bytes = (int32_t)sent;
        setPreview(&b, data, (ssize_t)sent);
        emit(&b);
    }
    if (sent == size || nonBlocking)
        return (ssize_t)sent;
    const char *rest = (const char *)data + sent;
    const size_t restSize = size - sent;
    struct Builder sb;
    endRecord(&sb, &b, K_SEND_BEGIN, fd);
    sb.r.bytes = (int32_t)restSize;
    setPreview(&sb, rest, (ssize_t)restSize);
    emit(&sb);
    const ssize_t n = to ? REAL(sendto)(fd, rest, restSize, flags, to, toLen)
                         : REAL(send)(fd, rest, restSize, flags);
    err = errno;
    struct Builder se;
    endRecord(&se, &b, K_SEND_END, fd);
    if (n >= 0)
        se.r.bytes = (int32_t)n;
    else
        se.r.err = err;
    emit(&se);
    if (n < 0) {
        errno = err;
        return sent > 0 ? (ssize_t)sent : -1;
    }
    return (ssize_t)sent + n;
}

EXPORT ssize_t send(int fd, const void *data, size_t size, int flags)
{
    RESOLVE(send);
    if (!watching() || !isTracked(fd))
        return REAL(send)(fd, data, size, flags);
    return transmit(fd, data, size, flags, NULL, 0, __builtin_return_address(0));
}

EXPORT ssize_t sendto(int fd, const void *data, size_t size, int flags, const struct sockaddr *to,
                      socklen_t toLen)
{
    RESOLVE(sendto);
    RESOLVE(send);
    if (!watching() || !isTracked(fd))
        return REAL(sendto)(fd, data, size, flags, to, toLen);
    return transmit(fd, data, size, flags, to, toLen, __builtin_return_address(0));
}

EXPORT ssize_t write(int fd, const void *data, size_t size)
{
    RESOLVE(write);
    RESOLVE(send);
    if (!watching() || !isTracked(fd))
        return REAL(write)(fd, data, size);
    return transmit(fd, data, size, 0, NULL, 0, __builtin_return_address(0));
}

/* sendmsg is recorded as one `send` after the call (its iovecs are not split). */
EXPORT ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
    RESOLVE(sendmsg);
    if (!watching() || !isTracked(fd))
        return REAL(sendmsg)(fd, msg, flags);
    struct Builder b;
    begin(&b, msg->msg_name ? K_SENDTO : K_SEND, fd, __builtin_return_address(0));
    const ssize_t n = REAL(sendmsg)(fd, msg, flags);
    const int err = errno;
    if (msg->msg_name)
        setPeer(&b, (const struct sockaddr *)msg->msg_name, msg->msg_namelen);
    if (n >= 0) {
        b.r.bytes = (int32_t)n;
        if (msg->msg_iovlen > 0)
            setPreview(&b, msg->msg_iov[0].iov_base,
                       (ssize_t)msg->msg_iov[0].iov_len < n ? (ssize_t)msg->msg_iov[0].iov_len : n);
    } else if (err == EAGAIN || err == EWOULDBLOCK) {
        b.r.call = b.r.kind;
        b.r.kind = K_WOULD_BLOCK;
        b.r.err = err;
    } else {
        b.r.err = err;
    }
    emit(&b);
    errno = err;
    return n;
}

EXPORT int shutdown(int fd, int how)
{
    RESOLVE(shutdown);
    const int rc = REAL(shutdown)(fd, how);
    if (!watching() || !isTracked(fd))
        return rc;
    const int err = errno;
    struct Builder b;
    begin(&b, K_SHUTDOWN, fd, __builtin_return_address(0));
    b.r.err = rc < 0 ? err : 0;
    emit(&b);
    errno = err;
    return rc;
}

EXPORT int close(int fd)
{
    RESOLVE(close);
    /* The report descriptor is not the program's to close: a socket it opened next would get
     * its number and the records. */
    if (watching() && fd == g_fd)
        return 0;
    const int tracked = watching() && isTracked(fd);
    if (tracked)
        setTracked(fd, 0);
    const int rc = REAL(close)(fd);
    if (!tracked)
        return rc;
    const int err = errno;
    struct Builder b;
    begin(&b, K_CLOSE, fd, __builtin_return_address(0));
    b.r.err = rc < 0 ? err : 0;
    emit(&b);
    errno = err;
    return rc;
}

/* ---- readiness ---- */
static int timeoutOf(const struct timeval *tv)
{
    return tv ? (int)(tv->tv_sec * 1000 + tv->tv_usec / 1000) : -1;
}

static int timeoutOfSpec(const struct timespec *ts)
{
    return ts ? (int)(ts->tv_sec * 1000 + ts->tv_nsec / 1000000) : -1;
}

static void selectSets(struct Builder *b, int nfds, const fd_set *r, const fd_set *w, int first)
{
    const int limit = nfds < FD_SETSIZE ? nfds : FD_SETSIZE;
    for (int fd = 0; fd < limit; ++fd) {
        if (r && FD_ISSET(fd, r))
            addToSet(b, first, fd);
        if (w && FD_ISSET(fd, w))
            addToSet(b, first + 1, fd);
    }
}

static int selectCommon(int nfds, fd_set *r, fd_set *w, fd_set *x, struct timeval *tv,
                        const struct timespec *ts, const sigset_t *mask, int p, const void *ra)
{
    struct Builder b;
    begin(&b, K_WAIT_BEGIN, -1, ra);
    b.r.call = M_SELECT;
    b.r.timeoutMs = p ? timeoutOfSpec(ts) : timeoutOf(tv);
    selectSets(&b, nfds, r, w, 0);
    emit(&b);
    const int n = p ? REAL(pselect)(nfds, r, w, x, ts, mask) : REAL(select)(nfds, r, w, x, tv);
    const int err = errno;
    struct Builder e;
    endRecord(&e, &b, K_WAIT_END, -1);
    e.r.call = M_SELECT;
    e.r.timeoutMs = b.r.timeoutMs;
    memcpy(e.r.setCount, b.r.setCount, sizeof e.r.setCount);
    memcpy(e.sets, b.sets, sizeof e.sets[0] * 2);
    e.r.bytes = n;
    e.r.err = n < 0 ? err : 0;
    if (n > 0)
        selectSets(&e, nfds, r, w, 2);
    emit(&e);
    errno = err;
    return n;
}

EXPORT int select(int nfds, fd_set *r, fd_set *w, fd_set *x, struct timeval *tv)
{
    RESOLVE(select);
    if (!watching())
        return REAL(select)(nfds, r, w, x, tv);
    return selectCommon(nfds, r, w, x, tv, NULL, NULL, 0, __builtin_return_address(0));
}

EXPORT int pselect(int nfds, fd_set *r, fd_set *w, fd_set *x, const struct timespec *ts,
                   const sigset_t *mask)
{
    RESOLVE(pselect);
    if (!watching())
        return REAL(pselect)(nfds, r, w, x, ts, mask);
    return selectCommon(nfds, r, w, x, NULL, ts, mask, 1, __builtin_return_address(0));
}

static int pollCommon(struct pollfd *fds, nfds_t count, int timeoutMs, const struct timespec *ts,
                      const sigset_t *mask, int p, const void *ra)
{
    struct Builder b;
    begin(&b, K_WAIT_BEGIN, -1, ra);
    b.r.call = M_POLL;
    b.r.timeoutMs = p ? timeoutOfSpec(ts) : timeoutMs;
    for (nfds_t i = 0; i < count; ++i) {
        if (fds[i].fd < 0)
            continue;
        if (fds[i].events & POLLIN)
            addToSet(&b, 0, fds[i].fd);
        if (fds[i].events & POLLOUT)
            addToSet(&b, 1, fds[i].fd);
    }
    emit(&b);
    const int n = p ? REAL(ppoll)(fds, count, ts, mask) : REAL(poll)(fds, count, timeoutMs);
    const int err = errno;
    struct Builder e;
    endRecord(&e, &b, K_WAIT_END, -1);
    e.r.call = M_POLL;
    e.r.timeoutMs = b.r.timeoutMs;
    memcpy(e.r.setCount, b.r.setCount, sizeof e.r.setCount);
    memcpy(e.sets, b.sets, sizeof e.sets[0] * 2);
    e.r.bytes = n;
    e.r.err = n < 0 ? err : 0;
    for (nfds_t i = 0; n > 0 && i < count; ++i) {
        if (fds[i].fd < 0)
            continue;
        /* Hang-up and error count as readable: the next recv() reports them. */
        if (fds[i].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL))
            addToSet(&e, 2, fds[i].fd);
        if (fds[i].revents & POLLOUT)
            addToSet(&e, 3, fds[i].fd);
    }
    emit(&e);
    errno = err;
    return n;
}

EXPORT int poll(struct pollfd *fds, nfds_t count, int timeoutMs)
{
    RESOLVE(poll);
    if (!watching())
        return REAL(poll)(fds, count, timeoutMs);
    return pollCommon(fds, count, timeoutMs, NULL, NULL, 0, __builtin_return_address(0));
}

EXPORT int ppoll(struct pollfd *fds, nfds_t count, const struct timespec *ts, const sigset_t *mask)
{
    RESOLVE(ppoll);
    if (!watching())
        return REAL(ppoll)(fds, count, ts, mask);
    return pollCommon(fds, count, -1, ts, mask, 1, __builtin_return_address(0));
}

static int epollCreated(int fd, const void *ra)
{
    if (fd < 0 && watching()) {
        const int err = errno;
        struct Builder b;
        begin(&b, K_ERROR, -1, ra);
        b.r.call = K_EPOLL_CTL;
        b.r.err = err;
        emit(&b);
        errno = err;
    }
    return fd;
}

EXPORT int epoll_create(int size)
{
    RESOLVE(epoll_create);
    return epollCreated(REAL(epoll_create)(size), __builtin_return_address(0));
}

EXPORT int epoll_create1(int flags)
{
    RESOLVE(epoll_create1);
    return epollCreated(REAL(epoll_create1)(flags), __builtin_return_address(0));
}

EXPORT int epoll_ctl(int epfd, int op, int fd, struct epoll_event *event)
{
    RESOLVE(epoll_ctl);
    const int rc = REAL(epoll_ctl)(epfd, op, fd, event);
    if (!watching())
        return rc;
    const int err = errno;
    struct Builder b;
    begin(&b, K_EPOLL_CTL, fd, __builtin_return_address(0));
    b.r.call = (uint8_t)(op == EPOLL_CTL_ADD   ? 1
                         : op == EPOLL_CTL_MOD ? 2
                         : op == EPOLL_CTL_DEL ? 3
                                               : 0);
    b.r.aux = epfd;
    if (event) {
        b.r.status = (int32_t)event->events;
        b.r.epollData = (uint32_t)event->data.u64;
    }
    b.r.err = rc < 0 ? err : 0;
    emit(&b);
    errno = err;
    return rc;
}

/* The interest list is the kernel's (the epoll_ctl records are its story); the ready set is
 * the low 32 bits of each event's data, which the watcher maps back to descriptors. */
static int epollWaitCommon(int epfd, struct epoll_event *events, int max, int timeoutMs,
                           const sigset_t *mask, int p, const void *ra)
{
    struct Builder b;
    begin(&b, K_WAIT_BEGIN, -1, ra);
    b.r.call = M_EPOLL;
    b.r.aux = epfd;
    b.r.timeoutMs = timeoutMs;
    emit(&b);
    const int n = p ? REAL(epoll_pwait)(epfd, events, max, timeoutMs, mask)
                    : REAL(epoll_wait)(epfd, events, max, timeoutMs);
    const int err = errno;
    struct Builder e;
    endRecord(&e, &b, K_WAIT_END, epfd);
    e.r.call = M_EPOLL;
    e.r.aux = epfd;
    e.r.timeoutMs = timeoutMs;
    e.r.bytes = n;
    e.r.err = n < 0 ? err : 0;
    for (int i = 0; i < n; ++i) {
        if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP))
            addToSet(&e, 2, (int32_t)(uint32_t)events[i].data.u64);
        if (events[i].events & EPOLLOUT)
            addToSet(&e, 3, (int32_t)(uint32_t)events[i].data.u64);
    }
    emit(&e);
    errno = err;
    return n;
}

EXPORT int epoll_wait(int epfd, struct epoll_event *events, int max, int timeoutMs)
{
    RESOLVE(epoll_wait);
    if (!watching())
        return REAL(epoll_wait)(epfd, events, max, timeoutMs);
    return epollWaitCommon(epfd, events, max, timeoutMs, NULL, 0, __builtin_return_address(0));
}

EXPORT int epoll_pwait(int epfd, struct epoll_event *events, int max, int timeoutMs,
                       const sigset_t *mask)
{
    RESOLVE(epoll_pwait);
    if (!watching())
        return REAL(epoll_pwait)(epfd, events, max, timeoutMs, mask);
    return epollWaitCommon(epfd, events, max, timeoutMs, mask, 1, __builtin_return_address(0));
}

/* ---- threads ---- */
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

static int decodeStatus(int status)
{
    if (WIFEXITED(status))
        return WEXITSTATUS(status);
    if (WIFSIGNALED(status))
        return -WTERMSIG(status);
    return 0;
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
        b.r.status = status ? decodeStatus(*status) : 0;
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
