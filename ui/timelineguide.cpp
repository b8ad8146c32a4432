#include "timelineguide.h"

#include "timelinemarks.h"
#include "timelinepalette.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QVBoxLayout>

namespace sockscope {

namespace {
enum class Swatch
{
    Bar,
    Line,
    Hatched,
    Arrow,
    Mark,
    Fold,
    Cells,
    Cursor,
    Gap,
    TaskAwait,
    TaskResume
};

QPixmap swatch(Swatch shape, const QColor &color, const TimelinePalette &palette, MarkKind mark)
{
    const QSize size(64, 28);
    QPixmap pixmap(size);
    pixmap.fill(palette.background);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect bar(4, 7, 56, 14);
    switch (shape) {
    case Swatch::Bar:
        p.fillRect(bar, color);
        break;
    case Swatch::Line:
        p.setPen(QPen(color, 2));
        p.drawLine(4, 14, 60, 14);
        break;
    case Swatch::Hatched:
        p.fillRect(bar, color);
        p.fillRect(bar, QBrush(palette.zombieHatch, Qt::BDiagPattern));
        break;
    case Swatch::Arrow: {
        p.setPen(QPen(color, 3));
        p.drawLine(QPointF(4, 6), QPointF(52, 22));
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        const QPointF head[3] = {{60, 24}, {48, 25}, {52, 17}};
        p.drawPolygon(head, 3);
        break;
    }
    case Swatch::Mark:
        drawMark(p, mark, QPointF(32, 14), 14, palette);
        break;
    case Swatch::Fold: {
        const QRectF block(18, 8, 28, 12);
        p.fillRect(block, color);
        p.setPen(QPen(palette.marker, 1));
        p.drawRect(block);
        break;
    }
    case Swatch::Cells:
        for (int i = 0; i < 3; ++i) {
            const QRect cell(6 + i * 19, 5, 17, 17);
            p.fillRect(cell, i == 1 ? palette.idleCell : color);
            p.setPen(palette.marker);
            p.drawRect(cell);
        }
        break;
    case Swatch::Cursor:
        p.setPen(QPen(color, 2));
        p.drawLine(32, 2, 32, 26);
        break;
    case Swatch::TaskAwait: { // as the task painter draws a suspended task: see-through, dashed
        QColor fill = color;
        fill.setAlpha(48);
        const QRect thin = bar.adjusted(0, 2, 0, -2);
        p.fillRect(thin, fill);
        p.setPen(QPen(color, 2, Qt::DashLine, Qt::FlatCap));
        p.drawRect(thin);
        break;
    }
    case Swatch::TaskResume: {
        p.setPen(QPen(color.darker(120), 2, Qt::DotLine, Qt::RoundCap));
        p.drawLine(QPointF(4, 4), QPointF(54, 22));
        p.setPen(Qt::NoPen);
        p.setBrush(color.darker(120));
        const QPointF head[3] = {{60, 24}, {48, 25}, {52, 17}};
        p.drawPolygon(head, 3);
        break;
    }
    case Swatch::Gap:
        p.setPen(QPen(color, 2, Qt::DashLine));
        p.drawLine(26, 2, 26, 26);
        p.drawLine(38, 2, 38, 26);
        break;
    }
    return pixmap;
}
} // namespace

TimelineGuide::TimelineGuide(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("How to read the timeline"));
    setObjectName(QStringLiteral("TimelineGuide"));
    const TimelinePalette palette;
    struct Entry
    {
        Swatch shape;
        QColor color;
        QString text;
        MarkKind mark = MarkKind::Instant;
    };
    const std::vector<Entry> entries{
        {Swatch::Line, palette.alive,
         tr("Each lane is one actor: a server thread, a forked child process or a client. The "
            "thin line means it exists and is in no recorded call: running its own code, or "
            "asleep.")},
        {Swatch::Bar, palette.acceptWait,
         tr("Blocked in accept(): the server waits for a client to connect.")},
        {Swatch::Bar, palette.recvWait,
         tr("Blocked in recv(): waiting for data from the other side. A recv() that returns 0 "
            "means the peer closed the connection.")},
        {Swatch::Bar, palette.connectWait,
         tr("Blocked in connect(): the client waits for the server's kernel to complete the "
            "handshake (or retries while the backlog is full).")},
        {Swatch::Bar, palette.readinessWait,
         tr("Blocked in select(), poll() or epoll_wait(): waiting until any of the watched "
            "sockets is ready.")},
        {Swatch::Bar, palette.sendWait, tr("Blocked in send(): the socket's send buffer is full.")},
        {Swatch::Bar, palette.datagramWait,
         tr("Blocked in recvfrom(): a UDP socket waits for a datagram.")},
        {Swatch::Mark, palette.marker,
         tr("An instant call that did not block: socket, bind, listen, accept that returned at "
            "once, …"),
         MarkKind::Instant},
        {Swatch::Mark, palette.marker, tr("send() or sendto(): bytes handed to the kernel."),
         MarkKind::Send},
        {Swatch::Mark, palette.marker, tr("close(), shutdown() or an exit: something ends here."),
         MarkKind::End},
        {Swatch::Mark, palette.wouldBlock,
         tr("Would block: a non-blocking call returned EAGAIN instead of waiting."),
         MarkKind::WouldBlock},
        {Swatch::Mark, palette.errorMarker,
         tr("A call failed (a red cross, also at the end of a bar when a blocked call failed); "
            "hover it to see the "
            "error."),
         MarkKind::Error},
        {Swatch::Mark, palette.stopMarker,
         tr("Stopped by you: the call returned because the run was stopped, not because of a "
            "client."),
         MarkKind::Stopped},
        {Swatch::Fold, palette.fold,
         tr("Several calls too close together to tell apart at this zoom; zoom in to see them "
            "one by one."),
         MarkKind::Instant},
        {Swatch::Arrow, palette.wakeUp,
         tr("Wake-up: a client's connect() or send() that made a blocked server call return.")},
        {Swatch::Arrow, palette.spawn,
         tr("A new thread was created, or a child process was forked.")},
        {Swatch::Hatched, palette.zombie,
         tr("Zombie: the child process has exited but its parent has not collected it with "
            "waitpid() yet. It still occupies an entry in the process table.")},
        {Swatch::Cells, palette.readyCell,
         tr("Readiness cells under a select/poll/epoll lane: one cell per watched descriptor; "
            "green ones were reported ready when the call returned.")},
        {Swatch::TaskAwait, palette.recvWait,
         tr("A task lane (asyncio), nested under the loop thread that runs it: a task is a "
            "coroutine, not a thread. A dashed, see-through span such as \"awaiting read on "
            "fd 9\" is a task suspended at an await: no thread waits for it, only an entry in "
            "epoll's interest list.")},
        {Swatch::TaskAwait, palette.taskSleep,
         tr("A task suspended on a timer of the loop (\"sleeping 400 ms\": await "
            "asyncio.sleep()). The loop thread serves the other tasks meanwhile.")},
        {Swatch::Bar, palette.taskRunning,
         tr("A task running: a short solid slice while the loop thread resumed it. The same "
            "stretch on the loop thread's lane shows the calls the task made.")},
        {Swatch::TaskResume, palette.recvWait,
         tr("Resumed: a dotted arrow from the loop thread's epoll_wait() that reported the "
            "task's descriptor ready (or after which its timer was due) to the task the loop "
            "resumed.")},
        {Swatch::Cursor, palette.cursor,
         tr("The cursor: the event you stepped to. Every view shows the state at this moment.")},
        {Swatch::Gap, palette.gapMarker,
         tr("A squeezed idle stretch (press G to squeeze them): nothing happened for a while. "
            "Its real length is written on the time axis.")},
    };

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->setHorizontalSpacing(12);
    int row = 0;
    for (const Entry &entry : entries) {
        auto *picture = new QLabel;
        picture->setPixmap(swatch(entry.shape, entry.color, palette, entry.mark));
        picture->setAlignment(Qt::AlignTop);
        auto *text = new QLabel(entry.text);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        grid->addWidget(picture, row, 0);
        grid->addWidget(text, row, 1);
        ++row;
    }
    auto *intro = new QLabel(
        tr("Time runs from left to right. Hover anything for details; step with ← and → to move "
           "the cursor from one system call to the next."));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *content = new QWidget;
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(intro);
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(buttons);
    resize(720, 760);
}

} // namespace sockscope
