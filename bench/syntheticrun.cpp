#include "syntheticrun.h"

#include "trace/linetag.h"

namespace sockscope::bench {

void recordEchoLikeRun(Recorder &recorder, Trace &trace, qsizetype events)
{
    const auto main =
        recorder.addActor({0, ActorKind::Thread, QStringLiteral("main"), 100, 100, 0, false});
    const Endpoint server{0x7f000001, 5000};
    qsizetype recorded = 0;
    for (int client = 0; recorded < events; ++client) {
        const auto worker =
            recorder.addActor({0, ActorKind::Thread, QStringLiteral("worker %1").arg(client), 100,
                               200 + client, main, false});
        const auto peer =
            recorder.addActor({0, ActorKind::Client, QStringLiteral("client %1").arg(client), 100,
                               300 + client, 0, false});
        const Endpoint local{0x7f000001, std::uint16_t(40000 + client % 20000)};
        auto rec = [&](std::uint32_t actor, EventKind kind, int fd, int bytes = -1,
                       QByteArrayView payload = {}, LineTag line = LineTag::None) {
            Event e;
            e.actor = actor;
            e.kind = kind;
            e.fd = fd;
            e.bytes = bytes;
            e.line = toLine(line);
            recorder.record(e, payload);
            ++recorded;
        };
        rec(main, EventKind::AcceptBegin, 3, -1, {}, LineTag::Accept);
        rec(peer, EventKind::ConnectBegin, 7, -1, {}, LineTag::Connect);
        {
            Event e;
            e.actor = peer;
            e.kind = EventKind::ConnectEnd;
            e.fd = 7;
            e.setPeer(server);
            recorder.record(e, payload::encodeEndpoint(local));
            ++recorded;
        }
        {
            Event e;
            e.actor = main;
            e.kind = EventKind::AcceptEnd;
            e.fd = 3;
            e.newFd = 4;
            e.childActor = peer;
            e.setPeer(local);
            recorder.record(e);
            ++recorded;
        }
        {
            Event e;
            e.actor = main;
            e.kind = EventKind::ThreadSpawn;
            e.childActor = worker;
            recorder.record(e);
            ++recorded;
        }
        // A few request/reply rounds per connection, each with its own text.
        for (int round = 0; round < 4; ++round) {
            const QByteArray message = QByteArrayLiteral("line %1 from client %2\n")
                                           .replace("%1", QByteArray::number(round))
                                           .replace("%2", QByteArray::number(client));
            rec(worker, EventKind::RecvBegin, 4, -1, {}, LineTag::Recv);
            rec(peer, EventKind::Send, 7, int(message.size()), message, LineTag::Send);
            rec(worker, EventKind::RecvEnd, 4, int(message.size()), message, LineTag::Recv);
            rec(worker, EventKind::Send, 4, int(message.size()), message, LineTag::Send);
            rec(peer, EventKind::RecvBegin, 7, -1, {}, LineTag::Recv);
            rec(peer, EventKind::RecvEnd, 7, int(message.size()), message, LineTag::Recv);
        }
        rec(peer, EventKind::Close, 7, -1, {}, LineTag::Close);
        rec(worker, EventKind::RecvBegin, 4, -1, {}, LineTag::Recv);
        rec(worker, EventKind::RecvEnd, 4, 0, {}, LineTag::Recv);
        rec(worker, EventKind::Close, 4, -1, {}, LineTag::Close);
        rec(worker, EventKind::ThreadExit, -1, -1, {}, LineTag::ThreadExit);
        if (recorder.pendingEvents() > 4096)
            recorder.drainInto(trace);
    }
    recorder.drainInto(trace);
}

} // namespace sockscope::bench
