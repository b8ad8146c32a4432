#pragma once

#include "trace/event.h"

namespace sockscope {

// An event of `kind` on descriptor `fd`, the rest left to its defaults: how every recorded
// call of Syscalls (syscalls.cpp, waitcalls.cpp, processcalls.cpp) begins its record.
inline Event makeEvent(EventKind kind, int fd)
{
    Event e;
    e.kind = kind;
    e.fd = fd;
    return e;
}

} // namespace sockscope
