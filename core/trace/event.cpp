#include "event.h"

#include "nametable.h"

#include <algorithm>

#include <array>

namespace sockscope {

namespace {
constexpr std::array<const char *, kEventKindCount> kKindNames = {
    "socket",       "bind",         "listen",        "close",        "shutdown",
    "accept_begin", "accept_end",   "connect_begin", "connect_end",  "recv_begin",
    "recv_end",     "send",         "send_begin",    "send_end",     "recvfrom_begin",
    "recvfrom_end", "sendto",       "would_block",   "wait_begin",   "wait_end",
    "epoll_ctl",    "thread_spawn", "thread_exit",   "fork",         "process_exit",
    "reap",         "error",        "task_create",   "task_suspend", "task_resume",
    "task_done",    "tcp_state",    "queues"};

constexpr std::array<const char *, 4> kMechanismNames = {"none", "select", "poll", "epoll"};
constexpr std::array<const char *, 4> kEpollOpNames = {"none", "add", "mod", "del"};
constexpr std::array<const char *, 4> kTaskWaitNames = {"none", "read", "write", "timer"};
constexpr std::array<const char *, 4> kTaskEndNames = {"peer_closed", "quit", "failed",
                                                       "cancelled"};
constexpr std::array<const char *, 4> kReapPolicyNames = {"none", "on-accept", "sigchld",
                                                          "at-stop"};

constexpr NameTable kKindTable(kKindNames);
constexpr NameTable kMechanismTable(kMechanismNames);
constexpr NameTable kEpollOpTable(kEpollOpNames);
constexpr NameTable kTaskWaitTable(kTaskWaitNames);
constexpr NameTable kTaskEndTable(kTaskEndNames);
constexpr NameTable kReapPolicyTable(kReapPolicyNames);
} // namespace

const char *eventKindName(EventKind kind)
{
    const auto i = static_cast<std::size_t>(kind);
    return i < kKindNames.size() ? kKindNames[i] : "unknown";
}

std::optional<EventKind> eventKindFromName(QByteArrayView name)
{
    return kKindTable.lookup<EventKind>(name);
}

EventKind endKindFor(EventKind begin)
{
    switch (begin) {
    case EventKind::AcceptBegin:
        return EventKind::AcceptEnd;
    case EventKind::ConnectBegin:
        return EventKind::ConnectEnd;
    case EventKind::RecvBegin:
        return EventKind::RecvEnd;
    case EventKind::SendBegin:
        return EventKind::SendEnd;
    case EventKind::RecvfromBegin:
        return EventKind::RecvfromEnd;
    case EventKind::WaitBegin:
        return EventKind::WaitEnd;
    default:
        return EventKind::Count;
    }
}

EventKind beginKindFor(EventKind end)
{
    switch (end) {
    case EventKind::AcceptEnd:
        return EventKind::AcceptBegin;
    case EventKind::ConnectEnd:
        return EventKind::ConnectBegin;
    case EventKind::RecvEnd:
        return EventKind::RecvBegin;
    case EventKind::SendEnd:
        return EventKind::SendBegin;
    case EventKind::RecvfromEnd:
        return EventKind::RecvfromBegin;
    case EventKind::WaitEnd:
        return EventKind::WaitBegin;
    default:
        return EventKind::Count;
    }
}

bool isBeginKind(EventKind kind)
{
    return endKindFor(kind) != EventKind::Count;
}
bool isEndKind(EventKind kind)
{
    return beginKindFor(kind) != EventKind::Count;
}

const char *waitMechanismName(WaitMechanism m)
{
    const auto i = static_cast<std::size_t>(m);
    return i < kMechanismNames.size() ? kMechanismNames[i] : "none";
}

std::optional<WaitMechanism> waitMechanismFromName(QByteArrayView name)
{
    return kMechanismTable.lookup<WaitMechanism>(name);
}

const char *epollOpName(EpollOp op)
{
    const auto i = static_cast<std::size_t>(op);
    return i < kEpollOpNames.size() ? kEpollOpNames[i] : "none";
}

std::optional<EpollOp> epollOpFromName(QByteArrayView name)
{
    return kEpollOpTable.lookup<EpollOp>(name);
}

const char *reapPolicyName(ReapPolicy p)
{
    const auto i = static_cast<std::size_t>(p);
    return i < kReapPolicyNames.size() ? kReapPolicyNames[i] : "none";
}

std::optional<ReapPolicy> reapPolicyFromName(QByteArrayView name)
{
    return kReapPolicyTable.lookup<ReapPolicy>(name);
}

const char *taskWaitName(TaskWait w)
{
    const auto i = static_cast<std::size_t>(w);
    return i < kTaskWaitNames.size() ? kTaskWaitNames[i] : "none";
}

std::optional<TaskWait> taskWaitFromName(QByteArrayView name)
{
    return kTaskWaitTable.lookup<TaskWait>(name);
}

const char *taskEndName(TaskEnd e)
{
    const auto i = static_cast<std::size_t>(e);
    return i < kTaskEndNames.size() ? kTaskEndNames[i] : "failed";
}

std::optional<TaskEnd> taskEndFromName(QByteArrayView name)
{
    return kTaskEndTable.lookup<TaskEnd>(name);
}

bool isTaskKind(EventKind kind)
{
    return kind == EventKind::TaskCreate || kind == EventKind::TaskSuspend ||
           kind == EventKind::TaskResume || kind == EventKind::TaskDone;
}

QString Endpoint::toString() const
{
    return QStringLiteral("%1.%2.%3.%4:%5")
        .arg((ipv4 >> 24) & 0xff)
        .arg((ipv4 >> 16) & 0xff)
        .arg((ipv4 >> 8) & 0xff)
        .arg(ipv4 & 0xff)
        .arg(port);
}

std::optional<Endpoint> Endpoint::fromString(QStringView text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return std::nullopt;
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    const auto parts = text.left(colon).split(u'.');
    if (parts.size() != 4)
        return std::nullopt;
    std::uint32_t ip = 0;
    for (const auto &part : parts) {
        const uint octet = part.toUInt(&ok);
        if (!ok || octet > 255)
            return std::nullopt;
        ip = (ip << 8) | octet;
    }
    return Endpoint{ip, static_cast<std::uint16_t>(port)};
}

std::optional<Endpoint> Endpoint::fromUtf8(QByteArrayView text)
{
    // Five runs of one to five digits, the first four each ending in '.', the fourth in ':'.
    std::uint32_t parts[5] = {};
    int part = 0;
    int digits = 0;
    for (const char c : text) {
        if (c >= '0' && c <= '9' && digits < 5) {
            parts[part] = parts[part] * 10 + std::uint32_t(c - '0');
            ++digits;
        } else if (digits > 0 && part < 4 && c == (part == 3 ? ':' : '.')) {
            ++part;
            digits = 0;
        } else {
            return fromString(QString::fromUtf8(text));
        }
    }
    if (part != 4 || digits == 0 || parts[4] > 65535 || parts[0] > 255 || parts[1] > 255 ||
        parts[2] > 255 || parts[3] > 255)
        return fromString(QString::fromUtf8(text));
    return Endpoint{parts[0] << 24 | parts[1] << 16 | parts[2] << 8 | parts[3],
                    std::uint16_t(parts[4])};
}

QString escapeBytes(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        switch (u) {
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        default:
            if (u >= 0x20 && u < 0x7f) {
                out += QLatin1Char(c);
            } else {
                out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
            }
        }
    }
    return out;
}

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

QString escapeText(QStringView text)
{
    const auto needsEscape = [](char16_t c) {
        return c < 0x20 || (c >= 0x7f && c < 0xa0) || isBidiControl(c) || c == u'\\';
    };
    if (std::none_of(text.begin(), text.end(), [&](QChar c) { return needsEscape(c.unicode()); }))
        return text.toString();
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\\')
            out += QLatin1String("\\\\");
        else if (needsEscape(c.unicode()))
            out += QStringLiteral("\\u%1").arg(unsigned(c.unicode()), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace sockscope
