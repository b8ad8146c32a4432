#pragma once

#include "trace/event.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <vector>

namespace sockscope {

// How a handler frames messages, to show that one recv() is not one message.
enum class Protocol : std::uint8_t
{
    Echo,          // reply with whatever one recv() returned
    FixedLength,   // a message is exactly fixedLength bytes
    Delimited,     // a message ends with `delimiter`
    LengthPrefixed // a 4-byte big-endian length, then that many bytes
};
const char *protocolName(Protocol p);
std::optional<Protocol> protocolFromName(QByteArrayView name);

struct ServerOptions
{
    QString model = QStringLiteral("threaded");
    QString bindAddress = QStringLiteral("127.0.0.1"); // loopback unless the user says so
    quint16 port = 0;                                  // 0: the kernel picks a free one
    int backlog = 5;
    // threaded and forking: at most this many connections served at once (worker threads,
    // children not yet exited); beyond it a connection is accepted and closed at once, with
    // an `error` event that says why. 0: no cap (scenarios, unless they set max_clients;
    // `sockscope-cli serve` defaults to kServeMaxClients).
    int maxClients = 0;
    static constexpr int kServeMaxClients = 256;
    static constexpr int kServeBacklog = 128;
    ReapPolicy reap = ReapPolicy::OnAccept; // forking only
    int workMs = 0;                         // handler's work before replying
    // asyncio: the work is a blocking sleep inside the coroutine (time.sleep) instead of an
    // awaited one (await asyncio.sleep): the loop thread, and so every task, stops with it.
    // The other models' work always blocks the thread (or process) that does it.
    bool blockingWork = false;
    // The scenario variant this configuration is ("asyncio-await"), recorded in the trace's
    // settings as "variant"; empty: the scenario's own configuration of the model.
    QString variant;
    Protocol protocol = Protocol::Echo;
    int fixedLength = 16;
    QByteArray delimiter = QByteArrayLiteral("\n");
    QByteArray reply;          // reply text; empty: echo the message back
    int recvSize = 1024;       // the N in recv(fd, buf, N): small to show partial reads
    bool closeOnQuit = true;   // a message "q" or "Q" makes the handler close (echo-until-quit)
    bool watchConsole = false; // select/poll/epoll also watch a console pipe; a line stops
    // port-in-use: before the server binds, the run itself binds and listens on the port (a
    // stand-in for another program that got there first), so the server's bind() fails with
    // EADDRINUSE and start() reports it. With port 0 the run picks the port it occupies.
    bool portInUse = false;
    // accept-queue (sequential): the server sleeps this long after listen(), before its first
    // accept(), so finished handshakes pile up in the accept queue. 0: no sleep.
    int acceptDelayMs = 0;
    // close-wait-leak (sequential): false, a connection whose client closed (recv() returned
    // 0) is no longer watched but never closed either: it stays in CLOSE_WAIT, its descriptor
    // held, until the server stops.
    bool closeOnEof = true;
    // send-buffer-full (sequential): to each message the server replies with this many bytes
    // of filler in one send() instead of its usual reply. 0: the usual reply.
    int sendBytes = 0;
    // SO_SNDBUF set on each accepted connection (the kernel doubles it). 0: the default.
    int sendBuffer = 0;
    // SO_REUSEADDR on the listening socket (SockScope's servers set it unless told otherwise).
    bool reuseAddress = true;
    // time-wait-reuseaddr: once every client is done, the run stops the server and starts it
    // again at once on the same port, first without SO_REUSEADDR (bind() meets the old
    // connection in TIME_WAIT: EADDRINUSE), then with it.
    bool restart = false;
    // The lane name of the server's main thread; empty: "main" (a restart names its own).
    QString mainThreadName;
    static constexpr int kMaxSendBytes = 4 * 1024 * 1024;

    // What a trace keeps of these (Trace::settings): the reaping policy, the protocol, the
    // recv() size and (asyncio) whether the work blocks, which the views need to show the
    // code that ran.
    QMap<QString, QString> traceSettings() const;
};

enum class StepKind : std::uint8_t
{
    Connect,       // connect() to the server (TCP) — or nothing for UDP
    Sleep,         // ms
    Send,          // data, in one send()
    SendBytes,     // count bytes of filler, in one send()
    SendPieces,    // data split into `pieces` sends, `ms` apart
    SendFramed,    // data framed by the server's protocol (length prefix or delimiter)
    Recv,          // one recv() of up to `count` bytes (default 1024)
    RecvExactly,   // recv() until `count` bytes arrived
    RecvUntil,     // recv() until `delimiter` arrived
    ShutdownWrite, // shutdown(SHUT_WR): "I am done sending"
    Close,
    WaitRelease, // block until released from outside (you are the scheduler)
    Count
};
const char *stepKindName(StepKind k);
std::optional<StepKind> stepKindFromName(QByteArrayView name);

struct ClientStep
{
    StepKind kind = StepKind::Connect;
    int ms = 0;
    int count = 0;
    int pieces = 1;
    QByteArray data;
    QByteArray delimiter = QByteArrayLiteral("\n");
};

// Where a client's connect() goes.
enum class ConnectTarget : std::uint8_t
{
    Server,    // the run's server
    ClosedPort // a port on 127.0.0.1 the run holds bound but not listening: nothing listens
               // there, so Linux answers the SYN with a reset and connect() fails with
               // ECONNREFUSED (connection-refused)
};

struct ClientScript
{
    QString name;     // "client 1"
    int startMs = 0;  // after the server listens
    bool udp = false; // datagrams instead of a connection
    ConnectTarget target = ConnectTarget::Server;
    std::vector<ClientStep> steps;
};

struct ConsoleLine
{
    int atMs = 0;
    QByteArray text;
};

struct RunConfig
{
    QString scenario; // name or file, for the trace
    ServerOptions server;
    std::vector<ClientScript> clients;
    std::vector<ConsoleLine> console; // scripted lines typed at the server's console
    double speed = 1.0;               // client sleeps and start times are divided by this
    bool stepByHand = false;          // every client step waits for a release
    int timeoutMs = 30000;            // a run that is not done by then is stopped; 0: never
    // What happens once every scripted client has finished and the server has no connection
    // left: true (the command line, screenshots, tests), the run stops the server and ends;
    // false (an interactive GUI run), the server keeps running, blocked where it blocks, its
    // zombies still zombies, until stop(). A server that left its loop by itself (a console
    // line) ends the run either way. The timeout no longer applies once the clients are done.
    bool endWhenClientsDone = true;
    // More scripted clients than this share one epoll-driven driver thread instead of a
    // thread each (thousands of threads would measure the machine, not the server).
    int clientDriverAbove = 200;
    // Sample the kernel's side of the run's TCP sockets (states, queues) on an observer thread
    // (lab/kernelsampler.h). Off: no tcp_state or queues events (the overhead benchmark
    // measures both).
    bool sampleKernel = true;
};

// The built-in scenario the command line knows without scenario files: three clients
// connect at once, each sends one line after 300 ms and reads the reply.
RunConfig threeClientsConfig(const QString &model);

} // namespace sockscope
