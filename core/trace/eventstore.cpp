#include "eventstore.h"

#include "unforkedmemory.h"

#include <algorithm>
#include <cstring>
#include <new>
#include <type_traits>

#include <sys/mman.h>

namespace sockscope {

static_assert(std::is_trivially_copyable_v<Event>, "events are moved as bytes");

namespace {

// The first block: small traces (tests, a loaded file of a few events) stay small.
constexpr std::size_t kFirstBlockBytes = 16 * 1024;
constexpr std::size_t kHugeBlockBytes = 2 * 1024 * 1024;

} // namespace

EventStore::EventStore(const EventStore &other)
{
    *this = other;
}

EventStore::EventStore(EventStore &&other) noexcept
    : m_data(other.m_data), m_size(other.m_size), m_capacity(other.m_capacity),
      m_bytes(other.m_bytes)
{
    other.m_data = nullptr;
    other.m_size = other.m_capacity = other.m_bytes = 0;
}

EventStore &EventStore::operator=(const EventStore &other)
{
    if (this == &other)
        return *this;
    m_size = 0;
    reserve(other.m_size);
    if (other.m_size > 0)
        std::memcpy(static_cast<void *>(m_data), other.m_data, other.m_size * sizeof(Event));
    m_size = other.m_size;
    return *this;
}

EventStore &EventStore::operator=(EventStore &&other) noexcept
{
    if (this == &other)
        return *this;
    release();
    std::swap(m_data, other.m_data);
    std::swap(m_size, other.m_size);
    std::swap(m_capacity, other.m_capacity);
    std::swap(m_bytes, other.m_bytes);
    return *this;
}

EventStore::~EventStore()
{
    release();
}

void EventStore::release()
{
    if (m_data)
        ::munmap(m_data, m_bytes);
    m_data = nullptr;
    m_size = m_capacity = m_bytes = 0;
}

void EventStore::append(const Event *first, const Event *last)
{
    const auto count = std::size_t(last - first);
    if (count == 0)
        return;
    if (m_size + count > m_capacity)
        grow(m_size + count);
    std::memcpy(static_cast<void *>(m_data + m_size), first, count * sizeof(Event));
    m_size += count;
}

void EventStore::swap(EventStore &other) noexcept
{
    std::swap(m_data, other.m_data);
    std::swap(m_size, other.m_size);
    std::swap(m_capacity, other.m_capacity);
    std::swap(m_bytes, other.m_bytes);
}

void EventStore::insert(std::size_t index, const Event &event)
{
    index = std::min(index, m_size);
    if (m_size == m_capacity)
        grow(m_size + 1);
    std::memmove(static_cast<void *>(m_data + index + 1), m_data + index,
                 (m_size - index) * sizeof(Event));
    m_data[index] = event;
    ++m_size;
}

void EventStore::eraseFront(std::size_t count)
{
    count = std::min(count, m_size);
    std::memmove(static_cast<void *>(m_data), m_data + count, (m_size - count) * sizeof(Event));
    m_size -= count;
    // A streamed trace forgets its front again and again: the pages past twice what is left
    // go back to the kernel, so that a moment when the writer fell behind (a burst, a busy
    // machine) does not stay in the resident memory for the rest of the run. The block keeps
    // its length; the pages come back, zeroed, when events are written to them again.
    const std::size_t keep = roundUpToPages(std::max(kFirstBlockBytes, 2 * m_size * sizeof(Event)));
    if (count > 0 && keep < m_bytes)
        ::madvise(reinterpret_cast<char *>(m_data) + keep, m_bytes - keep, MADV_DONTNEED);
}

void EventStore::reserve(std::size_t events)
{
    if (events > m_capacity)
        resizeBlock(roundUpToPages(events * sizeof(Event)));
}

void EventStore::grow(std::size_t events)
{
    const std::size_t doubled = std::max(kFirstBlockBytes, m_bytes * 2);
    resizeBlock(std::max(doubled, roundUpToPages(events * sizeof(Event))));
}

void EventStore::shrink_to_fit()
{
    if (m_size == 0) {
        release();
        return;
    }
    const std::size_t bytes = roundUpToPages(m_size * sizeof(Event));
    if (bytes < m_bytes)
        resizeBlock(bytes);
}

void EventStore::resizeBlock(std::size_t bytes)
{
    // A large block asks for huge pages: a live run then takes one page fault per 2 MiB of
    // events instead of one per 4 KiB (faults were half of what appending cost in a VM).
    // Pages already written keep their size when mremap() moves them, so the block that first
    // reaches that size is a new one, its events copied (at most 1 MiB, once): otherwise its
    // first 2 MiB would stay in 512 small pages (512 faults of a live run, measured).
    const bool huge = bytes >= kHugeBlockBytes;
    const bool copy = m_data && huge && m_bytes < kHugeBlockBytes;
    void *block = m_data && !copy ? ::mremap(m_data, m_bytes, bytes, MREMAP_MAYMOVE)
                                  : ::mmap(nullptr, bytes, PROT_READ | PROT_WRITE,
                                           MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (block == MAP_FAILED)
        throw std::bad_alloc();
    if (huge)
        ::madvise(block, bytes, MADV_HUGEPAGE);
    // A forked server's children never read the events; not copied into them, the block is not
    // write-protected by each fork either (unforkedmemory.h).
    unforked::keepFromChildren(block, bytes);
    if (copy) {
        std::memcpy(block, static_cast<const void *>(m_data), m_size * sizeof(Event));
        ::munmap(m_data, m_bytes);
    }
    m_data = static_cast<Event *>(block);
    m_bytes = bytes;
    m_capacity = bytes / sizeof(Event);
}

} // namespace sockscope
