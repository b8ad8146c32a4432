#pragma once

#include "trace/event.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace sockscope {

// The timeline's colours: strong, few, and distinct on a washed-out projector. One place, so
// that the legend, the timeline and (later) presentation mode agree.
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
    QColor acceptWait{0x15, 0x65, 0xc0};    // blue
    QColor recvWait{0xef, 0x6c, 0x00};      // orange
    QColor connectWait{0x8e, 0x24, 0xaa};   // purple
    QColor readinessWait{0x00, 0x83, 0x8f}; // teal: select/poll/epoll_wait
    QColor sendWait{0xc6, 0x28, 0x28};      // red: send buffer full
    QColor datagramWait{0x9e, 0x9d, 0x24};  // olive: recvfrom
    QColor barText{0xff, 0xff, 0xff};
    QColor zombie{0x3e, 0x27, 0x23}; // dark brown, hatched
    QColor zombieHatch{0xbc, 0xaa, 0xa4};
    QColor marker{0x26, 0x32, 0x38};
    QColor errorMarker{0xd5, 0x00, 0x00};
    QColor wouldBlock{0xff, 0xa0, 0x00};
    QColor wakeUp{0x2e, 0x7d, 0x32}; // green arrows
    QColor spawn{0x28, 0x35, 0x93};  // indigo arrows
    QColor readyCell{0x43, 0xa0, 0x47};
    QColor idleCell{0xff, 0xff, 0xff};
    QColor cursor{0xe5, 0x39, 0x35};
    QColor selection{0xff, 0xd6, 0x00};
    QColor fold{0x54, 0x6e, 0x7a};
    QColor gapMarker{0x78, 0x90, 0x9c};

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

    struct LegendEntry
    {
        enum class Shape
        {
            Bar,
            Hatched,
            Arrow,
            Marker,
            Cell
        };
        Shape shape;
        QColor color;
        QString text;
    };
    std::vector<LegendEntry> legend() const
    {
        auto tr = [](const char *s) { return QCoreApplication::translate("Legend", s); };
        using S = LegendEntry::Shape;
        return {
            {S::Bar, acceptWait, tr("waits in accept()")},
            {S::Bar, recvWait, tr("waits in recv()")},
            {S::Bar, readinessWait, tr("waits in select/poll/epoll")},
            {S::Bar, connectWait, tr("waits in connect()")},
            {S::Bar, sendWait, tr("send() blocked")},
            {S::Hatched, zombie, tr("zombie")},
            {S::Cell, readyCell, tr("socket ready")},
            {S::Arrow, wakeUp, tr("woke it up")},
            {S::Arrow, spawn, tr("thread / fork")},
            {S::Marker, marker, tr("instant call")},
        };
    }
};

} // namespace sockscope
