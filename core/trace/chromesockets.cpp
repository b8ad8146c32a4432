#include "chromesockets.h"

#include "kernelsample.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>
#include <vector>

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

void ChromeSocketTracks::slice(const Event &from, std::int64_t toNs, int tid)
{
    m_out(QJsonObject{{QStringLiteral("ph"), QStringLiteral("X")},
                      {QStringLiteral("name"), QLatin1String(tcpStateName(TcpState(from.call)))},
                      {QStringLiteral("cat"), QStringLiteral("tcp_state")},
                      {QStringLiteral("pid"), kSocketsPid},
                      {QStringLiteral("tid"), tid},
                      {QStringLiteral("ts"), micros(from.tNs)},
                      {QStringLiteral("dur"), micros(toNs - from.tNs)},
                      {QStringLiteral("args"),
                       QJsonObject{{QStringLiteral("fd"), from.fd},
                                   {QStringLiteral("pid"), ownerPid(from)},
                                   {QStringLiteral("held"), (from.flags & kFlagHolderSeen) != 0},
                                   {QStringLiteral("sampled"), true}}}});
}

void ChromeSocketTracks::add(const Trace &trace, const Event &e)
{
    if (!isKernelSampleKind(e.kind))
        return;
    const KernelFigures f = kernelFigures(trace, e);
    const QString name = socketName(f.local, e.peer());
    auto it = m_tracks.find(name);
    if (it == m_tracks.end()) {
        if (m_tracks.isEmpty())
            m_out(QJsonObject{{QStringLiteral("ph"), QStringLiteral("M")},
                              {QStringLiteral("name"), QStringLiteral("process_name")},
                              {QStringLiteral("pid"), kSocketsPid},
                              {QStringLiteral("tid"), 0},
                              {QStringLiteral("args"),
                               QJsonObject{{QStringLiteral("name"),
                                            QStringLiteral("sockets (kernel, sampled)")}}}});
        Track track;
        track.tid = kFirstSocketTid + int(m_tracks.size());
        it = m_tracks.insert(name, track);
        m_out(QJsonObject{{QStringLiteral("ph"), QStringLiteral("M")},
                          {QStringLiteral("name"), QStringLiteral("thread_name")},
                          {QStringLiteral("pid"), kSocketsPid},
                          {QStringLiteral("tid"), it->tid},
                          {QStringLiteral("args"), QJsonObject{{QStringLiteral("name"), name}}}});
    }
    if (e.kind == EventKind::TcpState) {
        if (it->open)
            slice(it->state, e.tNs, it->tid);
        it->open = TcpState(e.call) != TcpState::Gone;
        it->state = e;
        return;
    }
    QJsonObject values;
    if (f.acceptQueue >= 0) {
        values.insert(QStringLiteral("accept_queue"), f.acceptQueue);
        values.insert(QStringLiteral("backlog"), f.backlog);
    } else {
        values.insert(QStringLiteral("recv_queue"), std::max(f.recvQueue, 0));
        values.insert(QStringLiteral("send_queue"), std::max(f.sendQueue, 0));
    }
    m_out(QJsonObject{{QStringLiteral("ph"), QStringLiteral("C")},
                      {QStringLiteral("name"), QStringLiteral("queues %1").arg(name)},
                      {QStringLiteral("cat"), QStringLiteral("queues")},
                      {QStringLiteral("pid"), kSocketsPid},
                      {QStringLiteral("tid"), it->tid},
                      {QStringLiteral("ts"), micros(e.tNs)},
                      {QStringLiteral("args"), values}});
}

void ChromeSocketTracks::finish(std::int64_t endNs)
{
    // In the order the tracks were made, not of the hash: the same trace, the same file.
    std::vector<const Track *> open;
    for (auto it = m_tracks.cbegin(); it != m_tracks.cend(); ++it) {
        if (it->open)
            open.push_back(&it.value());
    }
    std::sort(open.begin(), open.end(),
              [](const Track *a, const Track *b) { return a->tid < b->tid; });
    for (const Track *track : open)
        slice(track->state, endNs, track->tid);
}

} // namespace sockscope
