#pragma once

#include "event.h"

#include <cstddef>
#include <span>

namespace sockscope {

// The events of a trace, in one block of anonymous memory that grows with mremap(): the kernel
// moves the pages to the larger block, so growing copies nothing and every page is first
// touched once, when an event is written to it. (A std::vector copies all its events at each
// doubling into fresh pages: in the overhead benchmark that copy and the page faults it caused
// were most of what draining a live run cost.) Copies of a store are deep.
class EventStore
{
public:
    using value_type = Event; // for std::back_inserter

    EventStore() = default;
    EventStore(const EventStore &other);
    EventStore(EventStore &&other) noexcept;
    EventStore &operator=(const EventStore &other);
    EventStore &operator=(EventStore &&other) noexcept;
    ~EventStore();

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    std::size_t capacity() const { return m_capacity; }
    const Event *begin() const { return m_data; }
    const Event *end() const { return m_data + m_size; }
    const Event &operator[](std::size_t i) const { return m_data[i]; }
    const Event &back() const { return m_data[m_size - 1]; }
    Event *data() { return m_data; }
    std::span<const Event> view() const { return {m_data, m_size}; }

    void push_back(const Event &event)
    {
        if (m_size == m_capacity)
            grow(m_size + 1);
        m_data[m_size++] = event;
    }
    // Appends [first, last) (not from this store).
    void append(const Event *first, const Event *last);
    void swap(EventStore &other) noexcept;
    // Inserts before `index` (at most size()).
    void insert(std::size_t index, const Event &event);
    void reserve(std::size_t events);
    // Gives back the pages past the last event.
    void shrink_to_fit();
    // Forgets the events; the memory is kept for the next ones.
    void clear() { m_size = 0; }
    // Forgets the first `count` events (at most size()); the rest move to the front.
    void eraseFront(std::size_t count);

private:
    void grow(std::size_t events);
    void resizeBlock(std::size_t bytes);
    void release();

    Event *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0; // events that fit in the block
    std::size_t m_bytes = 0;    // the block's length, a whole number of pages
};

} // namespace sockscope
