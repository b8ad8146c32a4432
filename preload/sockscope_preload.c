/* SockScope's preload library: loaded into a watched program with LD_PRELOAD, it reports the
 * program's socket, readiness, thread and process calls to the watcher (core/watch/) as the
 * same records the lab makes for SockScope's own servers (core/lab/syscalls.cpp).
 *
 * Rules, because the program's threads, forked children and signal handlers all come here:
 *  - no malloc, no locks, no stdio after the constructor: a record is built on the stack and
 *    copied into the thread's shared-memory ring, or sent with one send() (a SOCK_SEQPACKET
 *    socket: one record per message, far below PIPE_BUF); everything called is
 *    async-signal-safe;
 *  - the library's own calls are raw system calls, never its own wrappers;
 *  - the program sees what it would see without the library: same results, same errno, no
 *    retried EINTR, no SIGPIPE from the report descriptor (MSG_NOSIGNAL);
 *  - the real functions are looked up with dlsym(RTLD_NEXT) in the constructor, where dlsym
 *    may allocate; a call that comes before it (another library's constructor) looks up its
 *    own function then.
 * Without SOCKSCOPE_WATCH_FD in the environment the library only passes calls through.
 *
 * The files: this one (state, the real functions, the constructor), records.c (records and
 * the probe budget), sockets.c (socket calls), readiness.c (select, poll, epoll) and
 * processes.c (threads, fork, wait). */
#include "preload.h"

#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>

int g_fd = -1;
int g_pid;
int g_armed;
static int g_followExec;
uintptr_t g_exeBase, g_exeStart, g_exeEnd;
TLS int t_tid;
TLS char t_source[SOCKSCOPE_WATCH_MAX_SOURCE];
TLS uint16_t t_sourceSize;
uint64_t g_sockets[65536 / 64];

/* ---- the real functions ---- */
#define SOCKSCOPE_DEFINE_REAL(ret, name, ...) ret (*real_##name)(__VA_ARGS__);
SOCKSCOPE_REAL_FUNCTIONS(SOCKSCOPE_DEFINE_REAL)

static void resolveAll(void)
{
#define SOCKSCOPE_RESOLVE_REAL(ret, name, ...) RESOLVE(name);
    SOCKSCOPE_REAL_FUNCTIONS(SOCKSCOPE_RESOLVE_REAL)
#undef SOCKSCOPE_RESOLVE_REAL
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
                   strncmp(*e, SOCKSCOPE_WATCH_RING_ENV "=", sizeof SOCKSCOPE_WATCH_RING_ENV) ==
                       0 ||
                   strncmp(*e, "SOCKSCOPE_WATCH_ARMED=", 22) == 0) {
            *e = g_forgotten;
        }
    }
}

void arm(void)
{
    if (g_armed || !watching())
        return;
    g_armed = 1;
    if (!g_followExec) {
        /* Programs it execs from now on are not watched (unless asked): the library leaves
         * their environment and the report descriptor closes on exec. */
        syscall(SYS_fcntl, g_fd, F_SETFD, FD_CLOEXEC);
        if (g_ringFd >= 0)
            syscall(SYS_fcntl, g_ringFd, F_SETFD, FD_CLOEXEC);
        forgetEnvironment();
    }
}

void afterForkInChild(void)
{
    g_pid = (int)syscall(SYS_getpid);
    t_tid = 0;
    t_ring = -1; /* the parent's thread keeps its ring: this process claims its own */
}

/* The watcher's rings (watch/watchrecord.h), when it made them; without them every record
 * goes through the socket. */
static void mapRings(void)
{
    const char *text = getenv(SOCKSCOPE_WATCH_RING_ENV);
    if (!text)
        return;
    char *end = NULL;
    const long fd = strtol(text, &end, 10);
    if (!end || *end || fd < 0 || fd > 1 << 20)
        return;
    struct stat st;
    if (syscall(SYS_fstat, (int)fd, &st) != 0 || !S_ISREG(st.st_mode) ||
        (size_t)st.st_size != sizeof(struct SockscopeWatchRings))
        return;
    void *p = (void *)syscall(SYS_mmap, NULL, sizeof(struct SockscopeWatchRings),
                              PROT_READ | PROT_WRITE, MAP_SHARED, (int)fd, 0);
    if (p == MAP_FAILED)
        return;
    struct SockscopeWatchRings *rings = (struct SockscopeWatchRings *)p;
    if (rings->magic != SOCKSCOPE_WATCH_RING_MAGIC || rings->count != SOCKSCOPE_WATCH_RINGS) {
        syscall(SYS_munmap, p, sizeof(struct SockscopeWatchRings));
        return;
    }
    g_rings = rings;
    g_ringFd = (int)fd;
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
    mapRings();
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
