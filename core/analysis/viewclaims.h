#pragma once

#include "stateattime.h"

#include <QJsonObject>
#include <QString>

#include <functional>

namespace sockscope {

// What the views say at one event: the narration's sentence and, for every actor that has
// started, what the inspector and the code pane show (state, call, "waiting for", line),
// plus the counts and readiness loops. The consistency checker tests these claims against
// the trace, and `sockscope-cli narrate` prints them.
struct ViewClaims
{
    qsizetype index = -1;
    QString narration;
    QString chapter; // filled by whoever knows the scenario; empty: none
    const StateAtTime *state = nullptr;
    const FdTables *tablesBefore = nullptr; // just before the event
};

// Replays the trace once, front to back, calling `visit` after each event.
void walkClaims(const Trace &trace, const std::function<void(const ViewClaims &)> &visit);

// One JSON object for `sockscope-cli narrate`: index, t_ns, actor, kind, narration, chapter,
// and each started actor's state, call, waiting_for and line as the inspector shows them.
QJsonObject claimsJson(const Trace &trace, const ViewClaims &claims);

} // namespace sockscope
