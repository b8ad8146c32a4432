#include "summary.h"

#include "trace/kernelsample.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace sockscope {

namespace {

double toMs(std::int64_t ns)
{
    // Microsecond resolution is plenty and keeps the JSON short.
    return std::round(double(ns) / 1000.0) / 1000.0;
}

QJsonValue optionalMs(const std::optional<double> &ms)
{
    return ms ? QJsonValue(*ms) : QJsonValue(QJsonValue::Null);
}

struct ClientTimes
{
    std::optional<std::int64_t> first;      // any call
    std::optional<std::int64_t> connected;  // connect_end that succeeded
    std::optional<std::int64_t> firstSend;  // first sendto (UDP)
    std::optional<std::int64_t> firstReply; // first recv that returned data
    std::optional<std::int64_t> accepted;   // the server's accept_end of this client
    std::int64_t last = 0;
    bool talked = false; // connected or sent a datagram: a client, not the driver
    bool udp = false;
};

} // namespace

RunSummary summarizeTrace(const Trace &trace)
{
    RunSummary summary;
    summary.model = trace.model;
    summary.variant = trace.settings.value(QStringLiteral("variant"));
    summary.scenario = trace.scenario;
    summary.events = trace.size();
    summary.droppedEvents = trace.droppedEvents();

    QHash<std::uint32_t, ClientTimes> clients;
    QSet<int> exited;
    QSet<int> reaped;
    int zombies = 0;
    QSet<std::uint32_t> liveServerThreads;

    auto isKind = [&](std::uint32_t id, ActorKind kind) {
        const Actor *a = trace.actor(id);
        return a && a->kind == kind;
    };

    for (const Event &e : trace.events()) {
        const Actor *actor = trace.actor(e.actor);
        if (actor && actor->kind == ActorKind::Client && !actor->external) {
            ClientTimes &c = clients[e.actor];
            if (!c.first)
                c.first = e.tNs;
            c.last = e.tNs;
            switch (e.kind) {
            case EventKind::ConnectBegin:
                c.talked = true;
                break;
            case EventKind::ConnectEnd:
                if (e.err == 0 && !c.connected)
                    c.connected = e.tNs;
                break;
            case EventKind::Sendto:
                c.talked = true;
                c.udp = true;
                if (e.err == 0 && !c.firstSend)
                    c.firstSend = e.tNs;
                break;
            case EventKind::RecvEnd:
            case EventKind::RecvfromEnd:
                if (e.err == 0 && e.bytes > 0 && !c.firstReply)
                    c.firstReply = e.tNs;
                break;
            default:
                break;
            }
            continue;
        }
        if (actor && actor->kind != ActorKind::Client) {
            if (actor->kind == ActorKind::Thread && e.kind != EventKind::ThreadExit) {
                liveServerThreads.insert(e.actor);
                summary.threadsPeak = std::max(summary.threadsPeak, int(liveServerThreads.size()));
            }
            // What a loop does with its tasks is no system call, nor is the kernel's sample of
            // a socket (the observer's, not the server's).
            if (!isEndKind(e.kind) && e.kind != EventKind::ThreadExit &&
                e.kind != EventKind::ProcessExit && !isTaskKind(e.kind) &&
                !isKernelSampleKind(e.kind))
                ++summary.systemCalls;
        }
        switch (e.kind) {
        case EventKind::AcceptEnd:
            if (e.err == 0 && e.childActor != 0 && isKind(e.childActor, ActorKind::Client)) {
                ClientTimes &c = clients[e.childActor];
                if (!c.accepted)
                    c.accepted = e.tNs;
            }
            break;
        case EventKind::ThreadSpawn:
            if (e.err == 0 && isKind(e.childActor, ActorKind::Thread)) {
                ++summary.threadsCreated;
                // Alive from its spawn on, before its own first call.
                liveServerThreads.insert(e.childActor);
                summary.threadsPeak = std::max(summary.threadsPeak, int(liveServerThreads.size()));
            }
            break;
        case EventKind::ThreadExit:
            if (isKind(e.actor, ActorKind::Thread))
                liveServerThreads.remove(e.actor);
            break;
        case EventKind::Fork:
            if (e.err == 0 && e.childPid > 0)
                ++summary.processesCreated;
            break;
        case EventKind::TaskCreate:
            ++summary.tasksCreated;
            break;
        case EventKind::ProcessExit:
            if (!exited.contains(e.childPid) && !reaped.contains(e.childPid)) {
                exited.insert(e.childPid);
                summary.zombiesPeak = std::max(summary.zombiesPeak, ++zombies);
            }
            break;
        case EventKind::Reap:
            if (!reaped.contains(e.childPid)) {
                reaped.insert(e.childPid);
                if (exited.contains(e.childPid))
                    --zombies;
            }
            break;
        case EventKind::WaitBegin:
            if (actor && actor->kind != ActorKind::Client)
                ++summary.selectCalls;
            break;
        default:
            break;
        }
    }

    std::optional<std::int64_t> makespanBegin;
    std::optional<std::int64_t> makespanEnd;
    for (const Actor &actor : trace.actors()) {
        if (actor.kind != ActorKind::Client || actor.external)
            continue;
        const auto it = clients.constFind(actor.id);
        if (it == clients.constEnd() || !it->talked)
            continue;
        const ClientTimes &c = *it;
        ClientSummary s;
        s.name = escapeText(actor.name); // shown in tables and printed by the CLI
        const auto reachedOut = c.udp ? c.firstSend : c.connected;
        if (reachedOut)
            s.connectMs = toMs(*reachedOut);
        if (c.firstReply)
            s.firstReplyMs = toMs(*c.firstReply);
        s.doneMs = toMs(c.last);
        const auto servedAt = c.udp ? c.firstReply : c.accepted;
        if (reachedOut && servedAt) // the accept may return before connect() does
            s.waitedMs = toMs(std::max<std::int64_t>(0, *servedAt - *reachedOut));
        summary.perClient.push_back(s);
        makespanBegin = std::min(makespanBegin.value_or(*c.first), *c.first);
        makespanEnd = std::max(makespanEnd.value_or(c.last), c.last);
    }
    summary.clients = int(summary.perClient.size());
    if (makespanBegin && makespanEnd)
        summary.makespanMs = toMs(*makespanEnd - *makespanBegin);
    return summary;
}

QJsonObject summaryToJson(const RunSummary &summary)
{
    QJsonArray perClient;
    for (const auto &c : summary.perClient) {
        perClient.append(QJsonObject{{QStringLiteral("name"), c.name},
                                     {QStringLiteral("connect_ms"), optionalMs(c.connectMs)},
                                     {QStringLiteral("first_reply_ms"), optionalMs(c.firstReplyMs)},
                                     {QStringLiteral("done_ms"), optionalMs(c.doneMs)},
                                     {QStringLiteral("waited_ms"), optionalMs(c.waitedMs)}});
    }
    QJsonObject json{{QStringLiteral("model"), summary.model},
                     {QStringLiteral("scenario"), summary.scenario},
                     {QStringLiteral("clients"), summary.clients},
                     {QStringLiteral("events"), summary.events},
                     {QStringLiteral("threads_created"), summary.threadsCreated},
                     {QStringLiteral("processes_created"), summary.processesCreated},
                     {QStringLiteral("tasks_created"), summary.tasksCreated},
                     {QStringLiteral("threads_peak"), summary.threadsPeak},
                     {QStringLiteral("zombies_peak"), summary.zombiesPeak},
                     {QStringLiteral("select_calls"), summary.selectCalls},
                     {QStringLiteral("system_calls"), summary.systemCalls},
                     {QStringLiteral("per_client"), perClient},
                     {QStringLiteral("makespan_ms"), optionalMs(summary.makespanMs)}};
    // Only a trace cut by a memory budget says it: every count above is of what was kept.
    if (summary.droppedEvents > 0)
        json.insert(QStringLiteral("dropped_events"), summary.droppedEvents);
    if (!summary.variant.isEmpty())
        json.insert(QStringLiteral("variant"), summary.variant);
    return json;
}

QByteArray summaryJson(const RunSummary &summary)
{
    return QJsonDocument(summaryToJson(summary)).toJson(QJsonDocument::Compact);
}

} // namespace sockscope
