/* The preload library's records (watch/watchrecord.h): built on the stack, sent with one
 * send() each; and the probe before a call that may wait, on the same budget as the lab's. */
#include "preload.h"

#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>

static int64_t nowNs(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int currentTid(void)
{
    if (t_tid == 0)
        t_tid = (int)syscall(SYS_gettid);
    return t_tid;
}

void begin(struct Builder *b, int kind, int fd, const void *returnAddress)
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

void addToSet(struct Builder *b, int set, int fd)
{
    if (b->r.setCount[set] >= SOCKSCOPE_WATCH_MAX_SET) {
        b->r.truncatedSets = 1;
        return;
    }
    b->sets[set][b->r.setCount[set]++] = fd;
}

void setPeer(struct Builder *b, const struct sockaddr *sa, socklen_t len)
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

void setPreview(struct Builder *b, const void *data, ssize_t n)
{
    if (!data || n <= 0)
        return;
    b->preview = (const char *)data;
    b->previewSize = n < SOCKSCOPE_WATCH_PREVIEW ? (int)n : SOCKSCOPE_WATCH_PREVIEW;
}

/* ---- the shared-memory rings (watch/watchrecord.h) ---- */
struct SockscopeWatchRings *g_rings;
int g_ringFd = -1;
TLS int t_ring = -1;
static TLS int t_inRing; /* a write to the ring is under way in this thread */

static int claimRing(void)
{
    const uint32_t tid = (uint32_t)currentTid();
    for (int i = 0; i < SOCKSCOPE_WATCH_RINGS; ++i) {
        struct SockscopeWatchRing *r = &g_rings->ring[i];
        uint32_t expected = 0;
        if (__atomic_load_n(&r->owner, __ATOMIC_RELAXED) == 0 &&
            __atomic_compare_exchange_n(&r->owner, &expected, tid, 0, __ATOMIC_ACQUIRE,
                                        __ATOMIC_RELAXED)) {
            __atomic_store_n(&r->pid, g_pid, __ATOMIC_RELAXED);
            return t_ring = i;
        }
    }
    return t_ring = -2;
}

void releaseRing(void)
{
    if (g_rings && t_ring >= 0)
        __atomic_store_n(&g_rings->ring[t_ring].owner, 0, __ATOMIC_RELEASE);
    t_ring = -1;
}

/* The record into this thread's ring: 1, or 0 when it must go through the socket. */
static int ringWrite(const char *bytes, size_t size)
{
    if (!g_rings || t_inRing || t_ring == -2)
        return 0;
    t_inRing = 1; /* a signal handler that records now uses the socket */
    int ok = 0;
    const int i = t_ring >= 0 ? t_ring : claimRing();
    if (i >= 0) {
        struct SockscopeWatchRing *r = &g_rings->ring[i];
        const uint64_t head = __atomic_load_n(&r->head, __ATOMIC_RELAXED);
        const uint64_t tail = __atomic_load_n(&r->tail, __ATOMIC_ACQUIRE);
        if (head - tail + size <= SOCKSCOPE_WATCH_RING_BYTES) {
            const size_t at = (size_t)(head % SOCKSCOPE_WATCH_RING_BYTES);
            const size_t first =
                size < SOCKSCOPE_WATCH_RING_BYTES - at ? size : SOCKSCOPE_WATCH_RING_BYTES - at;
            memcpy(r->data + at, bytes, first);
            memcpy(r->data, bytes + first, size - first);
            __atomic_store_n(&r->head, head + size, __ATOMIC_RELEASE);
            ok = 1;
        }
    }
    t_inRing = 0;
    return ok;
}

/* One record, into this thread's ring or with one send() of the whole record. Never raises
 * SIGPIPE; errno is the caller's again after. */
void emit(struct Builder *b)
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
    if (ringWrite(buffer, size)) {
        errno = savedErrno;
        return;
    }
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

int beforeMayBlock(struct Builder *b, int kind, int fd, int dontWait, const void *ra)
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
int afterMayBlock(struct Builder *b, int nonBlocking, int kind, int fd, long result, int err)
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

void endRecord(struct Builder *b, const struct Builder *from, int kind, int fd)
{
    begin(b, kind, fd, NULL);
    b->r.codeOffset = from->r.codeOffset;
}
