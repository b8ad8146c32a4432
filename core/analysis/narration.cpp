#include "narration.h"

#include "blockedspans.h"
#include "eventtext.h"
#include "lanes.h"

#include <QCoreApplication>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Narration", text);
}
QString trn(const char *text, int n)
{
    return QCoreApplication::translate("Narration", text, nullptr, n);
}

bool isReadinessModel(const QString &model)
{
    return model == QLatin1String("select") || model == QLatin1String("poll") ||
           model == QLatin1String("epoll");
}

QString who(const Trace &trace, std::uint32_t actor)
{
    const Actor *a = trace.actor(actor);
    return a ? laneTitle(*a) : tr("someone");
}

QString quoted(const Trace &trace, const Event &e)
{
    const QByteArrayView bytes = trace.preview(e);
    if (bytes.isEmpty())
        return {};
    QString text = escapeBytes(bytes);
    if (e.bytes > bytes.size())
        text += QStringLiteral("…");
    return QStringLiteral(" \"%1\"").arg(text);
}

QString peerOf(const FdTables &tables, const Event &e)
{
    if (const FdInfo *info = tables.find(e.actor, e.fd); info && !info->peer.isNull())
        return info->peer.toString();
    return tr("the other end");
}

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

QString callName(std::uint8_t call)
{
    if (call < kEventKindCount) {
        QString name = QString::fromLatin1(eventKindName(EventKind(call)));
        name.remove(QLatin1String("_begin"));
        name.remove(QLatin1String("_end"));
        return name + QStringLiteral("()");
    }
    return tr("a call");
}

QString failed(const Trace &trace, const Event &e, const QString &call)
{
    QString why;
    switch (e.err) {
    case 98: // EADDRINUSE
        why = tr("another socket already holds this address and port; only one server can "
                 "listen on a port at a time.");
        break;
    case 111: // ECONNREFUSED
        why = tr("nobody is listening on that port, so the kernel answered the handshake with "
                 "a reset.");
        break;
    case 11: // EAGAIN
        why = tr("nothing was ready and the socket is non-blocking.");
        break;
    case 22: // EINVAL
    case 9:  // EBADF
        why = tr("the socket was shut down under it; this is how the server stops.");
        break;
    case 104: // ECONNRESET
    case 32:  // EPIPE
        why = tr("the other end has gone away.");
        break;
    default:
        why = eventtext::errnoText(e.err) + QLatin1Char('.');
        break;
    }
    return tr("%1's %2 failed with %3: %4")
        .arg(who(trace, e.actor), call, eventtext::errnoText(e.err), why);
}

QString closeText(const Trace &trace, const Event &e, const FdTables &before)
{
    const QString actor = who(trace, e.actor);
    const Actor *a = trace.actor(e.actor);
    const FdInfo *info = before.find(e.actor, e.fd);
    const bool isChild = a && a->kind == ActorKind::Process;
    const bool isClient = a && a->kind == ActorKind::Client;
    if (info && info->role == FdRole::Listening) {
        if (isChild)
            return tr("%1 closed its copy of the listening socket fd %2: a child does not "
                      "accept connections. The parent's copy stays open, so the port keeps "
                      "listening.")
                .arg(actor)
                .arg(e.fd);
        return tr("%1 closed the listening socket fd %2: from now on the kernel refuses new "
                  "connections to this port.")
            .arg(actor)
            .arg(e.fd);
    }
    if (isClient)
        return tr("%1 closed its socket fd %2. The kernel sends the server an end-of-stream: "
                  "its next recv() on this connection returns 0 bytes.")
            .arg(actor)
            .arg(e.fd);
    if (info && info->role == FdRole::Connected) {
        if (trace.model == QLatin1String("forking") && !isChild)
            return tr("%1 closed its copy of the connection fd %2 (to %3). The child still "
                      "holds its own copy, so the connection stays open.")
                .arg(actor)
                .arg(e.fd)
                .arg(info->peer.toString());
        return tr("%1 closed the connection fd %2 to %3: the conversation with that client "
                  "is over, and the descriptor number is free to be reused.")
            .arg(actor)
            .arg(e.fd)
            .arg(info->peer.isNull() ? tr("the client") : info->peer.toString());
    }
    return tr("%1 closed fd %2 and gave the descriptor back to the kernel.").arg(actor).arg(e.fd);
}

QString waitEndText(const Trace &trace, const Event &e, const FdTables &before)
{
    const QString call = mechanismCall(e);
    const WaitSets sets = trace.waitSets(e);
    if (sets.readyRead.isEmpty() && sets.readyWrite.isEmpty())
        return tr("%1 returned with nothing ready: its timeout ran out. The loop goes round "
                  "and waits again.")
            .arg(call);
    QStringList parts;
    for (int fd : sets.readyRead) {
        const FdInfo *info = before.find(e.actor, fd);
        if (info && info->role == FdRole::Listening)
            parts << tr("fd %1 (the listening socket: a client finished the handshake, so "
                        "accept() will not block)")
                         .arg(fd);
        else if (info && !info->peer.isNull())
            parts << tr("fd %1 (%2 sent data or closed, so recv() will not block)")
                         .arg(fd)
                         .arg(info->peer.toString());
        else
            parts << tr("fd %1 (something to read)").arg(fd);
    }
    for (int fd : sets.readyWrite)
        parts << tr("fd %1 (room to write)").arg(fd);
    return tr("%1 woke up because the kernel reports %2 ready: %3. Only these get served; "
              "the others stay in the list.")
        .arg(call)
        .arg(fdSetText(sets.readyRead + sets.readyWrite))
        .arg(parts.join(QStringLiteral("; ")));
}

} // namespace

QString narrate(const Trace &trace, qsizetype index, const FdTables &before)
{
    if (index < 0 || index >= trace.size())
        return {};
    const Event &e = trace.at(index);
    const QString actor = who(trace, e.actor);
    const bool readiness = isReadinessModel(trace.model);
    const bool udp = trace.model == QLatin1String("udp");

    if (e.err != 0 && e.kind != EventKind::WouldBlock && e.kind != EventKind::Error) {
        QString call = QString::fromLatin1(eventKindName(e.kind));
        call.remove(QLatin1String("_begin"));
        call.remove(QLatin1String("_end"));
        if (e.kind == EventKind::AcceptEnd && (e.err == 22 || e.err == 9))
            return tr("%1's accept() on fd %2 was interrupted: the run is over and the server "
                      "shut its listening socket down to stop.")
                .arg(actor)
                .arg(e.fd);
        return failed(trace, e, call + QStringLiteral("()"));
    }

    switch (e.kind) {
    case EventKind::Socket:
        return udp ? tr("%1 asked the kernel for a datagram (UDP) socket and got descriptor fd "
                        "%2. UDP has no listen() and no accept().")
                         .arg(actor)
                         .arg(e.fd)
                   : tr("%1 asked the kernel for a new TCP socket and got descriptor fd %2: a "
                        "small number that names the socket in this process.")
                         .arg(actor)
                         .arg(e.fd);
    case EventKind::Bind:
        return tr("%1 bound fd %2 to %3, the address clients will use to find the server.")
            .arg(actor)
            .arg(e.fd)
            .arg(e.peer().toString());
    case EventKind::Listen:
        return tr("fd %1 is now a listening socket. The kernel completes handshakes on its own "
                  "and queues up to %2 finished connections until accept() takes them.")
            .arg(e.fd)
            .arg(e.bytes);
    case EventKind::Close:
        return closeText(trace, e, before);
    case EventKind::Shutdown:
        return tr("%1 shut down fd %2: the other end sees the end of the stream, even while "
                  "the descriptor itself stays open.")
            .arg(actor)
            .arg(e.fd);
    case EventKind::AcceptBegin:
        if (readiness)
            return tr("%1 calls accept() on fd %2. The readiness call said a connection is "
                      "waiting, so this returns at once.")
                .arg(actor)
                .arg(e.fd);
        return tr("%1 calls accept() on the listening socket fd %2 and blocks: no client has "
                  "connected yet.")
            .arg(actor)
            .arg(e.fd);
    case EventKind::AcceptEnd:
        return tr("accept() returned because the kernel finished the handshake with %1 and "
                  "handed the server a new socket, fd %2, while the listening socket fd %3 "
                  "keeps waiting for the next client.")
            .arg(e.peer().toString())
            .arg(e.newFd)
            .arg(e.fd);
    case EventKind::ConnectBegin:
        return tr("%1 calls connect() to %2 and waits while the kernels exchange the "
                  "three-way handshake (SYN, SYN-ACK, ACK).")
            .arg(actor)
            .arg(e.peer().toString());
    case EventKind::ConnectEnd: {
        const Endpoint local = trace.local(e);
        return tr("connect() returned: the handshake is done and %1 is connected as %2. The "
                  "server has not necessarily accepted it yet; until it does, the connection "
                  "waits in the listen backlog.")
            .arg(actor)
            .arg(local.isNull() ? tr("a new client") : local.toString());
    }
    case EventKind::RecvBegin: {
        const QString peer = peerOf(before, e);
        if (readiness && trace.actor(e.actor) && trace.actor(e.actor)->kind != ActorKind::Client)
            return tr("%1 calls recv() on fd %2. The readiness call reported it readable, so "
                      "this will not block.")
                .arg(actor)
                .arg(e.fd);
        return tr("%1 calls recv() on fd %2 and blocks: no data from %3 yet. While it waits, "
                  "this %4 can do nothing else.")
            .arg(actor)
            .arg(e.fd)
            .arg(peer)
            .arg(trace.actor(e.actor) && trace.actor(e.actor)->kind == ActorKind::Process
                     ? tr("process")
                     : tr("thread"));
    }
    case EventKind::RecvEnd:
        if (e.bytes == 0)
            return tr("recv() on fd %1 returned 0 bytes: %2 closed its end. That empty read "
                      "is how a program learns the other side has gone.")
                .arg(e.fd)
                .arg(peerOf(before, e));
        return trn("recv() on fd %1 returned %n byte(s)%2 because %3 sent data and the kernel "
                   "had it waiting in the receive buffer.",
                   e.bytes)
            .arg(e.fd)
            .arg(quoted(trace, e))
            .arg(peerOf(before, e));
    case EventKind::Send:
        return trn("%1 handed %n byte(s)%2 to the kernel on fd %3, for %4. send() returns as "
                   "soon as the bytes are in the send buffer, not when the other side reads "
                   "them.",
                   e.bytes)
            .arg(actor)
            .arg(quoted(trace, e))
            .arg(e.fd)
            .arg(peerOf(before, e));
    case EventKind::SendBegin:
        return tr("%1 calls send() on fd %2 and blocks: the send buffer is full because %3 is "
                  "not reading.")
            .arg(actor)
            .arg(e.fd)
            .arg(peerOf(before, e));
    case EventKind::SendEnd:
        return trn("send() on fd %1 returned after handing over %n byte(s): %2 read enough "
                   "to make room in the buffer.",
                   std::max(0, e.bytes))
            .arg(e.fd)
            .arg(peerOf(before, e));
    case EventKind::RecvfromBegin:
        return tr("%1 calls recvfrom() on fd %2 and blocks until a datagram arrives. There is "
                  "no connection: any client can send the next one.")
            .arg(actor)
            .arg(e.fd);
    case EventKind::RecvfromEnd:
        return trn("recvfrom() returned a datagram of %n byte(s)%1 from %2. The sender's "
                   "address comes with every datagram, so the reply can go back to it.",
                   std::max(0, e.bytes))
            .arg(quoted(trace, e))
            .arg(e.peer().toString());
    case EventKind::Sendto:
        return trn("%1 sent a datagram of %n byte(s)%2 to %3 with sendto(): one message, no "
                   "connection, no guarantee it arrives.",
                   std::max(0, e.bytes))
            .arg(actor)
            .arg(quoted(trace, e))
            .arg(e.peer().toString());
    case EventKind::WouldBlock:
        return tr("%1 on fd %2 returned EAGAIN at once (Python raises BlockingIOError): "
                  "nothing is there yet, and a non-blocking socket never waits. The loop "
                  "will try again.")
            .arg(callName(e.call))
            .arg(e.fd);
    case EventKind::WaitBegin: {
        const WaitSets sets = trace.waitSets(e);
        QVector<int> watched = sets.readSet;
        for (int fd : sets.writeSet) {
            if (!watched.contains(fd))
                watched.append(fd);
        }
        return tr("%1 calls %2 on %3 and sleeps until at least one of them is ready: a new "
                  "connection on the listening socket, or data or a close on a client's "
                  "socket. One thread watches them all.")
            .arg(actor)
            .arg(mechanismCall(e))
            .arg(fdSetText(watched));
    }
    case EventKind::WaitEnd:
        return waitEndText(trace, e, before);
    case EventKind::EpollCtl:
        switch (EpollOp(e.call)) {
        case EpollOp::Add:
            return tr("%1 registered fd %2 with epoll: the kernel now remembers it, so "
                      "epoll_wait() needs no list passed on each call.")
                .arg(actor)
                .arg(e.fd);
        case EpollOp::Del:
            return tr("%1 removed fd %2 from epoll's interest list.").arg(actor).arg(e.fd);
        default:
            return tr("%1 changed what epoll watches on fd %2.").arg(actor).arg(e.fd);
        }
    case EventKind::ThreadSpawn:
        return tr("%1 started a new thread, %2, to serve the connection. %1 goes straight back "
                  "to accept(), while %2 blocks in recv() on its own.")
            .arg(actor, who(trace, e.childActor));
    case EventKind::ThreadExit:
        return tr("%1 finished its work and ended. A thread that ends needs no reaping: its "
                  "resources go back at once.")
            .arg(actor);
    case EventKind::Fork:
        return tr("%1 called fork(): child pid %2 is a copy of the server with copies of every "
                  "descriptor, the listening socket included. fork() returns twice: 0 in the "
                  "child, the child's pid in the parent.")
            .arg(actor)
            .arg(e.childPid);
    case EventKind::ProcessExit:
        return tr("child pid %1 exited with status %2. It is now a zombie: it holds no memory "
                  "and no sockets, only its entry in the process table, until the parent "
                  "calls waitpid().")
            .arg(e.childPid)
            .arg(e.status);
    case EventKind::Reap: {
        QString policy;
        switch (ReapPolicy(e.call)) {
        case ReapPolicy::OnAccept:
            policy = tr("it reaps finished children before each new fork");
            break;
        case ReapPolicy::Sigchld:
            policy = tr("SIGCHLD told it a child had exited");
            break;
        default:
            policy = tr("the server is shutting down");
            break;
        }
        return tr("%1 called waitpid() and collected child pid %2 (%3): the zombie is gone.")
            .arg(actor)
            .arg(e.childPid)
            .arg(policy);
    }
    case EventKind::Error:
        return failed(trace, e, callName(e.call));
    case EventKind::Count:
        break;
    }
    return tr("%1: %2").arg(actor, eventtext::call(e));
}

QString narrate(const Trace &trace, qsizetype index)
{
    FdTables tables;
    for (qsizetype i = 0; i < index && i < trace.size(); ++i)
        tables.apply(trace, trace.at(i));
    return narrate(trace, index, tables);
}

} // namespace sockscope
