#pragma once

#include "run/runconfig.h"

#include <atomic>
#include <memory>

namespace sockscope {

class Syscalls;

// What every model does with a connection's bytes, in one place: framing (echo, fixed
// length, delimited, length-prefixed), the work delay, the reply and "q" to quit.
//
// Everything here is malloc-free and async-signal-safe (fixed buffers, nanosleep, no Qt),
// so a forked child runs exactly the same code as a server thread.

// ServerOptions flattened into fixed arrays, made in the parent before any fork().
struct HandlerConfig
{
    static constexpr int kMaxMessage = 4096;      // one delimited or length-prefixed message
    static constexpr int kMaxFixedLength = 65536; // one fixed-length message
    static constexpr int kMaxRecv = 65536;        // the largest recv() the handler makes
    static constexpr int kMaxDelimiter = 64;
    static constexpr int kMaxReplyText = 4096;

    Protocol protocol = Protocol::Echo;
    int fixedLength = 16;
    int messageLimit = kMaxMessage; // the largest message the framing accepts
    char delimiter[kMaxDelimiter] = {'\n'};
    int delimiterSize = 1;
    char replyText[kMaxReplyText] = {};
    int replySize = 0; // 0: echo the message back
    int workMs = 0;
    int recvSize = 1024;
    bool closeOnQuit = true;
    int sendBytes = 0; // > 0: each reply is this many bytes of filler, in one send()

    // Buffer sizes this configuration needs: a Framer's, and one reply's (header, message or
    // reply text, delimiter).
    int framerCapacity() const { return messageLimit + recvSize; }
    // (An echoed message is what one recv() gave, up to recvSize, whatever messageLimit is.)
    int replyCapacity() const
    {
        return (messageLimit > recvSize ? messageLimit : recvSize) + replySize + delimiterSize + 4;
    }

    static HandlerConfig from(const ServerOptions &options);
};

// One complete message inside a Framer's buffer: the whole frame (header or delimiter
// included) and the payload within it.
struct Message
{
    const char *frame = nullptr;
    int frameSize = 0;
    const char *payload = nullptr;
    int payloadSize = 0;
};

// Collects the bytes of successive recv() calls and cuts them into messages: one recv() is
// not one message (except for the echo protocol, which replies to whatever one recv gave).
class Framer
{
public:
    // `buffer` holds config.framerCapacity() bytes and outlives the Framer.
    Framer(const HandlerConfig &config, char *buffer, int capacity)
        : m_config(&config), m_buffer(buffer), m_capacity(capacity)
    {
    }

    // Adds what one recv() returned. False: a message does not fit (a protocol error).
    bool append(const char *data, int size);
    // Takes the next complete message; the pointers stay valid until the next append().
    bool takeMessage(Message *out);
    int buffered() const { return m_size - m_start; }

private:
    const HandlerConfig *m_config;
    char *m_buffer;
    int m_capacity;
    int m_start = 0;
    int m_size = 0;
};

// The reply to `message` framed like the request; returns its size.
int buildReply(const HandlerConfig &config, const Message &message, char *out, int capacity);
// "q" or "Q" (ignoring trailing \r\n) ends the conversation when closeOnQuit is set.
bool isQuit(const HandlerConfig &config, const Message &message);
// The handler's pretend work, in short naps so that a stop is noticed (stop may be null).
void doWork(Syscalls &sys, const HandlerConfig &config, const std::atomic<bool> *stop);
// Naps for `ms` milliseconds unless *stop becomes true; async-signal-safe.
void napUnlessStopped(int ms, const std::atomic<bool> *stop);

enum class ServeEnd
{
    PeerClosed, // recv() returned 0
    Quit,       // the client sent "q"
    Failed,     // recv/send failed or the framing broke
    Stopped     // the server is stopping
};

// A blocking conversation on `fd` until the peer closes or quits: recv, frame, work, send.
// Does not close `fd` (the caller does, after it stopped tracking it).
ServeEnd serveConnection(Syscalls &sys, int fd, const HandlerConfig &config,
                         const std::atomic<bool> *stop);

// A connection inside a readiness loop (non-blocking socket): replies wait in `pending`
// until the socket can take them.
struct LoopConnection
{
    LoopConnection(const HandlerConfig &config, int socketFd)
        : storage(new char[std::size_t(config.framerCapacity() + 2 * config.replyCapacity())]),
          framer(config, storage.get(), config.framerCapacity()), fd(socketFd),
          pending(storage.get() + config.framerCapacity()),
          pendingCapacity(2 * config.replyCapacity())
    {
    }
    // Sized by the configuration and left uninitialised on purpose: 10,000 idle connections
    // must not touch 80 MB.
    std::unique_ptr<char[]> storage;
    Framer framer;
    int fd = -1;
    char *pending;
    int pendingCapacity;
    int pendingSize = 0;
    bool quit = false;
};

// Handles the bytes of one recv(): frames them, works, queues the replies and sends what
// the socket takes. False: the connection should be closed (quit, framing error, send error).
bool handleReceived(Syscalls &sys, const HandlerConfig &config, LoopConnection &connection,
                    const char *data, int size, const std::atomic<bool> *stop);
// Sends queued replies; false on a send error. EAGAIN keeps them queued.
bool flushPending(Syscalls &sys, LoopConnection &connection);

} // namespace sockscope
