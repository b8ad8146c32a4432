#pragma once

#include "../trace/event.h"

#include <QtGlobal>

#include <array>
#include <cstdint>
#include <vector>

namespace sockscope {

// How many lanes of a group are inside a blocked call at once, over time: a step function kept
// as its changes (+1 where a call begins, -1 where it returns) in time order, with a tree of
// maxima over them. The timeline's folded row ("at most 5 of 200 waiting at once") asks it the
// most at once within each pixel column, at O(log n) a column whatever the number of calls,
// instead of folding every lane of the group at every paint.
//
// Changes come in the trace's order (time order); one earlier than the last is placed at its
// time (a return before, a call after the changes of that very time), at the cost of the
// changes after it (rare: a call stamped before a drain and recorded after it). A lane's own
// calls never overlap, and its return is read before its next call, so a lane counts once at
// any moment.
class WaitingCount
{
public:
    void clear();
    // A call of `kind` (its *_begin kind) began at tNs: one more waiting from then on.
    void began(std::int64_t tNs, EventKind kind);
    // A call of `kind` that began earlier returned at tNs: one fewer from then on.
    void ended(std::int64_t tNs, EventKind kind);

    // Waiting at tNs: after every change stamped at or before it.
    int at(std::int64_t tNs) const;
    // The most waiting at once at any moment of [fromNs, toNs] (at fromNs, or after a change
    // within it).
    int mostOver(std::int64_t fromNs, std::int64_t toNs) const;
    // Calls of `kind` that overlap [fromNs, toNs]: begun at or before toNs, not returned
    // before fromNs.
    qsizetype callsOver(EventKind kind, std::int64_t fromNs, std::int64_t toNs) const;
    // The kind with the most calls over [fromNs, toNs] (the lowest of a tie), or
    // EventKind::Count when none overlaps it.
    EventKind commonestOver(std::int64_t fromNs, std::int64_t toNs) const;

    qsizetype changes() const { return qsizetype(m_t.size()); }
    friend bool operator==(const WaitingCount &, const WaitingCount &) = default;

private:
    void change(std::int64_t tNs, int delta);
    void rebuildTree();
    int mostOfChanges(std::size_t from, std::size_t to) const; // over m_count[from, to)

    std::vector<std::int64_t> m_t; // each change's time, sorted
    std::vector<int> m_count;      // waiting after each change
    // A tree of maxima over m_count: leaves at m_leaves + i, node k the most of its two
    // children (2k, 2k + 1); m_leaves a power of two, doubled (and the tree rebuilt) when full.
    std::vector<int> m_tree;
    std::size_t m_leaves = 0;
    // Each kind's begins and returns, sorted: callsOver() by two binary searches.
    struct KindTimes
    {
        std::vector<std::int64_t> begins;
        std::vector<std::int64_t> ends;
        friend bool operator==(const KindTimes &, const KindTimes &) = default;
    };
    std::array<KindTimes, kEventKindCount> m_kinds;
};

} // namespace sockscope
