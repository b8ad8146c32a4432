#pragma once

#include "timescale.h"

#include <algorithm>
#include <cstddef>

namespace sockscope {

// One thing to draw: either one item (count 1) or a run of items too narrow to tell apart,
// folded into one block that shows how many it holds (Tracy's "merged zones").
struct FoldedItem
{
    std::size_t first = 0;
    std::size_t count = 0;
    double x0 = 0;
    double x1 = 0;
    bool isFold() const { return count > 1; }
    friend bool operator==(const FoldedItem &, const FoldedItem &) = default;
};

namespace folding_detail {
template <typename Key>
std::size_t firstAtLeast(std::size_t from, std::size_t n, std::int64_t t, Key key)
{
    // Binary search over indices: key(i) is non-decreasing.
    std::size_t lo = from, hi = n;
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (key(mid) < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
} // namespace folding_detail

// Walks the items of one lane that are visible between pixels `left` and `right` and emits
// what to draw. Items are sorted by begin and do not overlap (one actor is in one call at a
// time), so their ends are sorted too; instants have begin == end. Items narrower than minPx
// are folded with their neighbours that start within minPx of the fold's end.
//
// Cost: the search jumps over a fold by binary search instead of visiting its items, so one
// lane costs O(visible pixels / minPx * log n), whatever the number of events.
template <typename BeginAt, typename EndAt, typename Emit>
void foldVisible(std::size_t n, BeginAt beginAt, EndAt endAt, const TimeScale &scale, double left,
                 double right, double minPx, Emit emit)
{
    using folding_detail::firstAtLeast;
    std::size_t i = firstAtLeast(0, n, scale.timeAt(left), endAt);
    while (i < n) {
        const double x0 = scale.xOf(beginAt(i));
        if (x0 > right)
            break;
        const double x1 = scale.xOf(endAt(i));
        if (x1 - x0 >= minPx) {
            emit(FoldedItem{i, 1, x0, x1});
            ++i;
            continue;
        }
        const std::size_t first = i;
        double foldEnd = x1;
        std::size_t j = i + 1;
        while (j < n && foldEnd <= right) {
            const std::size_t k = firstAtLeast(j, n, scale.timeAt(foldEnd + minPx), beginAt);
            if (k == j)
                break;
            // Items j..k-2 lie within minPx after the fold's end, so they are narrow; only the
            // last one may be a wide item that must keep its own bar.
            const std::size_t last = k - 1;
            if (scale.xOf(endAt(last)) - scale.xOf(beginAt(last)) >= minPx) {
                if (last > j)
                    foldEnd = std::max(foldEnd, scale.xOf(endAt(last - 1)));
                j = last;
                break;
            }
            foldEnd = std::max(foldEnd, scale.xOf(endAt(last)));
            j = k;
        }
        emit(FoldedItem{first, j - first, x0, foldEnd});
        i = j;
    }
}

} // namespace sockscope
