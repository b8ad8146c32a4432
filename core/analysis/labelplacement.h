#pragma once

#include <algorithm>
#include <vector>

namespace sockscope {

// A label's horizontal extent in pixels.
struct LabelSlot
{
    double left = 0;
    double right = 0;
};

// Chooses which labels to draw so that none overlaps another: the candidates come in order of
// priority (the cursor's time first, then squeezed gaps, then ticks) and each is kept when it
// stays at least `minGap` pixels away from every label kept before it. Pure; O(n^2) on the
// few dozen labels an axis has.
inline std::vector<bool> placeWithoutOverlap(const std::vector<LabelSlot> &candidates,
                                             double minGap)
{
    std::vector<bool> kept(candidates.size(), false);
    std::vector<LabelSlot> placed;
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const LabelSlot &c = candidates[i];
        const bool clear = std::none_of(placed.begin(), placed.end(), [&](const LabelSlot &o) {
            return c.left < o.right + minGap && o.left < c.right + minGap;
        });
        if (clear) {
            kept[i] = true;
            placed.push_back(c);
        }
    }
    return kept;
}

// The texts already drawn on one line of a lane (the strip under its bars: a wait's cells, the
// labels of calls that did not block, fold counts), kept sorted and apart: a text is drawn
// only where it runs into none of them. What takes its place first wins; O(log n) a query.
class StripOccupancy
{
public:
    // True when [left, right] stays `gap` pixels clear of every slot taken.
    bool fits(double left, double right, double gap) const
    {
        // Slots never overlap, so sorted by left they are sorted by right too: the first one
        // that ends after `left - gap` is the only one that can reach into the candidate.
        const auto it =
            std::lower_bound(m_slots.begin(), m_slots.end(), left - gap,
                             [](const LabelSlot &slot, double x) { return slot.right <= x; });
        return it == m_slots.end() || it->left >= right + gap;
    }
    void take(double left, double right)
    {
        const auto it =
            std::lower_bound(m_slots.begin(), m_slots.end(), left,
                             [](const LabelSlot &slot, double x) { return slot.left < x; });
        m_slots.insert(it, LabelSlot{left, right});
    }
    // Takes the room when it fits; says whether it did.
    bool claim(double left, double right, double gap)
    {
        if (!fits(left, right, gap))
            return false;
        take(left, right);
        return true;
    }
    std::size_t size() const { return m_slots.size(); }

private:
    std::vector<LabelSlot> m_slots;
};

} // namespace sockscope
