#pragma once

#include "clientenvironment.h"
#include "lab/syscalls.h"

#include <QByteArray>

#include <mutex>
#include <queue>
#include <set>
#include <thread>
#include <vector>

namespace sockscope {

// Many scripted clients on one thread: non-blocking sockets and one epoll_wait(), with a
// small state machine per client, so that thousands of clients cost one thread.
//
// Each client keeps its own lane: its socket, connect, send, recv, shutdown and close are
// recorded under its actor. What it waits for is the driver's epoll_wait, recorded in the
// driver's own lane (a client that waits for data is not blocked in recv() here, and the
// trace does not pretend it is). A connect() returns EINPROGRESS, leaving its connect_begin
// open, and completes when epoll reports the socket writable (Syscalls::finishConnect).
class ClientDriver
{
public:
    ClientDriver(const ClientEnvironment &environment, std::vector<ClientProgress *> clients,
                 std::uint32_t driverActor);
    ~ClientDriver();
    ClientDriver(const ClientDriver &) = delete;
    ClientDriver &operator=(const ClientDriver &) = delete;

    bool start(QString *error);
    // From any thread: the driver looks at the stop signal and the release gate again.
    void wakeUp();
    void join();

private:
    enum class Progress
    {
        Finished, // the step is done
        Waiting,  // for readiness, a timer or a release
        Failed
    };

    struct Client
    {
        Client(Recorder &recorder, ClientProgress *progress)
            : progress(progress), calls(recorder, progress->actor)
        {
        }
        ClientProgress *progress = nullptr;
        Syscalls calls;
        int fd = -1;
        int step = -1; // -1: not started yet (waiting for the start time)
        bool stepStarted = false;
        bool holding = false;
        bool readable = false;
        bool writable = false;
        bool connecting = false;
        bool timerDue = false;
        bool sentFirstDatagram = false;
        QByteArray outgoing;
        qsizetype outgoingOffset = 0;
        std::vector<QByteArray> pieces;
        std::size_t nextPiece = 0;
        bool pieceLoaded = false;
        bool pausing = false; // between two pieces of a SendPieces
        QByteArray received;
        QByteArray unread;
        std::uint64_t timerGeneration = 0;
        QString failure;
        bool finished = false;
    };

    struct Timer
    {
        ClientClock::time_point due;
        std::size_t client;
        std::uint64_t generation;
        bool operator>(const Timer &other) const { return due > other.due; }
    };

    void loop();
    void advance(std::size_t index);
    Progress startStep(Client &client, const ClientStep &step);
    Progress continueStep(Client &client, const ClientStep &step);
    Progress openSocket(Client &client, int type);
    Progress connectStep(Client &client);
    Progress sendStep(Client &client);
    Progress receiveStep(Client &client, const ClientStep &step);
    Progress fail(Client &client, const QString &message);
    Progress failWithErrno(Client &client, const char *call, int error);
    void setTimer(std::size_t index, ClientClock::duration after);
    void closeSocket(Client &client);
    void finish(Client &client);
    int nextTimeoutMs() const;
    Client *clientOfFd(int fd);

    const ClientEnvironment &m_environment;
    Syscalls m_calls; // the driver's own lane: epoll_create, epoll_ctl, epoll_wait
    std::vector<Client> m_clients;
    std::size_t m_unfinished = 0;
    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> m_timers;
    std::set<std::size_t> m_parked; // holding at the release gate
    std::vector<int> m_clientOfFd;  // descriptor -> client index, -1 for none
    int m_epollFd = -1;

    std::mutex m_wakeMutex; // wakeUp() from other threads must not write a closed eventfd
    int m_wakeFd = -1;
    std::thread m_thread;
};

} // namespace sockscope
