#include "linetag.h"

#include "nametable.h"

#include <array>

namespace sockscope {

namespace {
constexpr std::array<const char *, static_cast<std::size_t>(LineTag::Count)> kNames = {
    "",
    "socket",
    "bind",
    "listen",
    "accept",
    "spawn_thread",
    "fork",
    "child_exit",
    "reap",
    "recv",
    "send",
    "close",
    "select",
    "poll",
    "epoll_create",
    "epoll_ctl",
    "epoll_wait",
    "set_nonblocking",
    "would_block",
    "recvfrom",
    "sendto",
    "read_console",
    "thread_exit",
    "connect",
    "sleep",
    "shutdown",
    "work",
    "close_listener",
    "reap_at_stop",
    "create_task",
    "await_read",
    "await_write",
    "await_sleep",
    "task_done"};
constexpr NameTable kTable(kNames);
} // namespace

const char *lineTagName(LineTag tag)
{
    const auto i = static_cast<std::size_t>(tag);
    return i < kNames.size() ? kNames[i] : "";
}

std::optional<LineTag> lineTagFromName(QByteArrayView name)
{
    // The first name is "" (no tag), never matched.
    return kTable.lookup<LineTag>(name);
}

} // namespace sockscope
