/* The preload library's readiness calls: select, pselect, poll, ppoll and epoll, each a
 * wait_begin before the call and a wait_end with the ready sets after it. */
#include "preload.h"

#include <errno.h>
#include <string.h>

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
