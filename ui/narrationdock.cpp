#include "narrationdock.h"

#include "analysis/eventtext.h"
#include "cursorstate.h"
#include "scenario/chapters.h"
#include "scenario/scenariolibrary.h"
#include "tracedocument.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sockscope {

namespace {
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // narration quotes network bytes
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
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
    const int active = activeChapter(m_triggers, m_state->index());
    if (active < 0)
        return {};
    return chapterCaption(m_chapters[std::size_t(active)]);
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
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_header);
    layout->addWidget(m_sentence);
    layout->addWidget(m_chapter);
    layout->addStretch(1);
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
    : QFrame(parent), m_source(source), m_chapter(plainLabel(this)), m_sentence(plainLabel(this))
{
    setObjectName(QStringLiteral("CaptionBar"));
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 8, 16, 10);
    layout->setSpacing(4);
    layout->addWidget(m_chapter);
    layout->addWidget(m_sentence);
    m_palette = TimelinePalette::highContrast();
    applyLook();
    connect(m_source, &NarrationSource::changed, this, &CaptionBar::refresh);
    refresh();
}

void CaptionBar::setTimelinePalette(const TimelinePalette &palette)
{
    m_palette = palette;
    applyLook();
}

void CaptionBar::setScaleFactor(double factor)
{
    m_scale = factor;
    applyLook();
}

QString CaptionBar::text() const
{
    return m_sentence->text();
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
    f.setPointSizeF(11.0 * m_scale);
    f.setBold(true);
    m_sentence->setFont(f);
    QFont c = font();
    c.setPointSizeF(9.0 * m_scale);
    c.setItalic(true);
    m_chapter->setFont(c);
    // Room for three lines of narration and two of chapter: a long sentence must not be cut
    // off at the back of the room.
    const int margins = layout() ? layout()->contentsMargins().top() +
                                       layout()->contentsMargins().bottom() + layout()->spacing()
                                 : 0;
    setMinimumHeight(QFontMetrics(f).lineSpacing() * 3 + QFontMetrics(c).lineSpacing() * 2 +
                     margins);
}

void CaptionBar::refresh()
{
    m_sentence->setText(m_source->sentence());
    const QString chapter = m_source->chapter();
    m_chapter->setText(chapter);
    m_chapter->setVisible(!chapter.isEmpty());
}

} // namespace sockscope
