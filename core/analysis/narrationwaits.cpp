// The narration of select(), poll() and epoll_wait(): what a wait watches, and what woke it
// (the ready sets, in the words of the model: a readiness loop serves them, asyncio resumes the
// tasks that await them and accepts on the listener itself).

#include "narrationparts.h"

#include "blockedspans.h"

namespace sockscope {

bool isAsyncio(const QString &model)
{
    return model == QLatin1String("asyncio");
}

namespace {

// The wake-up of a server's wait: what is ready, and what the loop does with it.
QString readyText(const Trace &trace, const Event &e, const FdTables &before)
{
    const QString call = mechanismCall(e);
    const WaitSets sets = trace.waitSets(e);
    if (sets.readyRead.isEmpty() && sets.readyWrite.isEmpty()) {
        if (isAsyncio(trace.model))
            return tr("%1 returned with nothing ready: its timeout ran out. The timeout was the "
                      "deadline of the nearest sleeping task, so the loop now resumes the tasks "
                      "whose sleep is over.")
                .arg(call);
        return tr("%1 returned with nothing ready: its timeout ran out. The loop goes round "
                  "and waits again.")
            .arg(call);
    }
    QStringList parts;
    bool listenerReady = false;
    for (int fd : sets.readyRead) {
        const FdInfo *info = before.find(e.actor, fd);
        listenerReady = listenerReady || (info && info->role == FdRole::Listening);
        if (info && info->role == FdRole::Listening)
            parts << tr("fd %1 (the listening socket: a client finished the handshake, so "
                        "accept() will not block)")
                         .arg(fd);
        else if (info && !info->peer.isNull())
            parts << tr("fd %1 (%2 sent data or closed, so recv() will not block)")
                         .arg(fd)
                         .arg(info->peer.toString());
        else if (!info) // the models watch one descriptor that is not a socket
            parts << tr("fd %1 (not a socket but the console pipe: a line was typed there, and "
                        "any line ends the server's loop)")
                         .arg(fd);
        else
            parts << tr("fd %1 (something to read)").arg(fd);
    }
    for (int fd : sets.readyWrite)
        parts << tr("fd %1 (room to write)").arg(fd);
    if (isAsyncio(trace.model)) {
        // No task awaits the listening socket: the loop itself accepts on it.
        const bool tasksReady =
            sets.readyRead.size() + sets.readyWrite.size() > 1 || !listenerReady;
        const char *then =
            !listenerReady
                ? QT_TRANSLATE_NOOP("Narration", "%1 woke up because the kernel reports %2 ready: "
                                                 "%3. The loop resumes the task that awaits each "
                                                 "of them, one after the other, on this thread.")
            : tasksReady
                ? QT_TRANSLATE_NOOP("Narration",
                                    "%1 woke up because the kernel reports %2 ready: %3. The "
                                    "loop accepts the new connections, a task for each, and "
                                    "resumes the task that awaits each of the others, one after "
                                    "the other, on this thread.")
                : QT_TRANSLATE_NOOP("Narration",
                                    "%1 woke up because the kernel reports %2 ready: %3. No task "
                                    "awaits the listening socket: the loop itself calls accept() "
                                    "and makes a task for each new connection, on this thread.");
        return tr(then)
            .arg(call)
            .arg(fdSetText(sets.readyRead + sets.readyWrite))
            .arg(parts.join(QStringLiteral("; ")));
    }
    return tr("%1 woke up because the kernel reports %2 ready: %3. Only these get served; "
              "the others stay in the list.")
        .arg(call)
        .arg(fdSetText(sets.readyRead + sets.readyWrite))
        .arg(parts.join(QStringLiteral("; ")));
}

} // namespace

QString mechanismCall(const Event &e)
{
    switch (WaitMechanism(e.call)) {
    case WaitMechanism::Poll:
        return QStringLiteral("poll()");
    case WaitMechanism::Epoll:
        return QStringLiteral("epoll_wait()");
    default:
        return QStringLiteral("select()");
    }
}

QString narratedWaitBegin(const Trace &trace, const Event &e, const FdTables &before)
{
    const QString actor = narratedWho(trace, e.actor);
    const WaitSets sets = trace.waitSets(e);
    QVector<int> watched = sets.readSet;
    for (int fd : sets.writeSet) {
        if (!watched.contains(fd))
            watched.append(fd);
    }
    const QString set =
        watched.isEmpty() ? tr("every descriptor registered with it") : fdSetText(watched);
    if (isAsyncio(trace.model) && trace.actor(e.actor) &&
        trace.actor(e.actor)->kind != ActorKind::Client) {
        // Every live task awaits a socket of the sets or sleeps on a timer (the loop's one
        // thread is here): the listener alone and no timeout means there is no task.
        const FdInfo *only = watched.size() == 1 ? before.find(e.actor, watched[0]) : nullptr;
        if (only && only->role == FdRole::Listening && sets.timeoutMs < 0)
            return tr("%1 calls %2 on %3, the listening socket. There is no task now, so it "
                      "sleeps until a client connects, however long that takes; only this "
                      "thread waits.")
                .arg(actor)
                .arg(mechanismCall(e))
                .arg(set);
        const QString rest =
            sets.timeoutMs >= 0
                ? tr("or until %1 ms have passed: the deadline of the nearest sleeping "
                     "task.")
                      .arg(sets.timeoutMs)
                : tr("however long that takes: no task is sleeping.");
        return tr("%1 calls %2 on %3, the listening socket and the sockets that suspended "
                  "tasks await. It sleeps until one of them is ready, %4 Every task is "
                  "suspended now; only this thread waits.")
            .arg(actor)
            .arg(mechanismCall(e))
            .arg(set)
            .arg(rest);
    }
    if (trace.actor(e.actor) && trace.actor(e.actor)->kind == ActorKind::Client)
        return tr("%1 (SockScope's driver of the scripted clients, not the server) calls %2 "
                  "on %3: it returns as soon as one of its clients' sockets can go on.")
            .arg(actor)
            .arg(mechanismCall(e))
            .arg(set);
    return tr("%1 calls %2 on %3: it returns as soon as at least one of them is ready (a "
              "new connection on the listening socket, or data or a close on a client's "
              "socket), and sleeps until then. One thread watches them all.")
        .arg(actor)
        .arg(mechanismCall(e))
        .arg(set);
}

QString narratedWaitEnd(const Trace &trace, const Event &e, const FdTables &before)
{
    const QString actor = narratedWho(trace, e.actor);
    if (trace.actor(e.actor) && trace.actor(e.actor)->kind == ActorKind::Client) {
        const WaitSets sets = trace.waitSets(e);
        return tr("%1's %2 returned: %3 of its clients' sockets can go on (connect, send or "
                  "read). This is the client side, not the server.")
            .arg(actor)
            .arg(mechanismCall(e))
            .arg(sets.readyRead.size() + sets.readyWrite.size());
    }
    return readyText(trace, e, before);
}

} // namespace sockscope
