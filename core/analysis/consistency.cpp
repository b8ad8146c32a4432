#include "consistency.h"

#include "scenario/chapters.h"
#include "trace/kernelsample.h"

namespace sockscope {

namespace {

quint64 key(std::uint32_t owner, int fd)
{
    return (quint64(owner) << 32) | std::uint32_t(fd);
}

bool says(const QString &text, const char *phrase)
{
    return text.contains(QLatin1String(phrase), Qt::CaseInsensitive);
}

// Words that claim the actor sleeps in the kernel.
bool claimsSleep(const QString &text)
{
    return says(text, "and blocks") || says(text, "to sleep") || says(text, "blocks:") ||
           says(text, "sleeps in the kernel");
}

} // namespace

ConsistencyChecker::ConsistencyChecker(const Trace &trace)
    : m_trace(trace), m_openBegin(trace.actors().size() + 1, -1)
{
    for (Flavour f : {Flavour::Python, Flavour::C, Flavour::Selectors}) {
        Listing l = listingFor(trace.model, f, trace.settings);
        if (f != Flavour::Selectors || !l.isEmpty()) // only some models have that flavour
            m_listings.push_back(std::move(l));
    }
}

void ConsistencyChecker::setChapters(const std::vector<Chapter> &chapters, const QString &model)
{
    m_triggers = chapterTriggers(chapters, model, m_trace);
    m_chapterTexts.clear();
    for (const Chapter &c : chapters)
        m_chapterTexts.push_back(chapterCaption(c));
}

void ConsistencyChecker::fail(qsizetype index, const QString &what)
{
    m_found.push_back({index, what});
}

std::uint32_t ConsistencyChecker::processOf(std::uint32_t actor) const
{
    return m_root.value(actor, actor);
}

void ConsistencyChecker::check(const ViewClaims &c)
{
    learn(c.index);
    checkEvidence(c);
    checkStop(c);
    checkClose(c);
    checkReap(c);
    checkReadiness(c);
    checkCounts(c);
    checkChapter(c);
    checkListing(c);
    checkTasks(c);
    checkFailedStart(c);
    checkSample(c);
}

// A kernel sample that names the descriptor holding its socket is never narrated as held by
// none (the sample's own fd and pid, not the descriptor tables the narration reads).
void ConsistencyChecker::checkSample(const ViewClaims &c)
{
    const Event &e = m_trace.at(c.index);
    if (!isKernelSampleKind(e.kind) || e.fd < 0 || ownerPid(e) <= 0)
        return;
    if (says(c.narration, "no descriptor holds"))
        fail(c.index, QStringLiteral("the sample names fd %1 of pid %2 as its socket's holder, "
                                     "the narration says no descriptor holds it: %3")
                          .arg(e.fd)
                          .arg(ownerPid(e))
                          .arg(c.narration));
}

// A server whose bind() or listen() failed and that then closed that socket never started
// (time-wait-reuseaddr's restart without SO_REUSEADDR): from the next step of the run on it
// is not shown running, in a call or at a line of its code.
void ConsistencyChecker::checkFailedStart(const ViewClaims &c)
{
    if (m_startFailedAt.isEmpty() || !c.state || isKernelSampleKind(m_trace.at(c.index).kind))
        return;
    for (auto it = m_startFailedAt.cbegin(); it != m_startFailedAt.cend(); ++it) {
        if (it.value() >= c.index)
            continue;
        const ActorStatus *s = c.state->statusOf(it.key());
        if (s && (s->state == ActorState::Running || s->state == ActorState::Blocked ||
                  s->state == ActorState::InCall)) {
            const Actor *a = m_trace.actor(it.key());
            fail(c.index, QStringLiteral("%1's start failed (its bind() or listen() was refused "
                                         "and it closed the socket at event %2), yet it is "
                                         "shown %3")
                              .arg(a ? a->name : QString::number(it.key()))
                              .arg(it.value())
                              .arg(actorStateName(s->state)));
        }
    }
}

// A task is resumed only for a reason the trace shows, suspended only while it runs, never
// running while its loop thread waits in epoll_wait(), and shown and counted as it is.
void ConsistencyChecker::checkTasks(const ViewClaims &c)
{
    const Event &e = m_trace.at(c.index);
    const std::uint32_t taskId = e.kind == EventKind::TaskCreate ? e.childActor : e.actor;
    const Actor *taskActor = m_trace.actor(taskId);
    if (isTaskKind(e.kind) && taskActor && taskActor->kind == ActorKind::Task) {
        TaskBook &t = m_tasks[taskId];
        const QString name = taskActor->name;
        switch (e.kind) {
        case EventKind::TaskCreate: {
            if (t.created)
                fail(c.index, QStringLiteral("%1 is created twice").arg(name));
            // A task is no thread: its lane hangs under the loop thread that made it.
            const Actor *loop = m_trace.actor(taskActor->parent);
            if (!loop || loop->kind != ActorKind::Thread || taskActor->parent != e.actor)
                fail(c.index, QStringLiteral("%1 does not belong to the loop thread that made "
                                             "it")
                                  .arg(name));
            t.created = true;
            break;
        }
        case EventKind::TaskSuspend:
            if (!t.created || t.done || t.waiting != TaskWait::None)
                fail(c.index, QStringLiteral("%1 suspends, but it was not running").arg(name));
            // time.sleep() in a coroutine (blocking_work) is no await: it never suspends.
            if (TaskWait(e.call) == TaskWait::Timer &&
                m_trace.settings.value(QStringLiteral("blocking_work")) == QLatin1String("true"))
                fail(c.index, QStringLiteral("%1 awaits a timer, but the run's work is "
                                             "time.sleep() (blocking_work true), which never "
                                             "suspends a task")
                                  .arg(name));
            t.waiting = TaskWait(e.call);
            t.fd = e.fd;
            t.sleepMs = e.bytes;
            t.suspendedNs = e.tNs;
            if (says(c.narration, "block") || claimsSleep(c.narration))
                fail(c.index, QStringLiteral("a suspended task is narrated as blocked or "
                                             "asleep in the kernel: %1")
                                  .arg(c.narration));
            break;
        case EventKind::TaskResume: {
            if (t.waiting == TaskWait::None || t.waiting != TaskWait(e.call)) {
                fail(c.index,
                     QStringLiteral("%1 is resumed from an await it was not in").arg(name));
            } else if (t.waiting == TaskWait::Timer) {
                const std::int64_t slept = e.tNs - t.suspendedNs;
                if (t.sleepMs >= 0 && slept < std::int64_t(t.sleepMs) * 1000000)
                    fail(c.index, QStringLiteral("%1 is resumed %2 ns into a %3 ms sleep")
                                      .arg(name)
                                      .arg(slept)
                                      .arg(t.sleepMs));
            } else {
                const qsizetype wait = m_lastWaitEnd.value(taskActor->parent, -1);
                const WaitSets sets = wait >= 0 ? m_trace.waitSets(m_trace.at(wait)) : WaitSets{};
                if (wait < 0 || (!sets.readyRead.contains(e.fd) && !sets.readyWrite.contains(e.fd)))
                    fail(c.index, QStringLiteral("%1 is resumed on fd %2, which its loop's "
                                                 "latest epoll_wait() did not report")
                                      .arg(name)
                                      .arg(e.fd));
            }
            t.waiting = TaskWait::None;
            break;
        }
        case EventKind::TaskDone:
            if (t.done)
                fail(c.index, QStringLiteral("%1 ends twice").arg(name));
            t.done = true;
            t.waiting = TaskWait::None;
            break;
        default:
            break;
        }
    }
    if (e.kind == EventKind::WaitEnd)
        m_lastWaitEnd.insert(e.actor, c.index);

    // What the inspector shows of each task, and the counts.
    int running = 0, reading = 0, writing = 0, sleeping = 0, done = 0;
    for (auto it = m_tasks.cbegin(); it != m_tasks.cend(); ++it) {
        const TaskBook &t = it.value();
        const Actor *a = m_trace.actor(it.key());
        const ActorStatus *shown = c.state->statusOf(it.key());
        const ActorState want = t.done                        ? ActorState::Done
                                : t.waiting == TaskWait::None ? ActorState::Running
                                                              : ActorState::Suspended;
        if (!shown || shown->state != want ||
            (want == ActorState::Suspended && shown->awaiting != t.waiting))
            fail(c.index, QStringLiteral("%1 is shown %2, the trace says %3")
                              .arg(a ? a->name : QString::number(it.key()),
                                   shown ? actorStateName(shown->state) : QStringLiteral("nowhere"),
                                   actorStateName(want)));
        if (t.done) {
            ++done;
            continue;
        }
        switch (t.waiting) {
        case TaskWait::None:
            ++running;
            // A task runs only on its loop thread, which then is in no wait.
            if (a && a->parent < m_openBegin.size() && m_openBegin[a->parent] >= 0 &&
                m_trace.at(m_openBegin[a->parent]).kind == EventKind::WaitBegin)
                fail(c.index, QStringLiteral("%1 is running while its loop thread waits in "
                                             "epoll_wait()")
                                  .arg(a->name));
            break;
        case TaskWait::Read:
            ++reading;
            break;
        case TaskWait::Write:
            ++writing;
            break;
        case TaskWait::Timer:
            ++sleeping;
            break;
        }
    }
    const TaskCounts &shown = c.state->tasks;
    if (shown.running != running || shown.awaitingRead != reading ||
        shown.awaitingWrite != writing || shown.sleeping != sleeping || shown.done != done)
        fail(c.index, QStringLiteral("tasks shown as \"%1\"; the trace has %2 running, %3 "
                                     "awaiting read, %4 awaiting write, %5 sleeping, %6 done")
                          .arg(taskCountsText(shown))
                          .arg(running)
                          .arg(reading)
                          .arg(writing)
                          .arg(sleeping)
                          .arg(done));
}

// The server's code pane marks a line that is in the listing of what ran: under a reaping
// policy, the lines of that policy.
void ConsistencyChecker::checkListing(const ViewClaims &c)
{
    if (m_listings.empty() || m_listings.front().isEmpty())
        return;
    const Event &e = m_trace.at(c.index);
    const Actor *a = m_trace.actor(e.actor);
    if (!a || a->kind == ActorKind::Client || e.line == kNoLine || isSourceLine(e.line))
        return;
    for (const Listing &l : m_listings) {
        if (!l.lineOf.contains(LineTag(e.line)))
            fail(c.index, QStringLiteral("%1 is at line \"%2\", which the %3 listing of %4 "
                                         "does not have")
                              .arg(a->name, QLatin1String(lineTagName(LineTag(e.line))), l.flavour,
                                   m_trace.model));
    }
}

// The raw bookkeeping, from the event alone.
void ConsistencyChecker::learn(qsizetype index)
{
    const Event &e = m_trace.at(index);
    if (e.actor < m_openBegin.size()) {
        if (isBeginKind(e.kind))
            m_openBegin[e.actor] = index;
        else if (isEndKind(e.kind))
            m_openBegin[e.actor] = -1;
    }
    const Actor *a = m_trace.actor(e.actor);
    switch (e.kind) {
    case EventKind::ThreadSpawn:
        m_root.insert(e.childActor, processOf(e.actor));
        m_threadsAlive.insert(e.childActor);
        break;
    case EventKind::ThreadExit:
        m_threadsAlive.remove(e.actor);
        break;
    case EventKind::Fork:
        m_forked.insert(e.childPid);
        break;
    case EventKind::ProcessExit:
        if (m_forked.contains(e.childPid))
            m_exited.insert(e.childPid);
        break;
    case EventKind::Reap:
        if (e.err == 0) {
            m_forked.remove(e.childPid);
            m_exited.remove(e.childPid);
        }
        break;
    case EventKind::Listen:
        if (e.err == 0)
            m_listening.insert(key(processOf(e.actor), e.fd));
        else if (a && a->kind == ActorKind::Thread)
            m_refusedFd.insert(e.actor, e.fd);
        break;
    case EventKind::ConnectEnd:
        if (e.err == 0 && a && a->kind == ActorKind::Client)
            m_connectedClientFds.insert(key(e.actor, e.fd));
        break;
    case EventKind::Bind:
        if (e.err != 0 && a && a->kind == ActorKind::Thread)
            m_refusedFd.insert(e.actor, e.fd);
        break;
    case EventKind::Close:
        if (e.err == 0)
            m_listening.remove(key(processOf(e.actor), e.fd));
        if (e.err == 0 && m_refusedFd.value(e.actor, -1) == e.fd) {
            m_refusedFd.remove(e.actor);
            m_startFailedAt.insert(e.actor, index);
        }
        break;
    default:
        break;
    }
    if (a && a->kind == ActorKind::Thread && a->parent == 0 && e.kind != EventKind::ThreadExit)
        m_threadsAlive.insert(e.actor); // the main thread lives from its first event
}

// "Blocks" only where the kernel's figure said nothing was there; "returns at once" only
// where it said something was.
void ConsistencyChecker::checkEvidence(const ViewClaims &c)
{
    const Event &e = m_trace.at(c.index);
    if (isBeginKind(e.kind)) {
        const auto r = e.readinessAtCall();
        if (r == Event::Readiness::Ready && claimsSleep(c.narration))
            fail(c.index, QStringLiteral("narration says the call sleeps, but the kernel's "
                                         "figure before it found something there: %1")
                              .arg(c.narration));
        if (r != Event::Readiness::Ready && says(c.narration, "returns at once"))
            fail(c.index, QStringLiteral("narration says the call returns at once without "
                                         "evidence: %1")
                              .arg(c.narration));
    }
    for (const ActorStatus &s : c.state->actors) {
        if (s.state != ActorState::Blocked && s.state != ActorState::InCall)
            continue;
        const qsizetype begin = s.actor < m_openBegin.size() ? m_openBegin[s.actor] : -1;
        if (begin < 0) {
            fail(c.index, QStringLiteral("actor %1 is shown in a call, but no call of it is "
                                         "open")
                              .arg(s.actor));
            continue;
        }
        const bool ready = m_trace.at(begin).readinessAtCall() == Event::Readiness::Ready;
        if (s.state == ActorState::Blocked && ready)
            fail(c.index, QStringLiteral("actor %1 is shown blocked in the call at event %2, "
                                         "which the kernel's figure says returns at once")
                              .arg(s.actor)
                              .arg(begin));
        if (s.state == ActorState::InCall && !ready)
            fail(c.index, QStringLiteral("actor %1 is shown in a call that returns at once "
                                         "(event %2) without evidence")
                              .arg(s.actor)
                              .arg(begin));
    }
}

// A stop is not an error, and it brings no datagram.
void ConsistencyChecker::checkStop(const ViewClaims &c)
{
    const Event &e = m_trace.at(c.index);
    if (e.interruptedByStop()) {
        if (says(c.narration, "failed"))
            fail(c.index, QStringLiteral("a call ended by the stop is narrated as a failure: %1")
                              .arg(c.narration));
        if (!says(c.narration, "stopped"))
            fail(c.index,
                 QStringLiteral("a call ended by the stop does not say so: %1").arg(c.narration));
    }
    if (e.kind == EventKind::RecvfromEnd && says(c.narration, "returned a datagram") &&
        (e.bytes <= 0 && e.peer().isNull()))
        fail(c.index, QStringLiteral("narrated as a datagram, but nothing came from anyone: %1")
                          .arg(c.narration));
}

// The server hears an end-of-stream only from a client that was connected.
void ConsistencyChecker::checkClose(const ViewClaims &c)
{
    const Event &e = m_trace.at(c.index);
    const Actor *a = m_trace.actor(e.actor);
    if (e.kind != EventKind::Close || !a || a->kind != ActorKind::Client)
        return;
    const bool connected = m_connectedClientFds.contains(key(e.actor, e.fd));
    if (!connected && says(c.narration, "end-of-stream"))
        fail(c.index, QStringLiteral("a client that never connected is said to send the server "
                                     "an end-of-stream: %1")
                          .arg(c.narration));
    m_connectedClientFds.remove(key(e.actor, e.fd));
}

// A reap is explained by the policy that made it.
void ConsistencyChecker::checkReap(const ViewClaims &c)
{
    const Event &e = m_trace.at(c.index);
    if (e.kind != EventKind::Reap)
        return;
    const auto policy = ReapPolicy(e.call);
    if (says(c.narration, "before each new fork") && policy != ReapPolicy::OnAccept)
        fail(c.index, QStringLiteral("a reap by policy %1 is explained as the on-accept policy: "
                                     "%2")
                          .arg(QLatin1String(reapPolicyName(policy)), c.narration));
    if (says(c.narration, "SIGCHLD") && policy != ReapPolicy::Sigchld)
        fail(c.index, QStringLiteral("a reap by policy %1 is explained by SIGCHLD: %2")
                          .arg(QLatin1String(reapPolicyName(policy)), c.narration));
}

// Readiness loops are per actor; the driver of the clients is not the server.
void ConsistencyChecker::checkReadiness(const ViewClaims &c)
{
    const Event &e = m_trace.at(c.index);
    const Actor *a = m_trace.actor(e.actor);
    if ((e.kind == EventKind::WaitBegin || e.kind == EventKind::WaitEnd) && a &&
        a->kind == ActorKind::Client && !says(c.narration, "not the server"))
        fail(c.index, QStringLiteral("the client driver's wait is narrated as the server's: %1")
                          .arg(c.narration));
    if (c.state->readiness.actor != 0 && c.state->readiness.isClient)
        fail(c.index, QStringLiteral("the server's readiness loop is a client's"));
    for (const ReadinessState &loop : c.state->loops) {
        const Actor *owner = m_trace.actor(loop.actor);
        if (!owner)
            continue;
        for (int fd : loop.listening) {
            if (!m_listening.contains(key(processOf(loop.actor), fd)))
                fail(c.index, QStringLiteral("fd %1 is called listening in %2's loop, but that "
                                             "process does not listen on it")
                                  .arg(fd)
                                  .arg(owner->name));
        }
        if (loop.waiting && !loop.lastReady.isEmpty())
            fail(c.index, QStringLiteral("%1's wait is still open, yet fds are shown ready")
                              .arg(owner->name));
    }
}

// Children are counted with their zombies.
void ConsistencyChecker::checkCounts(const ViewClaims &c)
{
    const StateAtTime &s = *c.state;
    if (s.children() != m_forked.size())
        fail(c.index, QStringLiteral("%1 child processes shown, the trace has %2 forked and not "
                                     "reaped")
                          .arg(s.children())
                          .arg(m_forked.size()));
    if (s.liveThreads != m_threadsAlive.size())
        fail(c.index, QStringLiteral("%1 threads shown alive, the trace has %2")
                          .arg(s.liveThreads)
                          .arg(m_threadsAlive.size()));
    if (s.zombies != m_exited.size())
        fail(c.index, QStringLiteral("%1 zombies shown, the trace has %2 exited and not reaped")
                          .arg(s.zombies)
                          .arg(m_exited.size()));
}

// A chapter shows from its trigger on, and gives way to the next.
void ConsistencyChecker::checkChapter(const ViewClaims &c)
{
    if (m_triggers.empty())
        return;
    int expected = -1;
    for (std::size_t i = 0; i < m_triggers.size(); ++i) {
        if (m_triggers[i] >= 0 && m_triggers[i] <= c.index &&
            (expected < 0 || m_triggers[i] >= m_triggers[std::size_t(expected)]))
            expected = int(i);
    }
    const QString want = expected < 0 ? QString() : m_chapterTexts[std::size_t(expected)];
    if (c.chapter != want)
        fail(c.index, QStringLiteral("chapter shown: \"%1\"; what has happened calls for: \"%2\"")
                          .arg(c.chapter.left(60), want.left(60)));
}

std::vector<Contradiction> checkConsistency(const Trace &trace,
                                            const std::vector<Chapter> *chapters,
                                            const std::function<void(ViewClaims &)> &mutate)
{
    ConsistencyChecker checker(trace);
    std::vector<qsizetype> triggers;
    if (chapters) {
        checker.setChapters(*chapters, trace.model);
        triggers = chapterTriggers(*chapters, trace.model, trace);
    }
    walkClaims(trace, [&](const ViewClaims &claims) {
        ViewClaims c = claims;
        if (chapters)
            c.chapter = captionAt(*chapters, triggers, c.index);
        if (mutate)
            mutate(c);
        checker.check(c);
    });
    return checker.contradictions();
}

} // namespace sockscope
