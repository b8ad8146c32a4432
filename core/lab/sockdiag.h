#pragma once

#include "trace/kernelsample.h"

#include <cstdint>
#include <functional>
#include <utility>
#include <vector>

namespace sockscope {

// Whether a socket in state `s` has queues to report (not TIME_WAIT, not a handshake under way).
bool stateHasQueues(TcpState s);

// One IPv4 TCP socket as sock_diag reports it.
struct DiagSocket
{
    Endpoint local;
    Endpoint peer;
    TcpState state = TcpState::Gone;
    std::uint64_t inode = 0; // 0: no descriptor holds it (queued for accept(), TIME_WAIT)
    KernelFigures figures;   // its queues where its state has any (figures.local not set)
};

// The kernel's socket diagnostics (NETLINK_SOCK_DIAG, inet_diag_req_v2 with
// INET_DIAG_SKMEMINFO) for IPv4 TCP sockets, in two kinds of request. A dump lists every
// socket with a port at either end (the kernel filters with the bytecode of ss's "sport = :P
// or dport = :P", but walks its whole connection table to do so). A lookup asks for sockets by
// their four-tuple, a hash lookup each, many requests in one message.
class SockDiag
{
public:
    struct Failure
    {
        int err = 0;
        const char *what = "";
    };
    enum class Lookup
    {
        Done,
        Refused, // the kernel refused a lookup (not a missing socket): use dumps
        Failed   // the kernel stopped answering: closed
    };
    using Key = std::pair<Endpoint, Endpoint>; // local, peer

    SockDiag() = default;
    ~SockDiag();
    SockDiag(const SockDiag &) = delete;
    SockDiag &operator=(const SockDiag &) = delete;

    // False with errno's value in `err` when the netlink socket cannot be opened.
    bool open(int *err);
    void close();
    bool isOpen() const { return m_fd >= 0; }

    // Every socket with `port` at either end, in the kernel's order. False, closed, on failure.
    bool dump(std::uint16_t port, const std::function<void(const DiagSocket &)> &visit,
              Failure *failure);
    // Each of `keys` asked for; visit(i, socket) for each the kernel has exactly (a four-tuple
    // it no longer has falls through to the listener on the port: not that socket's answer).
    Lookup lookup(const std::vector<Key> &keys,
                  const std::function<void(std::size_t, const DiagSocket &)> &visit,
                  Failure *failure);

private:
    bool fail(int err, const char *what, Failure *failure);

    int m_fd = -1;
    std::vector<char> m_buffer;
};

} // namespace sockscope
