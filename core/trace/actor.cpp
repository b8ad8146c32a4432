#include "actor.h"

namespace sockscope {

const char *actorKindName(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Thread:
        return "thread";
    case ActorKind::Process:
        return "process";
    case ActorKind::Client:
        return "client";
    case ActorKind::Task:
        return "task";
    case ActorKind::Kernel:
        return "kernel";
    }
    return "thread";
}

std::optional<ActorKind> actorKindFromName(QStringView name)
{
    if (name == u"thread")
        return ActorKind::Thread;
    if (name == u"process")
        return ActorKind::Process;
    if (name == u"client")
        return ActorKind::Client;
    if (name == u"task")
        return ActorKind::Task;
    if (name == u"kernel")
        return ActorKind::Kernel;
    return std::nullopt;
}

} // namespace sockscope
