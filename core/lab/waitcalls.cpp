// The calls of Syscalls that wait for readiness on many descriptors at once: select(), poll()
// and epoll. Each records a wait_begin with the sets it was given and a wait_end with the
// subset the kernel reported ready (payload::encodeWaitSets), unless recording is off.
#include "syscalls.h"

#include "syscallevent.h"

#include "trace/trace.h"

#include <algorithm>
#include <cerrno>
#include <span>
#include <sys/epoll.h>
#include <sys/select.h>
#include <unistd.h>
#include <vector>

namespace sockscope {

namespace {

constexpr qsizetype kMaxRecordedEpollInterest = 64;

// What a recorded wait is built in: this thread's own, kept with its room from wait to wait, so
// that recording a wait allocates nothing (a forked child keeps no sets and never uses it).
struct WaitScratch
{
    std::vector<int> readSet;
    std::vector<int> writeSet;
    std::vector<int> readyRead;
    std::vector<int> readyWrite;
    std::vector<char> bytes;
};

WaitScratch &waitScratch()
{
    thread_local WaitScratch scratch;
    return scratch;
}

std::span<const int> viewOf(const QVector<int> &v)
{
    return {v.constData(), std::size_t(v.size())};
}

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

void Syscalls::emitWait(Event &event, const payload::WaitSetsView &sets)
{
    if (!keepsWaitSets()) {
        publish(event);
        return;
    }
    std::vector<char> &bytes = waitScratch().bytes;
    payload::encodeWaitSetsInto(sets, bytes);
    publish(event, bytes.data(), int(bytes.size()));
}

void Syscalls::emitWaitBegin(WaitMechanism m, const payload::WaitSetsView &sets)
{
    Event e = makeEvent(EventKind::WaitBegin, -1);
    e.call = std::uint8_t(m);
    emitWait(e, sets);
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

    const bool keep = keepsWaitSets();
    payload::WaitSetsView sets;
    if (keep) {
        sets.timeoutMs = timeoutMs;
        sets.readSet = viewOf(readSet);
        sets.writeSet = viewOf(writeSet);
    }
    emitWaitBegin(WaitMechanism::Select, sets);

    timeval tv{};
    timeval *tvp = nullptr;
    if (timeoutMs >= 0) {
        tv.tv_sec = timeoutMs / 1000;
        tv.tv_usec = (timeoutMs % 1000) * 1000;
        tvp = &tv;
    }
    const int n = ::select(maxFd + 1, &readFds, &writeFds, nullptr, tvp);
    const int err = errno;

    // Only a kept record touches the scratch (a forked child never does: its first use would
    // construct this thread's copy, which is not async-signal-safe).
    WaitScratch *scratch = keep ? &waitScratch() : nullptr;
    if (scratch) {
        scratch->readyRead.clear();
        scratch->readyWrite.clear();
    }
    if (!isChild() && n > 0) {
        // The ready subset of one set: for the record (if kept) and for the caller.
        const auto takeReady = [](const QVector<int> &set, const fd_set &ready,
                                  std::vector<int> *recorded, QVector<int> *caller) {
            for (int fd : set) {
                if (!FD_ISSET(fd, &ready))
                    continue;
                if (recorded)
                    recorded->push_back(fd);
                if (caller)
                    caller->append(fd);
            }
        };
        takeReady(readSet, readFds, scratch ? &scratch->readyRead : nullptr, readyRead);
        takeReady(writeSet, writeFds, scratch ? &scratch->readyWrite : nullptr, readyWrite);
    }
    Event end = waitEnd(WaitMechanism::Select, -1, n, err);
    if (scratch) {
        sets.readyRead = scratch->readyRead;
        sets.readyWrite = scratch->readyWrite;
    }
    emitWait(end, sets);
    errno = err;
    return n;
}

int Syscalls::poll(pollfd *fds, nfds_t count, int timeoutMs)
{
    if (!keepsWaitSets()) { // nor touches the scratch (see select())
        emitWaitBegin(WaitMechanism::Poll, {});
        const int n = ::poll(fds, count, timeoutMs);
        const int err = errno;
        Event end = waitEnd(WaitMechanism::Poll, -1, n, err);
        publish(end);
        errno = err;
        return n;
    }
    WaitScratch &scratch = waitScratch();
    scratch.readSet.clear();
    scratch.writeSet.clear();
    for (nfds_t i = 0; i < count; ++i) {
        if (fds[i].fd < 0)
            continue;
        if (fds[i].events & POLLIN)
            scratch.readSet.push_back(fds[i].fd);
        if (fds[i].events & POLLOUT)
            scratch.writeSet.push_back(fds[i].fd);
    }
    payload::WaitSetsView sets;
    sets.timeoutMs = timeoutMs;
    sets.readSet = scratch.readSet;
    sets.writeSet = scratch.writeSet;
    emitWaitBegin(WaitMechanism::Poll, sets);
    const int n = ::poll(fds, count, timeoutMs);
    const int err = errno;
    Event end = waitEnd(WaitMechanism::Poll, -1, n, err);
    scratch.readyRead.clear();
    scratch.readyWrite.clear();
    if (n > 0) {
        for (nfds_t i = 0; i < count; ++i) {
            // Hang-up and error count as readable: the next recv() reports them.
            if (fds[i].revents & (POLLIN | POLLHUP | POLLERR | POLLNVAL))
                scratch.readyRead.push_back(fds[i].fd);
            if (fds[i].revents & POLLOUT)
                scratch.readyWrite.push_back(fds[i].fd);
        }
    }
    sets.readyRead = scratch.readyRead;
    sets.readyWrite = scratch.readyWrite;
    emitWait(end, sets);
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
    const bool keep = keepsWaitSets();
    payload::WaitSetsView sets;
    if (keep) {
        sets.timeoutMs = timeoutMs;
        // Unlike select() and poll(), epoll_wait() passes no set: the kernel keeps the
        // interest list, and the epoll_ctl events are its record. A copy of it is kept on the
        // wait only while it is small enough to draw; with thousands of clients it would
        // cost kilobytes per call.
        if (interest.size() + writeInterest.size() <= kMaxRecordedEpollInterest) {
            sets.readSet = viewOf(interest);
            sets.writeSet = viewOf(writeInterest);
        }
    }
    emitWaitBegin(WaitMechanism::Epoll, sets);
    const int n = ::epoll_wait(epfd, events, maxEvents, timeoutMs);
    const int err = errno;
    Event end = waitEnd(WaitMechanism::Epoll, epfd, n, err);
    if (!keep) {
        publish(end);
        errno = err;
        return n;
    }
    WaitScratch &scratch = waitScratch();
    scratch.readyRead.clear();
    scratch.readyWrite.clear();
    for (int i = 0; i < n; ++i) {
        if (events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR | EPOLLRDHUP))
            scratch.readyRead.push_back(events[i].data.fd);
        if (events[i].events & EPOLLOUT)
            scratch.readyWrite.push_back(events[i].data.fd);
    }
    sets.readyRead = scratch.readyRead;
    sets.readyWrite = scratch.readyWrite;
    emitWait(end, sets);
    errno = err;
    return n;
}

} // namespace sockscope
