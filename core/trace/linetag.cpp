#include "linetag.h"

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
} // namespace

const char *lineTagName(LineTag tag)
{
    const auto i = static_cast<std::size_t>(tag);
    return i < kNames.size() ? kNames[i] : "";
}

std::optional<LineTag> lineTagFromName(QByteArrayView name)
{
    for (std::size_t i = 1; i < kNames.size(); ++i) {
        if (!name.isEmpty() && kNames[i][0] == name[0] && name == QByteArrayView(kNames[i]))
            return static_cast<LineTag>(i);
    }
    return std::nullopt;
}

} // namespace sockscope
