#include "fdtable.h"

namespace sockscope {

const FdInfo *FdTables::find(std::uint32_t actor, int fd) const
{
    const auto table = m_tables.constFind(processOf(actor));
    if (table == m_tables.cend())
        return nullptr;
    const auto it = table->constFind(fd);
    return it == table->cend() ? nullptr : &it.value();
}

void FdTables::apply(const Trace &trace, const Event &e)
{
    if (e.kind == EventKind::ThreadSpawn && e.childActor) {
        m_processOf.insert(e.childActor, processOf(e.actor));
        return;
    }
    const std::uint32_t process = processOf(e.actor);
    if (e.kind == EventKind::Fork) {
        if (e.childActor) {
            QMap<int, FdInfo> copy = m_tables.value(process);
            for (auto &info : copy)
                info.inherited = true;
            m_tables.insert(e.childActor, copy);
        }
        return;
    }
    if (e.err != 0)
        return;
    auto &table = m_tables[process];
    switch (e.kind) {
    case EventKind::Socket:
        if (e.fd >= 0)
            table.insert(e.fd, FdInfo{});
        break;
    case EventKind::Bind:
        table[e.fd].local = e.peer();
        break;
    case EventKind::Listen:
        table[e.fd].role = FdRole::Listening;
        break;
    case EventKind::AcceptEnd:
        if (e.newFd >= 0) {
            FdInfo info;
            info.role = FdRole::Connected;
            info.peer = e.peer();
            info.peerActor = e.childActor;
            if (const FdInfo *listening = find(e.actor, e.fd))
                info.local = listening->local;
            table.insert(e.newFd, info);
        }
        break;
    case EventKind::ConnectBegin:
        table[e.fd].peer = e.peer();
        break;
    case EventKind::ConnectEnd: {
        FdInfo &info = table[e.fd];
        info.role = FdRole::Connected;
        if (!e.peer().isNull())
            info.peer = e.peer();
        info.local = trace.local(e);
        break;
    }
    case EventKind::RecvfromBegin:
    case EventKind::RecvfromEnd:
    case EventKind::Sendto:
        if (e.fd >= 0)
            table[e.fd].role = FdRole::Udp;
        break;
    case EventKind::Close:
        table.remove(e.fd);
        break;
    default:
        break;
    }
}

} // namespace sockscope
