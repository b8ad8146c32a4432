#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <vector>

namespace sockscope {

// Memory that a fork() does not copy into the child (madvise MADV_DONTFORK): the recorder's
// buffers and a trace's events. A forked server's children never touch them (they report
// through their rings, childrings.h), and without the advice every fork write-protects them in
// the recording process: its next write to each of their pages is a copy-on-write fault and a
// flush of the other processors' TLBs. perf over the overhead benchmark's recorded forking
// server (nine 1 s trials): do_wp_page under Recorder::push, Recorder::take and the trace's
// append, some 0.4 us of every echo request; 1,123 samples of 75k before, 252 after, none of
// them in the recorder.
//
// Whole pages from mmap(), given back with munmap() or kept for reuse (below). A child that
// touched this memory would fault (SIGSEGV), loudly, rather than read a stale copy.

// `bytes` rounded up to a whole number of pages.
std::size_t roundUpToPages(std::size_t bytes);

namespace unforked {
// At least `bytes` of memory, a whole number of pages, not inherited by a fork's child; not
// zeroed (it may be a block released before). Throws std::bad_alloc when the kernel has none.
//
// Blocks come in powers of two, and a released one is kept mapped, up to kMaxCachedBlockBytes
// each and kMaxCachedBytes in all, for the next allocation of its size: a new recorder (each run
// of a session, each trial of a benchmark) then writes into pages it already has instead of
// faulting in fresh ones (some 11 us a page on a shadow-paging VM; a recorded second of the
// threaded echo server faulted 1,200 pages in its buffers), and no munmap() flushes the other
// processors' TLBs. A forked child must not allocate here (it never records).
void *allocate(std::size_t bytes);
void release(void *block, std::size_t bytes);
// Marks [block, block + bytes) (whole pages, from mmap or mremap) not to be inherited.
void keepFromChildren(void *block, std::size_t bytes);

constexpr std::size_t kMaxCachedBlockBytes = 4 * 1024 * 1024;
constexpr std::size_t kMaxCachedBytes = 16 * 1024 * 1024;
// What the cache holds now.
std::size_t cachedBytes();
// Unmaps every cached block (a test that needs the cache empty to count what it keeps).
void dropCached();
} // namespace unforked

// For std::vector: a block of kMinBytes or more is whole pages of its own (above), a smaller one
// comes from the heap like any other. A small buffer costs a fork only a few page faults, and a
// mapping of its own each would cost more: one munmap() each time a growing vector lets its
// small block go, which in a threaded process flushes every processor's TLB (the recorded
// threaded echo server, nine 1 s trials: 1,944 munmap() calls with every block mapped, 460 with
// the small ones from the heap).
template <typename T> struct UnforkedAllocator
{
    using value_type = T;
    static constexpr std::size_t kMinBytes = 64 * 1024;

    UnforkedAllocator() = default;
    template <typename U> explicit UnforkedAllocator(const UnforkedAllocator<U> &) {}

    T *allocate(std::size_t n)
    {
        if (n * sizeof(T) < kMinBytes)
            return std::allocator<T>().allocate(n);
        return static_cast<T *>(unforked::allocate(n * sizeof(T)));
    }
    void deallocate(T *p, std::size_t n)
    {
        if (n * sizeof(T) < kMinBytes)
            std::allocator<T>().deallocate(p, n);
        else
            unforked::release(p, n * sizeof(T));
    }

    friend bool operator==(const UnforkedAllocator &, const UnforkedAllocator &) { return true; }
};

template <typename T> using UnforkedVector = std::vector<T, UnforkedAllocator<T>>;

} // namespace sockscope
