#include "syscalls.h"

#include "descriptormodes.h"
#include "syscallevent.h"

#include "trace/trace.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sockscope {

namespace {

sockaddr_in toSockaddr(Endpoint e)
{
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(e.ipv4);
    sa.sin_port = htons(e.port);
    return sa;
}

Endpoint fromSockaddr(const sockaddr_in &sa)
{
    return {ntohl(sa.sin_addr.s_addr), ntohs(sa.sin_port)};
}

// Known where the lab made the descriptor or set its mode; asked otherwise (DescriptorModes).
bool isNonBlocking(int fd)
{
    switch (DescriptorModes::instance().known(fd)) {
    case DescriptorModes::Mode::Blocking:
        return false;
    case DescriptorModes::Mode::NonBlocking:
        return true;
    case DescriptorModes::Mode::Unknown:
        break;
    }
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && (flags & O_NONBLOCK) != 0;
}

bool wouldBlock(int err)
{
    return err == EAGAIN || err == EWOULDBLOCK;
}

int previewSize(ssize_t n)
{
    return n <= 0 ? 0 : int(n < payload::kPreviewBytes ? n : payload::kPreviewBytes);
}

// Asks the kernel, just before a call that may wait, whether anything is already there: the
// evidence for saying "blocks" or "returns at once". On a listener one TCP_INFO tells both:
// tcpi_unacked is the accept queue's length. On a connected or datagram socket a poll() with
// no timeout tells whether recv() would return at once (data, an end of stream or an error);
// only then is FIONREAD asked for the figure (bytes queued; for UDP, the next datagram's
// size). So a call about to sleep costs one extra system call. Async-signal-safe.
void probeBeforeCall(EventKind kind, int fd, Event *begin)
{
    if (kind == EventKind::AcceptBegin) {
        tcp_info info{};
        socklen_t len = sizeof info;
        if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0 ||
            len < socklen_t(offsetof(tcp_info, tcpi_unacked) + sizeof info.tcpi_unacked))
            return; // not known: no evidence either way
        begin->bytes = int(info.tcpi_unacked);
        begin->flags |= kFlagProbed;
        if (info.tcpi_unacked > 0)
            begin->flags |= kFlagReadyAtCall;
        return;
    }
    if (kind != EventKind::RecvBegin && kind != EventKind::RecvfromBegin)
        return;
    pollfd p{fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, 0);
    if (ready < 0)
        return;
    begin->flags |= kFlagProbed;
    begin->bytes = 0;
    if (ready == 1 && (p.revents & (POLLIN | POLLHUP | POLLERR | POLLRDHUP))) {
        begin->flags |= kFlagReadyAtCall;
        int bytes = 0;
        if (::ioctl(fd, FIONREAD, &bytes) == 0 && bytes > 0)
            begin->bytes = bytes;
    }
}

} // namespace

Syscalls::Syscalls(Recorder &recorder, std::uint32_t actor) : m_recorder(&recorder), m_actor(actor)
{
}

Syscalls Syscalls::inChild(int pipeFd, ChildRing *ring, bool reports, double counterNsPerTick)
{
    Syscalls s;
    s.m_pipeFd = pipeFd;
    s.m_ring = ring;
    s.m_childReports = reports;
    s.m_childCounterNsPerTick = counterNsPerTick;
    s.m_childPid = ::getpid();
    return s;
}

// Async-signal-safe: a ChildRecord filled in the ring's room, or on the stack for the pipe
// (reportFromChild, childrings.h). Every field is set: a ring's room holds an older record.
void Syscalls::reportAsChild(const Event &event, const char *data, int size) const
{
    reportFromChild(m_ring, m_pipeFd, [&](ChildRecord &r) {
        // A child's event.tNs is its clock's reading before the call, or 0: stamped now.
        r.stamp = event.tNs;
        r.clock = childClock();
        r.pid = m_childPid;
        r.kind = std::uint8_t(event.kind);
        r.call = event.call;
        r.fd = event.fd;
        r.newFd = event.newFd;
        r.bytes = event.bytes;
        r.status = event.status;
        r.err = event.err;
        r.line = event.line;
        r.flags = event.flags;
        fillChildRecord(r, data, size); // the stamp if none, the preview and its size
    });
}

void Syscalls::publish(Event &event, const char *data, int size)
{
    if (event.line == kNoLine)
        event.line = m_line;
    if (!records())
        return;
    markIfStopped(event);
    if (isChild()) {
        reportAsChild(event, data, size);
        return;
    }
    if (event.actor == 0)
        event.actor = m_actor;
    m_recorder->record(event, QByteArrayView(data, data ? size : 0));
}

void Syscalls::record(Event event, QByteArrayView payload)
{
    publish(event, payload.data(), int(payload.size()));
}

void Syscalls::recordWouldBlock(EventKind call, int fd)
{
    Event e = makeEvent(EventKind::WouldBlock, fd);
    e.call = std::uint8_t(call);
    e.err = EAGAIN;
    publish(e);
}

int Syscalls::socket(int type)
{
    const int fd = ::socket(AF_INET, type | SOCK_CLOEXEC, 0);
    const int err = errno;
    DescriptorModes::instance().set(fd, (type & SOCK_NONBLOCK) != 0
                                            ? DescriptorModes::Mode::NonBlocking
                                            : DescriptorModes::Mode::Blocking);
    Event e = makeEvent(EventKind::Socket, fd);
    e.err = std::int16_t(fd < 0 ? err : 0);
    publish(e);
    errno = err;
    return fd;
}

int Syscalls::bind(int fd, Endpoint address)
{
    const sockaddr_in sa = toSockaddr(address);
    const int rc = ::bind(fd, reinterpret_cast<const sockaddr *>(&sa), sizeof sa);
    const int err = errno;
    Event e = makeEvent(EventKind::Bind, fd);
    if (rc == 0) {
        // Port 0 asks the kernel for a free port: record the one it chose.
        const Endpoint bound = isChild() ? address : localAddress(fd);
        e.setPeer(bound.isNull() ? address : bound);
    } else {
        e.setPeer(address);
        e.err = std::int16_t(err);
    }
    publish(e);
    errno = err;
    return rc;
}

int Syscalls::listen(int fd, int backlog)
{
    const int rc = ::listen(fd, backlog);
    const int err = errno;
    Event e = makeEvent(EventKind::Listen, fd);
    e.bytes = backlog;
    e.err = std::int16_t(rc < 0 ? err : 0);
    publish(e);
    errno = err;
    return rc;
}

// A call that returned while the run is stopping, with what a stop produces (an error, an end
// of stream, a readiness wake-up), returned because SockScope shut its socket down.
void Syscalls::markIfStopped(Event &event) const
{
    const bool stopping = std::any_of(m_stopFlags.begin(), m_stopFlags.end(), [](auto *flag) {
        return flag && flag->load(std::memory_order_acquire);
    });
    if (!stopping)
        return;
    const bool stopLike =
        event.err != 0 || event.kind == EventKind::WaitEnd ||
        ((event.kind == EventKind::RecvEnd || event.kind == EventKind::RecvfromEnd) &&
         event.bytes == 0);
    if (stopLike && (isEndKind(event.kind) || event.kind == EventKind::Error))
        event.flags |= kFlagStoppedByRun;
}

// An event whose time was taken before the call it describes (a fork, a call that turned
// out not to wait): it keeps that time. A child has no recorder clock and stamps on write.
void Syscalls::publishStamped(Event &event)
{
    if (isChild()) {
        publish(event);
        return;
    }
    event.actor = m_actor;
    event.line = m_line;
    markIfStopped(event);
    m_recorder->recordStamped(event);
}

// On a blocking socket the begin is recorded before the call, so the span is the real wait
// in the kernel. On a non-blocking one the call cannot wait: EAGAIN becomes a would_block,
// anything else an instant span stamped when the call began. errno is kept for the caller.
template <typename Call>
auto Syscalls::mayBlock(EventKind beginKind, int fd, bool *wouldBlocked, Call call)
{
    const bool nonBlocking = isNonBlocking(fd);
    Event begin = makeEvent(beginKind, fd);
    if (nonBlocking) {
        begin.tNs = isChild() || !records() ? 0 : m_recorder->stamp();
    } else {
        // The probe is evidence for the record: with recording off it is not made, so the
        // overhead benchmark's ratio includes what it costs.
        if (isChild()) {
            // As below: one reading of the child's clock for the budget and, without a
            // probe, the begin's time (a child's event carries that clock's time, see
            // publish()).
            const ChildRecord::Clock clock = childClock();
            const std::int64_t now = records() ? childStamp(clock) : 0;
            const std::int64_t nowNs = clock == ChildRecord::Counter
                                           ? std::int64_t(double(now) * m_childCounterNsPerTick)
                                           : now;
            if (records() && m_probes.take(nowNs))
                probeBeforeCall(beginKind, fd, &begin);
            else
                begin.tNs = now;
            publish(begin);
        } else if (records()) {
            // One reading for the probe budget and the begin's time (only differences count
            // for the budget, so the recorder's stamp serves).
            const std::int64_t stamp = m_recorder->stamp();
            if (m_probes.take(m_recorder->stampNs(stamp))) {
                probeBeforeCall(beginKind, fd, &begin);
                publish(begin); // stamped after the probe: the wait begins after it
            } else {
                begin.tNs = stamp;
                publishStamped(begin);
            }
        }
    }
    decltype(call()) result;
    do {
        result = call();
    } while (result < 0 && errno == EINTR);
    const int err = errno;
    *wouldBlocked = nonBlocking && result < 0 && wouldBlock(err);
    if (*wouldBlocked) {
        recordWouldBlock(beginKind, fd);
    } else if (nonBlocking) {
        // The call returned without waiting: a non-blocking socket never waits.
        begin.flags |= kFlagProbed | kFlagReadyAtCall;
        publishStamped(begin);
    }
    errno = err;
    return result;
}

int Syscalls::accept(int fd, Endpoint *peer)
{
    sockaddr_in sa{};
    socklen_t len = sizeof sa;
    bool wouldBlocked = false;
    const int newFd = mayBlock(EventKind::AcceptBegin, fd, &wouldBlocked, [&] {
        return ::accept4(fd, reinterpret_cast<sockaddr *>(&sa), &len, SOCK_CLOEXEC);
    });
    const int err = errno;
    if (wouldBlocked)
        return -1;
    Event end = makeEvent(EventKind::AcceptEnd, fd);
    if (newFd >= 0) {
        // accept4() without SOCK_NONBLOCK: the new socket blocks, whatever the listener does.
        DescriptorModes::instance().set(newFd, DescriptorModes::Mode::Blocking);
        const Endpoint from = fromSockaddr(sa);
        end.newFd = newFd;
        end.setPeer(from);
        if (!isChild() && m_actorForPeer)
            end.childActor = m_actorForPeer(from);
        if (peer)
            *peer = from;
    } else {
        end.err = std::int16_t(err);
    }
    publish(end);
    errno = err;
    return newFd;
}

int Syscalls::connect(int fd, Endpoint server, Endpoint *local)
{
    const sockaddr_in sa = toSockaddr(server);
    Event begin = makeEvent(EventKind::ConnectBegin, fd);
    begin.setPeer(server);
    publish(begin);
    int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&sa), sizeof sa);
    int err = errno;
    if (rc < 0 && err == EINTR) {
        // The connection goes on in the background; wait for it like a blocking connect.
        pollfd p{fd, POLLOUT, 0};
        while (::poll(&p, 1, -1) < 0 && errno == EINTR) {
        }
        socklen_t len = sizeof err;
        ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
        rc = err == 0 ? 0 : -1;
    }
    if (rc < 0 && err == EINPROGRESS) {
        // Non-blocking: connect_begin stays open until finishConnect().
        errno = err;
        return -1;
    }
    Event end = makeEvent(EventKind::ConnectEnd, fd);
    end.setPeer(server);
    if (rc == 0) {
        const Endpoint me = isChild() ? Endpoint{} : localAddress(fd);
        if (local)
            *local = me;
        if (isChild()) {
            publish(end);
        } else {
            const QByteArray bytes = payload::encodeEndpoint(me);
            publish(end, bytes.constData(), int(bytes.size()));
        }
    } else {
        end.err = std::int16_t(err);
        publish(end);
    }
    errno = err;
    return rc;
}

int Syscalls::finishConnect(int fd, Endpoint server, Endpoint *local)
{
    int err = 0;
    socklen_t len = sizeof err;
    if (::getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) < 0)
        err = errno;
    Event end = makeEvent(EventKind::ConnectEnd, fd);
    end.setPeer(server);
    if (err == 0) {
        const Endpoint me = localAddress(fd);
        if (local)
            *local = me;
        const QByteArray bytes = payload::encodeEndpoint(me);
        publish(end, bytes.constData(), int(bytes.size()));
        return 0;
    }
    end.err = std::int16_t(err);
    publish(end);
    errno = err;
    return -1;
}

ssize_t Syscalls::recv(int fd, char *buffer, std::size_t size)
{
    bool wouldBlocked = false;
    const ssize_t n = mayBlock(EventKind::RecvBegin, fd, &wouldBlocked,
                               [&] { return ::recv(fd, buffer, size, 0); });
    const int err = errno;
    if (wouldBlocked)
        return -1;
    Event end = makeEvent(EventKind::RecvEnd, fd);
    if (n >= 0) {
        end.bytes = std::int32_t(n);
    } else {
        end.err = std::int16_t(err);
    }
    publish(end, buffer, previewSize(n));
    errno = err;
    return n;
}

ssize_t Syscalls::send(int fd, const char *data, std::size_t size)
{
    // MSG_NOSIGNAL: a peer that is gone gives EPIPE, not a SIGPIPE that kills the program.
    if (isNonBlocking(fd)) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        const int err = errno;
        if (n < 0 && wouldBlock(err)) {
            recordWouldBlock(EventKind::Send, fd);
            errno = err;
            return -1;
        }
        Event e = makeEvent(EventKind::Send, fd);
        if (n >= 0) {
            e.bytes = std::int32_t(n);
        } else {
            e.err = std::int16_t(err);
        }
        publish(e, data, previewSize(n));
        errno = err;
        return n;
    }

    // Blocking socket: what fits into the socket buffer goes at once (a `send`); only if the
    // buffer is full does the rest wait in one real blocking send() (send_begin/send_end).
    ssize_t first;
    do {
        first = ::send(fd, data, size, MSG_NOSIGNAL | MSG_DONTWAIT);
    } while (first < 0 && errno == EINTR);
    int err = errno;
    if (first < 0 && !wouldBlock(err)) {
        Event e = makeEvent(EventKind::Send, fd);
        e.err = std::int16_t(err);
        publish(e);
        errno = err;
        return -1;
    }
    const std::size_t sent = first > 0 ? std::size_t(first) : 0;
    if (sent > 0) {
        Event e = makeEvent(EventKind::Send, fd);
        e.bytes = std::int32_t(sent);
        publish(e, data, previewSize(ssize_t(sent)));
    }
    if (sent == size)
        return ssize_t(sent);

    const char *rest = data + sent;
    const std::size_t restSize = size - sent;
    Event begin = makeEvent(EventKind::SendBegin, fd);
    begin.bytes = std::int32_t(restSize);
    publish(begin, rest, previewSize(ssize_t(restSize)));
    ssize_t n;
    do {
        n = ::send(fd, rest, restSize, MSG_NOSIGNAL);
    } while (n < 0 && errno == EINTR);
    err = errno;
    Event end = makeEvent(EventKind::SendEnd, fd);
    if (n >= 0) {
        end.bytes = std::int32_t(n);
    } else {
        end.err = std::int16_t(err);
    }
    publish(end);
    if (n < 0) {
        errno = err;
        return sent > 0 ? ssize_t(sent) : -1;
    }
    return ssize_t(sent) + n;
}

ssize_t Syscalls::recvfrom(int fd, char *buffer, std::size_t size, Endpoint *from)
{
    sockaddr_in sa{};
    socklen_t len = sizeof sa;
    bool wouldBlocked = false;
    const ssize_t n = mayBlock(EventKind::RecvfromBegin, fd, &wouldBlocked, [&] {
        return ::recvfrom(fd, buffer, size, 0, reinterpret_cast<sockaddr *>(&sa), &len);
    });
    const int err = errno;
    if (wouldBlocked)
        return -1;
    Event end = makeEvent(EventKind::RecvfromEnd, fd);
    if (n >= 0) {
        end.bytes = std::int32_t(n);
        // A socket shut down from outside returns 0 with no sender.
        const Endpoint sender = len >= sizeof sa ? fromSockaddr(sa) : Endpoint{};
        end.setPeer(sender);
        if (from)
            *from = sender;
    } else {
        end.err = std::int16_t(err);
    }
    publish(end, buffer, previewSize(n));
    errno = err;
    return n;
}

ssize_t Syscalls::sendto(int fd, const char *data, std::size_t size, Endpoint to)
{
    const sockaddr_in sa = toSockaddr(to);
    ssize_t n;
    do {
        n = ::sendto(fd, data, size, MSG_NOSIGNAL, reinterpret_cast<const sockaddr *>(&sa),
                     sizeof sa);
    } while (n < 0 && errno == EINTR);
    const int err = errno;
    if (n < 0 && wouldBlock(err)) {
        recordWouldBlock(EventKind::Sendto, fd);
        errno = err;
        return -1;
    }
    Event e = makeEvent(EventKind::Sendto, fd);
    e.setPeer(to);
    if (n >= 0) {
        e.bytes = std::int32_t(n);
    } else {
        e.err = std::int16_t(err);
    }
    publish(e, data, previewSize(n));
    errno = err;
    return n;
}

int Syscalls::shutdown(int fd, int how)
{
    Event e = makeEvent(EventKind::Shutdown, fd); // stamped before the call, like close()
    e.tNs = isChild() ? 0 : m_recorder->stamp();
    const int rc = ::shutdown(fd, how);
    const int err = errno;
    e.err = std::int16_t(rc < 0 ? err : 0);
    publishStamped(e);
    errno = err;
    return rc;
}

int Syscalls::close(int fd)
{
    // Linux releases the descriptor even when close() reports EINTR: never retry. Its mode is
    // forgotten first: the number may be someone else's the moment it is closed.
    DescriptorModes::instance().forget(fd);
    // Stamped before the call: what it starts in the kernel (the FIN, then TIME_WAIT once the
    // peer has closed too) may be sampled before this thread runs again, never before this.
    Event e = makeEvent(EventKind::Close, fd);
    e.tNs = isChild() ? 0 : m_recorder->stamp();
    const int rc = ::close(fd);
    const int err = errno;
    e.err = std::int16_t(rc < 0 ? err : 0);
    publishStamped(e);
    errno = err;
    return rc;
}

int Syscalls::setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0)
        return -1;
    const int rc = ::fcntl(fd, F_SETFL, flags | O_NONBLOCK);
    if (rc == 0)
        DescriptorModes::instance().set(fd, DescriptorModes::Mode::NonBlocking);
    return rc;
}

int Syscalls::setReuseAddress(int fd)
{
    const int on = 1;
    return ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
}

int Syscalls::makePipe(int fds[2], bool nonBlocking)
{
    const int rc = ::pipe2(fds, O_CLOEXEC | (nonBlocking ? O_NONBLOCK : 0));
    if (rc == 0) {
        for (int i = 0; i < 2; ++i)
            DescriptorModes::instance().set(fds[i], nonBlocking ? DescriptorModes::Mode::NonBlocking
                                                                : DescriptorModes::Mode::Blocking);
    }
    return rc;
}

Endpoint Syscalls::localAddress(int fd)
{
    sockaddr_in sa{};
    socklen_t len = sizeof sa;
    if (::getsockname(fd, reinterpret_cast<sockaddr *>(&sa), &len) < 0 || sa.sin_family != AF_INET)
        return {};
    return fromSockaddr(sa);
}

int Syscalls::wakeByShutdown(int fd)
{
    return ::shutdown(fd, SHUT_RDWR);
}

} // namespace sockscope
