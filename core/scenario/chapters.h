#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

#include <vector>

namespace sockscope {

// Where each chapter of a scenario begins in one run's trace: the index of the event that
// triggers it, or -1 when the chapter is not about this model or its moment never came (the
// run ended first). Chapters follow what happened, not the clock: `when` is matched against
// the events; at_ms only where a chapter has no `when`.
std::vector<qsizetype> chapterTriggers(const std::vector<Chapter> &chapters, const QString &model,
                                       const Trace &trace);

// The chapter shown after event `cursor`: the one whose trigger is latest at or before it
// (ties: the later chapter in the file). -1: none yet (before the first trigger).
int activeChapter(const std::vector<qsizetype> &triggers, qsizetype cursor);

// The caption the views show for a chapter: "Title: text", or the text alone.
QString chapterCaption(const Chapter &chapter);
// The caption shown after event `cursor` (empty: none yet), from chapterTriggers().
QString captionAt(const std::vector<Chapter> &chapters, const std::vector<qsizetype> &triggers,
                  qsizetype cursor);

} // namespace sockscope
