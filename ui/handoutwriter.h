#pragma once

#include "handout/handoutcontent.h"

#include <QString>

namespace sockscope {

class Trace;

// A handout of one run as a PDF (Qt's own QPdfWriter), A4 landscape: per chapter a page with
// the timeline at the chapter's moment (the cursor on the event that began it), the chapter's
// text, the narration of that event and the listing lines the server was at; the predict
// questions on the first page, their answers on a last page. Written through OutputFile.
// Needs a QApplication (the timeline is drawn by a TimelineView of its own, never shown).
bool writeHandoutPdf(const Handout &handout, const Trace &trace, const QString &path,
                     QString *error);

// The handout of a run of `scenarioNameOrFile` recorded in `trace` (the scenario's texts in
// the UI language, as loadScenario() gives them): loads the scenario, makes the pages and writes
// the PDF.
bool exportHandout(const Trace &trace, const QString &scenarioNameOrFile, const QString &path,
                   QString *error);

} // namespace sockscope
