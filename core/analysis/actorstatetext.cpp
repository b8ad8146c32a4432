// The words for an actor's state at the cursor (declared in stateattime.h): the state table's
// names, the inspector's sentences, an asyncio loop's task counts.
#include "stateattime.h"

#include <QCoreApplication>

namespace sockscope {

bool seenOnlyInCalls(const Trace &trace, std::uint32_t actor)
{
    const Actor *a = trace.actor(actor);
    return trace.model == QLatin1String("watched") && a && a->kind != ActorKind::Client &&
           a->kind != ActorKind::Kernel;
}

QString actorStateName(ActorState state, bool callsOnly)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ActorState", text); };
    switch (state) {
    case ActorState::NotStarted:
        return tr("not started");
    case ActorState::Running:
        // SockScope records an actor's socket calls, not its sleeps (a lesson's delay, a
        // handler's simulated work): between two calls it may be running or asleep.
        return callsOnly ? tr("between watched calls") : tr("in no recorded call");
    case ActorState::Blocked:
        return tr("blocked");
    case ActorState::InCall:
        return tr("in a call");
    case ActorState::Exited:
        return tr("exited");
    case ActorState::Zombie:
        return tr("zombie");
    case ActorState::Reaped:
        return tr("reaped");
    case ActorState::Suspended:
        return tr("suspended");
    case ActorState::Done:
        return tr("done");
    }
    return {};
}

QString actorStateSentence(const QString &name, ActorState state, bool callsOnly)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("ActorState", text); };
    switch (state) {
    case ActorState::NotStarted:
        return tr("%1 has not started yet").arg(name);
    case ActorState::Running:
        if (callsOnly)
            return tr("%1 is between the calls SockScope watches: running, or waiting in "
                      "something it does not see (a lock, join(), a sleep)")
                .arg(name);
        return tr("%1 is in no recorded call: running its own code, or asleep (SockScope "
                  "does not record sleeps)")
            .arg(name);
    case ActorState::Blocked:
        return tr("%1 is blocked in a call").arg(name);
    case ActorState::InCall:
        return tr("%1 is in a call that returns at once").arg(name);
    case ActorState::Exited:
        return tr("%1 has exited").arg(name);
    case ActorState::Zombie:
        return tr("%1 is a zombie").arg(name);
    case ActorState::Reaped:
        return tr("%1 has been reaped").arg(name);
    case ActorState::Suspended:
        return tr("%1 is suspended at an await; no thread waits for it").arg(name);
    case ActorState::Done:
        return tr("%1 is done: its coroutine has returned").arg(name);
    }
    return name;
}

QString taskCountsText(const TaskCounts &c)
{
    // tr("%n running", nullptr, n): the form lupdate reads as a plural message.
    auto tr = [](const char *text, const char *disambiguation, int n) {
        return QCoreApplication::translate("ActorState", text, disambiguation, n);
    };
    if (c.alive() == 0)
        return tr("no task alive (%n done)", nullptr, c.done);
    QStringList parts;
    if (c.running > 0)
        parts << tr("%n running", nullptr, c.running);
    if (c.awaitingRead > 0)
        parts << tr("%n awaiting read", nullptr, c.awaitingRead);
    if (c.awaitingWrite > 0)
        parts << tr("%n awaiting room to write", nullptr, c.awaitingWrite);
    if (c.sleeping > 0)
        parts << tr("%n sleeping", nullptr, c.sleeping);
    return tr("%n task(s): ", nullptr, c.alive()) + parts.join(QStringLiteral(", "));
}

} // namespace sockscope
