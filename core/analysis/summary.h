#pragma once

#include "../trace/trace.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace sockscope {

// One scripted client's times, in ms since the run started. Missing when it never happened
// (a refused connect has no connect_ms; a client the server never served has no waited_ms).
struct ClientSummary
{
    QString name;
    std::optional<double> connectMs;    // TCP: connect() returned connected; UDP: first sendto()
    std::optional<double> firstReplyMs; // first recv()/recvfrom() that returned data
    std::optional<double> doneMs;       // the client's last call (normally its close())
    // TCP: from connect to the server's accept() of this client (waiting in the backlog);
    // UDP: from the first datagram to the first reply.
    std::optional<double> waitedMs;
};

// The numbers `sockscope-cli run --summary` prints and the compare view shows, computed from
// the trace alone, so a saved trace gives the same numbers as the live run.
struct RunSummary
{
    QString model;
    QString variant; // the scenario variant that ran (trace setting "variant"); empty: none
    QString scenario;
    int clients = 0; // scripted clients (external lanes and the client driver excluded)
    qint64 events = 0;
    qint64 droppedEvents = 0; // recorded but not kept (a memory budget): the counts are of the rest
    int threadsCreated = 0;   // thread_spawn of server threads
    int processesCreated = 0; // successful fork()s
    int tasksCreated = 0;     // tasks (coroutines) an event loop made: asyncio
    int threadsPeak = 0;      // server threads alive at once (the main thread included)
    int zombiesPeak = 0;      // children exited but not yet reaped, at most at once
    int selectCalls = 0;      // readiness waits (select, poll or epoll_wait) by the server
    qint64 systemCalls = 0;   // calls the server's threads and children made (a blocked call
                              // counts once; exits are not calls)
    std::vector<ClientSummary> perClient; // in lane order
    std::optional<double> makespanMs;     // first client's first call to the last client's last
};

RunSummary summarizeTrace(const Trace &trace);

// {"model","scenario","clients","events","threads_created","processes_created","tasks_created",
//  "threads_peak","zombies_peak","select_calls","system_calls","per_client":[{"name",
//  "connect_ms","first_reply_ms","done_ms","waited_ms"}],"makespan_ms"}; a missing time is null;
//  "dropped_events" only when events were not kept.
// A scenario variant's run has "variant" too.
QJsonObject summaryToJson(const RunSummary &summary);
QByteArray summaryJson(const RunSummary &summary); // one line

} // namespace sockscope
