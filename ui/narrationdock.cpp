#include "narrationdock.h"

#include "analysis/eventtext.h"
#include "cursorstate.h"
#include "scenario/chapters.h"
#include "scenario/scenariolibrary.h"
#include "tracedocument.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace sockscope {

namespace {
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // narration quotes network bytes
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wraps to the width it is given; a long word never asks for more (c10k's fd sets).
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    return label;
}

// Texts that scroll when their room is short, never sideways: a frameless area around `body`.
QScrollArea *textScroll(QWidget *body, const QString &name, QWidget *parent)
{
    auto *scroll = new QScrollArea(parent);
    scroll->setObjectName(name);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(body);
    return scroll;
}
} // namespace

NarrationSource::NarrationSource(CursorState *state, QObject *parent)
    : QObject(parent), m_state(state)
{
    connect(m_state, &CursorState::changed, this, [this] {
        if (m_state->trace().scenario != m_scenarioName)
            reloadScenario();
        Q_EMIT changed();
    });
    reloadScenario();
}

void NarrationSource::reloadScenario()
{
    m_scenarioName = m_state->trace().scenario;
    m_chapters.clear();
    m_triggersFor = -1;
    if (m_scenarioName.isEmpty())
        return;
    QStringList problems;
    if (auto scenario = loadScenario(m_scenarioName, &problems))
        m_chapters = scenario->chapters;
}

QString NarrationSource::sentence() const
{
    if (m_state->index() < 0)
        return m_state->trace().isEmpty()
                   ? tr("Pick a scenario and a model, then press Start.")
                   : tr("Step with → to see what happens, one system call at a time.");
    return m_state->narration();
}

QString NarrationSource::chapter() const
{
    const Trace &trace = m_state->trace();
    if (m_chapters.empty())
        return {};
    if (m_triggersFor != trace.size() || m_triggersModel != trace.model) {
        m_triggers = chapterTriggers(m_chapters, trace.model, trace);
        m_triggersFor = trace.size();
        m_triggersModel = trace.model;
    }
    return captionAt(m_chapters, m_triggers, m_state->index());
}

QString NarrationSource::eventHeader() const
{
    const qsizetype index = m_state->index();
    if (index < 0)
        return {};
    const Trace &trace = m_state->trace();
    const Event &e = trace.at(index);
    // While the run goes on the count grows between two refreshes: say no total then.
    if (m_state->document()->isLive())
        return tr("Event %1 (the run goes on)  ·  %2  ·  %3")
            .arg(index + 1)
            .arg(eventtext::time(e.tNs), eventtext::actor(trace, e.actor));
    return tr("Event %1 of %2  ·  %3  ·  %4")
        .arg(index + 1)
        .arg(trace.size())
        .arg(eventtext::time(e.tNs), eventtext::actor(trace, e.actor));
}

NarrationWidget::NarrationWidget(NarrationSource *source, QWidget *parent)
    : QWidget(parent), m_source(source), m_header(plainLabel(this)), m_sentence(plainLabel(this)),
      m_chapter(plainLabel(this))
{
    setObjectName(QStringLiteral("NarrationWidget"));
    QFont big = m_sentence->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_sentence->setFont(big);
    QFont italic = m_chapter->font();
    italic.setItalic(true);
    m_chapter->setFont(italic);
    // A dock made short (a 1024x768 screen) scrolls its text instead of cutting it off.
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(8, 6, 8, 6);
    bodyLayout->addWidget(m_header);
    bodyLayout->addWidget(m_sentence);
    bodyLayout->addWidget(m_chapter);
    bodyLayout->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(textScroll(body, QStringLiteral("NarrationScroll"), this));
    connect(m_source, &NarrationSource::changed, this, &NarrationWidget::refresh);
    refresh();
}

QString NarrationWidget::text() const
{
    return m_sentence->text();
}

void NarrationWidget::refresh()
{
    m_header->setText(m_source->eventHeader());
    m_sentence->setText(m_source->sentence());
    const QString chapter = m_source->chapter();
    m_chapter->setText(chapter);
    m_chapter->setVisible(!chapter.isEmpty());
}

CaptionBar::CaptionBar(NarrationSource *source, QWidget *parent)
    : QFrame(parent), m_source(source), m_body(new QWidget), m_chapter(plainLabel(m_body)),
      m_sentence(plainLabel(m_body))
{
    setObjectName(QStringLiteral("CaptionBar"));
    setAutoFillBackground(true);
    // A long word (a set of a thousand fds) wraps or scrolls (plainLabel); it never widens the
    // window.
    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(16, 6, 16, 8);
    bodyLayout->setSpacing(2);
    bodyLayout->addWidget(m_chapter);
    bodyLayout->addWidget(m_sentence);
    m_scroll = textScroll(m_body, QStringLiteral("CaptionScroll"), this);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_body->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_scroll);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_palette = TimelinePalette::highContrast();
    applyLook();
    connect(m_source, &NarrationSource::changed, this, &CaptionBar::refresh);
    // The body's new height arrives with its layout, after the text: the sentence then.
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &CaptionBar::showSentence);
    refresh();
}

void CaptionBar::setTimelinePalette(const TimelinePalette &palette)
{
    m_palette = palette;
    applyLook();
}

void CaptionBar::setTextPixelSize(int px)
{
    m_textPx = std::max(1, px);
    applyLook();
}

void CaptionBar::setMaximumCaptionHeight(int height)
{
    m_maxHeight = std::max(1, height);
    fitHeight();
}

QString CaptionBar::text() const
{
    return m_sentence->text();
}

QString CaptionBar::chapterText() const
{
    return m_chapter->isHidden() ? QString() : m_chapter->text();
}

void CaptionBar::applyLook()
{
    QPalette p = palette();
    p.setColor(QPalette::Window, m_palette.captionBackground);
    p.setColor(QPalette::WindowText, m_palette.captionText);
    setPalette(p);
    m_sentence->setPalette(p);
    m_chapter->setPalette(p);
    QFont f = font();
    f.setPixelSize(int(m_textPx * 1.15));
    f.setBold(true);
    m_sentence->setFont(f);
    QFont c = font();
    c.setPixelSize(m_textPx);
    c.setItalic(true);
    m_chapter->setFont(c);
    fitHeight();
}

void CaptionBar::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    fitHeight();
}

void CaptionBar::fitHeight()
{
    // As tall as the wrapped text at the present width, at most m_maxHeight: the rest of
    // a long text scrolls, the timeline keeps its share of the screen.
    const int width = std::max(100, m_scroll->viewport()->width());
    const int needed = m_body->layout()->totalHeightForWidth(width);
    const int height = std::clamp(needed, 1, m_maxHeight);
    if (height != this->height() || minimumHeight() != height)
        setFixedHeight(height);
    if (needed > m_maxHeight)
        QTimer::singleShot(0, this, &CaptionBar::showSentence); // once the body is laid out
}

void CaptionBar::showSentence()
{
    // The chapter comes first; the sentence (the event at the cursor) is what must be read.
    // As much of the chapter as fits above the whole sentence, or the sentence from its top.
    QScrollBar *bar = m_scroll->verticalScrollBar();
    if (bar->maximum() <= 0)
        return;
    const int top = m_sentence->y();
    const int bottom = m_body->height();
    const int value = std::min(bottom - m_scroll->viewport()->height(), top);
    bar->setValue(std::clamp(value, 0, bar->maximum()));
}

void CaptionBar::refresh()
{
    m_sentence->setText(m_source->sentence());
    const QString chapter = m_source->chapter();
    m_chapter->setText(chapter);
    m_chapter->setVisible(!chapter.isEmpty());
    fitHeight();
}

} // namespace sockscope
