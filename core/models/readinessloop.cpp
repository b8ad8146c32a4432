#include "readinessloop.h"

#include <cerrno>
#include <new>
#include <sys/socket.h>
#include <unistd.h>

namespace sockscope {

ReadinessLoopServer::ReadinessLoopServer(const ServerOptions &options, ServerContext context)
    : ServerBase(options, std::move(context), SOCK_STREAM)
{
}

ReadinessLoopServer::~ReadinessLoopServer()
{
    closeConsolePipe();
}

void ReadinessLoopServer::finishStop()
{
    closeConsolePipe();
}

void ReadinessLoopServer::closeConsolePipe()
{
    for (int &fd : m_consolePipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

bool ReadinessLoopServer::prepare(QString *error)
{
    if (options().watchConsole && Syscalls::makePipe(m_consolePipe) < 0) {
        if (error)
            *error = QStringLiteral("cannot create the console pipe");
        return false;
    }
    return true;
}

bool ReadinessLoopServer::typeConsoleLine(const QByteArray &line)
{
    // Once the loop has ended nobody reads the pipe: do not fill it.
    if (m_consolePipe[1] < 0 || !isServing())
        return false;
    QByteArray text = line;
    if (!text.endsWith('\n'))
        text.append('\n');
    const ssize_t n = ::write(m_consolePipe[1], text.constData(), std::size_t(text.size()));
    return n == text.size();
}

void ReadinessLoopServer::serve(Syscalls &sys)
{
    // A readiness loop must never block anywhere but in its wait.
    sys.at(LineTag::SetNonBlocking);
    sys.setNonBlocking(listenFd());
    beginLoop(sys);
    m_readSet = {listenFd()};
    watch(sys, listenFd());
    if (m_consolePipe[0] >= 0) {
        m_readSet.append(m_consolePipe[0]);
        watch(sys, m_consolePipe[0]);
    }

    QVector<int> writeSet;
    QVector<int> readyRead;
    QVector<int> readyWrite;
    while (!stopping() && !m_consoleSaidStop) {
        writeSet.clear();
        for (const auto &[fd, connection] : m_connections) {
            if (connection->pendingSize > 0)
                writeSet.append(fd);
        }
        const int n = waitReady(sys, m_readSet, writeSet, &readyRead, &readyWrite);
        if (stopping())
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break; // recorded by the wait; nothing sensible is left to do
        }
        for (int fd : readyRead) {
            if (fd == listenFd()) {
                acceptOne(sys);
            } else if (fd == m_consolePipe[0]) {
                readConsole();
            } else if (auto it = m_connections.find(fd); it != m_connections.end()) {
                readFrom(sys, *it->second);
            }
        }
        for (int fd : readyWrite) {
            if (auto it = m_connections.find(fd); it != m_connections.end())
                flush(sys, *it->second);
        }
    }

    while (!m_connections.empty())
        dropConnection(sys, m_connections.begin()->first);
    if (m_consolePipe[0] >= 0)
        unwatch(sys, m_consolePipe[0]);
    unwatch(sys, listenFd());
    endLoop(sys);
}

void ReadinessLoopServer::acceptOne(Syscalls &sys)
{
    sys.at(LineTag::Accept);
    const int fd = sys.accept(listenFd(), nullptr);
    if (fd < 0) {
        // EAGAIN (another loop was faster), the listener was shut down, or EMFILE: a
        // level-triggered wait would report the listener ready again at once.
        acceptFailed(sys, errno);
        return;
    }
    sys.at(LineTag::SetNonBlocking);
    sys.setNonBlocking(fd);
    try {
        m_connections.emplace(fd, std::make_unique<LoopConnection>(handlerConfig(), fd));
    } catch (const std::bad_alloc &) {
        dropForLackOf(sys, fd, EventKind::AcceptEnd, ENOMEM, kNoMemoryForConnection);
        return;
    }
    m_readSet.append(fd);
    setActive(int(m_connections.size()));
    if (!watch(sys, fd))
        dropConnection(sys, fd);
}

void ReadinessLoopServer::readConsole()
{
    // Like sys.stdin.readline() in the lecture: any line ends the server.
    char line[256];
    const ssize_t n = ::read(m_consolePipe[0], line, sizeof line);
    if (n != 0)
        m_consoleSaidStop = true;
}

void ReadinessLoopServer::readFrom(Syscalls &sys, LoopConnection &connection)
{
    char buffer[HandlerConfig::kMaxRecv];
    sys.at(LineTag::Recv);
    const ssize_t n = sys.recv(connection.fd, buffer, std::size_t(handlerConfig().recvSize));
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
        return;
    // 0: the peer closed (the lecture's `if not data`); < 0: the connection broke.
    if (n <= 0 || !handleReceived(sys, handlerConfig(), connection, buffer, int(n), stopFlag())) {
        dropConnection(sys, connection.fd);
        return;
    }
    wantWrite(sys, connection.fd, connection.pendingSize > 0);
}

void ReadinessLoopServer::flush(Syscalls &sys, LoopConnection &connection)
{
    if (!flushPending(sys, connection)) {
        dropConnection(sys, connection.fd);
        return;
    }
    wantWrite(sys, connection.fd, connection.pendingSize > 0);
}

void ReadinessLoopServer::dropConnection(Syscalls &sys, int fd)
{
    unwatch(sys, fd);
    m_readSet.removeAll(fd);
    m_connections.erase(fd);
    setActive(int(m_connections.size()));
    sys.at(LineTag::Close);
    sys.close(fd);
}

} // namespace sockscope
