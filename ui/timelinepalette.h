#pragma once

#include "timelinemarkkind.h"
#include "trace/event.h"
#include "trace/kernelsample.h"

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <initializer_list>
#include <utility>
#include <vector>

namespace sockscope {

// The timeline's colours: strong, few, and distinct on a washed-out projector. One place, so
// that the legend, the timeline and presentation mode agree. The call colours are the
// Okabe–Ito palette, which stays distinct for the common kinds of colour blindness; every
// mark is told apart by its shape as well (timelinemarks.h).
struct TimelinePalette
{
    QColor background{0xff, 0xff, 0xff};
    QColor laneStripe{0xf3, 0xf5, 0xf8};
    QColor groupHeader{0x37, 0x47, 0x4f};
    QColor groupHeaderText{0xff, 0xff, 0xff};
    QColor labelText{0x10, 0x10, 0x10};
    QColor labelSubText{0x55, 0x5f, 0x66};
    QColor gridLine{0xdd, 0xe1, 0xe5};
    QColor axisText{0x26, 0x32, 0x38};
    QColor alive{0x90, 0xa4, 0xae};         // the lane's "running" line
    QColor acceptWait{0x00, 0x72, 0xb2};    // Okabe–Ito blue
    QColor recvWait{0xe6, 0x9f, 0x00};      // orange
    QColor connectWait{0xcc, 0x79, 0xa7};   // reddish purple
    QColor readinessWait{0x00, 0x9e, 0x73}; // bluish green: select/poll/epoll_wait
    QColor sendWait{0xd5, 0x5e, 0x00};      // vermillion: send buffer full
    QColor datagramWait{0x56, 0xb4, 0xe9};  // sky blue: recvfrom
    QColor barText{0xff, 0xff, 0xff};
    QColor barTextOnLight{0x00, 0x00, 0x00};
    QColor zombie{0x3e, 0x27, 0x23}; // dark brown, hatched
    QColor zombieHatch{0xbc, 0xaa, 0xa4};
    QColor marker{0x00, 0x00, 0x00};      // instant calls: black diamonds
    QColor errorMarker{0xd5, 0x00, 0x00}; // errors: red crosses
    QColor wouldBlock{0xe6, 0x9f, 0x00};  // EAGAIN: orange rings
    QColor stopMarker{0x6b, 0x6b, 0x6b};  // stopped by the user: grey hollow squares
    QColor wakeUp{0x00, 0x7a, 0x5a};      // green arrows
    QColor spawn{0x28, 0x35, 0x93};       // indigo arrows
    QColor taskRunning{0x37, 0x47, 0x4f}; // a task's stretch on its loop thread
    QColor taskSleep{0x56, 0xb4, 0xe9};   // a task awaiting its timer (sky blue, outlined)
    QColor readyCell{0x00, 0x9e, 0x73};
    QColor idleCell{0xff, 0xff, 0xff};
    QColor cursor{0xe5, 0x39, 0x35};
    QColor selection{0xff, 0xd6, 0x00};
    QColor fold{0x54, 0x6e, 0x7a};
    QColor gapMarker{0x78, 0x90, 0x9c};
    QColor gapBand{0xec, 0xef, 0xf1}; // a squeezed idle stretch
    QColor gapText{0x45, 0x5a, 0x64};
    // One colour per lane, so that the code pane's markers and the lane they belong to match.
    std::vector<QColor> actorColors{{0x15, 0x65, 0xc0}, {0xd8, 0x1b, 0x60}, {0x2e, 0x7d, 0x32},
                                    {0xef, 0x6c, 0x00}, {0x6a, 0x1b, 0x9a}, {0x00, 0x83, 0x8f},
                                    {0x8d, 0x6e, 0x63}, {0x9e, 0x9d, 0x24}};
    // The kernel's TCP states on socket lanes: one colour per family of states, each bar also
    // names its state where it fits (colour is never the only sign).
    QColor stateListen{0x56, 0xb4, 0xe9};      // sky blue
    QColor stateHandshake{0xcc, 0x79, 0xa7};   // reddish purple: SYN_SENT, SYN_RECV
    QColor stateEstablished{0x00, 0x9e, 0x73}; // bluish green
    QColor stateFinWait{0xf0, 0xe4, 0x42};     // yellow: this end closed, the peer not yet
    QColor stateCloseWait{0xd5, 0x5e, 0x00};   // vermillion: the peer closed, this end not
    QColor stateClosing{0x8d, 0x6e, 0x63};     // brown: LAST_ACK, CLOSING, CLOSE
    QColor stateTimeWait{0x90, 0xa4, 0xae};    // grey, hatched
    QColor gaugeFill{0x28, 0x35, 0x93};        // a queue's level (indigo)
    QColor gaugeFrame{0x78, 0x90, 0x9c};       // the queue's limit
    QColor codeBackground{0xff, 0xff, 0xff};
    QColor codeText{0x10, 0x10, 0x10};
    QColor codeLineNumber{0x8a, 0x94, 0x9c};
    QColor codeCurrentLine{0xff, 0xf1, 0x76}; // the selected actor's line
    QColor captionBackground{0x10, 0x10, 0x10};
    QColor captionText{0xff, 0xff, 0xff};

    QColor actorColor(int laneIndex) const
    {
        if (laneIndex < 0 || actorColors.empty())
            return fold;
        return actorColors[std::size_t(laneIndex) % actorColors.size()];
    }

    static TimelinePalette light() { return {}; }
    static TimelinePalette dark()
    {
        TimelinePalette p;
        p.background = QColor(0x1e, 0x22, 0x26);
        p.laneStripe = QColor(0x26, 0x2b, 0x31);
        p.groupHeader = QColor(0x45, 0x5a, 0x64);
        p.labelText = QColor(0xec, 0xef, 0xf1);
        p.labelSubText = QColor(0xa7, 0xb3, 0xbb);
        p.gridLine = QColor(0x37, 0x3e, 0x45);
        p.axisText = QColor(0xcf, 0xd8, 0xdc);
        p.alive = QColor(0x78, 0x90, 0x9c);
        p.acceptWait = QColor(0x4b, 0x9c, 0xd8);
        p.datagramWait = QColor(0xa6, 0xd8, 0xf5);
        p.zombieHatch = QColor(0x8d, 0x6e, 0x63);
        p.marker = QColor(0xec, 0xef, 0xf1);
        p.errorMarker = QColor(0xff, 0x52, 0x52);
        p.wouldBlock = QColor(0xf0, 0xe4, 0x42); // Okabe–Ito yellow
        p.stopMarker = QColor(0xb0, 0xb0, 0xb0);
        p.wakeUp = QColor(0x4c, 0xc9, 0x9e);
        p.gapBand = QColor(0x2c, 0x33, 0x3a);
        p.gapMarker = QColor(0x90, 0xa4, 0xae);
        p.gapText = QColor(0xcf, 0xd8, 0xdc);
        p.spawn = QColor(0x7e, 0x8c, 0xe0);
        p.taskRunning = QColor(0xcf, 0xd8, 0xdc);
        p.taskSleep = QColor(0xa6, 0xd8, 0xf5);
        p.idleCell = QColor(0x1e, 0x22, 0x26);
        p.actorColors = {{0x64, 0xb5, 0xf6}, {0xf0, 0x62, 0x92}, {0x81, 0xc7, 0x84},
                         {0xff, 0xb7, 0x4d}, {0xba, 0x68, 0xc8}, {0x4d, 0xd0, 0xe1},
                         {0xbc, 0xaa, 0xa4}, {0xdc, 0xe7, 0x75}};
        p.stateTimeWait = QColor(0x78, 0x90, 0x9c);
        p.gaugeFill = QColor(0x9f, 0xa8, 0xda);
        p.gaugeFrame = QColor(0xa7, 0xb3, 0xbb);
        p.codeBackground = p.background;
        p.codeText = p.labelText;
        p.codeLineNumber = QColor(0x78, 0x84, 0x8c);
        p.codeCurrentLine = QColor(0x5d, 0x4e, 0x0a);
        return p;
    }
    // For a projector: pure black on white, saturated colours, nothing pale that washes out.
    static TimelinePalette highContrast()
    {
        TimelinePalette p;
        p.laneStripe = QColor(0xe8, 0xea, 0xed);
        p.groupHeader = QColor(0x00, 0x00, 0x00);
        p.labelText = QColor(0x00, 0x00, 0x00);
        p.labelSubText = QColor(0x20, 0x20, 0x20);
        p.gridLine = QColor(0x9e, 0x9e, 0x9e);
        p.axisText = QColor(0x00, 0x00, 0x00);
        p.alive = QColor(0x42, 0x42, 0x42);
        p.marker = QColor(0x00, 0x00, 0x00);
        p.stopMarker = QColor(0x40, 0x40, 0x40);
        p.gapBand = QColor(0xe0, 0xe0, 0xe0);
        p.gapText = QColor(0x00, 0x00, 0x00);
        p.actorColors = {{0x00, 0x3c, 0xc8}, {0xc2, 0x00, 0x4f}, {0x00, 0x6e, 0x1a},
                         {0xd8, 0x4a, 0x00}, {0x55, 0x00, 0x8e}, {0x00, 0x6a, 0x70},
                         {0x5d, 0x40, 0x37}, {0x6b, 0x6b, 0x00}};
        p.stateListen = QColor(0x00, 0x72, 0xb2);
        p.stateEstablished = QColor(0x00, 0x8a, 0x5e);
        p.stateTimeWait = QColor(0x60, 0x7d, 0x8b);
        p.gaugeFill = QColor(0x1a, 0x23, 0x7e);
        p.gaugeFrame = QColor(0x00, 0x00, 0x00);
        p.codeText = QColor(0x00, 0x00, 0x00);
        p.codeLineNumber = QColor(0x42, 0x42, 0x42);
        p.codeCurrentLine = QColor(0xff, 0xeb, 0x3b);
        p.captionBackground = QColor(0x00, 0x00, 0x00);
        p.captionText = QColor(0xff, 0xff, 0x00);
        return p;
    }
    // Light or dark, as the system palette is.
    static TimelinePalette forSystem(const QPalette &system)
    {
        return system.color(QPalette::Window).lightness() < 128 ? dark() : light();
    }

    QColor colorForBlocked(EventKind beginKind) const
    {
        switch (beginKind) {
        case EventKind::AcceptBegin:
            return acceptWait;
        case EventKind::RecvBegin:
            return recvWait;
        case EventKind::ConnectBegin:
            return connectWait;
        case EventKind::WaitBegin:
            return readinessWait;
        case EventKind::SendBegin:
            return sendWait;
        case EventKind::RecvfromBegin:
            return datagramWait;
        default:
            return fold;
        }
    }

    QColor colorForState(TcpState state) const
    {
        switch (state) {
        case TcpState::Listen:
            return stateListen;
        case TcpState::SynSent:
        case TcpState::SynRecv:
        case TcpState::NewSynRecv:
            return stateHandshake;
        case TcpState::Established:
            return stateEstablished;
        case TcpState::FinWait1:
        case TcpState::FinWait2:
            return stateFinWait;
        case TcpState::CloseWait:
            return stateCloseWait;
        case TcpState::LastAck:
        case TcpState::Closing:
        case TcpState::Close:
            return stateClosing;
        case TcpState::TimeWait:
            return stateTimeWait;
        case TcpState::Gone:
            break;
        }
        return fold;
    }

    // Black or white, whichever reads better on `fill` (a bar's colour).
    QColor textOn(const QColor &fill) const
    {
        const double luminance =
            0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
        return luminance > 0.45 ? barTextOnLight : barText;
    }

    struct LegendEntry
    {
        enum class Shape
        {
            Bar,
            Hatched,
            Arrow,
            Mark,
            Cell,
            TaskAwait,  // a suspended task: see-through, dashed
            TaskResume, // the loop resumed a task: dotted arrow
            Gauge,      // a queue's fill level against its limit
            Note        // a sentence, no swatch
        };
        Shape shape;
        QColor color;
        QString text;
        MarkKind mark = MarkKind::Instant; // for Shape::Mark
    };
    // `tasks`: the trace has task lanes (asyncio), and their three entries are added.
    // `waits`: the lanes of threads, processes and clients are shown; `sockets`: the socket
    // lanes are (their states, gauges, drops, and that they are samples).
    // `model`: the model of the trace shown ("sequential", ...): only the entries its lanes
    // can show (no zombie beside a threaded server, no readiness beside a sequential one);
    // empty, "watched" or unknown: all of them.
    std::vector<LegendEntry> legend(bool tasks = false, bool waits = true, bool sockets = false,
                                    const QString &model = {}) const
    {
        auto tr = [](const char *s) { return QCoreApplication::translate("Legend", s); };
        using S = LegendEntry::Shape;
        std::vector<LegendEntry> entries;
        if (waits)
            entries = callLegend(tasks, model);
        if (sockets) {
            // The states' colours when the socket lanes are shown alone; beside the lanes of
            // who waits there is no room for them at 1024x768 (the bars name their states).
            if (!waits) {
                entries.insert(entries.end(),
                               {
                                   {S::Bar, stateListen, QStringLiteral("LISTEN")},
                                   {S::Bar, stateHandshake, QStringLiteral("SYN_SENT/RECV")},
                                   {S::Bar, stateEstablished, QStringLiteral("ESTABLISHED")},
                                   {S::Bar, stateFinWait, QStringLiteral("FIN_WAIT1/2")},
                                   {S::Bar, stateCloseWait, QStringLiteral("CLOSE_WAIT")},
                                   {S::Bar, stateClosing, QStringLiteral("LAST_ACK/CLOSING")},
                                   {S::Hatched, stateTimeWait, QStringLiteral("TIME_WAIT")},
                               });
            }
            entries.insert(
                entries.end(),
                {
                    {S::Gauge, gaugeFill, tr("queue level")},
                    {S::Mark, errorMarker, tr("dropped (queue full)"), MarkKind::Error},
                    {S::Note, labelText, tr("kernel samples: brief states can be missed")},
                });
        }
        return entries;
    }

private:
    std::vector<LegendEntry> callLegend(bool tasks, const QString &model) const
    {
        auto tr = [](const char *s) { return QCoreApplication::translate("Legend", s); };
        using S = LegendEntry::Shape;
        auto is = [&](std::initializer_list<const char *> names) {
            for (const char *name : names) {
                if (model == QLatin1String(name))
                    return true;
            }
            return false;
        };
        // What each model's lanes can show; any other trace: everything.
        const bool known = is({"sequential", "threaded", "forking", "select", "poll", "epoll",
                               "nonblocking", "udp", "asyncio"});
        auto shows = [&](bool when) { return !known || when; };
        const bool tcp = !is({"udp"});
        const bool readiness = is({"select", "poll", "epoll", "asyncio"});
        const std::vector<std::pair<bool, LegendEntry>> all{
            {shows(is({"sequential", "threaded", "forking"})),
             {S::Bar, acceptWait, tr("waits in accept()")}},
            {shows(tcp), {S::Bar, recvWait, tr("waits in recv()")}},
            {shows(readiness), {S::Bar, readinessWait, tr("waits in select/poll/epoll")}},
            {shows(tcp), {S::Bar, connectWait, tr("waits in connect()")}},
            {shows(tcp), {S::Bar, sendWait, tr("send() blocked")}},
            {shows(!tcp), {S::Bar, datagramWait, tr("waits in recvfrom()")}},
            {shows(is({"forking"})), {S::Hatched, zombie, tr("zombie")}},
            {shows(readiness), {S::Cell, readyCell, tr("socket ready")}},
            {true, {S::Arrow, wakeUp, tr("woke it up")}},
            {shows(is({"threaded", "forking", "asyncio"})), {S::Arrow, spawn, tr("thread / fork")}},
            {true, {S::Mark, marker, tr("instant call"), MarkKind::Instant}},
            {shows(is({"nonblocking", "asyncio"})),
             {S::Mark, wouldBlock, tr("would block (EAGAIN)"), MarkKind::WouldBlock}},
            {true, {S::Mark, errorMarker, tr("error"), MarkKind::Error}},
            {true, {S::Mark, stopMarker, tr("stopped by you"), MarkKind::Stopped}},
        };
        std::vector<LegendEntry> entries;
        for (const auto &[shown, entry] : all) {
            if (shown)
                entries.push_back(entry);
        }
        if (tasks) {
            entries.push_back({S::TaskAwait, recvWait, tr("task awaits")});
            entries.push_back({S::Bar, taskRunning, tr("task runs")});
            entries.push_back({S::TaskResume, recvWait, tr("task resumed")});
        }
        return entries;
    }
};

} // namespace sockscope
