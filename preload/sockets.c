/* The preload library's socket calls: socket, bind, listen, accept, connect, the receives and
 * sends (read and write on a socket too), shutdown and close. Only IPv4/IPv6 sockets are
 * recorded (the descriptors socket() and accept() mark). */
#include "preload.h"

#include <errno.h>
#include <string.h>

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
    b.r.aux = type & 0xf; /* SOCK_STREAM or SOCK_DGRAM: a bound datagram socket is ready */
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
