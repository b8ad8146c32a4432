#pragma once

#include "trace/linetag.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace sockscope {

enum class Flavour : std::uint8_t
{
    Python,
    C
};

// A short listing of what a model does, in the spirit of the lecture notes, with the lines
// tagged so that the code pane can mark the line each actor is at (Event::line).
struct Listing
{
    QString flavour;            // "Python" or "C"
    QStringList lines;          // the code, one entry per line, no trailing newline
    QHash<LineTag, int> lineOf; // tag -> index into lines (0-based); a tag at most once
    bool isEmpty() const { return lines.isEmpty(); }
};

// The listing of a model (modelinfo.h names) or of "client" (the scripted client). Empty
// for an unknown name.
Listing listingFor(const QString &model, Flavour flavour);

} // namespace sockscope
