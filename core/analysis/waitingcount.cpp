#include "waitingcount.h"

#include <algorithm>

namespace sockscope {

namespace {

// Keeps `times` sorted: appended in the common case, placed otherwise.
void insertSorted(std::vector<std::int64_t> &times, std::int64_t tNs)
{
    if (times.empty() || times.back() <= tNs)
        times.push_back(tNs);
    else
        times.insert(std::upper_bound(times.begin(), times.end(), tNs), tNs);
}

qsizetype countAtOrBefore(const std::vector<std::int64_t> &times, std::int64_t tNs)
{
    return qsizetype(std::upper_bound(times.begin(), times.end(), tNs) - times.begin());
}

qsizetype countBefore(const std::vector<std::int64_t> &times, std::int64_t tNs)
{
    return qsizetype(std::lower_bound(times.begin(), times.end(), tNs) - times.begin());
}

} // namespace

void WaitingCount::clear()
{
    *this = WaitingCount();
}

void WaitingCount::began(std::int64_t tNs, EventKind kind)
{
    change(tNs, +1);
    insertSorted(m_kinds[std::size_t(kind)].begins, tNs);
}

void WaitingCount::ended(std::int64_t tNs, EventKind kind)
{
    change(tNs, -1);
    insertSorted(m_kinds[std::size_t(kind)].ends, tNs);
}

void WaitingCount::change(std::int64_t tNs, int delta)
{
    if (m_t.empty() || m_t.back() <= tNs) {
        m_t.push_back(tNs);
        m_count.push_back((m_count.empty() ? 0 : m_count.back()) + delta);
        const std::size_t i = m_t.size() - 1;
        if (i >= m_leaves) {
            rebuildTree();
            return;
        }
        std::size_t node = m_leaves + i;
        m_tree[node] = m_count[i];
        for (node /= 2; node >= 1; node /= 2) {
            const int most = std::max(m_tree[2 * node], m_tree[2 * node + 1]);
            if (m_tree[node] == most)
                break;
            m_tree[node] = most;
        }
        return;
    }
    // Earlier than the last change: the counts after it shifted. Among the changes of its own
    // time, a return goes first and a call last, so that the two never count as at once.
    const auto at = delta < 0 ? std::lower_bound(m_t.begin(), m_t.end(), tNs)
                              : std::upper_bound(m_t.begin(), m_t.end(), tNs);
    const std::size_t i = std::size_t(at - m_t.begin());
    m_t.insert(at, tNs);
    m_count.insert(m_count.begin() + std::ptrdiff_t(i), (i == 0 ? 0 : m_count[i - 1]) + delta);
    for (std::size_t k = i + 1; k < m_count.size(); ++k)
        m_count[k] += delta;
    rebuildTree();
}

void WaitingCount::rebuildTree()
{
    m_leaves = 1;
    while (m_leaves < std::max<std::size_t>(m_count.size(), 1) * 2)
        m_leaves *= 2;
    m_tree.assign(2 * m_leaves, 0);
    std::copy(m_count.begin(), m_count.end(), m_tree.begin() + std::ptrdiff_t(m_leaves));
    for (std::size_t node = m_leaves - 1; node >= 1; --node)
        m_tree[node] = std::max(m_tree[2 * node], m_tree[2 * node + 1]);
}

int WaitingCount::mostOfChanges(std::size_t from, std::size_t to) const
{
    int most = 0;
    // Bottom up over the half-open range of leaves.
    for (std::size_t l = from + m_leaves, r = to + m_leaves; l < r; l /= 2, r /= 2) {
        if (l & 1)
            most = std::max(most, m_tree[l++]);
        if (r & 1)
            most = std::max(most, m_tree[--r]);
    }
    return most;
}

int WaitingCount::at(std::int64_t tNs) const
{
    const std::size_t after = std::size_t(countAtOrBefore(m_t, tNs));
    return after == 0 ? 0 : m_count[after - 1];
}

int WaitingCount::mostOver(std::int64_t fromNs, std::int64_t toNs) const
{
    if (toNs < fromNs)
        return 0;
    const std::size_t first = std::size_t(countAtOrBefore(m_t, fromNs));
    const std::size_t last = std::size_t(countAtOrBefore(m_t, toNs));
    const int atStart = first == 0 ? 0 : m_count[first - 1];
    return first < last ? std::max(atStart, mostOfChanges(first, last)) : atStart;
}

qsizetype WaitingCount::callsOver(EventKind kind, std::int64_t fromNs, std::int64_t toNs) const
{
    if (toNs < fromNs || kind >= EventKind::Count)
        return 0;
    const KindTimes &k = m_kinds[std::size_t(kind)];
    return countAtOrBefore(k.begins, toNs) - countBefore(k.ends, fromNs);
}

EventKind WaitingCount::commonestOver(std::int64_t fromNs, std::int64_t toNs) const
{
    EventKind commonest = EventKind::Count;
    qsizetype most = 0;
    for (int k = 0; k < kEventKindCount; ++k) {
        const qsizetype calls = callsOver(EventKind(k), fromNs, toNs);
        if (calls > most) {
            most = calls;
            commonest = EventKind(k);
        }
    }
    return commonest;
}

} // namespace sockscope
