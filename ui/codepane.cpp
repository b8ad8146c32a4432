#include "codepane.h"

#include "analysis/lanes.h"
#include "codeview.h"
#include "cursorstate.h"
#include "models/modelinfo.h"
#include "scenario/scenariolibrary.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sockscope {

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
