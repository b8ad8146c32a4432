#include "blockedspans.h"

#include <algorithm>

#include "fdtable.h"

#include <QCoreApplication>
#include <QHash>

namespace sockscope {

namespace {

WaitReason reasonFor(const Event &begin, const FdTables &tables, Endpoint *peer)
{
    const FdInfo *info = tables.find(begin.actor, begin.fd);
    if (begin.readinessAtCall() == Event::Readiness::Ready)
        return WaitReason::ReadyAtCall;
    switch (begin.kind) {
    case EventKind::AcceptBegin:
        return WaitReason::NoClientYet;
    case EventKind::RecvBegin:
        if (info && !info->peer.isNull()) {
            *peer = info->peer;
            return WaitReason::NoDataFrom;
        }
        return WaitReason::NoDataOnFd;
    case EventKind::WaitBegin:
        return WaitReason::NoneReady;
    case EventKind::ConnectBegin:
        *peer = begin.peer();
        return WaitReason::Handshake;
    case EventKind::SendBegin:
        if (info)
            *peer = info->peer;
        return WaitReason::SendBufferFull;
    case EventKind::RecvfromBegin:
        return WaitReason::NoDatagram;
    default:
        return WaitReason::Unknown;
    }
}

const char *callName(const Event &begin)
{
    switch (begin.kind) {
    case EventKind::AcceptBegin:
        return "accept";
    case EventKind::ConnectBegin:
        return "connect";
    case EventKind::RecvBegin:
        return "recv";
    case EventKind::SendBegin:
        return "send";
    case EventKind::RecvfromBegin:
        return "recvfrom";
    case EventKind::WaitBegin:
        switch (WaitMechanism(begin.call)) {
        case WaitMechanism::Poll:
            return "poll";
        case WaitMechanism::Epoll:
            return "epoll_wait";
        default:
            return "select";
        }
    default:
        return eventKindName(begin.kind);
    }
}

QVector<int> watched(const WaitSets &sets)
{
    QVector<int> fds = sets.readSet;
    for (int fd : sets.writeSet) {
        if (!fds.contains(fd))
            fds.append(fd);
    }
    return fds;
}

} // namespace

void BlockedSpanFinder::feed(const Trace &trace, const SpanFound &began, const SpanFound &ended)
{
    const auto &events = trace.events();
    for (std::size_t i = std::size_t(m_fed); i < events.size(); ++i) {
        const Event &e = events[i];
        if (isBeginKind(e.kind)) {
            BlockedSpan span;
            span.beginNs = e.tNs;
            span.begin = std::uint32_t(i);
            span.actor = e.actor;
            span.fd = e.fd;
            span.kind = e.kind;
            Endpoint peer;
            span.reason = reasonFor(e, m_tables, &peer);
            span.peerIpv4 = peer.ipv4;
            span.peerPort = peer.port;
            m_open.insert(e.actor, span);
            began(span);
        } else if (isEndKind(e.kind)) {
            const auto it = m_open.find(e.actor);
            if (it != m_open.end() && it->kind == beginKindFor(e.kind)) {
                BlockedSpan span = *it;
                m_open.erase(it);
                span.end = std::uint32_t(i);
                span.endNs = e.tNs;
                ended(span);
            }
        }
        m_tables.apply(trace, e);
    }
    m_fed = qsizetype(events.size());
}

void BlockedSpanList::feed(const Trace &trace)
{
    m_finder.feed(
        trace,
        [this](const BlockedSpan &span) {
            m_openAt.insert(span.actor, m_spans.size());
            m_spans.push_back(span);
        },
        [this](const BlockedSpan &span) { m_spans[m_openAt.take(span.actor)] = span; });
}

std::vector<BlockedSpan> findBlockedSpans(const Trace &trace)
{
    BlockedSpanList list;
    list.feed(trace);
    return list.takeSpans();
}

QString fdSetText(const QVector<int> &fds, int maxShown)
{
    // Long sets are cut so that no label can ask for unbounded room: "{6, 9, 12, … 997 more}".
    const qsizetype shown = maxShown > 0 ? std::min<qsizetype>(fds.size(), maxShown) : fds.size();
    QString text = QStringLiteral("{");
    for (qsizetype i = 0; i < shown; ++i) {
        if (i)
            text += QStringLiteral(", ");
        text += QString::number(fds[i]);
    }
    if (shown < fds.size())
        text += QCoreApplication::translate("WaitReason", ", … %n more", nullptr,
                                            int(fds.size() - shown));
    return text + QLatin1Char('}');
}

QString readyAtCallText(const Event &begin)
{
    // Spelled out (no tr() lambda) so lupdate files them under WaitReason, plural forms
    // included.
    auto tr = [](const char *text) { return QCoreApplication::translate("WaitReason", text); };
    if (begin.bytes < 0) // no figure: a non-blocking socket, which never waits
        return tr("the socket is non-blocking, so the call returned at once");
    const int queued = begin.bytes;
    switch (begin.kind) {
    case EventKind::AcceptBegin:
        if (queued > 0)
            return QCoreApplication::translate(
                "WaitReason", "%n connection(s) already in the accept queue", nullptr, queued);
        return QCoreApplication::translate("WaitReason",
                                           "a connection was already in the accept queue");
    case EventKind::RecvBegin:
        if (queued > 0)
            return QCoreApplication::translate(
                "WaitReason", "%n byte(s) already in the receive buffer", nullptr, queued);
        return QCoreApplication::translate("WaitReason",
                                           "the other end had already closed (end of stream)");
    case EventKind::RecvfromBegin:
        return tr("a datagram was already waiting");
    default:
        return tr("the call returned at once");
    }
}

QString blockedCallLabel(const Trace &trace, const BlockedSpan &span)
{
    const Event &begin = trace.at(span.begin);
    const QString name = QString::fromLatin1(callName(begin));
    if (begin.kind == EventKind::WaitBegin)
        return QStringLiteral("%1(%2)").arg(name, fdSetText(watched(trace.waitSets(begin))));
    return QStringLiteral("%1(fd %2)").arg(name).arg(begin.fd);
}

QString blockedCallName(const Trace &trace, const BlockedSpan &span)
{
    return QString::fromLatin1(callName(trace.at(span.begin))) + QStringLiteral("()");
}

QString whyItWaits(const Trace &trace, const BlockedSpan &span)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("WaitReason", text); };
    switch (span.reason) {
    case WaitReason::NoClientYet:
        return tr("no connection is waiting to be accepted");
    case WaitReason::NoDataFrom:
        return tr("no data from %1 yet").arg(span.peer().toString());
    case WaitReason::NoDataOnFd:
        return tr("no data on fd %1 yet").arg(span.fd);
    case WaitReason::NoneReady:
        return tr("none of %1 is ready")
            .arg(fdSetText(watched(trace.waitSets(trace.at(span.begin)))));
    case WaitReason::Handshake:
        return span.peer().isNull()
                   ? tr("the server has not completed the handshake yet")
                   : tr("%1 has not completed the handshake yet").arg(span.peer().toString());
    case WaitReason::SendBufferFull:
        return span.peer().isNull()
                   ? tr("the send buffer is full; the peer is not reading")
                   : tr("the send buffer is full; %1 is not reading").arg(span.peer().toString());
    case WaitReason::NoDatagram:
        return tr("no datagram has arrived yet");
    case WaitReason::ReadyAtCall:
        return tr("nothing: %1").arg(readyAtCallText(trace.at(span.begin)));
    case WaitReason::Unknown:
        break;
    }
    return {};
}

} // namespace sockscope
