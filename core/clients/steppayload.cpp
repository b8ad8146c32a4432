#include "steppayload.h"

#include <QtEndian>

namespace sockscope {

QByteArray fillerBytes(int count)
{
    static const QByteArray pattern = QByteArrayLiteral("abcdefghijklmnopqrstuvwxyz0123456789");
    QByteArray out;
    out.reserve(count);
    while (out.size() < count)
        out.append(pattern.left(count - out.size()));
    return out;
}

QByteArray stepPayload(const ClientStep &step, const ServerOptions &server)
{
    switch (step.kind) {
    case StepKind::Send:
    case StepKind::SendPieces:
        return step.data.isEmpty() && step.count > 0 ? fillerBytes(step.count) : step.data;
    case StepKind::SendBytes:
        return fillerBytes(step.count);
    case StepKind::SendFramed: {
        const QByteArray body = step.data.isEmpty() ? fillerBytes(step.count) : step.data;
        switch (server.protocol) {
        case Protocol::Echo:
            return body;
        case Protocol::FixedLength:
            // The server reads exactly fixedLength bytes per message: pad or cut to fit.
            return body.leftJustified(server.fixedLength, ' ', true);
        case Protocol::Delimited:
            return body.endsWith(server.delimiter) ? body : body + server.delimiter;
        case Protocol::LengthPrefixed: {
            char prefix[4];
            qToBigEndian(std::uint32_t(body.size()), prefix);
            return QByteArray(prefix, 4) + body;
        }
        }
        return body;
    }
    default:
        return {};
    }
}

std::vector<QByteArray> splitIntoPieces(const QByteArray &payload, int pieces)
{
    std::vector<QByteArray> out;
    const qsizetype total = payload.size();
    const qsizetype parts = std::clamp<qsizetype>(pieces, 1, std::max<qsizetype>(total, 1));
    qsizetype offset = 0;
    for (qsizetype i = 0; i < parts; ++i) {
        const qsizetype size = total / parts + (i < total % parts ? 1 : 0);
        out.push_back(payload.mid(offset, size));
        offset += size;
    }
    return out;
}

QString describeStep(const ClientStep &step, bool udp)
{
    auto quoted = [](const QByteArray &bytes) {
        QString text = escapeBytes(bytes);
        if (text.size() > 24)
            text = text.left(21) + QStringLiteral("...");
        return QStringLiteral("\"%1\"").arg(text);
    };
    const QString send = udp ? QStringLiteral("sendto") : QStringLiteral("send");
    const QString recv = udp ? QStringLiteral("recvfrom") : QStringLiteral("recv");
    switch (step.kind) {
    case StepKind::Connect:
        return udp ? QStringLiteral("socket (UDP)") : QStringLiteral("connect");
    case StepKind::Sleep:
        return QStringLiteral("sleep %1 ms").arg(step.ms);
    case StepKind::Send:
        return QStringLiteral("%1 %2").arg(send, quoted(step.data));
    case StepKind::SendBytes:
        return QStringLiteral("%1 %2 bytes").arg(send).arg(step.count);
    case StepKind::SendPieces:
        return QStringLiteral("%1 %2 in %3 pieces").arg(send, quoted(step.data)).arg(step.pieces);
    case StepKind::SendFramed:
        return QStringLiteral("%1 framed %2").arg(send, quoted(step.data));
    case StepKind::Recv:
        return QStringLiteral("%1 up to %2 bytes")
            .arg(recv)
            .arg(step.count > 0 ? step.count : kDefaultRecvSize);
    case StepKind::RecvExactly:
        return QStringLiteral("%1 exactly %2 bytes").arg(recv).arg(step.count);
    case StepKind::RecvUntil:
        return QStringLiteral("%1 until %2").arg(recv, quoted(step.delimiter));
    case StepKind::ShutdownWrite:
        return QStringLiteral("shutdown(SHUT_WR)");
    case StepKind::Close:
        return QStringLiteral("close");
    case StepKind::WaitRelease:
        return QStringLiteral("wait for release");
    case StepKind::Count:
        break;
    }
    return {};
}

} // namespace sockscope
