#include "runconfig.h"

#include <array>

namespace sockscope {

namespace {
constexpr std::array<const char *, 4> kProtocolNames = {"echo", "fixed-length", "delimited",
                                                        "length-prefixed"};
constexpr std::array<const char *, std::size_t(StepKind::Count)> kStepNames = {
    "connect", "sleep",        "send",       "send_bytes",     "send_pieces", "send_framed",
    "recv",    "recv_exactly", "recv_until", "shutdown_write", "close",       "wait_release"};
} // namespace

const char *protocolName(Protocol p)
{
    return kProtocolNames[std::size_t(p)];
}

std::optional<Protocol> protocolFromName(QByteArrayView name)
{
    for (std::size_t i = 0; i < kProtocolNames.size(); ++i) {
        if (name == QByteArrayView(kProtocolNames[i]))
            return Protocol(i);
    }
    return std::nullopt;
}

const char *stepKindName(StepKind k)
{
    return kStepNames[std::size_t(k)];
}

std::optional<StepKind> stepKindFromName(QByteArrayView name)
{
    for (std::size_t i = 0; i < kStepNames.size(); ++i) {
        if (name == QByteArrayView(kStepNames[i]))
            return StepKind(i);
    }
    return std::nullopt;
}

RunConfig threeClientsConfig(const QString &model)
{
    RunConfig config;
    config.scenario = QStringLiteral("three-clients");
    config.server.model = model;
    for (int i = 1; i <= 3; ++i) {
        ClientScript c;
        c.name = QStringLiteral("client %1").arg(i);
        c.udp = model == QLatin1String("udp");
        auto step = [](StepKind kind) {
            ClientStep s;
            s.kind = kind;
            return s;
        };
        ClientStep sleep = step(StepKind::Sleep);
        sleep.ms = 300;
        ClientStep send = step(StepKind::Send);
        send.data = QStringLiteral("hello from client %1\n").arg(i).toUtf8();
        c.steps = {step(StepKind::Connect), sleep, send, step(StepKind::Recv),
                   step(StepKind::Close)};
        config.clients.push_back(c);
    }
    return config;
}

} // namespace sockscope

namespace sockscope {

QMap<QString, QString> ServerOptions::traceSettings() const
{
    QMap<QString, QString> s;
    if (model == QLatin1String("forking"))
        s.insert(QStringLiteral("reap"), QString::fromLatin1(reapPolicyName(reap)));
    s.insert(QStringLiteral("protocol"), QString::fromLatin1(protocolName(protocol)));
    s.insert(QStringLiteral("recv_size"), QString::number(recvSize));
    if (model == QLatin1String("asyncio"))
        s.insert(QStringLiteral("blocking_work"),
                 blockingWork ? QStringLiteral("true") : QStringLiteral("false"));
    if (!variant.isEmpty())
        s.insert(QStringLiteral("variant"), variant);
    // The lessons' options, only where set, so the listing shows their lines.
    if (acceptDelayMs > 0)
        s.insert(QStringLiteral("accept_delay_ms"), QString::number(acceptDelayMs));
    if (!closeOnEof)
        s.insert(QStringLiteral("close_on_eof"), QStringLiteral("false"));
    if (sendBytes > 0)
        s.insert(QStringLiteral("send_bytes"), QString::number(sendBytes));
    if (sendBuffer > 0)
        s.insert(QStringLiteral("send_buffer"), QString::number(sendBuffer));
    if (!reuseAddress)
        s.insert(QStringLiteral("reuseaddr"), QStringLiteral("false"));
    if (restart)
        s.insert(QStringLiteral("restart"), QStringLiteral("true"));
    return s;
}

} // namespace sockscope
