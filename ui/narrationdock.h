#pragma once

#include "scenario/scenario.h"
#include "timelinepalette.h"

#include <QFrame>
#include <QWidget>

class QLabel;
class QScrollArea;

namespace sockscope {

class CursorState;

// What just happened and why, for the event at the cursor, in plain sentences; and the
// scenario's chapter note once the cursor has passed it. Shared by the dock and the caption.
class NarrationSource : public QObject
{
    Q_OBJECT
public:
    explicit NarrationSource(CursorState *state, QObject *parent = nullptr);
    QString sentence() const;    // the narration of the event at the cursor
    QString chapter() const;     // "Your move: The server waits in accept() ...", or empty
    QString eventHeader() const; // "Event 12 · 301.050 ms · main"

Q_SIGNALS:
    void changed();

private:
    void reloadScenario();

    CursorState *m_state;
    QString m_scenarioName;
    std::vector<Chapter> m_chapters;
    // Where each chapter begins in the trace (chapterTriggers), found again when it grows.
    mutable std::vector<qsizetype> m_triggers;
    mutable qsizetype m_triggersFor = -1;
    mutable QString m_triggersModel;
};

// The narration dock's contents.
class NarrationWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NarrationWidget(NarrationSource *source, QWidget *parent = nullptr);
    QString text() const;

private:
    void refresh();
    NarrationSource *m_source;
    QLabel *m_header;
    QLabel *m_sentence;
    QLabel *m_chapter;
};

// The narration as a large caption under the timeline, for presentation mode. As tall as
// its text, up to a height it is given; a longer text scrolls inside it.
class CaptionBar : public QFrame
{
    Q_OBJECT
public:
    explicit CaptionBar(NarrationSource *source, QWidget *parent = nullptr);
    void setTimelinePalette(const TimelinePalette &palette);
    // The chapter's size; the sentence is a little larger and bold.
    void setTextPixelSize(int px);
    void setMaximumCaptionHeight(int height);
    QString text() const;
    QString chapterText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void applyLook();
    void fitHeight();
    void showSentence();
    NarrationSource *m_source;
    QScrollArea *m_scroll = nullptr; // set in the constructor, around m_body
    QWidget *m_body;
    QLabel *m_chapter;
    QLabel *m_sentence;
    TimelinePalette m_palette;
    int m_textPx = 18;
    int m_maxHeight = 160;
};

} // namespace sockscope
