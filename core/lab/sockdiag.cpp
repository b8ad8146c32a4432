#include "sockdiag.h"

#include <cerrno>
#include <cstring>

#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace sockscope {

namespace {

// The kernel's filter: sport == P || dport == P (the bytecode of ss's "sport = :P or dport =
// :P"; see inet_diag_bc_run and inet_diag_bc_audit in net/ipv4/inet_diag.c).
struct PortFilter
{
    inet_diag_bc_op sourceEq{INET_DIAG_BC_S_EQ, 8, 12};
    inet_diag_bc_op sourcePort{0, 0, 0};
    inet_diag_bc_op jumpToAccept{INET_DIAG_BC_JMP, 4, 12};
    inet_diag_bc_op destEq{INET_DIAG_BC_D_EQ, 8, 12};
    inet_diag_bc_op destPort{0, 0, 0};
};

struct DumpRequest
{
    nlmsghdr header;
    inet_diag_req_v2 request;
    nlattr filterAttr;
    PortFilter filter;
};

struct LookupRequest
{
    nlmsghdr header;
    inet_diag_req_v2 request;
};

Endpoint endpointOf(const __be32 *addr, __be16 port)
{
    return {ntohl(addr[0]), ntohs(port)};
}

void prepare(inet_diag_req_v2 *request)
{
    request->sdiag_family = AF_INET;
    request->sdiag_protocol = IPPROTO_TCP;
    request->idiag_states = ~0u;
    request->idiag_ext = 1u << (INET_DIAG_SKMEMINFO - 1);
}

// A SOCK_DIAG_BY_FAMILY message as a socket; false when it is too short to be one.
bool parse(const nlmsghdr *h, DiagSocket *out)
{
    if (h->nlmsg_type != SOCK_DIAG_BY_FAMILY || h->nlmsg_len < NLMSG_LENGTH(sizeof(inet_diag_msg)))
        return false;
    const auto *d = static_cast<const inet_diag_msg *>(NLMSG_DATA(h));
    DiagSocket s;
    s.local = endpointOf(d->id.idiag_src, d->id.idiag_sport);
    s.peer = endpointOf(d->id.idiag_dst, d->id.idiag_dport);
    s.state = TcpState(d->idiag_state < kTcpStateCount ? d->idiag_state : 0);
    s.inode = d->idiag_inode;
    if (stateHasQueues(s.state)) {
        std::uint32_t mem[SK_MEMINFO_VARS] = {};
        bool haveMem = false;
        int attrLen = int(h->nlmsg_len - NLMSG_LENGTH(sizeof(*d)));
        for (auto *a = reinterpret_cast<rtattr *>(const_cast<inet_diag_msg *>(d) + 1);
             RTA_OK(a, attrLen); a = RTA_NEXT(a, attrLen)) {
            if (a->rta_type == INET_DIAG_SKMEMINFO &&
                RTA_PAYLOAD(a) >= sizeof(std::uint32_t) * (SK_MEMINFO_DROPS + 1)) {
                std::memcpy(mem, RTA_DATA(a), sizeof(std::uint32_t) * (SK_MEMINFO_DROPS + 1));
                haveMem = true;
            }
        }
        KernelFigures &f = s.figures;
        if (s.state == TcpState::Listen) {
            f.acceptQueue = std::int32_t(d->idiag_rqueue);
            f.backlog = std::int32_t(d->idiag_wqueue);
            // tcp_listendrop() counts a dropped SYN or handshake both in the listener's
            // sk_drops and in TcpExt ListenDrops: this is the listener's share.
            if (haveMem)
                f.listenDrops = std::int32_t(mem[SK_MEMINFO_DROPS]);
        } else {
            f.recvQueue = std::int32_t(d->idiag_rqueue);
            f.sendQueue = std::int32_t(d->idiag_wqueue);
            if (haveMem) {
                f.recvBuffer = std::int32_t(mem[SK_MEMINFO_RCVBUF]);
                f.sendBuffer = std::int32_t(mem[SK_MEMINFO_SNDBUF]);
            }
        }
    }
    *out = s;
    return true;
}

bool sendToKernel(int fd, void *data, std::size_t size)
{
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    iovec iov{data, size};
    msghdr msg{};
    msg.msg_name = &kernel;
    msg.msg_namelen = sizeof kernel;
    msg.msg_iov = &iov;
    msg.msg_iovlen = 1;
    return ::sendmsg(fd, &msg, 0) >= 0;
}

} // namespace

bool stateHasQueues(TcpState s)
{
    return s != TcpState::TimeWait && s != TcpState::Gone && s != TcpState::NewSynRecv &&
           s != TcpState::SynRecv;
}

SockDiag::~SockDiag()
{
    close();
}

bool SockDiag::open(int *err)
{
    m_fd = ::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
    if (m_fd < 0) {
        *err = errno;
        return false;
    }
    // A dump that never ends must not hold the run's stop.
    timeval timeout{1, 0};
    ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    m_buffer.resize(64 * 1024);
    return true;
}

void SockDiag::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

bool SockDiag::fail(int err, const char *what, Failure *failure)
{
    failure->err = err;
    failure->what = what;
    close();
    return false;
}

bool SockDiag::dump(std::uint16_t port, const std::function<void(const DiagSocket &)> &visit,
                    Failure *failure)
{
    DumpRequest req{};
    req.header.nlmsg_len = sizeof req;
    req.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    req.header.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
    prepare(&req.request);
    req.filterAttr.nla_len = sizeof req.filterAttr + sizeof req.filter;
    req.filterAttr.nla_type = INET_DIAG_REQ_BYTECODE;
    req.filter.sourcePort.no = port;
    req.filter.destPort.no = port;
    if (!sendToKernel(m_fd, &req, sizeof req))
        return fail(errno, "sending the dump request", failure);
    for (;;) {
        const ssize_t n = ::recv(m_fd, m_buffer.data(), m_buffer.size(), 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(errno, "reading the dump", failure);
        }
        if (n == 0)
            return fail(EPIPE, "reading the dump", failure);
        int len = int(n);
        for (auto *h = reinterpret_cast<nlmsghdr *>(m_buffer.data()); NLMSG_OK(h, len);
             h = NLMSG_NEXT(h, len)) {
            if (h->nlmsg_type == NLMSG_DONE)
                return true;
            if (h->nlmsg_type == NLMSG_ERROR) {
                const auto *err = static_cast<const nlmsgerr *>(NLMSG_DATA(h));
                return fail(err->error ? -err->error : EPROTO, "the kernel refused the dump",
                            failure);
            }
            DiagSocket s;
            if (parse(h, &s))
                visit(s);
        }
    }
}

SockDiag::Lookup SockDiag::lookup(const std::vector<Key> &keys,
                                  const std::function<void(std::size_t, const DiagSocket &)> &visit,
                                  Failure *failure)
{
    // 64 answers of ~200 bytes fit the netlink socket's receive buffer many times over.
    constexpr std::size_t kBatch = 64;
    std::vector<LookupRequest> batch;
    batch.reserve(kBatch);
    bool refused = false;
    for (std::size_t first = 0; first < keys.size(); first += kBatch) {
        const std::size_t count = std::min(kBatch, keys.size() - first);
        batch.assign(count, LookupRequest{});
        for (std::size_t i = 0; i < count; ++i) {
            const auto &[local, peer] = keys[first + i];
            LookupRequest &r = batch[i];
            r.header.nlmsg_len = sizeof r;
            r.header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
            r.header.nlmsg_flags = NLM_F_REQUEST; // no NLM_F_ACK: one answer each
            r.header.nlmsg_seq = std::uint32_t(first + i + 1);
            prepare(&r.request);
            r.request.id.idiag_src[0] = htonl(local.ipv4);
            r.request.id.idiag_sport = htons(local.port);
            r.request.id.idiag_dst[0] = htonl(peer.ipv4);
            r.request.id.idiag_dport = htons(peer.port);
            r.request.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
            r.request.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
        }
        if (!sendToKernel(m_fd, batch.data(), count * sizeof(LookupRequest))) {
            fail(errno, "sending the lookup requests", failure);
            return Lookup::Failed;
        }
        for (std::size_t answered = 0; answered < count;) {
            const ssize_t n = ::recv(m_fd, m_buffer.data(), m_buffer.size(), 0);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                fail(n < 0 ? errno : EPIPE, "reading the lookups", failure);
                return Lookup::Failed;
            }
            int len = int(n);
            for (auto *h = reinterpret_cast<nlmsghdr *>(m_buffer.data()); NLMSG_OK(h, len);
                 h = NLMSG_NEXT(h, len)) {
                const std::size_t index = std::size_t(h->nlmsg_seq) - 1;
                if (index < first || index >= first + count)
                    continue; // not an answer to this batch
                ++answered;
                if (h->nlmsg_type == NLMSG_ERROR) {
                    // ENOENT: the kernel has no such socket. Anything else: refused.
                    if (-static_cast<const nlmsgerr *>(NLMSG_DATA(h))->error != ENOENT)
                        refused = true;
                    continue;
                }
                DiagSocket s;
                // A four-tuple the kernel no longer has falls through to the listener on
                // its port (inet_lookup): that is the listener's answer, not this socket's.
                if (parse(h, &s) && s.local == keys[index].first && s.peer == keys[index].second)
                    visit(index, s);
            }
        }
    }
    return refused ? Lookup::Refused : Lookup::Done;
}

} // namespace sockscope
