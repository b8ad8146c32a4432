#include "narrationparts.h"

#include "lanes.h"

namespace sockscope {

QString narratedWho(const Trace &trace, std::uint32_t actor)
{
    const Actor *a = trace.actor(actor);
    return a ? laneTitle(*a) : tr("someone");
}

QString narratedPeer(const FdTables &tables, const Event &e)
{
    if (const FdInfo *info = tables.find(e.actor, e.fd); info && !info->peer.isNull())
        return info->peer.toString();
    return tr("the other end");
}

QString narratedCall(std::uint8_t call)
{
    if (call < kEventKindCount) {
        QString name = QString::fromLatin1(eventKindName(EventKind(call)));
        name.remove(QLatin1String("_begin"));
        name.remove(QLatin1String("_end"));
        return name + QStringLiteral("()");
    }
    return tr("a call");
}

} // namespace sockscope
