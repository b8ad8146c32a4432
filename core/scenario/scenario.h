#pragma once

#include "run/runconfig.h"
#include "scenario/jsonreader.h"
#include "trace/event.h"
#include "trace/kernelsample.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace sockscope {

struct EventPattern;

// A scenario file's own translations: language ("de") -> English text -> translated text.
using ScenarioTranslations = QHash<QString, QHash<QString, QString>>;

// A short note shown from the moment the run reaches it ("client 2 is now waiting in the
// backlog"): the first event that matches `when`, or (without `when`) the first event at or
// after at_ms. A chapter whose moment never came is never shown.
struct Chapter
{
    int atMs = -1; // fallback trigger; -1: none
    std::shared_ptr<const EventPattern> when;
    QStringList models; // the models it is about; empty: all of the scenario's
    QString title;      // optional
    QString text;
    std::optional<bool> blockingWork; // only runs whose blocking_work is this (see below)
};

// "Predict" question: asked before the run, answered after it.
struct PredictQuestion
{
    QString question;
    QStringList choices;
    int answer = 0; // index into choices
    QString explanation;
    QStringList models;               // the models it is about; empty: all of the scenario's
    std::optional<bool> blockingWork; // only runs whose blocking_work is this (see below)
};

// A "blocking_work" condition of a chapter, question or check: unset, every run; set, only
// the asyncio runs whose work blocks the loop (true) or is awaited (false), read from the run's
// own settings (the trace's "settings", or the configuration before it starts), so a lesson
// says the right thing however the run was chosen (a variant, the GUI's toggle, --model).
bool blockingWorkFits(std::optional<bool> wanted, const QMap<QString, QString> &settings);

// A named configuration beside the scenario's models: one of them with an option set
// otherwise ("asyncio-await": asyncio with its work awaited), so that compare and the command
// line can run both side by side. Its name is accepted wherever a run's model is chosen.
struct ScenarioVariant
{
    QString name;
    QString model;
    QString title; // for lists and the compare view
    std::optional<bool> blockingWork;
};

// A number in an expectation; "clients" stands for however many scripted clients ran, so a
// scenario stays checkable when a test or a teacher shrinks "repeat".
struct ExpectedNumber
{
    qint64 value = 0;
    bool isClientCount = false;
    qint64 resolve(qint64 clientCount) const { return isClientCount ? clientCount : value; }
};

// Which events an expectation talks about. Unset fields match anything.
struct EventPattern
{
    std::optional<EventKind> kind;
    QString actor; // "server", "thread", "child", "client", or an actor's name ("client 2")
    QString peer;  // the scripted client on the other end of a server-side event
    std::optional<int> err;        // errno, e.g. ECONNREFUSED; 0 = succeeded
    std::optional<int> bytes;      // exactly
    std::optional<int> minBytes;   // at least
    std::optional<EventKind> call; // would_block / error: the call that failed
    std::optional<TcpState> state; // tcp_state: the kernel's state (a sample)
    bool last = false;             // in an order: the last match instead of the first
};

// One machine-checkable statement about a run's trace (see docs/scenario-format.md).
struct Expectation
{
    enum class Kind
    {
        Count,   // how many events match `pattern`
        Metric,  // a derived number: zombies_peak, threads_peak, ...
        Order,   // the events matching `order[0]`, `order[1]`, ... happen in that order
        Received // the bytes client `client` received contain `text`
    };
    Kind kind = Kind::Count;
    QStringList models; // empty: every model of the scenario
    EventPattern pattern;
    QString metric;
    std::vector<EventPattern> order;
    QString client;
    QByteArray text;
    std::optional<ExpectedNumber> equals;
    std::optional<ExpectedNumber> min;
    std::optional<ExpectedNumber> max;
    std::optional<bool> blockingWork; // only runs whose blocking_work is this
    QString why;                      // said when the check fails: what the lesson was
    TextPosition position;            // where it is written, so a failure can point at it
    bool appliesTo(const QString &model) const
    {
        return models.isEmpty() || models.contains(model);
    }
};

struct Expectations
{
    bool startFails = false; // the server's start() must fail (port-in-use)
    std::vector<Expectation> checks;
};

// A lesson: what to run, what to say while it runs, and what must be seen.
struct Scenario
{
    QString name; // stable, used with --scenario
    QString title;
    QString topic;
    QString description;
    int lesson = 0; // teaching order in lists; 0: after the numbered ones
    QStringList models;
    QString defaultModel;
    std::vector<ScenarioVariant> variants; // named configurations beside `models`
    RunConfig config;                      // for defaultModel
    std::vector<Chapter> chapters;
    std::vector<PredictQuestion> questions;
    Expectations expect;
    ScenarioTranslations translations; // the file's own; see scenariotexts.h
    QString source; // the file it came from (":/scenarios/NAME.json" when bundled)

    const ScenarioVariant *variant(const QString &name) const;
    // `models`, then the variants' names: everything configFor() accepts.
    QStringList runNames() const;
    bool fits(const QString &model) const { return models.contains(model) || variant(model); }
    // The run configuration for one of `models` or a variant: the server model set, and clients
    // that did not choose otherwise talk UDP to the udp model.
    RunConfig configFor(const QString &model) const;
    int clientCount() const { return int(config.clients.size()); }
};

// errno names the scenario vocabulary knows ("ECONNREFUSED" <-> 111 on Linux).
std::optional<int> errnoFromName(QStringView name);
QString errnoName(int err);
QStringList knownErrnoNames();

} // namespace sockscope
