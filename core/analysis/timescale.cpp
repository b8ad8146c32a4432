#include "timescale.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace sockscope {

TimeWarp::TimeWarp(std::vector<Gap> gaps, std::int64_t shownNs)
    : m_gaps(std::move(gaps)), m_shownNs(shownNs)
{
    m_displayBegin.reserve(m_gaps.size());
    double removed = 0;
    for (const Gap &g : m_gaps) {
        m_displayBegin.push_back(double(g.beginNs) - removed);
        removed += double(g.endNs - g.beginNs - m_shownNs);
    }
}

std::vector<TimeWarp::Gap> TimeWarp::idleGaps(const std::vector<std::int64_t> &sortedTimes,
                                              std::int64_t minGapNs)
{
    std::vector<Gap> gaps;
    for (std::size_t i = 1; i < sortedTimes.size(); ++i) {
        if (sortedTimes[i] - sortedTimes[i - 1] > minGapNs)
            gaps.push_back({sortedTimes[i - 1], sortedTimes[i]});
    }
    return gaps;
}

double TimeWarp::toDisplay(double realNs) const
{
    if (m_gaps.empty())
        return realNs;
    // The last gap that begins at or before realNs.
    auto it = std::upper_bound(m_gaps.begin(), m_gaps.end(), realNs,
                               [](double t, const Gap &g) { return t < double(g.beginNs); });
    if (it == m_gaps.begin())
        return realNs;
    const auto i = std::size_t(it - m_gaps.begin() - 1);
    const Gap &g = m_gaps[i];
    const double length = double(g.endNs - g.beginNs);
    if (realNs < double(g.endNs))
        return m_displayBegin[i] + (realNs - double(g.beginNs)) * double(m_shownNs) / length;
    return m_displayBegin[i] + double(m_shownNs) + (realNs - double(g.endNs));
}

double TimeWarp::toReal(double displayNs) const
{
    if (m_gaps.empty())
        return displayNs;
    auto it = std::upper_bound(m_displayBegin.begin(), m_displayBegin.end(), displayNs);
    if (it == m_displayBegin.begin())
        return displayNs;
    const auto i = std::size_t(it - m_displayBegin.begin() - 1);
    const Gap &g = m_gaps[i];
    const double into = displayNs - m_displayBegin[i];
    if (into < double(m_shownNs))
        return double(g.beginNs) + into * double(g.endNs - g.beginNs) / double(m_shownNs);
    return double(g.endNs) + (into - double(m_shownNs));
}

std::int64_t TimeScale::timeAt(double x) const
{
    const double real = realOf(displayStartNs + (x - plotLeft) * nsPerPx);
    constexpr double kLimit = double(std::numeric_limits<std::int64_t>::max() / 2);
    return std::int64_t(std::llround(std::clamp(real, -kLimit, kLimit)));
}

void TimeScale::zoomAround(double x, double factor)
{
    const double anchor = displayStartNs + (x - plotLeft) * nsPerPx;
    nsPerPx = std::clamp(nsPerPx / factor, kMinNsPerPx, kMaxNsPerPx);
    displayStartNs = anchor - (x - plotLeft) * nsPerPx;
}

void TimeScale::fit(std::int64_t beginNs, std::int64_t endNs, double widthPx)
{
    const double d0 = displayOf(double(beginNs));
    const double d1 = displayOf(double(std::max(endNs, beginNs + 1)));
    nsPerPx = std::clamp((d1 - d0) / std::max(widthPx, 1.0), kMinNsPerPx, kMaxNsPerPx);
    displayStartNs = d0;
}

void TimeScale::ensureVisible(std::int64_t tNs, double right, double margin)
{
    const double x = xOf(tNs);
    margin = std::min(margin, (right - plotLeft) / 3);
    if (x < plotLeft + margin)
        panByPixels(plotLeft + margin - x);
    else if (x > right - margin)
        panByPixels(right - margin - x);
}

void TimeScale::setWarp(std::shared_ptr<const TimeWarp> newWarp, double anchorX)
{
    const double anchorReal = realOf(displayStartNs + (anchorX - plotLeft) * nsPerPx);
    warp = std::move(newWarp);
    displayStartNs = displayOf(anchorReal) - (anchorX - plotLeft) * nsPerPx;
}

double TimeScale::niceStep(double rawNs)
{
    const double p = std::pow(10.0, std::floor(std::log10(std::max(rawNs, 1.0))));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * p >= rawNs)
            return m * p;
    }
    return 10 * p;
}

std::vector<std::int64_t> TimeScale::ticks(double left, double right, double stepNs,
                                           int maxTicks) const
{
    std::vector<std::int64_t> result;
    if (!(stepNs > 0) || right < left)
        return result;
    const std::vector<TimeWarp::Gap> none;
    const auto &gaps = warp ? warp->gaps() : none;
    auto t = std::int64_t(std::ceil(double(timeAt(left)) / stepNs) * stepNs);
    const std::int64_t end = timeAt(right);
    auto gap = gaps.begin();
    while (t <= end && int(result.size()) < maxTicks) {
        while (gap != gaps.end() && gap->endNs <= t)
            ++gap;
        if (gap != gaps.end() && gap->beginNs < t) {
            // Inside a squeezed gap: jump over it.
            t = std::int64_t(std::ceil(double(gap->endNs) / stepNs) * stepNs);
            continue;
        }
        result.push_back(t);
        t += std::int64_t(stepNs);
    }
    return result;
}

} // namespace sockscope
