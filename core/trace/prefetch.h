#pragma once

namespace sockscope {

// Asks for the cache line holding `p` for writing, ahead of the write: where a buffer's lines were
// last read by another processor (the recorder's drain), the first write to each otherwise waits
// for that processor to give it up. One instruction.
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

} // namespace sockscope
