#include "chromesockets.h"

#include "kernelsample.h"

#include <QHash>
#include <QJsonObject>

namespace sockscope {

namespace {
constexpr int kSocketsPid = 3; // beside the clients' groups (1, 2) in chrometrace.cpp
constexpr int kFirstSocketTid = 1000000;

double micros(std::int64_t ns)
{
    return double(ns) / 1000.0;
}

QString socketName(const Endpoint &local, const Endpoint &peer)
{
    return peer.isNull() ? QStringLiteral("%1 (listening)").arg(local.toString())
                         : QStringLiteral("%1 ↔ %2").arg(local.toString(), peer.toString());
}
} // namespace

void appendChromeSocketTracks(const Trace &trace,
                              const std::function<void(const QJsonObject &)> &out)
{
    struct Track
    {
        int tid = 0;
        qsizetype openState = -1; // index of the tcp_state that opened the current slice
    };
    QHash<QString, Track> tracks;
    auto slice = [&](const Event &from, std::int64_t toNs, int tid) {
        out(QJsonObject{
            {QStringLiteral("ph"), QStringLiteral("X")},
            {QStringLiteral("name"), QLatin1String(tcpStateName(TcpState(from.call)))},
            {QStringLiteral("cat"), QStringLiteral("tcp_state")},
            {QStringLiteral("pid"), kSocketsPid},
            {QStringLiteral("tid"), tid},
            {QStringLiteral("ts"), micros(from.tNs)},
            {QStringLiteral("dur"), micros(toNs - from.tNs)},
            {QStringLiteral("args"), QJsonObject{{QStringLiteral("fd"), from.fd},
                                                 {QStringLiteral("pid"), ownerPid(from)},
                                                 {QStringLiteral("sampled"), true}}}});
    };
    for (qsizetype i = 0; i < trace.size(); ++i) {
        const Event &e = trace.at(i);
        if (!isKernelSampleKind(e.kind))
            continue;
        const KernelFigures f = kernelFigures(trace, e);
        const QString name = socketName(f.local, e.peer());
        auto it = tracks.find(name);
        if (it == tracks.end()) {
            if (tracks.isEmpty())
                out(QJsonObject{{QStringLiteral("ph"), QStringLiteral("M")},
                                {QStringLiteral("name"), QStringLiteral("process_name")},
                                {QStringLiteral("pid"), kSocketsPid},
                                {QStringLiteral("tid"), 0},
                                {QStringLiteral("args"),
                                 QJsonObject{{QStringLiteral("name"),
                                              QStringLiteral("sockets (kernel, sampled)")}}}});
            it = tracks.insert(name, Track{kFirstSocketTid + int(tracks.size()), -1});
            out(QJsonObject{{QStringLiteral("ph"), QStringLiteral("M")},
                            {QStringLiteral("name"), QStringLiteral("thread_name")},
                            {QStringLiteral("pid"), kSocketsPid},
                            {QStringLiteral("tid"), it->tid},
                            {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), name}}}});
        }
        if (e.kind == EventKind::TcpState) {
            if (it->openState >= 0)
                slice(trace.at(it->openState), e.tNs, it->tid);
            it->openState = TcpState(e.call) == TcpState::Gone ? -1 : i;
            continue;
        }
        QJsonObject values;
        if (f.acceptQueue >= 0) {
            values.insert(QStringLiteral("accept_queue"), f.acceptQueue);
            values.insert(QStringLiteral("backlog"), f.backlog);
        } else {
            values.insert(QStringLiteral("recv_queue"), std::max(f.recvQueue, 0));
            values.insert(QStringLiteral("send_queue"), std::max(f.sendQueue, 0));
        }
        out(QJsonObject{{QStringLiteral("ph"), QStringLiteral("C")},
                        {QStringLiteral("name"), QStringLiteral("queues %1").arg(name)},
                        {QStringLiteral("cat"), QStringLiteral("queues")},
                        {QStringLiteral("pid"), kSocketsPid},
                        {QStringLiteral("tid"), it->tid},
                        {QStringLiteral("ts"), micros(e.tNs)},
                        {QStringLiteral("args"), values}});
    }
    // States still held at the end of the trace run to its end.
    for (auto it = tracks.cbegin(); it != tracks.cend(); ++it) {
        if (it->openState >= 0)
            slice(trace.at(it->openState), trace.endNs(), it->tid);
    }
}

} // namespace sockscope
