// The calls of Syscalls that wait for readiness on many descriptors at once: select(), poll()
// and epoll. Each records a wait_begin with the sets it was given and a wait_end with the
// subset the kernel reported ready (payload::encodeWaitSets), unless recording is off.
#include "syscalls.h"

#include "syscallevent.h"

#include "trace/trace.h"

#include <algorithm>
#include <cerrno>
#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>

namespace sockscope {

namespace {

constexpr qsizetype kMaxRecordedEpollInterest = 64;

// The wait_end of a wait that returned `n`: how many descriptors are ready, or -1 with `err`.
Event waitEnd(WaitMechanism mechanism, int fd, int n, int err)
{
    Event end = makeEvent(EventKind::WaitEnd, fd);
    end.call = std::uint8_t(mechanism);
    end.bytes = n;
    end.err = std::int16_t(n < 0 ? err : 0);
    return end;
}

} // namespace

void Syscalls::emitWait(EventKind kind, WaitMechanism m, const WaitSets &sets)
{
    Event e = makeEvent(kind, -1);
    e.call = std::uint8_t(m);
    if (!keepsWaitSets()) {
        publish(e);
        return;
    }
    const QByteArray bytes = payload::encodeWaitSets(sets);
    publish(e, bytes.constData(), int(bytes.size()));
}

int Syscalls::select(const QVector<int> &readSet, const QVector<int> &writeSet, int timeoutMs,
                     QVector<int> *readyRead, QVector<int> *readyWrite)
{
    if (readyRead)
        readyRead->clear();
    if (readyWrite)
        readyWrite->clear();
    // FD_SET on a descriptor >= FD_SETSIZE writes past the fd_set: refuse it.
    for (const QVector<int> *set : {&readSet, &writeSet}) {
        for (int fd : *set) {
            if (fd < 0 || fd >= FD_SETSIZE) {
                Event e = makeEvent(EventKind::Error, fd);
                e.call = std::uint8_t(EventKind::WaitBegin);
                e.err = EINVAL;
                static const char message[] = "select() cannot watch a descriptor >= FD_SETSIZE";
                publish(e, message, int(sizeof message - 1));
                errno = EINVAL;
                return -1;
            }
        }
    }
    fd_set readFds;
    fd_set writeFds;
    FD_ZERO(&readFds);
    FD_ZERO(&writeFds);
    int maxFd = -1;
    for (int fd : readSet) {
        FD_SET(fd, &readFds);
        maxFd = fd > maxFd ? fd : maxFd;
    }
    for (int fd : writeSet) {
        FD_SET(fd, &writeFds);
        maxFd = fd > maxFd ? fd : maxFd;
    }

    WaitSets sets;
    const bool keep = keepsWaitSets();
    if (keep) {
        sets.timeoutMs = timeoutMs;
        sets.readSet = readSet;
        sets.writeSet = writeSet;
    }
    emitWait(EventKind::WaitBegin, WaitMechanism::Select, sets);

    timeval tv{};
    timeval *tvp = nullptr;
    if (timeoutMs >= 0) {
        tv.tv_sec = timeoutMs / 1000;
        tv.tv_usec = (timeoutMs % 1000) * 1000;
        tvp = &tv;
    }
    const int n = ::select(maxFd + 1, &readFds, &writeFds, nullptr, tvp);
    const int err = errno;

    if (!isChild() && n > 0) {
        // The ready subset of one set: for the record (if kept) and for the caller.
        const auto takeReady = [keep](const QVector<int> &set, const fd_set &ready,
                                      QVector<int> *recorded, QVector<int> *caller) {
            for (int fd : set) {
                if (!FD_ISSET(fd, &ready))
                    continue;
                if (keep)
                    recorded->append(fd);
                if (caller)
                    caller->append(fd);
            }
        };
        takeReady(readSet, readFds, &sets.readyRead, readyRead);
        takeReady(writeSet, writeFds, &sets.readyWrite, readyWrite);
    }
    Event end = waitEnd(WaitMechanism::Select, -1, n, err);
    if (!keep) {
        publish(end);
    } else {
        const QByteArray bytes = payload::encodeWaitSets(sets);
        publish(end, bytes.constData(), int(bytes.size()));
    }
    errno = err;
    return n;
}

int Syscalls::poll(pollfd *fds, nfds_t count, int timeoutMs)
{
    WaitSets sets;
    const bool keep = keepsWaitSets();
    if (keep) {
        sets.timeoutMs = timeoutMs;
        for (nfds_t i = 0; i < count; ++i) {
            if (fds[i].fd < 0)
                continue;
            if (fds[i].events & POLLIN)
                sets.readSet.append(fds[i].fd);
            if (fds[i].events & POLLOUT)
                sets.writeSet.append(fds[i].fd);
        }
    }
    emitWait(EventKind::WaitBegin, WaitMechanism::Poll, sets);
    const int n = ::poll(fds, count, timeoutMs);
    const int err = errno;
    Event end = waitEnd(WaitMechanism::Poll, -1, n, err);
    if (!keep) {
        publish(end);
        errno = err;
        return n;
    }
    if (n > 0) {
        for (nfds_t i = 0; i < count; ++i) {
            // Hang-up and error count as readable: the next recv() reports them.
            if (fds[i].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL))
                sets.readyRead.append(fds[i].fd);
            if (fds[i].revents & POLLOUT)
                sets.readyWrite.append(fds[i].fd);
        }
    }
    const QByteArray bytes = payload::encodeWaitSets(sets);
    publish(end, bytes.constData(), int(bytes.size()));
    errno = err;
    return n;
}

int Syscalls::epollCreate()
{
    const int fd = ::epoll_create1(EPOLL_CLOEXEC);
    const int err = errno;
    if (fd < 0) {
        Event e = makeEvent(EventKind::Error, -1);
        e.call = std::uint8_t(EventKind::EpollCtl);
        e.err = std::int16_t(err);
        publish(e);
    }
    errno = err;
    return fd;
}

int Syscalls::epollCtl(int epfd, int op, int fd, std::uint32_t events)
{
    epoll_event ev{};
    ev.events = events;
    ev.data.fd = fd;
    const int rc = ::epoll_ctl(epfd, op, fd, &ev);
    const int err = errno;
    Event e = makeEvent(EventKind::EpollCtl, fd);
    e.call = std::uint8_t(op == EPOLL_CTL_ADD   ? EpollOp::Add
                          : op == EPOLL_CTL_MOD ? EpollOp::Mod
                          : op == EPOLL_CTL_DEL ? EpollOp::Del
                                                : EpollOp::None);
    e.err = std::int16_t(rc < 0 ? err : 0);
    publish(e);
    errno = err;
    return rc;
}

int Syscalls::epollWait(int epfd, epoll_event *events, int maxEvents, int timeoutMs,
                        const QVector<int> &interest, const QVector<int> &writeInterest)
{
    WaitSets sets;
    const bool keep = keepsWaitSets();
    if (keep) {
        sets.timeoutMs = timeoutMs;
        // Unlike select() and poll(), epoll_wait() passes no set: the kernel keeps the
        // interest list, and the epoll_ctl events are its record. A copy of it is kept on the
        // wait only while it is small enough to draw; with thousands of clients it would
        // cost kilobytes per call.
        if (interest.size() + writeInterest.size() <= kMaxRecordedEpollInterest) {
            sets.readSet = interest;
            sets.writeSet = writeInterest;
        }
    }
    emitWait(EventKind::WaitBegin, WaitMechanism::Epoll, sets);
    const int n = ::epoll_wait(epfd, events, maxEvents, timeoutMs);
    const int err = errno;
    Event end = waitEnd(WaitMechanism::Epoll, epfd, n, err);
    if (!keep) {
        publish(end);
        errno = err;
        return n;
    }
    for (int i = 0; i < n; ++i) {
        if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP))
            sets.readyRead.append(events[i].data.fd);
        if (events[i].events & EPOLLOUT)
            sets.readyWrite.append(events[i].data.fd);
    }
    const QByteArray bytes = payload::encodeWaitSets(sets);
    publish(end, bytes.constData(), int(bytes.size()));
    errno = err;
    return n;
}

} // namespace sockscope
