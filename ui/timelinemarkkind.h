#pragma once

namespace sockscope {

// The kinds of marks on the timeline (see timelinemarks.h for their shapes).
enum class MarkKind
{
    Instant,
    Send,
    End,
    WouldBlock,
    Error,
    Stopped
};

} // namespace sockscope
