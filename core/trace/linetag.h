#pragma once

#include <QByteArrayView>

#include <cstdint>
#include <optional>

namespace sockscope {

// The listing line an actor is at. Each model's listings (Python- and C-flavoured) mark
// their lines with these tags, so one tag finds the line in either flavour.
enum class LineTag : std::uint16_t
{
    None = 0,
    Socket,
    Bind,
    Listen,
    Accept,
    SpawnThread,
    Fork,
    ChildExit,
    Reap,
    Recv,
    Send,
    Close,
    Select,
    Poll,
    EpollCreate,
    EpollCtl,
    EpollWait,
    SetNonBlocking,
    WouldBlock,
    RecvFrom,
    SendTo,
    ReadConsole,
    ThreadExit,
    Connect,
    Sleep,
    Shutdown,
    Work,
    CloseListener, // close() of the listening socket (the server's end, or a forked child's copy)
    ReapAtStop,    // the stop collecting the children that are left, whatever the policy
    CreateTask,    // an event loop makes a task (a coroutine) for a new connection
    AwaitRead,     // a task suspends until its socket has data (await reader.read())
    AwaitWrite,    // a task suspends until its socket has room (await writer.drain())
    AwaitSleep,    // a task suspends on a timer (await asyncio.sleep())
    TaskDone,      // a task's coroutine has returned
    Count
};

const char *lineTagName(LineTag tag);
std::optional<LineTag> lineTagFromName(QByteArrayView name);
inline std::uint16_t toLine(LineTag tag)
{
    return static_cast<std::uint16_t>(tag);
}

} // namespace sockscope
