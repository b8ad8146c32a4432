#pragma once

#include <cstddef>

namespace sockscope {

// Asks for the cache line holding `p` for writing, ahead of the write: where a buffer's lines were
// last read by another processor (the recorder's drain, a forked child's parent), the first write
// to each otherwise waits for that processor to give it up. One instruction.
inline void prefetchForWriting(const void *p)
{
#if defined(__x86_64__)
    // PREFETCHW (a no-op on processors without it); GCC emits it for __builtin_prefetch only
    // where the target names the feature.
    asm volatile("prefetchw %0" : : "m"(*static_cast<const char *>(p)));
#else
    __builtin_prefetch(p, 1);
#endif
}

// The same for the room of the next of a run of records written one after the other: the lines
// of `room` that the record before it did not already write (its first byte is on that record's
// last line, or on a line it shares with its own last byte or the byte a line before).
template <typename Record> void prefetchRoomForWriting(const Record *room)
{
    constexpr std::size_t kLine = 64;
    static_assert(sizeof(Record) <= 2 * kLine,
                  "two prefetches cover a record of two lines at most");
    const char *last = reinterpret_cast<const char *>(room + 1) - 1;
    prefetchForWriting(last);
    if constexpr (sizeof(Record) > kLine)
        prefetchForWriting(last - kLine);
}

} // namespace sockscope
