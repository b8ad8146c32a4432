#include "fdtable.h"

namespace sockscope {

namespace {
const FdInfo *lookUp(const QHash<std::uint32_t, QMap<int, FdInfo>> &tables, std::uint32_t process,
                     int fd)
{
    const auto table = tables.constFind(process);
    if (table == tables.cend())
        return nullptr;
    const auto it = table->constFind(fd);
    return it == table->cend() ? nullptr : &it.value();
}
} // namespace

const FdInfo *FdTables::find(std::uint32_t actor, int fd) const
{
    return lookUp(m_tables, processOf(actor), fd);
}

const FdInfo *FdTables::findClosed(std::uint32_t process, int fd) const
{
    return lookUp(m_closed, process, fd);
}

// The copy accept() returned, before a forked child's inherited one; an open one before one
// closed.
FdTables::Holding FdTables::connectionTo(Endpoint peer, std::uint32_t exceptProcess) const
{
    for (const bool closed : {false, true}) {
        Holding inherited;
        const auto &tables = closed ? m_closed : m_tables;
        for (auto t = tables.begin(); t != tables.end(); ++t) {
            if (t.key() == exceptProcess)
                continue;
            for (auto it = t->begin(); it != t->end(); ++it) {
                if (it->role != FdRole::Connected || !(it->peer == peer))
                    continue;
                const Holding found{t.key(), it.key(), &it.value(), closed};
                if (!it->inherited)
                    return found;
                if (!inherited.info)
                    inherited = found;
            }
        }
        if (inherited.info)
            return inherited;
    }
    return {};
}

FdTables::Holding FdTables::listenerAt(Endpoint address) const
{
    for (auto t = m_tables.begin(); t != m_tables.end(); ++t) {
        for (auto it = t->begin(); it != t->end(); ++it) {
            const Endpoint local = it->local;
            if (it->role == FdRole::Listening && local.port == address.port &&
                (local.ipv4 == address.ipv4 || local.ipv4 == 0))
                return {t.key(), it.key(), &it.value(), false};
        }
    }
    return {};
}

// A descriptor the trace never saw created (its socket() was not recorded) still gets an
// identity the first time it shows up.
void FdTables::identify(FdInfo &info, std::uint32_t actor)
{
    if (info.socketId == 0)
        info.socketId = m_nextSocketId++;
    if (info.lastUser == 0)
        info.lastUser = actor;
}

bool FdTables::parentClosed(std::uint32_t process, const FdInfo &info) const
{
    const std::uint32_t parent = forkedFrom(process);
    if (!info.inherited || parent == 0)
        return false;
    const auto table = m_tables.constFind(parent);
    if (table == m_tables.cend())
        return true;
    for (const FdInfo &other : *table) {
        if (other.socketId == info.socketId)
            return false;
    }
    return true;
}

void FdTables::apply(const Trace &trace, const Event &e)
{
    if ((e.kind == EventKind::ThreadSpawn || e.kind == EventKind::TaskCreate) && e.childActor) {
        m_processOf.insert(e.childActor, processOf(e.actor));
        return;
    }
    // What a loop did with its tasks changes no descriptor: its thread's calls do.
    if (isTaskKind(e.kind))
        return;
    const std::uint32_t process = processOf(e.actor);
    if (e.kind == EventKind::Fork) {
        if (e.childActor) {
            QMap<int, FdInfo> copy = m_tables.value(process);
            for (auto &info : copy)
                info.inherited = true;
            m_tables.insert(e.childActor, copy);
            m_forkedFrom.insert(e.childActor, process);
        }
        return;
    }
    if (e.err != 0)
        return;
    auto &table = m_tables[process];
    if (e.fd >= 0) {
        const auto used = table.find(e.fd);
        if (used != table.end())
            used->lastUser = e.actor;
    }
    switch (e.kind) {
    case EventKind::Socket:
        if (e.fd >= 0) {
            FdInfo info;
            info.socketId = m_nextSocketId++;
            info.lastUser = e.actor;
            table.insert(e.fd, info);
        }
        break;
    case EventKind::Bind:
        identify(table[e.fd], e.actor);
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
            info.socketId = m_nextSocketId++;
            info.lastUser = e.actor;
            if (const FdInfo *listening = find(e.actor, e.fd))
                info.local = listening->local;
            table.insert(e.newFd, info);
        }
        break;
    case EventKind::ConnectBegin:
        identify(table[e.fd], e.actor);
        table[e.fd].peer = e.peer();
        break;
    case EventKind::ConnectEnd: {
        FdInfo &info = table[e.fd];
        identify(info, e.actor);
        if (e.err != 0)
            break; // refused or failed: the socket never became a connection
        info.role = FdRole::Connected;
        if (!e.peer().isNull())
            info.peer = e.peer();
        info.local = trace.local(e);
        break;
    }
    case EventKind::RecvfromBegin:
    case EventKind::RecvfromEnd:
    case EventKind::Sendto:
        if (e.fd >= 0) {
            identify(table[e.fd], e.actor);
            table[e.fd].role = FdRole::Udp;
        }
        break;
    case EventKind::Close:
        if (const auto closed = table.constFind(e.fd); closed != table.cend()) {
            m_closed[process].insert(e.fd, *closed);
            table.erase(closed);
        }
        break;
    default:
        break;
    }
}

} // namespace sockscope
