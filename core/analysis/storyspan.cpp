#include "storyspan.h"

#include <algorithm>

namespace sockscope {

namespace {
bool isClient(const Trace &trace, std::uint32_t actorId)
{
    const Actor *actor = trace.actor(actorId);
    return actor && actor->kind == ActorKind::Client;
}
} // namespace

std::optional<StorySpan> findStorySpan(const Trace &trace)
{
    // From the front to the first client's connect, and from the back: two short walks where
    // the story fills the trace, not one over every event (a million on opening a long trace).
    qsizetype first = 0;
    while (first < trace.size()) {
        const Event &e = trace.at(first);
        if (isClient(trace, e.actor) &&
            (e.kind == EventKind::ConnectBegin || e.kind == EventKind::ConnectEnd ||
             e.kind == EventKind::Sendto))
            break;
        ++first;
    }
    if (first == trace.size())
        return std::nullopt;
    const std::int64_t begin = trace.at(first).tNs;
    // Back from the end: the last client close after it, or where no client closed (the run
    // was stopped) the clients' last event, the first connect at the latest.
    std::int64_t last = begin;
    bool lastSeen = false;
    for (qsizetype i = trace.size() - 1; i > first; --i) {
        const Event &e = trace.at(i);
        if (!isClient(trace, e.actor))
            continue;
        if (e.kind == EventKind::Close || e.kind == EventKind::Shutdown) {
            last = e.tNs;
            break;
        }
        if (!lastSeen)
            last = e.tNs;
        lastSeen = true;
    }
    return StorySpan{begin, std::max(last, begin)};
}

StorySpan storyView(const Trace &trace)
{
    return storyView(trace, findStorySpan(trace));
}

StorySpan storyView(const Trace &trace, const std::optional<StorySpan> &story)
{
    const std::int64_t traceEnd = std::max<std::int64_t>(trace.endNs(), 1);
    if (!story)
        return {0, traceEnd};
    // The stop, when it comes soon after the story (at once, or a little late on a slow or
    // loaded machine), is part of the picture; a later one (a long run of nothing) is not.
    const std::int64_t length = story->endNs - story->beginNs;
    if (traceEnd - story->endNs <= std::int64_t(double(length) * kNearStopFraction))
        return {story->beginNs, traceEnd};
    return *story;
}

} // namespace sockscope
