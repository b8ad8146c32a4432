#include "sampletext.h"

#include <QCoreApplication>

namespace sockscope::eventtext {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SampleText", text);
}
// Plural: tr("%n byte(s)", nullptr, n), the form lupdate reads as a plural message.
QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("SampleText", text, disambiguation, n);
}

// A sample keeps the last holder the sampler saw, and says whether this sample saw it
// (docs/trace-format.md): a socket closed by its holder (FIN_WAIT2, TIME_WAIT, gone) has none
// any more. (A trace written before samples said so names only the last holder.)
QString holder(const Event &e)
{
    if (e.fd >= 0 && ownerPid(e) > 0 && !(e.flags & kFlagHolderSeen))
        return tr("last held by fd %1 of pid %2").arg(e.fd).arg(ownerPid(e));
    if (e.fd >= 0 && ownerPid(e) > 0)
        return tr("fd %1 of pid %2").arg(e.fd).arg(ownerPid(e));
    return tr("held by no descriptor of the run's processes");
}

QString ends(const Trace &trace, const Event &e)
{
    const Endpoint local = kernelFigures(trace, e).local;
    if (e.peer().isNull())
        return local.toString();
    return QStringLiteral("%1 ↔ %2").arg(local.toString(), e.peer().toString());
}
} // namespace

QString tcpStateMeaning(TcpState state)
{
    switch (state) {
    case TcpState::Listen:
        return tr("listening: the kernel finishes handshakes for it");
    case TcpState::SynSent:
        return tr("its SYN is sent, the handshake is not finished");
    case TcpState::SynRecv:
    case TcpState::NewSynRecv:
        return tr("a SYN arrived, the handshake is not finished");
    case TcpState::Established:
        return tr("connected");
    case TcpState::FinWait1:
    case TcpState::FinWait2:
        return tr("this end has closed, the peer has not yet");
    case TcpState::CloseWait:
        return tr("the peer has closed, this end has not");
    case TcpState::LastAck:
        return tr("both ends have closed, the last acknowledgement is awaited");
    case TcpState::Closing:
        return tr("both ends closed at the same time");
    case TcpState::TimeWait:
        return tr("this end closed first: the kernel keeps the connection's addresses for a "
                  "while");
    case TcpState::Close:
        return tr("closed");
    case TcpState::Gone:
        return tr("the kernel no longer has this socket");
    }
    return {};
}

QString sampleResult(const Trace &trace, const Event &e)
{
    if (e.kind == EventKind::TcpState) {
        const auto state = TcpState(e.call);
        return tr("%1 (sampled): %2; %3, %4")
            .arg(QLatin1String(tcpStateName(state)), tcpStateMeaning(state), ends(trace, e),
                 holder(e));
    }
    if (e.kind != EventKind::Queues)
        return {};
    const KernelFigures f = kernelFigures(trace, e);
    QString text;
    if (f.acceptQueue >= 0) {
        text = tr("%n connection(s) wait in the accept queue", nullptr, f.acceptQueue);
        if (f.backlog >= 0)
            text += tr(" (backlog %1 + 1)").arg(f.backlog);
        if (f.listenDrops > 0)
            text += tr("; %n connection request(s) dropped since listen()", nullptr, f.listenDrops);
    } else {
        text = tr("%n unread byte(s) in the receive queue", nullptr, std::max(f.recvQueue, 0));
        text += tr(", %n byte(s) not yet acknowledged in the send queue", nullptr,
                   std::max(f.sendQueue, 0));
    }
    return tr("%1 (sampled); %2, %3").arg(text, ends(trace, e), holder(e));
}

} // namespace sockscope::eventtext
