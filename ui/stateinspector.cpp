#include "stateinspector.h"

#include "analysis/blockedspans.h"
#include "analysis/eventtext.h"
#include "analysis/lanes.h"
#include "analysis/preparedanalysis.h"
#include "cursorstate.h"
#include "tracedocument.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sockscope {

namespace {

// The most sockets the kernel table lists.
constexpr std::size_t kMaxKernelRows = 200;

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->setWordWrap(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns fit the rows on screen: a thousand sockets are not all measured per step.
    table->horizontalHeader()->setResizeContentsPrecision(0);
    return table;
}

// Item views draw their text as plain text: bytes from the network cannot become markup here.
void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int column = 0; column < cells.size(); ++column) {
        QTableWidgetItem *item = table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            table->setItem(row, column, item);
        }
        item->setText(cells[column]);
    }
}

// Fills `table` with `rows` rows, the cells of each from `cellsOf(row)`. The columns are sized
// to their contents once, after the fill: left to size themselves, every cell set would measure
// its column again (a live run of a thousand clients: tens of ms of each refresh, the window
// deaf to input meanwhile).
template <typename CellsOf> void fillTable(QTableWidget *table, int rows, CellsOf cellsOf)
{
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    table->setRowCount(rows);
    for (int row = 0; row < rows; ++row)
        setRow(table, row, cellsOf(row));
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
}

QLabel *makeLabel(QWidget *parent, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // A long set of fds wraps or is cut by fdSetText(); it never widens the dock.
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    if (bold) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    return label;
}

QString roleText(FdRole role)
{
    switch (role) {
    case FdRole::Listening:
        return StateInspector::tr("listening");
    case FdRole::Connected:
        return StateInspector::tr("connected");
    case FdRole::Udp:
        return StateInspector::tr("UDP");
    case FdRole::Unknown:
        break;
    }
    return StateInspector::tr("new socket");
}

QString endpointText(Endpoint e)
{
    return e.isNull() ? QStringLiteral("—") : e.toString();
}

QString mechanismName(WaitMechanism m)
{
    switch (m) {
    case WaitMechanism::Poll:
        return QStringLiteral("poll()");
    case WaitMechanism::Epoll:
        return QStringLiteral("epoll");
    default:
        return QStringLiteral("select()");
    }
}

} // namespace

StateInspector::StateInspector(CursorState *state, QWidget *parent)
    : QWidget(parent), m_state(state), m_counts(makeLabel(this, true)),
      m_actors(makeTable({tr("Actor"), tr("State"), tr("In call"), tr("Waiting for")}, this)),
      m_sockets(makeTable(
          {tr("Process"), tr("fd"), tr("Kind"), tr("Local"), tr("Peer"), tr("Owner"), tr("Note")},
          this)),
      m_readinessTitle(makeLabel(this, true)),
      m_readiness(makeTable({tr("fd"), tr("What"), tr("Client address"), tr("Ready")}, this)),
      m_kernelTitle(makeLabel(this, true)),
      m_kernel(makeTable({tr("Socket"), tr("TCP state"), tr("Queues"), tr("Held by")}, this))
{
    setObjectName(QStringLiteral("StateInspector"));
    // One scroll bar for the whole inspector: each table as tall as its rows (up to
    // kMaxVisibleRows), not three tables of two rows with a scroll bar each.
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_counts);
    auto *actorsTitle = makeLabel(this, true);
    actorsTitle->setText(tr("Who is doing what"));
    layout->addWidget(actorsTitle);
    layout->addWidget(m_actors);
    auto *socketsTitle = makeLabel(this, true);
    socketsTitle->setText(tr("Open sockets, per process"));
    layout->addWidget(socketsTitle);
    layout->addWidget(m_sockets);
    layout->addWidget(m_readinessTitle);
    layout->addWidget(m_readiness);
    layout->addWidget(m_kernelTitle);
    layout->addWidget(m_kernel);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("StateScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(body);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    connect(m_state, &CursorState::changed, this, &StateInspector::refresh);
    connect(m_state, &CursorState::changed, this, &StateInspector::fitTables);
    refresh();
    fitTables();
}

void StateInspector::fitTables()
{
    for (QTableWidget *table : {m_actors, m_sockets, m_readiness, m_kernel}) {
        const int rows = std::clamp(table->rowCount(), 1, kMaxVisibleRows);
        const int height = table->horizontalHeader()->sizeHint().height() +
                           rows * table->verticalHeader()->defaultSectionSize() +
                           table->horizontalScrollBar()->sizeHint().height() +
                           2 * table->frameWidth();
        if (table->minimumHeight() != height || table->maximumHeight() != height)
            table->setFixedHeight(height);
    }
}

QString StateInspector::countsText() const
{
    return m_counts->text();
}

QString StateInspector::readinessText() const
{
    return m_readinessTitle->text();
}

QString StateInspector::kernelText() const
{
    return m_kernelTitle->text();
}

void StateInspector::refreshKernel()
{
    const Trace &trace = m_state->trace();
    // A trace opened from a file comes with its socket lanes found where it was read.
    if (PreparedAnalysis *prepared = m_state->document()->prepared();
        prepared && !prepared->socketsTaken) {
        m_socketLanes = std::move(prepared->sockets);
        prepared->socketsTaken = true;
    }
    m_socketLanes.update(trace); // what it gained since (a run), or all of another trace
    const std::vector<SocketLane> &lanes = m_socketLanes.lanes();
    if (lanes.empty()) {
        // Nothing sampled: say why instead of an empty table.
        const QString why = trace.isEmpty() ? QString() : m_socketLanes.whyNone();
        m_kernelTitle->setText(
            why.isEmpty() ? QString() : tr("Sockets in the kernel: none sampled (%1)").arg(why));
        m_kernelTitle->setVisible(!why.isEmpty());
        m_kernel->setRowCount(0);
        m_kernel->setVisible(false);
        return;
    }
    const qsizetype index = m_state->index();
    const std::int64_t t = index >= 0 && index < trace.size() ? trace.at(index).tNs : 0;
    const std::vector<SocketAtTime> at =
        index >= 0 ? socketsAt(lanes, t) : std::vector<SocketAtTime>{};
    // Thousands of rows (a c10k run) would cost the window its answers to input at every
    // refresh, and nobody reads them here: the first ones are listed, the socket lanes show all.
    const int shown = int(std::min<std::size_t>(at.size(), kMaxKernelRows));
    m_kernelTitle->setText(
        shown < int(at.size())
            ? tr("Sockets in the kernel at the cursor: %1, the first %2 listed (the socket "
                 "lanes show every one; samples: a state shorter than the sampling period can "
                 "be missed)")
                  .arg(at.size())
                  .arg(shown)
            : tr("Sockets in the kernel at the cursor: %1 (samples: a state shorter than the "
                 "sampling period can be missed)")
                  .arg(at.size()));
    m_kernelTitle->setVisible(true);
    m_kernel->setVisible(true);
    fillTable(m_kernel, shown, [&](int row) {
        const SocketAtTime &sock = at[std::size_t(row)];
        const SocketLaneTitle &title = m_socketLanes.titles()[sock.lane];
        return QStringList{title.title + QLatin1Char(' ') + title.subtitle,
                           socketStateLine(sock, t), socketQueueLine(lanes[sock.lane], sock),
                           socketHolderLine(sock)};
    });
}

void StateInspector::refresh()
{
    const Trace &trace = m_state->trace();
    const StateAtTime &s = m_state->state();
    auto name = [&](std::uint32_t id) {
        const Actor *a = trace.actor(id);
        return a ? laneTitle(*a) : QString();
    };

    QString counts = tr("Threads alive: %1    Child processes: %2 (%3 running, %4 zombies)")
                         .arg(s.liveThreads)
                         .arg(s.children())
                         .arg(s.liveChildren)
                         .arg(s.zombies);
    if (s.tasks.loop != 0) // asyncio: what the loop thread's coroutines are doing
        counts += QStringLiteral("    ") + taskCountsText(s.tasks);
    m_counts->setText(counts);

    std::vector<const ActorStatus *> actors;
    for (const ActorStatus &a : s.actors) {
        if (a.state != ActorState::NotStarted)
            actors.push_back(&a);
    }
    fillTable(m_actors, int(actors.size()), [&](int row) {
        const ActorStatus &a = *actors[std::size_t(row)];
        const bool inCall = a.state == ActorState::Blocked || a.state == ActorState::InCall ||
                            a.state == ActorState::Suspended;
        return QStringList{name(a.actor), actorStateName(a.state, seenOnlyInCalls(trace, a.actor)),
                           inCall ? a.call : QString(), inCall ? a.waitingFor : QString()};
    });

    fillTable(m_sockets, int(s.sockets.size()), [&](int row) {
        const OpenSocket &socket = s.sockets[std::size_t(row)];
        QString note;
        if (socket.parentClosed)
            note = tr("inherited over fork(); the parent closed its copy");
        else if (socket.info.inherited)
            note = tr("inherited over fork()");
        QString owner = name(socket.info.lastUser);
        if (socket.info.peerActor)
            owner = tr("%1 (talks to %2)").arg(owner, name(socket.info.peerActor));
        return QStringList{name(socket.process),
                           QString::number(socket.fd),
                           roleText(socket.info.role),
                           endpointText(socket.info.local),
                           endpointText(socket.info.peer),
                           owner,
                           note};
    });

    refreshKernel();

    const ReadinessState &r = s.readiness;
    const bool loop = r.actor != 0;
    m_readinessTitle->setVisible(loop);
    m_readiness->setVisible(loop);
    if (!loop) {
        m_readinessTitle->setText(QString());
        m_readiness->setRowCount(0);
        return;
    }
    const QString owner = name(r.actor);
    m_readinessTitle->setText(
        r.waiting ? tr("%1's %2 watches %3 (sockets_list) and is waiting now; the wait before "
                       "reported %4")
                        .arg(owner, mechanismName(r.mechanism), fdSetText(r.interest),
                             fdSetText(r.previousReady))
                  : tr("%1's %2 watches %3 (sockets_list); its latest wait reported %4 ready")
                        .arg(owner, mechanismName(r.mechanism), fdSetText(r.interest),
                             fdSetText(r.lastReady)));
    fillTable(m_readiness, int(r.interest.size()), [&](int row) {
        const int fd = r.interest[row];
        QString what = tr("not a socket the trace shows (the console pipe, a file)");
        QString address = QStringLiteral("—");
        if (r.closed.contains(fd)) {
            what = tr("closed after the latest wait began");
        } else if (r.listening.contains(fd)) {
            what = tr("listening socket");
        } else if (r.client.contains(fd)) {
            what = tr("client connection");
            address = r.client.value(fd).toString(); // clients[socket]
        }
        return QStringList{QString::number(fd), what, address,
                           r.lastReady.contains(fd)       ? tr("ready")
                           : r.previousReady.contains(fd) ? tr("ready in the wait before")
                                                          : QString()};
    });
}

} // namespace sockscope
