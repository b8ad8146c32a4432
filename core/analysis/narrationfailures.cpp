#include "narrationparts.h"

#include "eventtext.h"
#include "trace/kernelsample.h"

#include <QHash>

namespace sockscope {

namespace {

// What the kernel's latest samples before `index` say holds `port`: a listening socket, a
// connection in TIME_WAIT. Sockets are told apart by their local and peer addresses.
struct PortHolders
{
    bool listening = false;
    bool timeWait = false;
};

PortHolders portHolders(const Trace &trace, qsizetype index, std::uint16_t port)
{
    QHash<QString, TcpState> latest; // "local peer" -> its latest sampled state
    for (qsizetype i = 0; i < index && i < trace.size(); ++i) {
        const Event &s = trace.at(i);
        if (s.kind != EventKind::TcpState)
            continue;
        const Endpoint local = kernelFigures(trace, s).local;
        if (local.port != port)
            continue;
        latest.insert(local.toString() + QLatin1Char(' ') + s.peer().toString(), TcpState(s.call));
    }
    PortHolders holders;
    for (const TcpState state : std::as_const(latest)) {
        holders.listening |= state == TcpState::Listen;
        holders.timeWait |= state == TcpState::TimeWait;
    }
    return holders;
}

} // namespace

QString narratedFailure(const Trace &trace, const Event &e, const QString &call)
{
    QString why;
    switch (e.err) {
    case 98: // EADDRINUSE
        why = tr("another socket already uses this address and port: a server listening "
                 "there, or a connection on it still in TIME_WAIT.");
        break;
    case 111: // ECONNREFUSED
        why = tr("nobody is listening on that port, so the kernel answered the handshake with "
                 "a reset.");
        break;
    case 11: // EAGAIN
        why = e.kind == EventKind::Fork
                  ? tr("the kernel would not create another process: the limit on threads and "
                       "processes (RLIMIT_NPROC, pids.max) is reached.")
                  : tr("nothing was ready and the socket is non-blocking.");
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
    // The code that refused said why (select() and FD_SETSIZE): its words, not a guess.
    if (const QByteArrayView message = trace.errorMessage(e); !message.isEmpty()) {
        why = QString::fromUtf8(message);
        if (!why.endsWith(QLatin1Char('.')))
            why += QLatin1Char('.');
    }
    return tr("%1's %2 failed with %3: %4")
        .arg(narratedWho(trace, e.actor), call, eventtext::errnoText(e.err), why);
}

// bind() refused with EADDRINUSE: by whom, as far as the trace knows. A connection left in
// TIME_WAIT (time-wait-reuseaddr) is not a server listening there.
QString narratedBindInUse(const Trace &trace, qsizetype index)
{
    const Event &e = trace.at(index);
    const PortHolders holders = portHolders(trace, index, e.peer().port);
    if (holders.timeWait && !holders.listening)
        return tr("%1's bind() failed with %2: no socket listens on port %3 in the kernel's "
                  "latest sample, but the old connection's end on that port is in TIME_WAIT "
                  "(the end that closed first, which the kernel keeps for a minute). Without "
                  "SO_REUSEADDR, bind() refuses a port such a connection still uses, so this "
                  "socket cannot listen.")
            .arg(narratedWho(trace, e.actor), eventtext::errnoText(e.err))
            .arg(e.peer().port);
    if (holders.listening)
        return tr("%1's bind() failed with %2: another socket already listens on port %3; only "
                  "one server can listen on a port at a time.")
            .arg(narratedWho(trace, e.actor), eventtext::errnoText(e.err))
            .arg(e.peer().port);
    return narratedFailure(trace, e, QStringLiteral("bind()"));
}

// The end of a server whose start failed (a refused bind() or listen()): it closed its socket
// and ended without ever listening.
QString narratedStartFailure(const Trace &trace, qsizetype index)
{
    const Event &e = trace.at(index);
    QString call = tr("a call");
    for (qsizetype i = index - 1; i >= 0; --i) {
        const Event &before = trace.at(i);
        if (before.actor == e.actor && before.err == e.err &&
            (before.kind == EventKind::Bind || before.kind == EventKind::Listen)) {
            call = QString::fromLatin1(eventKindName(before.kind)) + QStringLiteral("()");
            break;
        }
    }
    return tr("%1 ended without serving anyone: its %2 failed with %3, so it closed its socket "
              "and never listened. This server did not start.")
        .arg(narratedWho(trace, e.actor), call, eventtext::errnoText(e.err));
}

// An `error` event: a failed call, or a connection the server turned away. The server's
// own explanation (kept with the event) says what it did about it.
QString narratedError(const Trace &trace, const Event &e)
{
    const QString actor = narratedWho(trace, e.actor);
    const QString explanation = QString::fromUtf8(trace.payloadOf(e));
    const auto call = EventKind(e.call);
    if (e.err == 0) {
        // Not a failed call: the server's own limit (max clients) turned the connection away.
        return explanation.isEmpty()
                   ? tr("%1 turned the connection on fd %2 away.").arg(actor).arg(e.fd)
                   : tr("%1 turned the connection on fd %2 away: %3.")
                         .arg(actor)
                         .arg(e.fd)
                         .arg(explanation);
    }
    const bool makesTask = call == EventKind::ThreadSpawn || call == EventKind::Fork;
    if (makesTask && (e.err == 11 /* EAGAIN */ || e.err == 12 /* ENOMEM */)) {
        const QString what = call == EventKind::Fork ? tr("another process") : tr("another thread");
        QString text = tr("%1 could not get %2: the kernel refused with %3, because the limit "
                          "on threads and processes (RLIMIT_NPROC, pids.max) or memory is "
                          "reached.")
                           .arg(actor, what, eventtext::errnoText(e.err));
        if (!explanation.isEmpty())
            text += QLatin1Char(' ') + explanation + QLatin1Char('.');
        return text;
    }
    QString text = narratedFailure(trace, e, narratedCall(e.call));
    if (!explanation.isEmpty())
        text += QLatin1Char(' ') + explanation + QLatin1Char('.');
    return text;
}

} // namespace sockscope
