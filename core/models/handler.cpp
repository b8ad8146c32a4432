#include "handler.h"

#include "lab/syscalls.h"

#include <cerrno>
#include <cstring>
#include <ctime>
#include <sys/mman.h>

namespace sockscope {

HandlerConfig HandlerConfig::from(const ServerOptions &options)
{
    HandlerConfig c;
    c.protocol = options.protocol;
    // The loader refuses values beyond these limits, naming them; the bounds only keep a
    // hand-made ServerOptions safe.
    c.fixedLength = qBound(1, options.fixedLength, kMaxFixedLength);
    if (c.protocol == Protocol::FixedLength)
        c.messageLimit = qMax(kMaxMessage, c.fixedLength);
    c.delimiterSize = int(qMin<qsizetype>(options.delimiter.size(), kMaxDelimiter));
    if (c.delimiterSize == 0) {
        c.delimiter[0] = '\n';
        c.delimiterSize = 1;
    } else {
        std::memcpy(c.delimiter, options.delimiter.constData(), std::size_t(c.delimiterSize));
    }
    c.replySize = int(qMin<qsizetype>(options.reply.size(), kMaxReplyText));
    if (c.replySize > 0)
        std::memcpy(c.replyText, options.reply.constData(), std::size_t(c.replySize));
    c.workMs = qMax(0, options.workMs);
    c.recvSize = qBound(1, options.recvSize, kMaxRecv);
    c.closeOnQuit = options.closeOnQuit;
    c.sendBytes = qBound(0, options.sendBytes, ServerOptions::kMaxSendBytes);
    return c;
}

bool Framer::append(const char *data, int size)
{
    if (size <= 0)
        return true;
    if (m_size + size > m_capacity) {
        std::memmove(m_buffer, m_buffer + m_start, std::size_t(m_size - m_start));
        m_size -= m_start;
        m_start = 0;
    }
    if (m_size + size > m_capacity)
        return false;
    std::memcpy(m_buffer + m_size, data, std::size_t(size));
    m_size += size;
    // A message that can never complete within kMaxMessage is a framing error.
    const int waiting = m_size - m_start;
    switch (m_config->protocol) {
    case Protocol::Delimited: {
        const char *found = static_cast<const char *>(
            memmem(m_buffer + m_start, std::size_t(waiting), m_config->delimiter,
                   std::size_t(m_config->delimiterSize)));
        return found || waiting < m_config->messageLimit;
    }
    case Protocol::LengthPrefixed:
        if (waiting >= 4) {
            const auto *h = reinterpret_cast<const unsigned char *>(m_buffer + m_start);
            const std::uint32_t length =
                (std::uint32_t(h[0]) << 24) | (h[1] << 16) | (h[2] << 8) | h[3];
            return length <= std::uint32_t(HandlerConfig::kMaxMessage - 4);
        }
        return true;
    default:
        return true;
    }
}

bool Framer::takeMessage(Message *out)
{
    char *begin = m_buffer + m_start;
    const int waiting = m_size - m_start;
    int frame = 0;
    int payloadOffset = 0;
    int payloadSize = 0;
    switch (m_config->protocol) {
    case Protocol::Echo:
        frame = payloadSize = waiting;
        break;
    case Protocol::FixedLength:
        if (waiting >= m_config->fixedLength)
            frame = payloadSize = m_config->fixedLength;
        break;
    case Protocol::Delimited: {
        const char *found =
            static_cast<const char *>(memmem(begin, std::size_t(waiting), m_config->delimiter,
                                             std::size_t(m_config->delimiterSize)));
        if (found) {
            payloadSize = int(found - begin);
            frame = payloadSize + m_config->delimiterSize;
        }
        break;
    }
    case Protocol::LengthPrefixed:
        if (waiting >= 4) {
            const auto *h = reinterpret_cast<const unsigned char *>(begin);
            const std::uint32_t length =
                (std::uint32_t(h[0]) << 24) | (h[1] << 16) | (h[2] << 8) | h[3];
            if (length <= std::uint32_t(HandlerConfig::kMaxMessage - 4) &&
                waiting >= 4 + int(length)) {
                payloadOffset = 4;
                payloadSize = int(length);
                frame = 4 + payloadSize;
            }
        }
        break;
    }
    if (frame <= 0)
        return false;
    out->frame = begin;
    out->frameSize = frame;
    out->payload = begin + payloadOffset;
    out->payloadSize = payloadSize;
    m_start += frame;
    if (m_start == m_size)
        m_start = m_size = 0; // nothing left: the next append starts at the front again
    return true;
}

int buildReply(const HandlerConfig &config, const Message &message, char *out, int capacity)
{
    const bool useText = config.replySize > 0;
    const char *body = useText                                       ? config.replyText
                       : config.protocol == Protocol::LengthPrefixed ? message.payload
                                                                     : message.frame;
    const int bodySize = useText                                       ? config.replySize
                         : config.protocol == Protocol::LengthPrefixed ? message.payloadSize
                                                                       : message.frameSize;
    int size = 0;
    auto put = [&](const char *data, int n) {
        const int fit = n < capacity - size ? n : capacity - size;
        if (fit > 0)
            std::memcpy(out + size, data, std::size_t(fit));
        size += fit > 0 ? fit : 0;
    };
    if (config.protocol == Protocol::LengthPrefixed) {
        const char header[4] = {char(bodySize >> 24), char(bodySize >> 16), char(bodySize >> 8),
                                char(bodySize)};
        put(header, 4);
    }
    put(body, bodySize);
    if (config.protocol == Protocol::Delimited && useText) {
        const int d = config.delimiterSize;
        const bool terminated = bodySize >= d && std::memcmp(body + bodySize - d, config.delimiter,
                                                             std::size_t(d)) == 0;
        if (!terminated)
            put(config.delimiter, d);
    }
    return size;
}

bool isQuit(const HandlerConfig &config, const Message &message)
{
    if (!config.closeOnQuit)
        return false;
    int n = message.payloadSize;
    while (n > 0 && (message.payload[n - 1] == '\n' || message.payload[n - 1] == '\r'))
        --n;
    return n == 1 && (message.payload[0] == 'q' || message.payload[0] == 'Q');
}

void napUnlessStopped(int ms, const std::atomic<bool> *stop)
{
    constexpr int kSliceMs = 10;
    while (ms > 0 && !(stop && stop->load())) {
        const int slice = ms < kSliceMs ? ms : kSliceMs;
        timespec ts{0, long(slice) * 1000000L};
        while (nanosleep(&ts, &ts) < 0 && errno == EINTR) {
        }
        ms -= slice;
    }
}

void doWork(Syscalls &sys, const HandlerConfig &config, const std::atomic<bool> *stop)
{
    if (config.workMs <= 0)
        return;
    sys.at(LineTag::Work);
    napUnlessStopped(config.workMs, stop);
}

namespace {

// Anonymous memory for one connection's buffers, unmapped when the conversation ends.
class MappedBuffer
{
public:
    explicit MappedBuffer(std::size_t size) : m_size(size)
    {
        if (size == 0)
            return;
        void *p = mmap(nullptr, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        m_data = p == MAP_FAILED ? nullptr : static_cast<char *>(p);
    }
    ~MappedBuffer()
    {
        if (m_data)
            munmap(m_data, m_size);
    }
    MappedBuffer(const MappedBuffer &) = delete;
    MappedBuffer &operator=(const MappedBuffer &) = delete;
    char *data() const { return m_data; }

private:
    std::size_t m_size;
    char *m_data = nullptr;
};

bool sendAll(Syscalls &sys, int fd, const char *data, int size)
{
    while (size > 0) {
        const ssize_t n = sys.send(fd, data, std::size_t(size));
        if (n <= 0)
            return false;
        data += n;
        size -= int(n);
    }
    return true;
}

} // namespace

ServeEnd serveConnection(Syscalls &sys, int fd, const HandlerConfig &config,
                         const std::atomic<bool> *stop)
{
    // The default sizes fit on the stack; larger ones (a 64 KiB recv_size, a long
    // fixed_length) are mapped: mmap is async-signal-safe, so a forked child may use it too.
    const int framerSize = config.framerCapacity();
    const int replySize = config.replyCapacity();
    const std::size_t total = std::size_t(framerSize + config.recvSize + replySize);
    char local[20 * 1024];
    MappedBuffer mapped(total > sizeof local ? total : 0);
    char *storage = total > sizeof local ? mapped.data() : local;
    if (!storage)
        return ServeEnd::Failed;
    Framer framer(config, storage, framerSize);
    char *received = storage + framerSize;
    char *reply = received + config.recvSize;
    // send-buffer-full: one large reply of filler lines, made once per connection.
    MappedBuffer filler(std::size_t(config.sendBytes));
    if (config.sendBytes > 0) {
        if (!filler.data())
            return ServeEnd::Failed;
        for (int i = 0; i < config.sendBytes; ++i)
            filler.data()[i] = (i % 64 == 63) ? '\n' : char('a' + (i / 64) % 26);
    }
    for (;;) {
        sys.at(LineTag::Recv);
        const ssize_t n = sys.recv(fd, received, std::size_t(config.recvSize));
        if (n == 0)
            return ServeEnd::PeerClosed;
        if (n < 0 || !framer.append(received, int(n)))
            return ServeEnd::Failed;
        Message message;
        while (framer.takeMessage(&message)) {
            if (isQuit(config, message))
                return ServeEnd::Quit;
            doWork(sys, config, stop);
            if (stop && stop->load())
                return ServeEnd::Stopped; // the work was cut short: no reply for it
            sys.at(LineTag::Send);
            if (config.sendBytes > 0) {
                if (!sendAll(sys, fd, filler.data(), config.sendBytes))
                    return ServeEnd::Failed;
                continue;
            }
            const int size = buildReply(config, message, reply, replySize);
            if (!sendAll(sys, fd, reply, size))
                return ServeEnd::Failed;
        }
    }
}

bool handleReceived(Syscalls &sys, const HandlerConfig &config, LoopConnection &connection,
                    const char *data, int size, const std::atomic<bool> *stop)
{
    if (!connection.framer.append(data, size))
        return false;
    Message message;
    while (connection.framer.takeMessage(&message)) {
        if (isQuit(config, message)) {
            connection.quit = true;
            break;
        }
        doWork(sys, config, stop);
        if (stop && stop->load())
            return false; // the work was cut short: no reply for it
        const int room = connection.pendingCapacity - connection.pendingSize;
        char *end = connection.pending + connection.pendingSize;
        const int size = buildReply(config, message, end, room);
        if (size >= room)
            return false; // the peer does not read its replies: give up on it
        connection.pendingSize += size;
    }
    return flushPending(sys, connection) && !connection.quit;
}

bool flushPending(Syscalls &sys, LoopConnection &connection)
{
    while (connection.pendingSize > 0) {
        sys.at(LineTag::Send);
        const ssize_t n =
            sys.send(connection.fd, connection.pending, std::size_t(connection.pendingSize));
        if (n < 0)
            return errno == EAGAIN || errno == EWOULDBLOCK;
        std::memmove(connection.pending, connection.pending + n,
                     std::size_t(connection.pendingSize - int(n)));
        connection.pendingSize -= int(n);
    }
    return true;
}

} // namespace sockscope
