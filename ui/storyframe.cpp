#include "storyframe.h"

#include "analysis/blockedspans.h"
#include "analysis/storyspan.h"

#include <algorithm>

namespace sockscope {

namespace {
// The bar of `row` that is blocked across tNs (begun before it, ended after it), if any.
const BlockedSpan *spanAcross(const LaneRow &row, std::int64_t tNs, std::int64_t traceEnd)
{
    const BlockedSpan *span = spanAt(row, tNs, traceEnd);
    return span && span->beginNs < tNs && span->endAt(traceEnd) > tNs ? span : nullptr;
}
} // namespace

StoryFrame storyFrame(const Trace &trace, const std::optional<StorySpan> &story,
                      const TimelineData &data, const TimelineMetrics &m,
                      const QFontMetricsF &callFont, double plotWidth)
{
    const StorySpan view = storyView(trace, story);
    const std::int64_t traceEnd = trace.endNs();
    const bool stopInView = view.endNs >= traceEnd;
    // A label inside a bar: as spanpainter draws it, 6 px after the edge and 4 px of air (and
    // 2 to spare).
    const double inside = m.px(12);
    // Beside a bar: past its end mark and a mark that follows at once (a close), 5 px apart.
    const double beside = m.markerWidth * 2.2 + m.px(14);
    // At least: air before the first client, and the cursor's time at the last event.
    StoryFrame frame{view.beginNs, view.endNs, m.px(20), stopInView ? m.px(60) : inside};
    if (!story)
        return frame;
    auto labelWidth = [&](const BlockedSpan &span) {
        return callFont.horizontalAdvance(blockedCallLabel(trace, span));
    };
    const std::int64_t length = story->endNs - story->beginNs;
    const std::int64_t slackNs = std::int64_t(double(length) * kNearStopFraction);
    // A call that ends in the story's last twentieth (a client's last recv()) or after it (a
    // call the stop ended) has its label beside it, in the room after the story.
    const std::int64_t lateNs = story->endNs - length / 20;
    for (const LaneRow &row : data.rows()) {
        if (const BlockedSpan *s = spanAcross(row, story->beginNs, traceEnd))
            frame.leftRoomPx = std::max(frame.leftRoomPx, labelWidth(*s) + inside);
        if (!row.spans.empty()) {
            const BlockedSpan &last = row.spans.back();
            const std::int64_t end = last.endAt(traceEnd);
            if (end >= lateNs && (stopInView || end <= view.endNs))
                frame.rightRoomPx = std::max(frame.rightRoomPx, labelWidth(last) + beside);
        }
        if (stopInView)
            continue;
        // The picture ends before the stop: a call still waiting then (begun before the
        // story's end or soon after it: the server back in accept()) is in view from its
        // beginning, with room for its label inside.
        const BlockedSpan *s = spanAcross(row, story->endNs + slackNs, traceEnd);
        if (s && s->beginNs <= story->endNs + slackNs) {
            frame.endNs = std::max(frame.endNs, s->beginNs);
            frame.rightRoomPx = std::max(frame.rightRoomPx, labelWidth(*s) + inside);
        }
    }
    frame.leftRoomPx = std::min(frame.leftRoomPx, plotWidth / 4);
    frame.rightRoomPx = std::min(frame.rightRoomPx, plotWidth / 4);
    return frame;
}

} // namespace sockscope
