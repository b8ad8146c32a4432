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

} // namespace sockscope
