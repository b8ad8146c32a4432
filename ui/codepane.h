#pragma once

#include "models/listing.h"
#include "timelinepalette.h"
#include "watch/sourcefiles.h"

#include <QWidget>

#include <functional>

class QLabel;
class QScrollArea;
class QToolButton;

namespace sockscope {

class CodeView;
class CursorState;

// The model's listing (and the scripted client's), with the line every actor is at marked in
// its lane's colour and the line of the actor at the cursor highlighted: stepping through the
// trace walks the code the way a debugger walks threads.
class CodePane : public QWidget
{
    Q_OBJECT
public:
    // `laneIndexOf` gives an actor's lane (its colour); -1 when it has none.
    CodePane(CursorState *state, std::function<int(std::uint32_t)> laneIndexOf,
             QWidget *parent = nullptr);

    Flavour flavour() const { return m_flavour; }
    void setFlavour(Flavour flavour);
    void setTimelinePalette(const TimelinePalette &palette);
    void setScaleFactor(double factor);

    // What is shown, for tests and screenshots.
    QString model() const { return m_model; }
    std::uint32_t selectedActor() const;
    // The listing line (0-based) the actor is marked at, -1 for none; and its text.
    int markedLine(std::uint32_t actor) const;
    QString markedLineText(std::uint32_t actor) const;

private:
    void refresh();
    void showWatchedProgram(); // a watched program: its own files (Trace::sources)

    void loadScripts(const Trace &trace);
    const ClientScript *scriptOf(const QString &name) const;
    static constexpr int kMaxClientMarkers = 8;

    CursorState *m_state;
    std::vector<ClientScript> m_scripts; // the scenario's clients, for their listings
    QString m_scriptsFor;                // "scenario/model" they were loaded for
    CodeView *m_view;
    QScrollArea *m_scroll;
    QLabel *m_title;
    QToolButton *m_python;
    QToolButton *m_c;
    QToolButton *m_selectors; // epoll only: the lecture's selectors module
    std::function<int(std::uint32_t)> m_laneIndexOf;
    TimelinePalette m_palette;
    Flavour m_flavour = Flavour::Python;
    QString m_model;
    SourceFiles m_sources; // a watched program's files, read once
    std::size_t m_sourcesSeen = 0;
};

} // namespace sockscope
