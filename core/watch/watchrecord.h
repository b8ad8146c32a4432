/* What the preload library (preload/, sent in records.c) reports to the watcher, one record
 * per write() to an inherited descriptor. Plain C: the library is C and links nothing but libc.
 *
 * A record is this header, then `setCount[0..3]` int32 descriptors (read set, write set, ready
 * to read, ready to write; wait records only), then `previewSize` bytes of data, then
 * `sourceSize` bytes of "FILE:LINE" (a Python program's line, told by its sitecustomize).
 * The whole record is at most SOCKSCOPE_WATCH_MAX_RECORD bytes, below PIPE_BUF, so that
 * records written by several processes and threads to one pipe never interleave. */
#ifndef SOCKSCOPE_WATCHRECORD_H
#define SOCKSCOPE_WATCHRECORD_H

#include <stdint.h>

#define SOCKSCOPE_WATCH_MAGIC 0x57534b53u /* "SKSW" */
#define SOCKSCOPE_WATCH_MAX_SET 64
#define SOCKSCOPE_WATCH_PREVIEW 48
#define SOCKSCOPE_WATCH_MAX_SOURCE 400
#define SOCKSCOPE_WATCH_MAX_RECORD 2048

/* Environment of the watched program. */
#define SOCKSCOPE_WATCH_FD_ENV "SOCKSCOPE_WATCH_FD"
/* "1": programs the watched program execs are watched too (LD_PRELOAD and the descriptor
 * are kept); otherwise both are removed before the program's own code runs. */
#define SOCKSCOPE_WATCH_FOLLOW_EXEC_ENV "SOCKSCOPE_WATCH_FOLLOW_EXEC"
/* The shared-memory rings (below): a descriptor of the memfd the watcher made. */
#define SOCKSCOPE_WATCH_RING_ENV "SOCKSCOPE_WATCH_RING_FD"

/* Record kinds: below 128, an EventKind (core/trace/event.h) with its meaning there. */
enum
{
    /* A new thread's first record: aux = the creating thread's tid, spawnNs = when
     * pthread_create() was called. */
    SOCKSCOPE_WATCH_THREAD_START = 200,
    /* The library is loaded in a process (at start and after an exec that is followed):
     * aux = parent pid. */
    SOCKSCOPE_WATCH_HELLO = 201,
    /* The process calls exit(), _exit() or _Exit(): bytes = the status it asks for. Its line
     * goes to the process_exit the watcher records when the process has ended. */
    SOCKSCOPE_WATCH_EXIT_CALL = 202
};

struct SockscopeWatchRecord
{
    uint32_t magic;
    uint16_t size; /* the whole record */
    uint8_t kind;
    uint8_t call; /* as Event::call */
    int64_t ns;   /* CLOCK_MONOTONIC */
    int32_t pid;
    int32_t tid;
    int32_t fd;
    int32_t aux; /* newFd (accept_end), childPid (fork, reap), epoll fd (epoll_ctl, epoll
                    waits), parent tid (thread start), parent pid (hello), the socket type
                    (socket) */
    int32_t bytes;
    int32_t status;
    int32_t err;
    uint32_t peerIpv4; /* host byte order */
    uint16_t peerPort;
    uint8_t flags; /* Event::flags */
    uint8_t previewSize;
    int32_t timeoutMs;
    uint16_t setCount[4];
    uint16_t sourceSize;
    uint16_t truncatedSets; /* 1: a set had more than SOCKSCOPE_WATCH_MAX_SET descriptors */
    uint64_t codeOffset;    /* return address in the main executable minus its load base + 1;
                               0: the call was not made from the main executable */
    int64_t spawnNs;
    uint64_t epollData; /* epoll_ctl: the low 32 bits of the event's data */
};

/* Shared-memory rings, the fast way in: each thread of the program claims a ring of its own
 * (the first free `owner`, with a compare-and-swap of its tid) and appends its records there,
 * whole and back to back, with no system call; only the owner moves `head`, only the watcher
 * moves `tail`, each with a store-release after the bytes it covers. The watcher reads every
 * ring every few milliseconds. A record that does not fit (its ring is full, every ring is
 * taken, or a signal handler interrupted a write to the ring) goes through the socket as
 * before: nothing is lost. A thread gives its ring back when it ends; the rings of a process
 * that has ended are given back by the watcher. */
#define SOCKSCOPE_WATCH_RING_MAGIC 0x474e4952u /* "RING" */
#define SOCKSCOPE_WATCH_RINGS 64
#define SOCKSCOPE_WATCH_RING_BYTES (256 * 1024) /* a power of two */

struct SockscopeWatchRing
{
    uint32_t owner; /* the tid writing here; 0: free */
    int32_t pid;    /* the owner's process */
    uint8_t pad0[56];
    uint64_t head; /* bytes ever written */
    uint8_t pad1[56];
    uint64_t tail; /* bytes ever read */
    uint8_t pad2[56];
    uint8_t data[SOCKSCOPE_WATCH_RING_BYTES];
};

struct SockscopeWatchRings
{
    uint32_t magic;
    uint32_t count;
    uint8_t pad[56];
    struct SockscopeWatchRing ring[SOCKSCOPE_WATCH_RINGS];
};

#endif
