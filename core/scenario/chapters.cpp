#include "chapters.h"

#include "expectcheck.h"

#include <algorithm>

namespace sockscope {

std::vector<qsizetype> chapterTriggers(const std::vector<Chapter> &chapters, const QString &model,
                                       const Trace &trace)
{
    std::vector<qsizetype> triggers(chapters.size(), -1);
    const auto &events = trace.events();
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        const Chapter &c = chapters[i];
        if (!c.models.isEmpty() && !c.models.contains(model))
            continue;
        if (!blockingWorkFits(c.blockingWork, trace.settings))
            continue;
        if (c.when) {
            triggers[i] = firstMatch(trace, *c.when);
        } else if (c.atMs >= 0) {
            const std::int64_t at = std::int64_t(c.atMs) * 1000000;
            const auto it =
                std::lower_bound(events.begin(), events.end(), at,
                                 [](const Event &e, std::int64_t t) { return e.tNs < t; });
            triggers[i] = it == events.end() ? -1 : qsizetype(it - events.begin());
        }
    }
    return triggers;
}

QString chapterCaption(const Chapter &chapter)
{
    return chapter.title.isEmpty() ? chapter.text
                                   : QStringLiteral("%1: %2").arg(chapter.title, chapter.text);
}

QString captionAt(const std::vector<Chapter> &chapters, const std::vector<qsizetype> &triggers,
                  qsizetype cursor)
{
    const int active = activeChapter(triggers, cursor);
    return active < 0 ? QString() : chapterCaption(chapters[std::size_t(active)]);
}

int activeChapter(const std::vector<qsizetype> &triggers, qsizetype cursor)
{
    int active = -1;
    for (std::size_t i = 0; i < triggers.size(); ++i) {
        const qsizetype t = triggers[i];
        if (t < 0 || t > cursor)
            continue;
        if (active < 0 || t >= triggers[std::size_t(active)])
            active = int(i);
    }
    return active;
}

} // namespace sockscope
