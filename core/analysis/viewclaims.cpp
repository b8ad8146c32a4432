#include "viewclaims.h"

#include "eventtext.h"
#include "lanes.h"
#include "narration.h"

#include <QJsonArray>

namespace sockscope {

void walkClaims(const Trace &trace, const std::function<void(const ViewClaims &)> &visit)
{
    StateReplay replay(&trace);
    for (qsizetype i = 0; i < trace.size(); ++i) {
        ViewClaims claims;
        claims.index = i;
        claims.state = &replay.stateAfter(i);
        claims.tablesBefore = &replay.tablesBefore();
        claims.narration = narrate(trace, i, replay.tablesBefore());
        visit(claims);
    }
}

QJsonObject claimsJson(const Trace &trace, const ViewClaims &claims)
{
    const Event &e = trace.at(claims.index);
    QJsonObject o;
    o.insert(QStringLiteral("index"), double(claims.index));
    o.insert(QStringLiteral("t_ns"), double(e.tNs));
    const Actor *a = trace.actor(e.actor);
    o.insert(QStringLiteral("actor"), a ? laneTitle(*a) : QString::number(e.actor));
    o.insert(QStringLiteral("kind"), QString::fromLatin1(eventKindName(e.kind)));
    if (e.interruptedByStop())
        o.insert(QStringLiteral("stopped"), true);
    o.insert(QStringLiteral("narration"), claims.narration);
    if (!claims.chapter.isEmpty())
        o.insert(QStringLiteral("chapter"), claims.chapter);
    QJsonArray actors;
    for (const ActorStatus &s : claims.state->actors) {
        if (s.state == ActorState::NotStarted)
            continue;
        const Actor *actor = trace.actor(s.actor);
        QJsonObject row;
        row.insert(QStringLiteral("name"), actor ? laneTitle(*actor) : QString::number(s.actor));
        row.insert(QStringLiteral("state"),
                   actorStateName(s.state, seenOnlyInCalls(trace, s.actor)));
        if (!s.call.isEmpty())
            row.insert(QStringLiteral("call"), s.call);
        if (!s.waitingFor.isEmpty())
            row.insert(QStringLiteral("waiting_for"), s.waitingFor);
        if (s.line != kNoLine)
            row.insert(QStringLiteral("line"), QString::fromLatin1(lineTagName(LineTag(s.line))));
        actors.append(row);
    }
    o.insert(QStringLiteral("actors"), actors);
    o.insert(QStringLiteral("threads_alive"), claims.state->liveThreads);
    o.insert(QStringLiteral("child_processes"), claims.state->children());
    o.insert(QStringLiteral("zombies"), claims.state->zombies);
    if (claims.state->tasks.loop != 0)
        o.insert(QStringLiteral("tasks"), taskCountsText(claims.state->tasks));
    return o;
}

} // namespace sockscope
