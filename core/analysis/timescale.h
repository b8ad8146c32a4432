#pragma once

#include <cstdint>
#include <memory>
#include <vector>

namespace sockscope {

// Squeezes long idle stretches of a trace: every gap [beginNs, endNs) is shown as if it lasted
// only `shownNs`, so that a 2 s sleep does not push the interesting milliseconds off screen.
// Real time maps to "display time", which is continuous and strictly increasing, so every
// pixel still maps back to exactly one real time. Pure value type; no widgets.
class TimeWarp
{
public:
    struct Gap
    {
        std::int64_t beginNs = 0;
        std::int64_t endNs = 0;
    };

    TimeWarp() = default;
    // `gaps` sorted, not overlapping, each longer than `shownNs`.
    TimeWarp(std::vector<Gap> gaps, std::int64_t shownNs);

    // The stretches between consecutive times (sorted) longer than `minGapNs`.
    static std::vector<Gap> idleGaps(const std::vector<std::int64_t> &sortedTimes,
                                     std::int64_t minGapNs);

    bool isIdentity() const { return m_gaps.empty(); }
    const std::vector<Gap> &gaps() const { return m_gaps; }
    std::int64_t shownNs() const { return m_shownNs; }

    double toDisplay(double realNs) const;
    double toReal(double displayNs) const;

private:
    std::vector<Gap> m_gaps;
    std::vector<double> m_displayBegin; // display time of each gap's begin
    std::int64_t m_shownNs = 0;
};

// Maps trace time to pixels and back, like Hotspot's TimeLineDelegate data: the display time at
// the plot's left edge, nanoseconds per pixel, and an optional TimeWarp. Pure value type.
struct TimeScale
{
    double displayStartNs = 0; // display time at x == plotLeft
    double nsPerPx = 1e5;      // 0.1 ms per pixel
    double plotLeft = 0;       // pixel where the plot starts (after the lane labels)
    std::shared_ptr<const TimeWarp> warp;

    static constexpr double kMinNsPerPx = 10.0; // 100 px per microsecond
    static constexpr double kMaxNsPerPx = 1e10; // 10 s per pixel

    double displayOf(double realNs) const { return warp ? warp->toDisplay(realNs) : realNs; }
    double realOf(double displayNs) const { return warp ? warp->toReal(displayNs) : displayNs; }

    double xOf(std::int64_t tNs) const
    {
        return plotLeft + (displayOf(double(tNs)) - displayStartNs) / nsPerPx;
    }
    std::int64_t timeAt(double x) const;
    double widthOf(std::int64_t beginNs, std::int64_t endNs) const
    {
        return xOf(endNs) - xOf(beginNs);
    }

    // Keeps the time under `x` where it is.
    void zoomAround(double x, double factor);
    // Positive dx moves the content right (shows earlier times).
    void panByPixels(double dx) { displayStartNs -= dx * nsPerPx; }
    // [beginNs, endNs] fills `widthPx` pixels after plotLeft.
    void fit(std::int64_t beginNs, std::int64_t endNs, double widthPx);
    // Scrolls the least amount so that tNs lies within [plotLeft + margin, right - margin].
    void ensureVisible(std::int64_t tNs, double right, double margin);
    // Replaces the warp keeping the real time at `anchorX` under it.
    void setWarp(std::shared_ptr<const TimeWarp> newWarp, double anchorX);

    // A tick spacing of 1, 2 or 5 times a power of ten, at least `rawNs`.
    static double niceStep(double rawNs);
    // Real times of the ticks, multiples of `stepNs`, between pixels `left` and `right`; a tick
    // inside a squeezed gap is left out (the gap is labelled on its own). At most `maxTicks`.
    std::vector<std::int64_t> ticks(double left, double right, double stepNs,
                                    int maxTicks = 2000) const;

    // Visible real-time range for a plot ending at `right`.
    std::int64_t visibleBeginNs() const { return timeAt(plotLeft); }
    std::int64_t visibleEndNs(double right) const { return timeAt(right); }
};

} // namespace sockscope
