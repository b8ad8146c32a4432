#include "stateattime.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace sockscope {

LineTag lineTagOf(const Event &e)
{
    // A watched program's own source line is not a listing tag: the kind says which call.
    if (e.line != kNoLine && !isSourceLine(e.line))
        return LineTag(e.line);
    switch (e.kind) {
    case EventKind::Socket:
        return LineTag::Socket;
    case EventKind::Bind:
        return LineTag::Bind;
    case EventKind::Listen:
        return LineTag::Listen;
    case EventKind::Close:
        return LineTag::Close;
    case EventKind::Shutdown:
        return LineTag::Shutdown;
    case EventKind::AcceptBegin:
    case EventKind::AcceptEnd:
        return LineTag::Accept;
    case EventKind::ConnectBegin:
    case EventKind::ConnectEnd:
        return LineTag::Connect;
    case EventKind::RecvBegin:
    case EventKind::RecvEnd:
        return LineTag::Recv;
    case EventKind::Send:
    case EventKind::SendBegin:
    case EventKind::SendEnd:
        return LineTag::Send;
    case EventKind::RecvfromBegin:
    case EventKind::RecvfromEnd:
        return LineTag::RecvFrom;
    case EventKind::Sendto:
        return LineTag::SendTo;
    case EventKind::WouldBlock:
        return LineTag::WouldBlock;
    case EventKind::WaitBegin:
    case EventKind::WaitEnd:
        switch (WaitMechanism(e.call)) {
        case WaitMechanism::Poll:
            return LineTag::Poll;
        case WaitMechanism::Epoll:
            return LineTag::EpollWait;
        default:
            return LineTag::Select;
        }
    case EventKind::EpollCtl:
        return LineTag::EpollCtl;
    case EventKind::ThreadSpawn:
        return LineTag::SpawnThread;
    case EventKind::ThreadExit:
        return LineTag::ThreadExit;
    case EventKind::Fork:
        return LineTag::Fork;
    case EventKind::ProcessExit:
        return LineTag::ChildExit;
    case EventKind::TcpState: // samples of the kernel: no line of anybody's code
    case EventKind::Queues:
        return LineTag::None;
    case EventKind::Reap:
        return LineTag::Reap;
    case EventKind::TaskCreate:
        return LineTag::CreateTask;
    case EventKind::TaskSuspend:
    case EventKind::TaskResume:
        switch (TaskWait(e.call)) {
        case TaskWait::Read:
            return LineTag::AwaitRead;
        case TaskWait::Write:
            return LineTag::AwaitWrite;
        case TaskWait::Timer:
            return LineTag::AwaitSleep;
        case TaskWait::None:
            break;
        }
        return LineTag::None;
    case EventKind::TaskDone:
        return LineTag::TaskDone;
    case EventKind::Error:
    case EventKind::Count:
        break;
    }
    return LineTag::None;
}

const ActorStatus *StateAtTime::statusOf(std::uint32_t actor) const
{
    for (const ActorStatus &s : actors) {
        if (s.actor == actor)
            return &s;
    }
    return nullptr;
}

std::vector<OpenSocket> StateAtTime::socketsOf(std::uint32_t process) const
{
    std::vector<OpenSocket> result;
    std::copy_if(sockets.begin(), sockets.end(), std::back_inserter(result),
                 [process](const OpenSocket &s) { return s.process == process; });
    return result;
}

namespace {

// Checkpoints are kept at least this many events apart, more in a trace so long and wide
// that all of them would take more than the budget.
constexpr qsizetype kMinCheckpointInterval = 1024;
constexpr double kCheckpointBudgetBytes = 64.0 * 1024 * 1024;
constexpr double kFdBytesPerActor = 64; // a guess at the descriptor tables' share

std::size_t actorCountOf(const Trace *trace)
{
    return trace ? trace->actors().size() : 0;
}

// Per actor id, 0 unused: a status that knows its actor, and no open call.
void fitActors(std::vector<ActorStatus> &status, std::vector<qsizetype> &openBegin,
               std::size_t actorCount)
{
    const std::size_t from = status.size();
    status.resize(actorCount + 1);
    for (std::size_t id = from; id <= actorCount; ++id)
        status[id].actor = std::uint32_t(id);
    openBegin.resize(actorCount + 1, -1);
}

// The kind of event after which a client counts as exited, when it is the client's last.
bool finishesClient(const Trace &trace, qsizetype index)
{
    const Event &e = trace.at(index);
    const Actor *actor = trace.actor(e.actor);
    return actor && actor->kind == ActorKind::Client &&
           (e.kind == EventKind::Close || e.kind == EventKind::Error);
}

} // namespace

StateReplay::StateReplay(const Trace *trace)
{
    setTrace(trace);
}

void StateReplay::setTrace(const Trace *trace)
{
    m_trace = trace;
    m_spans = BlockedSpanList();
    m_checkpoints.clear();
    m_lastEventOfActor.clear();
    m_followed = 0;
    m_interval = kMinCheckpointInterval;
    restart();
}

void StateReplay::restart()
{
    m_tables = FdTables();
    m_tablesBefore = FdTables();
    m_applied = -1;
    m_status.clear();
    m_openBegin.clear();
    fitActors(m_status, m_openBegin, actorCountOf(m_trace));
    m_childByPid.clear();
    m_loops.clear();
    m_serverLoop = 0;
}

void StateReplay::follow()
{
    const std::size_t actorCount = actorCountOf(m_trace);
    const qsizetype size = m_trace ? m_trace->size() : 0;
    if (size < m_followed) { // not a trace that grew: another one
        const Trace *trace = m_trace;
        setTrace(trace);
    }
    // New actors get lanes of their own: nothing replayed so far changes.
    m_lastEventOfActor.resize(actorCount + 1, -1);
    fitActors(m_status, m_openBegin, actorCount);

    // A client whose last event was a close has finished its script, unless the trace has
    // grown and the client did more: a replay past that close said "exited" too early.
    qsizetype firstChanged = std::numeric_limits<qsizetype>::max();
    for (qsizetype i = m_followed; i < size; ++i) {
        const std::uint32_t actor = m_trace->at(i).actor;
        if (actor > actorCount)
            continue;
        const qsizetype previous = m_lastEventOfActor[actor];
        if (previous >= 0 && finishesClient(*m_trace, previous))
            firstChanged = std::min(firstChanged, previous);
        m_lastEventOfActor[actor] = i;
    }
    m_followed = size;
    if (firstChanged != std::numeric_limits<qsizetype>::max()) {
        while (!m_checkpoints.empty() && m_checkpoints.back().applied >= firstChanged)
            m_checkpoints.pop_back();
        if (m_applied >= firstChanged)
            restart();
    }

    // Checkpoints far enough apart that all of them together stay within a budget, and never
    // so far that one step replays more than a few thousand events.
    const double perCheckpoint =
        double(actorCount + 1) * (sizeof(ActorStatus) + sizeof(qsizetype) + kFdBytesPerActor);
    m_interval = std::max<qsizetype>(
        kMinCheckpointInterval, qsizetype(double(size) * perCheckpoint / kCheckpointBudgetBytes));
}

void StateReplay::keepCheckpoint()
{
    const qsizetype last = m_checkpoints.empty() ? -1 : m_checkpoints.back().applied;
    if (m_applied - last < m_interval)
        return;
    m_checkpoints.push_back(
        {m_applied, m_tables, m_status, m_openBegin, m_childByPid, m_loops, m_serverLoop});
}

bool StateReplay::resumeBefore(qsizetype index)
{
    // The latest checkpoint before `index`: at least one event is left to apply, which sets
    // the tables before that event.
    const auto after =
        std::partition_point(m_checkpoints.begin(), m_checkpoints.end(),
                             [index](const Checkpoint &c) { return c.applied < index; });
    if (after == m_checkpoints.begin())
        return false;
    const Checkpoint &c = *std::prev(after);
    if (c.applied <= m_applied && index >= m_applied)
        return false; // going on from here is nearer
    m_tables = c.tables;
    m_tablesBefore = FdTables();
    m_status = c.status;
    m_openBegin = c.openBegin;
    fitActors(m_status, m_openBegin, actorCountOf(m_trace));
    m_childByPid = c.childByPid;
    m_loops = c.loops;
    m_serverLoop = c.serverLoop;
    m_applied = c.applied;
    return true;
}

void StateReplay::apply(qsizetype index)
{
    const Event &e = m_trace->at(index);
    m_tables.apply(*m_trace, e);
    const std::size_t actorCount = m_status.size() - 1;
    auto status = [&](std::uint32_t id) -> ActorStatus * {
        return id >= 1 && id <= actorCount ? &m_status[id] : nullptr;
    };
    ActorStatus *self = status(e.actor);
    if (!self)
        return;
    self->lastEvent = index;
    if (const LineTag tag = lineTagOf(e); tag != LineTag::None)
        self->line = toLine(tag);
    if (self->state == ActorState::NotStarted)
        self->state = ActorState::Running;

    if (isBeginKind(e.kind)) {
        self->state = e.readinessAtCall() == Event::Readiness::Ready ? ActorState::InCall
                                                                     : ActorState::Blocked;
        self->blockedIn = e.kind;
        self->fd = e.fd;
        m_openBegin[e.actor] = index;
    } else if (isEndKind(e.kind) &&
               (self->state == ActorState::Blocked || self->state == ActorState::InCall)) {
        self->state = ActorState::Running;
        self->blockedIn = EventKind::Count;
        self->fd = -1;
        m_openBegin[e.actor] = -1;
    }

    switch (e.kind) {
    case EventKind::TaskCreate:
        if (ActorStatus *task = status(e.childActor);
            task && task->state == ActorState::NotStarted) {
            task->state = ActorState::Running; // the loop runs it at once, to its first await
            task->line = toLine(LineTag::CreateTask);
        }
        break;
    case EventKind::TaskSuspend:
        self->state = ActorState::Suspended;
        self->awaiting = TaskWait(e.call);
        self->fd = self->awaiting == TaskWait::Timer ? -1 : e.fd;
        self->sleepMs = self->awaiting == TaskWait::Timer ? e.bytes : -1;
        break;
    case EventKind::TaskResume:
        self->state = ActorState::Running;
        self->awaiting = TaskWait::None;
        self->fd = -1;
        self->sleepMs = -1;
        break;
    case EventKind::TaskDone:
        self->state = ActorState::Done;
        self->awaiting = TaskWait::None;
        self->fd = -1;
        self->sleepMs = -1;
        break;
    case EventKind::ThreadSpawn:
    case EventKind::Fork:
        if (ActorStatus *child = status(e.childActor);
            child && child->state == ActorState::NotStarted)
            child->state = ActorState::Running;
        if (e.kind == EventKind::Fork && e.childPid > 0)
            m_childByPid.insert(e.childPid, e.childActor);
        break;
    case EventKind::ThreadExit:
        self->state = ActorState::Exited;
        break;
    case EventKind::ProcessExit: {
        // Recorded on the child's own lane; a parent-recorded exit names the child by pid.
        const std::uint32_t child =
            m_trace->actor(e.actor) && m_trace->actor(e.actor)->kind == ActorKind::Process
                ? e.actor
                : m_childByPid.value(e.childPid, 0);
        if (ActorStatus *s = status(child); s && s->state != ActorState::Reaped)
            s->state = ActorState::Zombie;
        break;
    }
    case EventKind::Reap:
        if (e.err == 0) {
            if (ActorStatus *s = status(m_childByPid.value(e.childPid, 0)))
                s->state = ActorState::Reaped;
        }
        break;
    case EventKind::WaitBegin: {
        const WaitSets sets = m_trace->waitSets(e);
        Loop &loop = loopOf(e.actor);
        loop.state.mechanism = WaitMechanism(e.call);
        QVector<int> watched = sets.readSet;
        for (int fd : sets.writeSet) {
            if (!watched.contains(fd))
                watched.append(fd);
        }
        if (loop.state.mechanism != WaitMechanism::Epoll || !loop.epollCtlSeen)
            loop.state.interest = watched;
        loop.state.closed.clear();
        loop.state.previousReady = loop.state.lastReady;
        loop.state.lastReady.clear();
        break;
    }
    case EventKind::WaitEnd: {
        const WaitSets sets = m_trace->waitSets(e);
        QVector<int> ready = sets.readyRead;
        for (int fd : sets.readyWrite) {
            if (!ready.contains(fd))
                ready.append(fd);
        }
        loopOf(e.actor).state.lastReady = ready;
        break;
    }
    case EventKind::EpollCtl:
        if (e.err == 0 && e.fd >= 0) {
            Loop &loop = loopOf(e.actor);
            loop.epollCtlSeen = true;
            loop.state.mechanism = WaitMechanism::Epoll;
            if (EpollOp(e.call) == EpollOp::Add && !loop.epollInterest.contains(e.fd))
                loop.epollInterest.append(e.fd);
            else if (EpollOp(e.call) == EpollOp::Del)
                loop.epollInterest.removeAll(e.fd);
            loop.state.interest = loop.epollInterest;
        }
        break;
    case EventKind::Close:
        // A closed descriptor leaves epoll's interest list by itself; a select() or poll()
        // list keeps it until the next call, so it is marked closed there.
        for (auto &[actor, loop] : m_loops) {
            if (m_tables.processOf(e.actor) != m_tables.processOf(actor))
                continue;
            if (loop.epollCtlSeen) {
                loop.epollInterest.removeAll(e.fd);
                loop.state.interest = loop.epollInterest;
            } else if (loop.state.interest.contains(e.fd) && !loop.state.closed.contains(e.fd)) {
                loop.state.closed.append(e.fd);
            }
        }
        break;
    default:
        break;
    }

    // A client whose final event is a close has finished its script.
    if (m_lastEventOfActor[e.actor] == index && finishesClient(*m_trace, index))
        self->state = ActorState::Exited;
}

// What a suspended task awaits, in the inspector's words.
void StateReplay::describeAwait(ActorStatus &a) const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("WaitReason", text); };
    switch (a.awaiting) {
    case TaskWait::Read: {
        a.call = tr("await read(fd %1)").arg(a.fd);
        const FdInfo *info = m_tables.find(a.actor, a.fd);
        a.waitingFor = info && !info->peer.isNull()
                           ? tr("data or a close from %1; epoll_wait() reports fd %2 when it "
                                "comes")
                                 .arg(info->peer.toString())
                                 .arg(a.fd)
                           : tr("data on fd %1; epoll_wait() reports it when it comes").arg(a.fd);
        return;
    }
    case TaskWait::Write:
        a.call = tr("await drain(fd %1)").arg(a.fd);
        a.waitingFor =
            tr("room in fd %1's send buffer: the client must read its replies").arg(a.fd);
        return;
    case TaskWait::Timer:
        a.call = tr("await sleep(%1 ms)").arg(a.sleepMs);
        a.waitingFor = tr("its timer: the loop resumes it once %1 ms have passed").arg(a.sleepMs);
        return;
    case TaskWait::None:
        break;
    }
    a.call.clear();
    a.waitingFor.clear();
}

StateReplay::Loop &StateReplay::loopOf(std::uint32_t actor)
{
    Loop &loop = m_loops[actor];
    loop.state.actor = actor;
    const Actor *a = m_trace->actor(actor);
    loop.state.isClient = a && a->kind == ActorKind::Client;
    if (!loop.state.isClient)
        m_serverLoop = actor;
    return loop;
}

void StateReplay::snapshot()
{
    StateAtTime &s = m_state;
    s.index = m_applied;
    s.tNs = m_applied >= 0 ? m_trace->at(m_applied).tNs : 0;
    s.actors.assign(m_status.begin() + (m_status.empty() ? 0 : 1), m_status.end());
    // The kernel sampler is not an actor that runs or waits: its samples describe sockets.
    std::erase_if(s.actors, [&](const ActorStatus &a) {
        const Actor *actor = m_trace->actor(a.actor);
        return actor && actor->kind == ActorKind::Kernel;
    });
    s.liveThreads = s.liveChildren = s.zombies = 0;
    s.tasks = TaskCounts{};
    for (ActorStatus &a : s.actors) {
        const Actor *actor = m_trace->actor(a.actor);
        const bool alive = a.state == ActorState::Running || a.state == ActorState::Blocked ||
                           a.state == ActorState::InCall;
        if (actor && actor->kind == ActorKind::Thread && alive)
            ++s.liveThreads;
        if (actor && actor->kind == ActorKind::Process && alive)
            ++s.liveChildren;
        if (a.state == ActorState::Zombie)
            ++s.zombies;
        if (a.state == ActorState::Blocked || a.state == ActorState::InCall) {
            const qsizetype begin = m_openBegin[a.actor];
            const auto &spans = m_spans.spans();
            const auto span = std::lower_bound(
                spans.begin(), spans.end(), begin,
                [](const BlockedSpan &span, qsizetype i) { return qsizetype(span.begin) < i; });
            if (span != spans.end() && qsizetype(span->begin) == begin) {
                a.call = blockedCallLabel(*m_trace, *span);
                a.waitingFor = whyItWaits(*m_trace, *span);
            }
        } else if (a.state == ActorState::Suspended) {
            describeAwait(a);
        } else {
            a.call.clear();
            a.waitingFor.clear();
        }
        if (actor && actor->kind == ActorKind::Task) {
            TaskCounts &t = s.tasks;
            t.loop = actor->parent;
            ++t.created;
            switch (a.state) {
            case ActorState::Running:
                ++t.running;
                break;
            case ActorState::Suspended:
                t.awaitingRead += a.awaiting == TaskWait::Read;
                t.awaitingWrite += a.awaiting == TaskWait::Write;
                t.sleeping += a.awaiting == TaskWait::Timer;
                break;
            case ActorState::Done:
                ++t.done;
                break;
            default:
                --t.created; // not created yet at this moment
                break;
            }
        }
    }

    s.sockets.clear();
    QList<std::uint32_t> processes = m_tables.processes();
    std::sort(processes.begin(), processes.end());
    for (std::uint32_t process : processes) {
        const ActorStatus *owner = process < m_status.size() ? &m_status[process] : nullptr;
        // A reaped child's descriptors are gone with it; a zombie holds none either.
        if (owner && (owner->state == ActorState::Zombie || owner->state == ActorState::Reaped))
            continue;
        const QMap<int, FdInfo> table = m_tables.tableOf(process);
        for (auto it = table.cbegin(); it != table.cend(); ++it) {
            OpenSocket socket;
            socket.process = process;
            socket.fd = it.key();
            socket.info = it.value();
            socket.parentClosed = m_tables.parentClosed(process, it.value());
            s.sockets.push_back(socket);
        }
    }

    s.loops.clear();
    s.readiness = ReadinessState{};
    for (const auto &[actor, loop] : m_loops) {
        ReadinessState r = loop.state;
        for (int fd : r.interest) {
            const FdInfo *info = m_tables.find(actor, fd);
            if (!info)
                continue;
            if (info->role == FdRole::Listening)
                r.listening.append(fd);
            else if (info->role == FdRole::Connected && !info->peer.isNull())
                r.client.insert(fd, info->peer);
        }
        const ActorStatus &status = m_status[actor];
        r.waiting = (status.state == ActorState::Blocked || status.state == ActorState::InCall) &&
                    status.blockedIn == EventKind::WaitBegin;
        if (!r.waiting)
            r.previousReady.clear();
        if (actor == m_serverLoop)
            s.readiness = r;
        s.loops.push_back(std::move(r));
    }
}

const StateAtTime &StateReplay::stateAfter(qsizetype index)
{
    if (!m_trace) {
        m_state = StateAtTime{};
        return m_state;
    }
    if (m_followed != m_trace->size() || m_status.size() != actorCountOf(m_trace) + 1)
        follow();
    if (m_spans.fed() > m_trace->size()) // not a trace that grew: another one
        m_spans = BlockedSpanList();
    m_spans.feed(*m_trace);
    index = std::clamp<qsizetype>(index, -1, m_trace->size() - 1);
    if ((index < m_applied || index - m_applied > m_interval) && !resumeBefore(index) &&
        index < m_applied)
        restart();
    while (m_applied < index) {
        // Only the last step's "before" is ever read: copying it on every step would detach
        // (deep-copy) the tables once per event.
        if (m_applied + 1 == index)
            m_tablesBefore = m_tables;
        apply(++m_applied);
        keepCheckpoint();
    }
    snapshot();
    return m_state;
}

StateAtTime stateAfter(const Trace &trace, qsizetype index)
{
    StateReplay replay(&trace);
    return replay.stateAfter(index);
}

} // namespace sockscope
