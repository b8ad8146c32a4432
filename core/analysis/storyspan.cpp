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
    // From the front to the first client's connect, from the back to the last client's close
    // after it: two short walks where the story fills the trace, not one over every event (a
    // million of them on opening a long trace).
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
    std::optional<std::int64_t> end;
    for (qsizetype i = trace.size() - 1; i > first && !end; --i) {
        const Event &e = trace.at(i);
        if (isClient(trace, e.actor) &&
            (e.kind == EventKind::Close || e.kind == EventKind::Shutdown))
            end = e.tNs;
    }
    // A client that never closed (the run was stopped): the story lasts to its last event.
    std::int64_t last = end.value_or(trace.endNs());
    for (qsizetype i = trace.size() - 1; i >= 0 && !end; --i) {
        if (isClient(trace, trace.at(i).actor)) {
            last = trace.at(i).tNs;
            break;
        }
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
