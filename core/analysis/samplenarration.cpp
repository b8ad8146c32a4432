#include "samplenarration.h"

#include "lanes.h"
#include "sampletext.h"

#include <QCoreApplication>

#include <algorithm>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Narration", text);
}
// Plural: tr("%n byte(s)", nullptr, n), the form lupdate reads as a plural message.
QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("Narration", text, disambiguation, n);
}

// How far back a sample looks for the same socket's previous sample: a bound, so narrating
// every event of a long run stays linear enough; beyond it no "since the previous sample".
constexpr qsizetype kLookBack = 20000;
// How long after a sample the call whose return made what it saw may still be stamped (a thread
// stamps its return at once; within kLookBack events too).
constexpr std::int64_t kStampedAfterNs = 1000000000;

// The first event after the sample at `index`, within kStampedAfterNs and kLookBack events,
// that `fits`; null when none does.
template <typename Fits>
const Event *nextStampedAfter(const Trace &trace, qsizetype index, Fits fits)
{
    const std::int64_t sampledNs = trace.at(index).tNs;
    const qsizetype end = std::min(trace.size(), index + kLookBack);
    for (qsizetype i = index + 1; i < end && trace.at(i).tNs - sampledNs <= kStampedAfterNs; ++i) {
        if (fits(trace.at(i)))
            return &trace.at(i);
    }
    return nullptr;
}

QString lane(const Trace &trace, std::uint32_t actor)
{
    const Actor *a = trace.actor(actor);
    return a ? laneTitle(*a) : QString();
}

bool isClient(const Trace &trace, std::uint32_t actor)
{
    const Actor *a = trace.actor(actor);
    return a && a->kind == ActorKind::Client;
}

// The descriptor the sample's socket is, in the tables just before it: same number, same
// ends; else (`closed`) what that descriptor held when it was closed. Null when neither has it
// (or the sample names no descriptor and no open one has its ends).
const FdInfo *holderOf(const Trace &trace, const Event &e, const FdTables &before, int *fd,
                       bool *closed)
{
    *fd = e.fd;
    *closed = false;
    const Endpoint local = kernelFigures(trace, e).local;
    const Endpoint peer = e.peer();
    auto fits = [&](const FdInfo &info) {
        const bool localFits = info.local.isNull() || info.local == local;
        const bool peerFits = peer.isNull() ? info.role == FdRole::Listening : info.peer == peer;
        return localFits && peerFits;
    };
    if (e.fd >= 0) {
        for (std::uint32_t process : before.processes()) {
            if (const FdInfo *info = before.find(process, e.fd); info && fits(*info))
                return info;
        }
        // A descriptor the tables have closed by the sample's stamp (the sampler looked while
        // the close() was under way, or the socket outlived it and the sample kept its last
        // holder): what that descriptor held when it was closed.
        for (std::uint32_t process : before.processes()) {
            if (const FdInfo *info = before.findClosed(process, e.fd); info && fits(*info)) {
                *closed = true;
                return info;
            }
        }
        return nullptr;
    }
    // A sample that names no descriptor (none held the socket when the sampler looked) can be
    // stamped after the accept() that made one: the tables at this moment know the
    // connection by its two ends.
    if (peer.isNull())
        return nullptr;
    for (std::uint32_t process : before.processes()) {
        const QMap<int, FdInfo> table = before.tableOf(process);
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            if (!it->local.isNull() && it->local == local && it->peer == peer) {
                *fd = it.key();
                return before.find(process, it.key());
            }
        }
    }
    return nullptr;
}

// The scripted client whose connect() was made from `address` around the sample at `index`
// (0: none): the last one whose connect() returned before the sample, else one whose return is
// stamped just after it (a connection sampled in the accept queue before its client's return
// was stamped). A long run can use an ephemeral port again for another client; the first
// client that ever had the address is not the one to name then, nor one that connects from it
// long after the sample.
std::uint32_t clientAt(const Trace &trace, Endpoint address, qsizetype index)
{
    const auto madeFrom = [&](const Event &p) {
        return p.kind == EventKind::ConnectEnd && p.err == 0 && trace.local(p) == address &&
               isClient(trace, p.actor);
    };
    for (qsizetype i = index - 1; i >= 0; --i) {
        if (madeFrom(trace.at(i)))
            return trace.at(i).actor;
    }
    const Event *after = nextStampedAfter(trace, index, madeFrom);
    return after ? after->actor : 0;
}

// The accept() that returns the descriptor a sample saw holding its socket, recorded after
// the sample (the kernel installs the descriptor before the call's return is stamped): the
// next accept() returning that descriptor number, if it returns it for the same peer, within
// a second and kLookBack events (a thread stamps its return at once; a sample of a descriptor
// another process holds, which no accept() of the trace returns, costs no more than that).
const Event *acceptReturning(const Trace &trace, qsizetype index)
{
    const Event &e = trace.at(index);
    if (e.fd < 0 || !(e.flags & kFlagHolderSeen) || e.peer().isNull())
        return nullptr;
    const Event *p = nextStampedAfter(trace, index, [&](const Event &q) {
        return q.kind == EventKind::AcceptEnd && q.newFd == e.fd;
    });
    return p && p->peer() == e.peer() ? p : nullptr;
}

// "The server's connection to client 2 (fd 9)", "client 1's socket (fd 7)", "fd 3", or the
// addresses when no descriptor of the run holds it.
QString socketName(const Trace &trace, qsizetype index, const FdTables &before)
{
    const Event &e = trace.at(index);
    int fd = -1;
    bool closed = false;
    const FdInfo *info = holderOf(trace, e, before, &fd, &closed);
    if (!info) {
        if (const Event *accept = acceptReturning(trace, index)) {
            const QString client = lane(trace, accept->childActor);
            if (!client.isEmpty())
                return tr("the server's connection to %1 (fd %2, which an accept() under way "
                          "returns)")
                    .arg(client)
                    .arg(e.fd);
            return tr("fd %1 (which an accept() under way returns)").arg(e.fd);
        }
    }
    if (info && info->peerActor != 0 && !lane(trace, info->peerActor).isEmpty())
        return (closed ? tr("the server's connection to %1 (fd %2, already closed)")
                       : tr("the server's connection to %1 (fd %2)"))
            .arg(lane(trace, info->peerActor))
            .arg(fd);
    if (info && isClient(trace, info->lastUser))
        return (closed ? tr("%1's socket (fd %2, already closed)") : tr("%1's socket (fd %2)"))
            .arg(lane(trace, info->lastUser))
            .arg(fd);
    if (info && !closed)
        return tr("fd %1").arg(fd);
    // The sample names a holder the tables never had (another process's descriptor, one
    // passed over a Unix socket), or one closed without a lane to name it by: the holder the
    // sample saw, else its last; never "no descriptor holds it".
    if (e.fd >= 0 && !e.peer().isNull() && (e.flags & kFlagHolderSeen))
        return tr("the connection %1 ↔ %2 (held by fd %3 of pid %4)")
            .arg(kernelFigures(trace, e).local.toString(), e.peer().toString())
            .arg(e.fd)
            .arg(ownerPid(e));
    if (e.fd >= 0 && !e.peer().isNull())
        return tr("the connection %1 ↔ %2 (last seen held by fd %3)")
            .arg(kernelFigures(trace, e).local.toString(), e.peer().toString())
            .arg(e.fd);
    const Endpoint local = kernelFigures(trace, e).local;
    if (e.peer().isNull())
        return tr("the socket %1").arg(local.toString());
    // No descriptor holds it: a connection still in a listener's accept queue, or one whose
    // descriptors are closed. Its peer may be a scripted client (its connect() said from where).
    if (const std::uint32_t client = clientAt(trace, e.peer(), index); client != 0)
        return tr("the server's end of %1's connection (no descriptor holds it)")
            .arg(lane(trace, client));
    // A scripted client's own end: a client's socket loses its descriptor only to close()
    // (TIME_WAIT, FIN_WAIT2 after it closed first).
    if (const std::uint32_t client = clientAt(trace, local, index); client != 0)
        return tr("%1's socket (already closed)").arg(lane(trace, client));
    return tr("the connection %1 ↔ %2 (no descriptor holds it)")
        .arg(local.toString(), e.peer().toString());
}

// A sentence's first word in capitals, unless it is a descriptor: "fd 7" is written so
// everywhere else in the narration ("fd 7 is now a listening socket"), never "Fd 7".
QString capitalized(QString text)
{
    if (!text.isEmpty() && !text.startsWith(QLatin1String("fd ")))
        text[0] = text[0].toUpper();
    return text;
}

// The same socket's previous queues sample, within kLookBack events.
const Event *previousSample(const Trace &trace, qsizetype index)
{
    const Event &e = trace.at(index);
    const Endpoint local = kernelFigures(trace, e).local;
    for (qsizetype i = index - 1; i >= 0 && i >= index - kLookBack; --i) {
        const Event &p = trace.at(i);
        if (p.kind == EventKind::Queues && p.peer() == e.peer() &&
            kernelFigures(trace, p).local == local)
            return &p;
    }
    return nullptr;
}

// The scripted clients whose connect() had begun and not ended before `index`.
QStringList clientsInConnect(const Trace &trace, qsizetype index)
{
    QMap<std::uint32_t, bool> waiting;
    for (qsizetype i = 0; i < index; ++i) {
        const Event &p = trace.at(i);
        if (p.kind == EventKind::ConnectBegin && isClient(trace, p.actor))
            waiting[p.actor] = true;
        else if (p.kind == EventKind::ConnectEnd)
            waiting.remove(p.actor);
    }
    QStringList names;
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it)
        names << lane(trace, it.key());
    return names;
}

QString listenerText(const Trace &trace, qsizetype index, const FdTables &before)
{
    const Event &e = trace.at(index);
    const KernelFigures f = kernelFigures(trace, e);
    QString text = tr("%n connection(s) wait in the accept queue of %1", nullptr, f.acceptQueue)
                       .arg(socketName(trace, index, before));
    if (f.backlog >= 0) {
        text += tr(" (backlog %1 + 1, sampled)").arg(f.backlog);
        if (f.acceptQueue > f.backlog)
            text += tr(": it is full");
    } else {
        text += tr(" (sampled)");
    }
    text += QLatin1Char('.');
    const Event *previous = previousSample(trace, index);
    const int before_ = previous ? kernelFigures(trace, *previous).listenDrops : -1;
    if (previous && before_ >= 0 && f.listenDrops > before_) {
        text += QLatin1Char(' ') + tr("Since the previous sample the kernel dropped %n more "
                                      "connection request(s) that found no room.",
                                      nullptr, f.listenDrops - before_);
        const QStringList waiting = clientsInConnect(trace, index);
        if (!waiting.isEmpty())
            text += QLatin1Char(' ') +
                    tr("Still in connect(): %1.").arg(waiting.join(QStringLiteral(", ")));
    }
    return text;
}

QString connectionText(const Trace &trace, qsizetype index, const FdTables &before)
{
    const Event &e = trace.at(index);
    const KernelFigures f = kernelFigures(trace, e);
    const QString name = capitalized(socketName(trace, index, before));
    QString text =
        tr("%1 holds %n unread byte(s) in its receive queue", nullptr, std::max(f.recvQueue, 0))
            .arg(name);
    if (f.recvBuffer > 0)
        text += tr(" (of a %n-byte receive buffer)", nullptr, f.recvBuffer);
    text += tr(" and %n byte(s) not yet acknowledged in its send queue", nullptr,
               std::max(f.sendQueue, 0));
    if (f.sendBuffer > 0)
        text += tr(" (of a %n-byte send buffer)", nullptr, f.sendBuffer);
    return text + tr(" (sampled).");
}

} // namespace

QString narrateSample(const Trace &trace, qsizetype index, const FdTables &before)
{
    const Event &e = trace.at(index);
    if (e.kind == EventKind::TcpState) {
        const auto state = TcpState(e.call);
        return tr("%1 is in %2 (sampled): %3.")
            .arg(capitalized(socketName(trace, index, before)), QLatin1String(tcpStateName(state)),
                 eventtext::tcpStateMeaning(state));
    }
    if (e.kind != EventKind::Queues)
        return {};
    if (kernelFigures(trace, e).acceptQueue >= 0)
        return listenerText(trace, index, before);
    return connectionText(trace, index, before);
}

} // namespace sockscope
