#include "readinessloop.h"
#include "servers.h"

#include <QSet>

#include <sys/epoll.h>

namespace sockscope {

namespace {

// epoll: the kernel keeps the interest list (epoll_ctl add/mod/del as it changes), and
// epoll_wait() hands back only the descriptors that are ready.
class EpollServer final : public ReadinessLoopServer
{
public:
    using ReadinessLoopServer::ReadinessLoopServer;
    ~EpollServer() override { stop(); }

protected:
    void beginLoop(Syscalls &sys) override
    {
        sys.at(LineTag::EpollCreate);
        m_epollFd = sys.epollCreate();
    }

    void endLoop(Syscalls &sys) override
    {
        if (m_epollFd < 0)
            return;
        sys.at(LineTag::Close);
        sys.close(m_epollFd);
        m_epollFd = -1;
    }

    bool watch(Syscalls &sys, int fd) override
    {
        sys.at(LineTag::EpollCtl);
        return sys.epollCtl(m_epollFd, EPOLL_CTL_ADD, fd, EPOLLIN) == 0;
    }

    void unwatch(Syscalls &sys, int fd) override
    {
        m_wantsWrite.remove(fd);
        sys.at(LineTag::EpollCtl);
        sys.epollCtl(m_epollFd, EPOLL_CTL_DEL, fd, 0);
    }

    void wantWrite(Syscalls &sys, int fd, bool on) override
    {
        if (m_wantsWrite.contains(fd) == on)
            return;
        if (on)
            m_wantsWrite.insert(fd);
        else
            m_wantsWrite.remove(fd);
        sys.at(LineTag::EpollCtl);
        sys.epollCtl(m_epollFd, EPOLL_CTL_MOD, fd, EPOLLIN | (on ? EPOLLOUT : 0u));
    }

    int waitReady(Syscalls &sys, const QVector<int> &readSet, const QVector<int> &writeSet,
                  QVector<int> *readyRead, QVector<int> *readyWrite) override
    {
        Q_UNUSED(writeSet); // the kernel knows it from epoll_ctl
        readyRead->clear();
        readyWrite->clear();
        if (m_epollFd < 0)
            return -1;
        sys.at(LineTag::EpollWait);
        const int n = sys.epollWait(m_epollFd, m_events, kMaxEvents, -1, readSet);
        for (int i = 0; i < n; ++i) {
            if (m_events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR))
                readyRead->append(m_events[i].data.fd);
            if (m_events[i].events & EPOLLOUT)
                readyWrite->append(m_events[i].data.fd);
        }
        return n;
    }

private:
    static constexpr int kMaxEvents = 64;
    int m_epollFd = -1;
    epoll_event m_events[kMaxEvents] = {};
    QSet<int> m_wantsWrite;
};

} // namespace

std::unique_ptr<Server> makeEpollServer(const ServerOptions &options, ServerContext context)
{
    return std::make_unique<EpollServer>(options, std::move(context));
}

} // namespace sockscope
