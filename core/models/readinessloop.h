#pragma once

#include "serverbase.h"

#include <QVector>

#include <map>
#include <memory>

namespace sockscope {

// The single-threaded readiness loop that select, poll and epoll share: one thread, every
// socket non-blocking, one wait for "which of these is ready?", then serve whoever is.
// The lecture's sockets_list is readSet(); its clients map is the connections.
// Each mechanism (select, poll, epoll: one file each) implements the wait and, for epoll,
// keeps the kernel's interest list in step.
//
// watchConsole: the read end of a console pipe is in the set too (the lecture's sys.stdin);
// a line typed there (any line, like the lecture's sys.stdin.readline(); running = 0) ends
// the loop and closes the listening socket.
class ReadinessLoopServer : public ServerBase
{
public:
    ReadinessLoopServer(const ServerOptions &options, ServerContext context);
    ~ReadinessLoopServer() override;
    bool typeConsoleLine(const QByteArray &line) override;
    bool watchesConsole() const override { return options().watchConsole; }

protected:
    bool prepare(QString *error) override;
    void serve(Syscalls &sys) override;
    void finishStop() override;

    // The wait: `readSet` are the descriptors to read, `writeSet` those with replies queued.
    // Returns what the call returned (-1 on error, errno set).
    virtual int waitReady(Syscalls &sys, const QVector<int> &readSet, const QVector<int> &writeSet,
                          QVector<int> *readyRead, QVector<int> *readyWrite) = 0;
    // Interest list changes. watch() may refuse a descriptor (select: >= FD_SETSIZE), and
    // must record why; the loop then closes that connection.
    virtual bool watch(Syscalls &sys, int fd)
    {
        Q_UNUSED(sys);
        Q_UNUSED(fd);
        return true;
    }
    virtual void unwatch(Syscalls &sys, int fd)
    {
        Q_UNUSED(sys);
        Q_UNUSED(fd);
    }
    virtual void wantWrite(Syscalls &sys, int fd, bool on)
    {
        Q_UNUSED(sys);
        Q_UNUSED(fd);
        Q_UNUSED(on);
    }
    virtual void beginLoop(Syscalls &sys) { Q_UNUSED(sys); }
    virtual void endLoop(Syscalls &sys) { Q_UNUSED(sys); }

    const QVector<int> &readSet() const { return m_readSet; }

private:
    void acceptOne(Syscalls &sys);
    void readConsole();
    void readFrom(Syscalls &sys, LoopConnection &connection);
    void flush(Syscalls &sys, LoopConnection &connection);
    void dropConnection(Syscalls &sys, int fd);
    void closeConsolePipe();

    QVector<int> m_readSet;
    std::map<int, std::unique_ptr<LoopConnection>> m_connections;
    int m_consolePipe[2] = {-1, -1};
    bool m_consoleSaidStop = false;
};

} // namespace sockscope
