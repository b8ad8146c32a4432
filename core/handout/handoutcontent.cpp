#include "handoutcontent.h"

#include "analysis/lanes.h"
#include "analysis/narration.h"
#include "analysis/stateattime.h"
#include "scenario/chapters.h"

#include <algorithm>

namespace sockscope {

namespace {

// The server's actors and the listing line each is at after `index`, as the code pane marks
// them (clients run the scenario's steps, not the listing: they are left out here).
std::vector<HandoutMark> marksAt(StateReplay &replay, const Trace &trace, const Listing &listing,
                                 qsizetype index)
{
    std::vector<HandoutMark> marks;
    const StateAtTime &state = replay.stateAfter(index);
    for (const ActorStatus &status : state.actors) {
        const Actor *actor = trace.actor(status.actor);
        if (!actor || actor->kind == ActorKind::Client || status.line == kNoLine)
            continue;
        if (status.state == ActorState::NotStarted || status.state == ActorState::Reaped ||
            status.state == ActorState::Exited || status.state == ActorState::Done)
            continue;
        const int line = listing.lineOf.value(LineTag(status.line), -1);
        if (line < 0 || line >= listing.lines.size())
            continue;
        marks.push_back({laneTitle(*actor), line + 1, listing.lines[line].trimmed()});
    }
    return marks;
}

} // namespace

Handout makeHandout(const Scenario &scenario, const QString &model, const Trace &trace,
                    Flavour flavour)
{
    Handout handout;
    handout.scenarioTitle = scenario.title;
    handout.scenarioName = scenario.name;
    handout.description = scenario.description;
    handout.model = model;
    for (const PredictQuestion &q : scenario.questions) {
        if (q.models.isEmpty() || q.models.contains(model))
            handout.questions.push_back(q);
    }
    Listing listing = listingFor(model, flavour, trace.settings);
    if (listing.isEmpty() && flavour != Flavour::Python) // a model without that flavour
        listing = listingFor(model, Flavour::Python, trace.settings);
    handout.listingFlavour = listing.flavour;

    StateReplay replay(&trace);
    auto pageAt = [&](qsizetype index, const QString &title, const QString &text) {
        HandoutPage page;
        page.title = title;
        page.text = text;
        page.event = index;
        page.narration = narrate(trace, index);
        page.marks = marksAt(replay, trace, listing, index);
        return page;
    };
    const std::vector<qsizetype> triggers = chapterTriggers(scenario.chapters, model, trace);
    // In the order the run reached them (a later chapter of the file can come first).
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < triggers.size(); ++i) {
        if (triggers[i] >= 0 && triggers[i] < trace.size())
            order.push_back(i);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return triggers[a] < triggers[b]; });
    for (std::size_t i : order) {
        const Chapter &chapter = scenario.chapters[i];
        handout.pages.push_back(pageAt(triggers[i], chapter.title, chapter.text));
    }
    if (handout.pages.empty() && !trace.isEmpty())
        handout.pages.push_back(pageAt(trace.size() - 1, QString(), QString()));
    return handout;
}

} // namespace sockscope
