#include "narration.h"

#include "narrationparts.h"

#include "blockedspans.h"
#include "eventtext.h"
#include "samplenarration.h"
#include "sampletext.h"
#include "trace/linetag.h"

#include <QCoreApplication>

namespace sockscope {

namespace {

// Plural sentences: each written as trn(QT_TRANSLATE_N_NOOP("Narration", "..."), n), so that
// lupdate files them under "Narration" with their numerus forms.
QString trn(const char *text, int n)
{
    return QCoreApplication::translate("Narration", text, nullptr, n);
}

bool isReadinessModel(const QString &model)
{
    return model == QLatin1String("select") || model == QLatin1String("poll") ||
           model == QLatin1String("epoll");
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

QString closeText(const Trace &trace, const Event &e, const FdTables &before)
{
    const QString actor = narratedWho(trace, e.actor);
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
    if (isClient && info && info->role == FdRole::Udp)
        return tr("%1 closed its datagram socket fd %2. UDP has no connection, so the server "
                  "is told nothing.")
            .arg(actor)
            .arg(e.fd);
    if (isClient && (!info || info->role != FdRole::Connected))
        return tr("%1 closed its socket fd %2, which never became a connection: the server "
                  "never saw it.")
            .arg(actor)
            .arg(e.fd);
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

QString stoppedText(const Trace &trace, const Event &e)
{
    const QString actor = narratedWho(trace, e.actor);
    QString call = e.kind == EventKind::WaitEnd ? mechanismCall(e)
                   : e.kind == EventKind::Error ? narratedCall(e.call)
                                                : narratedCall(std::uint8_t(e.kind));
    const QString kernel = e.err != 0 ? tr(" (the kernel reported %1 once the socket was shut "
                                           "down)")
                                            .arg(eventtext::errnoText(e.err))
                                      : QString();
    if (e.kind == EventKind::ProcessExit) // not a call: a child the stop ended
        return e.status < 0
                   ? tr("child pid %1 was ended by signal %2, sent to end the run: this is the "
                        "stop, not a failure of the program. It is now a zombie until its "
                        "parent calls waitpid().")
                         .arg(e.childPid)
                         .arg(-e.status)
                   : tr("child pid %1 exited with status %2 while the run was stopping. It is "
                        "now a zombie until its parent calls waitpid().")
                         .arg(e.childPid)
                         .arg(e.status);
    if (e.kind == EventKind::WaitEnd)
        return tr("%1's %2 returned because the run was stopped: SockScope shut the listening "
                  "socket down, which makes it readable. The loop ends here without serving "
                  "anything.")
            .arg(actor, call);
    return tr("%1's %2 on fd %3 returned because the run was stopped: SockScope shut the "
              "socket down to end the run%4. This is not a failure of the program, and no "
              "client sent anything.")
        .arg(actor, call)
        .arg(e.fd)
        .arg(kernel);
}

// What the probe before a call found, as the second half of a sentence about the call.
QString evidenceText(const Event &e, const QString &actor, bool readiness)
{
    switch (e.readinessAtCall()) {
    case Event::Readiness::Ready:
        if (e.bytes < 0)
            return readiness ? tr("The readiness call reported it ready and the socket is "
                                  "non-blocking, so this returns at once.")
                             : tr("The socket is non-blocking, so this returns at once.");
        switch (e.kind) {
        case EventKind::AcceptBegin:
            return e.bytes > 0 ? trn(QT_TRANSLATE_N_NOOP(
                                         "Narration",
                                         "%n connection(s) already waiting in the accept queue, so "
                                         "accept() returns at once without blocking."),
                                     e.bytes)
                               : tr("A connection was already waiting in the accept queue, so "
                                    "accept() returns at once without blocking.");
        case EventKind::RecvfromBegin:
            return tr("A datagram is already queued, so recvfrom() returns at once without "
                      "blocking.");
        default:
            return e.bytes > 0
                       ? trn(QT_TRANSLATE_N_NOOP(
                                 "Narration", "%n byte(s) already in the receive buffer, so recv() "
                                              "returns at once without blocking."),
                             e.bytes)
                       : tr("The other end has already closed, so recv() returns at "
                            "once without blocking.");
        }
    case Event::Readiness::Empty:
        switch (e.kind) {
        case EventKind::AcceptBegin:
            return tr("The accept queue is empty: no client is waiting, so the kernel puts %1 "
                      "to sleep until one connects.")
                .arg(actor);
        case EventKind::RecvfromBegin:
            return tr("No datagram is queued, so the kernel puts %1 to sleep until one "
                      "arrives. There is no connection: any client can send the next one.")
                .arg(actor);
        default:
            return tr("Nothing is in the receive buffer, so the kernel puts %1 to sleep until "
                      "the other end sends data or closes.")
                .arg(actor);
        }
    case Event::Readiness::Unknown:
        break;
    }
    return tr("It returns as soon as there is something to take, and sleeps until then (this "
              "trace does not say whether something was already there).");
}

// Where the client's connection is on the server's side, as far as the trace shows: accept()
// has returned it (the server's table holds it, or held it), it waits in a listener's queue the
// trace knows, or the server is not in the trace. (connect() returns when the handshake is
// done, which the kernel does without the server: it may return before or after accept().)
QString connectedText(const Trace &trace, const Event &e, const QString &actor,
                      const FdTables &before)
{
    const Endpoint local = trace.local(e);
    const QString text = tr("connect() returned: the handshake is done and %1 is connected as %2.")
                             .arg(actor, local.isNull() ? tr("a new client") : local.toString());
    if (local.isNull())
        return text;
    const FdTables::Holding accepted = before.connectionTo(local, before.processOf(e.actor));
    if (accepted.info && accepted.closed)
        return text + QLatin1Char(' ') +
               tr("The server's accept() has already returned this connection, and %1 has "
                  "closed it since (fd %2).")
                   .arg(narratedWho(trace, accepted.process))
                   .arg(accepted.fd);
    if (accepted.info)
        return text + QLatin1Char(' ') +
               tr("The server's accept() has already returned this connection: %1 holds it as "
                  "fd %2.")
                   .arg(narratedWho(trace, accepted.process))
                   .arg(accepted.fd);
    const FdTables::Holding listener = before.listenerAt(e.peer());
    if (listener.info)
        return text + QLatin1Char(' ') +
               tr("No accept() has returned it yet: until one does, the finished connection "
                  "waits in the accept queue of the listening socket fd %1 of %2.")
                   .arg(listener.fd)
                   .arg(narratedWho(trace, listener.process));
    return text + QLatin1Char(' ') +
           tr("The server is not in this trace, so whether it has accepted the connection "
              "is not known here.");
}

} // namespace

QString narrate(const Trace &trace, qsizetype index, const FdTables &before)
{
    if (index < 0 || index >= trace.size())
        return {};
    const Event &e = trace.at(index);
    const QString actor = narratedWho(trace, e.actor);
    const bool readiness = isReadinessModel(trace.model);
    const bool udp = trace.model == QLatin1String("udp");

    if (isTaskKind(e.kind))
        return narratedTask(trace, e, index, before);
    if (e.interruptedByStop())
        return stoppedText(trace, e);
    if (e.err != 0 && e.kind != EventKind::WouldBlock && e.kind != EventKind::Error) {
        QString call = QString::fromLatin1(eventKindName(e.kind));
        call.remove(QLatin1String("_begin"));
        call.remove(QLatin1String("_end"));
        if (e.kind == EventKind::AcceptEnd && (e.err == 22 || e.err == 9))
            return tr("%1's accept() on fd %2 was interrupted: the run is over and the server "
                      "shut its listening socket down to stop.")
                .arg(actor)
                .arg(e.fd);
        if (e.kind == EventKind::Bind && e.err == EADDRINUSE)
            return narratedBindInUse(trace, index);
        if (e.kind == EventKind::ThreadExit)
            return narratedStartFailure(trace, index);
        return narratedFailure(trace, e, call + QStringLiteral("()"));
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
        // Linux queues one more than the backlog (the queue is full when it holds more than
        // the backlog), and caps the backlog at net.core.somaxconn; a negative one is taken as
        // that cap.
        if (e.bytes < 0)
            return tr("fd %1 is now a listening socket. The kernel completes handshakes on its "
                      "own and queues the finished connections until accept() takes them; "
                      "listen() was given a negative backlog, which Linux takes as its limit, "
                      "net.core.somaxconn.")
                .arg(e.fd);
        return tr("fd %1 is now a listening socket. The kernel completes handshakes on its own "
                  "and queues the finished connections until accept() takes them: up to "
                  "%2 + 1 of them (listen()'s backlog, plus one: Linux's rule, with the backlog "
                  "capped at net.core.somaxconn).")
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
        return tr("%1 calls accept() on the listening socket fd %2. %3")
            .arg(actor)
            .arg(e.fd)
            .arg(evidenceText(e, actor, readiness));
    case EventKind::AcceptEnd:
        return tr("accept() returned: the kernel had finished the handshake with %1 and hands "
                  "the server a new socket, fd %2, for it. The listening socket fd %3 stays "
                  "open for the next client.")
            .arg(e.peer().toString())
            .arg(e.newFd)
            .arg(e.fd);
    case EventKind::ConnectBegin:
        return tr("%1 calls connect() to %2 and waits while the kernels exchange the "
                  "three-way handshake (SYN, SYN-ACK, ACK).")
            .arg(actor)
            .arg(e.peer().toString());
    case EventKind::ConnectEnd:
        return connectedText(trace, e, actor, before);
    case EventKind::RecvBegin: {
        const bool server = trace.actor(e.actor) && trace.actor(e.actor)->kind != ActorKind::Client;
        QString text = tr("%1 calls recv() on fd %2, the connection with %3. %4")
                           .arg(actor)
                           .arg(e.fd)
                           .arg(narratedPeer(before, e))
                           .arg(evidenceText(e, actor, readiness && server));
        if (e.readinessAtCall() == Event::Readiness::Empty)
            text +=
                QLatin1Char(' ') +
                tr("While it sleeps, this %1 can do nothing else.")
                    .arg(trace.actor(e.actor) && trace.actor(e.actor)->kind == ActorKind::Process
                             ? tr("process")
                             : tr("thread"));
        return text;
    }
    case EventKind::RecvEnd:
        if (e.bytes == 0)
            return tr("recv() on fd %1 returned 0 bytes: %2 closed its end. That empty read "
                      "is how a program learns the other side has gone.")
                .arg(e.fd)
                .arg(narratedPeer(before, e));
        return trn(QT_TRANSLATE_N_NOOP(
                       "Narration",
                       "recv() on fd %1 returned %n byte(s)%2 because %3 sent data and the kernel "
                       "had it waiting in the receive buffer."),
                   e.bytes)
            .arg(e.fd)
            .arg(quoted(trace, e))
            .arg(narratedPeer(before, e));
    case EventKind::Send:
        return trn(QT_TRANSLATE_N_NOOP(
                       "Narration",
                       "%1 handed %n byte(s)%2 to the kernel on fd %3, for %4. send() returns as "
                       "soon as the bytes are in the send buffer, not when the other side reads "
                       "them."),
                   e.bytes)
            .arg(actor)
            .arg(quoted(trace, e))
            .arg(e.fd)
            .arg(narratedPeer(before, e));
    case EventKind::SendBegin:
        return tr("%1 calls send() on fd %2 and blocks: the send buffer is full because %3 is "
                  "not reading.")
            .arg(actor)
            .arg(e.fd)
            .arg(narratedPeer(before, e));
    case EventKind::SendEnd:
        return trn(QT_TRANSLATE_N_NOOP(
                       "Narration",
                       "send() on fd %1 returned after handing over %n byte(s): %2 read enough "
                       "to make room in the buffer."),
                   std::max(0, e.bytes))
            .arg(e.fd)
            .arg(narratedPeer(before, e));
    case EventKind::RecvfromBegin:
        return tr("%1 calls recvfrom() on fd %2. %3")
            .arg(actor)
            .arg(e.fd)
            .arg(evidenceText(e, actor, readiness));
    case EventKind::RecvfromEnd:
        if (e.bytes == 0 && e.peer().isNull())
            return tr("recvfrom() on fd %1 returned with no datagram and no sender: the socket "
                      "was shut down under it.")
                .arg(e.fd);
        return trn(QT_TRANSLATE_N_NOOP(
                       "Narration",
                       "recvfrom() returned a datagram of %n byte(s)%1 from %2. The sender's "
                       "address comes with every datagram, so the reply can go back to it."),
                   std::max(0, e.bytes))
            .arg(quoted(trace, e))
            .arg(e.peer().toString());
    case EventKind::Sendto:
        return trn(QT_TRANSLATE_N_NOOP(
                       "Narration",
                       "%1 sent a datagram of %n byte(s)%2 to %3 with sendto(): one message, no "
                       "connection, no guarantee it arrives."),
                   std::max(0, e.bytes))
            .arg(actor)
            .arg(quoted(trace, e))
            .arg(e.peer().toString());
    case EventKind::WouldBlock:
        if (isAsyncio(trace.model)) {
            switch (EventKind(e.call)) {
            case EventKind::AcceptBegin:
                return tr("accept() on fd %1 returned EAGAIN at once: no more connections are "
                          "waiting in the queue. The loop stops accepting and goes on.")
                    .arg(e.fd);
            case EventKind::Send:
                return tr("send() on fd %1 returned EAGAIN at once: the send buffer is full. "
                          "Instead of waiting, the task will await room to write.")
                    .arg(e.fd);
            default:
                return tr("%1 on fd %2 returned EAGAIN at once (Python raises "
                          "BlockingIOError): nothing is there yet, and a non-blocking socket "
                          "never waits. Instead of trying again, the task will await the "
                          "socket.")
                    .arg(narratedCall(e.call))
                    .arg(e.fd);
            }
        }
        return tr("%1 on fd %2 returned EAGAIN at once (Python raises BlockingIOError): "
                  "nothing is there yet, and a non-blocking socket never waits. The loop "
                  "will try again.")
            .arg(narratedCall(e.call))
            .arg(e.fd);
    case EventKind::WaitBegin:
        return narratedWaitBegin(trace, e, before);
    case EventKind::WaitEnd:
        return narratedWaitEnd(trace, e, before);
    case EventKind::EpollCtl:
        if (isAsyncio(trace.model) &&
            (e.line == toLine(LineTag::AwaitRead) || e.line == toLine(LineTag::AwaitWrite))) {
            const QString what =
                e.line == toLine(LineTag::AwaitRead) ? tr("data") : tr("room to write");
            return EpollOp(e.call) == EpollOp::Add
                       ? tr("%1 registered fd %2 with epoll for the task that awaits %3 on it, "
                            "to be reported once (EPOLLONESHOT).")
                             .arg(actor)
                             .arg(e.fd)
                             .arg(what)
                       : tr("%1 re-armed fd %2 in epoll for the task that awaits %3 on it: "
                            "one report, then epoll disarms it again (EPOLLONESHOT).")
                             .arg(actor)
                             .arg(e.fd)
                             .arg(what);
        }
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
        if (e.line == toLine(LineTag::Reap))
            return tr("%1 started a thread, %2, whose only job is to collect children the "
                      "moment they exit, as a SIGCHLD handler would.")
                .arg(actor, narratedWho(trace, e.childActor));
        return tr("%1 started a new thread, %2, to serve the connection. %1 goes back to its "
                  "accept() loop, while %2 talks to the client on its own.")
            .arg(actor, narratedWho(trace, e.childActor));
    case EventKind::ThreadExit:
        if (e.line == kNoLine && trace.actor(e.actor) && trace.actor(e.actor)->parent == 0)
            return tr("%1 was stopped: it closed its listening socket and its thread ended. "
                      "This server no longer runs.")
                .arg(actor);
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
        case ReapPolicy::AtStop:
            policy = tr("the run is stopping, and SockScope collects every child that is left");
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
        return narratedError(trace, e);
    case EventKind::TaskCreate:
    case EventKind::TaskSuspend:
    case EventKind::TaskResume:
    case EventKind::TaskDone:
        return narratedTask(trace, e, index, before);
    case EventKind::TcpState: // what a sample of the kernel showed, and that it is one
    case EventKind::Queues:
        return narrateSample(trace, index, before);
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
