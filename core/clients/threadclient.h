#pragma once

#include "clientenvironment.h"
#include "lab/syscalls.h"

#include <QByteArray>

#include <mutex>
#include <thread>

namespace sockscope {

// A scripted client on a thread of its own, with blocking sockets: its connect() and recv()
// block in the kernel and show as blocked spans in its own lane.
class ThreadClient
{
public:
    ThreadClient(const ClientEnvironment &environment, ClientProgress &progress);
    ~ThreadClient();
    ThreadClient(const ThreadClient &) = delete;
    ThreadClient &operator=(const ThreadClient &) = delete;

    // Starts the client's thread. When the kernel will not create it (out of threads or
    // memory), an `error` event goes in the client's lane and the client ends failed.
    void start();
    // Wakes a connect/recv/send blocked in the kernel from outside: shutdown() of the
    // client's socket, recorded in its lane. Call after the stop signal was raised.
    void interrupt();
    void join();

private:
    enum class Outcome
    {
        Done,
        Failed,
        Stopped
    };

    void run();
    bool holdAtGate(int stepIndex, const ClientStep &step);
    Outcome runStep(const ClientStep &step);
    Outcome openSocket(int type);
    Outcome connectToServer();
    Outcome sendAll(const QByteArray &bytes);
    Outcome receiveOnce(int size, QByteArray *into, bool *peerClosed);
    Outcome receiveExactly(int count);
    Outcome receiveUntil(const QByteArray &delimiter);
    Outcome failWithErrno(const char *call);
    Outcome failWith(const QString &message);
    void closeSocket();
    bool stopping() const { return m_environment.stop.isRaised(); }

    const ClientEnvironment &m_environment;
    ClientProgress &m_progress;
    const ClientScript &m_script;
    Syscalls m_calls;
    QString m_failure;
    bool m_sentFirstDatagram = false;
    QByteArray m_unread; // bytes a recv-until got past its delimiter, for the next recv step

    std::mutex m_fdMutex; // the stopper's shutdown() must never hit a closed, reused number
    int m_fd = -1;
    std::thread m_thread;
};

} // namespace sockscope
