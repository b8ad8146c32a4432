#include "codepane.h"

#include "analysis/lanes.h"
#include "cursorstate.h"
#include "models/modelinfo.h"
#include "scenario/scenariolibrary.h"

#include <QButtonGroup>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sockscope {

// The painted listing: a section per program (the server model, the client script), line
// numbers, and per line the chips of the actors standing on it.
class CodeView : public QWidget
{
public:
    struct Marker
    {
        std::uint32_t actor = 0;
        QString label; // "main", short: it sits in the gutter
        QColor color;
    };
    struct Section
    {
        QString title;
        Listing listing;
        QHash<int, QList<Marker>> markers; // line -> actors on it
        int highlighted = -1;              // the selected actor's line
    };

    explicit CodeView(QWidget *parent) : QWidget(parent)
    {
        setFocusPolicy(Qt::NoFocus);
        setAttribute(Qt::WA_OpaquePaintEvent); // every pixel is painted: nothing behind it
        updateFonts();
    }

    // In a scroll area: the chips' room follows the width of its viewport.
    void followViewport(QWidget *viewport) { viewport->installEventFilter(this); }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize && watched == parentWidget() && !m_sections.empty())
            setSections(std::vector<Section>(m_sections));
        return QWidget::eventFilter(watched, event);
    }

    // Stepping the cursor moves markers far more often than the listing changes: the text's
    // widths are measured again only when its lines do, and the size only changes when the
    // gutter or the lines make it.
    void setSections(std::vector<Section> sections)
    {
        bool sameText = sections.size() == m_sections.size();
        for (std::size_t i = 0; sameText && i < sections.size(); ++i)
            sameText = sections[i].listing.lines == m_sections[i].listing.lines &&
                       sections[i].title == m_sections[i].title;
        m_sections = std::move(sections);
        if (!sameText)
            measureText();
        m_gutters.clear();
        for (const Section &s : m_sections)
            m_gutters.push_back(markerGutterOf(s));
        const QSize hint = sizeHint();
        if (hint != m_lastHint) {
            m_lastHint = hint;
            updateGeometry();
            resize(hint);
        }
        update();
    }
    const std::vector<Section> &sections() const { return m_sections; }
    void setPalette(const TimelinePalette &palette)
    {
        m_palette = palette;
        update();
    }
    void setScaleFactor(double factor)
    {
        m_scale = factor;
        updateFonts();
        measureText();
        m_gutters.clear();
        for (const Section &s : m_sections)
            m_gutters.push_back(markerGutterOf(s));
        m_lastHint = sizeHint();
        updateGeometry();
        resize(m_lastHint);
        update();
    }

    // y of the highlighted line's top, -1 for none.
    int highlightedY() const
    {
        int y = 0;
        for (const Section &s : m_sections) {
            y += lineHeight(); // the title
            if (s.highlighted >= 0)
                return y + s.highlighted * lineHeight();
            y += int(s.listing.lines.size()) * lineHeight() + gap();
        }
        return -1;
    }
    int lineHeight() const { return m_lineHeight; }

    QSize sizeHint() const override
    {
        int lines = 0, widest = 0;
        for (std::size_t i = 0; i < m_sections.size(); ++i) {
            lines += int(m_sections[i].listing.lines.size()) + 1;
            if (i < m_widestLine.size() && i < m_gutters.size())
                widest = std::max(widest, gutterOf(i) + m_widestLine[i]);
        }
        return {widest + int(20 * m_scale), lines * lineHeight() + int(m_sections.size()) * gap()};
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter p(this);
        const QRect dirty = event->rect();
        p.fillRect(dirty, m_palette.codeBackground);
        QFont bold = m_font;
        bold.setBold(true);
        const int lh = lineHeight();
        int top = 0; // of the section
        for (std::size_t si = 0; si < m_sections.size(); ++si) {
            const Section &s = m_sections[si];
            const int lines = int(s.listing.lines.size());
            const int sectionHeight = lh * (1 + lines) + gap();
            if (top > dirty.bottom())
                break;
            if (top + sectionHeight <= dirty.top()) { // only what needs painting is painted
                top += sectionHeight;
                continue;
            }
            const int markerGutter = m_gutters[si];
            const int textX = markerGutter + m_numberWidth + int(12 * m_scale);
            p.setFont(bold);
            p.setPen(m_palette.codeText);
            p.drawText(QRect(int(6 * m_scale), top, width(), lh), Qt::AlignVCenter, s.title);
            const int firstTop = top + lh;
            const int first = std::clamp((dirty.top() - firstTop) / lh, 0, lines);
            const int last = std::clamp((dirty.bottom() - firstTop) / lh, -1, lines - 1);
            for (int i = first; i <= last; ++i) {
                const int y = firstTop + i * lh;
                const QRect row(0, y, width(), lh);
                if (i == s.highlighted)
                    p.fillRect(row, m_palette.codeCurrentLine);
                // Gutter: who is on this line, as chips in the lanes' colours, before the
                // code so that long lines never push them out of sight.
                const QList<Marker> markers = s.markers.value(i);
                int gx = int(2 * m_scale);
                if (!markers.isEmpty()) {
                    p.setFont(m_chipFont);
                    for (const QPair<QString, QColor> &chip : chipsOf(markers)) {
                        const QRect r(gx, y + 1, chipWidth(chip.first), lh - 2);
                        p.setPen(Qt::NoPen);
                        p.setBrush(chip.second);
                        p.drawRoundedRect(r, 4 * m_scale, 4 * m_scale);
                        p.setPen(chip.second.lightness() > 150 ? Qt::black : Qt::white);
                        p.drawText(r, Qt::AlignCenter, chip.first);
                        gx = r.right() + int(4 * m_scale);
                    }
                    p.setPen(m_palette.codeText);
                    p.drawText(QRect(gx, y, markerGutter - gx, lh), Qt::AlignVCenter,
                               QStringLiteral("▶"));
                }
                p.setFont(m_font);
                p.setPen(m_palette.codeLineNumber);
                p.drawText(QRect(markerGutter, y, m_numberWidth, lh),
                           Qt::AlignVCenter | Qt::AlignRight, QString::number(i + 1));
                p.setPen(m_palette.codeText);
                p.drawText(QRect(textX, y, width() - textX, lh), Qt::AlignVCenter | Qt::AlignLeft,
                           s.listing.lines[i]);
            }
            top += sectionHeight;
        }
    }

private:
    void updateFonts()
    {
        m_font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        // Its own size, not the widget's: presentation mode scales the window's font too.
        m_font.setPointSizeF(std::max(6.0, m_font.pointSizeF()) * m_scale);
        m_chipFont = m_font;
        m_chipFont.setBold(true);
        m_chipFont.setPointSizeF(m_chipFont.pointSizeF() * 0.85);
        const QFontMetrics fm(m_font);
        m_lineHeight = fm.height() + int(4 * m_scale);
        m_numberWidth = fm.horizontalAdvance(QStringLiteral("999"));
        m_chipWidths.clear();
    }
    void measureText()
    {
        const QFontMetrics fm(m_font);
        m_widestLine.clear();
        for (const Section &s : m_sections) {
            int widest = 0;
            for (const QString &l : s.listing.lines)
                widest = std::max(widest, fm.horizontalAdvance(l));
            m_widestLine.push_back(widest);
        }
    }
    static constexpr int kChipsPerLine = 2;
    int chipWidth(const QString &text) const
    {
        auto it = m_chipWidths.constFind(text);
        if (it == m_chipWidths.cend())
            it = m_chipWidths.insert(text, QFontMetrics(m_chipFont).horizontalAdvance(text) +
                                               int(10 * m_scale));
        return it.value();
    }
    // At most a few chips per line, and no wider together than chipBudget(); the rest as "+N"
    // (a thousand clients on one recv line, three forked children on a narrow projector).
    QList<QPair<QString, QColor>> chipsOf(const QList<Marker> &markers) const
    {
        const int n = int(markers.size());
        const int space = int(4 * m_scale);
        auto widthWith = [&](int named) {
            int w = 0;
            for (int j = 0; j < named; ++j)
                w += chipWidth(markers[j].label) + space;
            if (named < n)
                w += chipWidth(QStringLiteral("+%1").arg(n - named)) + space;
            return w;
        };
        int named = std::min(n, kChipsPerLine);
        while (named > 0 && widthWith(named) > chipBudget())
            --named;
        QList<QPair<QString, QColor>> chips;
        for (int j = 0; j < named; ++j)
            chips << qMakePair(markers[j].label, markers[j].color);
        if (named < n)
            chips << qMakePair(QStringLiteral("+%1").arg(n - named), m_palette.fold);
        return chips;
    }
    // The chips of a line may take two fifths of the pane's width, so that the code stays in
    // sight beside them.
    int chipBudget() const
    {
        const int visible = parentWidget() ? parentWidget()->width() : width();
        return std::max(int(40 * m_scale), visible * 2 / 5 - int(20 * m_scale));
    }
    // Each section (program) has its own gutter, as wide as its busiest line needs.
    int markerGutterOf(const Section &s) const
    {
        int widest = 0;
        for (const QList<Marker> &markers : s.markers) {
            int w = 0;
            for (const auto &chip : chipsOf(markers))
                w += chipWidth(chip.first) + int(4 * m_scale);
            widest = std::max(widest, w);
        }
        return std::max(int(26 * m_scale), widest + int(20 * m_scale));
    }
    int gutterOf(std::size_t section) const
    {
        return m_gutters[section] + m_numberWidth + int(12 * m_scale);
    }
    int gap() const { return int(8 * m_scale); }

    std::vector<Section> m_sections;
    TimelinePalette m_palette;
    double m_scale = 1.0;
    QFont m_font, m_chipFont;
    int m_lineHeight = 0;
    int m_numberWidth = 0;
    std::vector<int> m_widestLine; // per section: its longest line's width
    std::vector<int> m_gutters;    // per section: the marker gutter's width
    QSize m_lastHint;
    mutable QHash<QString, int> m_chipWidths;
};

CodePane::CodePane(CursorState *state, std::function<int(std::uint32_t)> laneIndexOf,
                   QWidget *parent)
    : QWidget(parent), m_state(state), m_view(new CodeView(this)), m_scroll(new QScrollArea(this)),
      m_title(new QLabel(this)), m_python(new QToolButton(this)), m_c(new QToolButton(this)),
      m_selectors(new QToolButton(this))
{
    setObjectName(QStringLiteral("CodePane"));
    m_laneIndexOf = std::move(laneIndexOf);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_python->setText(tr("Python"));
    m_python->setToolTip(tr("Show the Python-flavoured listing"));
    m_c->setText(tr("C"));
    m_c->setToolTip(tr("Show the C-flavoured listing"));
    m_selectors->setText(tr("selectors"));
    m_selectors->setToolTip(
        tr("Show the Python listing with the selectors module, a callback per socket"));
    m_selectors->setVisible(false); // only for a model that has that listing
    for (QToolButton *b : {m_python, m_c, m_selectors}) {
        b->setCheckable(true);
        b->setAutoRaise(true);
    }
    auto *group = new QButtonGroup(this);
    group->addButton(m_python);
    group->addButton(m_c);
    group->addButton(m_selectors);
    m_python->setChecked(true);
    connect(m_python, &QToolButton::clicked, this, [this] { setFlavour(Flavour::Python); });
    connect(m_c, &QToolButton::clicked, this, [this] { setFlavour(Flavour::C); });
    connect(m_selectors, &QToolButton::clicked, this, [this] { setFlavour(Flavour::Selectors); });

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 2, 6, 2);
    // The toggle first: a wide listing must not push it out of a narrow dock.
    header->addWidget(m_python);
    header->addWidget(m_c);
    header->addWidget(m_selectors);
    header->addSpacing(8);
    header->addWidget(m_title, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    m_scroll->setWidget(m_view);
    m_scroll->setWidgetResizable(false);
    m_view->followViewport(m_scroll->viewport());
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    connect(m_state, &CursorState::changed, this, &CodePane::refresh);
    refresh();
}

void CodePane::setFlavour(Flavour flavour)
{
    m_flavour = flavour;
    m_python->setChecked(flavour == Flavour::Python);
    m_c->setChecked(flavour == Flavour::C);
    m_selectors->setChecked(flavour == Flavour::Selectors);
    refresh();
}

void CodePane::setTimelinePalette(const TimelinePalette &palette)
{
    m_palette = palette;
    m_view->setPalette(palette);
    refresh();
}

void CodePane::setScaleFactor(double factor)
{
    m_view->setScaleFactor(factor);
    refresh();
}

std::uint32_t CodePane::selectedActor() const
{
    const qsizetype index = m_state->index();
    return index >= 0 ? m_state->trace().at(index).actor : 0;
}

int CodePane::markedLine(std::uint32_t actor) const
{
    for (const CodeView::Section &s : m_view->sections()) {
        for (auto it = s.markers.cbegin(); it != s.markers.cend(); ++it) {
            for (const CodeView::Marker &m : it.value()) {
                if (m.actor == actor)
                    return it.key();
            }
        }
    }
    return -1;
}

QString CodePane::markedLineText(std::uint32_t actor) const
{
    for (const CodeView::Section &s : m_view->sections()) {
        for (auto it = s.markers.cbegin(); it != s.markers.cend(); ++it) {
            for (const CodeView::Marker &m : it.value()) {
                if (m.actor == actor)
                    return s.listing.lines.value(it.key());
            }
        }
    }
    return {};
}

void CodePane::loadScripts(const Trace &trace)
{
    const QString key = trace.scenario + QLatin1Char('/') + trace.model;
    if (key == m_scriptsFor)
        return;
    m_scriptsFor = key;
    m_scripts.clear();
    if (trace.scenario.isEmpty())
        return;
    QStringList ignored;
    if (auto scenario = loadScenario(trace.scenario, &ignored))
        m_scripts =
            scenario->configFor(trace.model.isEmpty() ? scenario->defaultModel : trace.model)
                .clients;
}

const ClientScript *CodePane::scriptOf(const QString &name) const
{
    for (const ClientScript &s : m_scripts) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

void CodePane::refresh()
{
    const Trace &trace = m_state->trace();
    m_model = trace.model;
    const ModelInfo *info = findModel(m_model);
    m_title->setText(m_model.isEmpty() ? tr("No run yet")
                     : m_model == QLatin1String("watched")
                         ? tr("Your program")
                         : tr("%1 server").arg(info ? info->title : m_model));
    // The selected actor's situation in words, beside the code it points at.
    if (const ActorStatus *status = m_state->state().statusOf(selectedActor())) {
        const Actor *actor = trace.actor(status->actor);
        const QString name = actor ? laneTitle(*actor) : QString();
        if (status->state == ActorState::Blocked && !status->call.isEmpty())
            m_title->setText(tr("%1 waits in %2: %3").arg(name, status->call, status->waitingFor));
        else if (status->state == ActorState::InCall && !status->call.isEmpty())
            m_title->setText(
                tr("%1 is in %2, which returns at once: %3")
                    .arg(name, status->call, readyAtCallText(trace.at(status->lastEvent))));
        else if (status->state == ActorState::Suspended && !status->call.isEmpty())
            m_title->setText(tr("%1 is suspended in %2 (no thread waits for it): it awaits %3")
                                 .arg(name, status->call, status->waitingFor));
        else
            m_title->setText(
                actorStateSentence(name, status->state, seenOnlyInCalls(trace, status->actor)));
    }
    if (!trace.sources.empty() || m_model == QLatin1String("watched")) {
        showWatchedProgram();
        return;
    }
    CodeView::Section server;
    server.title = tr("Server (%1)").arg(info ? info->title : m_model);
    server.listing = listingFor(m_model, m_flavour, trace.settings);
    m_python->setVisible(true);
    m_c->setVisible(true);
    m_selectors->setVisible(m_flavour == Flavour::Selectors ||
                            !listingFor(m_model, Flavour::Selectors).isEmpty());
    if (server.listing.isEmpty() && m_flavour == Flavour::Selectors) // another model now
        server.listing = listingFor(m_model, Flavour::Python, trace.settings);
    // The client shown is the selected one, or the first that has started; its listing is
    // made from its own steps when the scenario says what they are.
    const std::uint32_t selected = selectedActor();
    const ClientScript *shownScript = nullptr;
    QString shownName;
    loadScripts(trace);
    for (const ActorStatus &status : m_state->state().actors) {
        const Actor *actor = trace.actor(status.actor);
        if (!actor || actor->kind != ActorKind::Client || status.state == ActorState::NotStarted)
            continue;
        const ClientScript *script = scriptOf(actor->name);
        if (!shownScript || status.actor == selected) {
            shownScript = script;
            shownName = laneTitle(*actor);
        }
        if (status.actor == selected)
            break;
    }
    CodeView::Section client;
    const bool udp = m_model == QLatin1String("udp");
    if (shownScript) {
        client.title = tr("Client (%1)").arg(shownName);
        client.listing = clientListing(*shownScript, m_flavour, udp || shownScript->udp);
    } else {
        client.title = tr("A scripted client");
        client.listing = listingFor(QStringLiteral("client"), m_flavour);
    }
    bool hasClients = false;
    int clientMarkers = 0;

    for (const ActorStatus &status : m_state->state().actors) {
        const Actor *actor = trace.actor(status.actor);
        if (!actor || status.line == kNoLine)
            continue;
        // A reaped child, an ended thread or a finished client is on no line any more.
        if (status.state == ActorState::NotStarted || status.state == ActorState::Reaped ||
            status.state == ActorState::Exited || status.state == ActorState::Done)
            continue;
        const bool isClient = actor->kind == ActorKind::Client;
        CodeView::Section &section = isClient ? client : server;
        hasClients |= isClient;
        int line = -1;
        if (isClient && shownScript) {
            // Only clients running the same steps share the listing; a few markers at most.
            const ClientScript *script = scriptOf(actor->name);
            if (!script || script->steps.size() != shownScript->steps.size() ||
                ++clientMarkers > kMaxClientMarkers)
                continue;
            line = clientLineAfter(client.listing, trace, status.actor, m_state->index());
        } else {
            line = section.listing.lineOf.value(LineTag(status.line), -1);
        }
        if (line < 0)
            continue;
        CodeView::Marker marker;
        marker.actor = status.actor;
        marker.color = m_palette.actorColor(m_laneIndexOf ? m_laneIndexOf(status.actor) : -1);
        marker.label = laneTitle(*actor);
        section.markers[line].append(marker);
        if (status.actor == selected)
            section.highlighted = line;
    }
    std::vector<CodeView::Section> sections;
    if (!server.listing.isEmpty())
        sections.push_back(server);
    if (hasClients && !client.listing.isEmpty())
        sections.push_back(client);
    m_view->setSections(std::move(sections));
    const int y = m_view->highlightedY();
    if (y >= 0)
        m_scroll->ensureVisible(0, y + m_view->lineHeight() / 2, 0, m_view->lineHeight() * 2);
    m_scroll->horizontalScrollBar()->setValue(0); // the chips and the start of the code
}

void CodePane::showWatchedProgram()
{
    // A watched program: its own source files, a marker per actor on the line its latest call
    // came from (the event's "source"). An actor whose line is not known is listed as such,
    // never put on a line by guessing.
    const Trace &trace = m_state->trace();
    if (trace.sources.size() < m_sourcesSeen)
        m_sources.reset();
    m_sourcesSeen = trace.sources.size();
    m_sources.update(trace.sources, trace.settings.value(QStringLiteral("cwd")));
    for (QToolButton *b : {m_python, m_c, m_selectors})
        b->setVisible(false);
    std::vector<CodeView::Section> sections;
    for (const SourceFiles::File &file : m_sources.files()) {
        CodeView::Section section;
        section.title = file.path;
        section.listing.lines = file.lines;
        sections.push_back(std::move(section));
    }
    CodeView::Section unknown;
    unknown.title = tr("Where the line is not known");
    const std::uint32_t selected = selectedActor();
    for (const ActorStatus &status : m_state->state().actors) {
        const Actor *actor = trace.actor(status.actor);
        if (!actor || actor->kind == ActorKind::Client || actor->kind == ActorKind::Kernel)
            continue;
        if (status.state == ActorState::NotStarted || status.state == ActorState::Reaped ||
            status.state == ActorState::Exited || status.state == ActorState::Done)
            continue;
        CodeView::Marker marker;
        marker.actor = status.actor;
        marker.color = m_palette.actorColor(m_laneIndexOf ? m_laneIndexOf(status.actor) : -1);
        marker.label = laneTitle(*actor);
        // The line its latest call came from (status.line is the listing tag of that call).
        const std::uint16_t line = status.lastEvent >= 0 && status.lastEvent < trace.size()
                                       ? trace.at(status.lastEvent).line
                                       : kNoLine;
        SourceFiles::Place place;
        if (isSourceLine(line))
            place = m_sources.placeOf(std::size_t(line - kFirstSourceLine));
        if (place.file >= 0) {
            CodeView::Section &section = sections[std::size_t(place.file)];
            section.markers[place.line].append(marker);
            if (status.actor == selected)
                section.highlighted = place.line;
            continue;
        }
        const QString why =
            !place.text.isEmpty()
                ? tr("%1: at %2, a file that cannot be shown").arg(laneTitle(*actor), place.text)
                : tr("%1: its line is not known (a C program needs -g; a call outside the "
                     "program's own files has none)")
                      .arg(laneTitle(*actor));
        if (status.actor == selected)
            unknown.highlighted = int(unknown.listing.lines.size());
        unknown.markers[int(unknown.listing.lines.size())].append(marker);
        unknown.listing.lines << why;
    }
    if (sections.empty() && unknown.listing.isEmpty()) {
        CodeView::Section none;
        none.title = tr("Your program");
        none.listing.lines << tr("No source line has been recorded yet.");
        sections.push_back(std::move(none));
    }
    if (!unknown.listing.isEmpty())
        sections.push_back(std::move(unknown));
    m_view->setSections(std::move(sections));
    const int y = m_view->highlightedY();
    if (y >= 0)
        m_scroll->ensureVisible(0, y + m_view->lineHeight() / 2, 0, m_view->lineHeight() * 2);
    m_scroll->horizontalScrollBar()->setValue(0);
}

} // namespace sockscope
