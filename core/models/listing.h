#pragma once

#include "run/runconfig.h"
#include "trace/linetag.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace sockscope {

class Trace;

enum class Flavour : std::uint8_t
{
    Python,
    C,
    Selectors // Python with the selectors module, as the lecture notes write it (epoll only)
};

// A short listing of what a model does, in the spirit of the lecture notes, with the lines
// tagged so that the code pane can mark the line each actor is at (Event::line).
struct Listing
{
    QString flavour;            // "Python" or "C"
    QStringList lines;          // the code, one entry per line, no trailing newline
    QHash<LineTag, int> lineOf; // tag -> index into lines (0-based); the first line with it
    // Client listings: one entry per line a client passes through (a step; a piece of a
    // send in pieces): its line, the calls it makes, and how many bytes end it.
    struct Unit
    {
        int line = -1;
        LineTag family = LineTag::None; // Socket, Connect, Send, Recv, ...; None: no call
        int bytes = 0;                  // a send: bytes to hand over; RecvExactly: to take
        QByteArray until;               // RecvUntil: the delimiter that ends it
        bool loop = false;              // several calls (recv until / exactly)
    };
    QVector<Unit> units;
    bool isEmpty() const { return lines.isEmpty(); }
};

// The listing of a model (modelinfo.h names) as it ran: `settings` are a trace's
// (Trace::settings: "reap", "protocol", "recv_size"); lines that belong to another reaping
// policy or protocol are left out. Read from resources/listings/MODEL.py|c (Selectors:
// MODEL-selectors.py). Empty for an unknown name, or a model without that flavour.
Listing listingFor(const QString &model, Flavour flavour,
                   const QMap<QString, QString> &settings = {});

// The listing of one scripted client, made from its own steps: a UDP client uses
// SOCK_DGRAM, sendto() and recvfrom(); pieces are sent as pieces. Line templates are in
// resources/listings/client-steps.json.
Listing clientListing(const ClientScript &script, Flavour flavour, bool udp);

// The line of clientListing() a client is at after event `index`, from its own events: the
// line of its latest call while the call is open, and the next line once it has returned (a
// marker moves when the call returns). -1: it has not started.
int clientLineAfter(const Listing &listing, const Trace &trace, std::uint32_t actor,
                    qsizetype index);

} // namespace sockscope
