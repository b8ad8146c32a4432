#pragma once

// What a printed handout of one run says, page by page: one page per chapter the run reached,
// at the event that began it, with the narration of that event, the listing lines the server's
// actors were at (the code pane's marks) and the lesson's predict questions; the answers go on
// a last page. Pure data from the trace: ui/handoutwriter.cpp draws it.

#include "models/listing.h"
#include "scenario/scenario.h"
#include "trace/trace.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace sockscope {

struct HandoutMark
{
    QString actor; // the lane's title: "main", "worker 1", "child 2"
    int line = -1; // 1-based line of the listing
    QString text;  // that line of code, trimmed
};

struct HandoutPage
{
    QString title;        // the chapter's title (may be empty)
    QString text;         // the chapter's text
    qsizetype event = -1; // the event that began the chapter; the timeline's cursor
    QString narration;    // what that event was, as the narration dock says it
    std::vector<HandoutMark> marks;
};

struct Handout
{
    QString scenarioTitle;
    QString scenarioName;
    QString description;
    QString model;
    QString listingFlavour; // "Python" or "C"
    std::vector<HandoutPage> pages;
    std::vector<PredictQuestion> questions; // those asked under `model`
};

// The handout of `trace`, a run of `scenario` under `model`. A run that reached no chapter
// gets one page at its last event, so there is always a timeline to look at.
Handout makeHandout(const Scenario &scenario, const QString &model, const Trace &trace,
                    Flavour flavour = Flavour::Python);

} // namespace sockscope
